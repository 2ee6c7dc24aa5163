"""Engine names have one home (briefsmith.config.settings): the CLI's choices, the API's accepted
values and `auto` resolution all come from it."""

import pytest
from briefsmith.config.settings import ENGINE_CHOICES, ENGINE_NAMES, Settings
from briefsmith.core.errors import EngineNotConfigured
from briefsmith.engines import build_engine
from briefsmith.surfaces.cli.support import EngineOption
from briefsmith.surfaces.http.models import BriefRequest


def test_the_cli_offers_exactly_the_known_choices():
    assert [option.value for option in EngineOption] == list(ENGINE_CHOICES)
    assert ("auto", *ENGINE_NAMES) == ENGINE_CHOICES


def test_the_api_accepts_exactly_the_known_choices():
    schema = BriefRequest.model_json_schema()["properties"]["engine"]
    listed = next(option["enum"] for option in schema["anyOf"] if "enum" in option)
    assert sorted(listed) == sorted(ENGINE_CHOICES)


@pytest.mark.parametrize(
    ("configured", "expected"),
    [({}, "extractive"), ({"base_url": "http://127.0.0.1:9/v1"}, "openai")],
)
def test_auto_is_the_llm_only_when_one_is_configured(configured, expected):
    settings = Settings(_env_file=None, engine="auto", **configured)
    assert settings.resolve_engine() == expected
    assert settings.resolve_engine("auto") == expected
    assert settings.resolve_engine("extractive") == "extractive"


def test_an_unknown_engine_name_is_a_clear_error():
    with pytest.raises(EngineNotConfigured, match="unknown engine 'gpt'; choose one of: auto"):
        build_engine(Settings(_env_file=None), "gpt")
