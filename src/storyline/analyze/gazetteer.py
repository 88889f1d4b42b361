"""A small hand-written gazetteer for entity extraction and linking: countries, major cities and
regions, and well-known organisations, each with its English, Chinese (Simplified) and German names.

Each line is ``English names | Chinese names | German names``; names within a field are separated by
``;``. The first English name is the canonical one: every other name of the line maps to it, so
俄罗斯, Russland and Russia share one key. Lookups take names normalised by
``storyline.analyze.entities.normalise_name`` (NFKC, Simplified Chinese, lower case).
"""

from __future__ import annotations


def _split(text: str) -> list[str]:
    return text.split()


PLACES = """
Russia;Russian Federation | 俄罗斯;俄国;俄罗斯联邦 | Russland;Russische Föderation
Ukraine | 乌克兰 | Ukraine
North Korea;DPRK | 朝鲜;北韩 | Nordkorea
South Korea;Korea;Republic of Korea | 韩国;南韩;大韩民国 | Südkorea;Korea
China;PRC;People's Republic of China | 中国;中华人民共和国 | China;Volksrepublik China
Taiwan | 台湾 | Taiwan
Hong Kong | 香港 | Hongkong
Macau;Macao | 澳门 | Macau
Japan | 日本 | Japan
United States;US;U.S.;USA;America;United States of America | 美国 | USA;Vereinigte Staaten;Amerika
United Kingdom;UK;U.K.;Britain;Great Britain | 英国 | Großbritannien;Vereinigtes Königreich
Germany | 德国 | Deutschland
France | 法国 | Frankreich
Italy | 意大利 | Italien
Spain | 西班牙 | Spanien
Portugal | 葡萄牙 | Portugal
Netherlands;Holland | 荷兰 | Niederlande
Belgium | 比利时 | Belgien
Switzerland | 瑞士 | Schweiz
Austria | 奥地利 | Österreich
Poland | 波兰 | Polen
Czech Republic;Czechia | 捷克 | Tschechien
Slovakia | 斯洛伐克 | Slowakei
Hungary | 匈牙利 | Ungarn
Romania | 罗马尼亚 | Rumänien
Bulgaria | 保加利亚 | Bulgarien
Greece | 希腊 | Griechenland
Serbia | 塞尔维亚 | Serbien
Croatia | 克罗地亚 | Kroatien
Moldova | 摩尔多瓦 | Moldau;Moldawien
Belarus | 白俄罗斯 | Belarus;Weißrussland
Lithuania | 立陶宛 | Litauen
Latvia | 拉脱维亚 | Lettland
Estonia | 爱沙尼亚 | Estland
Finland | 芬兰 | Finnland
Sweden | 瑞典 | Schweden
Norway | 挪威 | Norwegen
Denmark | 丹麦 | Dänemark
Iceland | 冰岛 | Island
Ireland | 爱尔兰 | Irland
Turkey;Türkiye | 土耳其 | Türkei
Georgia | 格鲁吉亚 | Georgien
Armenia | 亚美尼亚 | Armenien
Azerbaijan | 阿塞拜疆 | Aserbaidschan
Kazakhstan | 哈萨克斯坦 | Kasachstan
Uzbekistan | 乌兹别克斯坦 | Usbekistan
Mongolia | 蒙古 | Mongolei
India | 印度 | Indien
Pakistan | 巴基斯坦 | Pakistan
Afghanistan | 阿富汗 | Afghanistan
Bangladesh | 孟加拉国 | Bangladesch
Sri Lanka | 斯里兰卡 | Sri Lanka
Nepal | 尼泊尔 | Nepal
Myanmar;Burma | 缅甸 | Myanmar
Thailand | 泰国 | Thailand
Vietnam | 越南 | Vietnam
Laos | 老挝 | Laos
Cambodia | 柬埔寨 | Kambodscha
Malaysia | 马来西亚 | Malaysia
Singapore | 新加坡 | Singapur
Indonesia | 印度尼西亚;印尼 | Indonesien
Philippines | 菲律宾 | Philippinen
Australia | 澳大利亚;澳洲 | Australien
New Zealand | 新西兰 | Neuseeland
Canada | 加拿大 | Kanada
Mexico | 墨西哥 | Mexiko
Cuba | 古巴 | Kuba
Venezuela | 委内瑞拉 | Venezuela
Colombia | 哥伦比亚 | Kolumbien
Brazil | 巴西 | Brasilien
Argentina | 阿根廷 | Argentinien
Chile | 智利 | Chile
Peru | 秘鲁 | Peru
Iran | 伊朗 | Iran
Iraq | 伊拉克 | Irak
Syria | 叙利亚 | Syrien
Lebanon | 黎巴嫩 | Libanon
Israel | 以色列 | Israel
Palestine | 巴勒斯坦 | Palästina
Gaza;Gaza Strip | 加沙;加沙地带 | Gaza;Gazastreifen
West Bank | 约旦河西岸 | Westjordanland
Jordan | 约旦 | Jordanien
Saudi Arabia | 沙特阿拉伯;沙特 | Saudi-Arabien
Yemen | 也门 | Jemen
Qatar | 卡塔尔 | Katar
United Arab Emirates;UAE | 阿联酋 | Vereinigte Arabische Emirate
Egypt | 埃及 | Ägypten
Libya | 利比亚 | Libyen
Tunisia | 突尼斯 | Tunesien
Algeria | 阿尔及利亚 | Algerien
Morocco | 摩洛哥 | Marokko
Sudan | 苏丹 | Sudan
Ethiopia | 埃塞俄比亚 | Äthiopien
Kenya | 肯尼亚 | Kenia
Nigeria | 尼日利亚 | Nigeria
South Africa | 南非 | Südafrika
Europe | 欧洲 | Europa
Asia | 亚洲 | Asien
Africa | 非洲 | Afrika
Middle East | 中东 | Nahost;Naher Osten
Korean Peninsula | 朝鲜半岛 | Koreanische Halbinsel
Crimea | 克里米亚 | Krim
Donbas;Donbass | 顿巴斯 | Donbass
Kursk | 库尔斯克 | Kursk
Moscow | 莫斯科 | Moskau
Saint Petersburg;St Petersburg | 圣彼得堡 | Sankt Petersburg
Vladivostok | 符拉迪沃斯托克;海参崴 | Wladiwostok
Kyiv;Kiev | 基辅 | Kiew
Kharkiv | 哈尔科夫 | Charkiw
Odesa;Odessa | 敖德萨 | Odessa
Pyongyang | 平壤 | Pjöngjang
Seoul | 首尔;汉城 | Seoul
Beijing;Peking | 北京 | Peking
Shanghai | 上海 | Shanghai
Guangzhou;Canton | 广州市;广州 | Guangzhou;Kanton
Shenzhen | 深圳 | Shenzhen
Taipei | 台北 | Taipeh
Tokyo | 东京 | Tokio
Washington | 华盛顿 | Washington
New York | 纽约 | New York
Los Angeles | 洛杉矶 | Los Angeles
London | 伦敦 | London
Paris | 巴黎 | Paris
Berlin | 柏林 | Berlin
Munich | 慕尼黑 | München
Hamburg | 汉堡 | Hamburg
Frankfurt | 法兰克福 | Frankfurt
Cologne | 科隆 | Köln
Vienna | 维也纳 | Wien
Brussels | 布鲁塞尔 | Brüssel
Geneva | 日内瓦 | Genf
Rome | 罗马 | Rom
Madrid | 马德里 | Madrid
Warsaw | 华沙 | Warschau
Prague | 布拉格 | Prag
Budapest | 布达佩斯 | Budapest
Ankara | 安卡拉 | Ankara
Istanbul | 伊斯坦布尔 | Istanbul
Tehran | 德黑兰 | Teheran
Jerusalem | 耶路撒冷 | Jerusalem
Tel Aviv | 特拉维夫 | Tel Aviv
Cairo | 开罗 | Kairo
New Delhi;Delhi | 新德里;德里 | Neu-Delhi;Delhi
Mumbai | 孟买 | Mumbai
Bangkok | 曼谷 | Bangkok
Hanoi | 河内 | Hanoi
Manila | 马尼拉 | Manila
Jakarta | 雅加达 | Jakarta
Sydney | 悉尼 | Sydney
Ottawa | 渥太华 | Ottawa
Baltic Sea | 波罗的海 | Ostsee
Black Sea | 黑海 | Schwarzes Meer
South China Sea | 南海 | Südchinesisches Meer
Taiwan Strait | 台湾海峡 | Taiwanstraße
Atlantic;Atlantic Ocean | 大西洋 | Atlantik
Pacific;Pacific Ocean | 太平洋 | Pazifik
Indian Ocean | 印度洋 | Indischer Ozean
Far East | 远东;远东地区 | Fernost;Ferner Osten
"""

ORGANISATIONS = """
NATO;North Atlantic Treaty Organization | 北约;北大西洋公约组织 | Nato;Nordatlantikpakt
United Nations;UN;U.N. | 联合国 | Vereinte Nationen;UNO;UN
UN Security Council;Security Council | 联合国安理会;安理会 | UN-Sicherheitsrat;Sicherheitsrat;Weltsicherheitsrat
European Union;EU | 欧盟;欧洲联盟 | Europäische Union;EU
European Commission | 欧盟委员会 | EU-Kommission;Europäische Kommission
Kremlin | 克里姆林宫 | Kreml
White House | 白宫 | Weißes Haus
Pentagon | 五角大楼 | Pentagon
Associated Press;AP | 美联社 | AP
Agence France-Presse;AFP | 法新社 | AFP
Reuters | 路透社 | Reuters
TASS | 塔斯社 | Tass
Xinhua | 新华社 | Xinhua
Yonhap | 韩联社 | Yonhap
Kyodo | 共同社 | Kyodo
KCNA;Korean Central News Agency | 朝中社 | KCNA
BBC;British Broadcasting Corporation | 英国广播公司 | BBC
Deutsche Welle;DW | 德国之声 | Deutsche Welle;DW
CNN | 美国有线电视新闻网 | CNN
National Intelligence Service;NIS | 韩国国家情报院;国情院 | Nationaler Geheimdienst
G7 | 七国集团 | G7
G20 | 二十国集团 | G20
World Health Organization;WHO | 世界卫生组织;世卫组织 | Weltgesundheitsorganisation;WHO
International Monetary Fund;IMF | 国际货币基金组织 | Internationaler Währungsfonds;IWF
World Bank | 世界银行 | Weltbank
International Atomic Energy Agency;IAEA | 国际原子能机构 | Internationale Atomenergiebehörde;IAEA
Bundestag | 德国联邦议院;联邦议院 | Bundestag
Chinese Communist Party;CCP;Communist Party of China | 中国共产党;中共 | Kommunistische Partei Chinas;KP Chinas
"""

# Single Han characters that abbreviate a country inside compounds (俄乌, 韩方, 中美关系), with the
# English canonical name they stand for.
ZH_COUNTRY_ABBREVIATIONS = {
    "俄": "Russia", "乌": "Ukraine", "朝": "North Korea", "韩": "South Korea", "中": "China",
    "美": "United States", "日": "Japan", "英": "United Kingdom", "法": "France", "德": "Germany",
    "印": "India", "澳": "Australia", "加": "Canada", "意": "Italy", "以": "Israel", "伊": "Iran",
    "土": "Turkey", "波": "Poland", "台": "Taiwan", "港": "Hong Kong", "越": "Vietnam", "菲": "Philippines",
    "泰": "Thailand", "欧": "Europe", "巴": "Palestine", "叙": "Syria", "沙": "Saudi Arabia",
}

# Adjectives of nationality: never entities on their own in the Latin-script heuristic
# ("South Korean President Yoon" -> PER Yoon ...).
DEMONYMS = frozenset(_split("""
russian ukrainian korean north-korean south-korean chinese taiwanese japanese american british english
german french italian spanish polish czech hungarian romanian greek turkish iranian iraqi syrian israeli
palestinian egyptian saudi indian pakistani afghan european asian african western eastern northern
southern soviet belarusian lithuanian latvian estonian finnish swedish norwegian danish dutch belgian
swiss austrian canadian mexican brazilian australian vietnamese thai filipino indonesian malaysian
"""))


def _table(text: str) -> list[list[str]]:
    rows = []
    for line in text.strip().splitlines():
        names = [n.strip() for field in line.split("|") for n in field.split(";")]
        rows.append([n for n in names if n])
    return rows


PLACE_ROWS: list[list[str]] = _table(PLACES)
ORGANISATION_ROWS: list[list[str]] = _table(ORGANISATIONS)


# Word lists of the extractors in entities.py: whitespace-separated words, lower case unless said.

ZH_ROLES = """
总统 副总统 总理 副总理 首相 主席 副主席 秘书长 副秘书长 发言人 新闻发言人 女发言人 部长 副部长
第一副部长 局长 副局长 大使 外长 防长 国防部长 外交部长 国务卿 议长 司令 总司令 司令官 将军 先生
女士 夫人 小姐 博士 教授 记者 总书记 书记 国王 女王 王子 王储 领导人 最高领导人 官员 总裁 主任
省长 市长 州长 总督 大臣 委员长 院长 参谋长 法官 律师 上校 中将 少将 上将 元帅 总干事 特使
代表 主持人 教练 队长 总经理 董事长 首席执行官 分析师 专家 学者 总检察长 检察官 外交官
立委 议员 党首 总召 党团总召 县长 镇长 乡长 村长 署长 厅长 所长 校长 院士 董事
"""

# Generic words LAC tags as names, never entities on their own
ZH_JUNK = """
中央 中央政府 地方政府 政府 在野党 执政党 反对党 当局 内阁 国会议员 市府 县府 党团
"""

# Words that end the run of nouns after a place that may complete an organisation's name
ZH_NOT_IN_ORG_NAMES = """
宣布 表示 说 称 成立 设立 召开 举行 认为 指出 发布 提出 要求 呼吁 决定 批准 通过 派 是 有 在 将 会 与会 开会
"""

# Ministries: these stems + 部 (China, Taiwan) or 省 (Japan)
ZH_MINISTRY_STEMS = """
外交 国防 内政 经济 财政 教育 交通 卫福 卫生 劳动 法务 司法 农业 文化 环境 商务 公安 科技 民政 数位发展 数字发展
外务 总务 防卫 厚生劳动 国土交通 经济产业 文部科学 工业和信息化 自然资源 生态环境 水利 应急管理 退役军人事务
人力资源和社会保障 住房和城乡建设 农业农村
"""

# Han surnames of Chinese names (romanised in Latin text as pinyin), then Korean surnames written in Han.
ZH_HAN_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
ZH_SURNAMES = ZH_HAN_SURNAMES + "朴权申柳洪文裴车南宣卞玄鞠禹千延闵芮奇全安"

ZH_AFTER_NAME = (
    "的了在和与及或也都就而又还被把将对从向于为以之其这那此该有无不没说称是等则曾已仍亦即便再并但却因所会"
    "要能可让给到去来访抵赴指表问答道讲谈同跟暨总副外国部局等们方时后前中上下里处曾将"
)

MONTHS_DAYS = """
january february march april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday januar februar märz mai juni juli oktober dezember montag dienstag mittwoch
donnerstag freitag samstag sonntag
"""

EN_STOP = """
the a an this that these those it its he she they we i you his her their our my your in on at for of and but
or nor as if when while after before since because however meanwhile also there here what who whom why how
where which with without from to by about not no yes all some many most more one two three first last next
other such only even just over under into during against between among today yesterday tomorrow according
asked said says so then than now still yet although though both each every breaking live update updated read
watch photo video editor's note copyright nobody everybody somebody anyone someone everyone nothing something
"""

EN_ROLES = """
president vice minister secretary spokesman spokeswoman spokesperson ambassador chancellor leader envoy chief
director general gen colonel col adviser advisor premier king queen prince princess pope governor gov senator
sen rep representative mayor judge commander lieutenant lt captain capt sergeant sgt officer official head
chairman chairwoman chair ceo mr mrs ms dr prof professor sir lady lord dame deputy first foreign defence
defense prime state attorney correspondent reporter analyst emperor ayatollah sheikh rev father dictator
opposition forecaster meteorologist resident residents scientist researcher economist lawyer prosecutor coach
striker goalkeeper manager executive founder owner author singer actor actress artist witness survivor nurse
doctor teacher student farmer activist candidate lawmaker councillor councilman councilwoman commissioner
superintendent sheriff trooper detective inspector constable agent pilot driver glaciologist geologist
hydrologist seismologist volcanologist climatologist historian professor spokesperson businessman
businesswoman billionaire entrepreneur chef director-general secretary-general
"""

EN_ORG_WORDS = """
ministry agency service council party inc corp corporation ltd llc llp plc news university college bank
commission committee department office organisation organization union association institute foundation group
company court parliament assembly army navy police times post press broadcasting authority fund board bureau
senate congress cabinet guard command airlines airways motors club league network agency's center centre
forces corps trust reserve partners holdings capital administration federation society school hospital clinic
tribune herald gazette journal television radio industries enterprises exchange coalition alliance front
movement brigade brigades battalion regiment patrol service's system laboratory laboratories lab labs museum
democrats republicans utilities
institution branch government dispatch chronicle telegraph observer systems microsystems technologies
pharmaceuticals networks solutions
"""

# Single words that are an organisation only with a name before or after them ("the ministry", "sein Ministerium").
GENERIC_ORG_HEADS = """
ministry agency service council party university college bank commission committee department office union
association institute foundation group company court parliament assembly army navy police authority fund board
bureau senate cabinet guard command club league network center centre forces corps trust reserve partners
administration federation society school hospital clinic system museum press news times post coalition emergency
government branch institution systems
ministerium institut universität gericht partei kommission behörde agentur konzern polizei feuerwehr regierung
verband verein unternehmen fraktion amt rat stiftung bundesamt landesamt hochschule klinik klinikum werk
gesellschaft bund bündnis gewerkschaft kammer zentrale bahn parlament senat gruppe dienst
"""

# Company forms after a name: the organisation runs from the first capitalised word before them.
COMPANY_FORMS = """
ag gmbh se kg kgaa ev e.v. inc inc. corp corp. co co. ltd ltd. llc llp plc sa nv bv oy ab asa spa s.p.a. sarl
"""

# English place heads (last word) and first words that make a run a place.
EN_LOC_HEADS = """
river lake sea ocean bay gulf strait straits island islands peninsula coast shore valley mountain mountains
hills heights springs falls beach creek canyon desert county province region district borough township parish
dam bridge street avenue road boulevard highway square airport harbor harbour plains glacier volcano reservoir
canal channel basin delta plateau ridge range trail park counties provinces isle isles firth
"""
# Laws, treaties and plans: a run that ends with one of these is no entity ("CHIPS and Science Act")
EN_MISC_HEADS = "act acts bill treaty agreement accord convention protocol plan doctrine award prize cup"
EN_LOC_FIRST = """
lake mount mt fort ft port san santa saint st. sankt upper lower cape isle interstate
"""

# People nouns at a sentence start or before "said" that are no name ("Officials said").
EN_GENERIC_PEOPLE = """
officials prosecutors police authorities residents researchers scientists analysts investors firefighters
experts witnesses lawmakers critics protesters rescuers doctors officers troops soldiers workers voters
students teachers parents leaders villagers neighbors neighbours survivors victims families farmers
investigators forecasters economists officers locals organizers organisers supporters opponents employees
"""
# Club names: "SC Freiburg", "FC Barcelona": the head takes the place after it
CLUB_WORDS = "fc sc sv tsv vfb vfl tsg spvgg ssv fsv ac as ss cf afc"

DE_STOP = """
der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn in im am an auf aus
bei mit nach seit von vom zu zum zur für gegen ohne um über unter vor hinter neben zwischen durch er sie es
wir ihr ich du man sein seine ihre dies diese dieser dieses jene wer was wie wo wann warum weil dass ob wenn
als auch noch nur schon bereits nicht kein keine alle viele mehr laut zudem dabei damit darauf deshalb daher
trotzdem jedoch außerdem inzwischen heute gestern morgen ende anfang mitte bericht berichten angaben zufolge
regierung soldaten truppen krieg armee militär staaten land länder woche wochen jahr jahre monat tag tage uhr
prozent millionen milliarden lage frage seite welt liter meter kilometer zentimeter millimeter quadratmeter
kubikmeter grad euro dollar cent sekunden sekunde minuten minute stunden stunde monaten monate jahren
jahrzehnte punkte punkt tonnen kilogramm gramm mal fälle fällen menschen personen leute einwohner stellen
tausende tausenden hunderte hunderten rang platz rückstand haft strafe regen schnee wasser wind grad
"""

DE_ROLES = """
herr frau dr prof papst könig königin general oberst premier vize staatschef regierungschef machthaber
richter richterin hydrologe hydrologin anwohner anwohnerin bewohner bewohnerin verteidiger verteidigerin
geschädigte geschädigter angeklagte angeklagter wirtschaftsweise wirtschaftsweiser augenzeuge augenzeugin
zeuge zeugin experte expertin arzt ärztin bischof pfarrer kapitän trainer trainerin stürmer torwart
pilotin pilot fahrer fahrerin sängerin sänger schauspieler schauspielerin autor autorin forscher forscherin
wissenschaftler wissenschaftlerin ökonom ökonomin politiker politikerin abgeordnete abgeordneter
staatssekretär staatssekretärin senator senatorin kommissar kommissarin landrat landrätin ministerpräsident
ministerpräsidentin polizist polizistin feuerwehrmann sprecher sprecherin gründer gründerin inhaber inhaberin
unternehmer unternehmerin landwirt landwirtin mitarbeiter mitarbeiterin studentin student schüler schülerin
rentner rentnerin moderator moderatorin journalist journalistin reporter reporterin analyst analystin
kollege kollegin
"""

# Nationality and regional nouns before a name ("die Französin Claire Duval", "der Thüringer Philipp Horn").
DE_NATIONALITY_NOUNS = """
norweger norwegerin italiener italienerin österreicher österreicherin schweizer schweizerin amerikaner
amerikanerin us-amerikaner us-amerikanerin ukrainer ukrainerin japaner japanerin spanier spanierin
niederländer niederländerin belgier belgierin kanadier kanadierin ungar ungarin iraner iranerin palästinenser
palästinenserin syrer syrerin inder inderin australier australierin brasilianer brasilianerin argentinier
argentinierin mexikaner mexikanerin koreaner koreanerin südkoreaner südkoreanerin nordkoreaner nordkoreanerin
thüringer thüringerin bayer bayerin berliner berlinerin hamburger hamburgerin münchner münchnerin kölner
kölnerin tiroler tirolerin kärntner kärntnerin steirer steirerin engländer engländerin waliser waliserin
isländer isländerin litauer litauerin georgier georgierin armenier armenierin franzose französin schwede
schwedin russe russin chinese chinesin brite britin pole polin türke türkin tscheche tschechin finne finnin
däne dänin slowene slowenin kroate kroatin serbe serbin grieche griechin rumäne rumänin bulgare bulgarin
afghane afghanin portugiese portugiesin ire irin schotte schottin lette lettin este estin sachse sächsin
schwabe schwäbin israeli israelin
"""

DE_ROLE_SUFFIXES = """
präsident präsidentin kanzler kanzlerin minister ministerin sprecher sprecherin botschafter botschafterin
sekretär sekretärin chef chefin vorsitzende vorsitzender leiter leiterin direktor direktorin berater beraterin
kommandeur diktator meister meisterin kandidat kandidatin trainer trainerin richter richterin anwalt anwältin
abgeordnete abgeordneter kommissar kommissarin senator senatorin verteidiger verteidigerin experte expertin
forscher forscherin politiker politikerin ökonom ökonomin analyst analystin wissenschaftler
wissenschaftlerin professor professorin autor autorin sänger sängerin schauspieler schauspielerin spieler
spielerin fahrer fahrerin pilot pilotin bischof pfarrer arzt ärztin loge login zeuge zeugin bewohner
bewohnerin funktionär funktionärin beauftragte beauftragter vertreter vertreterin koordinator koordinatorin
stratege strategin manager managerin gründer gründerin inhaber inhaberin
"""

# Second parts of a hyphenated compound that make its first part the entity: "SPD-Fraktion" -> SPD,
# "Volkswagen-Konzern" -> Volkswagen (roles are in DE_ROLE_SUFFIXES).
DE_COMPOUND_TAILS = """
fraktion konzern gruppe spitze führung basis mitglied mitglieder anhänger wähler kreise parteitag
landesverband kreisverband bundestagsfraktion landtagsfraktion werk werke zentrale mutter tochter aktie
aktien chefs umfrage angaben sprecherin kandidaten abgeordneten politiker politikerin
"""

DE_ORG_SUFFIXES = """
ministerium nachrichtendienst geheimdienst wetterdienst rettungsdienst agentur partei kommission behörde
bundesamt gerichtshof konzern sicherheitsrat bundesrat europarat bundestag landtag universität zentralbank
bundeswehr amt gericht anwaltschaft polizei feuerwehr verband verein gewerkschaftsbund institut hochschule
klinikum klinik bank sparkasse kasse hilfswerk fraktion gewerkschaft rundfunk zeitung verkehrsbetriebe
stadtwerke städtetag kreistag parlament kammer zentrale union organisation akademie präsidium direktion
staatskanzlei kanzleramt senat gesellschaft
"""

# Whole words that head a German organisation's name (besides the company forms)
DE_ORG_WORDS = """
stiftung bahn werk gruppe group holding airlines fc sc sv tsv vfb vfl tsg spvgg ssv fsv bvb
"""

# German nouns that end like an organisation and are none
DE_NOT_ORGS = """
ehrenamt brandstiftung bankenunion währungsunion zollunion fanclub datenbank sandbank parkbank blutbank
gesetzbank anklagebank ersatzbank schulbank wahlkampfzentrale gesellschaft zivilgesellschaft
mehrheitsgesellschaft konsumgesellschaft
"""

# German organisation heads after which a name is an apposition ("der Geheimdienst NIS", "des Instituts Forsa")
DE_APPOSITIVE_HEADS = """
institut dienst partei konzern gewerkschaft gesellschaft unternehmen hersteller betreiber firma sender agentur
verlag bank zeitung magazin airline
"""

# Adjectives at the start of a German run that are no part of a place's name ("die neue Rheinbrücke")
DE_LEADING_ADJECTIVES = "neue neuen neuer neues alte alten alter altes große großen kleine kleinen"

# Prefixes that make a German compound with a known place a place (Mitteldeutschland, Nordbayern)
DE_PLACE_PREFIXES = "nord süd ost west mittel zentral nordost nordwest südost südwest ober unter"

# German place names after in/aus/nach/bei end like this (Vilshofen, Kelheim, Plattling)
DE_PLACE_SUFFIXES = """
burg berg dorf hausen heim stadt furt hofen ingen ing kirchen feld felde hagen rode bach au tal thal brück
brücken hain born beck büttel leben stedt stätt ow itz witz zig kirch reuth roda weiler münde holz
"""
DE_STREET_SUFFIXES = """
straße strasse platz allee gasse damm ufer chaussee brücke tunnel weg
"""
DE_PLACE_NOUNS = """
stadt stadtteil stadtteilen ortsteil gemeinde landkreis landkreise kreis bezirk region provinz bundesland kanton
hauptstadt ort dorf metropole kleinstadt großstadt grenzstadt hafenstadt kreisstadt landeshauptstadt insel hafen
fluss städte orte gemeinden regionen bezirke
"""
DE_PLACE_PREPS = "in aus nach bei nahe zwischen gen nördlich südlich östlich westlich"

# German nouns ending like a place (Training, Meeting) that are none
DE_NOT_PLACES = """
training marketing meeting leasing doping camping shopping ranking recycling streaming monitoring controlling
banking rating hearing briefing coaching timing casting lobbying holding bau frau sau schau
"""

ACRONYM_STOP = """
CEO TV AM PM GDP UN US USA UK EU OK AI ID PR IT HQ DNA COVID ASAP FAQ PDF USD EUR CET UTC
"""

ABBREVIATIONS = """
mr mrs ms dr st gen sen rep gov prof lt col sgt capt jr sr inc corp co ltd no vs u.s u.k nr bzw ca dr. z.b
"""
