# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""A relative brought in by title and surname, round 16 (the lead), on synthetic passages
written for these tests (invented people and places). "Professor Alan Whitby ... His
daughter, Dr Whitby" are two people: one whom the article brings in as the relative
("his daughter", "her brother", "the judge's son") of a namesake named in full before is
not that namesake, and the same title and surname name the relative again later. Their
role is what they are to the namesake. A title and surname with no relative's words
before them, or a relative named in full, keep the earlier rules.

Beats: science, health, courts, local politics, farming."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def speaker(text: str, fragment: str) -> str:
    quotes = [q for q in build_brief(text).quotes if fragment in q.text]
    assert quotes, f"no quote holds {fragment!r}"
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "Professor Alan Whitby founded the laboratory in 1990. His daughter, Dr Whitby, now runs it. 'The funding has dried up,' Dr Whitby said. 'I never thought I would see this,' Professor Whitby said.",
            "dried up",
            "Dr Whitby",
        ),
        (
            "Professor Alan Whitby founded the laboratory in 1990. His daughter, Dr Whitby, now runs it. 'The funding has dried up,' Dr Whitby said. 'I never thought I would see this,' Professor Whitby said.",
            "never thought",
            "Alan Whitby",
        ),
        (
            "Dr Priya Nair runs the clinic in the high street. Her brother, Dr Nair, a surgeon, works in the city. 'The clinic is full every day,' Dr Priya Nair said. 'I help at weekends,' Dr Nair said.",
            "help at weekends",
            "Dr Nair",
        ),
        (
            "Judge Ian Pike retired on Friday after 30 years on the bench. The judge's son, Mr Pike, is a barrister. 'My father never missed a day,' Mr Pike said.",
            "never missed",
            "Mr Pike",
        ),
        (
            "Professor Sam Okoye and his son, Dr Okoye, published the paper together. 'It took ten years,' Dr Okoye said.",
            "ten years",
            "Dr Okoye",
        ),
    ],
)
def test_a_relative_brought_in_by_title_keeps_their_own_words(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker(text, fragment) == expected


def test_the_relatives_role_is_what_they_are_to_the_namesake() -> None:
    text = "Councillor Jo Lamb proposed the motion. Her husband, Cllr Lamb, seconded it. 'It was a family affair,' Cllr Lamb said."
    actors = {a.name: a for a in build_brief(text).actors}
    assert actors["Cllr Lamb"].role == "husband"
    assert actors["Jo Lamb"].role != "husband"


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "Dr Priya Nair, 52, runs the clinic. Her brother was at the opening. 'The clinic is full every day,' Dr Nair said.",
            "full every day",
            "Priya Nair",
        ),
        (
            "Alan Whitby founded the firm. His daughter, Dr Emma Whitby, now runs it. 'Sales have doubled,' Dr Whitby said.",
            "Sales have doubled",
            "Emma Whitby",
        ),
        (
            "Sergeant Tom Kerr gave evidence. Kerr's lawyer, Mr Holt, said: 'My client did his duty.'",
            "did his duty",
            "Mr Holt",
        ),
    ],
)
def test_without_a_relatives_words_the_earlier_rules_hold(
    text: str, fragment: str, expected: str
) -> None:
    assert speaker(text, fragment) == expected
