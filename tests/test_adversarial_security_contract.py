"""Honest accounting and the API contract (issue 16, item 7), through HTTP.

A synthetic OpenAI-compatible server on 127.0.0.1 fails in scripted ways; what a
client sees (usage, error detail) must match what happened. The OpenAPI document must
describe what the server does, and briefs belong to the API key that made them.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest
from briefsmith.engines import build_engine
from briefsmith.store.base import owner_id
from briefsmith.store.migrations import migrations
from briefsmith.store.sqlite import SQLiteBriefStore
from briefsmith.surfaces.http import create_app

from tests.api_synthetic import SYNTHETIC_ARTICLE, api_client, make_settings
from tests.synthetic_http import serving_on_loopback


class SyntheticFailingModel:
    """A synthetic OpenAI-compatible endpoint that answers every call with the same
    scripted fault: an HTTP status, or a 200 whose body is not JSON."""

    def __init__(self, status: int, body: bytes):
        self.status = status
        self.body = body
        self.calls = 0
        self._lock = threading.Lock()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        model = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with model._lock:
                    model.calls += 1
                self.send_response(model.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(model.body)))
                self.end_headers()
                self.wfile.write(model.body)

            def log_message(self, *_args: Any) -> None:
                pass

        return Handler


@pytest.fixture
def unreadable_model() -> Iterator[tuple[SyntheticFailingModel, str]]:
    model = SyntheticFailingModel(200, b"this is not JSON at all")
    with serving_on_loopback(model.handler()) as base_url:
        yield model, f"{base_url}/v1"


def _llm_app(tmp_path, base_url: str, **overrides: Any):
    settings = make_settings(
        tmp_path,
        engine="openai",
        base_url=base_url,
        model="synthetic-failing",
        api_key="synthetic-key",
        llm_max_reasks=2,
        llm_max_attempts=3,
        llm_backoff_s=0.01,
        llm_backoff_max_s=0.02,
        **overrides,
    )
    return create_app(settings, engine_factory=build_engine)


async def test_three_unreadable_answers_are_counted_as_three(tmp_path, unreadable_model):
    model, base_url = unreadable_model
    async with api_client(_llm_app(tmp_path, base_url, fallback_to_extractive=False)) as client:
        response = await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})
    assert response.status_code == 502
    detail = response.json()["detail"]
    assert model.calls == 3
    assert "no usable brief in 3 answers" in detail and "not JSON" in detail


async def test_a_fallback_brief_reports_what_the_failed_llm_spent(tmp_path):
    model = SyntheticFailingModel(503, b'{"error": {"message": "synthetic overload"}}')
    with serving_on_loopback(model.handler()) as base_url:
        app = _llm_app(tmp_path, f"{base_url}/v1", fallback_to_extractive=True)
        async with api_client(app) as client:
            response = await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})
            metrics = (await client.get("/metrics")).text
    assert response.status_code == 201, response.text
    meta = response.json()["brief"]["meta"]
    assert meta["engine"] == "extractive" and meta["fallback_from"] == "openai"
    assert model.calls == 3
    assert meta["usage"]["attempts"] == 3
    # The attempts are counted against the engine that made them.
    assert 'briefsmith_llm_attempts_total{engine="openai"} 3.0' in metrics


async def test_a_fallback_after_unreadable_answers_counts_them(tmp_path, unreadable_model):
    model, base_url = unreadable_model
    async with api_client(_llm_app(tmp_path, base_url, fallback_to_extractive=True)) as client:
        response = await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})
    meta = response.json()["brief"]["meta"]
    assert meta["fallback_from"] == "openai"
    assert meta["usage"]["attempts"] == model.calls == 3
    assert any(
        w["code"] == "engine-fallback" and "in 3 answers" in w["message"] for w in meta["warnings"]
    )


# --- the OpenAPI document ---------------------------------------------------------------


async def test_openapi_marks_only_the_keyed_routes_as_secured(tmp_path):
    app = create_app(make_settings(tmp_path, api_keys="key-a"))
    async with api_client(app) as client:
        document = (await client.get("/openapi.json")).json()
        ready = await client.get("/readyz")
    paths = document["paths"]
    assert "security" not in paths["/readyz"]["get"]
    assert "security" not in paths["/healthz"]["get"]
    assert paths["/v1/briefs"]["post"]["security"]
    assert paths["/metrics"]["get"]["security"]
    assert ready.status_code == 200  # and it is indeed open


async def test_an_empty_url_is_invalid_by_the_schema_and_by_the_server(tmp_path):
    app = create_app(make_settings(tmp_path, engine="extractive"))
    async with api_client(app) as client:
        document = (await client.get("/openapi.json")).json()
        response = await client.post("/v1/briefs", json={"url": ""})
    body = document["paths"]["/v1/briefs"]["post"]["requestBody"]
    url_schema = body["content"]["application/json"]["schema"]["properties"]["url"]
    url_options = url_schema.get("anyOf", [url_schema])
    string_form = next(option for option in url_options if option.get("type") == "string")
    assert string_form["minLength"] == 1 and string_form["format"] == "uri"
    assert response.status_code == 422
    assert response.json()["code"] == "validation-error"


# --- brief visibility across API keys ----------------------------------------------------


def _keyed(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


async def test_a_brief_is_read_only_by_the_key_that_made_it(tmp_path):
    app = create_app(make_settings(tmp_path, engine="extractive", api_keys="key-a,key-b"))
    async with api_client(app) as client:
        made = await client.post(
            "/v1/briefs", json={"text": SYNTHETIC_ARTICLE}, headers=_keyed("key-a")
        )
        location = made.headers["Location"]
        by_maker = await client.get(location, headers=_keyed("key-a"))
        by_other = await client.get(location, headers=_keyed("key-b"))
    assert made.status_code == 201
    assert by_maker.status_code == 200
    assert by_other.status_code == 404
    assert by_other.json()["code"] == "not-found"


async def test_a_cache_hit_from_another_key_gets_its_own_id(tmp_path):
    app = create_app(make_settings(tmp_path, engine="extractive", api_keys="key-a,key-b"))
    async with api_client(app) as client:
        first = await client.post(
            "/v1/briefs", json={"text": SYNTHETIC_ARTICLE}, headers=_keyed("key-a")
        )
        second = await client.post(
            "/v1/briefs", json={"text": SYNTHETIC_ARTICLE}, headers=_keyed("key-b")
        )
        again = await client.post(
            "/v1/briefs", json={"text": SYNTHETIC_ARTICLE}, headers=_keyed("key-b")
        )
        b_reads_own = await client.get(second.headers["Location"], headers=_keyed("key-b"))
        a_reads_b = await client.get(second.headers["Location"], headers=_keyed("key-a"))
    assert second.status_code == 200 and second.headers["X-Brief-Cache"] == "hit"
    assert second.json()["id"] != first.json()["id"]
    assert second.json()["brief"] == first.json()["brief"]  # same content, no engine call
    assert again.json()["id"] == second.json()["id"]  # B's own copy is found next time
    assert b_reads_own.status_code == 200 and a_reads_b.status_code == 404


async def test_without_api_keys_every_brief_is_open(tmp_path):
    app = create_app(make_settings(tmp_path, engine="extractive"))
    async with api_client(app) as client:
        made = await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})
        read = await client.get(made.headers["Location"])
    assert read.status_code == 200


async def test_the_store_keeps_a_hash_of_the_key_never_the_key(tmp_path):
    app = create_app(make_settings(tmp_path, engine="extractive", api_keys="secret-key-a"))
    async with api_client(app) as client:
        await client.post(
            "/v1/briefs", json={"text": SYNTHETIC_ARTICLE}, headers=_keyed("secret-key-a")
        )
    raw = (tmp_path / "briefs.db").read_bytes() + b"".join(
        path.read_bytes() for path in tmp_path.glob("briefs.db-*")
    )
    assert b"secret-key-a" not in raw
    with sqlite3.connect(tmp_path / "briefs.db") as connection:
        owners = [row[0] for row in connection.execute("SELECT owner FROM briefs")]
    assert owners == [owner_id("secret-key-a")]


_VERSION_2_SCHEMA = """
CREATE TABLE briefs (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, article_hash TEXT NOT NULL,
    engine TEXT NOT NULL, model TEXT, prompt_version TEXT, fallback_from TEXT,
    brief_json TEXT NOT NULL, article_json TEXT NOT NULL, usage_json TEXT,
    timings_json TEXT NOT NULL
);
CREATE TABLE slack_deliveries (id TEXT PRIMARY KEY, claimed_at REAL NOT NULL);
PRAGMA user_version=2;
"""


async def test_a_store_from_before_owners_is_upgraded_in_place(tmp_path):
    path = tmp_path / "briefs.db"
    made_before = SQLiteBriefStore(path)
    stored = await made_before.save(
        (await _extractive_result()),
    )
    await made_before.aclose()
    # Rebuild the file as schema version 2 (no owner column), keeping the row.
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT id, created_at, article_hash, engine, model, prompt_version, fallback_from,"
            " brief_json, article_json, usage_json, timings_json FROM briefs"
        ).fetchone()
    path.unlink()
    for leftover in tmp_path.glob("briefs.db-*"):
        leftover.unlink()
    with sqlite3.connect(path) as connection:
        connection.executescript(_VERSION_2_SCHEMA)
        connection.execute(f"INSERT INTO briefs VALUES ({','.join('?' * 11)})", row)

    upgraded = SQLiteBriefStore(path)
    try:
        assert (await upgraded.get(stored.id)) is not None
        mine = await upgraded.save(stored.result, owner_id("key-a"))
        assert (await upgraded.get(mine.id, owner_id("key-a"))) is not None
        assert (await upgraded.get(mine.id, owner_id("key-b"))) is None
    finally:
        await upgraded.aclose()
    with sqlite3.connect(path) as connection:
        applied = [v for (v,) in connection.execute("SELECT version FROM schema_migrations")]
        assert applied == [migration.version for migration in migrations("sqlite")]
        columns = {r[1] for r in connection.execute("PRAGMA table_info(briefs)")}
    assert "owner" in columns


async def _extractive_result():
    from briefsmith.briefing.pipeline import make_brief
    from briefsmith.core.schema import ArticleInput
    from briefsmith.engines.extractive import ExtractiveEngine

    return await make_brief(ArticleInput(text=SYNTHETIC_ARTICLE), ExtractiveEngine())


def test_synthetic_failing_model_answers_are_what_the_tests_claim():
    # The fault really is "not JSON" (so the count above is of unreadable answers).
    with pytest.raises(json.JSONDecodeError):
        json.loads(b"this is not JSON at all")
