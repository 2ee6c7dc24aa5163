"""No CPU work on the event loop (issue 23, item 10): cleaning, decoding and parsing of
large bodies run in worker threads, on every surface (text/plain and JSON briefs,
stories, JSON and NDJSON batches, Slack). Checked structurally, not by the clock: a
profile hook on the event loop's thread records every call of the text-work functions
made there, and there must be none; the same bodies still get their answers, so the
work did happen, elsewhere. The latency of /healthz meanwhile is a figure printed by
benches/event_loop_latency.py. Synthetic articles and engine."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import CodeType, FrameType
from typing import Any
from urllib.parse import urlencode

import pytest
from briefsmith.core import cleaning, requests
from briefsmith.surfaces.http import batches, bodies
from briefsmith.surfaces.slack import app as slack_app
from briefsmith.surfaces.slack import text as slack_text

from tests.api_synthetic import SYNTHETIC_ARTICLE, SyntheticEngine, api_client, make_app
from tests.synthetic_slack import SyntheticEngine as SlackEngine
from tests.test_slack_bot import Harness, bot_settings

# Functions whose cost grows with the body: none may run on the event loop's thread.
TEXT_WORK: dict[CodeType, str] = {
    function.__code__: function.__qualname__
    for function in (
        cleaning.clean_article,
        cleaning.normalize_text,
        cleaning.decode_article_bytes,
        cleaning.require_unicode_text,
        bodies.parse_json_body,
        batches._items_from_json,
        batches._items_from_jsonl,
        requests.parse_line,
        requests.parse_record,
        slack_app._unverifiable,
        slack_text.parse_request,
    )
}


def many_short_lines(count: int = 100_000) -> str:
    """About 600 KB of synthetic short lines (the shape of issue 23's stall)."""
    return "\n".join(f"Ok {n % 100}." for n in range(count))


@contextmanager
def calls_on_this_thread() -> Iterator[list[str]]:
    """Every TEXT_WORK call made on the calling thread (the event loop's) meanwhile.
    Worker threads are not profiled, so work moved there is not seen."""
    seen: list[str] = []

    def profile(frame: FrameType, event: str, _arg: Any) -> None:
        if event == "call" and frame.f_code in TEXT_WORK:
            seen.append(TEXT_WORK[frame.f_code])

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        yield seen
    finally:
        sys.setprofile(previous)


@pytest.fixture
async def client(tmp_path):
    app = make_app(tmp_path, SyntheticEngine(), settings={"max_input_bytes": 2_000_000})
    async with api_client(app, timeout=120) as made:
        yield made


async def test_the_watch_sees_text_work_done_on_the_loop():
    """The check can fail: the same functions called inline are recorded."""
    with calls_on_this_thread() as seen:
        cleaning.decode_article_bytes(b"The council met.", 100)
        bodies.parse_json_body(b"{}")
    assert seen == ["decode_article_bytes", "parse_json_body"]


async def test_a_text_plain_body_of_100000_short_lines_is_cleaned_off_the_loop(client):
    body = many_short_lines().encode()
    assert len(body) > 500_000
    with calls_on_this_thread() as seen:
        response = await client.post(
            "/v1/briefs", content=body, headers={"Content-Type": "text/plain"}
        )
        health = await client.get("/healthz")
    assert response.status_code == 201, response.text
    assert response.json()["article"]["text"].startswith("Ok 0.")
    assert health.status_code == 200
    assert seen == []


async def test_a_large_json_brief_is_parsed_and_cleaned_off_the_loop(client):
    body = json.dumps({"text": many_short_lines(), "title": "Lines"})
    with calls_on_this_thread() as seen:
        response = await client.post(
            "/v1/briefs", content=body, headers={"Content-Type": "application/json"}
        )
    assert response.status_code == 201, response.text
    assert seen == []


async def test_a_story_is_parsed_and_cleaned_off_the_loop(client):
    body = {"articles": [{"text": SYNTHETIC_ARTICLE}, {"text": many_short_lines(20_000)}]}
    with calls_on_this_thread() as seen:
        response = await client.post("/v1/stories", json=body)
    assert response.status_code == 201, response.text
    assert seen == []


@pytest.mark.parametrize("kind", ["json", "ndjson"])
async def test_a_batch_is_parsed_and_checked_off_the_loop(client, kind):
    items = [{"id": f"n{n}", "text": f"Item {n} of the batch. It is short."} for n in range(50)]
    if kind == "json":
        content = json.dumps({"articles": items}).encode()
        content_type = "application/json"
    else:
        content = "\n".join(json.dumps(item) for item in items).encode()
        content_type = "application/x-ndjson"
    with calls_on_this_thread() as seen:
        response = await client.post(
            "/v1/batches", content=content, headers={"Content-Type": content_type}
        )
    assert response.status_code == 202, response.text
    assert seen == []


async def test_a_slack_request_is_verified_and_parsed_off_the_loop(tmp_path, slack_api):
    harness = Harness(bot_settings(tmp_path, slack_api), SlackEngine())
    try:
        form = {"command": "/brief", "text": many_short_lines(5_000), "team_id": "T0SYNTH"}
        form |= {"channel_id": "C1", "user_id": "U1", "trigger_id": "trigger-loop"}
        form["response_url"] = slack_api.response_url("loop")
        with calls_on_this_thread() as seen:
            response = await harness.post(urlencode(form).encode())
            await harness.settle()
        assert response.status_code == 200
        assert harness.engine.calls == 1  # the article was cleaned and briefed
        assert seen == []
    finally:
        await harness.aclose()


async def test_an_oversized_slack_body_is_413_before_parsing(tmp_path, slack_api):
    harness = Harness(bot_settings(tmp_path, slack_api, max_input_bytes=10_000), SlackEngine())
    try:
        form = {"command": "/brief", "text": "x " * 60_000, "response_url": "x"}
        response = await harness.post(urlencode(form).encode())
        assert response.status_code == 413
        assert harness.engine.calls == 0
    finally:
        await harness.aclose()
