# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The thirty-sixth round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, and a story across two articles. Synthetic port story written for this test
(invented port, firm and people), sent as text with no title: its short first paragraph
ends in a straight single quote closing a sentence, and is the lead and its quote, not a
headline; a firm the recognizer calls a person, introduced by its trade and country, is
an organization; an age opening the next sentence with a present "who" clause gives the
person just named a role; "co-workers" is counted whole; a step "in a fortnight" is the
outlook; the story told after a call to the reader ("Call 0800 ... for travel advice.
Staff answered 2,300 calls") is kept. Every check fails on the code before the round."""

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

ARTICLE = """Port manager Sunita Rao said of the cracked ramp at the Kestrel Bay ferry terminal: 'Nobody should drive across it until it is fixed.'

The ferries are run under contract by Danish shipping company Kestrup Lund. Engineers will replace the ramp in a fortnight, the port said.

"We cannot go on like this," said Ingrid Solberg. The 44-year-old, who runs a bakery on the quay, said trade had halved since the ramp closed.

The union said 640 co-workers had signed a letter to the port's owners.

Call 0800 555 0199 for travel advice. Staff answered 2,300 calls on Monday, the port said."""

# The same inspection told by another outlet, the manager's words again.
OTHER_OUTLET = """Ramp closed at Kestrel Bay

The cracked ramp at Kestrel Bay will stay shut. 'Nobody should drive across it until it is fixed,' said port manager Sunita Rao.
"""

RAMP = "Nobody should drive across it until it is fixed"


def _check_brief(brief: dict[str, Any]) -> None:
    speakers = {q["text"].rstrip(".,"): q["speaker"] for q in brief["quotes"]}
    assert speakers.get(RAMP) == "Sunita Rao"
    assert brief["situation"].startswith("Port manager Sunita Rao said")
    actors = {a["name"]: a for a in brief["actors"]}
    assert actors["Kestrup Lund"]["kind"] == "organization"
    assert actors["Ingrid Solberg"]["role"] == "runs a bakery on the quay"
    figures = {f["text"]: f for f in brief["figures"]}
    assert figures["640"]["measures"].startswith("co-workers")
    assert "2,300" in figures  # the story after a call to the reader is kept
    assert brief["outlook"] == "Engineers will replace the ramp in a fortnight, the port said."


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "kestrel")
    lines = text.split("\n")
    at = [i for i, line in enumerate(lines) if "Nobody should drive across it" in line]
    assert at and any("— _Sunita Rao_" in lines[i + 1] for i in at if i + 1 < len(lines))


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "kestrel"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    offered = {q.text: [names[s] for s in q.speakers] for q in candidates.quotes}
    [manager] = [speakers for text, speakers in offered.items() if text.startswith(RAMP[:20])]
    assert manager[:1] == ["Sunita Rao"]
    kinds = {a.name: a.kind for a in candidates.actors}
    assert kinds.get("Kestrup Lund") == "organization"


async def test_a_story_credits_the_manager_in_both_articles() -> None:
    items = [
        StoryInput("kestrel_a", text=ARTICLE),
        StoryInput("kestrel_b", text=OTHER_OUTLET),
    ]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(RAMP[:20])]
    assert theirs.speaker == "Sunita Rao" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"kestrel_a", "kestrel_b"}
