# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The eleventh round's lead classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, and the select
strategy's candidates. Synthetic sport-and-culture page, invented people, club and
album: a quoted album title and a quoted scheme name (no quotes), a reply introduced by
a colon clause with no speech verb (the replier's words, not the previous speaker's),
and an occupation before a name (the role, not part of the name)."""

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

ARTICLE = """Club chairman and manager clash over 'pay as you play' plan

Harbury Town chairman Ollie Fenwick has defended the club's 'pay as you play' scheme for youth teams, which starts next season.

"Every other club in the league charges something and we cannot keep losing money," Fenwick told the Harbury Gazette.

His manager, Desmond Achebe, was unimpressed: "Kids from the estate will simply stop coming, and we will lose the next generation of players."

Astronaut Priya Lamba, who grew up in the town, is the club's honorary president. She recorded a message for the team's new album, 'Songs From The Home End', released on Friday.

The board will vote on the plan on Monday."""


def _check(quotes: list[tuple[str, str]]) -> None:
    speakers = dict(quotes)
    assert "pay as you play" not in speakers
    assert "Songs From The Home End" not in speakers
    assert (
        speakers["Every other club in the league charges something and we cannot keep losing money"]
        == "Ollie Fenwick"
    )
    replied = "Kids from the estate will simply stop coming, and we will lose the next generation of players."
    assert speakers[replied] == "Desmond Achebe"


def _check_actors(names: list[str]) -> None:
    assert "Priya Lamba" in names
    assert not any(name.startswith("Astronaut") for name in names)


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
    _check_actors([a["name"] for a in brief["actors"]])


async def test_the_http_brief(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path, engine="extractive"))
    async with api_client(app) as client:
        response = await client.post("/v1/briefs", json={"text": ARTICLE})
    assert response.status_code == 201, response.text
    brief = response.json()["brief"]
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    _check_actors([a["name"] for a in brief["actors"]])


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    quotes = [
        (q.text, names[q.speakers[0]] if q.speakers else UNATTRIBUTED) for q in candidates.quotes
    ]
    _check(quotes)
    _check_actors(list(names.values()))
