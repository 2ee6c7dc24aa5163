# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The fourth round's attribution, role and figure classes (#21) reach every surface the
same way: the CLI (a subprocess, as a user runs it), HTTP with the real extractive
engine, and the select strategy's candidates. Synthetic article, invented people and
places: a speaker described by age and position after a relative clause names someone
else, a governor given by "Gov.", a vicar named with her form of address, a claim the
quoted words are denied in, and an age a person is."""

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

ARTICLE = """Village cup win ends 40-year wait

Harlow Vale won the county cup on Saturday, beating Redbrook by 34 runs in front of a crowd of 1,200.

Vale captain Daniel Okoye, whose brother Samuel played in the last winning side, said the result was for the whole village.

"This club has waited a long time for a day like this," he said.

The vicar, the Rev Grace Okonjo, rang the church bells after the final ball. Her husband, she said, "is 71 and cried like a baby."

Redbrook denied claims that their players had "refused to shake hands" after the match.

Okoye's grandmother watched from the pavilion. "My nan is 93. She has not missed a final since 1985," he said.

Oregon Gov. Tess Marlow, a former Vale player, sent a message. In a letter to the club, the governor wrote: "Small clubs are the heart of the game."

The club will parade the cup through the village on Sunday."""


def _check(actors: list[dict], quotes: list[tuple[str, str]], figures: list[str]) -> None:
    by_name = {a["name"]: a for a in actors}
    assert {"Daniel Okoye", "Grace Okonjo", "Tess Marlow"} <= set(by_name), sorted(by_name)
    assert by_name["Grace Okonjo"]["role"] == "The vicar"
    speakers = dict(quotes)
    assert speakers["This club has waited a long time for a day like this"] == "Daniel Okoye"
    assert speakers["refused to shake hands"] == UNATTRIBUTED
    assert speakers["Small clubs are the heart of the game."] == "Tess Marlow"
    # "My nan is 93": an age in passing, never a figure; the crowd is one.
    assert "1,200" in figures
    assert "93" not in figures


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
        (q.text, names[q.speakers[0]] if q.speakers else UNATTRIBUTED) for q in candidates.quotes
    ]
    _check(offered, quotes, [f.text for f in candidates.figures])
