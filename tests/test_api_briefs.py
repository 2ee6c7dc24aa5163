"""POST/GET /v1/briefs through httpx against the ASGI app: happy paths, cache, persistence,
request ids, auth and metrics."""

from __future__ import annotations

import httpx
import pytest
from briefsmith.surfaces.http import create_app

from tests.api_synthetic import (
    SYNTHETIC_ARTICLE,
    SyntheticEngine,
    api_client,
    make_app,
    make_settings,
    synthetic_factory,
)
from tests.seed_articles import SEED_IDS, raw_seed, seed_path


async def test_brief_from_json_text_with_synthetic_engine(tmp_path):
    engine = SyntheticEngine()
    async with api_client(make_app(tmp_path, engine)) as client:
        response = await client.post(
            "/v1/briefs", json={"text": SYNTHETIC_ARTICLE, "source": "Synthetic Gazette"}
        )
    assert response.status_code == 201
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-brief-cache"] == "miss"
    body = response.json()
    assert response.headers["location"] == f"/v1/briefs/{body['id']}"
    assert body["brief"]["situation"].startswith("The Riverton city council approved")
    assert body["brief"]["meta"]["engine"] == "synthetic"
    assert body["brief"]["meta"]["prompt_version"] == "synthetic-prompt-1"
    # The cleaned text (what spans index) comes back, without the headline line.
    assert body["article"]["text"].startswith("The Riverton city council")
    assert body["article"]["source"] == "Synthetic Gazette"
    assert engine.calls == 1


async def test_brief_from_text_plain_body_with_query_metadata(tmp_path):
    async with api_client(make_app(tmp_path)) as client:
        response = await client.post(
            "/v1/briefs",
            params={"title": "Bridges", "source": "Gazette"},
            content=SYNTHETIC_ARTICLE.encode(),
            headers={"Content-Type": "text/plain; charset=utf-8"},
        )
    assert response.status_code == 201, response.text
    assert response.json()["article"]["title"] == "Bridges"
    assert response.json()["article"]["source"] == "Gazette"


async def test_an_invented_quote_is_never_returned(tmp_path):
    engine = SyntheticEngine(quotes=["We will fix the worst bridge first,", "Taxes will triple"])
    async with api_client(make_app(tmp_path, engine)) as client:
        body = (await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})).json()
    quotes = [quote["text"] for quote in body["brief"]["quotes"]]
    assert "Taxes will triple" not in quotes
    assert any("worst bridge" in quote for quote in quotes)
    assert any(
        warning["code"] == "ungrounded-dropped"
        and warning["field"] == "quotes"
        and "Taxes will triple" in warning["message"]
        for warning in body["brief"]["meta"]["warnings"]
    )
    kept = body["brief"]["quotes"][0]
    assert "worst bridge" in body["article"]["text"][kept["span"]["start"] : kept["span"]["end"]]


async def test_same_article_is_a_cache_hit_unless_fresh(tmp_path):
    engine = SyntheticEngine()
    async with api_client(make_app(tmp_path, engine)) as client:
        first = await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})
        second = await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})
        fresh = await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE, "fresh": True})
        fresh_by_query = await client.post(
            "/v1/briefs",
            params={"fresh": "true"},
            content=SYNTHETIC_ARTICLE.encode(),
            headers={"Content-Type": "text/plain"},
        )
        metrics = (await client.get("/metrics")).text
    assert (first.status_code, first.headers["x-brief-cache"]) == (201, "miss")
    assert (second.status_code, second.headers["x-brief-cache"]) == (200, "hit")
    assert second.json()["id"] == first.json()["id"]
    assert second.json()["brief"] == first.json()["brief"]
    assert (fresh.status_code, fresh.headers["x-brief-cache"]) == (201, "miss")
    assert fresh.json()["id"] != first.json()["id"]
    assert fresh_by_query.headers["x-brief-cache"] == "miss"
    assert engine.calls == 3
    assert 'briefsmith_cache_lookups_total{engine="synthetic",result="hit"} 1.0' in metrics
    assert 'briefsmith_cache_lookups_total{engine="synthetic",result="miss"} 1.0' in metrics


async def test_cache_is_keyed_by_model_and_prompt_version(tmp_path):
    settings = make_settings(tmp_path)
    old_prompt = SyntheticEngine(prompt_version="prompt-A")
    new_prompt = SyntheticEngine(prompt_version="prompt-B")
    other_model = SyntheticEngine(prompt_version="prompt-A", model="another-model")
    for engine in (old_prompt, new_prompt, other_model):
        app = create_app(settings, engine_factory=synthetic_factory(engine))
        async with api_client(app) as client:
            response = await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})
        assert response.headers["x-brief-cache"] == "miss"
        assert engine.calls == 1


async def test_briefs_survive_a_restart(tmp_path):
    settings = make_settings(tmp_path)
    first_engine = SyntheticEngine()
    async with api_client(
        create_app(settings, engine_factory=synthetic_factory(first_engine))
    ) as client:
        made = (await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})).json()

    restarted_engine = SyntheticEngine()
    restarted = create_app(settings, engine_factory=synthetic_factory(restarted_engine))
    async with api_client(restarted) as client:
        fetched = await client.get(f"/v1/briefs/{made['id']}")
        again = await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})
    assert fetched.status_code == 200
    assert fetched.json() == made
    assert again.headers["x-brief-cache"] == "hit"
    assert again.json()["id"] == made["id"]
    assert restarted_engine.calls == 0


async def test_request_id_is_echoed_or_made(tmp_path):
    async with api_client(make_app(tmp_path)) as client:
        echoed = await client.get("/healthz", headers={"X-Request-ID": "trace-42"})
        made = await client.get("/healthz", headers={"X-Request-ID": "bad id\twith junk"})
        problem = await client.get("/v1/briefs/nope", headers={"X-Request-ID": "trace-43"})
    assert echoed.headers["x-request-id"] == "trace-42"
    assert made.headers["x-request-id"] != "bad id\twith junk"
    assert len(made.headers["x-request-id"]) == 32
    assert problem.json()["request_id"] == "trace-43"


@pytest.mark.parametrize("path", ["/v1/briefs/abc", "/metrics"])
async def test_api_keys_guard_briefs_and_metrics(tmp_path, path):
    app = make_app(tmp_path, settings={"api_keys": "first-key,second-key"})
    async with api_client(app) as client:
        missing = await client.get(path)
        wrong = await client.get(path, headers={"Authorization": "Bearer first-kez"})
        basic = await client.get(path, headers={"Authorization": "Basic Zmlyc3Qta2V5"})
        right = await client.get(path, headers={"Authorization": "Bearer second-key"})
    for refused in (missing, wrong, basic):
        assert refused.status_code == 401
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.headers["www-authenticate"].startswith("Bearer")
        assert "second-key" not in refused.text and "first-key" not in refused.text
    assert 'error="invalid_token"' in wrong.headers["www-authenticate"]
    assert right.status_code in (200, 404)  # in: 404 for the unknown brief id, 200 metrics


async def test_with_api_keys_probes_and_docs_stay_open_and_posting_needs_a_key(tmp_path):
    app = make_app(tmp_path, settings={"api_keys": "only-key"})
    async with api_client(app) as client:
        assert (await client.get("/healthz")).status_code == 200
        assert (await client.get("/readyz")).status_code == 200
        assert (await client.get("/openapi.json")).status_code == 200
        refused = await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})
        allowed = await client.post(
            "/v1/briefs",
            json={"text": SYNTHETIC_ARTICLE},
            headers={"Authorization": "Bearer only-key"},
        )
    assert refused.status_code == 401
    assert allowed.status_code == 201


async def test_readyz_reports_an_unready_engine_as_503_problem(tmp_path):
    engine = SyntheticEngine(ready=(False, "synthetic upstream unreachable"))
    async with api_client(make_app(tmp_path, engine)) as client:
        response = await client.get("/readyz")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == "synthetic upstream unreachable"


async def test_metrics_count_requests_latency_tokens_and_attempts(tmp_path):
    async with api_client(make_app(tmp_path)) as client:
        await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})
        await client.get("/v1/briefs/unknown-id")
        await client.get("/no/such/route")
        response = await client.get("/metrics")
    text = response.text
    assert response.headers["content-type"].startswith("text/plain")
    assert (
        'briefsmith_http_requests_total{method="POST",route="/v1/briefs",status="201"} 1.0' in text
    )
    assert (
        'briefsmith_http_requests_total{method="GET",route="/v1/briefs/{brief_id}",'
        'status="404"} 1.0'
    ) in text
    assert 'route="unmatched",status="404"' in text
    assert 'briefsmith_http_request_duration_seconds_count{method="POST"' in text
    assert 'briefsmith_brief_duration_seconds_count{engine="synthetic"} 1.0' in text
    assert 'briefsmith_llm_tokens_total{engine="synthetic",kind="prompt"} 100.0' in text
    assert 'briefsmith_llm_tokens_total{engine="synthetic",kind="completion"} 20.0' in text
    assert 'briefsmith_llm_attempts_total{engine="synthetic"} 1.0' in text


async def test_two_apps_in_one_process_keep_separate_metrics(tmp_path):
    first, second = make_app(tmp_path / "a"), make_app(tmp_path / "b")
    async with api_client(first) as client:
        await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})
    async with api_client(second) as client:
        text = (await client.get("/metrics")).text
    assert 'route="/v1/briefs"' not in text


def assert_spans_point_at_their_items(body: dict) -> None:
    text = body["article"]["text"]

    def letters(value: str) -> str:
        return "".join(ch for ch in value.casefold() if ch.isalnum())

    for quote in body["brief"]["quotes"]:
        quoted = text[quote["span"]["start"] : quote["span"]["end"]]
        assert letters(quote["text"].replace("...", "")[:20])[:10] in letters(quoted)
    for figure in body["brief"]["figures"]:
        assert figure["span"] is not None
        assert text[figure["span"]["start"] : figure["span"]["end"]].strip()


@pytest.mark.parametrize("seed", SEED_IDS)
async def test_happy_path_with_the_extractive_engine(tmp_path, seed):
    settings = make_settings(tmp_path, engine="extractive")
    article = seed_path(seed).read_bytes()
    async with api_client(create_app(settings)) as client:
        response = await client.post(
            "/v1/briefs", content=article, headers={"Content-Type": "text/plain; charset=utf-8"}
        )
        stored = await client.get(response.headers["location"])
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["brief"]["meta"]["engine"] == "extractive"
    assert body["brief"]["meta"]["prompt_version"] is None
    assert body["brief"]["situation"]
    assert body["brief"]["quotes"] and body["brief"]["actors"] and body["brief"]["figures"]
    assert_spans_point_at_their_items(body)
    assert stored.json() == body


async def test_seed_000_through_the_api_names_its_people(tmp_path):
    settings = make_settings(tmp_path, engine="extractive")
    article = raw_seed("000")
    async with api_client(create_app(settings)) as client:
        body = (await client.post("/v1/briefs", json={"text": article})).json()
    names = {actor["name"] for actor in body["brief"]["actors"]}
    assert {"Jens Stoltenberg", "Volodymyr Zelensky"} <= names
    speakers = {quote["speaker"] for quote in body["brief"]["quotes"]}
    assert any("Stoltenberg" in speaker for speaker in speakers)


# While a cassette plays, vcrpy patches every httpx transport, ASGITransport included, and
# would take the test's own request to the app for an LLM call. The method as imported
# here (at collection, before any cassette) is the unpatched one.
UNPATCHED_ASGI_SEND = httpx.ASGITransport.handle_async_request


async def post_past_vcr(app, body: bytes) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    request = httpx.Request(
        "POST", "http://testserver/v1/briefs", content=body, headers={"Content-Type": "text/plain"}
    )
    response = await UNPATCHED_ASGI_SEND(transport, request)
    content = b"".join([chunk async for chunk in response.stream])
    return httpx.Response(response.status_code, headers=response.headers, content=content)


async def test_happy_path_with_a_replayed_llm_cassette(tmp_path):
    """The openai engine answering from the recorded cassette of seed 000 (no network)."""
    from briefsmith.engines.cassettes import replaying
    from briefsmith.engines.prompts import load_brief_prompt

    article = seed_path("000").read_bytes()
    with replaying("000") as engine:
        app = create_app(make_settings(tmp_path), engine_factory=lambda _settings, _name: engine)
        first = await post_past_vcr(app, article)
        again = await post_past_vcr(app, article)
    assert first.status_code == 201, first.text
    meta = first.json()["brief"]["meta"]
    assert meta["engine"] == "openai"
    assert meta["prompt_version"] == load_brief_prompt().version
    assert meta["usage"]["attempts"] >= 1 and meta["usage"]["prompt_tokens"] > 0
    assert_spans_point_at_their_items(first.json())
    # The cache key carries the engine's prompt version, so the replayed brief is reused.
    assert (again.status_code, again.headers["x-brief-cache"]) == (200, "hit")


async def test_readyz_shows_the_reason_only_to_trusted_callers(tmp_path):
    engine = SyntheticEngine(ready=(False, "cannot reach http://llm.internal:8000/v1"))
    app = make_app(tmp_path, engine, settings={"api_keys": "ops-key"})
    async with api_client(app) as client:
        anonymous = await client.get("/readyz")
        operator = await client.get("/readyz", headers={"Authorization": "Bearer ops-key"})
    assert anonymous.status_code == operator.status_code == 503
    assert "llm.internal" not in anonymous.text
    assert operator.json()["detail"] == "cannot reach http://llm.internal:8000/v1"
