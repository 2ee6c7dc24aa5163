# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The thirty-third round's classes (#21: rules written from three outside writers' probes,
measured on a fourth writer's) reach every surface the same way: the CLI (a subprocess,
as a user runs it), HTTP with the real extractive engine, the Slack bot, a batch briefed
by a `brief worker` process on a real Redis, the select strategy's candidates, and a
story across two articles. Synthetic UK business page written for this test (invented
firms and people): a quote after a colon whose clause names its own speaker ("Mei Tan
attacked the board: ‘…’") is hers, not the previous quote's speaker's (the lead's fix);
a post given by a "whose" clause is the body's post; a place's council joined by "and"
to another body is two actors, and neither is a description of the firm; an index's
close reads as its closing level; an appeal the company weighs is outlook after the
dated step."""

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

ARTICLE = """Harlow Foods to cut 600 jobs after losing pension ruling

By Staff Reporter

Harlow Foods will cut 600 jobs at its Leeds bakery after losing a High Court ruling over its pension scheme on Tuesday.

"We fought this case to protect the business," said Harlow Foods co-founder Priya Shah.

"This is the hardest day in our history," said chief executive Tom Reed. Shareholder activist Mei Tan attacked the board: "They have lost the plot."

Brennock Capital, whose managing director Gareth Pyne has backed the board for a decade, called for an emergency meeting.

The Leeds city council and Yorkshire Skills Partnership offered retraining to every worker.

Harlow shares fell 9% and the FTSE 250 index closed at 20,410.

Consultation with staff will begin on Monday. The company is considering an appeal."""

# The same day told by another outlet, the activist's words under another introduction.
OTHER_OUTLET = """Activist turns on Harlow board

Harlow Foods shares slid on Tuesday after the bakery group lost its pension case. Activist investor Mei Tan rounded on the directors: "They have lost the plot."
"""

LOST_THE_PLOT = "They have lost the plot."


def _check_brief(brief: dict[str, Any]) -> None:
    assert brief["situation"].startswith("Harlow Foods will cut 600 jobs")
    speakers = {q["text"]: q["speaker"] for q in brief["quotes"]}
    assert speakers[LOST_THE_PLOT] == "Mei Tan"
    assert speakers["This is the hardest day in our history"] == "Tom Reed"
    actors = {a["name"]: a for a in brief["actors"]}
    assert actors["Gareth Pyne"]["role"] == "Brennock Capital's managing director"
    assert {"Leeds city council", "Yorkshire Skills Partnership"} <= set(actors)
    assert not any("council" in alias for alias in actors["Harlow Foods"]["aliases"])
    figures = {f["text"]: f for f in brief["figures"]}
    assert "closing level" in figures["20,410"]["measures"]
    assert "The company is considering an appeal." in brief["outlook"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "harlow")
    lines = text.split("\n")
    [at] = [i for i, line in enumerate(lines) if "lost the plot" in line]
    assert "— _Mei Tan_" in lines[at + 1]


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "harlow"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    offered = {q.text: [names[s] for s in q.speakers] for q in candidates.quotes}
    [activist] = [
        speakers for text, speakers in offered.items() if text.startswith(LOST_THE_PLOT[:20])
    ]
    assert activist[:1] == ["Mei Tan"] and "Tom Reed" not in activist
    assert "Leeds city council" in names.values()


async def test_a_story_credits_the_activist_in_both_articles() -> None:
    items = [
        StoryInput("harlow_a", text=ARTICLE),
        StoryInput("harlow_b", text=OTHER_OUTLET),
    ]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(LOST_THE_PLOT[:20])]
    assert theirs.speaker == "Mei Tan" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"harlow_a", "harlow_b"}
