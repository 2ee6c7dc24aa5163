# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 23 (the issue's class 5, left open by round 22's sweep): two bodies the
rules or the recognizer ran on over "and"; a side or a firm named only after a verb's
preposition ("signed for", "re-signed with", "joined ... from"); a body named after a
person's "of" ("said Chidi Okeke of the Nigerian Civil Aviation Authority"); a paper
that only came by the news ("Punch Newspapers gathered that ..."). Synthetic passages
written for these tests (invented people, clubs and firms; Canadian, Singaporean,
Nigerian, Kenyan, Irish and British business, regulation and sport copy)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "first", "second"),
    [
        (
            "Ontario Power Generation and Lakeshore Nuclear said the reactor would restart in June.",
            "Ontario Power Generation",
            "Lakeshore Nuclear",
        ),
        (
            "The Monetary Authority of Singapore and Orchard Bank agreed on a remediation plan.",
            "Monetary Authority of Singapore",
            "Orchard Bank",
        ),
        (
            "The Health and Safety Executive and Acme Foods reached a settlement over the injuries.",
            "Health and Safety Executive",
            "Acme Foods",
        ),
        (
            "Talks between Unite and Carrow Foods broke down, the union said.",
            "Unite",
            "Carrow Foods",
        ),
    ],
)
def test_two_bodies_over_and_are_two_actors(paragraph, first, second):
    actors = _actors(paragraph)
    assert actors.get(first) == "organization"
    assert actors.get(second) == "organization"
    assert not any(" and " in n and second in n and first in n for n in actors)
    # (one body whose name holds "and" stays whole)
    for name in (
        "National Aeronautics and Space Administration",
        "Department of Health and Social Care",
        "Scottish Fire and Rescue Service",
        "Norfolk Fire and Rescue Service",
    ):
        assert _actors(f"The {name} said the plan would go ahead.").get(name) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "side"),
    [
        (
            "Striker Kofi Mensah joined Brackley Athletic from Dunmore Town in January.",
            "Dunmore Town",
        ),
        (
            "Veteran forward Luke Tynan has re-signed with Castlebar Celtic for another season.",
            "Castlebar Celtic",
        ),
    ],
)
def test_a_side_named_only_after_a_verbs_preposition_is_an_actor(paragraph, side):
    assert _actors(paragraph).get(side) == "organization"
    # (a hospital one is taken to is where, not a party)
    actors = _actors("The boy was taken to Royal Victoria Hospital with burns, police said.")
    assert "Royal Victoria Hospital" not in actors


def test_a_body_after_a_persons_of_is_an_actor():
    actors = _actors(
        "Flights were cancelled, said Chidi Okeke of the Nigerian Civil Aviation Authority."
    )
    assert actors.get("Nigerian Civil Aviation Authority") == "organization"
    # (a hometown after an age is no body; nor a unit of a body named before it)
    hometown = _actors(
        "Raymond Tillery, 49, of Coral Gables, who owns Sunview Medical Supply LLC, was arrested at his home on Tuesday."
    )
    assert "Coral Gables" not in hometown
    # (an analyst's firm stays an affiliation)
    assert "Brenner Securities" not in _actors(
        "Analyst Dave Roth of Brenner Securities said the stock was cheap."
    )


@pytest.mark.parametrize(
    ("paragraph", "outlet"),
    [
        (
            "Punch Newspapers gathered that the governor had left Abuja on Sunday.",
            "Punch Newspapers",
        ),
        ("The Daily Courier has learnt that the minister will resign.", "Daily Courier"),
        ("The Clarion Post obtained a copy of the letter, which warns of cuts.", "Clarion Post"),
    ],
)
def test_a_paper_that_came_by_the_news_is_no_actor(paragraph, outlet):
    assert outlet not in _actors(paragraph)


def test_a_sum_glued_to_its_currency_is_no_word_of_the_name():
    actors = _actors(
        "The Construction Materials Regulatory Authority has fined Simba Portland Cement Sh450 million after finding that the firm fixed prices. Simba Portland said it would appeal."
    )
    assert "Simba Portland Cement" in actors
    assert not any("Sh450" in n for n in actors)


def test_a_dollars_country_prefix_is_no_word_of_the_name():
    actors = _actors("The Toronto firm was bought by Maplecrest Holdings for C$40 million.")
    assert actors.get("Maplecrest Holdings") == "organization"
    assert not any(n.endswith(" C") for n in actors)
