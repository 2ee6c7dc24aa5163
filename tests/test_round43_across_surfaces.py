# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The forty-third round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates and a story across two outlets. Synthetic wire copy written for this test
(invented county, people and bodies): a post told through another person's ("Her
predecessor, Colin Mabey,"), which before the round was the bare "predecessor"; "the
agency" alone for a public inspectorate named just before, which had no role; and
"half-a-million" hyphened, which was no figure."""

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

ARTICLE = """HARLOW (Northgate Press) - Morag Kinnear, the county's director of children's services, resigned on Monday after an inspection rated the department inadequate.

Her predecessor, Colin Mabey, said the service had been starved of money for years. The charity raised half-a-million pounds for families last year.

The National Care Inspectorate said it would return in six months. The agency said leaders had been warned twice."""

FORMER_POST = "the county's former director of children's services"


def _check(brief: dict[str, Any]) -> None:
    roles = {a["name"]: a["role"] for a in brief["actors"]}
    assert roles.get("Colin Mabey") == FORMER_POST, roles
    assert roles.get("National Care Inspectorate") == "agency", roles
    assert "raised" in measures_of(brief["figures"], 500000), brief["figures"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "Mabey")
    assert "former director of children" in text and "half-a-million" in text, text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "Mabey"))


def test_the_select_strategys_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    roles = {a.name: a.role for a in candidates.actors}
    assert roles.get("Colin Mabey") == FORMER_POST, roles
    assert roles.get("National Care Inspectorate") == "agency", roles
    assert "raised" in measures_of(candidates.figures, 500000)


async def test_a_story_across_two_outlets() -> None:
    other = (
        "Colin Mabey, the county's former director of children's services, said the "
        "department had been starved of money.\n\nA charity raised half-a-million pounds."
    )
    items = [StoryInput("wire", text=ARTICLE), StoryInput("paper", text=other)]
    story = (await make_story(items, ExtractiveEngine())).story
    values = {v.value for f in story.figures for v in f.values}
    assert 500000 in values, values
    roles = {a.name: a.role for a in story.actors}
    assert "former director" in (roles.get("Colin Mabey") or ""), roles
