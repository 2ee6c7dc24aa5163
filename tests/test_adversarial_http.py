"""Hostile article shapes through the HTTP API and the CLI, and fairness between clients.

Every synthetic shape (tests/adversarial_inputs.py) posted to /v1/briefs is answered
with a brief or a clear 4xx problem, never a 5xx; the worst shape at nearly the 1 MB
limit is answered while other clients keep getting briefs; one client cannot hold every
engine slot (429 client-over-limit with Retry-After). Timing figures for the same shapes
are in benches/adversarial_load.py; these tests assert behaviour only.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

import pytest
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.surfaces.http import create_app

from tests.adversarial_inputs import SHAPES, WORST_SHAPE
from tests.api_synthetic import (
    SYNTHETIC_ARTICLE,
    SyntheticEngine,
    api_client,
    make_settings,
    synthetic_factory,
)

SHAPE_CHARS = 60_000


def assert_brief_or_clear_refusal(response) -> None:
    assert response.status_code in (200, 201) or 400 <= response.status_code < 500, (
        response.status_code,
        response.text[:300],
    )
    body = response.json()
    if response.status_code < 300:
        article = body["article"]["text"]
        for quote in body["brief"]["quotes"]:
            span = quote["span"]
            assert article[span["start"] : span["end"]], "every quote points into the article"
        assert body["brief"]["situation"]
    else:
        assert response.headers["content-type"].startswith("application/problem+json")
        assert body["code"] and body["detail"]


def extractive_app(tmp_path, **settings):
    engine = ExtractiveEngine()
    return create_app(make_settings(tmp_path, **settings), engine_factory=synthetic_factory(engine))


@pytest.mark.parametrize("shape", list(SHAPES))
async def test_synthetic_hostile_shape_through_http_gets_a_brief_or_a_4xx(tmp_path, shape):
    async with api_client(extractive_app(tmp_path)) as client:
        as_json = await client.post("/v1/briefs", json={"text": SHAPES[shape](SHAPE_CHARS)})
        as_text = await client.post(
            "/v1/briefs",
            content=SHAPES[shape](SHAPE_CHARS // 2).encode(),
            headers={"Content-Type": "text/plain"},
        )
    assert_brief_or_clear_refusal(as_json)
    assert_brief_or_clear_refusal(as_text)


async def test_worst_shape_at_the_limit_is_answered_while_others_get_briefs(tmp_path):
    hostile_text = '"Yes," said Smith. ' * 50_000
    assert len(hostile_text.encode()) < 1_000_000
    app = extractive_app(tmp_path, llm_max_concurrency=2, client_max_in_flight=4)
    async with api_client(app) as client:
        hostile = asyncio.create_task(client.post("/v1/briefs", json={"text": hostile_text}))
        others = [
            await client.post(
                "/v1/briefs", json={"text": f"{SYNTHETIC_ARTICLE} Update {n}.", "fresh": True}
            )
            for n in range(6)
        ]
        answered = await hostile
    assert_brief_or_clear_refusal(answered)
    assert [response.status_code for response in others] == [201] * 6
    for response in others:
        assert "Riverton" in response.json()["brief"]["situation"]


async def test_one_client_cannot_hold_every_engine_slot(tmp_path):
    keys = ["synthetic-key-greedy", "synthetic-key-patient"]
    engine = SyntheticEngine(delay_s=0.3)  # synthetic engine, slow enough to overlap
    settings = make_settings(
        tmp_path, api_keys=",".join(keys), llm_max_concurrency=4, client_max_in_flight=2
    )
    app = create_app(settings, engine_factory=synthetic_factory(engine))

    def as_client(key: str, n: int):
        return client.post(
            "/v1/briefs",
            json={"text": f"{SYNTHETIC_ARTICLE} Item {n}."},
            headers={"Authorization": f"Bearer {key}"},
        )

    async with api_client(app) as client:
        greedy = [as_client(keys[0], n) for n in range(5)]
        patient = [as_client(keys[1], 100)]
        responses = await asyncio.gather(*greedy, *patient)
    greedy_codes = sorted(r.status_code for r in responses[:5])
    assert greedy_codes == [201, 201, 429, 429, 429]
    refused = next(r for r in responses[:5] if r.status_code == 429)
    assert refused.json()["code"] == "client-over-limit"
    assert int(refused.headers["Retry-After"]) >= 1
    assert responses[5].status_code == 201  # the other client is served meanwhile
    assert engine.max_in_flight <= 3


def test_default_client_limit_is_a_fair_share_of_the_engine_slots(tmp_path):
    for slots in (1, 2, 4, 9, 200):
        settings = make_settings(tmp_path, llm_max_concurrency=slots, client_max_in_flight=None)
        assert settings.client_limit(1) == slots  # alone: every slot
        for active in (2, 3, 5):
            share = settings.client_limit(active)
            assert share >= 1 and share * active >= slots  # no slot left idle
            assert (share - 1) * active < slots  # and no more than that


async def test_a_lone_client_uses_every_engine_slot_at_defaults(tmp_path):
    # Synthetic engine: each call waits until all eight slots are busy at once.
    engine = SyntheticEngine(hold_until=8)
    settings = make_settings(tmp_path, llm_max_concurrency=8, client_max_in_flight=None)
    app = create_app(settings, engine_factory=synthetic_factory(engine))
    async with api_client(app) as client:
        responses = await asyncio.gather(
            *(
                client.post("/v1/briefs", json={"text": f"{SYNTHETIC_ARTICLE} Item {n}."})
                for n in range(12)
            )
        )
    codes = sorted(response.status_code for response in responses)
    assert codes == [201] * 8 + [429] * 4
    assert engine.max_in_flight == 8


async def test_under_contention_at_defaults_each_client_is_held_to_its_share(tmp_path):
    keys = ["synthetic-key-early", "synthetic-key-late"]
    engine = SyntheticEngine(delay_s=0.3)
    settings = make_settings(
        tmp_path, api_keys=",".join(keys), llm_max_concurrency=4, client_max_in_flight=None
    )
    app = create_app(settings, engine_factory=synthetic_factory(engine))

    def as_client(key: str, n: int):
        return client.post(
            "/v1/briefs",
            json={"text": f"{SYNTHETIC_ARTICLE} Item {n}."},
            headers={"Authorization": f"Bearer {key}"},
        )

    async with api_client(app) as client:
        early = [asyncio.create_task(as_client(keys[0], n)) for n in range(4)]
        while engine.max_in_flight < 4:  # the early client holds every slot
            await asyncio.sleep(0.01)
        late = asyncio.create_task(as_client(keys[1], 100))
        await asyncio.sleep(0.05)
        more_early = await as_client(keys[0], 200)  # over its share of 2 now
        responses = await asyncio.gather(*early, late)
    assert [r.status_code for r in responses] == [201] * 5
    assert more_early.status_code == 429
    assert more_early.json()["code"] == "client-over-limit"


@pytest.mark.parametrize("shape", [WORST_SHAPE, "initials A. B. C. D.", "nested brackets"])
def test_synthetic_hostile_shape_through_the_cli_exits_cleanly(tmp_path, shape):
    path = tmp_path / "hostile.txt"
    path.write_text(SHAPES[shape](200_000), encoding="utf-8")
    outcome = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefsmith.surfaces.cli.main",
            "summarize",
            str(path),
            "--format",
            "json",
        ],
        capture_output=True,
        timeout=600,
        check=False,
        env={**os.environ, "BRIEF_ENGINE": "extractive", "BRIEF_DB_PATH": str(tmp_path / "b.db")},
        cwd=tmp_path,
    )
    stderr = outcome.stderr.decode()
    assert "Traceback" not in stderr
    if outcome.returncode == 0:
        brief = json.loads(outcome.stdout)
        assert brief["brief"]["situation"]
    else:
        assert outcome.returncode == 2 and stderr.startswith("error: ")
