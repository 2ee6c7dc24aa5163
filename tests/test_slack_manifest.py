"""manifest.yml must describe what the bot actually listens to."""

from __future__ import annotations

from pathlib import Path

import yaml
from briefsmith.surfaces.slack.app import COMMAND, SHORTCUT_CALLBACK_ID

MANIFEST = Path(__file__).resolve().parent.parent / "manifest.yml"


def test_manifest_matches_the_bot():
    manifest = yaml.safe_load(MANIFEST.read_text())
    features, settings = manifest["features"], manifest["settings"]
    [command] = features["slash_commands"]
    assert command["command"] == COMMAND
    [shortcut] = features["shortcuts"]
    assert (shortcut["type"], shortcut["callback_id"]) == ("message", SHORTCUT_CALLBACK_ID)
    assert settings["event_subscriptions"]["bot_events"] == ["app_mention"]
    assert settings["interactivity"]["is_enabled"] is True
    urls = [
        command["url"],
        settings["event_subscriptions"]["request_url"],
        settings["interactivity"]["request_url"],
    ]
    assert all(url == "https://YOUR-HOST/slack/events" for url in urls)
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"commands", "app_mentions:read", "chat:write"} <= scopes
