"""One way to brief an article on each surface, shared by the cross-surface tests
(tests/test_round*_across_surfaces.py): the CLI as a user runs it (a subprocess), HTTP
with the real extractive engine, the Slack bot's reply, and a batch briefed by a `brief
worker` process on a real Redis. Each returns what the surface gave back; the tests
assert on it."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.schema import ArticleInput, Brief, BriefResult
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.llm import build_llm_engine
from briefsmith.surfaces.http import create_app

from tests.api_synthetic import api_client, make_settings
from tests.llm_synthetic import synthetic_settings
from tests.synthetic_http import serving_on_loopback
from tests.test_adversarial_security_injection import SyntheticObedientModel
from tests.test_batch_queue import wait_finished, worker_env, workers
from tests.test_slack_bot import Harness, block_texts, bot_settings


def extractive_brief(text: str) -> Brief:
    """The brief of `text` through the pipeline every surface uses, on the extractive
    engine, in process (the rule tests' one way to brief a passage)."""
    return asyncio.run(make_brief(ArticleInput(text=text), ExtractiveEngine())).brief


def brief_from_the_cli(tmp_path: Path, article: str) -> dict[str, Any]:
    """`brief summarize FILE` with the extractive engine: the brief it prints."""
    path = tmp_path / "article.txt"
    path.write_text(article, encoding="utf-8")
    outcome = subprocess.run(
        [sys.executable, "-m", "briefsmith.surfaces.cli.main", "summarize", str(path)],
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, "BRIEF_ENGINE": "extractive"},
    )
    assert outcome.returncode == 0, outcome.stderr.decode()
    brief: dict[str, Any] = json.loads(outcome.stdout)["brief"]
    return brief


async def brief_over_http(tmp_path: Path, article: str) -> dict[str, Any]:
    """`POST /v1/briefs` with the extractive engine: the brief it returns."""
    app = create_app(make_settings(tmp_path, engine="extractive"))
    async with api_client(app) as client:
        response = await client.post("/v1/briefs", json={"text": article})
    assert response.status_code == 201, response.text
    brief: dict[str, Any] = response.json()["brief"]
    return brief


async def slack_reply_text(tmp_path: Path, slack_api: Any, article: str, channel: str) -> str:
    """The slash command's reply, its blocks as text."""
    harness = Harness(bot_settings(tmp_path, slack_api), ExtractiveEngine())
    try:
        response = await harness.command(article, slack_api.response_url(channel))
        assert response.status_code == 200
        [posted] = await slack_api.wait_for(lambda api: api.responses(channel), timeout=120)
        await harness.settle()
    finally:
        await harness.aclose()
    text: str = block_texts(posted.payload["blocks"])
    return text


async def brief_from_a_worker(
    tmp_path: Path, redis_url: str, monkeypatch: pytest.MonkeyPatch, article: str, item_id: str
) -> dict[str, Any]:
    """A batch of one article, briefed by a `brief worker` process on a real Redis and
    fetched back over HTTP. (Mark the test `worker_processes`, as tests/test_batch_queue.py
    does.)"""
    for key in [key for key in os.environ if key.startswith("BRIEF_")]:
        monkeypatch.delenv(key)
    app = create_app(make_settings(tmp_path, redis_url=redis_url, engine="extractive"))
    await app.state.batches.start()
    try:
        with workers(worker_env(tmp_path, redis_url, BRIEF_ENGINE="extractive"), count=1):
            async with api_client(app) as client:
                accepted = await client.post(
                    "/v1/batches", json={"articles": [{"id": item_id, "text": article}]}
                )
                assert accepted.status_code == 202, accepted.text
                body = await wait_finished(client, accepted.headers["location"])
                assert body["counts"]["done"] == 1, body
                [item] = body["items"]
                fetched = await client.get(f"/v1/briefs/{item['brief_id']}")
                assert fetched.status_code == 200
    finally:
        await app.state.batches.aclose()
    brief: dict[str, Any] = fetched.json()["brief"]
    return brief


async def brief_from_a_draft(article: str, answer: Callable[[str], dict[str, Any]]) -> BriefResult:
    """The draft strategy's brief when a synthetic model on loopback answers every
    request with `answer(article text)` (no re-asks), through the whole pipeline."""
    model = SyntheticObedientModel(answer)
    with serving_on_loopback(model.handler()) as base_url:
        engine = build_llm_engine(
            synthetic_settings(base_url=f"{base_url}/v1", llm_strategy="draft", llm_max_reasks=0)
        )
        return await make_brief(ArticleInput(text=article), engine)


def measures_of(figures: list[Any], value: float) -> str:
    """What the figure of `value` measures, in a brief's figures (dicts, as a surface
    returns them) or the candidates' (objects); fails when no figure has the value."""
    found = [f["measures"] if isinstance(f, dict) else f.measures for f in figures]
    values = [f["value"] if isinstance(f, dict) else f.value for f in figures]
    assert value in values, list(zip(values, found, strict=True))
    return found[values.index(value)]
