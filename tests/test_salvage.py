"""One salvage step for both LLM strategies (briefsmith.engines.salvage): the same
malformed answer gives the same warnings under `draft` and `select`. Synthetic answers."""

from __future__ import annotations

import json

import pytest
from briefsmith.engines import salvage
from briefsmith.engines.llm_draft import salvage_draft
from briefsmith.engines.llm_select import salvage_answer

DRAFT = {"situation": "A bridge closed on Monday.", "outlook": "", "quotes": [], "figures": []}
SELECT = {
    "situation": "A bridge closed on Monday.",
    "situation_ids": ["S1"],
    "outlook": "",
    "outlook_ids": [],
    "quotes": [],
    "figures": [],
}
ACTOR = {
    "draft": {"name": "Ada Obi", "kind": "person"},
    "select": {"id": "A1", "kind": "person"},
}
STRATEGIES = {"draft": (salvage_draft, DRAFT), "select": (salvage_answer, SELECT)}


def _salvage(strategy: str, **fields):
    salvage_fn, base = STRATEGIES[strategy]
    return salvage_fn(json.dumps({**base, **fields}))


def _codes(warnings, field):
    return [w.code for w in warnings if w.field == field]


@pytest.mark.parametrize("strategy", ["draft", "select"])
@pytest.mark.parametrize("field", ["actors", "quotes", "figures"])
@pytest.mark.parametrize("value", ["oops", 3, {"name": "x"}])
def test_a_list_that_is_not_a_list_is_dropped_with_a_warning(strategy, field, value):
    answer, warnings = _salvage(strategy, **{field: value})
    assert getattr(answer, field) == []
    assert _codes(warnings, field) == ["malformed-dropped"]


@pytest.mark.parametrize("strategy", ["draft", "select"])
def test_the_limits_are_shared(strategy):
    actors = [ACTOR[strategy]] * (salvage.MAX_ACTORS + 3)
    answer, warnings = _salvage(strategy, actors=actors)
    assert len(answer.actors) == salvage.MAX_ACTORS
    assert _codes(warnings, "actors") == ["over-limit-dropped"]


@pytest.mark.parametrize("strategy", ["draft", "select"])
def test_a_malformed_item_is_dropped_and_the_others_kept(strategy):
    actors = [ACTOR[strategy], {"kind": "wizard"}, ACTOR[strategy]]
    answer, warnings = _salvage(strategy, actors=actors)
    assert len(answer.actors) == 2
    dropped = [w for w in warnings if w.code == "malformed-dropped"]
    assert [(w.field, w.item) for w in dropped] == [("actors", 2)]
    assert "dropped malformed actor 2" in dropped[0].message


@pytest.mark.parametrize("salvage_fn", [salvage_draft, salvage_answer])
@pytest.mark.parametrize("raw", ["not json", "[1, 2]", '"a string"'])
def test_output_that_is_not_an_object_is_unusable(salvage_fn, raw):
    with pytest.raises(salvage.UnusableDraft):
        salvage_fn(raw)
