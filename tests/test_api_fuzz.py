"""Property test: schemathesis generates requests from the app's OpenAPI schema (valid and
invalid bodies, query strings, content types, paths) and no response is a 5xx. Responses
must also match the documented status codes, content types and schemas.

The engine is the real extractive engine; URLs resolve through synthetic DNS to a
public-looking address served by a synthetic in-process site, so nothing touches the
network. Bounded (max_examples) to keep the suite fast.
"""

from __future__ import annotations

import ipaddress

import httpx
import pytest
import schemathesis
from briefsmith.briefing.ingest import UrlFetcher
from briefsmith.surfaces.http import create_app
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api_synthetic import SYNTHETIC_PAGE, make_settings

MAX_EXAMPLES = 60


async def synthetic_public_dns(_host: str, _port: int):
    return [ipaddress.ip_address("93.184.216.34")]


def synthetic_site(_request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"Content-Type": "text/html"}, text=SYNTHETIC_PAGE)


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    settings = make_settings(
        tmp_path_factory.mktemp("fuzz"), engine="extractive", max_input_bytes=20_000
    )
    fetcher = UrlFetcher(
        transport=httpx.MockTransport(synthetic_site), resolver=synthetic_public_dns
    )
    app = create_app(settings, fetcher=fetcher)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_no_server_errors_and_responses_match_the_schema(case):
    case.call_and_validate(
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ]
    )
