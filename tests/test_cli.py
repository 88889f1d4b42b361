import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app

from .corpus import write_corpus

runner = CliRunner()


def test_import_json_summary_then_idempotent(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    first = runner.invoke(app, ["--db", db, "import", str(tmp_path / "in"), "--json"])
    assert first.exit_code == 0, first.output
    summary = json.loads(first.output)
    assert summary["imported"] == 4 and summary["duplicates"] == 1 and summary["failed"] == []
    second = json.loads(runner.invoke(app, ["--db", db, "import", str(tmp_path / "in"), "--json"]).output)
    assert second["imported"] == 0 and second["duplicates"] == 5


def test_import_reports_failures_with_exit_code_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["--db", f"sqlite:///{tmp_path / 'c.db'}", "import", str(bad)])
    assert result.exit_code == 1
    assert "bad.html" in result.output and "empty" in result.output


def test_db_from_environment(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in")
    env = {"STORYLINE_DB": f"sqlite:///{tmp_path / 'env.db'}"}
    result = runner.invoke(app, ["import", str(tmp_path / "in" / "wire.jsonl")], env=env)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env.db").exists()


def test_extract_prints_jsonl_without_storing(tmp_path: Path) -> None:
    files = write_corpus(tmp_path / "in")
    result = runner.invoke(app, ["--data-dir", str(tmp_path / "data"), "extract", str(files["en"]),
                                 str(files["jsonl"]), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["hollin-en", "w-1", "w-2", "w-3"]
    en = rows[0]
    assert en["title"] == "Hollin reservoir spillway cracks, villages evacuated"
    assert en["language"] == "en" and en["published"] == "2025-03-11T08:30:00+01:00"
    assert en["timezone_known"] is True
    assert "About 1,500 residents" in en["text"] and "\n\n" in en["text"]
    assert "Privacy" not in en["text"]
    assert rows[2]["language"] == "de"
    assert not (tmp_path / "data" / "storyline.db").exists()
