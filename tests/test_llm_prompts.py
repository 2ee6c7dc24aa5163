"""The prompt templates, the prompt version, and the draft the model fills in."""

from __future__ import annotations

import json
import shutil

import pytest
from briefsmith.core.errors import EngineNotConfigured
from briefsmith.core.schema import BriefMeta, CleanArticle
from briefsmith.engines.llm_draft import BriefDraft, UnusableDraft, salvage_draft
from briefsmith.engines.prompts import (
    PROMPTS_DIR,
    SYSTEM_TEMPLATE,
    load_brief_prompt,
    prompt_version,
)
from pydantic import ValidationError

from tests.llm_synthetic import GROUNDED_DRAFT, SYNTHETIC_ARTICLE

TEMPLATE_LOOKALIKES = (
    "He wrote {{ 7 * 7 }} and {% for x in range(3) %}loop{% endfor %} {# hidden #} "
    "{{ self.__init__.__globals__ }} {% raw %} {%- endraw %}"
)


def test_article_text_that_looks_like_a_template_is_passed_through_verbatim():
    article = CleanArticle(text=TEMPLATE_LOOKALIKES, title="{{ title }}", source="{% if %}")

    system, user = load_brief_prompt().messages(article)

    assert TEMPLATE_LOOKALIKES in user["content"]
    assert "Title: {{ title }}" in user["content"]
    assert "Source: {% if %}" in user["content"]
    assert "49" not in user["content"] and "looploop" not in user["content"]
    assert system["role"] == "system" and "{{" not in system["content"]


def test_title_and_source_lines_appear_only_when_given():
    user = load_brief_prompt().messages(CleanArticle(text="Body."))[1]["content"]

    assert "Title:" not in user and "Source:" not in user
    assert "<article>\nBody.\n</article>" in user


def test_prompt_version_is_stable_for_the_same_files():
    assert load_brief_prompt().version == load_brief_prompt().version
    assert len(load_brief_prompt().version) == 12


def test_prompt_version_changes_when_a_template_changes(tmp_path):
    copy = tmp_path / "prompts"
    shutil.copytree(PROMPTS_DIR, copy)
    assert load_brief_prompt(copy).version == load_brief_prompt().version

    (copy / SYSTEM_TEMPLATE).write_text(
        (copy / SYSTEM_TEMPLATE).read_text() + "\nBe brief.\n", encoding="utf-8"
    )

    assert load_brief_prompt(copy).version != load_brief_prompt().version


def test_prompt_version_changes_when_the_response_schema_changes():
    templates = [b"system", b"user"]
    schema = BriefDraft.model_json_schema()
    widened = json.loads(json.dumps(schema))
    widened["properties"]["situation"]["maxLength"] = 9999

    assert prompt_version(templates, schema) != prompt_version(templates, widened)
    # Where one template ends and the next begins is part of the version.
    assert prompt_version([b"ab", b"c"], schema) != prompt_version([b"a", b"bc"], schema)


def test_draft_validator_names_every_ungrounded_item():
    made_up = {
        **GROUNDED_DRAFT,
        "actors": [*GROUNDED_DRAFT["actors"], {"name": "Homer Simpson", "kind": "person"}],
        "quotes": [
            *GROUNDED_DRAFT["quotes"],
            {"text": "Buses are great.", "speaker": "Ada Lovelace"},
        ],
        "figures": [{"text": "1,000 buses", "value": 1000}],
    }

    with pytest.raises(ValidationError) as failure:
        BriefDraft.model_validate(made_up, context={"article": SYNTHETIC_ARTICLE.text})

    message = str(failure.value)
    assert 'actor 2 "Homer Simpson" is never mentioned in the article' in message
    assert 'quote 2 "Buses are great." is not verbatim in the article' in message
    assert 'figure 1 "1,000 buses": the number 1000 does not appear in the article' in message
    assert "quote 1" not in message and "actor 1" not in message


def test_draft_validator_passes_a_grounded_draft_and_checks_nothing_without_an_article():
    BriefDraft.model_validate(GROUNDED_DRAFT, context={"article": SYNTHETIC_ARTICLE.text})
    made_up = {**GROUNDED_DRAFT, "quotes": [{"text": "Never said.", "speaker": "Nobody"}]}
    assert BriefDraft.model_validate(made_up).quotes[0].text == "Never said."


def test_draft_rejects_a_situation_the_brief_would_reject():
    with pytest.raises(ValidationError, match="1-3 sentences"):
        BriefDraft.model_validate({**GROUNDED_DRAFT, "situation": "One. Two. Three. Four."})


def test_draft_becomes_a_brief_without_spans():
    brief = BriefDraft.model_validate(GROUNDED_DRAFT).to_brief(BriefMeta(engine="openai"))

    assert brief.actors[0].name == "Ada Lovelace" and brief.actors[0].span is None
    assert brief.figures[0].value == 70000 and brief.figures[0].span is None
    assert brief.quotes[0].speaker == "Ada Lovelace"


def test_salvage_drops_malformed_items_one_by_one():
    answer = {
        **GROUNDED_DRAFT,
        "actors": [
            {"name": "Ada Lovelace", "kind": "mayor"},
            {"name": "Springfield", "kind": "place"},
        ],
        "figures": [
            {"text": "70,000", "value": "seventy thousand"},
            {"text": "4.5", "value": "4.5"},
        ],
    }

    draft, warnings = salvage_draft(json.dumps(answer))

    assert [a.name for a in draft.actors] == ["Springfield"]
    assert [f.value for f in draft.figures] == [4.5]
    assert [(w.code, w.field, w.item) for w in warnings] == [
        ("malformed-dropped", "actors", 1),
        ("malformed-dropped", "figures", 1),
    ]
    assert warnings[0].message.startswith("dropped malformed actor 1: kind:")
    assert warnings[1].message.startswith("dropped malformed figure 1: value:")


def test_salvage_caps_overlong_lists():
    answer = {**GROUNDED_DRAFT, "quotes": [GROUNDED_DRAFT["quotes"][0]] * 9}

    draft, warnings = salvage_draft(json.dumps(answer))

    assert len(draft.quotes) == 5
    assert [(w.code, w.field, w.message) for w in warnings] == [
        ("over-limit-dropped", "quotes", "dropped quotes after the first 5")
    ]


@pytest.mark.parametrize(
    "raw, reason",
    [
        ('{"situation": "cut off', "not JSON"),
        ("[1, 2]", "not a JSON object"),
        (json.dumps({**GROUNDED_DRAFT, "situation": ""}), "situation unusable"),
    ],
)
def test_salvage_refuses_what_cannot_honestly_be_a_brief(raw, reason):
    with pytest.raises(UnusableDraft, match=reason):
        salvage_draft(raw)


def test_missing_templates_are_a_clear_configuration_error(tmp_path):
    with pytest.raises(EngineNotConfigured, match="cannot read the prompt templates in"):
        load_brief_prompt(tmp_path / "nowhere")
