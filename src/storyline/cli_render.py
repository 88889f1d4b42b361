"""Terminal rendering of a story comparison (`storyline story ID --compare`)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def _value(v: dict[str, Any]) -> str:
    qualifier = {"approx": "≈", "at_least": "≥", "at_most": "≤"}.get(v.get("qualifier") or "", "")
    number = v["value"]
    shown = f"{int(number):,}" if float(number).is_integer() else f"{number:,}"
    who = f" ({v['attributed_to']})" if v.get("attributed_to") else ""
    return f"{qualifier}{shown}{who}"


def print_comparison(out: Console, data: dict[str, Any]) -> None:
    story = data["story"]
    out.print(f"[bold]{story['title']}[/]  ({story['id']}: {data['independent_sources']} independent sources, "
              f"{story['reposts']} reposts, first reported by {data.get('first_reported_by') or '?'})", highlight=False)
    if data["summary"]:
        out.print("\n[bold]Summary[/]")
        for sentence in data["summary"]:
            out.print(f"  • {sentence}", highlight=False)
    out.print("\n[bold]Sources[/]")
    for s in data["sources"]:
        cites = f"  cites: {', '.join(s['cites'])}" if s["cites"] else ""
        out.print(f"  {(s['published'] or '')[:16]}  {s['outlet']}: {s['title']}{cites}", highlight=False)
        for r in s["reposts"]:
            out.print(f"      ↳ repost {r['outlet']} {(r['published'] or '')[:16]}", highlight=False)
    _claims(out, data)
    if data["quotes"]:
        out.print("\n[bold]Quotes[/]")
        for q in data["quotes"]:
            out.print(f"  “{q['text']}” — {q['speaker'] or '?'} ({q['source']})", highlight=False)
    if data["entities"]:
        out.print("\n[bold]Entities[/]")
        for kind in ("PER", "ORG", "LOC"):
            names = [e["name"] for e in data["entities"] if e["kind"] == kind]
            if names:
                out.print(f"  {kind}: {', '.join(names[:25])}", highlight=False)
    if data["unique_details"]:
        out.print("\n[bold]Only one source reports[/]")
        for d in data["unique_details"]:
            out.print(f"  {d['source']}: {d['sentence']}", highlight=False)
    if data["reposts"]:
        out.print("\n[bold]Reposts[/]")
        for r in data["reposts"]:
            out.print(f"  {r['outlet']} reposts {r['copy_of_outlet']} ({r['via']})", highlight=False)


def _claims(out: Console, data: dict[str, Any]) -> None:
    if not data["claims"]:
        return
    outlets = [s["outlet"] for s in data["sources"]]
    outlets = list(dict.fromkeys(outlets))
    table = Table("figure", *outlets, title="Claims", title_justify="left")
    for row in data["claims"]:
        cells = []
        for outlet in outlets:
            values = [_value(v) for v in row["values"] if v["source"] == outlet]
            cells.append("\n".join(values))
        table.add_row(f"{row['subject']} [{row['unit']}]", *cells)
    out.print(table)
