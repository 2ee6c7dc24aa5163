# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 9 (fifth batch), on synthetic articles written for these tests
(invented charities): a body whose name closes with a country ("the charity Heart
Rhythm UK", "Sight Support UK", "Breathe Easy UK") is that body, not the country the
recognizer took alone; a part of a country ("Mid Wales", "North Wales") stays no
body. Beats and styles: broadcaster health, local charity news, wire weather."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


HEART = """Night shifts and the heart

Night shifts raise the risk of an irregular heartbeat, the charity Heart Rhythm UK said on Tuesday.

"Employers should take note," said its director, Dr Sian Roberts."""

SIGHT = """Waiting lists double

Sight Support UK warned that waiting lists for eye clinics had doubled in a year.

The charity wants more funding for hospitals."""

ASTHMA = """Inhaler cuts

Breathe Easy UK, which represents patients, said the cuts were "dangerous".

Ministers have not commented."""

FLOODS = """Rivers burst banks

Rivers burst their banks across Mid Wales and North Wales on Sunday, Natural Resources Wales said."""


def test_a_charity_named_after_its_noun_keeps_its_country() -> None:
    found = kinds(HEART)
    assert found.get("Heart Rhythm UK") == "organization"
    assert "UK" not in found


def test_a_charity_opening_a_sentence_keeps_its_country() -> None:
    found = kinds(SIGHT)
    assert found.get("Sight Support UK") == "organization"
    assert "Sight Support" not in found


def test_a_charity_with_a_which_clause_is_no_country() -> None:
    found = kinds(ASTHMA)
    assert found.get("Breathe Easy UK") == "organization"
    assert "UK" not in found


def test_parts_of_a_country_are_no_bodies() -> None:
    found = kinds(FLOODS)
    assert "Mid Wales" not in found
    assert "North Wales" not in found
    assert found.get("Natural Resources Wales") == "organization"
