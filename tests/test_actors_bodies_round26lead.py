"""Bodies the lead found named as people or lost while sweeping round 26's "noun only a
body goes by" class with other nouns: a watchdog before a one-word name is the body
("Watchdog Ofcom fined ..."), a rail, bus or mobile operator before a name is the firm
("Rail operator Keretapi Kilat cancelled ...") while a crane operator is a person, and a
tour firm whose name ends in "Holidays" acts ("Sunvale Holidays said") while "the Easter
Holidays" is an occasion. Synthetic passages written for these tests (invented firms and
people)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Watchdog Ofcom said the firm had misled customers.", "Ofcom"),
        ("Watchdog Ofcom fined Brellow £2m for misleading customers.", "Ofcom"),
        ("Watchdog Hiqa said the nursing home had failed residents.", "Hiqa"),
        ("Rail operator Keretapi Kilat cancelled 240 services last week.", "Keretapi Kilat"),
        ("Mobile operator Zentel Kwame said it would cut prices.", "Zentel Kwame"),
        ("The bus operator Harlow Green said services would resume.", "Harlow Green"),
        ("Tour operator Sunvale Holidays said 40 flights were cancelled.", "Sunvale Holidays"),
        ("Bluesky Holidays cancelled 40 flights on Monday.", "Bluesky Holidays"),
    ],
)
def test_a_body_named_after_what_it_is_is_the_body(paragraph, body):
    actors = _actors(paragraph)
    assert actors.get(body) == "organization", actors
    assert not [name for name, kind in actors.items() if kind == "person"], actors


@pytest.mark.parametrize(
    ("paragraph", "actors"),
    [
        # a regulator or a crane operator may be a person
        (
            "Financial regulator Mairead Quinn said the rules were clear.",
            {"Mairead Quinn": "person"},
        ),
        ("Crane operator Tom Bell was injured in the fall.", {"Tom Bell": "person"}),
        # holidays named by their occasion or season act in nobody's name
        ("The Christmas Holidays will see extra trains on the coast line.", {}),
        ("The Summer Holidays will see extra trains on the coast line.", {}),
    ],
)
def test_people_and_occasions_stay_what_they_are(paragraph, actors):
    assert _actors(paragraph) == actors


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "Shares in Kestrel Foods fell 12%. Analysts at Peel Rowe said the warning was "
            '"disappointing but not unexpected".',
            "Peel Rowe",
        ),
        (
            'The bank cut its forecast. Economists at Hollis Grant said the move was "overdue".',
            "Hollis Grant",
        ),
    ],
)
def test_where_the_speakers_work_is_a_body(paragraph, body):
    brief = build_brief(f"Headline\n\n{paragraph}")
    kinds = {a.name: a.kind for a in brief.actors}
    assert kinds.get(body) == "organization", kinds
    # their words are the body's, or nobody's where the attribution does not reach the
    # body (a name the recognizer calls a body after "at": docs/linguistic-layer.md)
    assert [q.speaker for q in brief.quotes] in ([body], ["unattributed"])


def test_a_spokesman_for_a_person_keeps_the_person():
    brief = build_brief(
        "Headline\n\nThe singer cancelled the tour. A spokesman for Ann Hale said she was "
        '"heartbroken".'
    )
    assert {a.name: a.kind for a in brief.actors}.get("Ann Hale") == "person"
