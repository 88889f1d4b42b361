"""The coverage timeline of a story as geometry for an inline SVG: one row per outlet, a dot per article."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .i18n import parse_time

LABEL_WIDTH = 170
PLOT_WIDTH = 560
ROW = 26
TOP = 10
AXIS = 34
TICKS = 4


def timeline(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Rows, points and axis ticks (times as ISO text, for the template to format); None when undated."""
    dated = [(t, e) for e in events if (t := parse_time(e.get("time"))) is not None]
    if not dated:
        return None
    start = min(t for t, _ in dated)
    end = max(t for t, _ in dated)
    span = max((end - start).total_seconds(), 3600.0)
    outlets: list[str] = []
    for _t, e in sorted(dated, key=lambda p: p[0]):
        name = e.get("outlet") or "?"
        if name not in outlets:
            outlets.append(name)

    def x(t: datetime) -> float:
        return round(LABEL_WIDTH + 10 + (t - start).total_seconds() / span * (PLOT_WIDTH - 20), 1)

    rows = [{"outlet": name, "y": TOP + i * ROW + ROW / 2} for i, name in enumerate(outlets)]
    y_of = {r["outlet"]: r["y"] for r in rows}
    points = [{"x": x(t), "y": y_of[e.get("outlet") or "?"], "article_id": e.get("article_id"),
               "title": e.get("title") or "", "time": t.isoformat(), "first": bool(e.get("first")),
               "repost": bool(e.get("repost_of"))} for t, e in dated]
    height = TOP + len(rows) * ROW
    ticks = []
    for i in range(TICKS + 1):
        t = start + (end - start) * (i / TICKS) if end > start else start
        ticks.append({"x": x(t), "time": t.isoformat()})
        if end <= start:
            break
    return {"width": LABEL_WIDTH + PLOT_WIDTH + 10, "height": height + AXIS, "plot_bottom": height,
            "plot_left": LABEL_WIDTH, "plot_right": LABEL_WIDTH + PLOT_WIDTH, "rows": rows, "points": points,
            "ticks": ticks, "label_x": LABEL_WIDTH - 8}
