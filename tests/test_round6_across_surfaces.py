# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The sixth round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, and the select
strategy's candidates. Synthetic article, invented people, firms and places: a woman the
small pipeline may not know as a person followed by "she said", a body described later
by its league, a firm named after its trade, a particle surname, a time offset and an
appeal quoting a past incident's date."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from briefsmith.core.candidates import build_candidates
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.linguistic import analysis_of
from briefsmith.surfaces.http import create_app

from tests.api_synthetic import api_client, make_settings

ARTICLE = """Club's ground sold to developer

Dunmore Athletic have sold their Mill Lane ground to a housing developer for £4.6m, ending 97 years at the site.

Auctioneers Pellow Marsh said the sale had drawn bids from six firms. "It was a very competitive process," the firm said.

The League Two club will share a stadium with neighbours Carrow Town from August.

Supporters' trust chair Ines Okafor-Blake travels to every away game. "The heart has been ripped out of this town," she said.

Club president Rafael de la Torre, 64, said the board had no choice. "We could not pay the wages," de la Torre said.

The trust asked the council to list the ground as a community asset, but the request was refused four months later.

Anyone with information about damage to the stand can call police on 101, quoting incident 381 of 2 May."""


def _check(actors: list[dict], quotes: list[tuple[str, str]], figures: list[str]) -> None:
    by_name = {a["name"]: a for a in actors}
    assert {"Dunmore Athletic", "Ines Okafor-Blake", "Rafael de la Torre"} <= set(by_name), sorted(
        by_name
    )
    # A firm named after its trade is a firm, whatever the recognizer made of it.
    assert by_name["Pellow Marsh"]["kind"] == "organization"
    # The league description is the club named before, not an actor of its own.
    assert not any("League Two" in name for name in by_name), sorted(by_name)
    speakers = dict(quotes)
    assert speakers["The heart has been ripped out of this town"] == "Ines Okafor-Blake"
    assert speakers["We could not pay the wages"] == "Rafael de la Torre"
    assert "£4.6m" in figures
    assert "four months" not in figures  # a time offset places the refusal; no figure


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
    _check(
        brief["actors"],
        [(q["text"], q["speaker"]) for q in brief["quotes"]],
        [f["text"] for f in brief["figures"]],
    )
    assert "381" not in brief["outlook"] and "2 May" not in brief["outlook"]


async def test_the_http_brief(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path, engine="extractive"))
    async with api_client(app) as client:
        response = await client.post("/v1/briefs", json={"text": ARTICLE})
    assert response.status_code == 201, response.text
    brief = response.json()["brief"]
    _check(
        brief["actors"],
        [(q["text"], q["speaker"]) for q in brief["quotes"]],
        [f["text"] for f in brief["figures"]],
    )


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    offered = [
        {"name": a.name, "kind": a.kind, "role": a.role, "aliases": list(a.aliases)}
        for a in candidates.actors
    ]
    quotes = [
        (q.text, names[q.speakers[0]] if q.speakers else "unattributed") for q in candidates.quotes
    ]
    _check(offered, quotes, [f.text for f in candidates.figures])
