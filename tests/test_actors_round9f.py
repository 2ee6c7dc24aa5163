# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 9 (sixth batch), on synthetic articles written for these tests
(invented operations and forces): a police or military operation named by its opening
word ("Operation Silver Lantern", "Exercise Iron Heron") is a thing done, not an actor;
those who run it are. Beats and styles: local crime, wire defence, tabloid courts."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


CARDS = """Card fraud arrests

The arrests were part of Operation Silver Lantern, a crackdown on card fraud led by the Metropolitan Police."""

NAVY = """Warships gather

Exercise Iron Heron, which involves 14 ships from six navies, began off Norway on Monday, the Royal Navy said."""

DEALERS = """Dealers jailed

Nine dealers were jailed after Operation Greyhound Track, which ran for two years, Merseyside Police said.

Detective Inspector Neil Cowan said: "They flooded the streets with cocaine.\""""


def test_an_operation_with_a_description_is_no_person() -> None:
    found = kinds(CARDS)
    assert "Operation Silver Lantern" not in found
    assert found.get("Metropolitan Police") == "organization"


def test_an_exercise_is_no_actor() -> None:
    found = kinds(NAVY)
    assert "Exercise Iron Heron" not in found
    assert found.get("Royal Navy") == "organization"


def test_an_operation_with_a_which_clause_is_no_actor() -> None:
    found = kinds(DEALERS)
    assert "Operation Greyhound Track" not in found
    assert found.get("Neil Cowan") == "person"
