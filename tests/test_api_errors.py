"""Every error status of the API, each as an RFC 9457 problem, none with a stack trace."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from briefsmith.core.errors import DeadlineExceeded, EngineFailed, EngineNotConfigured
from briefsmith.store.sqlite import SQLiteBriefStore

from tests.api_synthetic import SYNTHETIC_ARTICLE, SyntheticEngine, api_client, make_app

PROBLEM_FIELDS = {"type", "title", "status", "detail", "code"}


def assert_problem(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body.keys() >= PROBLEM_FIELDS
    assert (body["status"], body["code"]) == (status, code)
    assert body["type"] == f"urn:briefsmith:problem:{code}"
    assert "Traceback" not in response.text and 'File "' not in response.text
    assert body["request_id"] == response.headers["x-request-id"]
    return body


async def post(app, **kwargs) -> httpx.Response:
    async with api_client(app) as client:
        return await client.post("/v1/briefs", **kwargs)


async def test_400_malformed_json(tmp_path):
    response = await post(
        make_app(tmp_path),
        content=b'{"text": "unterminated',
        headers={"Content-Type": "application/json"},
    )
    assert_problem(response, 400, "malformed-json")


async def test_400_json_that_is_not_utf8(tmp_path):
    response = await post(
        make_app(tmp_path),
        content=b'{"text": "\xff\xfe caf\xe9"}',
        headers={"Content-Type": "application/json"},
    )
    assert_problem(response, 400, "malformed-json")


async def test_413_declared_content_length_over_the_limit(tmp_path):
    app = make_app(tmp_path, settings={"max_input_bytes": 1000})
    response = await post(app, content=b"word " * 400, headers={"Content-Type": "text/plain"})
    body = assert_problem(response, 413, "payload-too-large")
    assert "2,000 bytes" in body["detail"]


async def test_413_streamed_body_without_content_length(tmp_path):
    app = make_app(tmp_path, settings={"max_input_bytes": 1000})
    sent_chunks = 0

    async def chunks():
        nonlocal sent_chunks
        for _ in range(100):
            sent_chunks += 1
            yield b"word " * 100

    response = await post(app, content=chunks(), headers={"Content-Type": "text/plain"})
    assert_problem(response, 413, "payload-too-large")
    assert sent_chunks < 100  # refused while streaming, not after reading everything


async def test_413_article_over_the_limit_inside_json(tmp_path):
    app = make_app(tmp_path, settings={"max_input_bytes": 1000})
    response = await post(app, json={"text": "word " * 300})
    body = assert_problem(response, 413, "article-too-large")
    assert "1,000 bytes" in body["detail"]


@pytest.mark.parametrize(
    "content_type",
    ["image/png", "application/x-www-form-urlencoded", "text/plain; charset=latin-1", None],
)
async def test_415_wrong_content_type(tmp_path, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    response = await post(make_app(tmp_path), content=SYNTHETIC_ARTICLE.encode(), headers=headers)
    assert_problem(response, 415, "unsupported-media-type")


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"text": ""}, "empty-article"),
        ({"text": "   \n\t  "}, "empty-article"),
        ({"text": "Leave a Reply\nYour email address will not be published."}, "empty-article"),
        ({}, "validation-error"),
        ({"text": SYNTHETIC_ARTICLE, "url": "https://example.com/a"}, "validation-error"),
        ({"text": 42}, "validation-error"),
        ({"text": SYNTHETIC_ARTICLE, "engine": "gpt-99"}, "validation-error"),
        ({"text": SYNTHETIC_ARTICLE, "colour": "blue"}, "validation-error"),
        (["not", "an", "object"], "validation-error"),
        ({"url": "ftp://example.com/article"}, "url-refused"),
        ({"url": "http://127.0.0.1:9/article"}, "url-refused"),
        ({"url": "http://169.254.169.254/latest/meta-data/"}, "url-refused"),
        ({"url": "not a url at all"}, "url-refused"),
    ],
)
async def test_422_empty_or_invalid_article_or_refused_url(tmp_path, payload, code):
    engine = SyntheticEngine()
    response = await post(make_app(tmp_path, engine), json=payload)
    assert_problem(response, 422, code)
    assert engine.calls == 0


async def test_422_validation_errors_do_not_echo_the_article(tmp_path):
    secret_article = "A confidential draft about the merger. " * 3
    response = await post(make_app(tmp_path), json={"text": secret_article, "fresh": "maybe"})
    body = assert_problem(response, 422, "validation-error")
    assert body["errors"][0]["loc"] == ["body", "fresh"]
    assert "confidential" not in response.text


@pytest.mark.parametrize("body", [b"\x00\x01\x02binary\x00", b"caf\xe9 au lait. " * 5])
async def test_422_text_plain_that_is_not_utf8_text(tmp_path, body):
    response = await post(make_app(tmp_path), content=body, headers={"Content-Type": "text/plain"})
    assert_problem(response, 422, "not-text")


async def test_422_engine_not_configured(tmp_path):
    def unconfigured(_settings, name):
        raise EngineNotConfigured(f"engine {name} needs BRIEF_BASE_URL or OPENAI_API_KEY")

    from briefsmith.surfaces.http import create_app

    from tests.api_synthetic import make_settings

    app = create_app(make_settings(tmp_path), engine_factory=unconfigured)
    response = await post(app, json={"text": SYNTHETIC_ARTICLE, "engine": "openai"})
    assert_problem(response, 422, "engine-not-configured")


async def test_401_missing_or_bad_key(tmp_path):
    app = make_app(tmp_path, settings={"api_keys": "k-123"})
    async with api_client(app) as client:
        missing = await client.post("/v1/briefs", json={"text": SYNTHETIC_ARTICLE})
        bad = await client.post(
            "/v1/briefs",
            json={"text": SYNTHETIC_ARTICLE},
            headers={"Authorization": "Bearer k-124"},
        )
    assert_problem(missing, 401, "unauthorized")
    assert_problem(bad, 401, "unauthorized")
    assert missing.headers["www-authenticate"] == 'Bearer realm="briefsmith"'


async def test_404_unknown_brief_and_unknown_route(tmp_path):
    async with api_client(make_app(tmp_path)) as client:
        unknown_brief = await client.get("/v1/briefs/0123456789abcdef")
        unknown_route = await client.get("/v2/everything")
    assert_problem(unknown_brief, 404, "not-found")
    assert_problem(unknown_route, 404, "not-found")


async def test_405_wrong_method(tmp_path):
    async with api_client(make_app(tmp_path)) as client:
        response = await client.delete("/v1/briefs")
    assert_problem(response, 405, "method-not-allowed")
    assert response.headers["allow"] == "POST"


async def test_429_when_the_queue_is_full_with_retry_after(tmp_path):
    engine = SyntheticEngine(delay_s=0.5)
    app = make_app(tmp_path, engine, settings={"llm_max_concurrency": 1, "queue_limit": 1})
    async with api_client(app) as client:
        responses = await asyncio.gather(
            *(
                client.post("/v1/briefs", json={"text": f"{SYNTHETIC_ARTICLE} Update {n}."})
                for n in range(4)
            )
        )
    statuses = sorted(response.status_code for response in responses)
    assert statuses == [201, 201, 429, 429]  # one running, one waiting, two refused
    for refused in (r for r in responses if r.status_code == 429):
        assert_problem(refused, 429, "overloaded")
        assert int(refused.headers["retry-after"]) >= 1
    assert engine.calls == 2


async def test_502_when_the_upstream_llm_fails_after_retries(tmp_path):
    engine = SyntheticEngine(error=EngineFailed("upstream answered 500 three times"))
    response = await post(make_app(tmp_path, engine), json={"text": SYNTHETIC_ARTICLE})
    body = assert_problem(response, 502, "engine-failed")
    assert body["detail"] == "upstream answered 500 three times"


async def test_502_not_500_when_an_engine_crashes(tmp_path):
    engine = SyntheticEngine(error=KeyError("sk-secret-in-a-crash"))
    response = await post(make_app(tmp_path, engine), json={"text": SYNTHETIC_ARTICLE})
    assert_problem(response, 502, "engine-failed")
    assert "sk-secret" not in response.text


async def test_504_when_the_request_deadline_passes(tmp_path):
    engine = SyntheticEngine(delay_s=5)
    app = make_app(tmp_path, engine, settings={"request_deadline_s": 0.2})
    response = await post(app, json={"text": SYNTHETIC_ARTICLE})
    body = assert_problem(response, 504, "deadline-exceeded")
    assert "0.2s" in body["detail"]


async def test_504_when_the_engine_reports_its_own_deadline(tmp_path):
    engine = SyntheticEngine(error=DeadlineExceeded("the LLM took longer than 180s"))
    response = await post(make_app(tmp_path, engine), json={"text": SYNTHETIC_ARTICLE})
    assert_problem(response, 504, "deadline-exceeded")


class SyntheticBrokenStore(SQLiteBriefStore):
    """Synthetic fault: a store whose writes fail, with a secret in the error message."""

    async def save(self, result):
        raise RuntimeError("disk full at /srv/secret-path, password=hunter2")


async def test_500_is_generic_without_trace_or_secret(tmp_path):
    app = make_app(tmp_path, store=SyntheticBrokenStore(tmp_path / "broken.db"))
    response = await post(app, json={"text": SYNTHETIC_ARTICLE})
    body = assert_problem(response, 500, "internal-error")
    assert "hunter2" not in response.text and "secret-path" not in response.text
    assert body["request_id"] in body["detail"]
