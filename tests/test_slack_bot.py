"""The Slack bot end to end: signed requests through the ASGI app, answers recorded by a
synthetic Slack Web API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import time
from urllib.parse import urlencode

import httpx
import pytest
import structlog.testing
from briefsmith.briefing.briefs import BriefService
from briefsmith.config.settings import Settings
from briefsmith.store.sqlite import SQLiteBriefStore
from briefsmith.surfaces.http.app import create_app
from briefsmith.surfaces.slack.app import SlackBot, SlackNotConfigured

from tests.synthetic_slack import (
    ARTICLE,
    BOT_TOKEN,
    BOT_USER_ID,
    SIGNING_SECRET,
    SyntheticEngine,
    SyntheticFailingEngine,
    SyntheticSlowEngine,
    signed_headers,
)

ACK_BUDGET_S = 3.0


def bot_settings(tmp_path, slack_api, **overrides) -> Settings:
    values = {
        "slack_bot_token": BOT_TOKEN,
        "slack_signing_secret": SIGNING_SECRET,
        "slack_api_url": slack_api.api_url,
        "db_path": tmp_path / "briefs.db",
        "fallback_to_extractive": False,
        **overrides,
    }
    return Settings(_env_file=None, **values)


class Harness:
    """The service's ASGI app (create_app, Slack configured), and a client that sends
    signed requests to it."""

    def __init__(self, settings: Settings, engine):
        self.engine = engine
        self.service = BriefService(
            settings,
            engine_factory=lambda _settings, _name: engine,
            store=SQLiteBriefStore(settings.db_path),
        )
        self.app = create_app(settings, brief_service=self.service)
        self.bot: SlackBot = self.app.state.slack_bot
        self.client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=self.app), base_url="http://testserver"
        )

    async def post(
        self,
        body: bytes,
        *,
        content_type: str = "application/x-www-form-urlencoded",
        headers: dict[str, str] | None = None,
        sign: bool = True,
    ) -> httpx.Response:
        all_headers = (
            signed_headers(body, content_type=content_type)
            if sign
            else {"Content-Type": content_type}
        )
        all_headers.update(headers or {})
        return await self.client.post("/slack/events", content=body, headers=all_headers)

    async def command(self, text: str, response_url: str, **extra) -> httpx.Response:
        form = {
            "token": "legacy",
            "team_id": "TSYNTH",
            "channel_id": "C1",
            "user_id": "U1",
            "command": "/brief",
            "text": text,
            "response_url": response_url,
            "trigger_id": f"trigger-{time.monotonic_ns()}",
            **extra,
        }
        return await self.post(urlencode(form).encode())

    async def mention(
        self,
        text: str,
        *,
        event_id: str,
        thread_ts: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        event = {
            "type": "app_mention",
            "user": "U1",
            "text": f"<@{BOT_USER_ID}> {text}",
            "ts": "1700000000.000100",
            "channel": "C1",
            "event_ts": "1700000000.000100",
        }
        if thread_ts:
            event["thread_ts"] = thread_ts
        body = {
            "token": "legacy",
            "team_id": "TSYNTH",
            "api_app_id": "ASYNTH",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": 1700000000,
            "event": event,
        }
        return await self.post(
            json.dumps(body).encode(), content_type="application/json", headers=headers
        )

    async def shortcut(self, message_text: str, response_url: str) -> httpx.Response:
        payload = {
            "type": "message_action",
            "callback_id": "brief_this",
            "trigger_id": f"trigger-{time.monotonic_ns()}",
            "response_url": response_url,
            "team": {"id": "TSYNTH"},
            "channel": {"id": "C1", "name": "news"},
            "user": {"id": "U1"},
            "message_ts": "1700000000.000200",
            "message": {
                "type": "message",
                "user": "U2",
                "text": message_text,
                "ts": "1700000000.000200",
            },
        }
        return await self.post(urlencode({"payload": json.dumps(payload)}).encode())

    async def settle(self) -> None:
        """Wait for every background brief the bot started (none started means none)."""
        await self.bot.aclose(grace_s=10.0)

    async def aclose(self) -> None:
        await self.bot.aclose(grace_s=0)
        await self.bot.claims.aclose()
        await self.client.aclose()
        await self.service.aclose()


@pytest.fixture
async def make_harness(tmp_path, slack_api):
    made = []

    def make(engine=None, **overrides) -> Harness:
        harness = Harness(
            bot_settings(tmp_path, slack_api, **overrides), engine or SyntheticEngine()
        )
        made.append(harness)
        return harness

    yield make
    for harness in made:
        await harness.aclose()


def block_texts(blocks) -> str:
    parts = []
    for block in blocks:
        if isinstance(block.get("text"), dict):
            parts.append(block["text"]["text"])
        parts += [element["text"] for element in block.get("elements", ())]
    return "\n".join(parts)


async def test_slash_command_posts_exactly_one_message_with_the_brief_blocks(
    make_harness, slack_api
):
    harness = make_harness()
    response = await harness.command(ARTICLE, slack_api.response_url("cmd1"))
    assert response.status_code == 200
    assert "Working on a brief" in response.json()["text"]

    await slack_api.wait_for(lambda api: api.responses("cmd1"))
    await harness.settle()
    [posted] = slack_api.posts()
    assert posted.name == "cmd1"
    message = posted.payload
    assert message["response_type"] == "in_channel"
    blocks = message["blocks"]
    assert blocks[0]["type"] == "header"
    text = block_texts(blocks)
    assert "*Situation*\nHarbor City approved a new bridge." in text
    assert "• *Ana Ruiz* _(person)_ — Mayor" in text
    assert "> “We will start building in May”\n— _Ana Ruiz_" in text
    assert "• *40 million* — cost of the bridge" in text
    assert "*Outlook*\nThe council expects the bridge to open in 2028." in text
    assert "engine: `synthetic`" in text and "model: `synthetic-model-1`" in text
    assert "prompt: `p-synth`" in text
    assert message["text"].startswith("Brief: Harbor City approved a new bridge.")
    assert harness.engine.calls == 1


async def test_private_flag_answers_ephemerally(make_harness, slack_api):
    harness = make_harness()
    await harness.command(f"--private {ARTICLE}", slack_api.response_url("priv"))
    await slack_api.wait_for(lambda api: api.responses("priv"))
    [posted] = slack_api.responses("priv")
    assert posted.payload["response_type"] == "ephemeral"
    assert "Harbor City approved" in block_texts(posted.payload["blocks"])


async def test_empty_command_gets_usage_in_the_ack_and_no_brief(make_harness, slack_api):
    harness = make_harness()
    response = await harness.command("   ", slack_api.response_url("empty"))
    assert response.status_code == 200
    assert "/brief <article text or URL>" in response.json()["text"]
    await harness.settle()
    assert slack_api.posts() == [] and harness.engine.calls == 0


async def test_app_mention_replies_in_the_thread(make_harness, slack_api):
    harness = make_harness()
    response = await harness.mention(ARTICLE, event_id="EvMention1")
    assert response.status_code == 200
    [post] = await slack_api.wait_for(lambda api: api.api_calls("chat.postMessage"))
    assert post.payload["channel"] == "C1"
    assert post.payload["thread_ts"] == "1700000000.000100"
    assert "Harbor City approved" in block_texts(post.payload["blocks"])
    assert post.headers["Authorization"] == f"Bearer {BOT_TOKEN}"


async def test_app_mention_inside_a_thread_replies_to_that_thread(make_harness, slack_api):
    harness = make_harness()
    await harness.mention(ARTICLE, event_id="EvMention2", thread_ts="1699999999.000001")
    [post] = await slack_api.wait_for(lambda api: api.api_calls("chat.postMessage"))
    assert post.payload["thread_ts"] == "1699999999.000001"


async def test_retried_event_posts_nothing_new(make_harness, slack_api):
    harness = make_harness()
    await harness.mention(ARTICLE, event_id="EvRetry1")
    await slack_api.wait_for(lambda api: api.api_calls("chat.postMessage"))
    await harness.settle()
    posts_before = len(slack_api.posts())

    retry = await harness.mention(
        ARTICLE,
        event_id="EvRetry1",
        headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"},
    )
    assert retry.status_code == 200 and retry.headers["X-Slack-No-Retry"] == "1"
    assert not harness.bot.background.tasks, "a retry must not start another brief"
    await harness.settle()
    assert len(slack_api.posts()) == posts_before == 1
    assert harness.engine.calls == 1


async def test_a_retry_reaching_another_worker_posts_nothing_new(make_harness, slack_api):
    # Two apps on one database file stand for two `brief serve --workers` processes.
    first_worker, second_worker = make_harness(), make_harness()
    assert first_worker.service.store is not second_worker.service.store
    first = await first_worker.mention(ARTICLE, event_id="EvTwoWorkers1")
    retry = await second_worker.mention(
        ARTICLE,
        event_id="EvTwoWorkers1",
        headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"},
    )
    assert first.status_code == retry.status_code == 200
    assert "X-Slack-No-Retry" not in first.headers and retry.headers["X-Slack-No-Retry"] == "1"
    await slack_api.wait_for(lambda api: api.api_calls("chat.postMessage"))
    await first_worker.settle()
    await second_worker.settle()
    assert len(slack_api.posts()) == 1
    assert (first_worker.engine.calls, second_worker.engine.calls) == (1, 0)


async def test_simultaneous_deliveries_to_two_workers_post_once(make_harness, slack_api):
    workers = [make_harness() for _ in range(2)]
    responses = await asyncio.gather(
        *(
            worker.mention(ARTICLE, event_id="EvTwoWorkers2", headers={"X-Slack-Retry-Num": str(n)})
            for n, worker in enumerate(workers)
        )
    )
    assert [r.status_code for r in responses] == [200, 200]
    assert sum("X-Slack-No-Retry" in r.headers for r in responses) == 1
    await slack_api.wait_for(lambda api: api.api_calls("chat.postMessage"))
    for worker in workers:
        await worker.settle()
    assert len(slack_api.posts()) == 1
    assert sum(worker.engine.calls for worker in workers) == 1


async def test_a_delivery_is_still_handled_when_the_claims_cannot_answer(make_harness, slack_api):
    harness = make_harness()

    async def synthetic_locked_claims(_delivery_id, _ttl_s):  # synthetic fault injection
        raise sqlite3.OperationalError("database is locked")

    harness.bot.claims.claim = synthetic_locked_claims
    with structlog.testing.capture_logs() as logs:
        response = await harness.mention(ARTICLE, event_id="EvNoStore1")
        [post] = await slack_api.wait_for(lambda api: api.api_calls("chat.postMessage"))
    assert response.status_code == 200
    assert "Harbor City approved" in block_texts(post.payload["blocks"])
    [failure] = [entry for entry in logs if entry["event"] == "slack_delivery_claim_failed"]
    assert failure["delivery_id"] == "EvNoStore1" and failure["error"] == "OperationalError"


async def test_bad_or_missing_signature_gets_401_and_runs_nothing(make_harness, slack_api):
    harness = make_harness()
    body = urlencode(
        {"command": "/brief", "text": ARTICLE, "response_url": slack_api.response_url("forged")}
    ).encode()
    forged = signed_headers(body, secret="not-the-secret")
    assert (await harness.post(body, headers=forged)).status_code == 401
    assert (await harness.post(body, sign=False)).status_code == 401
    tampered = signed_headers(body)
    assert (await harness.post(body + b"x", headers=tampered)).status_code == 401
    await harness.settle()
    assert slack_api.posts() == [] and harness.engine.calls == 0


async def test_a_rejected_request_body_is_not_logged(
    make_harness, slack_api, caplog, capsys, monkeypatch
):
    # A fresh logger for the module: under xdist an earlier test in this worker may have
    # cached it while structlog.testing.capture_logs was active, which drops its events.
    import structlog
    import structlog.testing
    from briefsmith.surfaces.slack import app as slack_app

    monkeypatch.setattr(slack_app, "log", structlog.get_logger(slack_app.__name__))
    harness = make_harness()
    capability = slack_api.response_url("capability-token-must-not-be-logged")
    body = urlencode({"command": "/brief", "text": ARTICLE, "response_url": capability}).encode()
    # structlog's events are captured as they are made, whatever an earlier test in this
    # worker configured for output; the standard library's records through caplog.
    with structlog.testing.capture_logs() as events, caplog.at_level(logging.DEBUG):
        response = await harness.post(body, headers=signed_headers(body, secret="wrong"))
    assert response.status_code == 401
    # Refused before bolt parses the body; the refusal is logged, the body is not.
    captured = capsys.readouterr()
    logged = caplog.text + captured.out + captured.err + repr(events)
    assert "slack_request_refused" in [event.get("event") for event in events]
    assert "capability-token" not in logged and "Harbor City" not in logged


async def test_stale_timestamp_gets_401(make_harness, slack_api):
    harness = make_harness()
    body = urlencode(
        {"command": "/brief", "text": ARTICLE, "response_url": slack_api.response_url("stale")}
    ).encode()
    ten_minutes_ago = int(time.time()) - 600
    stale = signed_headers(body, timestamp=ten_minutes_ago)  # correctly signed, but old
    assert (await harness.post(body, headers=stale)).status_code == 401
    await harness.settle()
    assert slack_api.posts() == [] and harness.engine.calls == 0


async def test_llm_failure_becomes_an_ephemeral_error_message(make_harness, slack_api):
    harness = make_harness(SyntheticFailingEngine())
    await harness.command(ARTICLE, slack_api.response_url("fail"))
    [posted] = await slack_api.wait_for(lambda api: api.responses("fail"))
    assert posted.payload["response_type"] == "ephemeral"
    assert "language model is unavailable" in posted.payload["text"]
    assert "blocks" not in posted.payload
    await harness.settle()
    assert len(slack_api.posts()) == 1


async def test_llm_failure_on_a_mention_is_ephemeral_in_the_thread(make_harness, slack_api):
    harness = make_harness(SyntheticFailingEngine())
    await harness.mention(ARTICLE, event_id="EvFail1")
    [posted] = await slack_api.wait_for(lambda api: api.api_calls("chat.postEphemeral"))
    assert posted.payload["user"] == "U1" and posted.payload["channel"] == "C1"
    assert posted.payload["thread_ts"] == "1700000000.000100"
    assert "language model is unavailable" in posted.payload["text"]
    assert slack_api.api_calls("chat.postMessage") == []


async def test_ack_returns_within_3s_while_the_engine_takes_10s(make_harness, slack_api):
    engine = SyntheticSlowEngine()
    harness = make_harness(engine)
    started = time.perf_counter()
    response = await harness.command(ARTICLE, slack_api.response_url("slow"))
    ack_seconds = time.perf_counter() - started
    assert response.status_code == 200
    assert ack_seconds < ACK_BUDGET_S
    await engine.started.wait()
    assert slack_api.responses("slow") == [], "nothing is posted before the engine answers"
    engine.release.set()  # end the 10 s wait now rather than sleeping through it
    [posted] = await slack_api.wait_for(lambda api: api.responses("slow"))
    assert "Harbor City approved" in block_texts(posted.payload["blocks"])


async def test_message_shortcut_briefs_the_message_in_its_thread(make_harness, slack_api):
    harness = make_harness()
    response = await harness.shortcut(ARTICLE, slack_api.response_url("short"))
    assert response.status_code == 200
    [post] = await slack_api.wait_for(lambda api: api.api_calls("chat.postMessage"))
    assert post.payload["channel"] == "C1" and post.payload["thread_ts"] == "1700000000.000200"
    assert "Harbor City approved" in block_texts(post.payload["blocks"])


async def test_shortcut_in_a_channel_without_the_bot_explains_how_to_invite_it(
    make_harness, slack_api
):
    slack_api.fail("chat.postMessage", "not_in_channel")
    harness = make_harness()
    await harness.shortcut(ARTICLE, slack_api.response_url("noinv"))
    [posted] = await slack_api.wait_for(lambda api: api.responses("noinv"))
    assert posted.payload["response_type"] == "ephemeral"
    assert "/invite @Briefsmith" in posted.payload["text"]


async def test_url_is_briefed_through_the_guarded_ingestion(make_harness, slack_api):
    slack_api.pages["bridge"] = (
        "<html><head><title>Bridge approved</title></head><body><article>"
        + "".join(f"<p>{sentence}.</p>" for sentence in ARTICLE.split(". "))
        + "</article></body></html>"
    )
    harness = make_harness(url_allowlist=["127.0.0.1"])
    await harness.command(f"{slack_api.base}/articles/bridge", slack_api.response_url("url"))
    [posted] = await slack_api.wait_for(lambda api: api.responses("url"))
    assert posted.payload["response_type"] == "in_channel"
    assert "Harbor City approved" in block_texts(posted.payload["blocks"])


async def test_url_to_a_private_address_is_refused_with_an_ephemeral_message(
    make_harness, slack_api
):
    harness = make_harness()  # no allowlist: 127.0.0.1 is off limits, as in production
    await harness.command(f"{slack_api.base}/articles/bridge", slack_api.response_url("ssrf"))
    [posted] = await slack_api.wait_for(lambda api: api.responses("ssrf"))
    assert posted.payload["response_type"] == "ephemeral"
    assert "loopback" in posted.payload["text"]
    assert harness.engine.calls == 0


def test_missing_settings_are_named(tmp_path):
    with pytest.raises(SlackNotConfigured, match="SLACK_SIGNING_SECRET"):
        SlackBot(
            Settings(_env_file=None, slack_bot_token="xoxb-1", db_path=tmp_path / "b.db"),
            briefs=None,
            claims=None,
        )
    with pytest.raises(SlackNotConfigured, match="SLACK_APP_TOKEN"):
        SlackBot(
            Settings(_env_file=None, slack_bot_token="xoxb-1", db_path=tmp_path / "b.db"),
            briefs=None,
            claims=None,
            socket_mode=True,
        )


async def test_without_slack_settings_the_service_has_no_slack_endpoint(tmp_path):
    app = create_app(Settings(_env_file=None, db_path=tmp_path / "b.db"))
    assert app.state.slack_bot is None
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as client:
        response = await client.post("/slack/events", content=b"{}")
    assert response.status_code == 404


def test_partial_slack_settings_fail_at_startup_naming_what_is_missing(tmp_path):
    with pytest.raises(SlackNotConfigured, match="SLACK_BOT_TOKEN"):
        create_app(Settings(_env_file=None, slack_signing_secret="s", db_path=tmp_path / "b.db"))


async def test_mention_without_an_article_gets_ephemeral_usage(make_harness, slack_api):
    harness = make_harness()
    await harness.mention("", event_id="EvEmpty1")
    [posted] = await slack_api.wait_for(lambda api: api.api_calls("chat.postEphemeral"))
    assert "Mention me with an article" in posted.payload["text"]
    assert posted.payload["thread_ts"] == "1700000000.000100"
    assert harness.engine.calls == 0 and slack_api.api_calls("chat.postMessage") == []


async def test_private_mention_answers_only_the_user_in_the_thread(make_harness, slack_api):
    harness = make_harness()
    await harness.mention(f"--private {ARTICLE}", event_id="EvPrivate1")
    [posted] = await slack_api.wait_for(lambda api: api.api_calls("chat.postEphemeral"))
    assert posted.payload["user"] == "U1" and posted.payload["thread_ts"] == "1700000000.000100"
    assert "Harbor City approved" in block_texts(posted.payload["blocks"])
    assert slack_api.api_calls("chat.postMessage") == []


async def test_unexpected_failure_is_logged_and_reported_with_the_same_reference(
    make_harness, slack_api, monkeypatch
):
    def synthetic_render_crash(*_args, **_kwargs):  # synthetic fault injection
        raise RuntimeError("synthetic renderer bug")

    monkeypatch.setattr(
        "briefsmith.surfaces.slack.app.render_brief_messages", synthetic_render_crash
    )
    harness = make_harness()
    with structlog.testing.capture_logs() as logs:
        await harness.command(ARTICLE, slack_api.response_url("crash"))
        [posted] = await slack_api.wait_for(lambda api: api.responses("crash"))
        await harness.settle()
    [crash] = [entry for entry in logs if entry["event"] == "slack_brief_crashed"]
    assert crash["surface"] == "command" and isinstance(crash["exc_info"], RuntimeError)
    assert posted.payload["response_type"] == "ephemeral"
    assert f"reference {crash['reference']}" in posted.payload["text"]
    assert "synthetic renderer bug" not in posted.payload["text"], "internals stay in the log"


async def test_a_failure_to_report_a_failure_is_still_logged(make_harness, slack_api):
    slack_api.fail("chat.postEphemeral", "channel_not_found")
    harness = make_harness(SyntheticFailingEngine())
    with structlog.testing.capture_logs() as logs:
        await harness.mention(ARTICLE, event_id="EvFail2")
        await slack_api.wait_for(lambda api: api.api_calls("chat.postEphemeral"))
        await harness.settle()
    events = [entry["event"] for entry in logs]
    assert "slack_brief_failed" in events and "slack_error_report_failed" in events


async def test_slack_url_verification_challenge_is_answered_when_signed(make_harness):
    harness = make_harness()
    body = json.dumps(
        {"type": "url_verification", "token": "legacy", "challenge": "synthetic-challenge"}
    ).encode()
    answered = await harness.post(body, content_type="application/json")
    assert answered.status_code == 200 and answered.json() == {"challenge": "synthetic-challenge"}
    forged = await harness.post(body, content_type="application/json", sign=False)
    assert forged.status_code == 401


async def test_shutdown_lets_an_acked_brief_finish_posting(make_harness, slack_api):
    engine = SyntheticSlowEngine()
    harness = make_harness(engine)
    async with harness.app.router.lifespan_context(harness.app):
        await harness.command(ARTICLE, slack_api.response_url("shutdown"))
        await engine.started.wait()
        # The engine answers only after shutdown has begun.
        asyncio.get_running_loop().call_soon(engine.release.set)
    assert [c.name for c in slack_api.posts()] == ["shutdown"]
