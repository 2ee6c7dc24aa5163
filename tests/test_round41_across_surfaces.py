# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The forty-first round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates and a story across two outlets. Synthetic wire copy written for this test
(invented firm and people): the shares' close is told by its direction ("before closing
down 5.2 per cent at S$1.66"), which measured "closing down" before the round, and a
price is set in a tabloid's quote marks ("up to '£38'"), which measured the mark."""

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

ARTICLE = """SINGAPORE (Northgate Press) - Shares in Merlion Cold Chain fell as much as 7.4 per cent to S$1.62 on Tuesday before closing down 5.2 per cent at S$1.66, after the warehouse operator cut its revenue forecast.

Customers will have to fork out up to '£38' for a chilled delivery slot this winter, the group said.

"We expect a difficult second half," said Priya Raman, the group's chief executive."""


def _check(brief: dict[str, Any]) -> None:
    assert measures_of(brief["figures"], 5.2).startswith("fall in"), brief["figures"]
    assert measures_of(brief["figures"], 1.66).startswith("closing price"), brief["figures"]
    price = measures_of(brief["figures"], 38)
    assert "'" not in price and "delivery slot" in price, price


def test_the_cli_brief(tmp_path: Path) -> None:
    _check(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "Merlion")
    assert "fall in" in text and "closing price" in text, text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "Merlion"))


def test_the_select_strategys_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    assert measures_of(candidates.figures, 5.2).startswith("fall in")
    assert measures_of(candidates.figures, 1.66).startswith("closing price")


async def test_a_story_across_two_outlets() -> None:
    other = (
        "Merlion Cold Chain shares slid on Tuesday after the warehouse operator cut its "
        "revenue forecast.\n\nAnalysts said the second half would be difficult."
    )
    items = [StoryInput("wire", text=ARTICLE), StoryInput("paper", text=other)]
    story = (await make_story(items, ExtractiveEngine())).story
    measures = {v.value: f.measures for f in story.figures for v in f.values}
    assert measures.get(1.66, "").startswith("closing price"), measures
