# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 21, on synthetic passages written for these tests (invented
inquiry chairs, trust chairs, speakers of assemblies, councilmembers,
superintendents and residents; places of no consequence). A post of a body set before
the name with a comma ("The chair of the inquiry, Dame Helen Crane, a retired judge,")
is the person's role over the former calling after the name, also where the parser
makes the post and the name two subjects of one verb and where a style of address
("Dame", "Sir") stands between the comma and the name; a party to the story ("The
driver of the car, Tom Bell, a retired teacher,") stays no post (the probe checks it). A title held for now ("Acting Superintendent
Neil Foss", "Interim Superintendent") is the role; "MPP", "MNA" before a name are a
Canadian provincial member's titles ("MPP Laura Finch" was a body), and "Supervisor" and
"Clerk" US local ones ("County Supervisor Ann Lopez", "County Clerk", "Clerk-Treasurer"). A US party tag's
letter ("State Rep. Hank Doyle, R-Delwood,") is no description of the council named
after the place. What a "who" clause says one enjoys or does by habit ("who enjoys
hiking", "who commutes two hours a day", "who uses a wheelchair") gives way to a
calling a later sentence sets beside the name. Beats: public
inquiries, local politics, retail, courts, US city hall."""

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
            "The chair of the inquiry, Dame Helen Crane, a retired judge, said hearings would start in May.",
            "Helen Crane",
            "chair of the inquiry",
        ),
        (
            "The chair of the trust, Rowan Pettit, a former banker, said the museum would reopen.",
            "Rowan Pettit",
            "chair of the trust",
        ),
        (
            "The chair of the committee, Sir Alan Dorrell, a retired headteacher, said members would meet again.",
            "Alan Dorrell",
            "chair of the committee",
        ),
    ],
)
def test_a_body_post_set_before_the_name_outranks_a_former_calling(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Acting Superintendent Neil Foss said schools would reopen on Monday.",
            "Neil Foss",
            "Acting Superintendent",
        ),
        (
            "Interim Superintendent Gail Rourke told parents the buses would run late.",
            "Gail Rourke",
            "Interim Superintendent",
        ),
    ],
)
def test_a_title_held_for_now_before_the_name_is_the_role(text: str, name: str, role: str) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("MPP Laura Finch said Ontario had failed renters.", "Laura Finch", "MPP"),
        ("MNA Luc Gagnon said the bill was flawed.", "Luc Gagnon", "MNA"),
        (
            "County Supervisor Ann Lopez said the county would appeal the ruling.",
            "Ann Lopez",
            "County Supervisor",
        ),
        ("County Clerk Joan Fry said every ballot had been counted.", "Joan Fry", "County Clerk"),
        ("Clerk-Treasurer Wes Amory said the books balanced.", "Wes Amory", "Clerk-Treasurer"),
    ],
)
def test_a_provincial_member_or_a_us_local_office_before_the_name_is_a_title(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name)
    assert found.kind == "person"
    assert role_agrees(found.role, role), found.role


def test_a_party_tag_s_letter_is_no_description_of_the_place_after_it() -> None:
    text = (
        "Delwood council delays vote on road budget\n\n"
        "DELWOOD, Ohio - The Delwood City Council on Tuesday postponed a vote on a $12.4 million road budget after a three-hour meeting.\n\n"
        'Sen. Nora Blake, D-Ohio, said in a statement that she would seek federal money for the repairs. State Rep. Hank Doyle, R-Delwood, called the plan "a blank check."'
    )
    actors = build_brief(text).actors
    council = [a for a in actors if a.name == "Delwood City Council"]
    assert council, [a.name for a in actors]
    assert council[0].role is None or "R-" not in council[0].role, council[0].role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Maya Fox, who enjoys hiking, found the body on Sunday. Fox, a nurse at St Brigid's hospital, raised the alarm.",
            "Maya Fox",
            "nurse at St Brigid's hospital",
        ),
        (
            "Rohan Iyer, who commutes two hours a day, said the trains were always late. Iyer, an accountant in Pune, has written to the railway.",
            "Rohan Iyer",
            "accountant in Pune",
        ),
        (
            "Chloe Tan, who uses a wheelchair, said the lift was broken again. Ms Tan, a civil servant, has complained twice.",
            "Chloe Tan",
            "civil servant",
        ),
    ],
)
def test_what_one_enjoys_or_does_by_habit_gives_way_to_a_calling_said_later(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found
