"""Adversarial input that used to crash the service (issue 16, items 2-4): a lone
surrogate in the text, JSON nested past the recursion limit or holding an integer too
long to parse, and Slack requests with a malformed timestamp. Each must get a clear 4xx
through the real HTTP and Slack surfaces (and the CLI), never a 500 or an ERROR log."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode

import pytest
import structlog.testing

from tests.api_synthetic import api_client, make_app
from tests.synthetic_slack import ARTICLE, SyntheticEngine, signed_headers
from tests.test_slack_bot import Harness, bot_settings

JSON_HEADERS = {"Content-Type": "application/json"}
REPO = Path(__file__).resolve().parents[1]


async def _post_raw(tmp_path, body: bytes):
    app = make_app(tmp_path, settings={"engine": "extractive"})
    async with api_client(app) as client:
        return await client.post("/v1/briefs", content=body, headers=JSON_HEADERS)


@pytest.mark.parametrize(
    "body",
    [
        rb'{"text": "Hello \ud800 world. The council met on Monday."}',
        rb'{"text": "The council met on Monday.\n\nIt voted to close the bridge \udfff."}',
    ],
    ids=["high-surrogate", "low-surrogate"],
)
async def test_a_lone_surrogate_in_the_text_is_422_not_text(tmp_path, body):
    with structlog.testing.capture_logs() as logs:
        response = await _post_raw(tmp_path, body)
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["code"] == "not-text"
    assert "surrogate" in problem["detail"]
    assert not [entry for entry in logs if entry["log_level"] == "error"]


def test_a_lone_surrogate_from_the_command_line_is_a_clear_error(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("The council met on Monday. It voted to close the bridge.\n")
    # An undecodable argv byte reaches Python as a lone surrogate (surrogateescape).
    title = os.fsdecode(b"Bridge \xff vote")
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefsmith.surfaces.cli.main",
            "summarize",
            str(article),
            "--title",
            title,
        ],
        check=False,
        capture_output=True,
        cwd=REPO,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(REPO / "service"), str(REPO)]),
            "BRIEF_ENGINE": "extractive",
        },
        timeout=120,
    )
    assert completed.returncode == 2
    assert b"lone surrogate" in completed.stderr and b"Traceback" not in completed.stderr


async def test_deeply_nested_json_is_400_with_a_clear_message(tmp_path):
    with structlog.testing.capture_logs() as logs:
        response = await _post_raw(tmp_path, b"[" * 1000 + b"]" * 1000)
    assert response.status_code == 400
    assert response.json()["code"] == "json-too-deep"
    assert "too deeply" in response.json()["detail"]
    assert not [entry for entry in logs if entry["log_level"] == "error"]


async def test_a_5001_digit_integer_is_not_called_invalid_json(tmp_path):
    body = b'{"text": "The council met.", "fresh": ' + b"7" * 5001 + b"}"
    json.loads(b'{"n": 1' + b"0" * 100 + b"}")  # the shape is valid JSON
    response = await _post_raw(tmp_path, body)
    assert response.status_code == 400
    problem = response.json()
    assert problem["code"] == "json-number-too-long"
    assert "not valid JSON" not in problem["detail"] and "digits" in problem["detail"]


async def test_truly_malformed_json_is_still_malformed_json(tmp_path):
    response = await _post_raw(tmp_path, b'{"text": "unterminated')
    assert response.status_code == 400
    assert response.json()["code"] == "malformed-json"


# --- Slack -----------------------------------------------------------------------------


@pytest.fixture
async def harness(tmp_path, slack_api):
    made = Harness(bot_settings(tmp_path, slack_api), SyntheticEngine())
    yield made
    await made.aclose()


@pytest.mark.parametrize("timestamp", ["abc", "1.5", "-1", "", "1e9", "١٢٣".encode()])
async def test_slack_malformed_timestamp_is_401_without_an_error_log(
    harness, slack_api, caplog, timestamp
):
    body = urlencode({"command": "/brief", "text": ARTICLE, "response_url": "x"}).encode()
    headers = {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": "v0=" + "0" * 64}
    with structlog.testing.capture_logs() as logs, caplog.at_level(logging.DEBUG):
        response = await harness.post(body, headers=headers, sign=False)
    assert response.status_code == 401
    assert not [entry for entry in logs if entry["log_level"] == "error"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    await harness.settle()
    assert harness.engine.calls == 0 and slack_api.posts() == []


async def test_slack_unsigned_deep_json_is_401_before_any_parsing(harness):
    body = b"[" * 100_000 + b"]" * 100_000
    headers = {"X-Slack-Request-Timestamp": "1700000000", "X-Slack-Signature": "v0=00"}
    with structlog.testing.capture_logs() as logs:
        response = await harness.post(
            body, content_type="application/json", headers=headers, sign=False
        )
    assert response.status_code == 401
    assert not [entry for entry in logs if entry["log_level"] == "error"]


async def test_slack_signed_but_unparsable_json_is_400_not_500(harness):
    body = b"[" * 100_000 + b"]" * 100_000
    with structlog.testing.capture_logs() as logs:
        response = await harness.post(body, content_type="application/json")
    assert response.status_code == 400
    assert not [entry for entry in logs if entry["log_level"] == "error"]


async def test_slack_non_utf8_body_is_401(harness):
    body = b"command=%2Fbrief&text=\xff\xfe"
    response = await harness.post(body, headers=signed_headers(b"other"), sign=False)
    assert response.status_code == 401


async def test_slack_mention_with_a_lone_surrogate_gets_a_not_text_message(harness, slack_api):
    event = {
        "type": "event_callback",
        "event_id": "Ev-surrogate",
        "team_id": "TSYNTH",
        "event": {
            "type": "app_mention",
            "user": "U1",
            "text": "<@UBOTSYNTH> The council met on Monday \ud800 and voted. It closed a bridge.",
            "ts": "1700000000.000100",
            "channel": "C1",
        },
    }
    body = json.dumps(event).encode()  # ensure_ascii: the surrogate travels as \\ud800
    response = await harness.post(body, content_type="application/json")
    assert response.status_code == 200
    await harness.settle()
    posted = " ".join(json.dumps(call.payload) for call in slack_api.calls)
    assert "surrogate" in posted
    assert harness.engine.calls == 0
