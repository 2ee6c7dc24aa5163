# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The forty-second round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates and a story across two outlets. Synthetic wire copy written for this test
(invented firm, town and people): a naira price after "paying" ("N850"), which no rule
read as money before the round; a bare count as its clause's subject ("Nearly 9,000 have
signed"), which was dropped; and a retailer described by what it does before the story
says what it is ("The retailer said"), which kept the clause."""

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
    measures_of,
    slack_reply_text,
)

ARTICLE = """LAGOS (Northgate Press) - Motorists in Ikole are now paying N850 for a litre of petrol after the state removed a levy.

Kestrel Fuels, which runs 40 filling stations in the state, said supplies were normal. The retailer said it would keep prices under review.

Nearly 9,000 have signed a petition against the rise, organisers said."""


def _check(brief: dict[str, Any]) -> None:
    assert "litre" in measures_of(brief["figures"], 850), brief["figures"]
    assert "signed" in measures_of(brief["figures"], 9000), brief["figures"]
    roles = {a["name"]: a["role"] for a in brief["actors"]}
    assert roles.get("Kestrel Fuels") == "retailer", roles


def test_the_cli_brief(tmp_path: Path) -> None:
    _check(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "Kestrel")
    assert "N850" in text and "9,000" in text, text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "Kestrel"))


def test_the_select_strategys_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    assert "litre" in measures_of(candidates.figures, 850)
    assert "signed" in measures_of(candidates.figures, 9000)
    roles = {a.name: a.role for a in candidates.actors}
    assert roles.get("Kestrel Fuels") == "retailer", roles


async def test_a_story_across_two_outlets() -> None:
    other = (
        "Petrol in Ikole now costs N850 a litre after the levy was lifted.\n\n"
        "Kestrel Fuels said supplies were normal."
    )
    items = [StoryInput("wire", text=ARTICLE), StoryInput("paper", text=other)]
    story = (await make_story(items, ExtractiveEngine())).story
    values = {v.value for f in story.figures for v in f.values}
    assert {850, 9000} <= values, values
