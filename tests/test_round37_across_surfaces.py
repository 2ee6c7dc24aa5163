# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The thirty-seventh round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, the draft strategy with a synthetic model that credits the wrong names, and
a story across two articles. Synthetic storm story written for this test (invented
people, rail firm and charity): a portfolio in a title ("the Finance Minister replied")
is never the speaker; a place and a post the tagger reads as a verb ("said Llanfair
coxswain Elin Pritchard") do not hide the speaker; "a Westway Rail spokeswoman" speaks
for Westway Rail; "was appointed Chief Constable" gives a role; "the charity Help for
Harbourside" is one body. Every check but the rail firm's fails on the code before the
round."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from briefsmith.briefing.stories import StoryInput, make_story
from briefsmith.core.candidates import build_candidates
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import UNATTRIBUTED, ArticleInput
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.linguistic import analysis_of

from tests.surface_runs import (
    brief_from_a_draft,
    brief_from_a_worker,
    brief_from_the_cli,
    brief_over_http,
    slack_reply_text,
)

ARTICLE = """Storm Idris closed roads across the county on Tuesday as rivers burst their banks.

"The crew were lucky to escape," said Llanfair coxswain Elin Pritchard after a trawler was towed to safety.

"Trains will not run on the coast line until Thursday," a Westway Rail spokeswoman said.

Marian Tolley was appointed Chief Constable of the county force in 2021. She said officers had rescued 40 people.

The charity Help for Harbourside said donations had doubled overnight.

"We have set aside money for every family affected," the Finance Minister replied when asked about compensation."""

# The same rescue told by another outlet, the coxswain's words again.
OTHER_OUTLET = """Trawler towed to safety off Llanfair

'The crew were lucky to escape,' said Llanfair coxswain Elin Pritchard.
"""

CREW = "The crew were lucky to escape"
MONEY = "We have set aside money for every family affected"
TRAINS = "Trains will not run on the coast line until Thursday"


def _check_brief(brief: dict[str, Any]) -> None:
    speakers = {q["text"].rstrip(".,"): q["speaker"] for q in brief["quotes"]}
    assert speakers.get(CREW) == "Elin Pritchard"
    assert speakers.get(TRAINS) == "Westway Rail"
    assert speakers.get(MONEY) == UNATTRIBUTED
    actors = {a["name"]: a for a in brief["actors"]}
    assert not {"Finance", "Llanfair", "Help", "Harbourside"} & set(actors)
    assert actors["Marian Tolley"]["role"] == "Chief Constable of the county force"
    assert actors["Help for Harbourside"]["kind"] == "organization"


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "idris")
    lines = text.split("\n")
    at = [i for i, line in enumerate(lines) if CREW in line]
    assert at and any("— _Elin Pritchard_" in lines[i + 1] for i in at if i + 1 < len(lines))
    assert "_Finance_" not in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "idris"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    offered = {q.text.rstrip(".,"): [names[s] for s in q.speakers] for q in candidates.quotes}
    assert offered[CREW][:1] == ["Elin Pritchard"]
    assert offered[MONEY] == []  # the model is shown no one to credit
    assert "Finance" not in names.values()


async def test_a_draft_crediting_the_portfolio_and_the_place_is_overruled() -> None:
    def answer(_article: str) -> dict[str, Any]:
        return {
            "situation": "A storm closed roads across the county.",
            "actors": [
                {"name": "Finance", "kind": "organization", "role": None, "aliases": []},
                {"name": "Llanfair", "kind": "organization", "role": None, "aliases": []},
            ],
            "quotes": [
                {"text": MONEY, "speaker": "Finance"},
                {"text": CREW, "speaker": "Llanfair"},
            ],
            "figures": [],
            "outlook": "",
        }

    result = await brief_from_a_draft(ARTICLE, answer)
    credited = {q.text.rstrip(".,"): q.speaker for q in result.brief.quotes}
    assert credited.get(MONEY) == UNATTRIBUTED
    assert credited.get(CREW) == "Elin Pritchard"


async def test_a_story_credits_the_coxswain_in_both_articles() -> None:
    items = [
        StoryInput("idris_a", text=ARTICLE),
        StoryInput("idris_b", text=OTHER_OUTLET),
    ]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(CREW)]
    assert theirs.speaker == "Elin Pritchard" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"idris_a", "idris_b"}
