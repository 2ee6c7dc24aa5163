# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The thirty-second round's classes (#21: rules written from two outside writers' probes,
measured on a third writer's) and the lead's grounding fix reach every surface the same
way: the CLI (a subprocess, as a user runs it), HTTP with the real extractive engine, the
Slack bot, a batch briefed by a `brief worker` process on a real Redis, the select
strategy's candidates, and a story across two articles. Synthetic New Zealand rugby page
written for this test (invented clubs, people, ground and firms): "A teammate of winger
X said" is not X's quote; a short whole-sentence quote after a colon is the coach's; a
player who "will captain the side" has that role; a body named once after "held talks
with" is listed; "A and B" bodies are two actors; a run of results spelled as an ordinal
("ninth straight victory") is a figure that grounding keeps at its own wording (the lead's
fix: it was dropped as ungrounded on every surface); "a crowd of N attended" is the
attendance; "six of them national titles" counts titles; a dated fixture is the outlook
and what bookmakers are wagering is not."""

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

ARTICLE = """Hawks make it nine in a row before record crowd

By Tessa Moana

The Harbour City Hawks beat the Southport Sharks 31-17 on Saturday for their ninth straight victory.

A crowd of 18,450 attended, a record for Kelso Park.

The club has won 14 trophies since 2010, six of them national titles.

A teammate of winger Rawiri Tane said the dressing room was "buzzing like a beehive".

Coach Dana Pirie was blunter: "We were lucky."

A club nurse named Ana Kupu treated the injured prop at the ground.

A study by the University of Waikato and the Harbour City Council found that crowds at club games had doubled.

The Hawks held talks with Tasman Stadiums over a new lease.

Bookmakers are wagering the Hawks will win the final by 20 points.

Tama Reweti will captain the side in the final against the Northland Kauri. The final will kick off at 7pm on Saturday. Tickets will be sold at the gate."""

# The same match told by another outlet, the coach's words under another introduction.
OTHER_OUTLET = """Pirie says Hawks were lucky

The Harbour City Hawks stretched their winning run on Saturday. Coach Dana Pirie was blunter than her players: "We were lucky."
"""

TEAMMATE = "buzzing like a beehive"
LUCKY = "We were lucky."


def _check_brief(brief: dict[str, Any]) -> None:
    assert brief["situation"].startswith("The Harbour City Hawks beat the Southport Sharks")
    speakers = {q["text"]: q["speaker"] for q in brief["quotes"]}
    assert [s for t, s in speakers.items() if t.startswith(TEAMMATE)] == ["unattributed"]
    assert speakers[LUCKY] == "Dana Pirie"
    actors = {a["name"]: a for a in brief["actors"]}
    assert actors["Tama Reweti"]["role"] == "captain of the side"
    assert "nurse" in (actors["Ana Kupu"]["role"] or "")
    assert {"Tasman Stadiums", "University of Waikato", "Harbour City Council"} <= set(actors)
    figures = {f["text"]: f for f in brief["figures"]}
    assert figures["ninth straight victory"]["value"] == 9
    assert "attendance" in figures["18,450"]["measures"]
    assert "national titles" in figures["six"]["measures"]
    assert "will kick off at 7pm on Saturday" in brief["outlook"]
    assert "Bookmakers" not in brief["outlook"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "hawks")
    assert "— _Dana Pirie_" in text
    assert "— _Rawiri Tane_" not in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "hawks"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    offered = {q.text: [names[s] for s in q.speakers] for q in candidates.quotes}
    [teammate] = [speakers for text, speakers in offered.items() if text.startswith(TEAMMATE)]
    assert "Rawiri Tane" not in teammate
    assert "Tasman Stadiums" in names.values()


async def test_a_story_credits_the_coach_in_both_articles() -> None:
    items = [
        StoryInput("hawks_a", text=ARTICLE),
        StoryInput("hawks_b", text=OTHER_OUTLET),
    ]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(LUCKY)]
    assert theirs.speaker == "Dana Pirie" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"hawks_a", "hawks_b"}
    assert any(f.text == "ninth straight victory" for f in story.figures)
