# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 25, on synthetic passages written for these tests (invented
ministers, deputies, councillors and officials; constituencies and bodies of no
consequence). A post opening the sentence before a body's name the recognizer takes
whole with its holder ("Minister of State at the Department of Health Ciara Mullan") is
the whole office, not the body alone; a party or a word of the post before "MP for" or
"TD for" a seat glued to the name ("Labour MP for Wexmoor Niall Garvan", "Independent
TD for Carrowmore-West Niall Garvan") gives the office, and the seat is no word of the
name; an age alone with kin and a calling beside it ("The 58-year-old, a father of four
and a taxi driver,") gives the calling. (Checked by the probe, held before and after:
"a mother of two and a keen runner" gives no role; "Minister for Manpower Tan Wei Ling"
keeps the family name.) Beats: Irish and UK politics, Singapore civic news, Canadian provincial politics."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees

H = "Headline here\n\n"


def actor(text: str, name: str):  # type: ignore[no-untyped-def]
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            H
            + 'Minister of State at the Department of Transport Aoife Kinsella said she respected the vote. "No," she said.',
            "Aoife Kinsella",
            "Minister of State at the Department of Transport",
        ),
        (
            H
            + 'Head of the Department of Transport Aoife Kinsella said she respected the vote. "No," she said.',
            "Aoife Kinsella",
            "Head of the Department of Transport",
        ),
    ],
)
def test_a_post_before_a_body_taken_whole_with_its_holder_is_the_office(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    # (the body alone, "Department of Health", would agree by its words: the post is asked)
    assert found == role, found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            H
            + "Labour MP for Wexmoor Niall Garvan said the plan was rushed. Garvan said more was needed.",
            "Niall Garvan",
            "Labour MP for Wexmoor",
        ),
        (
            H
            + 'Independent TD for Carrowmore-West Niall Garvan, a former county councillor, welcomed the decision and called for a "proper consultation".',
            "Niall Garvan",
            "Independent TD for Carrowmore-West",
        ),
        (
            H
            + "NDP MLA for Surrey North Harjit Gill said the riding needed a new school. Gill said the wait was too long.",
            "Harjit Gill",
            "NDP MLA for Surrey North",
        ),
    ],
)
def test_a_seat_glued_to_the_name_after_a_party_s_post(text: str, name: str, role: str) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            H
            + "Among those who spoke at the meeting was Tomas Reddan. The 58-year-old, a father of four and a taxi driver, said journeys across town had doubled.",
            "Tomas Reddan",
            "taxi driver",
        ),
        (
            H
            + "Police named the victim as Carol Hume. The 52-year-old, a mother of two and a primary school teacher, had lived in the village for 20 years.",
            "Carol Hume",
            "primary school teacher",
        ),
    ],
)
def test_an_age_alone_with_kin_and_a_calling_gives_the_calling(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            H
            + "Retailer Harvey Norman said sales fell in the quarter. Harvey Norman also cut jobs.",
            "Harvey Norman",
        ),
        (
            H
            + "Insurer Lloyd Bennett said claims rose after the floods. Lloyd Bennett will raise premiums.",
            "Lloyd Bennett",
        ),
    ],
)
def test_a_noun_only_a_body_is_before_a_person_shaped_name_makes_it_a_body(
    text: str, name: str
) -> None:
    found = actor(text, name)
    assert found.kind == "organization", (found.kind, found.role)


def test_a_name_before_of_is_no_post_whose_seat_is_glued() -> None:
    # (a regression of the seat rule, found on a dev article: the words before "of" are
    # the mayor's own name, and "del Monte" is the end of the town's)
    text = (
        H
        + 'Mayor Rodel Agbayani of San Isidro del Monte said police had set up checkpoints. "We are ready," Agbayani said.'
    )
    actors = build_brief(text).actors
    assert not any("Monte" in a.name for a in actors), [(a.name, a.role) for a in actors]
