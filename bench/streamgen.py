"""A generated news stream in Chinese, English and German for the clustering scale benchmark.

Every simulated event has a kind (flood, strike, election, ...), a city, a district, a person,
an organisation and its figures. Its reports are written in Chinese, English or German from
sentence templates filled with those slots; every report of one kind draws on the same templates,
so reports of two floods in different cities overlap much more than a flood and an election —
harder than real news, where outlets do not share sentences across events. Some reports are
reposts or near-copies of an earlier report in the same language, some round or inflate the
figure. Every word is real (written here, no third-party article text), so sentence encoders see
language rather than noise: on the random-syllable stream multilingual-e5 rates any two texts as
near-identical.

Two events of the same kind in the same city are at least four days apart where the stream's
density allows it (the generator redraws the city).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

START = datetime(2025, 1, 1)
LANGUAGES = (("zh", 0.45), ("en", 0.35), ("de", 0.20))


@dataclass(frozen=True, slots=True)
class Art:
    id: int
    title: str
    text: str
    language: str
    published: datetime
    event: int


# kind: en noun, de (bare, nominative, dative), zh noun; figure in a headline and in a sentence
# ({n}), and one sentence of context, per language.
KINDS: list[dict[str, object]] = [
    {"en": "flood", "de": ("Hochwasser", "das Hochwasser", "dem Hochwasser"), "zh": "洪水",
     "fig": {"en": "{n} evacuated", "de": "{n} Menschen evakuiert", "zh": "{n}人被疏散"},
     "fig_s": {"en": "At least {n} people have been evacuated from their homes.",
               "de": "Mindestens {n} Menschen mussten ihre Häuser verlassen.",
               "zh": "至少{n}人已从家中撤离。"},
     "ctx": {"en": "The river rose by more than two metres overnight after days of heavy rain.",
             "de": "Der Fluss stieg nach tagelangem Regen über Nacht um mehr als zwei Meter.",
             "zh": "连日暴雨后，河水一夜之间上涨了两米多。"}},
    {"en": "earthquake", "de": ("Erdbeben", "das Erdbeben", "dem Erdbeben"), "zh": "地震",
     "fig": {"en": "{n} dead", "de": "{n} Tote", "zh": "{n}人死亡"},
     "fig_s": {"en": "The death toll has risen to {n}, rescuers said.",
               "de": "Die Zahl der Toten stieg nach Angaben der Helfer auf {n}.",
               "zh": "救援人员说，死亡人数已升至{n}人。"},
     "ctx": {"en": "The quake had a magnitude of 6.1 and was felt hundreds of kilometres away.",
             "de": "Das Beben hatte eine Stärke von 6,1 und war Hunderte Kilometer weit zu spüren.",
             "zh": "此次地震震级为6.1级，数百公里外都有震感。"}},
    {"en": "fire", "de": ("Großbrand", "der Großbrand", "dem Großbrand"), "zh": "大火",
     "fig": {"en": "{n} firefighters deployed", "de": "{n} Feuerwehrleute im Einsatz", "zh": "{n}名消防员出动"},
     "fig_s": {"en": "More than {n} firefighters were fighting the blaze.",
               "de": "Mehr als {n} Feuerwehrleute kämpften gegen die Flammen.",
               "zh": "超过{n}名消防员正在奋力灭火。"},
     "ctx": {"en": "Thick black smoke could be seen across the city.",
             "de": "Dichter schwarzer Rauch war in der ganzen Stadt zu sehen.",
             "zh": "全城都能看到滚滚浓烟。"}},
    {"en": "strike", "de": ("Streik", "der Streik", "dem Streik"), "zh": "罢工",
     "fig": {"en": "{n} workers walk out", "de": "{n} Beschäftigte legen die Arbeit nieder", "zh": "{n}名工人罢工"},
     "fig_s": {"en": "Around {n} workers joined the walkout, the union said.",
               "de": "Rund {n} Beschäftigte beteiligten sich nach Angaben der Gewerkschaft.",
               "zh": "工会表示，约有{n}名工人参加了罢工。"},
     "ctx": {"en": "The union is demanding higher wages and shorter working hours.",
             "de": "Die Gewerkschaft fordert höhere Löhne und kürzere Arbeitszeiten.",
             "zh": "工会要求提高工资并缩短工作时间。"}},
    {"en": "protest", "de": ("Protest", "der Protest", "dem Protest"), "zh": "抗议",
     "fig": {"en": "{n} take to the streets", "de": "{n} gehen auf die Straße", "zh": "{n}人走上街头"},
     "fig_s": {"en": "Organisers said {n} people took part in the march.",
               "de": "Die Veranstalter sprachen von {n} Teilnehmern.",
               "zh": "组织者称有{n}人参加了游行。"},
     "ctx": {"en": "The demonstrators marched to the town hall carrying banners.",
             "de": "Die Demonstranten zogen mit Transparenten zum Rathaus.",
             "zh": "示威者举着横幅向市政厅进发。"}},
    {"en": "explosion", "de": ("Explosion", "die Explosion", "der Explosion"), "zh": "爆炸",
     "fig": {"en": "{n} injured", "de": "{n} Verletzte", "zh": "{n}人受伤"},
     "fig_s": {"en": "{n} people were taken to hospital with injuries.",
               "de": "{n} Menschen wurden mit Verletzungen ins Krankenhaus gebracht.",
               "zh": "{n}人受伤被送往医院。"},
     "ctx": {"en": "The blast shattered windows in several neighbouring buildings.",
             "de": "Die Druckwelle ließ in mehreren Nachbargebäuden die Fenster zerbersten.",
             "zh": "爆炸震碎了附近多栋建筑的窗户。"}},
    {"en": "train crash", "de": ("Zugunglück", "das Zugunglück", "dem Zugunglück"), "zh": "列车事故",
     "fig": {"en": "{n} passengers hurt", "de": "{n} Fahrgäste verletzt", "zh": "{n}名乘客受伤"},
     "fig_s": {"en": "{n} passengers were hurt when two trains collided.",
               "de": "Beim Zusammenstoß zweier Züge wurden {n} Fahrgäste verletzt.",
               "zh": "两列火车相撞，造成{n}名乘客受伤。"},
     "ctx": {"en": "Rail traffic on the line was suspended until further notice.",
             "de": "Der Bahnverkehr auf der Strecke wurde bis auf Weiteres eingestellt.",
             "zh": "该线路的铁路交通暂停运行，恢复时间另行通知。"}},
    {"en": "storm", "de": ("Sturm", "der Sturm", "dem Sturm"), "zh": "风暴",
     "fig": {"en": "{n} homes without power", "de": "{n} Haushalte ohne Strom", "zh": "{n}户停电"},
     "fig_s": {"en": "Some {n} households were left without electricity.",
               "de": "Etwa {n} Haushalte waren ohne Strom.",
               "zh": "约{n}户家庭电力中断。"},
     "ctx": {"en": "Gusts of up to 140 kilometres per hour uprooted trees and tore off roofs.",
             "de": "Böen von bis zu 140 Kilometern pro Stunde entwurzelten Bäume und deckten Dächer ab.",
             "zh": "时速高达140公里的阵风将树木连根拔起，掀翻屋顶。"}},
    {"en": "cyberattack", "de": ("Hackerangriff", "der Hackerangriff", "dem Hackerangriff"), "zh": "网络攻击",
     "fig": {"en": "{n} accounts exposed", "de": "{n} Konten betroffen", "zh": "{n}个账户受影响"},
     "fig_s": {"en": "The data of {n} customer accounts may have been stolen.",
               "de": "Die Daten von {n} Kundenkonten könnten gestohlen worden sein.",
               "zh": "{n}个客户账户的数据可能已被窃取。"},
     "ctx": {"en": "Online services were shut down as a precaution.",
             "de": "Die Online-Dienste wurden vorsorglich abgeschaltet.",
             "zh": "作为预防措施，网上服务已被关闭。"}},
    {"en": "drought", "de": ("Dürre", "die Dürre", "der Dürre"), "zh": "旱灾",
     "fig": {"en": "{n} farms hit", "de": "{n} Betriebe betroffen", "zh": "{n}个农场受灾"},
     "fig_s": {"en": "About {n} farms have reported crop losses.",
               "de": "Rund {n} landwirtschaftliche Betriebe meldeten Ernteausfälle.",
               "zh": "约{n}个农场报告农作物减产。"},
     "ctx": {"en": "It has not rained in the region for almost two months.",
             "de": "In der Region hat es seit fast zwei Monaten nicht geregnet.",
             "zh": "该地区已近两个月没有降雨。"}},
    {"en": "bridge collapse", "de": ("Brückeneinsturz", "der Brückeneinsturz", "dem Brückeneinsturz"),
     "zh": "桥梁坍塌",
     "fig": {"en": "{n} vehicles trapped", "de": "{n} Fahrzeuge verschüttet", "zh": "{n}辆车被困"},
     "fig_s": {"en": "Rescuers said {n} vehicles were on the bridge when it gave way.",
               "de": "Nach Angaben der Retter befanden sich {n} Fahrzeuge auf der Brücke.",
               "zh": "救援人员说，桥梁坍塌时桥上有{n}辆车。"},
     "ctx": {"en": "Engineers had warned about cracks in the structure last year.",
             "de": "Ingenieure hatten schon im vergangenen Jahr vor Rissen gewarnt.",
             "zh": "工程师去年就曾警告桥体出现裂缝。"}},
    {"en": "election", "de": ("Wahl", "die Wahl", "der Wahl"), "zh": "选举",
     "fig": {"en": "turnout {n} thousand", "de": "{n} Tausend Wähler", "zh": "{n}千人投票"},
     "fig_s": {"en": "Officials said {n} thousand voters had cast their ballots.",
               "de": "Nach offiziellen Angaben gaben {n} Tausend Menschen ihre Stimme ab.",
               "zh": "官方称已有{n}千名选民投票。"},
     "ctx": {"en": "The governing coalition lost its majority in the council.",
             "de": "Die Regierungskoalition verlor ihre Mehrheit im Stadtrat.",
             "zh": "执政联盟失去了议会多数席位。"}},
    {"en": "factory closure", "de": ("Werksschließung", "die Werksschließung", "der Werksschließung"),
     "zh": "工厂关闭",
     "fig": {"en": "{n} jobs cut", "de": "{n} Stellen gestrichen", "zh": "{n}个岗位被裁"},
     "fig_s": {"en": "The company said {n} jobs would be lost.",
               "de": "Das Unternehmen kündigte den Abbau von {n} Stellen an.",
               "zh": "公司表示将裁减{n}个工作岗位。"},
     "ctx": {"en": "Production will move to a plant abroad by the end of the year.",
             "de": "Die Produktion soll bis Jahresende ins Ausland verlagert werden.",
             "zh": "到年底，生产将转移到国外工厂。"}},
    {"en": "heatwave", "de": ("Hitzewelle", "die Hitzewelle", "der Hitzewelle"), "zh": "热浪",
     "fig": {"en": "{n} treated for heatstroke", "de": "{n} Hitzschläge", "zh": "{n}人中暑"},
     "fig_s": {"en": "Hospitals treated {n} people for heatstroke.",
               "de": "Die Krankenhäuser behandelten {n} Menschen wegen Hitzschlags.",
               "zh": "医院已收治{n}名中暑患者。"},
     "ctx": {"en": "Temperatures climbed above 40 degrees for the third day in a row.",
             "de": "Die Temperaturen stiegen den dritten Tag in Folge über 40 Grad.",
             "zh": "气温连续第三天超过40度。"}},
    {"en": "landslide", "de": ("Erdrutsch", "der Erdrutsch", "dem Erdrutsch"), "zh": "山体滑坡",
     "fig": {"en": "{n} missing", "de": "{n} Vermisste", "zh": "{n}人失踪"},
     "fig_s": {"en": "{n} people are still missing under the mud.",
               "de": "{n} Menschen werden noch unter den Schlammmassen vermisst.",
               "zh": "仍有{n}人被埋在泥土下失踪。"},
     "ctx": {"en": "Part of the hillside gave way after a night of torrential rain.",
             "de": "Nach einer Nacht mit Starkregen rutschte ein Teil des Hangs ab.",
             "zh": "一夜暴雨后，部分山体发生垮塌。"}},
    {"en": "disease outbreak", "de": ("Krankheitsausbruch", "der Krankheitsausbruch", "dem Krankheitsausbruch"),
     "zh": "疫情",
     "fig": {"en": "{n} cases confirmed", "de": "{n} bestätigte Fälle", "zh": "确诊{n}例"},
     "fig_s": {"en": "Health officials have confirmed {n} cases so far.",
               "de": "Die Behörden haben bisher {n} Fälle bestätigt.",
               "zh": "卫生官员目前已确认{n}例病例。"},
     "ctx": {"en": "Schools in the affected districts have been closed.",
             "de": "Die Schulen in den betroffenen Bezirken wurden geschlossen.",
             "zh": "受影响地区的学校已经停课。"}},
]

ORGS = [
    ("the police", "die Polizei", "警方"), ("the fire service", "die Feuerwehr", "消防部门"),
    ("the health ministry", "das Gesundheitsministerium", "卫生部"),
    ("the city government", "die Stadtverwaltung", "市政府"), ("the Red Cross", "das Rote Kreuz", "红十字会"),
    ("the interior ministry", "das Innenministerium", "内政部"),
    ("the weather service", "der Wetterdienst", "气象部门"),
    ("the civil protection agency", "der Katastrophenschutz", "民防部门"),
    ("the regional government", "die Landesregierung", "地方政府"),
    ("the prosecutor's office", "die Staatsanwaltschaft", "检察院"),
]

# (en, de, zh, Chinese city?)
CITIES = [
    ("Berlin", "Berlin", "柏林", 0), ("Hamburg", "Hamburg", "汉堡", 0), ("Munich", "München", "慕尼黑", 0),
    ("Cologne", "Köln", "科隆", 0), ("Frankfurt", "Frankfurt", "法兰克福", 0), ("Dresden", "Dresden", "德累斯顿", 0),
    ("Leipzig", "Leipzig", "莱比锡", 0), ("Stuttgart", "Stuttgart", "斯图加特", 0), ("Vienna", "Wien", "维也纳", 0),
    ("Zurich", "Zürich", "苏黎世", 0), ("Paris", "Paris", "巴黎", 0), ("Lyon", "Lyon", "里昂", 0),
    ("Marseille", "Marseille", "马赛", 0), ("London", "London", "伦敦", 0),
    ("Manchester", "Manchester", "曼彻斯特", 0), ("Madrid", "Madrid", "马德里", 0),
    ("Barcelona", "Barcelona", "巴塞罗那", 0), ("Lisbon", "Lissabon", "里斯本", 0), ("Rome", "Rom", "罗马", 0),
    ("Milan", "Mailand", "米兰", 0), ("Naples", "Neapel", "那不勒斯", 0), ("Athens", "Athen", "雅典", 0),
    ("Warsaw", "Warschau", "华沙", 0), ("Prague", "Prag", "布拉格", 0), ("Budapest", "Budapest", "布达佩斯", 0),
    ("Stockholm", "Stockholm", "斯德哥尔摩", 0), ("Copenhagen", "Kopenhagen", "哥本哈根", 0),
    ("Oslo", "Oslo", "奥斯陆", 0), ("Helsinki", "Helsinki", "赫尔辛基", 0),
    ("Amsterdam", "Amsterdam", "阿姆斯特丹", 0), ("Brussels", "Brüssel", "布鲁塞尔", 0),
    ("Istanbul", "Istanbul", "伊斯坦布尔", 0), ("Cairo", "Kairo", "开罗", 0), ("Nairobi", "Nairobi", "内罗毕", 0),
    ("Lagos", "Lagos", "拉各斯", 0), ("Johannesburg", "Johannesburg", "约翰内斯堡", 0),
    ("Mumbai", "Mumbai", "孟买", 0), ("Delhi", "Delhi", "德里", 0), ("Jakarta", "Jakarta", "雅加达", 0),
    ("Manila", "Manila", "马尼拉", 0), ("Bangkok", "Bangkok", "曼谷", 0), ("Hanoi", "Hanoi", "河内", 0),
    ("Seoul", "Seoul", "首尔", 0), ("Tokyo", "Tokio", "东京", 0), ("Osaka", "Osaka", "大阪", 0),
    ("Sydney", "Sydney", "悉尼", 0), ("Melbourne", "Melbourne", "墨尔本", 0), ("Toronto", "Toronto", "多伦多", 0),
    ("Chicago", "Chicago", "芝加哥", 0), ("Houston", "Houston", "休斯敦", 0),
    ("Mexico City", "Mexiko-Stadt", "墨西哥城", 0), ("Lima", "Lima", "利马", 0),
    ("Santiago", "Santiago", "圣地亚哥", 0), ("Buenos Aires", "Buenos Aires", "布宜诺斯艾利斯", 0),
    ("Sao Paulo", "São Paulo", "圣保罗", 0), ("Beijing", "Peking", "北京", 1), ("Shanghai", "Shanghai", "上海", 1),
    ("Guangzhou", "Kanton", "广州", 1), ("Shenzhen", "Shenzhen", "深圳", 1), ("Chengdu", "Chengdu", "成都", 1),
    ("Wuhan", "Wuhan", "武汉", 1), ("Chongqing", "Chongqing", "重庆", 1), ("Nanjing", "Nanjing", "南京", 1),
    ("Hangzhou", "Hangzhou", "杭州", 1), ("Xi'an", "Xi'an", "西安", 1), ("Tianjin", "Tianjin", "天津", 1),
    ("Zhengzhou", "Zhengzhou", "郑州", 1), ("Changsha", "Changsha", "长沙", 1), ("Kunming", "Kunming", "昆明", 1),
    ("Harbin", "Harbin", "哈尔滨", 1), ("Qingdao", "Qingdao", "青岛", 1), ("Xiamen", "Xiamen", "厦门", 1),
    ("Hong Kong", "Hongkong", "香港", 1), ("Taipei", "Taipeh", "台北", 1), ("Kaohsiung", "Kaohsiung", "高雄", 1),
    ("Fuzhou", "Fuzhou", "福州", 1), ("Hefei", "Hefei", "合肥", 1), ("Jinan", "Jinan", "济南", 1),
    ("Shenyang", "Shenyang", "沈阳", 1), ("Nanning", "Nanning", "南宁", 1), ("Lanzhou", "Lanzhou", "兰州", 1),
    ("Urumqi", "Ürümqi", "乌鲁木齐", 1), ("Guiyang", "Guiyang", "贵阳", 1), ("Taiyuan", "Taiyuan", "太原", 1),
    ("Suzhou", "Suzhou", "苏州", 1), ("Wuxi", "Wuxi", "无锡", 1), ("Ningbo", "Ningbo", "宁波", 1),
    ("Dalian", "Dalian", "大连", 1), ("Changchun", "Changchun", "长春", 1),
    ("Shijiazhuang", "Shijiazhuang", "石家庄", 1), ("Nanchang", "Nanchang", "南昌", 1),
    ("Haikou", "Haikou", "海口", 1), ("Lhasa", "Lhasa", "拉萨", 1), ("Xining", "Xining", "西宁", 1),
    ("Yinchuan", "Yinchuan", "银川", 1), ("Hohhot", "Hohhot", "呼和浩特", 1), ("Guilin", "Guilin", "桂林", 1),
    ("Luoyang", "Luoyang", "洛阳", 1), ("Yangzhou", "Yangzhou", "扬州", 1), ("Wenzhou", "Wenzhou", "温州", 1),
    ("Foshan", "Foshan", "佛山", 1), ("Dongguan", "Dongguan", "东莞", 1), ("Zhuhai", "Zhuhai", "珠海", 1),
    ("Tainan", "Tainan", "台南", 1), ("Bonn", "Bonn", "波恩", 0), ("Bremen", "Bremen", "不来梅", 0),
    ("Hanover", "Hannover", "汉诺威", 0), ("Nuremberg", "Nürnberg", "纽伦堡", 0), ("Essen", "Essen", "埃森", 0),
    ("Dortmund", "Dortmund", "多特蒙德", 0), ("Dusseldorf", "Düsseldorf", "杜塞尔多夫", 0),
    ("Mainz", "Mainz", "美因茨", 0), ("Freiburg", "Freiburg", "弗莱堡", 0), ("Kiel", "Kiel", "基尔", 0),
    ("Rostock", "Rostock", "罗斯托克", 0), ("Potsdam", "Potsdam", "波茨坦", 0), ("Erfurt", "Erfurt", "爱尔福特", 0),
    ("Augsburg", "Augsburg", "奥格斯堡", 0), ("Graz", "Graz", "格拉茨", 0), ("Salzburg", "Salzburg", "萨尔茨堡", 0),
    ("Innsbruck", "Innsbruck", "因斯布鲁克", 0), ("Basel", "Basel", "巴塞尔", 0), ("Bern", "Bern", "伯尔尼", 0),
    ("Geneva", "Genf", "日内瓦", 0),
]

FIRST = [("Anna", "安娜"), ("Thomas", "托马斯"), ("Maria", "玛丽亚"), ("Peter", "彼得"), ("Julia", "尤利娅"),
         ("Michael", "迈克尔"), ("Laura", "劳拉"), ("Stefan", "斯特凡"), ("Sarah", "萨拉"), ("David", "大卫"),
         ("Elena", "埃莱娜"), ("Martin", "马丁"), ("Sophie", "索菲"), ("Jonas", "约纳斯"), ("Clara", "克拉拉"),
         ("Lukas", "卢卡斯"), ("Emma", "艾玛"), ("Daniel", "丹尼尔"), ("Lena", "莱娜"), ("Paul", "保罗")]
LAST = [("Müller", "米勒"), ("Schmidt", "施密特"), ("Fischer", "菲舍尔"), ("Weber", "韦伯"), ("Wagner", "瓦格纳"),
        ("Becker", "贝克尔"), ("Hoffmann", "霍夫曼"), ("Keller", "凯勒"), ("Brown", "布朗"), ("Wilson", "威尔逊"),
        ("Taylor", "泰勒"), ("Martin", "马丁"), ("Garcia", "加西亚"), ("Rossi", "罗西"), ("Dubois", "杜布瓦"),
        ("Novak", "诺瓦克"), ("Larsen", "拉森"), ("Costa", "科斯塔"), ("Okafor", "奥卡福"), ("Tanaka", "田中")]
SURNAMES = [("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"),
            ("Zhao", "赵"), ("Huang", "黄"), ("Zhou", "周"), ("Wu", "吴"), ("Xu", "徐"), ("Sun", "孙"),
            ("Hu", "胡"), ("Zhu", "朱"), ("Gao", "高"), ("Lin", "林"), ("Guo", "郭"), ("Ma", "马")]
GIVEN = [("Wei", "伟"), ("Fang", "芳"), ("Min", "敏"), ("Jing", "静"), ("Lei", "磊"), ("Jun", "军"),
         ("Yong", "勇"), ("Jie", "杰"), ("Tao", "涛"), ("Ming", "明"), ("Hua", "华"), ("Ping", "平"),
         ("Gang", "刚"), ("Hui", "辉"), ("Ning", "宁"), ("Xin", "欣"), ("Hao", "浩"), ("Qiang", "强")]
# Districts: a Latin prefix and suffix with their Chinese transliterations (Chinese cities get
# Chinese district names).
SITE_PREFIX = [("Alten", "阿尔滕"), ("Neu", "诺伊"), ("Ober", "奥伯"), ("Unter", "翁特"), ("Kirch", "基尔希"),
               ("Wald", "瓦尔德"), ("Stein", "施泰因"), ("Rosen", "罗森"), ("Lin", "林"), ("Mar", "马尔"),
               ("Bright", "布赖特"), ("West", "韦斯特"), ("Hol", "霍尔"), ("Ash", "阿什"), ("Elm", "埃尔姆"),
               ("Fair", "费尔")]
SITE_SUFFIX = [("feld", "费尔德"), ("dorf", "多夫"), ("heim", "海姆"), ("hausen", "豪森"), ("brück", "布吕克"),
               ("au", "奥"), ("ton", "顿"), ("wood", "伍德"), ("bury", "伯里"), ("ford", "福德"), ("stadt", "施塔特"),
               ("berg", "贝格")]
ZH_SITE = [("Dongcheng", "东城"), ("Xicheng", "西城"), ("Nanhu", "南湖"), ("Beishan", "北山"), ("Xingang", "新港"),
           ("Longhua", "龙华"), ("Jinshui", "金水"), ("Qingshan", "青山"), ("Baiyun", "白云"), ("Chang'an", "长安"),
           ("Taoyuan", "桃源"), ("Hexi", "河西"), ("Jiangbei", "江北"), ("Gaoxin", "高新"), ("Songlin", "松林"),
           ("Fenghuang", "凤凰")]
ZH_SITE_KIND = [("District", "区"), ("Town", "镇"), ("Subdistrict", "街道")]
ROLES = [("mayor", "Bürgermeister", "市长"), ("spokesperson", "Sprecher", "发言人"),
         ("minister", "Minister", "部长"), ("chief", "Leiter", "负责人")]
WEEKDAYS = [("Monday", "Montag", "周一"), ("Tuesday", "Dienstag", "周二"), ("Wednesday", "Mittwoch", "周三"),
            ("Thursday", "Donnerstag", "周四"), ("Friday", "Freitag", "周五"), ("Saturday", "Samstag", "周六"),
            ("Sunday", "Sonntag", "周日")]

TITLES = {
    "en": ["{Noun} in {place}: {fig}", "{fig} after {noun} in {place}", "{place} {noun}: {fig}, {org} says",
           "{person} visits {place} after {noun}", "{place} reels from {noun} as {fig}"],
    "de": ["{Bare} in {place}: {fig}", "Nach {dat} in {place}: {fig}", "{place}: {fig}, meldet {org}",
           "{person} besucht {place} nach {dat}", "{Nom} in {place} – {fig}"],
    "zh": ["{place}发生{noun} {fig}", "{place}{noun}：{fig}", "{org}称{place}{noun}{fig}",
           "{person}赴{place}视察{noun}灾情", "{noun}袭击{place} {fig}"],
}
SENTENCES = {
    "en": ["The {noun} hit {place} on {day}, {org} said.",
           "\"We are doing everything we can,\" {role} {person} told reporters in {site}.",
           "{Org} said {m} emergency workers had been sent to {site}.",
           "Residents of {site} described scenes of chaos in the hours after the {noun}.",
           "Officials in {place} warned that the figure of {n} could still change.",
           "Schools and several roads in {site} remained closed on {day}.",
           "The damage in {place} was estimated at {m} million euros.",
           "It was the worst {noun} in {place} in more than a decade, {person} said.",
           "Opposition politicians accused {org} of reacting too slowly in {site}.",
           "Aid organisations in {place} appealed for donations and volunteers.",
           "{Org} has opened an investigation into what happened in {site}."],
    "de": ["{Nom} traf {place} am {day}, teilte {org} mit.",
           "„Wir tun alles, was wir können“, sagte {role} {person} in {site}.",
           "{Org} schickte nach eigenen Angaben {m} Einsatzkräfte nach {site}.",
           "Anwohner in {site} berichteten von chaotischen Szenen nach {dat}.",
           "Die Behörden in {place} warnten, die Zahl von {n} könne sich noch ändern.",
           "Schulen und mehrere Straßen in {site} blieben am {day} geschlossen.",
           "Der Schaden in {place} wird auf {m} Millionen Euro geschätzt.",
           "Es sei das schwerste Ereignis dieser Art in {place} seit mehr als zehn Jahren, sagte {person}.",
           "Die Opposition warf {org} vor, in {site} zu langsam reagiert zu haben.",
           "Hilfsorganisationen in {place} riefen zu Spenden und freiwilliger Hilfe auf.",
           "{Org} hat Ermittlungen zu den Vorgängen in {site} aufgenommen."],
    "zh": ["{org}表示，{day}{place}发生{noun}。",
           "{role}{person}在{site}对记者说：“我们正在尽一切努力。”",
           "{org}称已向{site}派遣{m}名救援人员。",
           "{site}居民描述了{noun}发生后数小时内的混乱场面。",
           "{place}官员警告说，{n}这一数字仍可能变化。",
           "{day}，{site}的学校和多条道路仍然关闭。",
           "{place}的损失估计达{m}亿元。",
           "{person}说，这是{place}十多年来最严重的{noun}。",
           "反对派指责{org}在{site}反应过慢。",
           "{place}的救援组织呼吁捐款并招募志愿者。",
           "{org}已对{site}发生的事件展开调查。"],
}


@dataclass(frozen=True, slots=True)
class _Event:
    kind: dict[str, object]
    city: tuple[str, str, str, int]
    person: tuple[str, str]  # (latin, Chinese)
    site: tuple[str, str]  # (latin, Chinese)
    role: tuple[str, str, str]
    org: tuple[str, str, str]
    n: int
    m: int
    start: datetime


def _person(rng: random.Random, chinese: bool) -> tuple[str, str]:
    if chinese:
        (s_lat, s_zh), (g_lat, g_zh) = rng.choice(SURNAMES), rng.choice(GIVEN)
        return f"{s_lat} {g_lat}", s_zh + g_zh
    (f_lat, f_zh), (l_lat, l_zh) = rng.choice(FIRST), rng.choice(LAST)
    return f"{f_lat} {l_lat}", f"{f_zh}·{l_zh}"


def _site(rng: random.Random, chinese: bool) -> tuple[str, str]:
    if chinese:
        (n_lat, n_zh), (k_lat, k_zh) = rng.choice(ZH_SITE), rng.choice(ZH_SITE_KIND)
        return f"{n_lat} {k_lat}", n_zh + k_zh
    (p_lat, p_zh), (s_lat, s_zh) = rng.choice(SITE_PREFIX), rng.choice(SITE_SUFFIX)
    return p_lat + s_lat, p_zh + s_zh


def _slots(e: _Event, lang: str, rng: random.Random) -> dict[str, str]:
    li = ("en", "de", "zh").index(lang)
    n = e.n if rng.random() < 0.7 else round(e.n * rng.choice((0.8, 0.9, 1.1, 1.25)))
    kind = e.kind
    de = kind["de"]
    assert isinstance(de, tuple)
    fig = kind["fig"]
    assert isinstance(fig, dict)
    noun = str(kind[lang]) if lang != "de" else de[0]
    slots = {
        "place": e.city[li], "org": e.org[li], "Org": e.org[li][:1].upper() + e.org[li][1:],
        "person": e.person[1] if lang == "zh" else e.person[0], "role": e.role[li],
        "site": e.site[1] if lang == "zh" else e.site[0],
        "day": WEEKDAYS[e.start.weekday()][li], "m": str(e.m), "noun": noun, "Noun": noun[:1].upper() + noun[1:],
        "Bare": de[0], "Nom": de[1][:1].upper() + de[1][1:], "dat": de[2], "n": str(n),
    }
    slots["fig"] = fig[lang].format(**slots)
    return slots


def _report(e: _Event, lang: str, rng: random.Random) -> tuple[str, str]:
    slots = _slots(e, lang, rng)
    title = rng.choice(TITLES[lang]).format(**slots)
    fig_s, ctx = e.kind["fig_s"], e.kind["ctx"]
    assert isinstance(fig_s, dict) and isinstance(ctx, dict)
    general = rng.sample(SENTENCES[lang], rng.randint(4, 7))
    body = [general[0], fig_s[lang], *general[1:]]
    body.insert(rng.randint(2, len(body)), ctx[lang])
    sep = "" if lang == "zh" else " "
    return title, sep.join(s.format(**slots) for s in body)


def generate(n: int, days: int, seed: int = 7) -> list[Art]:
    rng = random.Random(seed)
    out: list[Art] = []
    busy: dict[tuple[int, int], datetime] = {}  # (kind, city) -> start of the last such event
    event = 0
    while len(out) < n:
        event += 1
        start = START + timedelta(days=rng.uniform(0, days))
        kind_i = rng.randrange(len(KINDS))
        city_i = rng.randrange(len(CITIES))
        for _try in range(len(CITIES)):  # dense streams may still have to reuse a busy pair
            if abs((busy.get((kind_i, city_i), START - timedelta(days=99)) - start).days) >= 4:
                break
            city_i = rng.randrange(len(CITIES))
        busy[(kind_i, city_i)] = start
        city = CITIES[city_i]
        e = _Event(KINDS[kind_i], city, _person(rng, bool(city[3])), _site(rng, bool(city[3])),
                   rng.choice(ROLES), rng.choice(ORGS),
                   rng.choice((rng.randint(3, 60), rng.randint(60, 900), rng.randint(900, 20000))),
                   rng.randint(20, 800), start)
        base: dict[str, tuple[str, str]] = {}
        for _k in range(rng.randint(1, 12)):
            when = start + timedelta(hours=rng.uniform(0, 72))
            lang = rng.choices([lg for lg, _ in LANGUAGES], [w for _, w in LANGUAGES])[0]
            if lang in base and rng.random() < 0.15:  # a repost or near-copy
                title, text = base[lang]
                if rng.random() >= 0.5:
                    text += ("" if lang == "zh" else " ") + SENTENCES[lang][-1].format(**_slots(e, lang, rng))
            else:
                title, text = _report(e, lang, rng)
                base.setdefault(lang, (title, text))
            out.append(Art(len(out), title, text, lang, when, event))
    out = out[:n]
    out.sort(key=lambda a: (a.published, a.id))
    return out
