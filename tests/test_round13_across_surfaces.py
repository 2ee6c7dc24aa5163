# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The thirteenth round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, and a story across two articles. Synthetic regional page written for this
test (invented farm, people, insurer and outlet): a husband and wife who share a surname,
each quoted by title and surname ("Mrs Pryce said", "Mr Pryce, 68, said:"); words an
insurer's customers were shown, told by its chief executive (not his words); furniture of
kinds the round's new pages kept (a timestamp with a dash, "Also Read | ...", a fact box
of labelled fields, an agency credit in brackets); a hearing "pushed back" (outlook)."""

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
from briefsmith.core.schema import UNATTRIBUTED, ArticleInput
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.linguistic import analysis_of
from briefsmith.surfaces.http import create_app

from tests.api_synthetic import api_client, make_settings
from tests.test_batch_queue import wait_finished, worker_env, workers
from tests.test_slack_bot import Harness, block_texts, bot_settings

ARTICLE = """Flood-hit farmers count the cost

Updated April 11 2026 - 9:47PM

Alan Pryce and his wife Joan Pryce have farmed at Cwm Dulas for 40 years.

"We have never seen water like it," Mrs Pryce said.

Mr Pryce, 68, said: "The sheep were up to their necks by midnight."

Customers of the insurer were shown the warning "Claim not found", its chief executive, Dafydd Rees, told the committee.

Also Read | River levels: full list of flood warnings

Date: 4 May | Venue: Builth Wells | Entry: free

The council's hearing on flood defences has been pushed back to June.

(With inputs from agencies)"""

# The same flood told by another outlet, naming the couple the other way round.
OTHER_OUTLET = """Valley farm under water

Joan Pryce, 66, and her husband, Alan, lost 30 ewes when the river burst its banks.

"We have never seen water like it," Mrs Pryce said.

Her husband said the farm would need a year to recover."""

FURNITURE = [
    "Updated April 11 2026",
    "Also Read",
    "Venue: Builth Wells",
    "With inputs from agencies",
]
HER_WORDS = "We have never seen water like it"
HIS_WORDS = "The sheep were up to their necks by midnight."


def _check(text: str, quotes: list[tuple[str, str]]) -> None:
    for line in FURNITURE:
        assert line not in text, line
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[HER_WORDS] == "Joan Pryce"
    assert speakers[HIS_WORDS.rstrip(".")] == "Alan Pryce"
    # What the customers were shown is not the chief executive's speech.
    assert speakers.get("Claim not found", UNATTRIBUTED) == UNATTRIBUTED


def _check_brief(brief: dict[str, Any]) -> None:
    _check(
        brief["situation"] + " " + (brief["outlook"] or ""),
        [(q["text"], q["speaker"]) for q in brief["quotes"]],
    )
    names = [a["name"] for a in brief["actors"]]
    assert "Joan Pryce" in names and "Alan Pryce" in names
    assert (brief["outlook"] or "").startswith("The council's hearing on flood defences")


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
        response = await harness.command(ARTICLE, slack_api.response_url("flood"))
        assert response.status_code == 200
        [posted] = await slack_api.wait_for(lambda api: api.responses("flood"), timeout=120)
        await harness.settle()
    finally:
        await harness.aclose()
    text = block_texts(posted.payload["blocks"])
    assert f"> “{HER_WORDS}”\n— _Joan Pryce_" in text
    assert f"> “{HIS_WORDS}”\n— _Alan Pryce_" in text
    assert "Claim not found”\n— _Dafydd Rees_" not in text
    for line in FURNITURE:
        assert line not in text, line


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
                    "/v1/batches", json={"articles": [{"id": "flood", "text": ARTICLE}]}
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
    quotes = [
        (q.text, names[q.speakers[0]] if q.speakers else UNATTRIBUTED) for q in candidates.quotes
    ]
    _check(cleaned, quotes)


async def test_a_story_keeps_the_couple_apart() -> None:
    items = [StoryInput("farm_a", text=ARTICLE), StoryInput("farm_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story
    joan = [a for a in story.actors if a.name == "Joan Pryce" or "Joan Pryce" in a.aliases]
    alan = [a for a in story.actors if a.name == "Alan Pryce" or "Alan Pryce" in a.aliases]
    assert len(joan) == 1 and len(alan) == 1
    assert joan[0] is not alan[0]
    assert {s.article_id for s in joan[0].sources} == {"farm_a", "farm_b"}
    [hers] = [q for q in story.quotes if q.text.startswith(HER_WORDS)]
    assert hers.speaker == "Joan Pryce" and not hers.speaker_conflict
    assert {s.article_id for s in hers.sources} == {"farm_a", "farm_b"}
