"""extract.attribution: agencies and repost credits; analyze.claims: whom each figure and quote is attributed to."""

from __future__ import annotations

import pytest

from storyline.analyze.claims import extract_claims, extract_quotes
from storyline.extract.attribution import canonical_name, find_attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("据美联社报道，当地时间周一发生地震。法新社称，伤亡不详。", ["AP", "AFP"]),
        ("據路透社報導，日本共同社消息指出，韓聯社也有報導。", ["Reuters", "Kyodo", "Yonhap"]),
        ("据塔斯社消息，新华社记者从现场发回报道。中央社也报道了此事。", ["TASS", "Xinhua", "CNA"]),
        ("港口恢复运行。（法新社、路透社等）", ["AFP", "Reuters"]),
        ("BERLIN (dpa) - Neue Regeln geplant. Mit Material von AFP und KNA.", ["dpa", "AFP", "KNA"]),
        ("The minister told Reuters on Monday, the Associated Press reported.", ["Reuters", "AP"]),
        ("PARIS (AFP) — Talks resumed, according to Agence France-Presse.", ["AFP"]),
        ("Der Bericht des epd stützt sich auf Angaben der Kirche.", ["epd"]),
    ],
)
def test_agencies(text: str, expected: list[str]) -> None:
    assert find_attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("来源：东海日报　作者：李明", ["东海日报"]),
        ("本文转自海风周刊的公众号，略有删节。", ["海风周刊"]),
        ("转载自 www.example.com/news/1", ["example.com"]),
        ("來源：中央社", ["CNA"]),
        ("Quelle: Neustädter Anzeiger", ["Neustädter Anzeiger"]),
        ("Source: The North Sea Herald", ["The North Sea Herald"]),
        ("Reposted from Harbour Weekly with permission.", ["Harbour Weekly"]),
        ("Quelle: Reuters/AP", ["Reuters", "AP"]),
    ],
)
def test_repost_credits(text: str, expected: list[str]) -> None:
    assert find_attributions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "中央社会工作部召开会议，共同社会责任成为讨论重点。",  # 中央社会 / 共同社会 are not agencies
        "Sources said the plan would be delayed.",  # no colon: not a credit
        "The APR rate rose; trade tensions eased.",
        "来自北京的代表团抵达会场。",
        "来源：网络",
        "Source: company filings and regional statistics",
    ],
)
def test_no_false_credits(text: str) -> None:
    assert find_attributions(text) == []


def test_deduplicated_in_order_of_first_mention() -> None:
    text = "路透社报道称……美联社称……据路透社消息……（美联社、路透社）"
    assert find_attributions(text, "zh-Hans") == ["Reuters", "AP"]


def test_canonical_name() -> None:
    assert canonical_name("法新社") == "AFP"
    assert canonical_name(" Reuters ") == "Reuters"
    assert canonical_name("https://www.example.org/a/1") == "example.org"
    assert canonical_name("《海风周刊》") == "海风周刊"


# ---------------------------------------------------------------- whom a figure or quote is attributed to
# (analyze.claims: sources_zh, sources_latin, citations, context)


def _by(text: str, language: str) -> list[tuple[float, str | None]]:
    return [(c.value, c.attributed_to) for c in extract_claims(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # time words after the authority are not part of its name
        ("据萨伦民防局17日晚间通报，地震已造成26人死亡。", "zh-Hans", [(26.0, "萨伦民防局")]),
        # 估计 is a reporting verb; a title before a name leaves the name
        ("凯程证券分析师吴冠廷估计，此次火灾损失约1.5亿美元。", "zh-Hans", [(150_000_000.0, "吴冠廷")]),
        # X根据Y估计: X estimates; "X通报的数字": the authority of one clause
        ("救援人员根据现场测量估计，溃口宽约80米，而官方通报的数字为60米。", "zh-Hans",
         [(80.0, "救援人员"), (60.0, "官方")]),
        ("萨伦民防局此前公布的死亡人数为23人。", "zh-Hans", [(23.0, "萨伦民防局")]),
        # Hong Kong style: X指，
        ("北原省氣象台指，臨川平均雨量達310毫米。", "zh-Hant", [(310.0, "北原省氣象台")]),
        ("北原省气象台数据显示，临川平均降雨量达到310毫米。", "zh-Hans", [(310.0, "北原省气象台")]),
        # an agency citing an authority: the authority
        ("官方媒體華聯社引述嵐江省應急管理廳通報，已有12人罹難。", "zh-Hant", [(12.0, "嵐江省應急管理廳")]),
        # a clause that leaves out its subject takes the previous clause's
        ("外交部18日以从事间谍活动为由，宣布驱逐4名外交官。", "zh-Hans", [(4.0, "外交部")]),
        # a dateline is not part of the name
        ("华联社临川3月12日电（记者赵岩）临川市消防支队公布的数字显示，已转移群众8600人。", "zh-Hans",
         [(8600.0, "临川市消防支队")]),
        ("52 ships were waiting at anchor, the port authority said.", "en", [(52.0, "port authority")]),
        ("With all votes counted, the party had 31.2% of the vote, the national election commission said.", "en",
         [(31.2, "national election commission")]),
        # an according-to phrase closing its clause, then a relative clause about the source
        ("Seven workers were hurt, according to the city fire department, which sent 42 engines.", "en",
         [(7.0, "city fire department"), (42.0, "city fire department")]),
        ("More than 1,800 rescuers took part in the search, according to the official news agency.", "en",
         [(1800.0, "official news agency")]),
        # "put the number of X at N", and a second clause that leaves out the verb
        ("The union put the number of strikers at 6,000, the port authority at 3,400.", "en",
         [(6000.0, "union"), (3400.0, "port authority")]),
        # an appositive name; "the company would" begins what was said
        ("Jinghui’s chairman, Lin Yi-heng, said the company would need about four weeks.", "en",
         [(4.0, "Lin Yi-heng")]),
        ("People familiar with the deal said it was worth €70m.", "en", [(70e6, "People familiar with the deal")]),
        ("Analysts put the damage at as much as $200m.", "en", [(200e6, "Analysts")]),
        ("Die Behörden der Provinz sprechen bislang von zwölf Toten und 31 Vermissten.", "de",
         [(12.0, "Behörden der Provinz"), (31.0, "Behörden der Provinz")]),
        ("Rund 12.000 Menschen wurden laut Provinzregierung in Sicherheit gebracht.", "de",
         [(12000.0, "Provinzregierung")]),
        ("Die Hafenbehörde hatte am Vortag noch von 35 wartenden Schiffen gesprochen.", "de", [(35.0, "Hafenbehörde")]),
        ("Vor dem Hafen lagen 41 Containerschiffe, wie Daten des Ortungsdienstes SeaTrace zeigen.", "de",
         [(41.0, "Ortungsdienstes SeaTrace")]),
        ("Das Institut gab die Stärke mit 6,4 an.", "de", [(6.4, "Institut")]),
        ("Nach Schätzungen der örtlichen Polizei kamen rund 5.000 Menschen.", "de", [(5000.0, "örtlichen Polizei")]),
        ("Die Gewerkschaft spricht von 6.000 Streikenden, die Hafenbehörde von 3.400.", "de",
         [(6000.0, "Gewerkschaft"), (3400.0, "Hafenbehörde")]),
        ("Die Zahl der Todesopfer ist nach Angaben von Rettungskräften auf mindestens 27 gestiegen.", "de",
         [(27.0, "Rettungskräften")]),
        # a closing "X said" followed by the circumstances; "Officials in X" keeps its place
        ("The storm killed at least 31 people, the disaster agency said on Thursday, as rescuers searched villages.",
         "en", [(31.0, "disaster agency")]),
        ("Local officials in Cagayan province put the number of damaged homes at about 4,000.", "en",
         [(4000.0, "Local officials in Cagayan province")]),
        ("The union said 600 of the jobs were at the Aberdeen site.", "en", [(600.0, "union")]),
        # a time phrase between the subject and its verb; "nach eigenen Angaben" is the subject's own
        ("23 Fahrgäste wurden verletzt, wie ein Polizeisprecher am Abend mitteilte.", "de",
         [(23.0, "Polizeisprecher")]),
        ("Die Feuerwehr war nach eigenen Angaben mit rund 150 Einsatzkräften vor Ort.", "de", [(150.0, "Feuerwehr")]),
        ("Die Quote blieb nach Eurostat-Angaben bei 6,5 Prozent, nach Polizeiangaben kamen 300 Menschen.", "de",
         [(6.5, "Eurostat"), (300.0, "Polizei")]),
        ("Ökonomen hatten im Schnitt mit 2,5 Prozent gerechnet.", "de", [(2.5, "Ökonomen")]),
        ("他预估，全年出口金额可望突破5000亿美元。", "zh-Hans", [(5e11, None)]),
        ("中国地震台网正式测定：泸定县发生5.8级地震，震源深度12千米。", "zh-Hans",
         [(5.8, "中国地震台网"), (12.0, "中国地震台网")]),
        ("The outbreak has killed 1,210 people, the World Health Organization said, warning that cases could double.",
         "en", [(1210.0, "World Health Organization")]),
        ("Tens of thousands marched, with the interior ministry putting turnout at 85,000 nationwide.", "en",
         [(85000.0, "interior ministry")]),
        ("Organisers counted 150,000 demonstrators, while police put the figure at 18,000.", "en",
         [(150000.0, "Organisers"), (18000.0, "police")]),
        ("Die Bahn rechnet mit Ausfällen: Im Fernverkehr sollen nur etwa 20 Prozent der Züge fahren.", "de",
         [(20.0, "Bahn")]),
        ("Nach Unternehmensangaben sind täglich rund fünf Millionen Fahrgäste betroffen.", "de",
         [(5e6, "Unternehmens")]),
        ("Floods killed at least 64 people and displaced some 40,000 more, officials say, with the toll rising.", "en",
         [(64.0, "officials"), (40000.0, "officials")]),
        ("Inflation rose to 6.8% in July, the statistics office said, well above the goal.", "en",
         [(6.8, "statistics office")]),
        ("Nach Angaben des Bundesamts für Migration und Flüchtlinge (BAMF) wurden 121.416 Anträge gestellt.", "de",
         [(121416.0, "Bundesamts für Migration und Flüchtlinge (BAMF)")]),
        # a quoted name after the verb is not the quotation the verb introduces
        ("首席预报员李强说，“海葵”登陆时部分地区累计雨量超过300毫米。", "zh-Hans", [(300.0, "李强")]),
        ("內政部消防署統計，截至今日下午5時，共有3人死亡。", "zh-Hant", [(3.0, "內政部消防署")]),
        ("農委會初估農業損失達新台幣4.3億元。", "zh-Hant", [(4.3e8, "農委會")]),
        ("The EPA had estimated that the rule would prevent up to 11,000 premature deaths a year.", "en",
         [(11000.0, "EPA")]),
        ("Police arrested two engineers, a district police chief said.", "en", [(2.0, "district police chief")]),
        ("About 600 workers were inside when it collapsed, according to survivors.", "en", [(600.0, "survivors")]),
        ("Nach dem vorläufigen amtlichen Endergebnis kam die Partei auf 31,9 Prozent.", "de", [(31.9, "Endergebnis")]),
        ("业内人士预计，全年旅客运输量有望突破7亿人次。", "zh-Hans", [(7e8, "业内人士")]),
        # "公司预计" inside what someone says is not a source of its own
        ("林以恒表示，公司预计需要约四周恢复产能。", "zh-Hans", [(4.0, "林以恒")]),
        ("市議員林秀美質疑，該業者過去3年曾被檢舉4次。", "zh-Hant", [(4.0, "林秀美")]),
        ("A report by the UN Environment Programme last year found the world is on course for 2.9C.", "en",
         [(2.9, "UN Environment Programme")]),
        ("Scientists estimate that humans have warmed the planet by about 1.3C.", "en", [(1.3, "Scientists")]),
        ("本报北京3月12日讯（记者陈静）最高人民法院工作报告显示，全国法院共受理案件4600余万件。", "zh-Hans",
         [(4.6e7, "最高人民法院")]),
        # an estimate needs someone who estimates: 农业损失初估达… is no source
        ("經濟部指出，農業損失初估達新台幣2.1億元。", "zh-Hant", [(2.1e8, "經濟部")]),
        ("Insurers could face claims of up to $20 billion, according to analysts at JPMorgan.", "en",
         [(20e9, "analysts at JPMorgan")]),
        ("An Bord sollen sich nach Aussagen von Überlebenden bis zu 80 Menschen befunden haben.", "de",
         [(80.0, "Überlebenden")]),
        ("民建聯立法會議員表示，首季經濟增長僅3.1%。", "zh-Hant", [(3.1, "民建聯立法會議員")]),
        ("法人分析，先進製程占營收比重已達67%。外資圈普遍預估，每股純益有望突破40元。", "zh-Hant",
         [(67.0, "法人"), (40.0, "外資圈")]),
    ],
)
def test_figures_are_attributed_to_their_authority(
    text: str, language: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _by(text, language) == expected


def test_pronouns_are_the_last_person_named_in_the_paragraph() -> None:
    zh = "晶辉董事长林以恒8日在现场表示，设备受损。他说，公司需要约四周恢复产能。"
    assert _by(zh, "zh-Hans") == [(4.0, "林以恒")]
    other_paragraph = "晶辉董事长林以恒8日在现场表示，设备受损。\n\n他说，公司需要约四周恢复产能。"
    assert _by(other_paragraph, "zh-Hans") == [(4.0, "林以恒")]  # a paragraph opening with 他说 goes on
    assert _by("Mayor Ana Ruiz visited the site.\n\nShe said 300 homes had been damaged.", "en") == [
        (300.0, "Ana Ruiz")]
    later = "晶辉董事长林以恒表示，设备受损。\n\n工厂停工。他说，公司需要约四周恢复产能。"
    assert _by(later, "zh-Hans") == [(4.0, None)]  # not once the paragraph has moved on
    assert _by("晶輝董事長林以恆趕赴現場了解狀況。他表示，預計約四週可恢復部分產能。", "zh-Hant") == [(4.0, "林以恆")]
    [quote] = extract_quotes(
        'Prime Minister Helene Marchetti declared an emergency. "Our priority is every person still trapped," '
        "she said.", "en")
    assert quote.speaker == "Helene Marchetti"
    [quote] = extract_quotes("Regierungschefin Hélène Marchetti verhängte den Notstand. „Unsere Priorität ist jetzt "
                             "jeder Mensch, der noch eingeschlossen ist“, sagte sie.", "de")
    assert quote.speaker == "Hélène Marchetti"
    [quote] = extract_quotes('"Our priority is every person still trapped," she said.', "en")
    assert quote.speaker is None  # nobody named before: left unresolved
    [quote] = extract_quotes('The ministry met on Monday. "We will act," they said.', "en")
    assert quote.speaker is None  # plural


def test_anaphors_are_the_source_named_before() -> None:
    zh = "诺瓦尼亚药品管理局13日宣布，批准该疫苗上市。\n\n据该局介绍，疫苗的保护效力为83.6%。"
    assert _by(zh, "zh-Hans") == [(83.6, "诺瓦尼亚药品管理局")]
    en = "The Norvanian Medicines Agency said it approved the vaccine. It was 83.6% effective, the agency said."
    assert _by(en, "en") == [(83.6, "Norvanian Medicines Agency")]
    who = "The outbreak is spreading, the World Health Organization said. The agency said 37,800 cases were recorded."
    assert _by(who, "en") == [(37800.0, "World Health Organization")]


def test_local_and_company_anaphors() -> None:
    zh = "岚江省青溪县水库溃决。\n\n全县已转移约1.5万人，多于省里公布的1.2万人。"
    assert _by(zh, "zh-Hans") == [(15000.0, None), (12000.0, "岚江省")]
    de = ("Die Behörde hat den Impfstoff des Herstellers Veridane Biologics zugelassen. Er verhinderte nach Angaben "
          "des Herstellers 83,6 Prozent der Erkrankungen.")
    assert _by(de, "de") == [(83.6, "Veridane Biologics")]
    assert _by("Nach Angaben des Herstellers sank der Absatz um 5 Prozent.", "de") == [(5.0, "Herstellers")]


def test_a_report_cited_before() -> None:
    zh = "最高人民法院工作报告显示，结案率达91.3%。\n\n报告指出，全年共审结案件110万件。其中，诈骗案件4万件。"
    assert _by(zh, "zh-Hans") == [(91.3, "最高人民法院"), (1.1e6, "最高人民法院"), (40000.0, "最高人民法院")]


def test_only_explicit_cues_carry_a_source_to_the_next_sentence() -> None:
    """German reported speech goes on in the subjunctive; a Chinese "其中" sentence is part of the figure
    before. A sentence with no source of its own and no such cue stays the outlet's own statement, also
    after a paragraph opened by "据X介绍"."""
    zh = "据岚江省水利厅介绍，水库建成于1976年。此次溃决的溃口宽约60米。"
    assert _by(zh, "zh-Hans") == [(60.0, None)]
    assert _by("据岚江省水利厅介绍，水库共转移群众1200人。其中，老人300人。", "zh-Hans") == [
        (1200.0, "岚江省水利厅"), (300.0, "岚江省水利厅")]
    assert _by("据岚江省水利厅介绍，水库建成于1976年。\n\n此次溃决的溃口宽约60米。", "zh-Hans") == [(60.0, None)]
    assert _by("According to the ministry, the dam is old. The breach is about 60 metres wide.", "en") == [
        (60.0, None)]
    de = "„Wir suchen jedes Haus ab“, sagte ein Helfer der Gruppe. Seine Gruppe habe neun Leichen geborgen."
    assert _by(de, "de") == [(9.0, "Helfer der Gruppe")]
    indicative = "„Wir suchen jedes Haus ab“, sagte ein Helfer der Gruppe. Die Gruppe hat neun Leichen geborgen."
    assert _by(indicative, "de") == [(9.0, None)]


def test_a_sentence_naming_the_source_of_the_one_before() -> None:
    de = "Die Inflation ist im März auf 2,4 Prozent gesunken. Das teilte die Statistikbehörde Eurostat mit."
    assert _by(de, "de") == [(2.4, "Statistikbehörde Eurostat")]
    en = "Inflation fell to 2.4% in March. That is according to the statistics office."
    assert _by(en, "en") == [(2.4, "statistics office")]
    # only the sentence right before, in the same paragraph, and only figures with no source of their own
    far = "Die Inflation ist auf 2,4 Prozent gesunken. Sie lag bei 2,6 Prozent.\n\nDas teilte Eurostat mit."
    assert _by(far, "de") == [(2.4, None), (2.6, None)]
    own = "Die Polizei zählte 300 Menschen. Das bestätigte auch die Stadt."
    assert _by(own, "de") == [(300.0, "Polizei")]


def test_quotes_after_titles_appositives_and_coordination() -> None:
    [quote] = extract_quotes('"The data are robust," said the agency’s director, Olav Ström.', "en")
    assert quote.speaker == "Olav Ström"
    [quote] = extract_quotes('Chief executive Anton Brekke called the strike "disproportionate" and said the offer '
                             'was "the best the port can afford without raising fees".', "en")
    assert quote.speaker == "Anton Brekke"
    [quote] = extract_quotes("Eine Privatisierung werde es „nur über unsere Streikposten hinweg“ geben, sagte "
                             "Gewerkschaftschefin Ingrid Solberg.", "de")
    assert quote.speaker == "Ingrid Solberg"
    [quote] = extract_quotes("克拉尔在俱乐部发布的视频中说：“来德国踢球一直是我的梦想。”", "zh-Hans")
    assert quote.speaker == "克拉尔"
    [quote] = extract_quotes("體育總監阿爾布雷希特形容他是「球隊一直在找的球員類型」。", "zh-Hant")
    assert quote.speaker == "阿爾布雷希特"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source in the next sentence, or one the connective stands for
        ("Bei dem Brand wurden 12 Menschen verletzt. Dies berichtete die Feuerwehr.", [(12.0, "Feuerwehr")]),
        ("Die Quote stieg auf 6,1 Prozent. Das geht aus Daten der Bundesagentur für Arbeit hervor.",
         [(6.1, "Bundesagentur für Arbeit")]),
        ("Wie aus dem Bericht des Umweltbundesamtes hervorgeht, stiegen die Emissionen um 3 Prozent.",
         [(3.0, "Umweltbundesamtes")]),
        ("Die Polizei war mit 200 Beamten im Einsatz. Nach ihren Angaben wurden 30 Menschen festgenommen.",
         [(200.0, None), (30.0, "Polizei")]),
        ("Das Ministerium legte einen Bericht vor. Demnach fehlen 8000 Pflegekräfte.", [(8000.0, "Ministerium")]),
        ("Die Behörde nannte am Montag neue Zahlen. Ihren Angaben zufolge starben 12 Menschen.", [(12.0, "Behörde")]),
        ("Innenminister Karl Meier äußerte sich am Abend. Nach seinen Worten wurden 60 Beamte verletzt.",
         [(60.0, "Karl Meier")]),
        ("Die Preise stiegen im März um 2,4 Prozent, teilte das Statistische Bundesamt mit.",
         [(2.4, "Statistische Bundesamt")]),
        # no one named before: nobody, not a word of the sentence
        ("Nach ihren Angaben wurden 30 Menschen festgenommen.", [(30.0, None)]),
        ("In Köln regnete es. Demnach fehlen 8000 Pflegekräfte.", [(8000.0, None)]),
        # the counted thing is not a source
        ("Am Dienstag wurden in Köln 45 Fälle gemeldet.", [(45.0, None)]),
        ("Der Schaden wird auf 2 Millionen Euro geschätzt, sagte ein Polizeisprecher.",
         [(2_000_000.0, "Polizeisprecher")]),
    ],
)
def test_german_sources_before_and_counted_things(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _by(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The ship's manifest listed 97 crew members.", "en", [(97.0, "ship's manifest")]),
        ("A report released by Amnesty International on Tuesday documented 140 executions.", "en",
         [(140.0, "Amnesty International")]),
        ("The city recorded 35 murders last year.", "en", [(35.0, None)]),
        ("The blast injured 17 workers, according to the company.", "en", [(17.0, "company")]),
        ("In 2022, 45 journalists were killed, according to the Committee to Protect Journalists.", "en",
         [(45.0, "Committee to Protect Journalists")]),
        ("Doctors at the hospital said 14 of the injured were in critical condition.", "en",
         [(14.0, "Doctors at the hospital")]),
        ("Hospitals in the capital admitted 410 patients over the weekend.", "en", [(410.0, None)]),
        ("Insgesamt wurden 70 Wohnungen durchsucht, sagte Oberstaatsanwalt Peter Braun.", "de",
         [(70.0, "Peter Braun")]),
        ("Der Umsatz stieg um 12 Prozent. Das gab der Konzern am Donnerstag bekannt.", "de", [(12.0, "Konzern")]),
        ("Die Polizei kontrollierte 500 Fahrzeuge. Dabei seien 30 Verstöße festgestellt worden, hieß es.", "de",
         [(500.0, None), (30.0, "Polizei")]),
        ("In Köln regnete es am Montag. Dabei seien 30 Keller vollgelaufen.", "de", [(30.0, None)]),
        ("王芳是一名医生。她表示，医院每天接诊300人。", "zh-Hans", [(300.0, "王芳")]),
        ("世界银行预计，全球经济增长2.6%。", "zh-Hans", [(2.6, "世界银行")]),
    ],
)
def test_documents_phrases_and_people_introduced(text: str, language: str,
                                                 expected: list[tuple[float, str | None]]) -> None:
    assert _by(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The report, compiled by UNICEF, estimated that 1.2 million children were out of school.", "en",
         [(1_200_000.0, "UNICEF")]),
        ("Shipments jumped 22% in April, data from the industry association showed.", "en",
         [(22.0, "industry association")]),
        ('"We are overwhelmed," the mayor said. "More than 300 homes are under water."', "en",
         [(300.0, "mayor")]),
        ('The storm hit at night. "More than 300 homes are under water."', "en", [(300.0, None)]),
        ("In München ging der Verkehr um 30 Prozent zurück. Das zeigen Daten des ADAC.", "de", [(30.0, "ADAC")]),
    ],
)
def test_documents_by_and_quotations_going_on(text: str, language: str,
                                              expected: list[tuple[float, str | None]]) -> None:
    assert _by(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject after the verb when an adverb or an object opens the sentence
        ("Zuletzt sprach die Regierung von 70 Toten.", [(70.0, "Regierung")]),
        ("Die Einnahmen beziffert das Finanzministerium auf 900 Millionen Euro.",
         [(900_000_000.0, "Finanzministerium")]),
        ("Der Konzern nannte einen Gewinn von 3 Milliarden Euro.", [(3_000_000_000.0, "Konzern")]),
        # findings with no one behind them name no source
        ("Laut ersten Erkenntnissen wurden 3 Menschen verletzt.", [(3.0, None)]),
        ("Vorläufigen Zahlen zufolge wurden 1.500 Menschen obdachlos.", [(1500.0, None)]),
        ("Im Januar wurden 50.000 Autos neu zugelassen, teilte das Kraftfahrt-Bundesamt in Flensburg mit.",
         [(50_000.0, "Kraftfahrt-Bundesamt")]),
    ],
)
def test_german_inverted_subjects_and_bare_findings(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _by(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Researchers found that 60% of the samples contained plastic.", [(60.0, "Researchers")]),
        ("The figures, published by the health ministry on Friday, show 900 new cases.",
         [(900.0, "health ministry")]),
        ("The company, which employs 2,000 people, said profits fell 5%.", [(2000.0, None), (5.0, "company")]),
    ],
)
def test_finders_documents_by_and_what_was_said(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _by(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("行政院發言人表示，今年經濟成長3%。他還表示，失業率為3.5%。", "zh-Hant",
         [(3.0, "行政院發言人"), (3.5, "行政院發言人")]),
        ("据初步统计，全省受灾人口达10万人。", "zh-Hans", [(100_000.0, None)]),
        ("北京市气象台发布预警称，降雨量将达100毫米。", "zh-Hans", [(100.0, "北京市气象台")]),
    ],
)
def test_chinese_titled_speakers_and_no_adverb_sources(text: str, language: str,
                                                       expected: list[tuple[float, str | None]]) -> None:
    assert _by(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The ministry said 80 schools were shut. It said 15,000 pupils were affected.", "en",
         [(80.0, "ministry"), (15_000.0, "ministry")]),
        ('"Nobody expected this," Lee said. Rescue teams found 9 bodies on Tuesday.', "en", [(9.0, None)]),
        ("Der Verein hat 500 Mitglieder. Demnach wächst er um 10 Prozent pro Jahr.", "de",
         [(500.0, None), (10.0, None)]),
    ],
)
def test_it_said_and_finding_things(text: str, language: str, expected: list[tuple[float, str | None]]) -> None:
    assert _by(text, language) == expected


def test_german_subject_before_the_verb_only() -> None:
    text = "Das Rote Kreuz schickte Helfer. Nach seinen Angaben sind 800 Menschen obdachlos."
    assert _by(text, "de") == [(800.0, "Rote Kreuz")]


@pytest.mark.parametrize(("text", "source"), [
    ("该局副局长周立新介绍，全县共有47座桥梁受损。", "周立新"),  # a titled person after an anaphor: the person
    ("另有目击者告诉记者，现场有近百名救援人员。", "目击者"),
    ("研究团队在论文中写道，该湖泊面积缩小了约37%。", "研究团队"),
])
def test_chinese_speakers_after_anaphors_and_existentials(text: str, source: str) -> None:
    [claim] = extract_claims(text, "zh-Hans")
    assert claim.attributed_to == source


def test_a_shrinking_area_is_the_subject_of_its_percentage() -> None:
    [claim] = extract_claims("该湖泊面积在过去三十年间缩小了约37%。", "zh-Hans")
    assert (claim.value, claim.subject, claim.qualifier) == (37.0, "面积", "approx")


@pytest.mark.parametrize("text", [
    "Nötig seien mindestens 80 Milliarden Euro, sagte ihr Vorstandschef Gerald Gaß.",
    "Nötig seien mindestens 80 Milliarden Euro, sagte dessen Vorstandschef Gerald Gaß.",
])
def test_a_speaker_after_a_possessive_is_named(text: str) -> None:
    [claim] = extract_claims(text, "de")
    assert claim.attributed_to == "Gerald Gaß"


def test_german_reported_speech_carries_its_source_on() -> None:
    demnach = ("Die Polizei nahm nach eigenen Angaben 23 Personen fest. Demnach wurden zwei Beamte leicht verletzt. "
               "Gegen 15 Personen werde ermittelt.")
    assert _by(demnach, "de") == [(23.0, "Polizei"), (2.0, "Polizei"), (15.0, "Polizei")]
    own_subject = ("Das Unternehmen will 1.500 Stellen streichen. Konzernchef Markus Weber begründete dies mit "
                   "den Umsätzen: Diese seien um 9 Prozent zurückgegangen.")
    assert _by(own_subject, "de") == [(1500.0, None), (9.0, "Markus Weber")]
    next_paragraph = "Das Bundesamt teilte mit, es gebe 400 neue Fälle.\n\nDemnach wurden 12 Kliniken überlastet."
    assert _by(next_paragraph, "de")[-1] == (12.0, "Bundesamt")


@pytest.mark.parametrize(("text", "source"), [
    ("Im Oktober wurden 4.100 Asylanträge gestellt. Das ergab eine Auswertung des Mediendienstes Integration.",
     "Mediendienstes Integration"),
    ("Im Oktober wurden 4.100 Asylanträge gestellt. Das sind 12 Prozent weniger, wie das Bundesamt mitteilte.",
     "Bundesamt"),  # the next sentence has a figure of its own and still names the source of both
])
def test_the_next_sentence_names_the_source(text: str, source: str) -> None:
    assert {c.attributed_to for c in extract_claims(text, "de")} == {source}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The company will invest $2.5 billion in a new plant, it said.", "en", [(2.5e9, "company")]),
    ("Die Ermittler gehen von mindestens 60 Opfern aus.", "de", [(60.0, "Ermittler")]),
    ("Die Polizei geht davon aus, dass 300 Menschen kamen.", "de", [(300.0, "Polizei")]),
    ("Nach Angaben der Polizei wurden 14 Menschen verletzt, zwei davon schwer.", "de",
     [(14.0, "Polizei"), (2.0, "Polizei")]),
    ("据介绍，该市空气质量优良天数比例为86.3%。", "zh-Hans", [(86.3, None)]),  # "according to the briefing": no one
])
def test_estimates_and_the_subject_of_it_said(text: str, language: str,
                                              expected: list[tuple[float, str | None]]) -> None:
    assert _by(text, language) == expected


def test_chinese_anaphors_followed_by_adverbs_and_places() -> None:
    text = "气象署表示，累积雨量可能超过600毫米。该署也提醒，沿海地区浪高可达7公尺。"
    assert _by(text, "zh-Hans") == [(600.0, "气象署"), (7.0, "气象署")]
    # no company named before: the company, as the text calls it
    assert _by("该公司在财报中称，第三季度营收同比增长8%。", "zh-Hans") == [(8.0, "该公司")]


@pytest.mark.parametrize(("text", "source"), [
    ("Rund 2.000 Menschen mussten ihre Häuser verlassen, so der Sprecher des Landkreises.", "Sprecher des Landkreises"),
    ("Bis zu 30 Zentimeter Neuschnee seien möglich, heißt es beim Deutschen Wetterdienst.", "Deutschen Wetterdienst"),
    ("Nach dpa-Informationen sollen 600 Soldaten entsandt werden.", "dpa"),
    ("Wie die „Frankfurter Allgemeine Zeitung“ berichtet, sollen 4.000 Stellen wegfallen.",
     "Frankfurter Allgemeine Zeitung"),  # a name in quotation marks is still a name
    ('The "Daily Courier" reported that 40 people died.', "Daily Courier"),
    ("Innenministerin Faeser sprach von 250 Festnahmen.", "Faeser"),  # "sprach von": a count, not a date
])
def test_german_sources_after_the_claim_and_quoted_names(text: str, source: str) -> None:
    [claim] = extract_claims(text, "en" if text.startswith("The") else "de")
    assert claim.attributed_to == source


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 40 people have died, the UN's humanitarian office said.", (40.0, "deaths", "UN's humanitarian office")),
    ("Per the latest estimate from the Coast Guard, 27 sailors remain missing.", (27.0, "missing", "Coast Guard")),
    ("In a report, Amnesty International documented 350 cases of torture.", (350.0, "cases", "Amnesty International")),
    ("The figure, which was confirmed by the Interior Ministry, includes 14 children.",
     (14.0, "children", "Interior Ministry")),
    ("Officials put the cost of the repairs at $80 million.", (8e7, "usd", "Officials")),
])
def test_english_cues_per_passive_by_and_recording_organisations(text: str, expected: tuple[float, str, str]) -> None:
    [claim] = extract_claims(text, "en")
    assert (claim.value, claim.unit, claim.attributed_to) == expected


@pytest.mark.parametrize(("follow", "source"), [
    ("Das hat das Statistische Bundesamt mitgeteilt.", "Statistische Bundesamt"),  # the subject after "hat"
    ("Das hat eine Umfrage des Instituts Forsa ergeben.", "Instituts Forsa"),
    ("Diese Zahlen veröffentlichte das Robert-Koch-Institut am Morgen.", "Robert-Koch-Institut"),
    ("Das haben Forscher der Universität Bonn herausgefunden.", "Forscher der Universität Bonn"),
    ("Dies geht aus einer Antwort der Bundesregierung auf eine Anfrage der Linken hervor.", "Bundesregierung"),
])
def test_german_sentences_naming_the_source_of_the_one_before(follow: str, source: str) -> None:
    assert _by("Im Oktober wurden 4.100 Anträge gestellt. " + follow, "de") == [(4100.0, source)]


def test_chinese_speakers_named_like_places_and_quoted_as_said() -> None:
    # 建国 ends like a country, but 王 is a surname: a person, whom the pronoun stands for
    quotes = extract_quotes("王建国说，“这是三十年来最大的一次洪水”。他补充道：“所有人都没有想到。”", "zh-Hans")
    assert [q.speaker for q in quotes] == ["王建国", "王建国"]
    [quote] = extract_quotes("正如联合国秘书长古特雷斯所说，“气候危机已经到来”。", "zh-Hans")
    assert quote.speaker == "古特雷斯"


@pytest.mark.parametrize(("text", "speaker"), [
    ("“太可怕了，”一位姓刘的村民回忆说，“房子一下子就被冲走了。”", "村民"),  # 回忆说: the villager remembers
    ("俄罗斯总统新闻秘书佩斯科夫对此回应称：“这是乌克兰方面的挑衅。”", "佩斯科夫"),  # titles one after another
    ("国防部发布新闻稿指出：“共机持续在台海周边活动，国军严密监控。”", "国防部"),
    ("这位不愿透露姓名的官员说：“谈判已经进入最后阶段。”", "官员"),
    ("“这个数字还会上升。”救援队队长赵刚对记者说。", "赵刚"),  # 队长 is a title
])
def test_chinese_quote_speakers_without_their_descriptions(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text, "zh-Hans")][-1] == speaker


@pytest.mark.parametrize(("text", "speakers"), [
    ("谈到未来计划，张伟表示，公司将继续扩大投资。“我们对中国市场充满信心。”", ["张伟"]),  # a quotation on its own
    ("李娜笑着说：“没想到能拿到冠军。”她的教练也表示：“她这一年进步很大。”", ["李娜", "教练"]),  # her coach
    ("“我们会在48小时内给出答复，”该部门负责人说，“请大家耐心等待。”", ["该部门负责人", "该部门负责人"]),
])
def test_chinese_quotes_on_their_own_and_speakers_named_through_someone_else(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(text, "zh-Hans")] == speakers


def test_a_quotation_alone_after_an_organisation_stays_unattributed() -> None:
    quotes = extract_quotes("公司表示，将继续扩大投资。“我们对中国市场充满信心。”", "zh-Hans")
    assert [q.speaker for q in quotes] == [None]  # only a person who spoke goes on speaking


@pytest.mark.parametrize(("text", "speaker"), [
    ("„Wir haben alles verloren“, sagt die 68-jährige Anwohnerin Maria Huber.", "Anwohnerin Maria Huber"),
    ("Der Bürgermeister wurde deutlich: „Ohne Hilfe vom Bund schaffen wir das nicht.“", "Bürgermeister"),
    ("„Solche Extremwetter werden zunehmen“, warnt Klimaforscher Stefan Rahmstorf.", "Klimaforscher Stefan Rahmstorf"),
    ("Feuerwehrchef Klaus Meier zeigte sich erleichtert. „Wir hatten großes Glück.“", "Klaus Meier"),
])
def test_german_quote_speakers_by_colon_present_tense_and_the_sentence_before(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text, "de")] == [speaker]


@pytest.mark.parametrize(("follow", "language", "source"), [
    ("Diese Zahl nannte das Ministerium am Montag.", "de", "Ministerium"),
    ("Die Zahlen stammen vom Statistischen Bundesamt.", "de", "Statistischen Bundesamt"),
    ("Die Angaben stammen von der Polizei.", "de", "Polizei"),
    ("Those figures were compiled by the ministry.", "en", "ministry"),
    ("The numbers come from the World Health Organization.", "en", "World Health Organization"),
])
def test_the_figures_before_and_where_they_come_from(follow: str, language: str, source: str) -> None:
    first = "Im Oktober wurden 4.100 Anträge gestellt. " if language == "de" else "Some 4,100 applications were filed. "
    assert [c.attributed_to for c in extract_claims(first + follow, language)] == [source]


@pytest.mark.parametrize(("text", "expected"), [
    ("美国国务院发言人米勒在记者会上说，美方“密切关注”局势发展。", [("密切关注", "米勒")]),  # a partial quote
    ("外交部称美方的做法“极其危险”。", [("极其危险", "外交部")]),
    ("他称这是“安全账户”，要求转账5万元。", []),  # a term in quotation marks, not his words
    ("代号“云雀”的行动已经开始。", []),  # a name
])
def test_short_chinese_quotes_of_words_said_but_not_terms(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(text, "zh-Hans")] == expected
