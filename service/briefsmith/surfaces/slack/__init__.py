"""The Slack bot (briefsmith.surfaces.slack.app), its Block Kit rendering and request parsing.

Importing this package is cheap; slack_bolt is imported only when a bot is built.
"""

from __future__ import annotations

from briefsmith.config.settings import Settings


def slack_configured(settings: Settings) -> bool:
    """Whether any Slack setting is present. Then the bot is built, and a partial
    configuration fails at startup with the missing variables named."""
    return any((settings.slack_bot_token, settings.slack_signing_secret, settings.slack_app_token))
