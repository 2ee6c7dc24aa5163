"""Letters after a person's name (KC, QC, TD, CBE, MP): the recognizer may tag them as a
body of their own ("KC" an organization), which used to drop the person and list "KC"
as an actor. They belong to the person, are no part of the name, and do not hide the
role written around the name. Every article here is synthetic, written for these tests
(invented people and places)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _people(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in build_brief(text).actors if a.kind == "person"}


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Prosecutor Miriam Okoro KC told the jury that the crane had not been "
            "inspected for two years. 'He ignored every warning,' Ms Okoro said.",
            "Miriam Okoro",
            "Prosecutor",
        ),
        (
            "Miriam Okoro KC, prosecuting, told the jury that the crane had not been inspected.",
            "Miriam Okoro",
            "prosecutor",
        ),
        (
            "Defending, Tom Reyes QC said his client was of previous good character.",
            "Tom Reyes",
            "defence barrister",
        ),
    ],
)
def test_court_lawyers_with_letters_keep_their_role(text: str, name: str, role: str):
    people = _people(text)
    assert people.get(name) == role, people
    assert not any(n.split()[-1] in ("KC", "QC") for n in people), people


def test_a_politicians_letters_do_not_split_one_person_in_two():
    text = (
        "Speaking in the Dail, Aoife Brennan TD said the scheme had failed renters. "
        "'It is a scandal,' Ms Brennan said."
    )
    brief = build_brief(text)
    people = [a.name for a in brief.actors if a.kind == "person"]
    assert people == ["Aoife Brennan"], people
    assert [q.speaker for q in brief.quotes] == ["Aoife Brennan"]


def test_the_letters_are_never_an_actor_of_their_own():
    text = (
        "Sir Alan Brack CBE told the inquiry the board had been warned twice. "
        "'We were not told,' Sir Alan said."
    )
    names = [a.name for a in build_brief(text).actors]
    assert "CBE" not in names and "Alan Brack" in " ".join(names), names


# --- firms named like people ------------------------------------------------------
# (kept in this file: both classes are names the recognizer reads as one person's)


@pytest.mark.parametrize(
    "text, firm, role",
    [
        (
            "Solicitors Hartley Brand, who represent 40 families, said they would sue the trust.",
            "Hartley Brand",
            "solicitors",
        ),
        (
            "Accountants Pryce Dunmore said the charity had run out of cash.",
            "Pryce Dunmore",
            "accountants",
        ),
        (
            # Two readings of one name (the speaker's, whole; the recognizer's, cut):
            # both are the firm's.
            "Auctioneers Dobson Reece said the painting sold for £48,000 on Friday.",
            "Dobson Reece",
            "auctioneers",
        ),
    ],
)
def test_a_trade_in_the_plural_before_a_name_makes_it_a_firm(text: str, firm: str, role: str):
    """One person is never "solicitors": the name a plural trade describes is a firm's."""
    actors = {a.name: (a.kind, a.role) for a in build_brief(text).actors}
    assert actors.get(firm) == ("organization", role), actors


def test_a_trade_in_the_singular_before_a_name_stays_a_person():
    text = "Solicitor Hannah Brand said the family would appeal against the ruling."
    actors = {a.name: (a.kind, a.role) for a in build_brief(text).actors}
    assert actors.get("Hannah Brand") == ("person", "Solicitor"), actors
