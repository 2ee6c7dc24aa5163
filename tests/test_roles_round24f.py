# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 24, on synthetic passages written for these tests (invented
public defenders, principals, nurses, teachers, coaches and clubs;
places of no consequence). A title the parser hangs on a given name it does not know
("Public Defender Jordan Pike") is still the role before the name; a headline's words
glued before a name ("Rovers sack coach Paulo Mendes") give way to what the story
says of the person ("sacked head coach Paulo Mendes"); an age alone with a noun set
beside it ("The 52-year-old, a former nurse,") after the sentence naming the person gives
the role; "is to take over as principal", "is to stand down as chair" name the post; a name described as a side or
an outfit ("Lisbon side Atletico Vale") is a club. Beats: US courts,
local politics, Irish schools, UK local news, Indian and Portuguese football. (Checked by the
probe, held before and after: "The 31-year-old, the victim's brother," gives no role;
"Ann Lee, who plays for the Lisbon side," stays a person.)"""

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
            H + "Public Defender Jordan Pike said the rent rules were failing tenants.",
            "Jordan Pike",
            "Public Defender",
        ),
    ],
)
def test_a_title_hung_on_an_unknown_given_name_is_the_role(text: str, name: str, role: str) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


def test_the_story_s_post_over_a_headline_s_glued_words() -> None:
    text = (
        "Rovers sack coach Paulo Mendes after sixth defeat\n\n"
        "Rovers on Friday sacked head coach Paulo Mendes after a defeat. Mendes had been in charge for two years."
    )
    assert actor(text, "Paulo Mendes").role == "head coach"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            H
            + "Police named the victim as Carol Hume. The 52-year-old, a former nurse, had lived in the village for 20 years.",
            "Carol Hume",
            "former nurse",
        ),
        (
            H
            + "Oren Malik was elected on Thursday. The 44-year-old, a retired teacher, won by 300 votes.",
            "Oren Malik",
            "retired teacher",
        ),
    ],
)
def test_an_age_alone_with_a_noun_beside_it_gives_the_role(text: str, name: str, role: str) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            H + "Fergal Dunne is to take over as principal of the school in September.",
            "Fergal Dunne",
            "principal of the school",
        ),
        (H + "Arjun Mehta is to remain as captain for the series.", "Arjun Mehta", "captain"),
        (
            H + "Jane Roe is to stand down as chair of the trust next year.",
            "Jane Roe",
            "chair of the trust",
        ),
    ],
)
def test_is_to_take_a_post_as_names_the_post(text: str, name: str, role: str) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (H + "Lisbon side Atletico Vale signed him in 2024.", "Atletico Vale"),
    ],
)
def test_a_name_described_as_a_side_is_a_club(text: str, name: str) -> None:
    assert actor(text, name).kind == "organization"
