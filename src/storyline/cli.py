"""Command line: parse arguments -> settings -> service. No logic of its own."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import sys
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated

import platformdirs
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
from rich.progress import Progress as RichProgress
from rich.table import Table

from . import __version__
from .config import Settings
from .errors import StorylineError
from .model import Failure, ImportSummary, article_as_dict
from .service import Storyline, iter_extract

app = typer.Typer(help="Storyline: follow a news story across outlets and languages.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
out = Console()
err = Console(stderr=True)


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


def _settings(ctx: typer.Context) -> Settings:
    settings = ctx.obj
    assert isinstance(settings, Settings)
    return settings


def _open(ctx: typer.Context) -> Storyline:
    try:
        return Storyline.open(_settings(ctx))
    except StorylineError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option("--db", help="Database URL (env STORYLINE_DB).")] = None,
    data_dir: Annotated[str | None, typer.Option("--data-dir", help="Data directory.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings.load(db_url=db, data_dir=data_dir)
    except StorylineError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    ctx.obj = settings.with_defaults(platformdirs.user_data_dir("storyline", appauthor=False))


class _Bar:
    """Rich progress bar on a terminal, for runs long enough to need one."""

    def __init__(self, min_total: int = 20) -> None:
        self.min_total = min_total
        self.bar: RichProgress | None = None
        self.task: object = None

    def start(self, total: int) -> None:
        if total >= self.min_total and err.is_terminal:
            self.bar = RichProgress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                    TimeRemainingColumn(), console=err, transient=True)
            self.bar.start()
            self.task = self.bar.add_task("importing", total=total)

    def advance(self, label: str) -> None:
        if self.bar is not None:
            self.bar.update(self.task, advance=1, description=label[:40])  # type: ignore[arg-type]

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _print_summary(summary: ImportSummary, as_json: bool) -> None:
    if as_json:
        out.print_json(json.dumps(summary.as_dict(), ensure_ascii=False))
        return
    out.print(f"documents: {summary.documents}  imported: [green]{summary.imported}[/]  "
              f"updated: {summary.updated}  duplicates: {summary.duplicates}  "
              f"failed: [{'red' if summary.failed else 'green'}]{len(summary.failed)}[/]")
    for failure in summary.failed:
        out.print(f"  [red]failed[/] {failure.origin}: {failure.reason}", markup=True, highlight=False)
    for note in summary.skipped:
        out.print(f"  [yellow]skipped[/] {note.origin}: {note.reason}", highlight=False)


@app.command("import")
def import_cmd(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or globs.")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable summary.")] = False,
    cluster: Annotated[bool, typer.Option("--cluster/--no-cluster", help="Assign new articles to stories.")] = True,
) -> None:
    """Import documents: HTML pages, text dumps, feed items, feeds, JSONL, WARC (gzip too)."""
    app_ = _open(ctx)
    bar = _Bar()
    try:
        summary = app_.import_paths(paths, progress=bar, cluster=cluster)
    finally:
        bar.stop()
        app_.close()
    _print_summary(summary, as_json)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def extract(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, directories or globs.")],
    fmt: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.jsonl,
) -> None:
    """Print the extracted articles as JSON without storing them; failures go to stderr."""
    failed = 0
    rows = []
    for result in iter_extract(paths, _settings(ctx)):
        if isinstance(result, Failure):
            failed += 1
            err.print(f"failed {result.origin}: {result.reason}", highlight=False, markup=False)
            continue
        row = article_as_dict(result)
        if fmt is OutputFormat.jsonl:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            rows.append(row)
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def reextract(
    ctx: typer.Context,
    pending: Annotated[bool, typer.Option("--pending", help="Only documents never extracted.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable summary.")] = False,
) -> None:
    """Rebuild articles from the stored raw documents (after an upgrade, or an interrupted run)."""
    app_ = _open(ctx)
    bar = _Bar()
    try:
        summary = app_.reextract(only_pending=pending, progress=bar)
    finally:
        bar.stop()
        app_.close()
    _print_summary(summary, as_json)


@app.command()
def articles(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(help="How many.")] = 20,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List stored articles, newest first."""
    app_ = _open(ctx)
    try:
        rows = app_.recent_articles(limit)
    finally:
        app_.close()
    if as_json:
        keys = ("id", "external_id", "title", "url", "site_name", "source", "published", "language")
        for row in rows:
            sys.stdout.write(json.dumps({k: getattr(row, k) for k in keys}, ensure_ascii=False) + "\n")
        return
    table = Table("id", "published", "lang", "site / source", "title")
    for row in rows:
        table.add_row(str(row.id), (row.published or "")[:16], row.language or "",
                      row.site_name or row.source or "", row.title or "")
    out.print(table)


@app.command()
def stats(ctx: typer.Context) -> None:
    """Counts of documents (by status) and articles."""
    app_ = _open(ctx)
    try:
        out.print_json(json.dumps(app_.stats()))
    finally:
        app_.close()


@app.command()
def demo(ctx: typer.Context) -> None:
    """Import the bundled demo corpus into the configured store and show what came out."""
    settings = _settings(ctx)
    corpus = Path(str(resources.files("storyline") / "demo" / "corpus"))
    out.print(f"database: {settings.db_url}\ncorpus:   {corpus}")
    ctx.invoke(import_cmd, ctx=ctx, paths=[str(corpus)], as_json=False, cluster=True)
    ctx.invoke(stories, ctx=ctx, since=None, limit=50, as_json=False)

@app.command("cluster")
def cluster_cmd(ctx: typer.Context) -> None:
    """Fold copies and assign every article that has no story yet."""
    app_ = _open(ctx)
    try:
        out.print_json(json.dumps(app_.cluster()))
    finally:
        app_.close()


@app.command()
def recluster(ctx: typer.Context) -> None:
    """Rebuild every story from scratch (deterministic; story ids kept where stories persist)."""
    app_ = _open(ctx)
    try:
        out.print_json(json.dumps(app_.recluster()))
    finally:
        app_.close()


@app.command()
def stories(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(help="Only stories active since this date (YYYY-MM-DD).")] = None,
    limit: Annotated[int, typer.Option(help="How many.")] = 50,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Stories, most independent sources first."""
    from datetime import datetime

    from .service.stories import list_stories

    try:
        when = datetime.fromisoformat(since) if since else None
    except ValueError as exc:
        err.print(f"[red]error:[/] --since: not a date: {since!r}")
        raise typer.Exit(2) from exc
    app_ = _open(ctx)
    try:
        rows = list_stories(app_, when, limit)
    finally:
        app_.close()
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = Table("id", "sources", "articles", "languages", "latest", "headline")
    for row in rows:
        table.add_row(row["id"], str(row["independent_sources"]), str(row["articles"]), ",".join(row["languages"]),
                      (row["end"] or "")[:16], row["title"] or "")
    out.print(table)


@app.command()
def story(
    ctx: typer.Context,
    story_id: Annotated[str, typer.Argument(help="Story id.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    compare: Annotated[bool, typer.Option("--compare", help="Line up the sources: claims, quotes, entities, "
                                          "unique details, reposts, timeline, summary.")] = False,
) -> None:
    """One story with its articles; reposts shown under their original."""
    from .service.compare import compare_story
    from .service.stories import story_detail

    app_ = _open(ctx)
    try:
        detail = compare_story(app_, story_id, store=True) if compare else story_detail(app_, story_id)
    finally:
        app_.close()
    if detail is None:
        err.print(f"[red]error:[/] no story {story_id!r}")
        raise typer.Exit(1)
    if compare and not as_json:
        from .cli_render import print_comparison

        print_comparison(out, detail)
        return
    if as_json:
        sys.stdout.write(json.dumps(detail, ensure_ascii=False, indent=1) + "\n")
        return
    out.print(f"[bold]{detail['title']}[/]  ({detail['id']}: {detail['independent_sources']} independent sources, "
              f"{detail['reposts']} reposts, {', '.join(detail['languages'])})", highlight=False)
    for art in detail["articles"]:
        indent = "    ↳ repost " if art["copy_of"] else "  "
        out.print(f"{indent}{(art['published'] or '')[:16]}  {art['outlet'] or '?'}: {art['title']}", highlight=False)


export_app = typer.Typer(help="Export data.", no_args_is_help=True)
app.add_typer(export_app, name="export")


@export_app.command("stories")
def export_stories_cmd(
    ctx: typer.Context,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.jsonl,
) -> None:
    """One {story_id, title, article_ids} per story, with every external id given at import."""
    from .service.stories import export_stories

    app_ = _open(ctx)
    try:
        rows = list(export_stories(app_))
    finally:
        app_.close()
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        return
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


sources_app = typer.Typer(help="Feeds and sites Storyline follows.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")


@sources_app.command("add")
def sources_add(ctx: typer.Context, url: Annotated[str, typer.Argument(help="A feed URL or a site URL.")]) -> None:
    """Add a feed, or the feeds a site announces (<link rel=alternate>, then common paths)."""
    from .service.sources import add_source

    app_ = _open(ctx)
    try:
        added = asyncio.run(add_source(app_, url))
    except StorylineError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(1) from exc
    finally:
        app_.close()
    for a in added:
        out.print(f"{'added' if a.created else 'already followed'}: {a.url}  {a.title or ''}", highlight=False)


@sources_app.command("import-opml")
def sources_import_opml(ctx: typer.Context, path: Annotated[Path, typer.Argument(exists=True, dir_okay=False)]) -> None:
    """Follow every feed listed in an OPML file."""
    from .service.sources import import_opml

    app_ = _open(ctx)
    try:
        added = import_opml(app_, path.read_bytes())
    except StorylineError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(1) from exc
    finally:
        app_.close()
    out.print(f"{sum(a.created for a in added)} added, {sum(not a.created for a in added)} already followed")


@sources_app.command("export-opml")
def sources_export_opml(ctx: typer.Context) -> None:
    """Print the followed feeds as OPML."""
    from .service.sources import export_opml

    app_ = _open(ctx)
    try:
        sys.stdout.write(export_opml(app_))
    finally:
        app_.close()


@sources_app.command("list")
def sources_list(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Each source with its status: last success, last error, next poll, article count."""
    from .service.sources import list_sources

    app_ = _open(ctx)
    try:
        rows = list_sources(app_)
    finally:
        app_.close()
    keys = ("id", "url", "title", "outlet", "status", "last_success_at", "last_error", "last_error_at",
            "error_count", "next_poll_at", "poll_interval", "polls", "conditional_hits", "articles")
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps({k: _jsonable(getattr(row, k)) for k in keys}, ensure_ascii=False) + "\n")
        return
    table = Table("id", "status", "url", "articles", "last success", "next poll", "last error")
    for row in rows:
        table.add_row(str(row.id), row.status, row.url, str(row.articles), _when(row.last_success_at),
                      _when(row.next_poll_at), (row.last_error or "")[:60])
    out.print(table)


def _jsonable(value: object) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _when(value: object) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "strftime") else ""


def _source_status(ctx: typer.Context, ref: str, status: str | None, verb: str) -> None:
    from .service.sources import set_status

    app_ = _open(ctx)
    try:
        url = set_status(app_, ref, status)
    except StorylineError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(1) from exc
    finally:
        app_.close()
    out.print(f"{verb}: {url}", highlight=False)


@sources_app.command("pause")
def sources_pause(ctx: typer.Context, source: Annotated[str, typer.Argument(help="Id or URL.")]) -> None:
    """Stop polling a source (keeps it and its articles)."""
    _source_status(ctx, source, "paused", "paused")


@sources_app.command("resume")
def sources_resume(ctx: typer.Context, source: Annotated[str, typer.Argument(help="Id or URL.")]) -> None:
    """Poll a paused or disabled source again, from now."""
    _source_status(ctx, source, "active", "resumed")


@sources_app.command("remove")
def sources_remove(ctx: typer.Context, source: Annotated[str, typer.Argument(help="Id or URL.")]) -> None:
    """Stop following a source (its articles stay)."""
    _source_status(ctx, source, None, "removed")


@app.command()
def fetch(
    ctx: typer.Context,
    concurrency: Annotated[int, typer.Option(help="Requests in flight at most.")] = 16,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    cluster: Annotated[bool, typer.Option("--cluster/--no-cluster", help="Assign new articles to stories.")] = True,
) -> None:
    """One round over the sources that are due."""
    from .service.fetching import run_round

    app_ = _open(ctx)
    try:
        report = asyncio.run(run_round(app_, concurrency))
        if cluster and report.summary.imported:
            app_.cluster()
    finally:
        app_.close()
    if as_json:
        out.print_json(json.dumps(report.as_dict(), ensure_ascii=False))
        return
    out.print(f"sources polled: {report.sources}  not modified: {report.not_modified}  changed: {report.changed}  "
              f"pages: {report.pages}  imported: {report.summary.imported}  updated: {report.summary.updated}  "
              f"failed: {len(report.failed)}")
    for url, reason in report.failed:
        out.print(f"  failed {url}: {reason}", highlight=False, markup=False)


@app.command()
def watch(
    ctx: typer.Context,
    concurrency: Annotated[int, typer.Option(help="Requests in flight at most.")] = 16,
) -> None:
    """Keep polling sources as they fall due, until SIGINT or SIGTERM."""
    from .service.fetching import RoundReport
    from .service.fetching import watch as watch_loop

    app_ = _open(ctx)

    def on_round(report: RoundReport) -> None:
        if report.summary.imported:
            app_.cluster()
        if report.sources:
            err.print(f"round: {report.sources} polled, {report.summary.imported} new, {len(report.failed)} failed")

    async def main_loop() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await watch_loop(app_, stop, concurrency, on_round)

    try:
        asyncio.run(main_loop())
    finally:
        app_.close()
    err.print("stopped")


@app.command()
def version() -> None:
    """Print the version."""
    out.print(__version__)


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: Annotated[str | None, typer.Option("--db", help="Database URL (as the global --db).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Server processes (login rate limits are per process).")] = 1,
) -> None:
    """Run the reader (web pages, JSON API under /api/v1, feeds) with uvicorn."""
    import dataclasses
    import os

    import uvicorn

    from .web.app import create_app
    from .web.auth import load_secret

    settings = dataclasses.replace(_settings(ctx), db_url=db) if db else _settings(ctx)
    try:
        web = create_app(settings)
    except StorylineError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    err.print(f"Storyline reader on http://{host}:{port}/  (database: {settings.db_url})", highlight=False)
    if workers == 1:
        from .web.app import tune_gc

        tune_gc()
        uvicorn.run(web, host=host, port=port, log_level="warning", proxy_headers=False)
        return
    os.environ.update({"STORYLINE_DB": str(settings.db_url), "STORYLINE_DATA_DIR": str(settings.data_dir),
                       "STORYLINE_WEB_SECRET": load_secret(settings)})
    uvicorn.run("storyline.web.app:app_from_environment", factory=True, workers=workers, host=host, port=port,
                log_level="warning", proxy_headers=False)


users_app = typer.Typer(help="Reader accounts (for notes and the sources admin).", no_args_is_help=True)
app.add_typer(users_app, name="users")


@users_app.command("add")
def users_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="User name.")],
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")] = False,
) -> None:
    """Add a user, or set a new password for an existing one (prompted unless --password-stdin)."""
    from .service.accounts import add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    app_ = _open(ctx)
    try:
        user = add_user(app_, name, password)
    except StorylineError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(1) from exc
    finally:
        app_.close()
    out.print(f"user {user.name} saved", highlight=False)



def main() -> None:
    app()
