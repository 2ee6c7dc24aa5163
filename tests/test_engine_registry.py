"""The engine registry (briefsmith.engines.registry): names, abilities, the typed
unknown-engine error, test engines registered through it, and every LLM call observed
through instructor's hooks. Synthetic engines and a synthetic endpoint (respx)."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import respx
from briefsmith.briefing.narrate import narrate
from briefsmith.config.settings import ENGINE_NAMES, Settings
from briefsmith.core.errors import EngineNotConfigured, UnknownEngine
from briefsmith.core.schema import Brief, BriefMeta, CleanArticle, Usage
from briefsmith.core.story.merge import merge_story
from briefsmith.engines import build_engine, engines, get_engine
from briefsmith.engines.base import Completer, Engine
from briefsmith.engines.fallback import FallbackEngine
from briefsmith.engines.llm import CallLedger, OpenAIEngine, _TransportPolicy
from pydantic import BaseModel

from tests.llm_synthetic import SYNTHETIC_BASE_URL, synthetic_ok, synthetic_settings
from tests.story_fixtures import grounded


class SyntheticNarrator:
    """A synthetic engine that answers prompts: records what it was asked."""

    name = "synthetic-narrator"
    model = "synthetic-model"
    prompt_version = None

    def __init__(self) -> None:
        self.asked: list[list[dict[str, str]]] = []

    async def summarize(self, article: CleanArticle) -> Brief:
        return Brief(situation="A synthetic brief.", meta=BriefMeta(engine=self.name))

    async def ready(self) -> tuple[bool, str]:
        return True, "synthetic"

    async def aclose(self) -> None:
        pass

    async def complete(self, messages, response_model):
        self.asked.append(messages)
        answer = response_model(situation="Synthetic: the story in one sentence.", outlook="")
        return answer, Usage(prompt_tokens=1, completion_tokens=1, attempts=1)


BRIEFS = [
    grounded("a", "Rovers won the cup final on Sunday.", actors=[("Rovers", "organization")]),
    grounded("b", "Rovers lifted the cup on Sunday.", actors=[("Rovers", "organization")]),
]


def test_the_built_in_engines_are_the_settings_names_with_their_abilities():
    assert set(engines()) == set(ENGINE_NAMES)
    assert get_engine("openai").is_llm and get_engine("openai").can_narrate
    extractive = get_engine("extractive")
    assert not extractive.is_llm and not extractive.can_narrate


@pytest.mark.parametrize("name", ["gpt", "Extractive", "", "llm"])
def test_an_unknown_name_is_a_typed_error_listing_the_known_ones(name):
    with pytest.raises(UnknownEngine) as raised:
        build_engine(Settings(_env_file=None), name or "none")
    assert isinstance(raised.value, EngineNotConfigured)  # the CLI and HTTP map it already
    assert {"auto", "extractive", "openai"} <= set(raised.value.known)


def test_a_registered_engine_is_built_by_name_and_listed(register_engine):
    fake = SyntheticNarrator()
    register_engine("synthetic", fake)
    assert build_engine(Settings(_env_file=None), "synthetic") is fake
    assert "synthetic" in engines()
    with pytest.raises(UnknownEngine) as raised:
        get_engine("gpt")
    assert "synthetic" in raised.value.known
    # Registered for the test only.


def test_registrations_end_with_the_test():
    assert "synthetic" not in engines()


def test_an_llm_engine_gets_the_extractive_fallback(register_engine):
    fake = SyntheticNarrator()
    register_engine("synthetic", fake, is_llm=True)
    settings = Settings(_env_file=None, fallback_to_extractive=True)
    engine = build_engine(settings, "synthetic")
    assert isinstance(engine, FallbackEngine) and engine.primary is fake
    assert build_engine(Settings(_env_file=None, fallback_to_extractive=False), "synthetic") is fake


async def test_narration_follows_the_registered_ability_not_the_name(register_engine):
    merged = merge_story(BRIEFS)
    able = SyntheticNarrator()
    register_engine(able.name, able, can_narrate=True)
    narrative = await narrate(merged, BRIEFS, able)
    assert narrative.situation.text == "Synthetic: the story in one sentence."
    assert narrative.engine == "synthetic-narrator" and len(able.asked) == 1
    # Wrapped in the fallback, it still narrates: the wrapper passes `complete` through.
    wrapped = FallbackEngine(able, SyntheticNarrator())
    assert (await narrate(merged, BRIEFS, wrapped)).engine == "synthetic-narrator"


async def test_an_engine_without_the_ability_is_never_asked(register_engine):
    merged = merge_story(BRIEFS)
    unable = SyntheticNarrator()
    register_engine(unable.name, unable, can_narrate=False)
    narrative = await narrate(merged, BRIEFS, unable)
    assert narrative.engine == "extractive" and unable.asked == []
    # An engine outside the registry is not asked either, whatever it is called.
    unregistered = SyntheticNarrator()
    unregistered.name = "openai-lookalike"
    assert (await narrate(merged, BRIEFS, unregistered)).engine == "extractive"
    assert unregistered.asked == []


def test_the_protocols():
    fake = SyntheticNarrator()
    assert isinstance(fake, Engine) and isinstance(fake, Completer)
    built = build_engine(Settings(_env_file=None), "extractive")
    assert isinstance(built, Engine) and not isinstance(built, Completer)


class Answer(BaseModel):
    situation: str
    count: int


async def test_every_call_is_observed_through_instructors_hooks():
    engine = OpenAIEngine(synthetic_settings(llm_max_reasks=2))
    ledger = CallLedger()
    with respx.mock(base_url=SYNTHETIC_BASE_URL) as mock:
        mock.post("/chat/completions").mock(
            side_effect=[
                synthetic_ok({"situation": "A synthetic answer.", "count": "many"}),
                synthetic_ok({"situation": "A synthetic answer.", "count": 3}),
            ]
        )
        async with asyncio.timeout(30) as deadline, httpx.AsyncClient() as http:
            create = engine._structured_create(
                http, ledger, _TransportPolicy(engine.settings, deadline)
            )
            answer = await create(
                model=engine.model,
                messages=[{"role": "user", "content": "synthetic"}],
                response_model=Answer,
                max_retries=2,
                strict=False,
            )
    assert answer.count == 3
    assert len(ledger.completions) == 2  # completion:response, each answer
    assert ledger.parse_errors == 1  # parse:error, the first one
    assert ledger.usage().attempts == 2
