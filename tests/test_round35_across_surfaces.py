# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The thirty-fifth round's classes (#21: rules written from one outside writer's probes,
measured on a second writer's) reach every surface the same way: the CLI (a subprocess,
as a user runs it), HTTP with the real extractive engine, the Slack bot, a batch briefed
by a `brief worker` process on a real Redis, the select strategy's candidates, and a
story across two articles. Synthetic local-government wire story written for this test
(invented council, agency, people and pub): a councillor's party and ward in brackets
are no actors and no speaker ("she said" is hers); a count of times after a name is a
figure; the period a sum covers is none; with nothing else ahead, the lead's first
sentence, which tells a step with a near day, is the outlook, without the dateline and
its agency's credit."""

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

ARTICLE = """Eastmoor council loses bus depot appeal as fares row grows

By Local Democracy Reporter

EASTMOOR, March 3 (Westvale Wire) - Eastmoor council has lost its appeal against the closure of the Harrow Lane bus depot, and its leader said the authority would take the case to the Court of Appeal next week.

Cllr Nadia Brook (Lib Dem, Eastmoor Vale) said residents had been let down. "This depot kept the east of the borough moving," she said.

Transport for Westvale said the closure would save £214,000 over six years.

A Scottish Government spokesperson said: "We are watching the case closely because our own depots face the same rules."

Police were called to the Royal Oak 23 times last year, the hearing was told. Darren Mossop, the pub's landlord, said drivers had nowhere else to park."""

# The same ruling told by another outlet, the councillor's words with her ward again.
OTHER_OUTLET = """Depot appeal lost

Eastmoor council lost its depot appeal on Tuesday. "This depot kept the east of the borough moving," said Cllr Nadia Brook (Lib Dem, Eastmoor Vale).
"""

DEPOT = "This depot kept the east of the borough moving"


def _check_brief(brief: dict[str, Any]) -> None:
    speakers = {q["text"]: q["speaker"] for q in brief["quotes"]}
    assert speakers[DEPOT] == "Nadia Brook"
    actors = {a["name"]: a for a in brief["actors"]}
    assert actors["Nadia Brook"]["role"] == "Liberal Democrat councillor for Eastmoor Vale"
    assert not {"Lib Dem", "Eastmoor Vale"} & set(actors)
    figures = {f["text"]: f for f in brief["figures"]}
    assert "23" in figures and "Royal Oak" in figures["23"]["measures"]
    assert "£214,000" in figures and not any("six years" in text for text in figures)
    assert brief["outlook"].startswith("Eastmoor council has lost its appeal")
    assert "next week" in brief["outlook"] and "Westvale Wire" not in brief["outlook"]
    assert not brief["situation"].startswith("EASTMOOR")


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "eastmoor")
    lines = text.split("\n")
    at = [i for i, line in enumerate(lines) if "kept the east of the borough" in line]
    assert at and any("— _Nadia Brook_" in lines[i + 1] for i in at if i + 1 < len(lines))
    assert not any("— _Eastmoor Vale_" in line for line in lines)


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "eastmoor"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    assert not {"Lib Dem", "Eastmoor Vale"} & set(names.values())
    offered = {q.text: [names[s] for s in q.speakers] for q in candidates.quotes}
    [councillor] = [speakers for text, speakers in offered.items() if text.startswith(DEPOT[:20])]
    assert councillor[:1] == ["Nadia Brook"]


async def test_a_story_credits_the_councillor_in_both_articles() -> None:
    items = [
        StoryInput("eastmoor_a", text=ARTICLE),
        StoryInput("eastmoor_b", text=OTHER_OUTLET),
    ]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(DEPOT[:20])]
    assert theirs.speaker == "Nadia Brook" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"eastmoor_a", "eastmoor_b"}
    assert not {"Lib Dem", "Eastmoor Vale"} & {a.name for a in story.actors}
