# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The thirteenth round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, and a story across two articles. Synthetic regional page written for this
test (invented farm, people, insurer and outlet): a husband and wife who share a surname,
each quoted by title and surname ("Mrs Pryce said", "Mr Pryce, 68, said:"); words an
insurer's customers were shown, told by its chief executive (not his words); furniture of
kinds the round's new pages kept (a timestamp with a dash, "Also Read | ...", a fact box
of labelled fields, an agency credit in brackets); a hearing "pushed back" (outlook)."""

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
    brief_from_a_worker,
    brief_from_the_cli,
    brief_over_http,
    slack_reply_text,
)

ARTICLE = """Flood-hit farmers count the cost

Updated April 11 2026 - 9:47PM

Alan Pryce and his wife Joan Pryce have farmed at Cwm Dulas for 40 years.

"We have never seen water like it," Mrs Pryce said.

Mr Pryce, 68, said: "The sheep were up to their necks by midnight."

Customers of the insurer were shown the warning "Claim not found", its chief executive, Dafydd Rees, told the committee.

Also Read | River levels: full list of flood warnings

Date: 4 May | Venue: Builth Wells | Entry: free

The council's hearing on flood defences has been pushed back to June.

(With inputs from agencies)"""

# The same flood told by another outlet, naming the couple the other way round.
OTHER_OUTLET = """Valley farm under water

Joan Pryce, 66, and her husband, Alan, lost 30 ewes when the river burst its banks.

"We have never seen water like it," Mrs Pryce said.

Her husband said the farm would need a year to recover."""

FURNITURE = [
    "Updated April 11 2026",
    "Also Read",
    "Venue: Builth Wells",
    "With inputs from agencies",
]
HER_WORDS = "We have never seen water like it"
HIS_WORDS = "The sheep were up to their necks by midnight."


def _check(text: str, quotes: list[tuple[str, str]]) -> None:
    for line in FURNITURE:
        assert line not in text, line
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[HER_WORDS] == "Joan Pryce"
    assert speakers[HIS_WORDS.rstrip(".")] == "Alan Pryce"
    # What the customers were shown is not the chief executive's speech.
    assert speakers.get("Claim not found", UNATTRIBUTED) == UNATTRIBUTED


def _check_brief(brief: dict[str, Any]) -> None:
    _check(
        brief["situation"] + " " + (brief["outlook"] or ""),
        [(q["text"], q["speaker"]) for q in brief["quotes"]],
    )
    names = [a["name"] for a in brief["actors"]]
    assert "Joan Pryce" in names and "Alan Pryce" in names
    assert (brief["outlook"] or "").startswith("The council's hearing on flood defences")


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "flood")
    assert f"> “{HER_WORDS}”\n— _Joan Pryce_" in text
    assert f"> “{HIS_WORDS}”\n— _Alan Pryce_" in text
    assert "Claim not found”\n— _Dafydd Rees_" not in text
    for line in FURNITURE:
        assert line not in text, line


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "flood"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    quotes = [
        (q.text, names[q.speakers[0]] if q.speakers else UNATTRIBUTED) for q in candidates.quotes
    ]
    _check(cleaned, quotes)


async def test_a_story_keeps_the_couple_apart() -> None:
    items = [StoryInput("farm_a", text=ARTICLE), StoryInput("farm_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story
    joan = [a for a in story.actors if a.name == "Joan Pryce" or "Joan Pryce" in a.aliases]
    alan = [a for a in story.actors if a.name == "Alan Pryce" or "Alan Pryce" in a.aliases]
    assert len(joan) == 1 and len(alan) == 1
    assert joan[0] is not alan[0]
    assert {s.article_id for s in joan[0].sources} == {"farm_a", "farm_b"}
    [hers] = [q for q in story.quotes if q.text.startswith(HER_WORDS)]
    assert hers.speaker == "Joan Pryce" and not hers.speaker_conflict
    assert {s.article_id for s in hers.sources} == {"farm_a", "farm_b"}
