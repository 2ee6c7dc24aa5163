# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The twenty-first round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, and a story across two articles. Synthetic island page written for this test
(invented carriers, superintendent, councillor, campaign and places): two carriers joined
by "and" are two bodies, and the flights both cancelled are told of both; a one-word
carrier the recognizer misses speaks its own words ("Bluecrest said: '…'"); a title held
for now is the role ("Acting Superintendent"); a campaign named after a councillor speaks
as the campaign, not as her; "2m of water" is metres; a shotgun's bore is no figure; a
general truth with a "when" clause is no outlook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from briefsmith.briefing.stories import StoryInput, make_story
from briefsmith.core.candidates import build_candidates
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.linguistic import analysis_of

from tests.surface_runs import (
    brief_from_a_worker,
    brief_from_the_cli,
    brief_over_http,
    slack_reply_text,
)

ARTICLE = """Island flights cancelled as floods hit homes

Fog and floods grounded flights across the Skerry islands on Monday. Bluecrest and Tarran Airways cancelled 40 flights between them.

Tarran Airways said its crews were ready to fly once the runway was clear. Bluecrest said: "We are sorry for the disruption to passengers."

Acting Superintendent Neil Foss said officers had rescued 14 people from homes in Carrow Bay. "It was 2m of water in some kitchens," he said.

Councillor Rhona Bain is standing for mayor. The Bain campaign said the council "failed to clear the drains in time."

A farmer was fined £400 by magistrates after firing a 12-bore shotgun at a news drone.

Snow will settle when the ground is cold enough, forecasters said. Flights will resume on Wednesday."""

# The same day told by another outlet, the carriers named the other way round.
OTHER_OUTLET = """Flights grounded by fog

Tarran Airways and Bluecrest grounded flights on Monday. Tarran Airways said its crews were ready. Bluecrest said: "We are sorry for the disruption to passengers."
"""

SORRY = "We are sorry for the disruption to passengers."
WATER = "It was 2m of water in some kitchens"
DRAINS = "failed to clear the drains in time."


def _check(quotes: list[tuple[str, str]]) -> None:
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[SORRY.rstrip(".")] == "Bluecrest"
    assert speakers[WATER] == "Neil Foss"
    assert speakers[DRAINS.rstrip(".")] == "Bain campaign"


def _check_brief(brief: dict[str, Any]) -> None:
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    actors = {a["name"]: a for a in brief["actors"]}
    assert actors["Bluecrest"]["kind"] == actors["Tarran Airways"]["kind"] == "organization"
    assert not [name for name in actors if " and " in name]
    assert actors["Neil Foss"]["role"] == "Acting Superintendent"
    figures = {f["text"]: f for f in brief["figures"]}
    assert "Bluecrest and Tarran Airways" in figures["40"]["measures"]
    assert figures["2m"]["value"] == 2 and figures["2m"]["unit"] == "metres"
    assert not [text for text in figures if "12" in text]
    assert "Snow will settle" not in brief["outlook"]
    assert "Flights will resume on Wednesday" in brief["outlook"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "island")
    assert f"> “{SORRY}”\n— _Bluecrest_" in text
    assert "— _Bain campaign_" in text and "— _Rhona Bain_" not in text
    assert "• *Neil Foss* _(person)_ — Acting Superintendent" in text
    assert "• *Tarran Airways* _(organization)_" in text
    assert "• *Bluecrest* _(organization)_" in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "island"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    _check(
        [
            (q.text, names[q.speakers[0]] if q.speakers else "unattributed")
            for q in candidates.quotes
        ]
    )
    assert {"Bluecrest", "Tarran Airways"} <= set(names.values())
    assert not [name for name in names.values() if " and " in name]


async def test_a_story_credits_the_carrier_in_both_articles() -> None:
    items = [StoryInput("island_a", text=ARTICLE), StoryInput("island_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story
    names = [a.name for a in story.actors]
    assert {"Bluecrest", "Tarran Airways"} <= set(names)
    assert not [name for name in names if " and " in name]
    [theirs] = [q for q in story.quotes if q.text.startswith(SORRY.rstrip("."))]
    assert theirs.speaker == "Bluecrest" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"island_a", "island_b"}
