"""Socket Mode: the same bot over a websocket, against the synthetic Slack on 127.0.0.1."""

from __future__ import annotations

from briefsmith.briefing.briefs import BriefService
from briefsmith.config.settings import Settings
from briefsmith.store.slack_claims import SQLiteDeliveryClaims
from briefsmith.store.sqlite import SQLiteBriefStore
from briefsmith.surfaces.cli.main import app as cli
from briefsmith.surfaces.slack.app import SlackBot
from briefsmith.surfaces.slack.socket_mode import socket_mode_handler
from typer.testing import CliRunner

from tests.synthetic_slack import (
    ARTICLE,
    BOT_TOKEN,
    BOT_USER_ID,
    SyntheticEngine,
)


def mention_envelope(envelope_id: str, event_id: str, retry_attempt: int = 0) -> dict:
    event = {
        "type": "app_mention",
        "user": "U1",
        "text": f"<@{BOT_USER_ID}> {ARTICLE}",
        "ts": "1700000000.000300",
        "channel": "C1",
        "event_ts": "1700000000.000300",
    }
    return {
        "envelope_id": envelope_id,
        "type": "events_api",
        "accepts_response_payload": False,
        "retry_attempt": retry_attempt,
        "retry_reason": "timeout" if retry_attempt else "",
        "payload": {
            "type": "event_callback",
            "team_id": "TSYNTH",
            "api_app_id": "ASYNTH",
            "event_id": event_id,
            "event_time": 1700000000,
            "event": event,
        },
    }


async def test_socket_mode_acks_over_the_socket_replies_in_thread_and_skips_retries(
    tmp_path, slack_api
):
    # No signing secret: Socket Mode needs the app-level token instead.
    settings = Settings(
        _env_file=None,
        slack_bot_token=BOT_TOKEN,
        slack_app_token="xapp-synthetic",
        slack_api_url=slack_api.api_url,
        db_path=tmp_path / "briefs.db",
        fallback_to_extractive=False,
    )
    engine = SyntheticEngine()
    service = BriefService(
        settings,
        engine_factory=lambda _settings, _name: engine,
        store=SQLiteBriefStore(settings.db_path),
    )
    bot = SlackBot(
        settings, service, claims=SQLiteDeliveryClaims(settings.db_path), socket_mode=True
    )
    handler = socket_mode_handler(bot)
    await handler.connect_async()
    try:
        await slack_api.wait_for(lambda api: any(c.name == "connected" for c in api.calls))
        await slack_api.send_envelope(mention_envelope("env-1", "EvSocket1"))
        [post] = await slack_api.wait_for(lambda api: api.api_calls("chat.postMessage"))
        assert post.payload["thread_ts"] == "1700000000.000300"
        acks = [c.payload for c in slack_api.calls if c.kind == "socket" and c.name == "sent"]
        assert {"envelope_id": "env-1"} in acks

        await slack_api.send_envelope(mention_envelope("env-2", "EvSocket1", retry_attempt=1))
        await slack_api.wait_for(
            lambda api: any(
                c.kind == "socket" and c.payload.get("envelope_id") == "env-2" for c in api.calls
            )
        )
        await bot.aclose()
        assert len(slack_api.api_calls("chat.postMessage")) == 1 and engine.calls == 1
    finally:
        await handler.close_async()
        await bot.aclose()
        await bot.claims.aclose()
        await service.aclose()


def test_socket_mode_without_an_app_token_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no .env from the working tree
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-synthetic")
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    from briefsmith.config.settings import get_settings

    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["slack", "--socket"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2
    assert "SLACK_APP_TOKEN" in result.output
    assert "Traceback" not in result.output
