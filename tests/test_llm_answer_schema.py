"""The LLM engine's answer schemas are made once per model (benches/service_overhead.py:
instructor otherwise rebuilt the JSON schema and re-walked the model on every call),
and what instructor sends and checks is unchanged."""

from __future__ import annotations

import pytest
from briefsmith.engines.llm import answer_schema
from briefsmith.engines.llm_draft import BriefDraft
from briefsmith.engines.llm_select import SelectAnswer
from instructor.v2.core.function_calls import response_schema
from instructor.v2.core.response_model import prepare_response_model
from instructor.v2.validation.async_validators import async_field_validator
from pydantic import BaseModel


@pytest.mark.parametrize("model", [BriefDraft, SelectAnswer])
def test_one_schema_class_per_model_with_instructors_own_tool_schema(model):
    made = answer_schema(model)
    assert answer_schema(model) is made
    assert issubclass(made, model)
    assert prepare_response_model(made) is made  # instructor wraps it no further
    assert made.openai_schema == response_schema(model).openai_schema


def test_a_model_with_an_async_validator_is_still_refused_by_instructor():
    answer_schema(BriefDraft)  # the once-per-schema check is installed

    class Verdict(BaseModel):  # synthetic
        verdict: str

        @async_field_validator("verdict")
        async def _checked_later(self, value: str) -> str:
            return value

    with pytest.raises(ValueError, match="async validators"):
        prepare_response_model(Verdict)
