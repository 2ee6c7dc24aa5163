# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 22, on synthetic passages written for these tests (invented
relatives in a public gallery, climbers' fathers, press-release hires, sworn-in
ministers, finance chiefs and physios; places of no consequence). What a linking verb
says of a bare noun the name stands beside ("The woman, Ruth Ames, is the mother of a
former nurse") is the person's role, and the bare noun alone ("The woman", "A man") is
none. The post after "as" on a noun of appointing ("announced the appointment of Dr
Amara Obi as Chief Technology Officer") or on "sworn in" ("was sworn in as Minister for
Health") is the role, also written in capitals when its head is a noun of a post. The
chief officers written short ("CFO of Sundaram Motors", "COO") and "physio" are posts. A
wish not to be named ("who asked not to be named", after "A friend of Ali Noor") is no
role of the person the story names. Beats: courts (UK, US), mountain rescue, trade press
releases, Australian and Irish politics, Indian business, sport."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees

H = "Headline here\n\n"


def actor(text: str, name: str):  # type: ignore[no-untyped-def]
    actors = build_brief(H + text).actors
    found = [a for a in actors if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The woman, Ruth Ames, is the mother of a former nurse at the hospital.",
            "Ruth Ames",
            "the mother of a former nurse at the hospital",
        ),
        (
            "A man, Derek Yule, is the father of one of the missing climbers.",
            "Derek Yule",
            "the father of one of the missing climbers",
        ),
        (
            "The man, Keith Orr, 61, is a retired firefighter from Paisley.",
            "Keith Orr",
            "a retired firefighter",
        ),
    ],
)
def test_what_the_linking_verb_says_of_a_bare_noun_beside_the_name(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The woman, Ruth Ames, shouted at the defendant from the gallery.", "Ruth Ames"),
        ("The boy, Kian Walsh, was found safe in woodland near the farm.", "Kian Walsh"),
    ],
)
def test_a_bare_noun_of_people_alone_is_no_role(text: str, name: str) -> None:
    assert actor(text, name).role is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Kestrel Dynamics today announced the appointment of Dr Amara Obi as Chief Technology Officer.",
            "Amara Obi",
            "Chief Technology Officer",
        ),
        (
            "Leah Morgan was sworn in as Minister for Health on Monday.",
            "Leah Morgan",
            "Minister for Health",
        ),
        (
            "Leah Morgan was sworn in as health minister on Monday.",
            "Leah Morgan",
            "health minister",
        ),
        (
            "The board appointed Helen Frost as Chief Executive with immediate effect.",
            "Helen Frost",
            "Chief Executive",
        ),
    ],
)
def test_the_post_after_as_on_an_appointment_or_an_oath(text: str, name: str, role: str) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ramesh Iyer, CFO of Sundaram Motors, said demand was weak.",
            "Ramesh Iyer",
            "CFO of Sundaram Motors",
        ),
        (
            "Ramesh Iyer, COO of Sundaram Motors, said demand was weak.",
            "Ramesh Iyer",
            "COO of Sundaram Motors",
        ),
        ("Physio Lisa Garner said the injury was not serious.", "Lisa Garner", "Physio"),
    ],
)
def test_chief_officers_written_short_and_the_physio_are_posts(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A friend of Ali Noor, who asked not to be named, said he was kind.", "Ali Noor"),
        (
            "A neighbour of Dara Quigley, who declined to be identified, said the family had moved.",
            "Dara Quigley",
        ),
    ],
)
def test_a_wish_not_to_be_named_is_no_role_of_a_named_person(text: str, name: str) -> None:
    assert actor(text, name).role is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Senator Ray Cullen, a Democrat from Ohio, said the bill would pass.",
            "Ray Cullen",
            "Democratic senator from Ohio",
        ),
        (
            "Mayor Ana Ruiz, a Republican, said the city budget was balanced.",
            "Ana Ruiz",
            "Republican mayor",
        ),
    ],
)
def test_a_us_office_written_out_keeps_its_office_beside_the_party(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found
    office = role.split()[1]  # the office the title before the name gives
    assert office in found.split(), found


def test_unveiled_as_a_post_is_the_role_and_a_signing_is_none() -> None:
    found = actor(
        "Gareth Lloyd was unveiled as Wrexham's new manager on Thursday.", "Gareth Lloyd"
    ).role
    assert role_agrees(found, "Wrexham's new manager"), found
    assert (
        actor(
            "Gareth Lloyd was unveiled as the club's new signing on Thursday.", "Gareth Lloyd"
        ).role
        is None
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Aisha Bello, who called the police, said she heard screams. Ms Bello is a night nurse at the hospital.",
            "Aisha Bello",
            "a night nurse at the hospital",
        ),
        (
            "Raj Kapoor, who posted the video online, said he was shocked. Kapoor runs a bakery on the high street.",
            "Raj Kapoor",
            "runs a bakery on the high street",
        ),
    ],
)
def test_what_a_later_sentence_says_one_is_outranks_one_act_told_first(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found
