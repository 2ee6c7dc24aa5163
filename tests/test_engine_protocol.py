"""Every engine, wrapper and test engine satisfies the one Engine protocol (names,
summarize, ready, aclose), and the wrappers pass through what they do not change."""

import pytest
from briefsmith.engines.base import Engine, EngineWrapper
from briefsmith.engines.cassettes import replaying
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.fallback import FallbackEngine
from briefsmith.engines.llm import OpenAIEngine

from tests import api_synthetic, synthetic_slack
from tests.llm_synthetic import synthetic_settings
from tests.test_eval_runner import (
    SyntheticDegradedEngine,
    SyntheticFabricatingEngine,
    SyntheticFailingEngine,
)

ENGINES = {
    "extractive": ExtractiveEngine,
    "openai": lambda: OpenAIEngine(synthetic_settings()),
    "fallback": lambda: FallbackEngine(OpenAIEngine(synthetic_settings()), ExtractiveEngine()),
    "synthetic-api": api_synthetic.SyntheticEngine,
    "synthetic-slack": synthetic_slack.SyntheticEngine,
    "synthetic-slack-failing": synthetic_slack.SyntheticFailingEngine,
    "synthetic-eval-degraded": SyntheticDegradedEngine,
    "synthetic-eval-fabricating": SyntheticFabricatingEngine,
    "synthetic-eval-failing": SyntheticFailingEngine,
}


@pytest.mark.parametrize("make", ENGINES.values(), ids=ENGINES.keys())
async def test_every_engine_satisfies_the_protocol(make):
    engine = make()
    assert isinstance(engine, Engine)
    await engine.aclose()  # BriefService calls it at shutdown; none may lack it


def test_the_replay_engine_is_a_wrapper_with_the_recorded_engines_identity(no_network):
    with replaying("000") as engine:
        assert isinstance(engine, Engine) and isinstance(engine, EngineWrapper)
        assert (engine.name, engine.model, engine.prompt_version) == (
            engine.inner.name,
            engine.inner.model,
            engine.inner.prompt_version,
        )


class _CountingEngine(ExtractiveEngine):
    """Synthetic: an extractive engine that counts aclose calls."""

    closed = 0

    async def aclose(self) -> None:
        self.closed += 1


async def test_the_fallback_wrapper_closes_both_engines():
    primary, fallback = _CountingEngine(), _CountingEngine()
    await FallbackEngine(primary, fallback).aclose()
    assert (primary.closed, fallback.closed) == (1, 1)
