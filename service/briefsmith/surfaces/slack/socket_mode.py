"""Socket Mode (`brief slack --socket`): the same bot over a websocket Slack opens to us,
for workspaces where Slack cannot reach a public URL.

Slack authenticates the websocket with the app-level token (SLACK_APP_TOKEN), so no
request signing is involved; acks travel back over the socket.
"""

from __future__ import annotations

import structlog
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

from briefsmith.briefing.briefs import BriefService
from briefsmith.config.settings import Settings
from briefsmith.store.slack_claims import open_delivery_claims
from briefsmith.surfaces.slack.app import SlackBot, SlackNotConfigured

log = structlog.get_logger(__name__)


def socket_mode_handler(bot: SlackBot) -> AsyncSocketModeHandler:
    app_token = bot.settings.slack_app_token
    if app_token is None:
        raise SlackNotConfigured("Socket Mode needs SLACK_APP_TOKEN (an xapp- app-level token)")
    # The app's own web client, so SLACK_API_URL also applies to apps.connections.open.
    return AsyncSocketModeHandler(bot.app, app_token.get_secret_value(), web_client=bot.app.client)


async def run_socket_mode(settings: Settings) -> None:
    """Connect and serve until cancelled (Ctrl-C), then let running briefs finish."""
    service = BriefService(settings)
    bot = SlackBot(settings, service, claims=open_delivery_claims(settings), socket_mode=True)
    handler = socket_mode_handler(bot)
    await service.store.initialize()
    log.info("slack_socket_mode_starting")
    try:
        await handler.start_async()
    finally:
        await handler.close_async()
        await bot.aclose()
        await bot.claims.aclose()
        await service.aclose()
