"""A bug inside briefsmith reaches the CLI user as one line and a non-zero exit, never a
traceback, and the line carries only the error's type: its message may hold article text
or a setting's value. Round 30 found such a bug (the outlook's table had no entry for one
kind of clause, and `brief summarize` printed a KeyError traceback); this is the guard
for the next one. The failing engine is a synthetic fake registered through the engine
registry, as the other tests register theirs."""

from __future__ import annotations

from pathlib import Path

from briefsmith.surfaces.cli.main import app
from typer.testing import CliRunner

from tests.api_synthetic import SYNTHETIC_ARTICLE, SyntheticEngine


def test_an_engine_bug_is_one_line_without_its_message(tmp_path: Path, register_engine) -> None:
    secret = "sk-live-synthetic-0000 and the article's words"
    register_engine("extractive", SyntheticEngine(name="extractive", error=KeyError(secret)))
    path = tmp_path / "article.txt"
    path.write_text(SYNTHETIC_ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", "--engine", "extractive", str(path)])
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: internal error (KeyError)")
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    assert secret not in result.stderr and "sk-live" not in result.output
    assert result.stdout == ""
