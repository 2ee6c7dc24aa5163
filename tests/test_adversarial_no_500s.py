"""The 500s of issue 23 (items 4, 5 and 8) and their family, on every route and surface
they reach: JSON nested past the recursion limit on every JSON route, lone surrogates in
every field of a batch (JSON, NDJSON, the CLI corpus) and of a story, URLs whose port or
host cannot name a server (`invalid-url`), and a mutation fuzzer of our own that puts
wrong JSON types, huge numbers, surrogates and deep nesting at every position of a valid
body. Each must be a 4xx problem, never a 500 or an ERROR log. Synthetic articles and
engine (tests/api_synthetic.py); no network."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import structlog.testing

from tests.api_synthetic import SYNTHETIC_ARTICLE, api_client, make_app

REPO = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "briefsmith.surfaces.cli.main"]
JSON = {"Content-Type": "application/json"}
NDJSON = {"Content-Type": "application/x-ndjson"}

# A second synthetic article (written for these tests): another beat, outlet and names.
HARBOUR_ARTICLE = (
    "Port Alder harbour reopens after storm\n\n"
    "The Port Alder harbour reopened on Friday after a storm closed it for four days, the "
    "harbour master, Tomas Lindqvist, said.\n\n"
    '"Every berth is usable again," Lindqvist said at a briefing on the quay.\n\n'
    "About 40 fishing boats had waited offshore, according to the port authority."
)

DEEP_BODIES = {
    "arrays": b"[" * 100_000 + b"]" * 100_000,
    "objects": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    "deep-articles": b'{"articles": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    "deep-text": b'{"text": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
    "long-integer": b'{"text": "x", "fresh": ' + b"9" * 5_001 + b"}",
}
JSON_ROUTES = ["/v1/briefs", "/v1/stories", "/v1/batches"]


def _errors(logs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [entry for entry in logs if entry.get("log_level") in ("error", "critical")]


@pytest.fixture
async def client(tmp_path):
    app = make_app(tmp_path, settings={"engine": "extractive"})
    async with api_client(app) as made:
        yield made


@pytest.mark.parametrize("route", JSON_ROUTES)
@pytest.mark.parametrize("shape", sorted(DEEP_BODIES))
async def test_deep_or_unparsable_json_is_400_on_every_json_route(client, route, shape):
    with structlog.testing.capture_logs() as logs:
        response = await client.post(route, content=DEEP_BODIES[shape], headers=JSON)
    assert 400 <= response.status_code < 500, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert not _errors(logs)
    if shape in ("arrays", "objects"):
        assert response.json()["code"] == "json-too-deep"


async def test_deep_json_in_an_ndjson_batch_line_is_a_bad_item(client):
    body = json.dumps({"id": "fine", "text": SYNTHETIC_ARTICLE}).encode() + b"\n"
    body += b"[" * 100_000 + b"]" * 100_000 + b"\n"
    response = await client.post("/v1/batches", content=body, headers=NDJSON)
    assert response.status_code == 422
    assert response.json()["code"] == "invalid-batch"
    assert "line-2" in response.json()["detail"]


# --- lone surrogates -------------------------------------------------------------------

SURROGATE = "\ud800"
SURROGATE_FIELDS = ["id", "text", "title", "source", "url"]


def _batch_item(field: str) -> dict[str, Any]:
    item = {"id": "bridge", "text": SYNTHETIC_ARTICLE, "title": "Bridge", "source": "Daily"}
    if field == "url":
        item.pop("text")
        item["url"] = f"https://news.example/{SURROGATE}"
    else:
        item[field] = f"{item[field][:20]} {SURROGATE} end"
    return item


@pytest.mark.parametrize("field", SURROGATE_FIELDS)
async def test_a_lone_surrogate_in_a_json_batch_item_is_422(client, field):
    body = {"articles": [{"id": "ok", "text": HARBOUR_ARTICLE}, _batch_item(field)]}
    with structlog.testing.capture_logs() as logs:
        response = await client.post("/v1/batches", content=json.dumps(body), headers=JSON)
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["code"] == "invalid-batch"
    assert "surrogate" in problem["detail"] and f'"{field}"' in problem["detail"]
    assert not _errors(logs)


@pytest.mark.parametrize("field", SURROGATE_FIELDS)
async def test_a_lone_surrogate_in_an_ndjson_line_is_422(client, field):
    lines = [json.dumps({"id": "ok", "text": HARBOUR_ARTICLE}), json.dumps(_batch_item(field))]
    with structlog.testing.capture_logs() as logs:
        response = await client.post(
            "/v1/batches", content="\n".join(lines).encode(), headers=NDJSON
        )
    assert response.status_code == 422, response.text
    assert "surrogate" in response.json()["detail"]
    assert not _errors(logs)


async def test_a_surrogate_in_an_unknown_batch_field_name_is_422_not_500(client):
    body = '{"articles": [{"text": "x"}], "' + "\\ud800" + '": 1}'
    with structlog.testing.capture_logs() as logs:
        response = await client.post("/v1/batches", content=body, headers=JSON)
    assert response.status_code == 422
    assert response.json()["code"] == "invalid-batch"
    assert not _errors(logs)


@pytest.mark.parametrize("field", ["text", "title", "source", "url", "id"])
async def test_a_lone_surrogate_in_a_story_article_is_4xx(client, field):
    article = {"id": "harbour", "text": HARBOUR_ARTICLE, "title": "Harbour", "source": "Post"}
    if field == "url":
        article.pop("text")
        article["url"] = f"https://news.example/{SURROGATE}"
    else:
        article[field] = f"a {SURROGATE} b"
    body = {"articles": [{"text": SYNTHETIC_ARTICLE}, article]}
    with structlog.testing.capture_logs() as logs:
        response = await client.post("/v1/stories", content=json.dumps(body), headers=JSON)
    assert response.status_code == 422, response.text
    assert not _errors(logs)


@pytest.mark.parametrize("field", ["title", "source"])
async def test_a_lone_surrogate_in_a_brief_label_is_422(client, field):
    body = {"text": SYNTHETIC_ARTICLE, field: f"Riverton {SURROGATE}"}
    response = await client.post("/v1/briefs", content=json.dumps(body), headers=JSON)
    assert response.status_code == 422
    assert response.json()["code"] in ("not-text", "validation-error")


def test_a_lone_surrogate_in_a_cli_batch_corpus_is_a_failed_line(tmp_path):
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text(
        "\n".join(
            [
                json.dumps({"id": "harbour", "text": HARBOUR_ARTICLE}),
                json.dumps({"id": f"bad{SURROGATE}", "text": SYNTHETIC_ARTICLE}),
                json.dumps({"id": "bad-text", "text": f"The vote {SURROGATE} passed."}),
            ]
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    completed = subprocess.run(
        [*CLI, "batch", str(corpus), "--out", str(out)],
        capture_output=True,
        timeout=180,
        check=False,
        env={
            **os.environ,
            "BRIEF_ENGINE": "extractive",
            "BRIEF_DB_PATH": str(tmp_path / "briefs.db"),
        },
    )
    assert b"Traceback" not in completed.stderr, completed.stderr.decode()
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_id = {line["id"]: line for line in lines}
    assert by_id["harbour"].get("brief")
    failed = [line for line in lines if line["id"] != "harbour"]
    assert len(failed) == 2 and all("surrogate" in json.dumps(line) for line in failed)


# --- URLs that cannot name a server ----------------------------------------------------

INVALID_URLS = [
    "http://1.2.3.4:99999/",
    "http://203.0.113.7:65536/news",
    "https://news.example:0/story",
    "http://news.example:4294967297/",
    "http://exa%20mple.example/",
    "http://-leading-hyphen.example/",
    "http://" + "x" * 64 + ".example/",
    "http://" + ".".join(["abcdefghij"] * 25) + ".example/",
    "http://a..b.example/",
    "http://[::1/",
    "http://999.1.1.1/",
]


@pytest.mark.parametrize("url", INVALID_URLS)
async def test_an_invalid_url_is_422_invalid_url_on_briefs(client, url):
    with structlog.testing.capture_logs() as logs:
        response = await client.post("/v1/briefs", json={"url": url})
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["code"] == "invalid-url", problem
    assert "not a valid URL" in problem["detail"]
    assert not _errors(logs)


@pytest.mark.parametrize("url", INVALID_URLS[:4])
async def test_an_invalid_url_is_422_invalid_url_in_a_story(client, url):
    body = {"articles": [{"text": SYNTHETIC_ARTICLE}, {"url": url}]}
    response = await client.post("/v1/stories", json=body)
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "invalid-url"


async def test_an_invalid_url_fails_its_batch_item_with_invalid_url(client):
    body = {"articles": [{"id": "port", "url": INVALID_URLS[0]}, {"id": "ok", "text": "x y."}]}
    response = await client.post("/v1/batches", json=body)
    assert response.status_code == 202
    location = response.headers["location"]
    for _ in range(200):
        view = (await client.get(location)).json()
        if view["status"] == "finished":
            break
        import asyncio

        await asyncio.sleep(0.05)
    items = {item["id"]: item for item in view["items"]}
    assert items["port"]["status"] == "failed" and items["port"]["code"] == "invalid-url"


# --- a mutation fuzzer: every position of a valid body, every wrong shape ---------------

WRONG_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    10**40,
    1.5e308,
    "",
    "x",
    SURROGATE,
    "x" * 3000,
    [],
    [1, "a"],
    {},
    {"a": {"b": [None]}},
]


def _positions(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path into a JSON value (the root included)."""
    yield path
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _positions(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _positions(inner, (*path, index))


def _replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copied = copy.deepcopy(value)
    target = copied
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = new
    return copied


def _nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


def mutations(body: Any) -> Iterator[tuple[str, bytes]]:
    """Each position replaced by each wrong value, by JSON nested 900 deep (under the
    parser's limit, so validation sees it), and each object given an unknown key."""
    for path in _positions(body):
        for new in [*WRONG_VALUES, _nested(900)]:
            mutated = _replaced(body, path, new)
            label = f"{'/'.join(map(str, path)) or 'root'}={json.dumps(new)[:12]}"
            yield label, json.dumps(mutated).encode()
        target = _replaced(body, (), body)
        for part in path:
            target = target[part]
        if isinstance(target, dict):
            grown = _replaced(body, path, {**target, "unexpected": [1]})
            yield f"{'/'.join(map(str, path)) or 'root'}+unexpected", json.dumps(grown).encode()


VALID_BODIES = {
    "/v1/briefs": {"text": SYNTHETIC_ARTICLE, "title": "Bridges", "source": "Daily", "fresh": True},
    "/v1/stories": {
        "articles": [
            {"id": "a", "text": SYNTHETIC_ARTICLE, "title": "Bridges"},
            {"id": "b", "text": HARBOUR_ARTICLE, "source": "Post"},
        ],
        "engine": "extractive",
    },
    "/v1/batches": {
        "articles": [{"id": "a", "text": SYNTHETIC_ARTICLE}, {"text": HARBOUR_ARTICLE}],
        "engine": "extractive",
    },
}


@pytest.mark.parametrize("route", sorted(VALID_BODIES))
async def test_mutated_bodies_never_get_a_5xx(tmp_path, route):
    app = make_app(tmp_path, settings={"engine": "extractive"})
    seen: dict[int, int] = {}
    async with api_client(app) as client:
        with structlog.testing.capture_logs() as logs:
            for label, body in mutations(VALID_BODIES[route]):
                response = await client.post(route, content=body, headers=JSON)
                assert response.status_code < 500, (label, response.text)
                if response.status_code >= 400:
                    assert response.headers["content-type"] == "application/problem+json"
                seen[response.status_code] = seen.get(response.status_code, 0) + 1
    assert not _errors(logs), _errors(logs)[:3]
    assert set(seen) & {400, 422}, seen  # the fuzzer did reach the refusals


@pytest.mark.parametrize("url", ["http://1.2.3.4:99999/", "http://exa%20mple.example/"])
def test_an_invalid_url_in_a_cli_story_is_a_clear_one_line_error(tmp_path, url):
    article = tmp_path / "harbour.txt"
    article.write_text(HARBOUR_ARTICLE, encoding="utf-8")
    completed = subprocess.run(
        [*CLI, "story", str(article), url],
        capture_output=True,
        timeout=180,
        check=False,
        env={
            **os.environ,
            "BRIEF_ENGINE": "extractive",
            "BRIEF_DB_PATH": str(tmp_path / "briefs.db"),
        },
    )
    assert completed.returncode == 2
    stderr = completed.stderr.decode()
    assert "not a valid URL" in stderr and "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1


# --- numeric headers too long to be numbers ---------------------------------------------


@pytest.mark.parametrize("route", [*JSON_ROUTES, "/slack/events"])
@pytest.mark.parametrize("digits", [19, 400, 5_000])
async def test_a_content_length_too_long_to_be_a_number_is_413(client, route, digits):
    headers = {**JSON, "Content-Length": "9" * digits}
    with structlog.testing.capture_logs() as logs:
        response = await client.post(route, content=b'{"text": "x"}', headers=headers)
    # /slack/events exists only with Slack configured: then 413, else 404.
    assert response.status_code in ((413,) if route != "/slack/events" else (404, 413))
    assert not _errors(logs)


async def test_a_site_declaring_a_content_length_too_long_to_be_a_number_is_refused():
    import ipaddress

    import httpx
    from briefsmith.briefing.ingest import UrlFetcher, fetch_article
    from briefsmith.core.errors import UrlRefused

    def site(_request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "text/plain", "Content-Length": "7" * 5_000}
        return httpx.Response(200, headers=headers, content=b"The council met.")

    async def public_dns(_host: str, _port: int):
        return [ipaddress.ip_address("93.184.216.34")]

    fetcher = UrlFetcher(transport=httpx.MockTransport(site), resolver=public_dns)
    with pytest.raises(UrlRefused, match="over the"):
        await fetch_article(fetcher, "https://news.example/story")


@pytest.mark.parametrize(
    ("route", "body"),
    [
        ("/v1/briefs", '{"text": "The council met.", "\\ud800": 1}'),
        ("/v1/briefs", '{"text": "The council met.", "engine": "\\udfff"}'),
        ("/v1/stories", '{"articles": [{"text": "a"}, {"text": "b", "\\ud800x": 1}]}'),
        ("/v1/stories", '{"articles": [{"text": "a"}, {"text": "b"}], "engine": "\\ud800"}'),
        ("/v1/batches", '{"articles": [{"text": "a"}], "engine": "\\ud800"}'),
    ],
)
async def test_a_refusal_that_names_a_surrogate_key_or_value_is_still_4xx(client, route, body):
    with structlog.testing.capture_logs() as logs:
        response = await client.post(route, content=body.encode(), headers=JSON)
    assert response.status_code == 422, response.text
    response.json()  # a readable problem body
    assert not _errors(logs)


@pytest.mark.parametrize("base", ["/v1/briefs/", "/v1/stories/", "/v1/batches/"])
@pytest.mark.parametrize("ident", ["%ED%A0%80", "%FF%FE", "x" * 20_000, "%00", "..%2F..%2Fx"])
async def test_odd_ids_in_a_path_are_404(client, base, ident):
    with structlog.testing.capture_logs() as logs:
        response = await client.get(base + ident)
    assert response.status_code == 404
    assert response.json()["code"] == "not-found"
    assert not _errors(logs)
