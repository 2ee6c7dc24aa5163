"""POST /v1/batches and GET /v1/batches/{id} in-process (no Redis): accepted with 202,
briefed in the background through BriefService, progress per item, bad input refused
with problem codes, owner scoping, and state that survives a restart."""

from __future__ import annotations

import asyncio
import json

import pytest
from briefsmith.config.settings import Settings, describe_settings_error
from briefsmith.core.requests import CorpusItem
from briefsmith.store.batch_state import SqliteBatchStore
from briefsmith.surfaces.batch.runner import InProcessBatches
from briefsmith.surfaces.http import create_app
from pydantic import ValidationError

from tests.api_synthetic import (
    SyntheticEngine,
    api_client,
    make_app,
    make_settings,
    synthetic_factory,
)

# Synthetic articles written for these tests, on varied beats.
COURT = (
    "A federal judge in Denver blocked the state's new licensing rule on Monday, saying the "
    'agency had skipped a required comment period. "The public was never asked," Judge '
    "Maria Ortega wrote in a 40-page order."
)
SPORT = (
    "The Harbor City Gulls beat the Lakeside Otters 3-1 on Saturday to reach their first "
    "league final in 12 years. Striker Tomas Reyes scored twice in the second half."
)
SCIENCE = (
    "Researchers at a Swiss university reported on Wednesday that a new battery coating "
    "kept 92 percent of its charge after 1,000 cycles, according to a paper in a chemistry "
    "journal."
)


def items_by_id(body: dict) -> dict[str, dict]:
    return {item["id"]: item for item in body["items"]}


async def test_a_json_batch_is_accepted_then_briefed_once_per_distinct_article(tmp_path):
    engine = SyntheticEngine()
    app = make_app(tmp_path, engine)
    articles = [
        {"id": "court", "text": COURT, "source": "Synthetic Wire"},
        {"id": "sport", "text": SPORT},
        {"id": "science", "text": SCIENCE, "title": "Battery coating"},
        {"id": "court-again", "text": COURT, "source": "Synthetic Wire"},
    ]
    async with api_client(app) as client:
        accepted = await client.post("/v1/batches", json={"articles": articles})
        assert accepted.status_code == 202, accepted.text
        batch_id = accepted.json()["id"]
        assert accepted.headers["location"] == f"/v1/batches/{batch_id}"
        assert accepted.json()["total"] == 4
        await app.state.batches.drain()
        body = (await client.get(f"/v1/batches/{batch_id}")).json()
        assert body["status"] == "finished"
        assert body["counts"] == {"queued": 0, "running": 0, "done": 4, "failed": 0}
        assert [item["id"] for item in body["items"]] == [a["id"] for a in articles]
        by_id = items_by_id(body)
        # The repeated article is answered from the brief cache: one engine call each.
        assert engine.calls == 3
        assert by_id["court"]["brief_id"] == by_id["court-again"]["brief_id"]
        brief = (await client.get(f"/v1/briefs/{by_id['sport']['brief_id']}")).json()
        assert brief["article"]["text"].startswith("The Harbor City Gulls")
    await app.state.batches.aclose()


async def test_a_jsonl_upload_with_engine_in_the_query_and_a_failing_item(tmp_path):
    app = make_app(tmp_path)
    lines = [
        json.dumps({"id": "science", "text": SCIENCE}),
        "",
        json.dumps({"text": "   \n  "}),  # empty: fails with its own code
        json.dumps({"id": 7, "text": SPORT}),
    ]
    async with api_client(app) as client:
        accepted = await client.post(
            "/v1/batches",
            params={"engine": "auto"},
            content="\n".join(lines).encode(),
            headers={"Content-Type": "application/x-ndjson"},
        )
        assert accepted.status_code == 202, accepted.text
        await app.state.batches.drain()
        body = (await client.get(accepted.headers["location"])).json()
    assert body["counts"] == {"queued": 0, "running": 0, "done": 2, "failed": 1}
    failed = items_by_id(body)["line-3"]
    assert failed["status"] == "failed"
    assert failed["code"] == "empty-article"
    assert failed["brief_id"] is None and failed["reason"]
    assert items_by_id(body)["7"]["status"] == "done"
    await app.state.batches.aclose()


async def _post(client, **kwargs):
    response = await client.post("/v1/batches", **kwargs)
    assert response.headers["content-type"] == "application/problem+json", response.text
    return response.status_code, response.json()


async def test_bad_batches_get_clear_problems(tmp_path):
    app = make_app(tmp_path, settings={"batch_max_articles": 3})
    async with api_client(app) as client:
        assert (await _post(client, json={"articles": []}))[1]["code"] == "empty-batch"
        status, problem = await _post(client, json={"articles": [{"text": SPORT}] * 4})
        assert (status, problem["code"]) == (413, "batch-too-large")
        assert "limit is 3" in problem["detail"]
        status, problem = await _post(
            client, json={"articles": [{"id": "a", "text": SPORT}, {"id": "b", "title": "x"}]}
        )
        assert (status, problem["code"]) == (422, "invalid-batch")
        assert "b:" in problem["detail"] and '"text" or "url"' in problem["detail"]
        status, problem = await _post(
            client, json={"articles": [{"id": "a", "text": SPORT}, {"id": "a", "text": COURT}]}
        )
        assert (status, problem["code"]) == (422, "invalid-batch")
        assert "used twice" in problem["detail"]
        status, problem = await _post(client, json={"articles": [{"text": 5}]})
        assert "must be a string" in problem["detail"]
        status, problem = await _post(client, json={"texts": [SPORT]})
        assert (status, problem["code"]) == (422, "invalid-batch")
        status, problem = await _post(client, json={"articles": [{"text": SPORT}], "engine": "gpt"})
        assert (status, problem["code"]) == (422, "invalid-batch")
        status, problem = await _post(
            client, content=b'{"articles": [', headers={"Content-Type": "application/json"}
        )
        assert (status, problem["code"]) == (400, "malformed-json")
        status, problem = await _post(
            client,
            content=b'{"text": "fine"}\n[1, 2]\nnot json\n',
            headers={"Content-Type": "application/x-ndjson"},
        )
        assert (status, problem["code"]) == (422, "invalid-batch")
        assert "line-2" in problem["detail"] and "line-3" in problem["detail"]
        status, problem = await _post(
            client, content=b"\n\n", headers={"Content-Type": "application/x-ndjson"}
        )
        assert (status, problem["code"]) == (422, "empty-batch")
        status, problem = await _post(
            client, content=SPORT.encode(), headers={"Content-Type": "text/plain"}
        )
        assert (status, problem["code"]) == (415, "unsupported-media-type")
        missing = await client.get("/v1/batches/does-not-exist")
        assert (missing.status_code, missing.json()["code"]) == (404, "not-found")


async def test_the_body_limit_is_checked_before_parsing(tmp_path):
    app = make_app(tmp_path, settings={"batch_max_bytes": 1_000})
    async with api_client(app) as client:
        status, problem = await _post(client, json={"articles": [{"text": SCIENCE * 20}]})
    assert (status, problem["code"]) == (413, "payload-too-large")


async def test_batches_belong_to_the_api_key_that_sent_them(tmp_path):
    app = make_app(tmp_path, settings={"api_keys": "key-one,key-two"})
    one = {"Authorization": "Bearer key-one"}
    two = {"Authorization": "Bearer key-two"}
    async with api_client(app) as client:
        refused = await client.post("/v1/batches", json={"articles": [{"text": SPORT}]})
        assert refused.status_code == 401
        accepted = await client.post(
            "/v1/batches", json={"articles": [{"text": SPORT}]}, headers=one
        )
        assert accepted.status_code == 202
        await app.state.batches.drain()
        location = accepted.headers["location"]
        assert (await client.get(location, headers=two)).status_code == 404
        mine = (await client.get(location, headers=one)).json()
        brief_id = mine["items"][0]["brief_id"]
        assert (await client.get(f"/v1/briefs/{brief_id}", headers=one)).status_code == 200
        assert (await client.get(f"/v1/briefs/{brief_id}", headers=two)).status_code == 404
    await app.state.batches.aclose()


class SyntheticStuckEngine(SyntheticEngine):
    """Synthetic engine that never finishes: the process stops while items are running."""

    async def summarize(self, article):
        await asyncio.Event().wait()
        raise AssertionError("unreachable")


async def test_an_unfinished_batch_resumes_after_a_restart(tmp_path):
    settings = make_settings(tmp_path, batch_concurrency=2)
    first = create_app(settings, engine_factory=synthetic_factory(SyntheticStuckEngine()))
    articles = [{"id": name, "text": text} for name, text in [("c", COURT), ("s", SPORT)]]
    articles.append({"id": "x", "text": SCIENCE})
    async with api_client(first) as client:
        location = (await client.post("/v1/batches", json={"articles": articles})).headers[
            "location"
        ]
        while (await client.get(location)).json()["counts"]["running"] < 2:
            await asyncio.sleep(0.01)
    await first.state.batches.aclose()  # the process stops with two items mid-brief

    engine = SyntheticEngine()
    second = create_app(settings, engine_factory=synthetic_factory(engine))
    runner = second.state.batches
    assert isinstance(runner, InProcessBatches)
    await runner.start()
    await runner.drain()
    async with api_client(second) as client:
        body = (await client.get(location)).json()
    assert body["status"] == "finished"
    assert body["counts"]["done"] == 3
    assert engine.calls == 3
    await runner.aclose()


async def test_an_unreachable_batch_queue_is_a_503_and_briefs_still_work(tmp_path):
    # Nothing listens on port 1 of loopback: Redis is "down".
    app = make_app(tmp_path, settings={"redis_url": "redis://127.0.0.1:1/0"})
    await app.state.batches.start()  # logs a warning, does not stop the app
    async with api_client(app) as client:
        status, problem = await _post(client, json={"articles": [{"text": SPORT}]})
        assert (status, problem["code"]) == (503, "queue-unavailable")
        missing = await client.get("/v1/batches/anything")
        assert (missing.status_code, missing.json()["code"]) == (503, "queue-unavailable")
        assert (await client.post("/v1/briefs", json={"text": COURT})).status_code == 201
    await app.state.batches.aclose()


def test_a_redis_url_that_is_not_redis_is_refused_without_echoing_it():
    with pytest.raises(ValidationError) as raised:
        Settings(_env_file=None, redis_url="http://user:s3cret-pass@cache.internal:6379")
    message = describe_settings_error(raised.value)
    assert "BRIEF_REDIS_URL" in message and "redis://" in message
    assert "s3cret-pass" not in message


async def test_processes_sharing_the_file_never_both_claim_a_queued_item(tmp_path):
    # Two stores on one file, as two `brief serve` worker processes have.
    first, second = SqliteBatchStore(tmp_path / "b.db"), SqliteBatchStore(tmp_path / "b.db")
    items = [CorpusItem(f"i{n}", text=f"{SPORT} Note {n}.") for n in range(20)]
    await first.create("shared", None, None, items)
    results = await asyncio.gather(
        *(store.claim("shared", item.id) for item in items for store in (first, second))
    )
    assert sum(results) == len(items)
    state = await second.get("shared")
    assert state is not None and state.counts()["running"] == len(items)
    # A resumed item left running by a stopped process may be taken again, once more.
    assert await second.claim("shared", "i0", ("queued", "running"))
    assert not await first.claim("shared", "i0")
    await first.aclose()
    await second.aclose()
