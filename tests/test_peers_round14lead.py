"""Peers and royals named by a title and a territory ("the Duke of Harrowby", "the
Countess of Wexcombe", "the Princess of Wales") are people: the whole phrase is their
name, "the Duke and Duchess of X" names two of them, the bare title ("the Duchess said")
is the one who holds it, and the territory alone is a place, not the peer. A body named
after one ("the Duke of Edinburgh Award", "the Prince of Wales Hospital") is no person.

The articles are synthetic, written for these tests; the people and places are invented.
"""

from __future__ import annotations

import pytest
from briefsmith.core.names import same_person
from briefsmith.engines.extractive import build_brief


def _people(brief) -> dict[str, object]:
    return {a.name: a for a in brief.actors if a.kind == "person"}


def test_a_couple_named_by_one_territory_is_two_people():
    brief = build_brief(
        "The Duke and Duchess of Harrowby will visit the shipyard on Friday, the palace "
        "said. The Duchess, 36, is patron of the hospice charity that runs the unit."
    )
    people = _people(brief)
    assert "Duke of Harrowby" in people
    assert "Duchess of Harrowby" in people


def test_the_bare_title_speaks_for_the_one_peer_who_holds_it():
    brief = build_brief(
        "The Duke of Kendal and the Duchess of Kendal toured the flood zone on Tuesday. "
        '"The damage is heartbreaking," the Duchess said. The Duke spoke to volunteers at '
        "the rest centre."
    )
    people = _people(brief)
    assert {"Duke of Kendal", "Duchess of Kendal"} <= set(people)
    [quote] = brief.quotes
    assert quote.speaker == "Duchess of Kendal"


def test_a_peer_is_a_person_whatever_the_recognizer_calls_the_phrase():
    brief = build_brief(
        "The Marchioness of Tarrant opened the new maternity wing on Monday. "
        '"Every family here deserves the best care," the Marchioness said.'
    )
    kinds = {a.name: a.kind for a in brief.actors}
    assert kinds.get("Marchioness of Tarrant") == "person"
    assert brief.quotes[0].speaker == "Marchioness of Tarrant"


def test_the_territory_alone_is_the_place_not_the_peer():
    brief = build_brief(
        "The Earl of Wexcombe owns most of the land around the village. "
        '"This secures the estate for another generation," the Earl said. Wexcombe was '
        "badly flooded in 1953."
    )
    earl = _people(brief).get("Earl of Wexcombe")
    assert earl is not None
    assert "Wexcombe" not in earl.aliases
    assert not same_person("Wexcombe", "Earl of Wexcombe")
    assert not same_person("Duchess of Wexcombe", "Duke of Wexcombe")
    assert same_person("Earl of Wexcombe", "Earl of Wexcombe")


def test_bodies_named_after_a_peer_are_no_person():
    brief = build_brief(
        "Dozens of pupils received the Duke of Edinburgh Award at a ceremony at the "
        'Prince of Wales Hospital on Monday. "It was a wonderful day," said teacher Amy '
        "Holt."
    )
    names = set(_people(brief))
    assert "Amy Holt" in names
    assert not any(n.startswith(("Duke of", "Prince of")) for n in names)


def test_a_peer_is_not_given_the_title_as_a_role():
    brief = build_brief(
        "Prince Edward and the Princess of Wales met staff at the ward. "
        '"They were so kind to us," said nurse Jo Cribb.'
    )
    princess = _people(brief).get("Princess of Wales")
    assert princess is not None
    assert princess.role != "Princess of Wales"


@pytest.mark.parametrize(
    "text",
    [
        "The Duke of Wellington pub will close in March after 200 years, its landlord said.",
        "The Earl of Sandwich restaurant chain has 40 outlets, according to its website.",
        "Staff at the Marquess of Granby inn were praised for their calm.",
    ],
)
def test_a_peers_name_before_a_common_noun_names_a_thing(text):
    brief = build_brief(text)
    assert not [a.name for a in brief.actors if a.name.split()[0] in ("Duke", "Earl", "Marquess")]
