"""Container-reader conformance: every feedparser test feed and every sample WARC/ARC, no crashes.

Each file of ``../shared/data/feeds/feedparser/`` goes through ``parse_feed`` (or ``parse_jsonl`` /
``parse_warc`` when its content says so), with the Content-Type its header comment declares
(``Header: Content-type: ...``), and each file of ``../shared/data/warc/`` through ``parse_warc``.
A file either yields items or is refused with a one-line InputError reason; anything else is a
crash: its traceback is printed and the command exits non-zero. Warnings count as crashes too.

    .venv/bin/python -m bench.conformance [--shared ../shared] [--verbose]
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import time
import traceback
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from storyline.errors import InputError
from storyline.ingest.feeds import parse_feed
from storyline.ingest.jsonl import looks_like_jsonl, parse_jsonl
from storyline.ingest.warc import looks_like_warc, parse_warc
from storyline.model import Item, RawDocument

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
FEED_FOLDERS = ("wellformed", "illformed", "encoding", "entities", "json")
_HEADER = re.compile(rb"^\s*Header:\s*Content-type:\s*(?P<value>[^\r\n]+?)\s*$", re.IGNORECASE | re.MULTILINE)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_NUMBER = re.compile(r"\b\d+\b")
_VERSION = re.compile(r"\((?:rss|atom|cdf)\w*\)")

Reader = Callable[[RawDocument], list[Item]]


@dataclass
class Tally:
    yielded: int = 0
    reasoned: int = 0
    crashed: int = 0
    items: int = 0

    @property
    def files(self) -> int:
        return self.yielded + self.reasoned + self.crashed


@dataclass
class Report:
    folders: dict[str, Tally] = field(default_factory=dict)
    reasons: Counter[str] = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")


def header_content_type(data: bytes) -> str | None:
    """The Content-Type a feedparser test file asks to be served with (in its leading comment)."""
    match = _HEADER.search(data[:2048])
    return match.group("value").decode("latin-1") if match else None


def reader_for(data: bytes) -> Reader:
    head = data[:4096]
    if looks_like_warc(head):
        return parse_warc
    if looks_like_jsonl(head):
        return parse_jsonl
    return parse_feed


def reason_kind(reason: str) -> str:
    """A reason with its quoted parts and numbers blanked, so that like reasons count together."""
    return _VERSION.sub("(<version>)", _NUMBER.sub("N", _QUOTED.sub("'…'", reason)))


def run_file(path: Path, folder: str, report: Report, reader: Reader | None, verbose: bool) -> None:
    data = path.read_bytes()
    doc = RawDocument(data, str(path), content_type=header_content_type(data))
    parse = reader or reader_for(data)
    tally = report.folders.setdefault(folder, Tally())
    start = time.perf_counter()
    outcome: str
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            items = parse(doc)
    except InputError as exc:
        reason = str(exc)
        if "\n" in reason or not reason.strip():
            tally.crashed += 1
            report.crashes.append(f"{path}: the reason is not one line: {reason!r}")
        else:
            tally.reasoned += 1
            report.reasons[f"{type(exc).__name__}: {reason_kind(reason)}"] += 1
        outcome = f"reason: {reason}"
    except Exception:
        tally.crashed += 1
        report.crashes.append(f"{path}:\n{traceback.format_exc()}")
        outcome = "CRASH"
    else:
        tally.yielded += 1
        tally.items += len(items)
        outcome = f"{len(items)} items"
    elapsed = time.perf_counter() - start
    if elapsed > report.slowest[0]:
        report.slowest = (elapsed, str(path))
    if verbose:
        print(f"{path}: {outcome}")


def run(shared: Path, verbose: bool = False) -> Report:
    report = Report()
    feeds = shared / "data" / "feeds" / "feedparser"
    for name in FEED_FOLDERS:
        for path in sorted(p for p in (feeds / name).rglob("*") if p.is_file()):
            sub = path.parent.relative_to(feeds).as_posix()
            run_file(path, sub, report, None, verbose)
    for path in sorted(p for p in (shared / "data" / "warc").rglob("*") if p.is_file()):
        run_file(path, "warc", report, parse_warc, verbose)
    return report


def print_report(report: Report, seconds: float) -> None:
    print(f"{'folder':<28} {'files':>6} {'yielded':>8} {'reasoned':>9} {'crashed':>8} {'items':>7}")
    totals: dict[str, Tally] = {}
    for folder, tally in sorted(report.folders.items()):
        counts = f"{tally.files:>6} {tally.yielded:>8} {tally.reasoned:>9} {tally.crashed:>8} {tally.items:>7}"
        print(f"{folder:<28} {counts}")
        top = totals.setdefault(folder.split("/", 1)[0], Tally())
        top.yielded += tally.yielded
        top.reasoned += tally.reasoned
        top.crashed += tally.crashed
        top.items += tally.items
    print()
    print("per top folder (yielded / reasoned / crashed):")
    for name in (*FEED_FOLDERS, "warc"):
        if name in totals:
            t = totals[name]
            counts = f"{t.yielded:>5} / {t.reasoned:>5} / {t.crashed:>3}"
            print(f"  {name:<12} {counts}   ({t.files} files, {t.items} items)")
    print()
    print("reasons histogram:")
    for reason, count in report.reasons.most_common():
        print(f"  {count:>5}  {reason}")
    print()
    files = sum(t.files for t in report.folders.values())
    print(f"{files} files in {seconds:.1f} s; slowest {report.slowest[0] * 1000:.0f} ms ({report.slowest[1]})")
    print(f"crashes: {len(report.crashes)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every file's outcome")
    args = parser.parse_args(argv)
    shared: Path = args.shared
    if not (shared / "data" / "feeds" / "feedparser").is_dir() or not (shared / "data" / "warc").is_dir():
        print(f"no feedparser or warc data under {shared}", file=sys.stderr)
        return 2
    logging.getLogger("warcio").setLevel(logging.ERROR)  # "Replacing spaces in WARC-Target-URI" notes
    start = time.perf_counter()
    report = run(shared, args.verbose)
    for crash in report.crashes:
        print(f"CRASH {crash}", file=sys.stderr)
    print_report(report, time.perf_counter() - start)
    return 1 if report.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
