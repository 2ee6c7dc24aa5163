# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 31, the lead's class beside its speaker fix: a name the parser hangs on another
person's name as an apposition, when it renames the object inside that person's own
description ("Jo Reid, a friend of the victim, Alan Price,", "Coach X, who signed the
striker, Tom Beck,"), takes that object as its role ("the victim", "the striker"). The
description stays the first person's. A phrase on the first name itself ("Pressed by the
committee chair, Alan Reeve, on bonuses, Ms Pitt replied") gives Ms Pitt nothing.

Every passage here is synthetic, written for these tests (invented people and places),
in courts, sport, politics and local copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _roles(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in build_brief("Headline\n\n" + text).actors}


@pytest.mark.parametrize(
    ("text", "person", "role", "describer", "description"),
    [
        (
            "Jo Reid, a friend of the victim, Alan Price, said he was kind. Price had lived in the village for 40 years.",
            "Alan Price",
            "the victim",
            "Jo Reid",
            "a friend of the victim",
        ),
        (
            "Ruth Wanjiku, the mother of the goalkeeper, Brian Otieno, watched from the stand. Otieno saved two penalties.",
            "Brian Otieno",
            "the goalkeeper",
            "Ruth Wanjiku",
            "the mother of the goalkeeper",
        ),
        (
            "Cllr Ann Doyle, a former aide to the mayor, Tom Keane, said the budget was unfair. Keane rejected the claim.",
            "Tom Keane",
            "the mayor",
            "Ann Doyle",
            "a former aide to the mayor",
        ),
    ],
)
def test_a_name_renaming_an_object_in_anothers_description_takes_it_as_its_role(
    text: str, person: str, role: str, describer: str, description: str
) -> None:
    roles = _roles(text)
    assert roles[person] == role
    assert description in (roles[describer] or "")


def test_a_phrase_on_the_first_name_itself_gives_no_role() -> None:
    roles = _roles(
        "Pressed by the committee chair, Alan Reeve, on bonuses, Ms Pitt replied that none would be paid. Reeve thanked her."
    )
    assert roles["Alan Reeve"] == "the committee chair"
    assert not roles.get("Ms Pitt")
