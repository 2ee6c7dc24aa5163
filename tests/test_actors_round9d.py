# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 9 (fourth batch), on synthetic articles written for these tests
(invented people): a person named once, far from the verb ("The family of Derek Lowe",
"in memory of Sandra Pike", "Friends of Jack Dunmore"), whom a "who" clause after a
comma tells about, is who the story is about: an actor; a club or a firm with a "who"
clause is no person. Beats and styles: local crime, local community, tabloid
fundraising, local sport, wire markets."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


TRIBUTE = """Tribute to driver

The family of Derek Lowe, who died in a crash on the A614 near Ollerton, paid tribute to him on Friday.

Nottinghamshire Police said a 34-year-old man had been arrested."""

BENCH = """Bench for shopkeeper

A bench has been unveiled in memory of Sandra Pike, who ran the village shop for 30 years.

Villagers raised £2,000 for it."""

FRIENDS = """Fundraiser for teenager

Friends of Jack Dunmore, who has leukaemia, have raised £20,000 for his treatment.

The money will pay for a trip to Germany."""

CLUB = """Manager sacked

Rovers, who lost 3-0 at home on Saturday, sacked manager Tony Bell on Monday."""


def test_the_dead_man_named_after_his_family_is_an_actor() -> None:
    found = kinds(TRIBUTE)
    assert found.get("Derek Lowe") == "person"
    assert found.get("Nottinghamshire Police") == "organization"


def test_a_person_remembered_with_a_who_clause_is_an_actor() -> None:
    assert kinds(BENCH).get("Sandra Pike") == "person"


def test_a_person_whose_friends_act_is_an_actor() -> None:
    assert kinds(FRIENDS).get("Jack Dunmore") == "person"


def test_a_club_with_a_who_clause_is_no_person() -> None:
    found = kinds(CLUB)
    assert found.get("Rovers") != "person"
    assert found.get("Tony Bell") == "person"
