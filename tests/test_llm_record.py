"""`brief record` then replay, against a synthetic OpenAI-compatible server on loopback."""

from __future__ import annotations

import asyncio
import json
import socket
from http.server import BaseHTTPRequestHandler

import pytest
from briefsmith.briefing.pipeline import make_brief
from briefsmith.briefing.recording import record_seeds
from briefsmith.config.settings import get_settings
from briefsmith.engines.cassettes import read_manifest, replaying, seed_article
from briefsmith.engines.prompts import load_brief_prompt
from briefsmith.surfaces.cli.main import app
from typer.testing import CliRunner

from tests.llm_synthetic import synthetic_completion, synthetic_settings
from tests.synthetic_http import serving_on_loopback

SYNTHETIC_SITUATION = "Russian forces press on Bakhmut while children are evacuated."


def _refuse(self, address, *args, **kwargs):
    raise OSError(f"network is blocked during replay (tried {address!r})")


class _SyntheticModelHandler(BaseHTTPRequestHandler):
    """Synthetic model: answers every chat completion with the same small draft."""

    requests_seen = 0

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        type(self).requests_seen += 1
        draft = {
            "situation": SYNTHETIC_SITUATION,
            "actors": [],
            "quotes": [],
            "figures": [],
            "outlook": "",
        }
        body = json.dumps(synthetic_completion(draft, prompt_tokens=700)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Set-Cookie", "session=synthetic")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def synthetic_model_server():
    with serving_on_loopback(_SyntheticModelHandler) as base_url:
        yield f"{base_url}/v1"


def test_recorded_cassette_replays_without_the_server(
    tmp_path, monkeypatch, synthetic_model_server
):
    monkeypatch.setenv("BRIEF_BASE_URL", synthetic_model_server)
    monkeypatch.setenv("BRIEF_MODEL", "synthetic-model")
    monkeypatch.setenv("BRIEF_LLM_STRATEGY", "draft")  # the synthetic model answers drafts
    get_settings.cache_clear()
    try:
        outcome = CliRunner().invoke(
            app, ["record", "--seed", "003", "--cassettes-dir", str(tmp_path)]
        )
    finally:
        get_settings.cache_clear()

    assert outcome.exit_code == 0, outcome.output
    summary = json.loads(outcome.stdout)
    assert summary["seed"].startswith("003_") and summary["usage"]["prompt_tokens"] == 700
    entry = read_manifest(tmp_path)["cassettes"][summary["seed"]]
    assert entry["prompt_version"] == load_brief_prompt().version
    assert entry["settings"]["base_url"] == synthetic_model_server
    assert "set-cookie" not in (tmp_path / f"{summary['seed']}.yaml").read_text().lower()
    served = _SyntheticModelHandler.requests_seen

    monkeypatch.setattr(socket.socket, "connect", _refuse)
    with replaying("003", cassettes_dir=tmp_path) as engine:
        result = asyncio.run(make_brief(seed_article("003"), engine))

    assert result.brief.situation == SYNTHETIC_SITUATION
    assert result.brief.meta.usage.prompt_tokens == 700
    assert _SyntheticModelHandler.requests_seen == served


class _SyntheticFlakyModelHandler(_SyntheticModelHandler):
    """Synthetic model whose first answer is a 503."""

    requests_seen = 0

    def do_POST(self):
        if type(self).requests_seen == 0:
            self.rfile.read(int(self.headers["Content-Length"]))
            type(self).requests_seen += 1
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        super().do_POST()


def test_a_recorded_transport_retry_replays_the_same_way(tmp_path, monkeypatch):
    with serving_on_loopback(_SyntheticFlakyModelHandler) as base_url:
        settings = synthetic_settings(base_url=f"{base_url}/v1")
        (summary,) = asyncio.run(record_seeds(settings, ["003"], cassettes_dir=tmp_path))
    assert summary["usage"]["attempts"] == 2

    monkeypatch.setattr(socket.socket, "connect", _refuse)
    with replaying("003", cassettes_dir=tmp_path) as engine:
        result = asyncio.run(make_brief(seed_article("003"), engine))

    assert result.brief.situation == SYNTHETIC_SITUATION
    assert result.brief.meta.usage.attempts == 2
