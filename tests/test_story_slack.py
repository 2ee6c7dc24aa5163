"""`/brief` with several links makes one story brief (signed requests through the ASGI
app; the articles served by the synthetic site on 127.0.0.1, the answers recorded by
the synthetic Slack Web API)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.surfaces.slack.text import parse_request

from tests.test_slack_bot import Harness, block_texts, bot_settings

STORIES = Path(__file__).resolve().parent.parent / "evals" / "story_articles"


def _page(name: str) -> str:
    paragraphs = (STORIES / f"{name}.txt").read_text(encoding="utf-8").split("\n\n")
    body = "".join(f"<p>{html.escape(p.strip())}</p>" for p in paragraphs if p.strip())
    return f"<html><head><title>{name}</title></head><body><article>{body}</article></body></html>"


@pytest.fixture
async def story_harness(tmp_path, slack_api):
    harness = Harness(
        bot_settings(tmp_path, slack_api, url_allowlist=["127.0.0.1"]), ExtractiveEngine()
    )
    yield harness
    await harness.aclose()


def test_several_links_are_a_story_request_and_one_link_is_not():
    request = parse_request("<https://a.example/x|a> https://b.example/y <https://a.example/x>")
    assert request.urls == ("https://a.example/x", "https://b.example/y")
    assert request.url is None and request.text is None
    assert parse_request("https://a.example/x").url == "https://a.example/x"
    assert parse_request("see https://a.example/x and https://b.example/y").text is not None


async def test_slash_command_with_two_links_posts_one_story_brief(story_harness, slack_api):
    slack_api.pages["match_a"] = _page("match_a")
    slack_api.pages["match_b"] = _page("match_b")
    links = f"{slack_api.base}/articles/match_a {slack_api.base}/articles/match_b"
    response = await story_harness.command(links, slack_api.response_url("story"))
    assert response.status_code == 200
    assert "a story from 2 links" in response.json()["text"]
    await slack_api.wait_for(lambda api: api.responses("story"))
    await story_harness.settle()
    [posted] = slack_api.responses("story")
    assert posted.payload["response_type"] == "in_channel"
    text = block_texts(posted.payload["blocks"])
    assert posted.payload["blocks"][0]["text"]["text"] == "Story brief (2 articles)"
    assert "*Conflicts between sources*" in text
    assert "52,000 [link-1] vs 53,000 [link-2]" in text
    assert "Mohamed Salah (also" in text and "Mohammed Salah" in text
