# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The thirty-first round's classes (#21: rules written from one outside writer's probes,
measured on a second writer's) and the lead's speaker fix reach every surface the same
way: the CLI (a subprocess, as a user runs it), HTTP with the real extractive engine, the
Slack bot, a batch briefed by a `brief worker` process on a real Redis, the select
strategy's candidates, and a story across two articles. Synthetic British court page
written for this test (invented people, police force, port and court): a lawyer
"representing the ringleader, <name>," speaks, not his client (the lead's fix); a post
"of" a force is the role ("Detective Chief Inspector X of Y Police"); a lawyer's client
after the name is the role; a judge who "held that" the plot was '…' speaks; "in the
words of" names the source; a person named once as an object ("punched Owen Tilley") is
listed; a sum "worth" after a haul is the haul's value; how long a jury deliberated is
not a figure; a dated hearing is the outlook and "Going forward, the port will focus on"
is not."""

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

ARTICLE = """Drugs gang jailed after £2.1 million cocaine haul at port

By Morag Callister

Four men who smuggled 40 kilos of cocaine worth £2.1 million through Felixport in a lorry of frozen fish were jailed for a total of 46 years on Friday.

Detective Chief Inspector Ruth Okafor of Eastshire Police said the gang had treated the port "like a private back door".

The jury convicted the men after deliberating for six hours at Harwood Crown Court.

Senior Counsel Daniel Mbeki, representing the ringleader, Craig Fenwick, said his client had been "a frightened man in a very dangerous trade".

Judge Helen Farrow held that the plot was "sophisticated, ruthless and entirely for profit".

The court heard that Fenwick punched Owen Tilley, a dock worker who refused to help, leaving him with a fractured jaw.

In the words of the port's security manager, Lewis Grant, the seizure was "the biggest in our history".

Going forward, the port will focus on scanning every refrigerated lorry.

A confiscation hearing will take place on 12 May."""

# The same sentencing told by another outlet, the lawyer under the same description.
OTHER_OUTLET = """Lawyer says jailed smuggler was "frightened"

Four men were jailed on Friday over a £2.1 million cocaine haul. Senior Counsel Daniel Mbeki, representing the ringleader, Craig Fenwick, said his client had been "a frightened man in a very dangerous trade"."""

PLEA = "a frightened man in a very dangerous trade"
RULING = "sophisticated, ruthless"


def _check_brief(brief: dict[str, Any]) -> None:
    assert brief["situation"].startswith("Four men who smuggled 40 kilos of cocaine")
    speakers = {q["text"]: q["speaker"] for q in brief["quotes"]}
    assert [s for t, s in speakers.items() if t.startswith(PLEA)] == ["Daniel Mbeki"]
    assert [s for t, s in speakers.items() if t.startswith(RULING)] == ["Helen Farrow"]
    assert [s for t, s in speakers.items() if t.startswith("the biggest in our history")] == [
        "Lewis Grant"
    ]
    actors = {a["name"]: a for a in brief["actors"]}
    assert "of Eastshire Police" in (actors["Ruth Okafor"]["role"] or "")
    assert "representing" in (actors["Daniel Mbeki"]["role"] or "")
    assert "Owen Tilley" in actors
    [haul] = [f for f in brief["figures"] if f["value"] == 2_100_000]
    assert "value of cocaine" in haul["measures"]
    assert not [f for f in brief["figures"] if "hours" in f["text"]]
    assert "confiscation hearing will take place on 12 May" in brief["outlook"]
    assert "Going forward" not in brief["outlook"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "felixport")
    assert "— _Daniel Mbeki_" in text and "— _Helen Farrow_" in text
    assert "— _Craig Fenwick_" not in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "felixport"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    offered = {q.text: [names[s] for s in q.speakers] for q in candidates.quotes}
    [plea] = [speakers for text, speakers in offered.items() if text.startswith(PLEA)]
    assert plea[0] == "Daniel Mbeki"
    assert "Owen Tilley" in names.values()


async def test_a_story_credits_the_lawyer_in_both_articles() -> None:
    items = [
        StoryInput("felixport_a", text=ARTICLE),
        StoryInput("felixport_b", text=OTHER_OUTLET),
    ]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(PLEA)]
    assert theirs.speaker == "Daniel Mbeki" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"felixport_a", "felixport_b"}
