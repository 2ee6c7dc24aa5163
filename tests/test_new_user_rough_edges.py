"""Issue 24's rough edges, found by trying Briefsmith as a new user would: each one a
clear one-line answer instead of a traceback, a box, a silent retry or a wrong exit
status. The commands run as a user runs them (the `brief` CLI in a subprocess, away
from the repository so no .env file is read); articles and corpora are synthetic."""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from briefsmith.core.requests import DUPLICATE_ID
from briefsmith.surfaces.http import create_app

from tests.api_synthetic import api_client, make_app, make_settings, synthetic_news_site
from tests.viewer_articles import HARBOUR_PAGE, SECOND_OUTLET

REPO = Path(__file__).resolve().parents[1]


def run_brief(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_", "OPENAI"))}
    environment.update(BRIEF_DB_PATH=str(cwd / "briefs.db"), **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "briefsmith.surfaces.cli.main", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def assert_one_line_error(outcome: subprocess.CompletedProcess[str], *needles: str) -> str:
    lines = outcome.stderr.strip().splitlines()
    assert outcome.returncode == 2, (outcome.returncode, outcome.stderr)
    assert len(lines) == 1 and lines[0].startswith("error: "), outcome.stderr
    assert "Traceback" not in outcome.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


# --- 1. brief serve: a bad port is a one-line error, exit 2 ---------------------------------


@pytest.mark.parametrize("port", ["99999", "0", "70000"])
def test_serve_refuses_a_port_out_of_range(tmp_path, port):
    assert_one_line_error(run_brief("serve", "--port", port, cwd=tmp_path), "--port", port)


def test_serve_refuses_a_port_in_use_in_one_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        outcome = run_brief("serve", "--port", port, cwd=tmp_path)
    assert_one_line_error(outcome, f"127.0.0.1:{port}", "in use")


def test_serve_refuses_a_host_it_cannot_listen_on(tmp_path):
    outcome = run_brief("serve", "--host", "no-such-host.invalid", cwd=tmp_path)
    assert_one_line_error(outcome, "no-such-host.invalid")


# --- 2. brief summarize URL, through the URL guard ------------------------------------------


def test_summarize_fetches_a_url_through_the_url_guard(tmp_path):
    with synthetic_news_site() as (base_url, seen):
        refused = run_brief("summarize", f"{base_url}/article.html", cwd=tmp_path)
        allowed = run_brief(
            "summarize",
            f"{base_url}/article.html",
            cwd=tmp_path,
            env={"BRIEF_URL_ALLOWLIST": "127.0.0.1"},
        )
    # The guard refuses loopback unless allowlisted, exactly as POST /v1/briefs does.
    assert_one_line_error(refused, "loopback")
    assert allowed.returncode == 0, allowed.stderr
    result = json.loads(allowed.stdout)
    assert result["article"]["url"] == f"{base_url}/article.html"
    assert "Riverton" in result["article"]["text"]
    assert [path for path, _ in seen] == ["/article.html"]


# --- 3. brief batch: a text file, duplicate ids ---------------------------------------------


def test_batch_given_an_article_instead_of_a_corpus_says_so_in_one_line(tmp_path):
    article = tmp_path / "strike.txt"
    article.write_text(HARBOUR_PAGE, encoding="utf-8")
    out = tmp_path / "briefs.jsonl"
    outcome = run_brief("batch", str(article), "--out", str(out), cwd=tmp_path)
    assert_one_line_error(outcome, "not a JSONL corpus", "brief summarize")
    assert not out.exists()


def test_batch_refuses_duplicate_ids_like_the_http_batches(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    records = [
        {"id": "strike", "text": HARBOUR_PAGE},
        {"id": "courier", "text": SECOND_OUTLET},
        {"id": "strike", "text": SECOND_OUTLET},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "briefs.jsonl"
    line = assert_one_line_error(
        run_brief("batch", str(corpus), "--out", str(out), cwd=tmp_path),
        f"strike: {DUPLICATE_ID}",
    )
    assert not out.exists()

    async def over_http() -> dict:
        app = make_app(tmp_path / "http")
        async with api_client(app) as client:
            response = await client.post("/v1/batches", json={"articles": records})
        assert response.status_code == 422
        return response.json()

    (tmp_path / "http").mkdir()
    problem = asyncio.run(over_http())
    assert f"strike: {DUPLICATE_ID}" in problem["detail"]
    assert line.removeprefix("error: ") in problem["detail"]


# --- 4 and 10. settings: one line naming the variable, exit 2, on every command --------------

COMMANDS = [
    ["summarize", "article.txt"],
    ["story", "article.txt", "article.txt"],
    ["batch", "corpus.jsonl", "--out", "briefs.jsonl"],
    ["serve"],
    ["worker"],
    ["record"],
    ["eval", "--engine", "extractive"],
    ["slack", "--socket"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_bad_setting_is_one_line_naming_the_variable_on_every_command(tmp_path, command):
    (tmp_path / "article.txt").write_text(SECOND_OUTLET, encoding="utf-8")
    (tmp_path / "corpus.jsonl").write_text(json.dumps({"text": SECOND_OUTLET}) + "\n")
    bad = {"BRIEF_DATABASE_URL": "mysql://user:secret-password@db/briefs"}
    line = assert_one_line_error(run_brief(*command, cwd=tmp_path, env=bad), "BRIEF_DATABASE_URL")
    assert "secret-password" not in line and "Value error" not in line


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("BRIEF_BASE_URL", "not-a-url"),
        ("BRIEF_BASE_URL", "ftp://models.example/v1"),
        ("BRIEF_BASE_URL", "http://localhost:99999/v1"),
        ("BRIEF_REDIS_URL", "localhost:6379"),
        ("BRIEF_DATABASE_URL", "sqlite:///"),
    ],
)
def test_each_bad_url_setting_is_named(tmp_path, variable, value):
    (tmp_path / "article.txt").write_text(SECOND_OUTLET, encoding="utf-8")
    outcome = run_brief("summarize", "article.txt", cwd=tmp_path, env={variable: value})
    assert_one_line_error(outcome, f"invalid setting {variable}")


def test_a_bad_base_url_is_named_at_once_not_retried(tmp_path):
    """No "could not connect" retries and no quiet fallback: the variable is named."""
    (tmp_path / "article.txt").write_text(SECOND_OUTLET, encoding="utf-8")
    outcome = run_brief("summarize", "article.txt", cwd=tmp_path, env={"BRIEF_BASE_URL": "x"})
    line = assert_one_line_error(outcome, "BRIEF_BASE_URL", "http")
    assert "connect" not in line


async def test_a_sqlite_url_is_the_sqlite_store(tmp_path):
    database = tmp_path / "elsewhere" / "briefs.sqlite3"
    database.parent.mkdir()
    settings = make_settings(tmp_path, database_url=f"sqlite:///{database}")
    assert settings.database_url is None and settings.db_path == database
    app = create_app(settings)
    async with api_client(app) as client:
        made = await client.post("/v1/briefs", json={"text": SECOND_OUTLET})
        assert made.status_code == 201, made.text
        again = await client.get(f"/v1/briefs/{made.json()['id']}")
        assert again.status_code == 200
    assert database.stat().st_size > 0


def test_a_relative_sqlite_url_is_relative_to_where_the_command_runs(tmp_path):
    (tmp_path / "article.txt").write_text(SECOND_OUTLET, encoding="utf-8")
    outcome = run_brief(
        "summarize", "article.txt", cwd=tmp_path, env={"BRIEF_DATABASE_URL": "sqlite:///my.db"}
    )
    assert outcome.returncode == 0, outcome.stderr


# --- 7. help and usage errors ---------------------------------------------------------------

HELP_COMMANDS = [
    [],
    ["summarize"],
    ["story"],
    ["batch"],
    ["serve"],
    ["record"],
    ["eval"],
    ["eval", "compare"],
    ["local-server"],
]


@pytest.mark.parametrize("command", HELP_COMMANDS, ids=lambda c: " ".join(c) or "brief")
def test_help_shows_plain_names_and_types(tmp_path, command):
    outcome = run_brief(*command, "--help", cwd=tmp_path)
    assert outcome.returncode == 0, outcome.stderr
    assert not re.search(r"\{[a-z_]+\}", outcome.stdout), outcome.stdout  # typer's {path}
    for typer_noise in ("<bool>", "<str>", "<list[", "<int>", "<path>"):
        assert typer_noise not in outcome.stdout, (typer_noise, outcome.stdout)


@pytest.mark.parametrize(
    "args",
    [
        ["summarize"],
        ["summarize", "a.txt", "--format", "pdf"],
        ["story", "a.txt", "--no-such-option"],
        ["no-such-command"],
        ["eval", "compare", "one-run"],
    ],
)
def test_a_usage_mistake_is_one_error_line(tmp_path, args):
    outcome = run_brief(*args, cwd=tmp_path)
    assert_one_line_error(outcome, "--help")
    assert "╭" not in outcome.stderr and "Usage:" not in outcome.stderr


# --- 8. LLM replay warnings belong to the brief and the log, not to stderr ------------------


REPLAY_UNTIL_REASKS_SPENT = """
import asyncio, sys
from briefsmith.briefing.pipeline import make_brief
from briefsmith.config.logging import configure_command_logging
from briefsmith.engines.cassettes import CASSETTES_DIR, replaying, seed_article, seed_stems

configure_command_logging()
for stem in seed_stems():
    with replaying(stem, cassettes_dir=CASSETTES_DIR) as engine:
        result = asyncio.run(make_brief(seed_article(stem), engine))
    if any(w.code == "reasks-spent" for w in result.brief.meta.warnings):
        print("spent")
        break
"""


def test_an_answer_still_invalid_after_reasks_is_a_brief_warning_not_a_stderr_line():
    """Replays a recorded conversation whose answer stays invalid after its re-asks (no
    network): the brief carries the reasks-spent warning, and a command's console (which
    shows warnings) gets no line for it. In a fresh interpreter, as a command runs: a
    test worker's logging may already have been configured by another test."""
    outcome = subprocess.run(
        [sys.executable, "-c", REPLAY_UNTIL_REASKS_SPENT],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO / "service")},
    )
    assert outcome.returncode == 0, outcome.stderr
    assert outcome.stdout.strip() == "spent", "no recording spends its re-asks any more"
    assert "still invalid" not in outcome.stderr


# --- 12. the README says how long the tests take --------------------------------------------


def test_the_readme_says_how_long_the_tests_take():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    setup = readme[readme.index("## Set up") : readme.index("## The main job")]
    assert "pytest" in setup and "minutes" in setup
