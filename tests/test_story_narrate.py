"""Story situation and outlook from the LLM: one call over the merged draft, against a
synthetic endpoint (respx); the extractive lead when the LLM fails."""

from __future__ import annotations

import json

import respx
from briefsmith.briefing.narrate import load_story_prompt, narrate
from briefsmith.core.story.merge import merge_story
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.llm import build_llm_engine

from tests.llm_synthetic import (
    SYNTHETIC_BASE_URL,
    request_json,
    synthetic_error,
    synthetic_ok,
    synthetic_settings,
)
from tests.story_fixtures import grounded

BRIEFS = [
    grounded(
        "a",
        "A crowd of 52,000 saw Rovers win the cup final. Rovers will defend the title next year.",
        actors=[("Rovers", "organization")],
        figures=[("52,000", 52000, None, "crowd")],
        outlook="Rovers will defend the title next year.",
    ),
    grounded(
        "b",
        "Rovers won the cup in front of a crowd of 58,000.",
        actors=[("Rovers", "organization")],
        figures=[("58,000", 58000, None, "crowd")],
    ),
]


async def test_llm_writes_situation_and_outlook_in_one_call_over_the_merged_draft():
    merged = merge_story(BRIEFS)
    engine = build_llm_engine(synthetic_settings())
    answer = {"situation": "Rovers won the cup; outlets differ on the crowd.", "outlook": ""}
    with respx.mock(base_url=SYNTHETIC_BASE_URL) as mock:
        route = mock.post("/chat/completions").mock(return_value=synthetic_ok(answer))
        narrative = await narrate(merged, BRIEFS, engine)
    assert route.call_count == 1
    prompt = json.dumps(request_json(route.calls[0])["messages"])
    assert "DISPUTED" in prompt and "52,000 (a) vs 58,000 (b)" in prompt
    assert narrative.situation.text == answer["situation"]
    assert narrative.situation.sources == [] and narrative.outlook is None
    assert narrative.engine == "openai"
    assert narrative.prompt_version == load_story_prompt().version
    assert narrative.usage.attempts == 1 and narrative.usage.prompt_tokens == 100


async def test_a_narrative_stating_a_number_no_article_has_gives_way_to_the_merged_lead():
    merged = merge_story(BRIEFS)
    engine = build_llm_engine(synthetic_settings())
    # 52,000 and 58,000 are the outlets' crowds; 60,000 is the model's own.
    answer = {
        "situation": "Rovers won the cup in front of 60,000 fans.",
        "outlook": "Rovers will defend the title next year.",
    }
    with respx.mock(base_url=SYNTHETIC_BASE_URL) as mock:
        mock.post("/chat/completions").mock(return_value=synthetic_ok(answer))
        narrative = await narrate(merged, BRIEFS, engine)
    assert narrative.situation == merged.situation
    assert narrative.situation.sources[0].article_id in {"a", "b"}
    assert narrative.outlook is not None and narrative.outlook.text == answer["outlook"]
    assert narrative.engine == "openai"
    (warning,) = narrative.warnings
    assert "'60,000'" in warning and "situation" in warning


async def test_a_narrative_restating_the_articles_numbers_stands():
    merged = merge_story(BRIEFS)
    engine = build_llm_engine(synthetic_settings())
    answer = {"situation": "Rovers won the cup before a crowd of 52,000 or 58,000.", "outlook": ""}
    with respx.mock(base_url=SYNTHETIC_BASE_URL) as mock:
        mock.post("/chat/completions").mock(return_value=synthetic_ok(answer))
        narrative = await narrate(merged, BRIEFS, engine)
    assert narrative.situation.text == answer["situation"] and narrative.warnings == []


async def test_a_failing_llm_leaves_the_extractive_lead_with_a_warning():
    merged = merge_story(BRIEFS)
    engine = build_llm_engine(synthetic_settings(llm_max_attempts=1))
    with respx.mock(base_url=SYNTHETIC_BASE_URL) as mock:
        mock.post("/chat/completions").mock(return_value=synthetic_error(500))
        narrative = await narrate(merged, BRIEFS, engine)
    assert narrative.situation == merged.situation
    assert narrative.situation.sources[0].article_id in {"a", "b"}
    assert narrative.engine == "extractive"
    assert "HTTP 500" in narrative.warnings[0]


async def test_without_an_llm_no_call_is_made():
    merged = merge_story(BRIEFS)
    with respx.mock(base_url=SYNTHETIC_BASE_URL) as mock:
        narrative = await narrate(merged, BRIEFS, ExtractiveEngine())
        assert not mock.calls
    assert narrative.situation == merged.situation and narrative.engine == "extractive"


def test_the_story_prompt_version_changes_with_its_templates(tmp_path):
    from briefsmith.briefing.narrate import SYSTEM_TEMPLATE, USER_TEMPLATE
    from briefsmith.engines.prompts import PROMPTS_DIR

    for name in (SYSTEM_TEMPLATE, USER_TEMPLATE):
        (tmp_path / name).write_text((PROMPTS_DIR / name).read_text() + "\n", encoding="utf-8")
    assert load_story_prompt(tmp_path).version != load_story_prompt().version
