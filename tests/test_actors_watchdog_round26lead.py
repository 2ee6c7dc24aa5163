"""A watchdog before a one-word name is a body ("Watchdog Ofcom fined ..."), not a person
called "Watchdog Ofcom"; a regulator may be a person ("Financial regulator Ann Lee").
Found by the lead sweeping round 26's "noun only a body goes by" class with other
nouns. Synthetic passages written for these tests (invented firms and people)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Watchdog Ofcom said the firm had misled customers.", "Ofcom"),
        ("Watchdog Ofcom fined Brellow £2m for misleading customers.", "Ofcom"),
        ("Watchdog Hiqa said the nursing home had failed residents.", "Hiqa"),
    ],
)
def test_a_watchdog_before_a_name_is_the_body(paragraph, body):
    actors = _actors(paragraph)
    assert actors.get(body) == "organization", actors
    assert not [name for name in actors if name.startswith("Watchdog")], actors


def test_a_regulator_may_be_a_person():
    actors = _actors("Financial regulator Mairead Quinn said the rules were clear.")
    assert actors == {"Mairead Quinn": "person"}
