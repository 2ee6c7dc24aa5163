# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The fortieth round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates and a story across two outlets. Synthetic wire copy written for this test
(invented body and people): the body is described later only in lower case ("the trade
body added"), which gave it no role before the round, and its level stands before a count
of places ("rose to 1,240 across 40 lenders"), which the parser read as one quantity, so
the level was dropped."""

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

BODY = "Association of Home Lenders"
ARTICLE = f"""LONDON (Northgate Press) - Mortgage arrears rose to 1,240 across 40 lenders in the third quarter, the {BODY} said on Tuesday.

A third of borrowers in arrears had been behind for more than a year, the trade body added.

"Households are still under real strain," said Priya Raman, the association's head of research."""


def _check(brief: dict[str, Any]) -> None:
    roles = {a["name"]: a["role"] for a in brief["actors"]}
    assert roles.get(BODY) == "trade body", roles
    assert 1240 in [f["value"] for f in brief["figures"]], brief["figures"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "arrears")
    assert f"{BODY}" in text and "trade body" in text
    assert "1,240" in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "arrears"))


def test_the_select_strategys_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    assert {a.name: a.role for a in candidates.actors}.get(BODY) == "trade body"
    assert 1240 in [f.value for f in candidates.figures]


async def test_a_story_across_two_outlets() -> None:
    other = (
        f"Mortgage arrears climbed in the third quarter, figures from the {BODY} showed on "
        "Tuesday.\n\nThe trade body said borrowers in the north were hardest hit."
    )
    items = [StoryInput("wire", text=ARTICLE), StoryInput("paper", text=other)]
    story = (await make_story(items, ExtractiveEngine())).story
    roles = {a.name: a.role for a in story.actors}
    assert roles.get(BODY) == "trade body", roles
    assert 1240 in [v.value for f in story.figures for v in f.values]
