# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The seventeenth round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, and a story across two articles. Synthetic racing page written for this test
(invented horse, trainer, officials, course and outlet): "Trained by X, Horse jumped ...
said the trainer" (the horse no actor, the words the trainer's); a spokeswoman's report
about the clerk followed by "she said" (not the clerk's); a post a linking verb gives
over a pastime; a part that keeps its total ("38 of its 212 parking bays"); guidance of
last March (no outlook) beside the next meeting (the outlook)."""

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

ARTICLE = """Silver Arrow lands the Kilmore Chase

Silver Arrow won the Kilmore Chase at Ballyhale on Saturday, beating 11 rivals.

Trained by Gemma Lowe, Silver Arrow jumped the last fence clear. "He has never jumped better in his life," said the trainer.

Clerk of the course Tom Bell missed the meeting. A spokeswoman for the racecourse said the clerk was unwell. "He will be back for the spring festival," she said.

Ian Crowe, a lifelong racing fan, is the supporters' club chairman. "It was the best day we have had here in years," Mr Crowe said.

The Harbour Queen, a restaurant built in the shape of a paddle steamer, served 400 lunches.

The course said 38 of its 212 parking bays were flooded.

Last March the course said it would reopen the old stand by Christmas.

The prize-giving will run for 90 minutes.

The next meeting at Ballyhale will be held on 14 March."""

# The same meeting told by another outlet, naming the trainer in full.
OTHER_OUTLET = """Lowe's star jumps clear

Trainer Gemma Lowe saddled the winner. "He has never jumped better in his life," Lowe said."""

TRAINER = "He has never jumped better in his life"
CLERK = "He will be back for the spring festival"
FAN = "It was the best day we have had here in years"
OUTLOOK = "The next meeting at Ballyhale will be held on 14 March."


def _check(quotes: list[tuple[str, str]]) -> None:
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[TRAINER] == "Gemma Lowe"
    assert speakers[CLERK] != "Tom Bell"
    assert speakers[FAN] == "Ian Crowe"


def _check_brief(brief: dict[str, Any]) -> None:
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    actors = {a["name"]: a for a in brief["actors"]}
    assert "Silver Arrow" not in actors
    assert "chairman" in actors["Ian Crowe"]["role"]
    figures = {f["text"]: f for f in brief["figures"]}
    assert "212" in figures["38"]["measures"]
    assert brief["outlook"] == OUTLOOK


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "race")
    assert f"> “{TRAINER}”\n— _Gemma Lowe_" in text
    assert f"> “{FAN}”\n— _Ian Crowe_" in text
    assert "Tom Bell_" not in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "race"))


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
    assert "Silver Arrow" not in names.values()


async def test_a_story_credits_the_trainer_in_both_articles() -> None:
    items = [StoryInput("race_a", text=ARTICLE), StoryInput("race_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story
    names = [a.name for a in story.actors]
    assert "Silver Arrow" not in names
    [theirs] = [q for q in story.quotes if q.text.startswith(TRAINER)]
    assert theirs.speaker == "Gemma Lowe" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"race_a", "race_b"}
