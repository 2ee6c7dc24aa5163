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

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from briefsmith.briefing.stories import StoryInput, make_story
from briefsmith.core.candidates import build_candidates
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.linguistic import analysis_of
from briefsmith.surfaces.http import create_app

from tests.api_synthetic import api_client, make_settings
from tests.test_batch_queue import wait_finished, worker_env, workers
from tests.test_slack_bot import Harness, block_texts, bot_settings

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
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    outcome = subprocess.run(
        [sys.executable, "-m", "briefsmith.surfaces.cli.main", "summarize", str(path)],
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, "BRIEF_ENGINE": "extractive"},
    )
    assert outcome.returncode == 0, outcome.stderr.decode()
    _check_brief(json.loads(outcome.stdout)["brief"])


async def test_the_http_brief(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path, engine="extractive"))
    async with api_client(app) as client:
        response = await client.post("/v1/briefs", json={"text": ARTICLE})
    assert response.status_code == 201, response.text
    _check_brief(response.json()["brief"])


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    harness = Harness(bot_settings(tmp_path, slack_api), ExtractiveEngine())
    try:
        response = await harness.command(ARTICLE, slack_api.response_url("water"))
        assert response.status_code == 200
        [posted] = await slack_api.wait_for(lambda api: api.responses("water"), timeout=120)
        await harness.settle()
    finally:
        await harness.aclose()
    text = block_texts(posted.payload["blocks"])
    # (a quote keeps its closing stop when the stop stands inside the marks)
    assert f"> “{MINISTER}.”\n— _Rhona Callister_" in text
    assert f"> “{CHAIRMAN}”\n— _Sarah Bello_" in text
    assert "Bisi Cole_" not in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    for key in [key for key in os.environ if key.startswith("BRIEF_")]:
        monkeypatch.delenv(key)
    app = create_app(make_settings(tmp_path, redis_url=redis_url, engine="extractive"))
    await app.state.batches.start()
    try:
        with workers(worker_env(tmp_path, redis_url, BRIEF_ENGINE="extractive"), count=1):
            async with api_client(app) as client:
                accepted = await client.post(
                    "/v1/batches", json={"articles": [{"id": "water", "text": ARTICLE}]}
                )
                assert accepted.status_code == 202, accepted.text
                body = await wait_finished(client, accepted.headers["location"])
                assert body["counts"]["done"] == 1, body
                [item] = body["items"]
                fetched = await client.get(f"/v1/briefs/{item['brief_id']}")
                assert fetched.status_code == 200
    finally:
        await app.state.batches.aclose()
    _check_brief(fetched.json()["brief"])


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
