"""Choosing the openai engine (settings, CLI), falling back, and the local-server command.

The endpoint is synthetic (respx); no test here talks to a real model.
"""

from __future__ import annotations

import json

import pytest
import respx
from briefsmith.briefing.pipeline import brief_clean_article
from briefsmith.config.settings import get_settings
from briefsmith.core.errors import EngineNotConfigured
from briefsmith.engines import build_engine, local_server
from briefsmith.engines.fallback import FallbackEngine
from briefsmith.engines.llm import OpenAIEngine
from briefsmith.engines.prompts import load_brief_prompt
from briefsmith.surfaces.cli.main import app
from typer.testing import CliRunner

from tests.llm_synthetic import (
    SYNTHETIC_ARTICLE,
    SYNTHETIC_BASE_URL,
    synthetic_error,
    synthetic_ok,
    synthetic_settings,
)


@pytest.fixture
def synthetic_llm():
    with respx.mock(base_url=SYNTHETIC_BASE_URL, assert_all_called=False) as mock:
        yield mock


@pytest.fixture
def synthetic_env(monkeypatch):
    """Environment for the CLI pointing at the synthetic endpoint."""
    for name, value in {
        "BRIEF_BASE_URL": SYNTHETIC_BASE_URL,
        "BRIEF_MODEL": "synthetic-model",
        "BRIEF_LLM_BACKOFF_S": "0.01",
        "BRIEF_LLM_MAX_ATTEMPTS": "2",
        "BRIEF_LLM_STRATEGY": "draft",  # the synthetic answers are drafts
    }.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


def test_openai_engine_without_fallback():
    engine = build_engine(synthetic_settings(fallback_to_extractive=False))

    assert isinstance(engine, OpenAIEngine)
    assert (engine.name, engine.model, engine.base_url) == (
        "openai",
        "synthetic-model",
        SYNTHETIC_BASE_URL,
    )


def test_auto_picks_openai_when_a_base_url_is_configured():
    engine = build_engine(synthetic_settings(engine="auto", fallback_to_extractive=False))

    assert isinstance(engine, OpenAIEngine)


def test_auto_picks_extractive_when_no_llm_is_configured():
    settings = synthetic_settings(engine="auto", base_url=None, api_key=None)

    assert build_engine(settings).name == "extractive"


def test_openai_without_endpoint_or_key_is_a_clear_configuration_error():
    settings = synthetic_settings(base_url=None, api_key=None)

    with pytest.raises(EngineNotConfigured, match="BRIEF_BASE_URL"):
        build_engine(settings, "openai")


async def test_failing_llm_falls_back_to_extractive_and_says_so(synthetic_llm):
    route = synthetic_llm.post("/chat/completions").mock(return_value=synthetic_error(503))
    engine = build_engine(synthetic_settings(fallback_to_extractive=True, llm_max_attempts=2))
    assert isinstance(engine, FallbackEngine)

    result = await brief_clean_article(SYNTHETIC_ARTICLE, engine)

    assert route.call_count == 2
    assert result.brief.meta.engine == "extractive"
    assert result.brief.meta.fallback_from == "openai"
    assert any(
        w.code == "engine-fallback"
        and "openai engine failed" in w.message
        and "HTTP 503" in w.message
        for w in result.brief.meta.warnings
    )


async def test_llm_brief_records_model_prompt_version_usage_and_latency(synthetic_llm):
    synthetic_llm.post("/chat/completions").mock(
        return_value=synthetic_ok(prompt_tokens=321, completion_tokens=45)
    )

    result = await brief_clean_article(SYNTHETIC_ARTICLE, build_engine(synthetic_settings()))

    meta = result.brief.meta
    assert (meta.engine, meta.model) == ("openai", "synthetic-model")
    assert meta.prompt_version == load_brief_prompt().version
    assert (meta.usage.prompt_tokens, meta.usage.completion_tokens, meta.usage.attempts) == (
        321,
        45,
        1,
    )
    assert meta.timings_ms["llm_ms"] > 0


def test_cli_engine_openai_makes_an_llm_brief(synthetic_llm, synthetic_env, tmp_path):
    synthetic_llm.post("/chat/completions").mock(return_value=synthetic_ok())
    article = tmp_path / "article.txt"
    article.write_text(SYNTHETIC_ARTICLE.text, encoding="utf-8")

    outcome = CliRunner().invoke(app, ["summarize", str(article), "--engine", "openai"])

    assert outcome.exit_code == 0, outcome.output
    brief = json.loads(outcome.stdout)["brief"]
    assert brief["meta"]["engine"] == "openai"
    assert brief["quotes"][0]["text"] == "We cannot wait any longer,"


def test_cli_reports_an_unretried_401_without_a_traceback(synthetic_llm, synthetic_env, tmp_path):
    synthetic_env.setenv("BRIEF_FALLBACK_TO_EXTRACTIVE", "false")
    get_settings.cache_clear()
    route = synthetic_llm.post("/chat/completions").mock(return_value=synthetic_error(401))
    article = tmp_path / "article.txt"
    article.write_text(SYNTHETIC_ARTICLE.text, encoding="utf-8")

    outcome = CliRunner().invoke(app, ["summarize", str(article), "--engine", "openai"])

    assert outcome.exit_code == 3
    assert route.call_count == 1
    assert "HTTP 401" in outcome.stderr and "Traceback" not in outcome.output


def test_local_server_without_the_extra_says_how_to_install_it(monkeypatch):
    real_find_spec = local_server.importlib.util.find_spec
    monkeypatch.setattr(
        local_server.importlib.util,
        "find_spec",
        lambda name: None if name == "llama_cpp" else real_find_spec(name),
    )

    outcome = CliRunner().invoke(app, ["local-server", "--model", "smollm2"])

    assert outcome.exit_code == 2  # a set-up step is missing; nothing ran and failed
    assert "pip install -e '.[local]'" in outcome.stderr
    assert "GGML_NATIVE=OFF" in outcome.stderr


def test_local_server_binds_loopback_with_room_for_an_article(tmp_path):
    command = local_server.server_command(tmp_path / "model.gguf", "smollm2", 8765)

    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert command[command.index("--port") + 1] == "8765"
    assert int(command[command.index("--n_ctx") + 1]) >= 8192
    assert command[command.index("--model_alias") + 1] == "smollm2"
