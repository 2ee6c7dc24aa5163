"""The OpenAPI contract (issue 23, item 11): every `$ref` in the document resolves (the
POST /v1/stories body used to point at a `#/$defs/...` that does not exist, so no
schema-driven client or fuzzer could use it); the request schemas agree with the
validators (a body the schema refuses is refused by the route, a body the schema accepts
is not refused as a validation error: `{}` was accepted by the /v1/briefs schema and
refused by the route); the /v1/batches body is described for JSON and NDJSON. Then
schemathesis fuzzes every route in-process, a bounded number of examples each with a
fixed seed, and no answer is a 5xx or strays from the documented responses.
Synthetic articles, engine, DNS and site; no network."""

from __future__ import annotations

import ipaddress
import json
from typing import Any

import httpx
import jsonschema
import pytest
import schemathesis
from briefsmith.briefing.ingest import UrlFetcher
from briefsmith.surfaces.http import create_app
from hypothesis import HealthCheck, seed, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api_synthetic import SYNTHETIC_ARTICLE, SYNTHETIC_PAGE, api_client, make_settings
from tests.test_adversarial_no_500s import VALID_BODIES, mutations

EXAMPLES_PER_ROUTE = 40
SEED = 23


def _document(tmp_path) -> dict[str, Any]:
    return create_app(make_settings(tmp_path, engine="extractive")).openapi()


def _pointer(document: dict[str, Any], reference: str) -> Any:
    assert reference.startswith("#/"), f"{reference}: only local references are expected"
    node: Any = document
    for part in reference[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        assert isinstance(node, dict) and part in node, f"{reference} does not resolve"
        node = node[part]
    return node


def _references(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [ref for value in node.values() for ref in _references(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _references(value)]
    return []


def test_every_reference_in_the_openapi_document_resolves(tmp_path):
    document = _document(tmp_path)
    references = _references(document)
    assert len(references) > 20  # the walk did find the document's references
    for reference in sorted(set(references)):
        _pointer(document, reference)


def _request_schema(document: dict[str, Any], path: str, media_type: str) -> dict[str, Any]:
    return document["paths"][path]["post"]["requestBody"]["content"][media_type]["schema"]


@pytest.mark.parametrize("path", ["/v1/briefs", "/v1/stories", "/v1/batches"])
def test_request_bodies_are_self_contained_and_not_bare(tmp_path, path):
    schema = _request_schema(_document(tmp_path), path, "application/json")
    assert not _references(schema), _references(schema)
    assert schema.get("properties"), schema  # not a bare {"type": "object"}
    jsonschema.Draft202012Validator.check_schema(schema)


def test_the_batches_body_is_described_for_ndjson_too(tmp_path):
    content = _document(tmp_path)["paths"]["/v1/batches"]["post"]["requestBody"]["content"]
    assert content["application/x-ndjson"]["schema"]["type"] == "string"
    assert "per line" in content["application/x-ndjson"]["schema"]["description"]
    articles = content["application/json"]["schema"]["properties"]["articles"]
    assert articles["items"]["properties"].keys() >= {"id", "text", "url", "title", "source"}


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/briefs", {}),
        ("/v1/briefs", {"text": "a", "url": "https://news.example/a"}),
        ("/v1/briefs", {"text": None, "url": None}),
        ("/v1/briefs", {"title": "only a title"}),
        ("/v1/stories", {"articles": [{}, {"text": "b"}]}),
        ("/v1/stories", {"articles": [{"text": "a", "url": "https://x.example/"}, {"text": "b"}]}),
        ("/v1/batches", {}),
        ("/v1/batches", {"articles": []}),
        ("/v1/batches", {"articles": [{"title": "no text"}]}),
        ("/v1/batches", {"articles": [{"text": "a"}], "extra": 1}),
    ],
)
def test_bodies_the_routes_refuse_are_refused_by_the_schema(tmp_path, path, body):
    schema = _request_schema(_document(tmp_path), path, "application/json")
    assert not jsonschema.Draft202012Validator(schema).is_valid(body)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/briefs", {"text": SYNTHETIC_ARTICLE}),
        ("/v1/briefs", {"text": SYNTHETIC_ARTICLE, "url": None}),
        ("/v1/briefs", {"url": "https://news.example/a", "text": None, "fresh": True}),
        ("/v1/stories", {"articles": [{"text": "a"}, {"url": "https://news.example/b"}]}),
        ("/v1/batches", {"articles": [{"id": 7, "text": "a"}, {"url": "https://x.example/"}]}),
    ],
)
def test_bodies_the_routes_accept_are_accepted_by_the_schema(tmp_path, path, body):
    schema = _request_schema(_document(tmp_path), path, "application/json")
    jsonschema.Draft202012Validator(schema).validate(body)


# Codes that mean "the body's shape is wrong" (what a JSON Schema can express).
_SHAPE_CODES = {"validation-error", "invalid-batch", "empty-batch"}


@pytest.mark.parametrize("path", sorted(VALID_BODIES))
async def test_schema_and_route_agree_on_every_mutated_body(tmp_path, path):
    """The mutation fuzzer's bodies: whatever the schema refuses, the route refuses;
    whatever the schema accepts, the route does not refuse for its shape (it may still
    refuse the content: an empty article, a lone surrogate, a duplicate id)."""
    app = create_app(make_settings(tmp_path, engine="extractive"))
    validator = jsonschema.Draft202012Validator(
        _request_schema(app.openapi(), path, "application/json")
    )
    disagreements = []
    async with api_client(app) as client:
        for label, raw in mutations(VALID_BODIES[path]):
            body = json.loads(raw)
            if b"\\ud800" in raw:  # not UTF-8 text: content JSON Schema cannot describe
                continue
            response = await client.post(
                path, content=raw, headers={"Content-Type": "application/json"}
            )
            code = response.json().get("code") if response.status_code >= 400 else None
            if not validator.is_valid(body) and response.status_code < 400:
                disagreements.append((label, "schema refuses, route accepts"))
            detail = response.json().get("detail", "") if code else ""
            content_refusal = "used twice" in detail  # duplicate ids: not in JSON Schema
            if validator.is_valid(body) and code in _SHAPE_CODES and not content_refusal:
                disagreements.append((label, f"schema accepts, route: {code} {detail}"))
    assert not disagreements, disagreements[:10]


# --- schemathesis, in-process, fixed seed ----------------------------------------------


async def synthetic_public_dns(_host: str, _port: int):
    return [ipaddress.ip_address("93.184.216.34")]


def synthetic_site(_request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"Content-Type": "text/html"}, text=SYNTHETIC_PAGE)


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    app_settings = make_settings(
        tmp_path_factory.mktemp("openapi-fuzz"), engine="extractive", max_input_bytes=20_000
    )
    fetcher = UrlFetcher(
        transport=httpx.MockTransport(synthetic_site), resolver=synthetic_public_dns
    )
    return schemathesis.openapi.from_asgi(
        "/openapi.json", create_app(app_settings, fetcher=fetcher)
    )


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@seed(SEED)
@settings(
    max_examples=EXAMPLES_PER_ROUTE,
    deadline=None,
    derandomize=False,
    suppress_health_check=list(HealthCheck),
)
def test_schemathesis_finds_no_5xx_and_no_contract_drift(case):
    case.call_and_validate(
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ]
    )
