# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The thirtieth round's classes (#21: rules tested on another writer's probes, and the
lead's fixes) reach every surface the same way: the CLI (a subprocess, as a user runs
it), HTTP with the real extractive engine, the Slack bot, a batch briefed by a `brief
worker` process on a real Redis, the select strategy's candidates, and a story across two
articles. Synthetic South African page written for this test (invented board, tribunal,
officials and council): a penalty the board "will pay" is what the sum measures; a post
set before a titled name ("The tribunal's chairperson, Advocate X,") is the role, not the
title; "shot back:" credits the clause's subject; a study "run by" a university gives it
that role; "The City of Durban said it would" lists the city's whole name, not "City";
"fixed 14 March for a hearing" is the outlook, and what a thing does by design ("will
send readings every hour") is not; a picture desk's label "(file photo)" and an agency's
desk initials are furniture. And the shape that crashed the outlook before this round
("... suspended while members vote on the offer, with the ballot closing on 2 March")
now gets a brief on every surface."""

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

ARTICLE = """Water board fined R4.5 million after sewage spill closes beaches

By Thandiwe Mokoena

The Umgeni Coast Water Board will pay a record R4.5 million penalty after sewage from its Mhlanga works closed six beaches for three weeks, the environmental tribunal ruled on Tuesday.

The spill left two swimmers ill in hospital and forced the cancellation of a lifesaving championship, the tribunal heard.

The tribunal's chairperson, Advocate Nomsa Dlamini, said the board had ignored three warnings from inspectors. "This was not an accident. It was a decision not to spend money," she said.

The board's chief executive, Pieter van Wyk, shot back: "We inherited pipes that were laid in 1962, and we have replaced more than half of them."

A study of 1,200 bathers, run by the University of KwaZulu-Natal, found one in five had reported stomach complaints after swimming.

The City of Durban said it would test the water every day until the beaches reopen.

The tribunal fixed 14 March for a hearing on the board's repair plan.

A go-slow by plant staff has been suspended while members vote on the pay offer, with the ballot closing on 2 March.

The new monitoring buoys will send readings to a public website every hour.

Lifeguards inspect a closed beach near Umhlanga (file photo)

SKS RK NB"""

# The same ruling told by another outlet, the chief executive's reply under the same cue.
OTHER_OUTLET = """Board hits back after R4.5 million sewage fine

The Umgeni Coast Water Board was ordered to pay R4.5 million on Tuesday. Its chief executive, Pieter van Wyk, shot back: "We inherited pipes that were laid in 1962, and we have replaced more than half of them.\""""

REPLY = "We inherited pipes that were laid in 1962"
RULING = "This was not an accident"
FURNITURE = ("(file photo)", "Lifeguards inspect a closed beach", "SKS RK NB")


def _check_brief(brief: dict[str, Any]) -> None:
    assert brief["situation"].startswith("The Umgeni Coast Water Board will pay")
    assert not [piece for piece in FURNITURE if piece in brief["situation"] + brief["outlook"]]
    speakers = {q["text"]: q["speaker"] for q in brief["quotes"]}
    assert [s for t, s in speakers.items() if t.startswith(REPLY)] == ["Pieter van Wyk"]
    assert [s for t, s in speakers.items() if t.startswith(RULING)] == ["Nomsa Dlamini"]
    actors = {a["name"]: a for a in brief["actors"]}
    assert "chairperson" in (actors["Nomsa Dlamini"]["role"] or "")
    assert "Advocate" not in (actors["Nomsa Dlamini"]["role"] or "")
    assert "City of Durban" in actors and "City" not in actors
    [penalty] = [f for f in brief["figures"] if f["value"] == 4_500_000]
    assert "penalty" in penalty["measures"]
    assert "fixed 14 March for a hearing" in brief["outlook"]
    assert "buoys" not in brief["outlook"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "umgeni")
    assert "— _Pieter van Wyk_" in text and "— _Nomsa Dlamini_" in text
    assert "SKS RK NB" not in text and "(file photo)" not in text
    assert "• *City of Durban*" in text and "• *City*" not in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "umgeni"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    assert not [piece for piece in FURNITURE if piece in cleaned]
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    offered = {q.text: [names[s] for s in q.speakers] for q in candidates.quotes}
    [reply] = [speakers for text, speakers in offered.items() if text.startswith(REPLY)]
    assert reply[0] == "Pieter van Wyk"
    assert "City of Durban" in names.values() and "City" not in names.values()


async def test_a_story_credits_the_chief_executive_in_both_articles() -> None:
    items = [
        StoryInput("umgeni_a", text=ARTICLE),
        StoryInput("umgeni_b", text=OTHER_OUTLET),
    ]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(REPLY)]
    assert theirs.speaker == "Pieter van Wyk" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"umgeni_a", "umgeni_b"}
