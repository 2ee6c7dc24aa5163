# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 24 (the issue's class 5, recall first, left open by round 23): a firm or
a side the recognizer names as a body, after a verb's "to", whose last word is on no list
("awarded the contract to Brightwater Engineering"), and the side left after "joined X
from"; a person a warning or a complaint "came from"; a place with a firm's kind after it
("The Brisbane firm said") is a description, not a body's name. Synthetic passages
written for these tests (invented people, firms and sides; Australian, Nigerian,
Malaysian, South African, Irish and British sport, business and health copy)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "The council awarded the contract to Brightwater Engineering after a two-year tender.",
            "Brightwater Engineering",
        ),
        ("The order went to Tanjong Marine, which will build four patrol boats.", "Tanjong Marine"),
        (
            "Defender Sipho Mkhize joined Durban Stallions from Cape Rangers in January.",
            "Cape Rangers",
        ),
        (
            "The drug will now go to the Therapeutic Goods Administration for approval.",
            "Therapeutic Goods Administration",
        ),
    ],
)
def test_body_a_deal_or_a_player_goes_to_or_from_is_an_actor(paragraph, body):
    assert _actors(paragraph).get(body) == "organization"
    # (a place someone is taken to, and an outlet spoken to, stay out)
    for other, place in (
        ("The injured man was taken to Royal Darwin Hospital.", "Royal Darwin Hospital"),
        (
            "She was airlifted to Kalari University Hospital with burns.",
            "Kalari University Hospital",
        ),
        ("Mourners went to St Patrick's Cathedral for the service.", "St Patrick's Cathedral"),
        ("She spoke to Sky News about the verdict.", "Sky News"),
    ):
        assert place not in _actors(other)


@pytest.mark.parametrize(
    ("paragraph", "description"),
    [
        (
            "Maple Grid Software laid off 80 staff. The Toronto firm said it was restructuring.",
            "Toronto firm",
        ),
        (
            "Kestrel Foods has recalled its yoghurts. The Cork company said no illnesses were reported.",
            "Cork company",
        ),
        (
            "Harbourline Ferries has been sold. The Auckland operator had been losing money.",
            "Auckland operator",
        ),
        ("The Brisbane firm said it could supply 500,000 doses a year.", "Brisbane firm"),
    ],
)
def test_a_place_before_a_firms_kind_describes_no_new_body(paragraph, description):
    actors = _actors(paragraph)
    assert description not in actors
    assert not any(n.endswith(description) for n in actors)
    # (a one-word name before a union's or a council's kind is still that body's name)
    assert (
        _actors("The Tolver union said the strike would go ahead.").get("Tolver union")
        == "organization"
    )


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        (
            "The warning came from Jill Tate of the Bureau of Meteorology, who said the storm would intensify.",
            "Jill Tate",
        ),
        (
            "The complaint came from Rohan Mehta of the Consumers Association of Pune.",
            "Rohan Mehta",
        ),
        (
            "The first call came from Aoife Brennan of the Irish Farmers' Association on Monday.",
            "Aoife Brennan",
        ),
    ],
)
def test_the_person_a_warning_or_complaint_came_from_is_an_actor(paragraph, person):
    assert _actors(paragraph).get(person) == "person"
    # (a place something comes from stays out)
    assert "Port Moresby" not in _actors("The flight came from Port Moresby and landed in Cairns.")


def test_a_body_whose_name_ends_and_health_service_stays_whole():
    actors = _actors(
        "The trial was run by Kalari University and the Top End Hospital and Health Service."
    )
    assert actors.get("Top End Hospital and Health Service") == "organization"
    assert "Health Service" not in actors
    # (two bodies each with a name of its own stay two)
    two = _actors("Norvale Council and Dunmere Council said the road would close.")
    assert two.get("Norvale Council") == two.get("Dunmere Council") == "organization"
