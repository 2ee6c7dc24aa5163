# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The twenty-second round's classes (#21, the issue's own error classes swept again)
reach every surface the same way: the CLI (a subprocess, as a user runs it), HTTP with
the real extractive engine, the Slack bot, a batch briefed by a `brief worker` process on
a real Redis, the select strategy's candidates, and a story across two articles.
Synthetic club page written for this test (invented club, historian, chief executive,
council leader and residents' group): straight single quotes with an elision inside
("rock 'n' roll") are one verbatim quote; a line-wrap dot before a name is rejoined; "X,
of the Y Association, said:" credits X, never the association, and a scare quote in the
fronted clause credits nobody; "'…,' added the council leader" credits the leader; a side
named by its plural nickname is a body; "£3-4bn" is one sum; "appointed as Chief
Executive of X" is the role."""

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

ARTICLE = """Stadium plan gets go-ahead as club hires new chief

The Harwell Vale Mariners will build a £3-4bn stadium on the waterfront after the council backed the plan on Tuesday, the club said.

'It was pure rock 'n' roll from start to finish,' said club historian Gail Ferriby, recalling the night the team won the league in the '90s.

Kestrel Foods chief executive Dara Quinn was appointed as Chief Executive of the Mariners. The deal was signed by the chairman of . Harwell Vale Mariners on Monday.

Council leader Ruth Abbott said the vote had been close. 'The ground will be ready by 2028,' added the council leader.

As residents defended their 'quiet streets', Liam Roe, of the Harwell Vale Residents Association, said: 'We were never asked about the traffic.'"""

# The same day told by another outlet, the historian quoted with double marks.
OTHER_OUTLET = """Mariners stadium approved

"It was pure rock 'n' roll from start to finish," said club historian Gail Ferriby."""

HISTORIAN = "It was pure rock 'n' roll from start to finish"
LEADER = "The ground will be ready by 2028"
RESIDENT = "We were never asked about the traffic."


def _check(quotes: list[tuple[str, str]]) -> None:
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[HISTORIAN] == "Gail Ferriby"
    assert speakers[LEADER] == "Ruth Abbott"
    assert speakers[RESIDENT.rstrip(".")] == "Liam Roe"
    assert "quiet streets" not in speakers


def _check_brief(brief: dict[str, Any]) -> None:
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    actors = {a["name"]: a for a in brief["actors"]}
    assert actors["Harwell Vale Mariners"]["kind"] == "organization"
    assert "Harwell Vale Residents Association" not in {q["speaker"] for q in brief["quotes"]}
    assert actors["Dara Quinn"]["role"] == "Chief Executive of the Mariners"
    figures = {f["text"]: f for f in brief["figures"]}
    assert figures["£3-4bn"]["unit"] == "GBP" and figures["£3-4bn"]["value"] == 3e9
    assert not [text for text in figures if text in ("£3", "4bn")]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "club")
    assert f"> “{HISTORIAN}”\n— _Gail Ferriby_" in text
    assert f"> “{RESIDENT}”\n— _Liam Roe_" in text
    assert "• *Dara Quinn* _(person)_ — Chief Executive of the Mariners" in text
    assert "• *Harwell Vale Mariners* _(organization)_" in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "club"))


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
    assert "Harwell Vale Mariners" in set(names.values())


async def test_a_story_credits_the_historian_in_both_articles() -> None:
    items = [StoryInput("club_a", text=ARTICLE), StoryInput("club_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(HISTORIAN)]
    assert theirs.speaker == "Gail Ferriby" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"club_a", "club_b"}
