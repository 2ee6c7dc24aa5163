# ruff: noqa: E501 - each passage is one line, as pages deliver them
"""Round 33 (lead) actors: a place's public body written in lower case after "The"
("The West Yorkshire combined authority", "The Dublin city council") is another body,
not a description of the firm named before; round 33's helper F fixed the same class
for a body's own name ("The Unite union said"). A description of the firm by its town
("The Sheffield firm said", "the Leeds-based company") still describes it.

Every passage here is synthetic, written for these tests (invented firms and people).
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actor(text: str, name: str):
    brief = build_brief("Headline\n\n" + text)
    (actor,) = [a for a in brief.actors if a.name == name]
    return actor


@pytest.mark.parametrize(
    ("text", "firm", "other_body_word"),
    [
        (
            "Harlow Foods will cut 600 jobs at its bakery. The West Yorkshire combined authority offered retraining to every worker.",
            "Harlow Foods",
            "authority",
        ),
        (
            "Pinecrest Bank will shut 40 branches next year. The Dublin city council said it would seek urgent talks.",
            "Pinecrest Bank",
            "council",
        ),
        (
            "Kestrel Mining will close the Bowen pit in March. The Queensland state government said it was deeply disappointed.",
            "Kestrel Mining",
            "government",
        ),
    ],
)
def test_a_places_public_body_is_no_description_of_the_firm(
    text: str, firm: str, other_body_word: str
) -> None:
    actor = _actor(text, firm)
    assert other_body_word not in (actor.role or "")
    assert not any(other_body_word in alias for alias in actor.aliases)


@pytest.mark.parametrize(
    ("text", "firm", "description"),
    [
        (
            "Harlow Foods will cut 600 jobs at its bakery. The Sheffield firm said it had no choice.",
            "Harlow Foods",
            "Sheffield firm",
        ),
        (
            "Pinecrest Bank will shut 40 branches next year. The Cork-based lender said demand had moved online.",
            "Pinecrest Bank",
            "Cork-based lender",
        ),
    ],
)
def test_a_firm_described_by_its_town_is_still_that_firm(
    text: str, firm: str, description: str
) -> None:
    actor = _actor(text, firm)
    assert any(description in alias for alias in actor.aliases)
