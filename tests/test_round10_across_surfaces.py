# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The tenth round's lead classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, and the select
strategy's candidates. Synthetic local-news page, invented people, school and paper: a
present-tense caption and a paper's name under the byline (gone), page controls (gone),
words someone is branded by others (never theirs), and a short fragment a speech verb
frames (a quote, with its speaker)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from briefsmith.core.candidates import build_candidates
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import UNATTRIBUTED, ArticleInput
from briefsmith.engines.linguistic import analysis_of
from briefsmith.surfaces.http import create_app

from tests.api_synthetic import api_client, make_settings

ARTICLE = """Head teacher defends uniform crackdown after 40 pupils sent home

By Carys Penhallow
The Tremorden Echo

Copy link

Head teacher Lowri Bannister has been branded 'a dinosaur from another century' by angry parents after 40 pupils were sent home on Monday.

Parents gather outside the school gates on Monday morning before the protest

Ms Bannister said the rules had been "clear since September" and that she would not back down.

Local councillor Idris Mawgan said the row was "regrettable" and called for a meeting.

Gift this article

The school's governors will meet on Thursday to review the policy."""


def _check(quotes: list[tuple[str, str]]) -> None:
    speakers = dict(quotes)
    assert speakers.get("a dinosaur from another century") in (None, UNATTRIBUTED)
    assert speakers["regrettable"] == "Idris Mawgan"
    assert speakers["clear since September"] == "Lowri Bannister"


def _check_text(text: str) -> None:
    for furniture in (
        "The Tremorden Echo",
        "Parents gather outside",
        "Copy link",
        "Gift this article",
    ):
        assert furniture not in text


def test_the_cli_brief(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    outcome = subprocess.run(
        [sys.executable, "-m", "briefsmith.surfaces.cli.main", "summarize", str(path)],
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, "BRIEF_ENGINE": "extractive"},
    )
    assert outcome.returncode == 0, outcome.stderr.decode()
    brief = json.loads(outcome.stdout)["brief"]
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    _check_text(json.dumps(brief))


async def test_the_http_brief(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path, engine="extractive"))
    async with api_client(app) as client:
        response = await client.post("/v1/briefs", json={"text": ARTICLE})
    assert response.status_code == 201, response.text
    brief = response.json()["brief"]
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    _check_text(json.dumps(brief))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    _check_text(cleaned)
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    quotes = [
        (q.text, names[q.speakers[0]] if q.speakers else UNATTRIBUTED) for q in candidates.quotes
    ]
    _check(quotes)
