"""A role that is only a qualifier ("former", cut from "former Dunmore Rovers captain X"
when the club took the words before it) says what a role was and is none itself: the
club gets no role "former", while the person keeps the whole description. Found by the
lead on a synthetic obituary while sweeping round 26. Synthetic passages written for
these tests (invented clubs and people)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _roles(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "club", "person", "role"),
    [
        (
            "Tributes have been paid to former Dunmore Rovers captain Seamus Quinlan, who "
            "has died aged 78. Quinlan made 412 appearances for the club.",
            "Dunmore Rovers",
            "Seamus Quinlan",
            "former Dunmore Rovers captain",
        ),
    ],
)
def test_a_club_gets_no_role_of_a_lone_qualifier(paragraph, club, person, role):
    roles = _roles(paragraph)
    assert club in roles and roles[club] is None, roles
    assert roles[person] == role


@pytest.mark.parametrize(
    ("paragraph", "person", "role"),
    [
        ("Former minister Ann Lee said the plan was wrong.", "Ann Lee", "Former minister"),
        ("Deputy leader Tom Reddy said he was delighted.", "Tom Reddy", "Deputy leader"),
    ],
)
def test_a_qualifier_with_its_role_stays(paragraph, person, role):
    assert _roles(paragraph)[person] == role
