"""Slack requests that used to end in a 500 (issue 23, items 6-8): an overlong timestamp
header (no secret needed to send one), signed bodies of valid JSON in shapes Slack never
sends, and links with an invalid port or host. Each is refused (401/400) or ignored
(200, nothing briefed), never a 500 or an ERROR log. Synthetic Slack API and engine."""

from __future__ import annotations

import json
import logging
from urllib.parse import urlencode

import pytest
import structlog.testing

from tests.synthetic_slack import ARTICLE, SyntheticEngine
from tests.test_slack_bot import Harness, bot_settings


@pytest.fixture
async def harness(tmp_path, slack_api):
    made = Harness(bot_settings(tmp_path, slack_api), SyntheticEngine())
    yield made
    await made.aclose()


def _no_error_logs(logs, caplog) -> None:
    assert not [entry for entry in logs if entry["log_level"] in ("error", "critical")], logs
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.records


@pytest.mark.parametrize(
    "timestamp",
    [
        "9" * 310,  # float(int) overflows
        "1" * 4_301,  # over Python's integer digit limit
        "0" * 5_000,  # all zeros, still too long
        "1700000000" + "0" * 400,
        "0" * 300 + "1700000000",  # leading zeros: a number of sane value, insane length
    ],
    ids=["310-digits", "4301-digits", "zeros", "trailing-zeros", "leading-zeros"],
)
async def test_an_overlong_timestamp_is_401_without_a_secret(harness, slack_api, caplog, timestamp):
    body = urlencode({"command": "/brief", "text": ARTICLE, "response_url": "x"}).encode()
    headers = {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": "v0=" + "0" * 64}
    with structlog.testing.capture_logs() as logs, caplog.at_level(logging.DEBUG):
        response = await harness.post(body, headers=headers, sign=False)
    assert response.status_code == 401
    _no_error_logs(logs, caplog)
    await harness.settle()
    assert harness.engine.calls == 0 and slack_api.posts() == []


# Valid JSON, correctly signed, in shapes Slack never sends.
_JSON_SHAPES = [
    b"[1]",
    b"1",
    b'"x"',
    b"null",
    b"true",
    b"[]",
    b'{"type": "event_callback", "event": 5}',
    b'{"type": "event_callback", "event": [1]}',
    b'{"type": "event_callback", "event": "app_mention"}',
    b'{"type": "event_callback", "event": null}',
    b'{"type": "event_callback", "event": {"type": 5}}',
    b'{"type": "event_callback", "event": {"type": "app_mention", "channel": 5, "ts": []}}',
    b'{"type": "event_callback", "event_id": 5, "event": {"type": "app_mention"}}',
    b'{"type": "event_callback", "event_id": ["E1"], "event": {"type": "app_mention"}}',
    b'{"type": "event_callback", "team_id": {"a": 1}, "event": {"type": "app_mention"}}',
    b'{"type": "event_callback", "authorizations": 5, "event": {"type": "app_mention"}}',
    b'{"type": "url_verification", "challenge": 5}',
    b'{"type": "url_verification", "challenge": {"a": 1}}',
    b'{"type": 5}',
    b'{"type": ["event_callback"]}',
    b'{"team": 5, "user": 5, "channel": 5, "enterprise": 5}',
    b'{"trigger_id": {"x": 1}}',
    b'{"type": "message_action", "callback_id": "brief_this", "message": 5}',
    b'{"type": "message_action", "callback_id": "brief_this", "trigger_id": "t1",'
    b' "message": {"text": 5}, "channel": 5, "user": 5, "team": 5}',
    # The right types, with the fields a listener needs missing.
    b'{"type": "event_callback", "event_id": "Ev-bare", "team_id": "T1",'
    b' "event": {"type": "app_mention", "text": "<@UBOTSYNTH> brief"}}',
    b'{"type": "event_callback", "event_id": "Ev-bare2", "event": {"type": "app_mention"}}',
]


@pytest.mark.parametrize("body", _JSON_SHAPES, ids=[shape.decode()[:40] for shape in _JSON_SHAPES])
async def test_signed_json_of_an_unexpected_shape_is_refused_or_ignored(
    harness, slack_api, caplog, body
):
    with structlog.testing.capture_logs() as logs, caplog.at_level(logging.DEBUG):
        response = await harness.post(body, content_type="application/json")
    assert response.status_code in (200, 400, 404), response.text
    await harness.settle()
    _no_error_logs(logs, caplog)
    assert harness.engine.calls == 0


_FORM_SHAPES = [
    {"payload": "[1]"},
    {"payload": '"x"'},
    {"payload": "5"},
    {"payload": "null"},
    {"payload": "{}"},
    {"payload": '{"type": 5}'},
    {"payload": '{"type": "shortcut", "callback_id": 5, "trigger_id": 5}'},
    {"payload": '{"type": "message_action", "callback_id": "brief_this", "message": [1]}'},
    {"payload": '{"type": "block_actions", "actions": 5}'},
    {"payload": '{"type": "view_submission", "view": 5}'},
    {"command": "/brief", "text": "", "team_id": ""},
    {"command": 5},
    {"command": "/brief"},  # no text, no response_url, no team
    {"payload": '{"type": "message_action", "callback_id": "brief_this", "trigger_id": "t2"}'},
    {"payload": '{"type": "shortcut", "callback_id": "brief_this", "trigger_id": "t3"}'},
]


@pytest.mark.parametrize("form", _FORM_SHAPES, ids=[str(form)[:40] for form in _FORM_SHAPES])
async def test_signed_forms_of_an_unexpected_shape_are_refused_or_ignored(
    harness, slack_api, caplog, form
):
    body = urlencode(form).encode()
    with structlog.testing.capture_logs() as logs, caplog.at_level(logging.DEBUG):
        response = await harness.post(body)
    assert response.status_code in (200, 400, 404), response.text
    await harness.settle()
    _no_error_logs(logs, caplog)
    assert harness.engine.calls == 0


@pytest.mark.parametrize(
    "link",
    [
        "http://1.2.3.4:99999/",
        "https://news.example:65536/story",
        "http://203.0.113.9:0/",
        "http://exa%20mple.example/",
        "http://bad_host-.example/",
        "http://" + "a" * 64 + ".example/",
    ],
)
async def test_a_slack_link_with_an_invalid_port_or_host_gets_an_invalid_url_reply(
    harness, slack_api, caplog, link
):
    with structlog.testing.capture_logs() as logs, caplog.at_level(logging.DEBUG):
        response = await harness.command(link, slack_api.response_url("invalid-url"))
        assert response.status_code == 200
        await harness.settle()
    _no_error_logs(logs, caplog)
    replies = " ".join(json.dumps(call.payload) for call in slack_api.calls)
    assert "not a valid URL" in replies
    assert harness.engine.calls == 0


@pytest.mark.parametrize("digits", [13, 400, 5_000])
async def test_a_content_length_too_long_to_be_a_number_is_413(harness, caplog, digits):
    body = urlencode({"command": "/brief", "text": ARTICLE, "response_url": "x"}).encode()
    with structlog.testing.capture_logs() as logs, caplog.at_level(logging.DEBUG):
        response = await harness.post(body, headers={"Content-Length": "9" * digits})
    assert response.status_code == 413
    _no_error_logs(logs, caplog)
    assert harness.engine.calls == 0
