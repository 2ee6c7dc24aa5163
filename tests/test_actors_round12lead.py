"""An occupation written as a title before a given name is the person's role, not a word
of the name; a given name before a surname's particle stays the name. Synthetic
sentences written for these tests (invented people; "Marine Le Pen" stands for the
pattern of a given name that is also a common noun, before a particle), across beats
(weather, crime, culture, farming, courts, religion)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

OCCUPATIONS = [
    ("Lifeguard Owen Price, 24, said the sea had been too rough for swimmers.", "Lifeguard"),
    ("Mechanic Dev Patel, 41, said the brakes had been tampered with.", "Mechanic"),
    ("Playwright Nina Hale said the theatre's closure was a disaster.", "Playwright"),
    ("Shepherd Alan Rees, 67, said he had lost 40 ewes in the snow.", "Shepherd"),
    ("Bodyguard Lee Grant, 38, told the court he had never seen the gun.", "Bodyguard"),
    ("Friar Thomas Byrne said the abbey would open its doors to the homeless.", "Friar"),
]


@pytest.mark.parametrize(("sentence", "occupation"), OCCUPATIONS)
def test_an_occupation_before_a_given_name_is_the_role(sentence: str, occupation: str) -> None:
    brief = build_brief(sentence + "\n\nThe inquiry continues.")
    people = [a for a in brief.actors if a.kind == "person"]
    assert people
    assert not any(a.name.startswith(occupation) for a in people)
    assert any(a.role == occupation for a in people)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Marine Le Pen said the vote was a victory for her party.", "Marine Le Pen"),
        ("Mason Mount scored twice in the second half.", "Mason Mount"),
        ("Butler Hale, 44, was jailed for six years.", "Butler Hale"),
    ],
)
def test_a_given_name_that_is_also_a_noun_stays_the_name(sentence: str, name: str) -> None:
    brief = build_brief(sentence + "\n\nThe result was confirmed on Monday.")
    assert name in [a.name for a in brief.actors]
