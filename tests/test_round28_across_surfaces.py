# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The twenty-eighth round's classes (#21: the dev misses by frequency, fixed as classes,
and the lead's cleaning sweep) reach every surface the same way: the CLI (a subprocess,
as a user runs it), HTTP with the real extractive engine, the Slack bot, a batch briefed
by a `brief worker` process on a real Redis, the select strategy's candidates, and a
story across two articles. Synthetic South African sports page written for this test
(invented club, firm, officials and players): a section label over the headline, a
byline with the reporter's post before the name, a caption ending "(Supplied)" and a
reporter's note with her handle are page furniture, not the story; a country before a
player's noun ("A former Scotland midfielder") sets no actor; a player's position the
tagger reads as a verb ("Cape Harbour lock Sione Fifita") is his role; the spokesperson
of a body who "declined to comment" and then speaks is the body's voice; a firm's
total told after a part ("30 of its 112 shops") is a figure of its own; an order with a
deadline ("ordered the club to repay ... within 28 days") is the outlook."""

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

ARTICLE = """Sport

Harbour club fined as retail owner shuts stores

By sports correspondent Lerato Dube

Cape Harbour rugby club was fined R2 million on Monday after a disciplinary panel found it had fielded an ineligible player, the South African Rugby Union said.

Thabo Nkosi, managing director of Seaview Retail Holdings, which owns the club, said the firm would close 30 of its 112 shops by June.

A former Scotland midfielder, Callum Reid, joined the club in January. Cape Harbour lock Sione Fifita, 29, was banned for four matches.

The panel ordered the club to repay R450,000 in prize money within 28 days.

A spokesperson for the Western Province Rugby Union declined to comment on the fine. "We will study the panel's ruling," the spokesperson said later.

"We accept the finding and we will learn from it," Nkosi said.

Players train at the club's ground in Green Point last week. (Supplied)

Lerato Dube is our rugby correspondent. Follow her on X @leratodube."""

# The same fine told by another outlet, its union's words under the same cue.
OTHER_OUTLET = """Union studies Cape Harbour ruling

Cape Harbour rugby club must repay R450,000 within 28 days. A spokesperson for the Western Province Rugby Union declined to comment on the fine. "We will study the panel's ruling," the spokesperson said later."""

UNION = "We will study the panel's ruling"
OWNER = "We accept the finding and we will learn from it"
FURNITURE = ("By sports correspondent", "(Supplied)", "Follow her on X", "@leratodube", "Sport\n")


def _check_brief(brief: dict[str, Any]) -> None:
    assert brief["situation"].startswith("Cape Harbour rugby club was fined R2 million")
    assert not [piece for piece in FURNITURE if piece in brief["situation"]]
    speakers = {q["text"].rstrip(",."): q["speaker"] for q in brief["quotes"]}
    assert speakers[UNION] == "Western Province Rugby Union"
    assert speakers[OWNER] == "Thabo Nkosi"
    actors = {a["name"]: a for a in brief["actors"]}
    assert "Lerato Dube" not in actors and "Scotland" not in actors
    assert actors["Sione Fifita"]["role"] == "Cape Harbour lock"
    assert actors["Seaview Retail Holdings"]["kind"] == "organization"
    shops = sorted(f["value"] for f in brief["figures"] if f["unit"] == "shops")
    assert shops == [30, 112]
    assert "within 28 days" in brief["outlook"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "harbour")
    assert "— _Western Province Rugby Union_" in text and "— _Thabo Nkosi_" in text
    assert "Lerato Dube" not in text and "(Supplied)" not in text
    assert "• *Scotland*" not in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "harbour"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    assert not [piece for piece in FURNITURE if piece in cleaned]
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    offered = {q.text.rstrip(",."): [names[s] for s in q.speakers] for q in candidates.quotes}
    assert offered[UNION][0] == "Western Province Rugby Union"
    assert offered[OWNER][0] == "Thabo Nkosi"
    assert "Lerato Dube" not in names.values() and "Scotland" not in names.values()


async def test_a_story_credits_the_union_in_both_articles() -> None:
    items = [StoryInput("harbour_a", text=ARTICLE), StoryInput("harbour_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(UNION)]
    assert theirs.speaker == "Western Province Rugby Union" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"harbour_a", "harbour_b"}
    assert not [a for a in story.actors if a.name in {"Lerato Dube", "Scotland"}]
