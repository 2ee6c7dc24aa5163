# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The actors the linguistic layer settles (#21) reach every surface the same way: the CLI
(a subprocess, as a user runs it), HTTP with the real extractive engine, and the select
strategy's candidates, which the model picks from. Synthetic article, invented people
and companies: a father and daughter who share a surname, a company the recognizer may
read as a person and then calls "it", a one-word union after its common noun and a
commentator's employer."""

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

ARTICLE = """Care firm fined after death of resident, 91

Harold Pryce, 91, died after lying on the floor of his room at Elmfield Lodge for seven hours, an inquest heard.

Elmfield Care said it had since hired more night staff. The union Voxa, which represents care workers, said staff had warned managers for months.

His daughter, Joan Pryce, said: "Dad deserved better than this." Mr Pryce had been a postman for 40 years.

Peel Hunt analyst Omar Reid said the fine would hurt Elmfield Care's plans to expand."""

EXPECTED = {"Harold Pryce", "Joan Pryce", "Elmfield Care", "Voxa"}
NOT_ACTORS = {"Peel Hunt", "Pryce"}


def _check(actors: list[dict]) -> None:
    by_name = {a["name"]: a for a in actors}
    assert set(by_name) >= EXPECTED, sorted(by_name)
    assert not NOT_ACTORS & set(by_name)
    assert by_name["Elmfield Care"]["kind"] == "organization"
    assert by_name["Voxa"]["kind"] == "organization"
    # The shared surname names neither the father nor the daughter alone.
    assert "Pryce" not in by_name["Harold Pryce"].get("aliases", [])
    assert "Pryce" not in by_name["Joan Pryce"].get("aliases", [])
    assert by_name["Joan Pryce"]["role"] and "daughter" in by_name["Joan Pryce"]["role"]


def test_the_cli_prints_the_settled_actors(tmp_path: Path) -> None:
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
    _check(brief["actors"])
    spans = {a["name"]: a["span"] for a in brief["actors"]}
    text = json.loads(outcome.stdout)["article"]["text"]
    # Each person's span is their own name, never the other's.
    for name in ("Harold Pryce", "Joan Pryce"):
        assert text[spans[name]["start"] : spans[name]["end"]] == name


async def test_http_returns_the_settled_actors(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path, engine="extractive"))
    async with api_client(app) as client:
        response = await client.post("/v1/briefs", json={"text": ARTICLE})
    assert response.status_code == 201, response.text
    _check(response.json()["brief"]["actors"])


def test_the_select_candidates_offer_the_settled_actors() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    offered = [
        {"name": a.name, "kind": a.kind, "role": a.role, "aliases": list(a.aliases)}
        for a in candidates.actors
    ]
    _check(offered)
    quote = next(q for q in candidates.quotes if q.text.startswith("Dad deserved"))
    names = {a.id: a.name for a in candidates.actors}
    assert [names[s] for s in quote.speakers][:1] == ["Joan Pryce"]
