"""More gazetteer rows: German, Austrian and Swiss states, regions and cities; rivers, seas and
regions; world capitals and big cities; US states, Canadian provinces, Chinese provinces, Japanese and
Taiwanese places; parties, agencies and companies that news names often.

Written by hand for this project (MIT, like the project); same format as ``gazetteer.py``: each line is
``English names | Chinese names | German names``, names within a field separated by ``;``, the first
English name canonical. Rows here come after those of ``gazetteer.py``, which win on a clash.

``AMBIGUOUS_PLACES`` are places whose name is also a common word or given name in English or German
(Essen "food", Halle "hall", Oder "or", Sofia): the Latin-script rules take them as places only with
a place cue (a preposition, a dateline, "Stadt Essen") and never put them in the lookup table.
"""

from __future__ import annotations

PLACES = """
Baden-Württemberg | 巴登-符腾堡州;巴登-符腾堡;巴符州 | Baden-Württemberg
Bavaria | 巴伐利亚州;巴伐利亚;拜仁 | Bayern;Freistaat Bayern
Brandenburg | 勃兰登堡州;勃兰登堡 | Brandenburg
Bremen | 不来梅 | Bremen
Hesse | 黑森州;黑森 | Hessen
Lower Saxony | 下萨克森州;下萨克森 | Niedersachsen
Mecklenburg-Western Pomerania;Mecklenburg-Vorpommern | 梅克伦堡-前波美拉尼亚州;梅前州 | Mecklenburg-Vorpommern
North Rhine-Westphalia | 北莱茵-威斯特法伦州;北威州 | Nordrhein-Westfalen;NRW
Rhineland-Palatinate | 莱茵兰-普法尔茨州 | Rheinland-Pfalz
Saarland | 萨尔州 | Saarland
Saxony | 萨克森州;萨克森 | Sachsen;Freistaat Sachsen
Saxony-Anhalt | 萨克森-安哈尔特州 | Sachsen-Anhalt
Schleswig-Holstein | 石勒苏益格-荷尔斯泰因州 | Schleswig-Holstein
Thuringia | 图林根州;图林根 | Thüringen
Lower Austria | 下奥地利州 | Niederösterreich
Upper Austria | 上奥地利州 | Oberösterreich
Styria | 施泰尔马克州 | Steiermark
Tyrol | 蒂罗尔州;蒂罗尔 | Tirol
South Tyrol | 南蒂罗尔 | Südtirol
Carinthia | 克恩滕州 | Kärnten
Salzburg | 萨尔茨堡 | Salzburg
Vorarlberg | 福拉尔贝格州 | Vorarlberg
Burgenland | 布尔根兰州 | Burgenland
Zurich | 苏黎世 | Zürich
Bern;Berne | 伯尔尼 | Bern
Basel | 巴塞尔 | Basel
Lucerne | 卢塞恩 | Luzern
Lausanne | 洛桑 | Lausanne
Ticino | 提契诺州 | Tessin
Graubünden;Grisons | 格劳宾登州 | Graubünden
Valais | 瓦莱州 | Wallis
St. Gallen | 圣加仑 | St. Gallen
Upper Bavaria | 上巴伐利亚 | Oberbayern
Lower Bavaria | 下巴伐利亚 | Niederbayern
Upper Palatinate | 上普法尔茨 | Oberpfalz
Swabia | 施瓦本 | Schwaben
Allgäu | 阿尔高 | Allgäu
Black Forest | 黑森林 | Schwarzwald
Ruhr;Ruhr area | 鲁尔区 | Ruhrgebiet;Ruhrpott
Rhineland | 莱茵兰 | Rheinland
Palatinate | 普法尔茨 | Pfalz
Westphalia | 威斯特法伦 | Westfalen
Lusatia | 劳西茨 | Lausitz
Eifel | 艾费尔 | Eifel
Harz | 哈茨山 | Harz
Vogtland | 福格特兰 | Vogtland
Ore Mountains | 厄尔士山脉 | Erzgebirge
Sauerland | 绍尔兰 | Sauerland
Emsland | 埃姆斯兰 | Emsland
East Frisia | 东弗里斯兰 | Ostfriesland
Spreewald | 施普雷森林 | Spreewald
Lake Constance | 博登湖 | Bodensee
Alps | 阿尔卑斯山;阿尔卑斯 | Alpen
Eastern Germany;East Germany | 德国东部;东德 | Ostdeutschland
Western Germany;West Germany | 德国西部;西德 | Westdeutschland
Southern Germany | 德国南部 | Süddeutschland
Northern Germany | 德国北部 | Norddeutschland
Rhine | 莱茵河 | Rhein
Danube | 多瑙河 | Donau
Elbe | 易北河 | Elbe
Moselle | 摩泽尔河 | Mosel
Neckar | 内卡河 | Neckar
Weser | 威悉河 | Weser
Isar | 伊萨尔河 | Isar
Spree | 施普雷河 | Spree
Havel | 哈弗尔河 | Havel
Saale | 萨勒河 | Saale
Inn River | 因河 | Inn
Ilz | 伊尔茨河 | Ilz
Lech | 莱希河 | Lech
Ahr | 阿尔河 | Ahr
Lahn | 兰河 | Lahn
Vistula | 维斯瓦河 | Weichsel
Thames | 泰晤士河 | Themse
Rhône;Rhone | 罗讷河 | Rhone
Loire | 卢瓦尔河 | Loire
Tiber | 台伯河 | Tiber
Volga | 伏尔加河 | Wolga
Dnipro;Dnieper | 第聂伯河 | Dnipro;Dnjepr
Mississippi | 密西西比州;密西西比河;密西西比 | Mississippi
Nile | 尼罗河 | Nil
Yangtze;Yangtze River | 长江 | Jangtse
Yellow River | 黄河 | Gelber Fluss
Mekong | 湄公河 | Mekong
Ganges | 恒河 | Ganges
Euphrates | 幼发拉底河 | Euphrat
Tigris | 底格里斯河 | Tigris
Hudson River | 哈德逊河 | Hudson
Rio Grande | 格兰德河 | Rio Grande
Arctic | 北极;北极地区 | Arktis
Antarctica;Antarctic | 南极洲;南极 | Antarktis;Antarktika
Mediterranean;Mediterranean Sea | 地中海 | Mittelmeer
North Sea | 北海 | Nordsee
Red Sea | 红海 | Rotes Meer
Caribbean | 加勒比;加勒比海 | Karibik
Persian Gulf | 波斯湾 | Persischer Golf
Gulf of Mexico | 墨西哥湾 | Golf von Mexiko
Strait of Hormuz | 霍尔木兹海峡 | Straße von Hormus
Suez Canal | 苏伊士运河 | Suezkanal
Panama Canal | 巴拿马运河 | Panamakanal
English Channel | 英吉利海峡 | Ärmelkanal
Bering Strait | 白令海峡 | Beringstraße
Barents Sea | 巴伦支海 | Barentssee
Sea of Okhotsk | 鄂霍次克海 | Ochotskisches Meer
Sea of Japan | 日本海 | Japanisches Meer
East China Sea | 东海 | Ostchinesisches Meer
Yellow Sea | 黄海 | Gelbes Meer
Arabian Sea | 阿拉伯海 | Arabisches Meer
Himalayas | 喜马拉雅山;喜马拉雅 | Himalaya
Sahara | 撒哈拉 | Sahara
Siberia | 西伯利亚 | Sibirien
Caucasus | 高加索 | Kaukasus
Balkans | 巴尔干 | Balkan
Scandinavia | 斯堪的纳维亚 | Skandinavien
Latin America | 拉丁美洲;拉美 | Lateinamerika
North America | 北美洲;北美 | Nordamerika
South America | 南美洲;南美 | Südamerika
Southeast Asia | 东南亚 | Südostasien
Central Asia | 中亚 | Zentralasien
East Asia | 东亚 | Ostasien
Eastern Europe | 东欧 | Osteuropa
Western Europe | 西欧 | Westeuropa
Svalbard | 斯瓦尔巴群岛;斯瓦尔巴 | Spitzbergen
Greenland | 格陵兰岛;格陵兰 | Grönland
Golan Heights | 戈兰高地 | Golanhöhen
Sinai | 西奈半岛;西奈 | Sinai
Kashmir | 克什米尔 | Kaschmir
Xinjiang | 新疆 | Xinjiang
Tibet | 西藏 | Tibet
Slovenia | 斯洛文尼亚 | Slowenien
Bosnia and Herzegovina;Bosnia | 波黑;波斯尼亚和黑塞哥维那 | Bosnien und Herzegowina;Bosnien
Kosovo | 科索沃 | Kosovo
Albania | 阿尔巴尼亚 | Albanien
North Macedonia | 北马其顿 | Nordmazedonien
Montenegro | 黑山 | Montenegro
Luxembourg | 卢森堡 | Luxemburg
Cyprus | 塞浦路斯 | Zypern
Malta | 马耳他 | Malta
Monaco | 摩纳哥 | Monaco
Liechtenstein | 列支敦士登 | Liechtenstein
Kyrgyzstan | 吉尔吉斯斯坦 | Kirgistan
Tajikistan | 塔吉克斯坦 | Tadschikistan
Turkmenistan | 土库曼斯坦 | Turkmenistan
Oman | 阿曼 | Oman
Kuwait | 科威特 | Kuwait
Bahrain | 巴林 | Bahrain
Somalia | 索马里 | Somalia
South Sudan | 南苏丹 | Südsudan
Uganda | 乌干达 | Uganda
Tanzania | 坦桑尼亚 | Tansania
Rwanda | 卢旺达 | Ruanda
Democratic Republic of the Congo;DR Congo;Congo | 刚果（金）;刚果民主共和国;刚果 | Demokratische Republik Kongo;Kongo
Angola | 安哥拉 | Angola
Mozambique | 莫桑比克 | Mosambik
Zimbabwe | 津巴布韦 | Simbabwe
Zambia | 赞比亚 | Sambia
Ghana | 加纳 | Ghana
Senegal | 塞内加尔 | Senegal
Mali | 马里 | Mali
Niger | 尼日尔 | Niger
Burkina Faso | 布基纳法索 | Burkina Faso
Cameroon | 喀麦隆 | Kamerun
Ivory Coast;Côte d'Ivoire | 科特迪瓦 | Elfenbeinküste
Madagascar | 马达加斯加 | Madagaskar
Ecuador | 厄瓜多尔 | Ecuador
Bolivia | 玻利维亚 | Bolivien
Paraguay | 巴拉圭 | Paraguay
Uruguay | 乌拉圭 | Uruguay
Panama | 巴拿马 | Panama
Costa Rica | 哥斯达黎加 | Costa Rica
Nicaragua | 尼加拉瓜 | Nicaragua
Honduras | 洪都拉斯 | Honduras
Guatemala | 危地马拉 | Guatemala
El Salvador | 萨尔瓦多 | El Salvador
Haiti | 海地 | Haiti
Dominican Republic | 多米尼加 | Dominikanische Republik
Jamaica | 牙买加 | Jamaika
Puerto Rico | 波多黎各 | Puerto Rico
Papua New Guinea | 巴布亚新几内亚 | Papua-Neuguinea
Fiji | 斐济 | Fidschi
Brunei | 文莱 | Brunei
East Timor;Timor-Leste | 东帝汶 | Osttimor
North Africa | 北非 | Nordafrika
West Africa | 西非 | Westafrika
Amsterdam | 阿姆斯特丹 | Amsterdam
Rotterdam | 鹿特丹 | Rotterdam
The Hague | 海牙 | Den Haag
Antwerp | 安特卫普 | Antwerpen
Copenhagen | 哥本哈根 | Kopenhagen
Stockholm | 斯德哥尔摩 | Stockholm
Oslo | 奥斯陆 | Oslo
Helsinki | 赫尔辛基 | Helsinki
Dublin | 都柏林 | Dublin
Lisbon | 里斯本 | Lissabon
Barcelona | 巴塞罗那 | Barcelona
Valencia | 瓦伦西亚 | Valencia
Seville | 塞维利亚 | Sevilla
Milan | 米兰 | Mailand
Naples | 那不勒斯 | Neapel
Turin | 都灵 | Turin
Venice | 威尼斯 | Venedig
Bologna | 博洛尼亚 | Bologna
Athens | 雅典 | Athen
Bucharest | 布加勒斯特 | Bukarest
Belgrade | 贝尔格莱德 | Belgrad
Zagreb | 萨格勒布 | Zagreb
Ljubljana | 卢布尔雅那 | Ljubljana
Bratislava | 布拉迪斯拉发 | Bratislava
Vilnius | 维尔纽斯 | Vilnius
Riga | 里加 | Riga
Tallinn | 塔林 | Tallinn
Minsk | 明斯克 | Minsk
Chisinau | 基希讷乌 | Chisinau
Tbilisi | 第比利斯 | Tiflis
Yerevan | 埃里温 | Eriwan
Baku | 巴库 | Baku
Astana | 阿斯塔纳 | Astana
Tashkent | 塔什干 | Taschkent
Lviv | 利沃夫 | Lwiw;Lemberg
Zaporizhzhia | 扎波罗热 | Saporischschja
Donetsk | 顿涅茨克 | Donezk
Luhansk | 卢甘斯克 | Luhansk
Mariupol | 马里乌波尔 | Mariupol
Kherson | 赫尔松 | Cherson
Bakhmut | 巴赫穆特 | Bachmut
Belgorod | 别尔哥罗德 | Belgorod
Kaliningrad | 加里宁格勒 | Kaliningrad
Sevastopol | 塞瓦斯托波尔 | Sewastopol
Strasbourg | 斯特拉斯堡 | Straßburg
Lyon | 里昂 | Lyon
Marseille | 马赛 | Marseille
Toulouse | 图卢兹 | Toulouse
Bordeaux | 波尔多 | Bordeaux
Lille | 里尔 | Lille
Manchester | 曼彻斯特 | Manchester
Birmingham | 伯明翰 | Birmingham
Liverpool | 利物浦 | Liverpool
Glasgow | 格拉斯哥 | Glasgow
Edinburgh | 爱丁堡 | Edinburgh
Cardiff | 加的夫 | Cardiff
Belfast | 贝尔法斯特 | Belfast
Scotland | 苏格兰 | Schottland
Wales | 威尔士 | Wales
England | 英格兰 | England
Northern Ireland | 北爱尔兰 | Nordirland
Gdansk | 格但斯克 | Danzig
Krakow | 克拉科夫 | Krakau
Wroclaw | 弗罗茨瓦夫 | Breslau
Poznan | 波兹南 | Posen
Szczecin | 什切青 | Stettin
Pilsen;Plzeň | 比尔森 | Pilsen
Brno | 布尔诺 | Brünn
Graz | 格拉茨 | Graz
Linz | 林茨 | Linz
Innsbruck | 因斯布鲁克 | Innsbruck
Klagenfurt | 克拉根福 | Klagenfurt
Schärding | 舍尔丁 | Schärding
Antholz;Anterselva | 安特霍尔茨 | Antholz
Reykjavik | 雷克雅未克 | Reykjavík
Nuremberg | 纽伦堡 | Nürnberg
Stuttgart | 斯图加特 | Stuttgart
Düsseldorf | 杜塞尔多夫 | Düsseldorf
Leipzig | 莱比锡 | Leipzig
Dortmund | 多特蒙德 | Dortmund
Dresden | 德累斯顿 | Dresden
Hanover;Hannover | 汉诺威 | Hannover
Duisburg | 杜伊斯堡 | Duisburg
Bochum | 波鸿 | Bochum
Wuppertal | 乌珀塔尔 | Wuppertal
Bielefeld | 比勒费尔德 | Bielefeld
Bonn | 波恩 | Bonn
Münster | 明斯特 | Münster
Mannheim | 曼海姆 | Mannheim
Karlsruhe | 卡尔斯鲁厄 | Karlsruhe
Augsburg | 奥格斯堡 | Augsburg
Wiesbaden | 威斯巴登 | Wiesbaden
Mönchengladbach | 门兴格拉德巴赫 | Mönchengladbach
Gelsenkirchen | 盖尔森基兴 | Gelsenkirchen
Aachen | 亚琛 | Aachen
Braunschweig;Brunswick | 不伦瑞克 | Braunschweig
Kiel | 基尔 | Kiel
Chemnitz | 开姆尼茨 | Chemnitz
Magdeburg | 马格德堡 | Magdeburg
Freiburg | 弗莱堡 | Freiburg
Krefeld | 克雷菲尔德 | Krefeld
Mainz | 美因茨 | Mainz
Lübeck | 吕贝克 | Lübeck
Erfurt | 爱尔福特 | Erfurt
Oberhausen | 奥伯豪森 | Oberhausen
Rostock | 罗斯托克 | Rostock
Kassel | 卡塞尔 | Kassel
Potsdam | 波茨坦 | Potsdam
Saarbrücken | 萨尔布吕肯 | Saarbrücken
Ludwigshafen | 路德维希港 | Ludwigshafen
Oldenburg | 奥尔登堡 | Oldenburg
Osnabrück | 奥斯纳布吕克 | Osnabrück
Leverkusen | 勒沃库森 | Leverkusen
Heidelberg | 海德堡 | Heidelberg
Darmstadt | 达姆施塔特 | Darmstadt
Solingen | 索林根 | Solingen
Regensburg | 雷根斯堡 | Regensburg
Paderborn | 帕德博恩 | Paderborn
Ingolstadt | 因戈尔施塔特 | Ingolstadt
Offenbach | 奥芬巴赫 | Offenbach
Fürth | 菲尔特 | Fürth
Ulm | 乌尔姆 | Ulm
Heilbronn | 海尔布隆 | Heilbronn
Würzburg | 维尔茨堡 | Würzburg
Wolfsburg | 沃尔夫斯堡 | Wolfsburg
Göttingen | 哥廷根 | Göttingen
Erlangen | 埃尔朗根 | Erlangen
Bremerhaven | 不来梅港 | Bremerhaven
Koblenz | 科布伦茨 | Koblenz
Trier | 特里尔 | Trier
Jena | 耶拿 | Jena
Cottbus | 科特布斯 | Cottbus
Schwerin | 什未林 | Schwerin
Zwickau | 茨维考 | Zwickau
Passau | 帕绍 | Passau
Bamberg | 班贝格 | Bamberg
Bayreuth | 拜罗伊特 | Bayreuth
Weimar | 魏玛 | Weimar
Garmisch-Partenkirchen | 加米施-帕滕基兴 | Garmisch-Partenkirchen
Konstanz | 康斯坦茨 | Konstanz
Tübingen | 图宾根 | Tübingen
Görlitz | 格尔利茨 | Görlitz
Flensburg | 弗伦斯堡 | Flensburg
Oberhof | 奥伯霍夫 | Oberhof
Ruhpolding | 鲁波尔丁 | Ruhpolding
Berchtesgaden | 贝希特斯加登 | Berchtesgaden
Landshut | 兰茨胡特 | Landshut
Rosenheim | 罗森海姆 | Rosenheim
Straubing | 施特劳宾 | Straubing
Deggendorf | 德根多夫 | Deggendorf
Kelheim | 凯尔海姆 | Kelheim
Bad Neuenahr-Ahrweiler;Ahrweiler | 巴特诺伊纳尔-阿尔韦勒 | Bad Neuenahr-Ahrweiler;Ahrweiler
Hildesheim | 希尔德斯海姆 | Hildesheim
Gütersloh | 居特斯洛 | Gütersloh
Kaiserslautern | 凯泽斯劳滕 | Kaiserslautern
Schweinfurt | 施韦因富特 | Schweinfurt
Aschaffenburg | 阿沙芬堡 | Aschaffenburg
Lüneburg | 吕讷堡 | Lüneburg
Marburg | 马尔堡 | Marburg
Gießen | 吉森 | Gießen
Fulda | 富尔达 | Fulda
Speyer | 施派尔 | Speyer
Baden-Baden | 巴登-巴登 | Baden-Baden
Stralsund | 施特拉尔松 | Stralsund
Greifswald | 格赖夫斯瓦尔德 | Greifswald
Rügen | 吕根岛 | Rügen
Sylt | 叙尔特岛 | Sylt
Usedom | 乌瑟多姆岛 | Usedom
Neukölln | 新克尔恩 | Neukölln
Kreuzberg | 克罗伊茨贝格 | Kreuzberg
Beirut | 贝鲁特 | Beirut
Damascus | 大马士革 | Damaskus
Aleppo | 阿勒颇 | Aleppo
Baghdad | 巴格达 | Bagdad
Riyadh | 利雅得 | Riad
Doha | 多哈 | Doha
Dubai | 迪拜 | Dubai
Abu Dhabi | 阿布扎比 | Abu Dhabi
Amman | 安曼 | Amman
Kabul | 喀布尔 | Kabul
Islamabad | 伊斯兰堡 | Islamabad
Karachi | 卡拉奇 | Karatschi
Lahore | 拉合尔 | Lahore
Dhaka | 达卡 | Dhaka
Kathmandu | 加德满都 | Kathmandu
Colombo | 科伦坡 | Colombo
Yangon;Rangoon | 仰光 | Yangon;Rangun
Phnom Penh | 金边 | Phnom Penh
Kuala Lumpur | 吉隆坡 | Kuala Lumpur
Ho Chi Minh City;Saigon | 胡志明市 | Ho-Chi-Minh-Stadt
Canberra | 堪培拉 | Canberra
Melbourne | 墨尔本 | Melbourne
Brisbane | 布里斯班 | Brisbane
Perth | 珀斯 | Perth
Auckland | 奥克兰 | Auckland
Wellington | 惠灵顿 | Wellington
Nairobi | 内罗毕 | Nairobi
Addis Ababa | 亚的斯亚贝巴 | Addis Abeba
Lagos | 拉各斯 | Lagos
Abuja | 阿布贾 | Abuja
Johannesburg | 约翰内斯堡 | Johannesburg
Cape Town | 开普敦 | Kapstadt
Pretoria | 比勒陀利亚 | Pretoria
Khartoum | 喀土穆 | Khartum
Tripoli | 的黎波里 | Tripolis
Algiers | 阿尔及尔 | Algier
Rabat | 拉巴特 | Rabat
Casablanca | 卡萨布兰卡 | Casablanca
Kinshasa | 金沙萨 | Kinshasa
Mexico City | 墨西哥城 | Mexiko-Stadt
Havana | 哈瓦那 | Havanna
Caracas | 加拉加斯 | Caracas
Bogotá;Bogota | 波哥大 | Bogotá
Lima | 利马 | Lima
Buenos Aires | 布宜诺斯艾利斯 | Buenos Aires
Brasília;Brasilia | 巴西利亚 | Brasília
Rio de Janeiro | 里约热内卢 | Rio de Janeiro
São Paulo;Sao Paulo | 圣保罗 | São Paulo
Montevideo | 蒙得维的亚 | Montevideo
Quito | 基多 | Quito
Gaza City | 加沙城 | Gaza-Stadt
Rafah | 拉法 | Rafah
Khan Younis | 汗尤尼斯 | Chan Junis
Ramallah | 拉姆安拉 | Ramallah
Haifa | 海法 | Haifa
Alabama | 阿拉巴马州;阿拉巴马 | Alabama
Alaska | 阿拉斯加州;阿拉斯加 | Alaska
Arizona | 亚利桑那州;亚利桑那 | Arizona
Arkansas | 阿肯色州 | Arkansas
California | 加利福尼亚州;加州 | Kalifornien
Colorado | 科罗拉多州;科罗拉多 | Colorado
Connecticut | 康涅狄格州 | Connecticut
Delaware | 特拉华州 | Delaware
Florida | 佛罗里达州;佛罗里达 | Florida
Hawaii | 夏威夷州;夏威夷 | Hawaii
Idaho | 爱达荷州 | Idaho
Illinois | 伊利诺伊州 | Illinois
Indiana | 印第安纳州 | Indiana
Iowa | 艾奥瓦州;爱荷华州 | Iowa
Kansas | 堪萨斯州 | Kansas
Kentucky | 肯塔基州 | Kentucky
Louisiana | 路易斯安那州 | Louisiana
Maine | 缅因州 | Maine
Maryland | 马里兰州 | Maryland
Massachusetts | 马萨诸塞州;麻州 | Massachusetts
Michigan | 密歇根州 | Michigan
Minnesota | 明尼苏达州 | Minnesota
Missouri | 密苏里州 | Missouri
Montana | 蒙大拿州 | Montana
Nebraska | 内布拉斯加州 | Nebraska
Nevada | 内华达州 | Nevada
New Hampshire | 新罕布什尔州 | New Hampshire
New Jersey | 新泽西州 | New Jersey
New Mexico | 新墨西哥州 | New Mexico
New York State | 纽约州 | Bundesstaat New York
North Carolina | 北卡罗来纳州 | North Carolina
North Dakota | 北达科他州 | North Dakota
Ohio | 俄亥俄州 | Ohio
Oklahoma | 俄克拉何马州 | Oklahoma
Oregon | 俄勒冈州 | Oregon
Pennsylvania | 宾夕法尼亚州;宾州 | Pennsylvania;Pennsylvanien
Rhode Island | 罗得岛州 | Rhode Island
South Carolina | 南卡罗来纳州 | South Carolina
South Dakota | 南达科他州 | South Dakota
Tennessee | 田纳西州 | Tennessee
Texas | 得克萨斯州;得州;德州 | Texas
Utah | 犹他州 | Utah
Vermont | 佛蒙特州 | Vermont
Virginia | 弗吉尼亚州 | Virginia
Washington State | 华盛顿州 | Bundesstaat Washington
West Virginia | 西弗吉尼亚州 | West Virginia
Wisconsin | 威斯康星州 | Wisconsin
Wyoming | 怀俄明州 | Wyoming
Washington, D.C.;Washington D.C.;D.C. | 华盛顿特区 | Washington D.C.
Chicago | 芝加哥 | Chicago
Houston | 休斯敦 | Houston
Philadelphia | 费城 | Philadelphia
San Antonio | 圣安东尼奥 | San Antonio
San Diego | 圣迭戈;圣地亚哥市 | San Diego
Dallas | 达拉斯 | Dallas
San Francisco | 旧金山 | San Francisco
Seattle | 西雅图 | Seattle
Boston | 波士顿 | Boston
Miami | 迈阿密 | Miami
Atlanta | 亚特兰大 | Atlanta
Denver | 丹佛 | Denver
Detroit | 底特律 | Detroit
Las Vegas | 拉斯维加斯 | Las Vegas
Baltimore | 巴尔的摩 | Baltimore
New Orleans | 新奥尔良 | New Orleans
Minneapolis | 明尼阿波利斯 | Minneapolis
Pittsburgh | 匹兹堡 | Pittsburgh
Honolulu | 檀香山 | Honolulu
Anchorage | 安克雷奇 | Anchorage
Manhattan | 曼哈顿 | Manhattan
Brooklyn | 布鲁克林 | Brooklyn
Silicon Valley | 硅谷 | Silicon Valley
Ontario | 安大略省;安大略 | Ontario
Quebec;Québec | 魁北克省;魁北克 | Quebec
British Columbia | 不列颠哥伦比亚省 | British Columbia
Alberta | 艾伯塔省 | Alberta
Manitoba | 马尼托巴省 | Manitoba
Saskatchewan | 萨斯喀彻温省 | Saskatchewan
Nova Scotia | 新斯科舍省 | Nova Scotia;Neuschottland
New Brunswick | 新不伦瑞克省 | New Brunswick
Newfoundland and Labrador;Newfoundland | 纽芬兰与拉布拉多省;纽芬兰 | Neufundland
Prince Edward Island | 爱德华王子岛省 | Prince Edward Island
Toronto | 多伦多 | Toronto
Montreal;Montréal | 蒙特利尔 | Montreal
Vancouver | 温哥华 | Vancouver
Calgary | 卡尔加里 | Calgary
Edmonton | 埃德蒙顿 | Edmonton
Winnipeg | 温尼伯 | Winnipeg
Halifax | 哈利法克斯 | Halifax
Queensland | 昆士兰州 | Queensland
New South Wales | 新南威尔士州 | New South Wales
Hebei | 河北省;河北 | Hebei
Shanxi | 山西省;山西 | Shanxi
Liaoning | 辽宁省;辽宁 | Liaoning
Jilin | 吉林省;吉林 | Jilin
Heilongjiang | 黑龙江省;黑龙江 | Heilongjiang
Jiangsu | 江苏省;江苏 | Jiangsu
Zhejiang | 浙江省;浙江 | Zhejiang
Anhui | 安徽省;安徽 | Anhui
Fujian | 福建省;福建 | Fujian
Jiangxi | 江西省;江西 | Jiangxi
Shandong | 山东省;山东 | Shandong
Henan | 河南省;河南 | Henan
Hubei | 湖北省;湖北 | Hubei
Hunan | 湖南省;湖南 | Hunan
Guangdong | 广东省;广东 | Guangdong
Hainan | 海南省;海南 | Hainan
Sichuan | 四川省;四川 | Sichuan
Guizhou | 贵州省;贵州 | Guizhou
Yunnan | 云南省;云南 | Yunnan
Shaanxi | 陕西省;陕西 | Shaanxi
Gansu | 甘肃省;甘肃 | Gansu
Qinghai | 青海省;青海 | Qinghai
Inner Mongolia | 内蒙古自治区;内蒙古 | Innere Mongolei
Guangxi | 广西壮族自治区;广西 | Guangxi
Ningxia | 宁夏回族自治区;宁夏 | Ningxia
Chongqing | 重庆市;重庆 | Chongqing
Tianjin | 天津市;天津 | Tianjin
Wuhan | 武汉市;武汉 | Wuhan
Chengdu | 成都市;成都 | Chengdu
Hangzhou | 杭州市;杭州 | Hangzhou
Nanjing | 南京市;南京 | Nanjing
Xi'an | 西安市;西安 | Xi’an
Harbin | 哈尔滨 | Harbin
Shenyang | 沈阳 | Shenyang
Dalian | 大连 | Dalian
Qingdao | 青岛 | Qingdao
Xiamen | 厦门 | Xiamen
Suzhou | 苏州 | Suzhou
Zhengzhou | 郑州 | Zhengzhou
Changsha | 长沙 | Changsha
Kunming | 昆明 | Kunming
Urumqi | 乌鲁木齐 | Ürümqi
Lhasa | 拉萨 | Lhasa
Fuzhou | 福州 | Fuzhou
Jinan | 济南 | Jinan
Hefei | 合肥 | Hefei
Nanning | 南宁 | Nanning
Lanzhou | 兰州 | Lanzhou
Shijiazhuang | 石家庄市;石家庄 | Shijiazhuang
Taiyuan | 太原市;太原 | Taiyuan
Hohhot | 呼和浩特市;呼和浩特 | Hohhot
Changchun | 长春市;长春 | Changchun
Nanchang | 南昌市;南昌 | Nanchang
Guiyang | 贵阳市;贵阳 | Guiyang
Haikou | 海口市;海口 | Haikou
Sanya | 三亚市;三亚 | Sanya
Xining | 西宁市;西宁 | Xining
Yinchuan | 银川市;银川 | Yinchuan
Ningbo | 宁波市;宁波 | Ningbo
Wenzhou | 温州市;温州 | Wenzhou
Wuxi | 无锡市;无锡 | Wuxi
Changzhou | 常州市;常州 | Changzhou
Nantong | 南通市;南通 | Nantong
Xuzhou | 徐州市;徐州 | Xuzhou
Yangzhou | 扬州市;扬州 | Yangzhou
Shaoxing | 绍兴市;绍兴 | Shaoxing
Jinhua | 金华市;金华 | Jinhua
Yiwu | 义乌市;义乌 | Yiwu
Foshan | 佛山市;佛山 | Foshan
Dongguan | 东莞市;东莞 | Dongguan
Zhuhai | 珠海市;珠海 | Zhuhai
Shantou | 汕头市;汕头 | Shantou
Huizhou | 惠州市;惠州 | Huizhou
Zhongshan | 中山市 | Zhongshan
Quanzhou | 泉州市;泉州 | Quanzhou
Yantai | 烟台市;烟台 | Yantai
Weifang | 潍坊市;潍坊 | Weifang
Zibo | 淄博市;淄博 | Zibo
Luoyang | 洛阳市;洛阳 | Luoyang
Kaifeng | 开封市;开封 | Kaifeng
Tangshan | 唐山市;唐山 | Tangshan
Baoding | 保定市;保定 | Baoding
Datong | 大同市;大同 | Datong
Baotou | 包头市;包头 | Baotou
Anshan | 鞍山市;鞍山 | Anshan
Jilin City | 吉林市 | Jilin (Stadt)
Daqing | 大庆市;大庆 | Daqing
Wuhu | 芜湖市;芜湖 | Wuhu
Yichang | 宜昌市;宜昌 | Yichang
Xiangyang | 襄阳市;襄阳 | Xiangyang
Zhuzhou | 株洲市;株洲 | Zhuzhou
Guilin | 桂林市;桂林 | Guilin
Liuzhou | 柳州市;柳州 | Liuzhou
Mianyang | 绵阳市;绵阳 | Mianyang
Zunyi | 遵义市;遵义 | Zunyi
Dali | 大理市;大理 | Dali
Lijiang | 丽江市;丽江 | Lijiang
Xishuangbanna | 西双版纳 | Xishuangbanna
Baoji | 宝鸡市;宝鸡 | Baoji
Yan'an | 延安市;延安 | Yan’an
Kashgar | 喀什市;喀什 | Kaschgar
Yili | 伊犁 | Ili
Shigatse | 日喀则 | Shigatse
Wenchuan | 汶川县;汶川 | Wenchuan
Yushu | 玉树 | Yushu
Zhangjiakou | 张家口市;张家口 | Zhangjiakou
Qinhuangdao | 秦皇岛市;秦皇岛 | Qinhuangdao
Lianyungang | 连云港市;连云港 | Lianyungang
Osaka | 大阪府;大阪 | Osaka
Kyoto | 京都府;京都 | Kyoto
Yokohama | 横滨 | Yokohama
Nagoya | 名古屋 | Nagoya
Sapporo | 札幌 | Sapporo
Fukuoka | 福冈 | Fukuoka
Kobe | 神户 | Kobe
Hiroshima | 广岛 | Hiroshima
Nagasaki | 长崎 | Nagasaki
Okinawa | 冲绳县;冲绳 | Okinawa
Hokkaido | 北海道 | Hokkaido
Kyushu | 九州 | Kyushu
Honshu | 本州 | Honshu
Shikoku | 四国 | Shikoku
Fukushima | 福岛县;福岛 | Fukushima
Sendai | 仙台 | Sendai
Busan | 釜山 | Busan
Incheon | 仁川 | Incheon
Daegu | 大邱 | Daegu
Gwangju | 光州 | Gwangju
Jeju | 济州岛;济州 | Jeju
New Taipei | 新北市;新北 | Neu-Taipeh
Taoyuan | 桃园市;桃园 | Taoyuan
Taichung | 台中市;台中 | Taichung
Tainan | 台南市;台南 | Tainan
Kaohsiung | 高雄市;高雄 | Kaohsiung
Keelung | 基隆市;基隆 | Keelung
Hsinchu | 新竹市;新竹县;新竹 | Hsinchu
Miaoli | 苗栗县;苗栗 | Miaoli
Changhua | 彰化县;彰化 | Changhua
Nantou | 南投县;南投 | Nantou
Yunlin | 云林县;云林 | Yunlin
Chiayi | 嘉义市;嘉义县;嘉义 | Chiayi
Pingtung | 屏东县;屏东 | Pingtung
Yilan | 宜兰县;宜兰 | Yilan
Hualien | 花莲县;花莲 | Hualien
Taitung | 台东县;台东 | Taitung
Penghu | 澎湖县;澎湖 | Penghu
Kinmen | 金门县;金门 | Kinmen
Matsu | 马祖 | Matsu
Orchid Island | 兰屿 | Orchideeninsel
Hengchun Peninsula | 恒春半岛 | Hengchun-Halbinsel
Kowloon | 九龙 | Kowloon
Sicily | 西西里岛;西西里 | Sizilien
Sardinia | 撒丁岛 | Sardinien
Corsica | 科西嘉岛 | Korsika
Crete | 克里特岛 | Kreta
Mallorca;Majorca | 马略卡岛 | Mallorca
Canary Islands | 加那利群岛 | Kanarische Inseln;Kanaren
Lombardy | 伦巴第 | Lombardei
Tuscany | 托斯卡纳 | Toskana
Catalonia | 加泰罗尼亚 | Katalonien
Andalusia | 安达卢西亚 | Andalusien
Basque Country | 巴斯克地区 | Baskenland
Normandy | 诺曼底 | Normandie
Brittany | 布列塔尼 | Bretagne
Provence | 普罗旺斯 | Provence
Alsace | 阿尔萨斯 | Elsass
Flanders | 佛兰德 | Flandern
Wallonia | 瓦隆 | Wallonien
Midwest | 美国中西部;中西部 | Mittlerer Westen
Bali | 巴厘岛 | Bali
Sumatra | 苏门答腊岛;苏门答腊 | Sumatra
Java | 爪哇岛;爪哇 | Java
Sulawesi | 苏拉威西岛;苏拉威西 | Sulawesi
Borneo | 婆罗洲 | Borneo
Luzon | 吕宋岛;吕宋 | Luzon
Mindanao | 棉兰老岛 | Mindanao
Makassar | 望加锡 | Makassar
Kumamoto | 熊本县;熊本 | Kumamoto
"""

ORGANISATIONS = """
Christian Democratic Union;CDU | 基民盟;德国基督教民主联盟 | CDU;Christlich Demokratische Union
Christian Social Union;CSU | 基社盟 | CSU;Christlich-Soziale Union
Social Democratic Party of Germany;SPD | 社民党;德国社会民主党 | SPD;Sozialdemokratische Partei Deutschlands
Free Democratic Party;FDP | 德国自由民主党 | FDP;Freie Demokratische Partei
Greens;Alliance 90/The Greens | 绿党 | Grüne;Grünen;Bündnis 90/Die Grünen
The Left;Die Linke | 左翼党 | Die Linke;Linke;Linkspartei
Alternative for Germany;AfD | 德国选择党 | AfD;Alternative für Deutschland
Sahra Wagenknecht Alliance;BSW | 莎拉·瓦根克内希特联盟 | BSW;Bündnis Sahra Wagenknecht
Free Voters | 自由选民党 | Freie Wähler
Bundesrat | 德国联邦参议院;联邦参议院 | Bundesrat
Federal Constitutional Court | 德国联邦宪法法院;联邦宪法法院 | Bundesverfassungsgericht
Federal Court of Justice | 德国联邦最高法院 | Bundesgerichtshof;BGH
Bundeswehr | 德国联邦国防军;联邦国防军 | Bundeswehr
Bundesbank | 德国央行;德国联邦银行 | Bundesbank;Deutsche Bundesbank
Federal Employment Agency | 德国联邦劳工局 | Bundesagentur für Arbeit
Federal Statistical Office;Destatis | 德国联邦统计局 | Statistisches Bundesamt;Destatis
German Weather Service;DWD | 德国气象局 | Deutscher Wetterdienst;DWD
Federal Agency for Technical Relief;THW | 德国联邦技术救援署 | Technisches Hilfswerk;THW
German Trade Union Confederation;DGB | 德国工会联合会 | Deutscher Gewerkschaftsbund;DGB
IG Metall | 德国金属工业工会 | IG Metall
Verdi;ver.di | 服务业联合工会 | Verdi
German Red Cross;DRK | 德国红十字会 | Deutsches Rotes Kreuz;DRK
Red Cross | 红十字会;红十字 | Rotes Kreuz
European Central Bank;ECB | 欧洲央行;欧洲中央银行 | Europäische Zentralbank;EZB
European Parliament | 欧洲议会 | Europäisches Parlament;EU-Parlament
European Council | 欧洲理事会 | Europäischer Rat
Council of Europe | 欧洲委员会 | Europarat
European Court of Justice | 欧洲法院 | Europäischer Gerichtshof;EuGH
OSCE | 欧安组织 | OSZE
OPEC | 石油输出国组织;欧佩克 | Opec
World Trade Organization;WTO | 世界贸易组织;世贸组织 | Welthandelsorganisation;WTO
UNESCO | 联合国教科文组织 | Unesco
UNICEF | 联合国儿童基金会 | Unicef
UNHCR | 联合国难民署 | UNHCR
World Meteorological Organization;WMO | 世界气象组织 | Weltorganisation für Meteorologie
Federal Reserve;Fed | 美联储 | US-Notenbank;Federal Reserve;Fed
FBI;Federal Bureau of Investigation | 联邦调查局 | FBI
CIA;Central Intelligence Agency | 中央情报局 | CIA
NASA | 美国国家航空航天局 | Nasa
Securities and Exchange Commission;SEC | 美国证券交易委员会 | US-Börsenaufsicht;SEC
Federal Emergency Management Agency;FEMA | 美国联邦紧急事务管理局 | Fema
National Weather Service | 美国国家气象局 | Nationaler Wetterdienst
State Department;U.S. State Department | 美国国务院 | US-Außenministerium
dpa;Deutsche Presse-Agentur | 德新社 | dpa;Deutsche Presse-Agentur
Bloomberg | 彭博社 | Bloomberg
ARD | 德国电视一台 | ARD
ZDF | 德国电视二台 | ZDF
Volkswagen;VW | 大众汽车;大众 | Volkswagen;VW
BMW | 宝马 | BMW
Mercedes-Benz | 梅赛德斯-奔驰;奔驰 | Mercedes-Benz;Mercedes
Siemens | 西门子 | Siemens
Bosch | 博世 | Bosch
BASF | 巴斯夫 | BASF
Deutsche Bank | 德意志银行 | Deutsche Bank
Deutsche Bahn | 德国铁路;德铁 | Deutsche Bahn
Lufthansa | 汉莎航空;汉莎 | Lufthansa
SAP | 思爱普 | SAP
Apple | 苹果公司 | Apple
Google | 谷歌 | Google
Microsoft | 微软 | Microsoft
Tesla | 特斯拉 | Tesla
Nvidia | 英伟达 | Nvidia
Samsung | 三星 | Samsung
Huawei | 华为 | Huawei
TSMC | 台积电 | TSMC
Toyota | 丰田 | Toyota
Sony | 索尼 | Sony
Alibaba | 阿里巴巴 | Alibaba
Tencent | 腾讯 | Tencent
BYD | 比亚迪 | BYD
Boeing | 波音 | Boeing
Airbus | 空客;空中客车 | Airbus
OpenAI | 开放人工智能研究中心 | OpenAI
Greenpeace | 绿色和平 | Greenpeace
Meta;Facebook | 脸书 | Meta;Facebook
ASEAN | 东盟;东南亚国家联盟 | Asean
Nasdaq | 纳斯达克 | Nasdaq
New York Stock Exchange;NYSE | 纽约证券交易所;纽交所 | New Yorker Börse;NYSE
American Red Cross | 美国红十字会 | Amerikanisches Rotes Kreuz
Amnesty International | 国际特赦组织 | Amnesty International
Hamas | 哈马斯 | Hamas
Hezbollah | 真主党 | Hisbollah
Taliban | 塔利班 | Taliban
Executive Yuan | 行政院 | Exekutiv-Yuan
Legislative Yuan | 立法院 | Legislativ-Yuan
Judicial Yuan | 司法院 | Justiz-Yuan
Control Yuan | 监察院 | Kontroll-Yuan
Examination Yuan | 考试院 | Prüfungs-Yuan
Presidential Office (Taiwan) | 总统府 | Präsidialamt Taiwan
Ministry of Health and Welfare (Taiwan) | 卫生福利部;卫福部 | Gesundheitsministerium Taiwan
Mainland Affairs Council | 大陆委员会;陆委会 | Festlandsrat
Financial Supervisory Commission (Taiwan) | 金融监督管理委员会;金管会 | Finanzaufsicht Taiwan
National Development Council (Taiwan) | 国家发展委员会;国发会 | Nationaler Entwicklungsrat Taiwan
Central Election Commission (Taiwan) | 中央选举委员会;中选会 | Zentrale Wahlkommission Taiwan
Central Weather Administration | 中央气象署;气象署 | Zentrales Wetteramt Taiwan
Legislative Council (Hong Kong);LegCo | 立法会 | Legislativrat Hongkong
Hong Kong SAR Government;HKSAR Government | 香港特区政府;特区政府 | Hongkonger Regierung
Democratic Alliance for the Betterment and Progress of Hong Kong;DAB | 民建联 | DAB
Business and Professionals Alliance for Hong Kong;BPA | 经民联 | BPA
Hong Kong Monetary Authority;HKMA | 金融管理局;金管局 | Hongkonger Währungsbehörde
Kuomintang;KMT | 国民党;中国国民党 | Kuomintang;KMT
Democratic Progressive Party;DPP | 民进党;民主进步党 | DPP;Demokratische Fortschrittspartei
Taiwan People's Party;TPP | 民众党;台湾民众党 | Taiwanische Volkspartei
Taipower | 台电;台湾电力公司;台电公司 | Taipower
Liberal Democratic Party (Japan);LDP | 自民党;自由民主党 | LDP;Liberaldemokratische Partei
Komeito | 公明党 | Komeito
Constitutional Democratic Party of Japan;CDP | 立宪民主党 | Konstitutionell-Demokratische Partei
Nippon Ishin no Kai | 日本维新会 | Nippon Ishin no Kai
Democratic Party for the People | 国民民主党 | Demokratische Volkspartei
House of Representatives (Japan) | 日本众议院;众议院 | Japanisches Unterhaus
House of Councillors | 日本参议院;参议院 | Japanisches Oberhaus
State Council (China) | 国务院;中国国务院 | Staatsrat
National People's Congress;NPC | 全国人民代表大会;全国人大;人大 | Nationaler Volkskongress
People's Liberation Army;PLA | 中国人民解放军;解放军 | Volksbefreiungsarmee
"""

AMBIGUOUS_PLACES = """
Essen Halle Hof Oder Main Regen Seine Worms Siegen Zug Franken Reading Bath Nice Mobile Split Sofia Santiago
Florence Lincoln Austin Phoenix Orlando Aurora Eugene Marion Mitte Wels Steyr Chester Cork Lodz
"""
