# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The eighteenth and nineteenth rounds' classes (#21) reach every surface the same way:
the CLI (a subprocess, as a user runs it), HTTP with the real extractive engine, the Slack
bot, a batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, and a story across two articles. Synthetic water-board page written for this
test (invented minister, governor, speaker, board, campaign group and outlet): an office
whose brief is a list before the name (the minister speaks, the office her role); "the
governor said" after the Speaker is named (the governor's words); a woman chairman's
"she said" after another woman (the chairman's); "Profit before tax at X fell" (no body
"Profit", the measure keeps "before tax"); "the campaign group X and Y" (one body); ward
numbers (no figures); guidance of last year (no outlook) beside the next meeting."""

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

ARTICLE = """Water board profits fall as tariff row grows

Profit before tax at Eastmere Water fell 9% to $31m in the year to March, the company said on Thursday.

Minister for Housing, Water and Local Government Rhona Callister said: "Customers deserve far better than this."

Governor Tunde Bakare ordered an inquiry into the tariff on Monday. The Speaker, Mr Femi Alade, told journalists the assembly would question the board. "Nobody will be spared," the governor said.

Mrs Bisi Cole, who runs a bakery in the town, said her bills had doubled. The board's chairman, Dr Sarah Bello, defended the rise. "We have invested more than any board before us," she said.

The campaign group Taps and Tenants called the rise unfair.

Wards 3 and 4 of the town hospital were without water for a day last week.

The company said last year it would cut 200 jobs.

The board will meet on 9 June to set next year's charges."""

# The same row told by another outlet, the minister's words quoted after them.
OTHER_OUTLET = """Minister rounds on water board

"Customers deserve far better than this," said Minister for Housing, Water and Local Government Rhona Callister."""

MINISTER = "Customers deserve far better than this"
GOVERNOR = "Nobody will be spared"
CHAIRMAN = "We have invested more than any board before us"
OFFICE = "Minister for Housing, Water and Local Government"


def _check(quotes: list[tuple[str, str]]) -> None:
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[MINISTER] == "Rhona Callister"
    assert speakers[GOVERNOR] == "Tunde Bakare"
    assert speakers[CHAIRMAN] == "Sarah Bello"


def _check_brief(brief: dict[str, Any]) -> None:
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    actors = {a["name"]: a for a in brief["actors"]}
    assert "Profit" not in actors
    assert actors["Rhona Callister"]["role"] == OFFICE
    assert actors["Taps and Tenants"]["kind"] == "organization"
    figures = {f["text"]: f for f in brief["figures"]}
    assert not {"3", "4"} & set(figures)
    assert "before tax" in figures["$31m"]["measures"]
    assert "The board will meet on 9 June" in brief["outlook"]
    assert "last year" not in brief["outlook"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "water")
    # (a quote keeps its closing stop when the stop stands inside the marks)
    assert f"> “{MINISTER}.”\n— _Rhona Callister_" in text
    assert f"> “{CHAIRMAN}”\n— _Sarah Bello_" in text
    assert "Bisi Cole_" not in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "water"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    _check(
        [
            (q.text, names[q.speakers[0]] if q.speakers else "unattributed")
            for q in candidates.quotes
        ]
    )
    assert "Profit" not in names.values()


async def test_a_story_credits_the_minister_in_both_articles() -> None:
    items = [StoryInput("water_a", text=ARTICLE), StoryInput("water_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story
    names = [a.name for a in story.actors]
    assert "Profit" not in names
    [theirs] = [q for q in story.quotes if q.text.startswith(MINISTER)]
    assert theirs.speaker == "Rhona Callister" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"water_a", "water_b"}
