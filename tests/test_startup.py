"""Start-up: `brief --help` imports none of the heavy libraries, and a command imports
only those it uses (read from `python -X importtime`, not timed: the time is in
benches/startup.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HEAVY = (
    "fastapi",
    "starlette",
    "uvicorn",
    "openai",
    "instructor",
    "arq",
    "redis",
    "psycopg",
    "psycopg_pool",
    "spacy",
    "jinja2",
    "pydantic",
    "pydantic_settings",
    "httpx",
    "rich",
    "asyncio",
    "importlib.metadata",
)
# A synthetic article written for this test.
ARTICLE = (
    "The harbour authority said on Friday it would dredge the north channel this "
    "autumn at a cost of 3.2 million euros, its director Tomas Varga said."
)


def brief_imports(*args: str, cwd: Path = REPO) -> tuple[set[str], str]:
    """The top-level packages (and importlib.metadata) a `brief` run imports; its stdout."""
    code = (
        "import sys; sys.argv = ['brief', *sys.argv[1:]];"
        "from briefsmith.surfaces.cli.main import app; app()"
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("BRIEF_")}
    env["PYTHONPATH"] = os.pathsep.join((str(REPO / "service"), str(REPO)))
    outcome = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=env,
    )
    assert outcome.returncode == 0, outcome.stderr[-2000:]
    names = {
        line.rsplit("|", 1)[1].strip()
        for line in outcome.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    found = {name.split(".")[0] for name in names} | (names & {"importlib.metadata"})
    return found, outcome.stdout


def test_brief_help_imports_no_heavy_library():
    found, shown = brief_imports("--help")
    assert "summarize" in shown and "eval" in shown
    assert sorted(found & set(HEAVY)) == []


def test_the_help_line_of_a_lazy_sub_command_is_its_own():
    from briefsmith.evals.cli import eval_app
    from briefsmith.surfaces.cli.main import LAZY_SUBCOMMANDS

    assert LAZY_SUBCOMMANDS["eval"][1] == eval_app.info.help
    _, shown = brief_imports("--help")
    assert "eval          Score briefs against hand-written references" in shown


def test_an_extractive_summary_imports_no_server_queue_database_or_llm_library(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    found, shown = brief_imports("summarize", "--engine", "extractive", str(article), cwd=tmp_path)
    assert "Tomas Varga" in shown
    unused = {"fastapi", "starlette", "uvicorn", "openai", "instructor", "arq", "redis"}
    # (jinja2 is not in the list: spaCy, which parses every article, imports it.)
    unused |= {"psycopg", "psycopg_pool"}
    assert sorted(found & unused) == []


def test_the_version_is_read_when_asked():
    found, shown = brief_imports("--version")
    assert shown.startswith("briefsmith ")
    assert "importlib.metadata" in found
