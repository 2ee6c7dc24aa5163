"""Roles given by a sentence's opening description when the name after it carries its
form of address or its party (synthetic articles, written for these tests, invented
names): "The vicar, the Rev Ann Lee, said", "The MP for Wells, Labour's Ann Lee, said".
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _role(text: str, name: str) -> str | None:
    actors = {a.name: a for a in build_brief(text).actors}
    assert name in actors, sorted(actors)
    return actors[name].role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Thieves have stripped lead from the roof of St Mary's church in Alderby.\n\n"
            "The vicar, the Rev Grace Okonjo, found the damage when she opened the church "
            "on Sunday.",
            "Grace Okonjo",
            "The vicar",
        ),
        (
            "Residents in Stanwell say their bus service has been cut without warning.\n\n"
            "The MP for Stanwell, Labour's Tom Fairley, said he had written to the "
            "operator.",
            "Tom Fairley",
            "The MP for Stanwell",
        ),
        (
            "A primary school in Leeds has closed after a burst pipe.\n\n"
            "The headteacher, Mrs Ann Cole, said pupils would learn from home this week.",
            "Ann Cole",
            "The headteacher",
        ),
        (
            "Flooding has closed the A38 near Exeter for a third day.\n\n"
            "The council's director of highways, Dr Raj Mehta, said repairs would take a "
            "week.",
            "Raj Mehta",
            "The council's director of highways",
        ),
    ],
)
def test_the_opening_description_is_the_role(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role


def test_a_name_with_only_an_address_after_a_place_gets_no_role() -> None:
    # The sentence opens with a place, not a description of a person.
    text = (
        "Storms have brought down trees across Devon.\n\n"
        "In Exmouth, the Rev Paul Hindle said the church hall was open to anyone without "
        "power."
    )
    assert _role(text, "Paul Hindle") is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # Sport, wire: a subordinate clause's word never opens a role.
        (
            "Valdes is expected to be named for the friendlies against Chile and Peru "
            "when coach Marta Ibarra announces her squad on Thursday.\n\nIbarra declined "
            "to comment.",
            "Marta Ibarra",
            "coach",
        ),
        # Sport, local: a substitute and a cricket opener are described, not named so.
        (
            "Almada beat Ribeira 3-1 on Sunday.\n\nSubstitute Ivo Marques scored the third "
            "goal in the 88th minute.\n\nMarques, 19, joined the club in the summer.",
            "Ivo Marques",
            "Substitute",
        ),
    ],
)
def test_descriptions_in_sport_copy(text: str, name: str, role: str) -> None:
    assert _role(text, name) == role
