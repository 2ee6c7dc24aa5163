# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 22 (the issue's class 5 again): a sports story's sides and the people
of their staff. A side named by its plural nickname ("the Gantry Bay Eagles"), later by
the nickname alone ("the Cobras said"); a club named only in its manager's post
("Harbourne United boss Gary Pellet"); a player given a rugby league position
("five-eighth Koby Sefa") is a person; two bodies the rules ran on over "and" where the
recognizer names each half. Synthetic passages written for these tests (invented clubs,
people and firms; Australian, Irish, Canadian and British sport and business copy)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "side"),
    [
        (
            "Sam Rua was charged by the match review committee. The Gantry Bay Eagles said they would fight the charge.",
            "Gantry Bay Eagles",
        ),
        (
            "Rams coach Dale Murtagh said the Westvale Rams would travel to Brisbane to face the Corrigan Park Cobras on Friday.",
            "Corrigan Park Cobras",
        ),
        (
            "Corrigan Park Cobras half Jai Tonga said the Cobras had moved on from the loss to Westvale.",
            "Corrigan Park Cobras",
        ),
        (
            "Toronto Maple Leafs forward Auston Reid scored twice, and coach Craig Berube said the Leafs deserved the win.",
            "Toronto Maple Leafs",
        ),
    ],
)
def test_a_side_by_its_plural_nickname_is_an_actor(paragraph, side):
    assert _actors(paragraph).get(side) == "organization"


def test_the_nickname_alone_is_the_sides_alias():
    actors = build_brief(
        "Headline\n\nCorrigan Park Cobras half Jai Tonga said the Cobras had moved on from the loss."
    ).actors
    side = next(a for a in actors if a.name == "Corrigan Park Cobras")
    assert "Cobras" in side.aliases
    # (a capitalized plural that names scenery, not a side, stays out)
    assert "Blue Mountains" not in _actors(
        "Tourists flocked to the Blue Mountains west of Sydney on Sunday."
    )
    # (nor a work whose name closes on a club's word: "the dance piece Steel Town")
    work = _actors(
        "Ifeoma Dike, the choreographer, whose dance piece Steel Town won the audience award, said she was thrilled."
    )
    assert "Steel Town" not in work


@pytest.mark.parametrize(
    ("paragraph", "club"),
    [
        (
            "Harbourne United boss Gary Pellet said his side would beat Castlemoor Town on Saturday.",
            "Harbourne United",
        ),
        ("Harbourne United manager Gary Pellet said his side would win.", "Harbourne United"),
        ("Shamrock Rovers boss Stephen Bradley said the title was not won yet.", "Shamrock Rovers"),
    ],
)
def test_a_club_named_in_its_managers_post_is_an_actor(paragraph, club):
    assert _actors(paragraph).get(club) == "organization"


def test_a_firm_named_in_its_chief_executives_post_is_an_actor_a_town_in_a_managers_is_not():
    assert (
        _actors("Acme Foods chief executive Jane Doe said the firm would cut jobs.").get(
            "Acme Foods"
        )
        == "organization"
    )
    actors = _actors("Dublin manager Jim Gavin praised his players after the final.")
    assert "Dublin" not in actors
    assert actors.get("Jim Gavin") == "person"


def test_a_rugby_league_position_makes_a_person():
    actors = _actors(
        "Tully penalised Mariners prop Lachie Denholm for a flop, and Rams five-eighth Koby Sefa slotted the field goal. Murtagh and Sefa both stressed the Rams had won four of their last five."
    )
    assert actors.get("Koby Sefa") == "person"


def test_two_airlines_joined_by_and_are_two_actors():
    actors = _actors(
        "Kestrel Airways and Lumen Air have cancelled flights to Lagos after the strike."
    )
    assert actors.get("Kestrel Airways") == "organization"
    assert actors.get("Lumen Air") == "organization"
    assert not any(" and " in name for name in actors)
    # (but a body whose name joins two words by "and" stays whole)
    museum = _actors(
        "The Polgarrow Museum and Art Gallery will reopen in May, the Polgarrow Council said."
    )
    assert "Art Gallery" not in museum
    assert "Polgarrow Museum and Art Gallery" in museum
