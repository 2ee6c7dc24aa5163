"""No secrets in cassettes: the committed ones are scanned, and the scrubbing itself is
exercised by recording a synthetic exchange full of credentials from a loopback server."""

from __future__ import annotations

import re
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
import yaml
from briefsmith.engines.cassettes import (
    CASSETTES_DIR,
    FILTERED_REQUEST_HEADERS,
    FILTERED_RESPONSE_HEADERS,
    cassette_recorder,
)

from tests.synthetic_http import serving_on_loopback

KEY_SHAPED = [
    re.compile(r"sk-[A-Za-z0-9_\-]{16,}"),  # OpenAI-style keys
    re.compile(r"xox[abposr]-[A-Za-z0-9\-]{10,}"),  # Slack tokens
    re.compile(r"xapp-[A-Za-z0-9\-]{10,}"),
    re.compile(r"Bearer\s+[A-Za-z0-9._\-]{8,}"),
]
SECRET_HEADERS = set(FILTERED_REQUEST_HEADERS) | FILTERED_RESPONSE_HEADERS

SYNTHETIC_SECRET_KEY = "sk-synthetic" + "0123456789abcdefghij"
SYNTHETIC_SLACK_TOKEN = "xoxb-" + "1234567890-synthetic"


def cassette_files(directory):
    return sorted(path for path in directory.rglob("*") if path.suffix in {".yaml", ".json"})


def secret_findings(directory) -> list[str]:
    findings = []
    for path in cassette_files(directory):
        text = path.read_text(encoding="utf-8")
        findings += [f"{path.name}: {p.pattern}" for p in KEY_SHAPED if p.search(text)]
        if path.suffix != ".yaml":
            continue
        for interaction in yaml.safe_load(text)["interactions"]:
            for side in ("request", "response"):
                names = {name.lower() for name in interaction[side]["headers"]}
                findings += [
                    f"{path.name}: {side} header {name}" for name in names & SECRET_HEADERS
                ]
    return findings


def test_committed_cassettes_hold_no_credentials():
    assert len(cassette_files(CASSETTES_DIR)) >= 12, "expected two sets of five plus manifests"
    assert secret_findings(CASSETTES_DIR) == []


class _SyntheticLeakyHandler(BaseHTTPRequestHandler):
    """Synthetic server that echoes credentials in headers and the body."""

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        body = f'{{"error": "Incorrect API key provided: {SYNTHETIC_SECRET_KEY}"}}'.encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Set-Cookie", f"session={SYNTHETIC_SLACK_TOKEN}")
        self.send_header("OpenAI-Organization", "org-synthetic")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def synthetic_leaky_server():
    with serving_on_loopback(_SyntheticLeakyHandler) as base_url:
        yield base_url


def test_recording_scrubs_credentials_from_requests_and_responses(tmp_path, synthetic_leaky_server):
    headers = {
        "Authorization": f"Bearer {SYNTHETIC_SECRET_KEY}",
        "api-key": SYNTHETIC_SECRET_KEY,
        "Cookie": f"session={SYNTHETIC_SLACK_TOKEN}",
        "OpenAI-Organization": "org-synthetic",
    }

    with cassette_recorder(tmp_path, "once").use_cassette("leaky.yaml"):
        response = httpx.post(
            f"{synthetic_leaky_server}/v1/chat/completions",
            headers=headers,
            json={"model": "synthetic"},
        )
    assert response.status_code == 401  # the live call itself was unaltered

    text = (tmp_path / "leaky.yaml").read_text(encoding="utf-8")
    assert SYNTHETIC_SECRET_KEY not in text and SYNTHETIC_SLACK_TOKEN not in text
    assert "org-synthetic" not in text
    assert secret_findings(tmp_path) == []
    assert "Incorrect API key provided: [redacted]" in text


def test_replay_matching_ignores_only_the_pydantic_docs_version():
    # A re-ask quotes pydantic's error text with a versioned docs link; a newer pydantic
    # on another machine must not make a recorded conversation unmatchable.
    from briefsmith.engines.cassettes import _same_body
    from vcr.request import Request

    def request(body: str) -> Request:
        return Request("POST", "http://127.0.0.1/v1/chat/completions", body, {})

    recorded = request('{"m": "see https://errors.pydantic.dev/2.13/v/value_error"}')
    _same_body(recorded, request('{"m": "see https://errors.pydantic.dev/2.14/v/value_error"}'))
    with pytest.raises(AssertionError):
        _same_body(recorded, request('{"m": "see https://errors.pydantic.dev/2.14/v/int_parsing"}'))
    with pytest.raises(AssertionError):
        _same_body(
            recorded, request('{"m": "other words https://errors.pydantic.dev/2.13/v/value_error"}')
        )
