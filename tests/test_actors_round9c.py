"""Actors, round 9 (third batch), on synthetic articles written for these tests
(invented people and firms): a body named once, as an object, whose name closes with a
word only bodies end with ("Harcourt Mutual", "Fenwick Telecom") is a body, taken up
later by its noun ("The lender said", "the company admitted"); a body joined to a list
whose first member acts ("represented by Unison and the GMB", "funded by the Baring
Trust and the GPRX") is as sure as the first; a firm named once with a "which" clause
after a comma ("lent £40m to Harland Steel, which employs 900 people") is a body, a
hall so named no actor. Beats and styles: wire finance, trade technology, local health,
broadsheet science, local business, local arts."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


BANK = """Mutual fined

Regulators fined Harcourt Mutual £12m on Thursday for failing to protect customers.

The lender said it accepted the findings."""

BREACH = """Telecom breach

Hackers stole the details of 2m customers from Fenwick Telecom, the company admitted on Monday.

The Information Commissioner's Office said it was making inquiries."""

NURSES = """Nurses to vote

Nurses represented by Unison and the GMB will vote on the offer next week.

"This is a step forward," said Unison's head of health, Karen Doyle."""

STUDY = """Study funded

The study was funded by the Baring Trust and the GPRX, the university said.

"The results surprised us," said lead author Dr Ian Moss."""


def test_a_mutual_named_once_as_an_object_is_a_body() -> None:
    assert kinds(BANK).get("Harcourt Mutual") == "organization"


def test_a_telecom_firm_named_once_after_from_is_a_body() -> None:
    found = kinds(BREACH)
    assert found.get("Fenwick Telecom") == "organization"
    assert found.get("Information Commissioner's Office") == "organization"


def test_a_union_listed_with_an_acting_union_is_a_body() -> None:
    found = kinds(NURSES)
    assert found.get("GMB") == "organization"
    assert found.get("Unison") == "organization"


def test_a_funder_listed_with_another_is_a_body() -> None:
    found = kinds(STUDY)
    assert found.get("Baring Trust") == "organization"
    assert found.get("GPRX") == "organization"


STEEL = """Steelworks loan

The government lent £40m to Harland Steel, which employs 900 people in Motherwell.

Unions welcomed the deal."""

MEALS = """Food firm fined

The fine was paid by Corran Foods, which makes ready meals in Leeds.

Inspectors found mice in a storeroom."""

VENUE = """Concert moved

The concert will be held at Kelvin Hall, which holds 3,000 people, the promoter said."""


def test_a_firm_named_once_with_a_which_clause_is_a_body() -> None:
    assert kinds(STEEL).get("Harland Steel") == "organization"
    assert kinds(MEALS).get("Corran Foods") == "organization"


def test_a_hall_with_a_which_clause_is_no_actor() -> None:
    assert "Kelvin Hall" not in kinds(VENUE)
