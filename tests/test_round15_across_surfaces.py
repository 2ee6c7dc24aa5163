# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The fifteenth round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, and a story across two articles. Synthetic local page written for this test
(invented shop, people, peer and outlet): a mother and a daughter known as "Mrs Obi" and
"Miss Obi", each with her own words; "Dr Singh" written in full as "Dr Ravi Singh" beside
his wife "Mrs Singh"; "the Earl said" after "The Earl of Wexcombe, 63,"; a sale price a
person got (a figure); "Turnout ... was 64%" (no actor); "That is £350 more than now"
(measures the rise, not "more"); a decision due on a date (outlook)."""

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

ARTICLE = """Corner shop closes after 40 years as parade is sold

Mrs Grace Obi, 71, and her daughter, Miss Obi, served their last customers at the corner shop on Saturday.

The Earl of Wexcombe, 63, who owns the parade, has sold it to a developer for £2.4m.

"We have been here forty years and nobody asked us," Mrs Obi said.

"The rent has doubled since the spring," Miss Obi said.

"The parade needs investment I cannot give," the Earl said.

Dr Ravi Singh, who runs the surgery next door, and his wife, Mrs Singh, a pharmacist, will also leave.

"We cannot take any more patients here," Dr Singh said.

"The queue starts at seven every morning," Mrs Singh said.

Turnout at the residents' meeting was 64%, organisers said.

The developer's rent for each unit will be £1,450 a month. That is £350 more than now.

The council's planning committee will decide on the scheme on 14 March."""

# The same closure told by another outlet, naming the daughter and the doctor alone.
OTHER_OUTLET = """Shop owners bow out

The family's shop on the parade has closed.

"The rent has doubled since the spring," Miss Obi said.

"We cannot take any more patients here," Dr Singh said."""

MOTHER = "We have been here forty years and nobody asked us"
DAUGHTER = "The rent has doubled since the spring"
EARL = "The parade needs investment I cannot give"
DOCTOR = "We cannot take any more patients here"
PHARMACIST = "The queue starts at seven every morning"
OUTLOOK = "The council's planning committee will decide on the scheme on 14 March."


def _check(quotes: list[tuple[str, str]]) -> None:
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[MOTHER] == "Grace Obi"
    assert speakers[DAUGHTER] == "Miss Obi"
    assert speakers[EARL] == "Earl of Wexcombe"
    assert speakers[DOCTOR] == "Ravi Singh"
    assert speakers[PHARMACIST] == "Mrs Singh"


def _check_brief(brief: dict[str, Any]) -> None:
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    actors = {a["name"]: a for a in brief["actors"]}
    assert "Miss Obi" not in actors["Grace Obi"]["aliases"]
    assert "Turnout" not in actors
    figures = {f["text"]: f for f in brief["figures"]}
    assert "£2.4m" in figures
    assert "rise" in figures["£350"]["measures"]
    assert (brief["outlook"] or "").endswith(OUTLOOK)


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
        response = await harness.command(ARTICLE, slack_api.response_url("shop"))
        assert response.status_code == 200
        [posted] = await slack_api.wait_for(lambda api: api.responses("shop"), timeout=120)
        await harness.settle()
    finally:
        await harness.aclose()
    text = block_texts(posted.payload["blocks"])
    assert f"> “{MOTHER}”\n— _Grace Obi_" in text
    assert f"> “{DAUGHTER}”\n— _Miss Obi_" in text
    assert f"> “{DOCTOR}”\n— _Ravi Singh_" in text
    assert f"> “{EARL}”\n— _Earl of Wexcombe_" in text


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
                    "/v1/batches", json={"articles": [{"id": "shop", "text": ARTICLE}]}
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
    _check([(q.text, names[q.speakers[0]]) for q in candidates.quotes if q.speakers])
    assert "Turnout" not in names.values()


async def test_a_story_keeps_mother_and_daughter_apart_and_the_doctor_one() -> None:
    items = [StoryInput("shop_a", text=ARTICLE), StoryInput("shop_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story

    def named(name: str) -> list[Any]:
        return [a for a in story.actors if a.name == name or name in a.aliases]

    [daughter] = named("Miss Obi")
    [mother] = named("Grace Obi")
    assert daughter is not mother
    assert {s.article_id for s in daughter.sources} == {"shop_a", "shop_b"}
    [doctor] = named("Dr Singh")
    assert doctor.name == "Ravi Singh"
    assert doctor is not named("Mrs Singh")[0]
    [theirs] = [q for q in story.quotes if q.text.startswith(DAUGHTER)]
    assert theirs.speaker == "Miss Obi" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"shop_a", "shop_b"}
