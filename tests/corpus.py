"""Small invented articles used by the service and CLI tests (our own text)."""

from __future__ import annotations

import json
from pathlib import Path

EN_BODY = [
    "The regional flood office in Marlow said on Tuesday that the eastern spillway of the Hollin "
    "reservoir had cracked overnight, and ordered the evacuation of three villages downstream.",
    "About 1,500 residents left their homes before dawn, according to the office, while volunteers "
    "filled sandbags along the river embankment near the old mill bridge.",
    "Engineers from the provincial water authority expect to finish an emergency repair within two "
    "days if the rain stops, a spokesperson told reporters at a briefing in the town hall.",
    "Local shops stayed closed and the only school in the valley was turned into a shelter with beds "
    "for two hundred people, the mayor said.",
]

ZH_BODY = [
    "青禾市防汛指挥部今天上午通报，东岭水库东侧溢洪道昨夜出现裂缝，下游三个村庄的居民已经连夜转移。",
    "据指挥部介绍，约1500名村民在凌晨前撤离，志愿者正在老磨坊桥附近的河堤上装填沙袋。",
    "省水利厅派出的工程人员表示，如果降雨停止，抢修工作预计在两天内完成。",
    "镇上的商店暂停营业，山谷里唯一的学校被改作临时安置点，可容纳两百人。",
]


def page(title: str, paragraphs: list[str], lang: str = "en", charset: str = "utf-8",
         date: str = "2025-03-11T08:30:00+01:00") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}">
<title>{title} | Valley Courier</title><meta property="og:site_name" content="Valley Courier">
<meta property="article:published_time" content="{date}"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>{body}</article>
<footer>Copyright Valley Courier. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>"""


def write_corpus(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "en": folder / "hollin-en.html",
        "zh_gbk": folder / "hollin-zh.html",
        "jsonl": folder / "wire.jsonl",
    }
    files["en"].write_text(page("Hollin reservoir spillway cracks, villages evacuated", EN_BODY),
                           encoding="utf-8")
    files["zh_gbk"].write_bytes(page("东岭水库溢洪道出现裂缝 下游村庄连夜转移", ZH_BODY, "zh-CN", "gb2312",
                                     "2025-03-11 09:12:05").encode("gbk"))
    rows = [
        {"id": "w-1", "title": "Port strike enters third day", "language": "en",
         "text": "Dock workers at the port of Kessel stayed off the job for a third day on Monday.\n\n"
                 "The union said 4,000 members took part; the port authority put the figure at 2,500.",
         "published": "2025-03-12T10:00:00Z", "source": "Meridian Press"},
        {"id": "w-2", "title": "Hafenstreik geht in den dritten Tag", "language": "de",
         "text": "Die Hafenarbeiter in Kessel haben am Montag den dritten Tag in Folge gestreikt.\n\n"
                 "Laut Gewerkschaft beteiligten sich rund 4.000 Mitglieder.",
         "published": "2025-03-12T12:00:00+01:00", "source": "Rundfunk Nord"},
        {"id": "w-3", "title": "Port strike enters third day", "language": "en",
         "text": "Dock workers at the port of Kessel stayed off the job for a third day on Monday.\n\n"
                 "The union said 4,000 members took part; the port authority put the figure at 2,500.",
         "source": "Coastal Daily (repost)"},
    ]
    files["jsonl"].write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                              encoding="utf-8")
    return files
