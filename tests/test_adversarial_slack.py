"""Slack surface under hostile input: Slack's own published signature example, stale and
replayed deliveries, and the hostile article shapes as slash commands.

The signature vector (secret, timestamp, body, signature) is the worked example in
Slack's documentation "Verifying requests from Slack"; it checks that the bot verifies
exactly what Slack signs, not merely what our own signing helper agrees with.
"""

from __future__ import annotations

import time
from urllib.parse import urlencode

import pytest
from slack_sdk.signature import Clock

import tests.test_slack_bot as bot_tests
from tests.adversarial_inputs import SHAPES, WORST_SHAPE
from tests.synthetic_slack import ARTICLE, signed_headers

# Slack's published example ("Verifying requests from Slack").
SLACK_EXAMPLE_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
SLACK_EXAMPLE_TIMESTAMP = 1531420618
SLACK_EXAMPLE_BODY = (
    b"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
    b"&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
    b"&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2F"
    b"commands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
    b"&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
)
SLACK_EXAMPLE_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
EXAMPLE_HEADERS = {
    "X-Slack-Request-Timestamp": str(SLACK_EXAMPLE_TIMESTAMP),
    "X-Slack-Signature": SLACK_EXAMPLE_SIGNATURE,
    "Content-Type": "application/x-www-form-urlencoded",
}


@pytest.fixture
async def make_harness(tmp_path, slack_api):
    made = []

    def make(engine=None, **overrides):
        settings = bot_tests.bot_settings(tmp_path, slack_api, **overrides)
        harness = bot_tests.Harness(settings, engine or bot_tests.SyntheticEngine())
        made.append(harness)
        return harness

    yield make
    for harness in made:
        await harness.aclose()


def test_our_signing_helper_reproduces_slacks_published_example():
    headers = signed_headers(
        SLACK_EXAMPLE_BODY, secret=SLACK_EXAMPLE_SECRET, timestamp=SLACK_EXAMPLE_TIMESTAMP
    )
    assert headers["X-Slack-Signature"] == SLACK_EXAMPLE_SIGNATURE


async def test_slacks_published_example_is_accepted_at_its_time_and_stale_now(
    make_harness, slack_api, monkeypatch
):
    harness = make_harness(slack_signing_secret=SLACK_EXAMPLE_SECRET)
    # At the example's own moment (30 s later), the request verifies: not a 401.
    monkeypatch.setattr(Clock, "now", lambda _self: SLACK_EXAMPLE_TIMESTAMP + 30)
    at_its_time = await harness.post(SLACK_EXAMPLE_BODY, headers=EXAMPLE_HEADERS, sign=False)
    # One byte changed: the same signature no longer verifies.
    tampered = await harness.post(
        SLACK_EXAMPLE_BODY.replace(b"foobar", b"foobaz"), headers=EXAMPLE_HEADERS, sign=False
    )
    monkeypatch.undo()
    # Today the same, correctly signed request is years old: refused as a replay.
    today = await harness.post(SLACK_EXAMPLE_BODY, headers=EXAMPLE_HEADERS, sign=False)
    assert at_its_time.status_code != 401
    assert tampered.status_code == 401
    assert today.status_code == 401
    await harness.settle()
    assert harness.engine.calls == 0  # the example's command has no text to brief


async def test_a_replayed_delivery_with_a_fresh_signature_posts_once(make_harness, slack_api):
    harness = make_harness()
    first = await harness.mention(ARTICLE, event_id="EvReplay1")
    await slack_api.wait_for(lambda api: api.api_calls("chat.postMessage"))
    replayed = await harness.mention(ARTICLE, event_id="EvReplay1")
    await harness.settle()
    assert (first.status_code, replayed.status_code) == (200, 200)
    assert len(slack_api.api_calls("chat.postMessage")) == 1


async def test_a_delivery_from_the_future_is_refused(make_harness, slack_api):
    harness = make_harness()
    body = urlencode({"command": "/brief", "text": ARTICLE}).encode()
    future = signed_headers(body, timestamp=int(time.time()) + 3600)
    assert (await harness.post(body, headers=future)).status_code == 401
    await harness.settle()
    assert harness.engine.calls == 0


@pytest.mark.parametrize("shape", [WORST_SHAPE, "initials A. B. C. D.", "curly quotes “"])
async def test_hostile_shapes_as_a_slash_command_get_one_clear_answer(
    make_harness, slack_api, shape
):
    from briefsmith.engines.extractive import ExtractiveEngine

    harness = make_harness(engine=ExtractiveEngine())
    # Slack caps a command's text at a few thousand characters; the shape at that size.
    text = SHAPES[shape](3_000)
    response = await harness.command(text, slack_api.response_url(f"shape-{hash(shape)}"))
    assert response.status_code == 200
    await harness.settle()
    answers = slack_api.responses(f"shape-{hash(shape)}") + slack_api.posts()
    assert answers, "the command got an answer (a brief or a clear error), not silence"
