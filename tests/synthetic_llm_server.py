"""A synthetic OpenAI-compatible chat server on loopback, for tests and benches that run
the openai engine in other processes (`brief worker` subprocesses) where respx cannot
reach. It answers every chat completion with the synthetic grounded draft of
tests/llm_synthetic.py after `delay_s`, and counts requests and the most it ever held
at once. Nothing here is a real model or a real model's output."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.llm_synthetic import GROUNDED_DRAFT, SYNTHETIC_ARTICLE, synthetic_completion
from tests.synthetic_http import serving_on_loopback

SYNTHETIC_MODEL = "synthetic-model"


class SyntheticLlmCounters:
    def __init__(self, delay_s: float):
        self.delay_s = delay_s
        self.requests = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self.first_request = threading.Event()

    def enter(self) -> None:
        with self._lock:
            self.requests += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        self.first_request.set()

    def leave(self) -> None:
        with self._lock:
            self.in_flight -= 1


def _handler(counters: SyntheticLlmCounters) -> type[BaseHTTPRequestHandler]:
    class SyntheticChatHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            self.rfile.read(length)
            counters.enter()
            try:
                time.sleep(counters.delay_s)
                body = json.dumps(synthetic_completion(GROUNDED_DRAFT)).encode()
            finally:
                counters.leave()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):  # the asker was killed
                self.wfile.write(body)

        def log_message(self, *_args: Any) -> None:
            pass

    return SyntheticChatHandler


@contextmanager
def synthetic_llm_server(delay_s: float) -> Iterator[tuple[str, SyntheticLlmCounters]]:
    """(base URL ending in /v1, counters) of a synthetic chat server answering after delay_s."""
    counters = SyntheticLlmCounters(delay_s)
    with serving_on_loopback(_handler(counters)) as base:
        yield f"{base}/v1", counters


def synthetic_llm_env(base_url: str) -> dict[str, str]:
    """Environment for a `brief` process using the openai engine on the synthetic server."""
    return {
        "BRIEF_ENGINE": "openai",
        "BRIEF_BASE_URL": base_url,
        "BRIEF_API_KEY": "synthetic-key-not-a-secret",
        "BRIEF_MODEL": SYNTHETIC_MODEL,
        "BRIEF_FALLBACK_TO_EXTRACTIVE": "false",
        "BRIEF_LLM_MAX_ATTEMPTS": "1",
        "BRIEF_LLM_MAX_REASKS": "0",
    }


def synthetic_llm_article(number: int) -> str:
    """A distinct synthetic article per number that the synthetic draft grounds in."""
    return f"{SYNTHETIC_ARTICLE.text} Route {number} will be the first to get new buses."
