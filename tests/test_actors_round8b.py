# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 8 (second batch), on synthetic articles written for these tests
(invented people and companies): a company named by one word that the recognizer does
not know, the subject of a clause "the company said" reports ("Veltro has recalled
40,000 handsets, the company said"), is a body of the story. Beats and styles: wire
technology, local retail, trade shipping."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


RECALL = """Phone maker recalls handsets

Veltro has recalled 40,000 of its Nimbus X2 handsets after reports of batteries overheating, the company said on Wednesday.

The Nimbus X2 went on sale in March and sold out within a week.

"Customer safety comes first," said Hana Ostrowski, Veltro's head of European operations."""

BRANCHES = """Bakery chain to close rural branches

Loafwell will shut 12 branches in small towns, the company said on Monday.

Residents of the villages affected already drive 15 miles to the nearest supermarket.

"We know this will be hard for some communities," said Ruth Ingleby, Loafwell's managing director."""

SHIPPING = """Operator orders four container ships

Kestrava will take delivery of four new container ships by 2029, the shipping company said in a filing on Friday.

The vessels will run between northern Europe and west Africa, said Paulo Mendes, its head of fleet."""


def test_a_recalling_company_the_company_said_is_a_body() -> None:
    assert kinds(RECALL).get("Veltro") == "organization"


def test_a_chain_closing_branches_the_company_said_is_a_body() -> None:
    assert kinds(BRANCHES).get("Loafwell") == "organization"


def test_a_shipping_company_said_is_a_body() -> None:
    assert kinds(SHIPPING).get("Kestrava") == "organization"


# A person reported by "the company said" stays a person: "the company" reports on
# Ann Lee, it does not stand for her.
PERSON_REPORTED = """Chief executive to step down

Chief executive Marta Kowalczyk will step down in June after eight years, the company said on Tuesday.

"It has been a privilege," Kowalczyk said."""


def test_a_person_the_company_reports_on_stays_a_person() -> None:
    assert kinds(PERSON_REPORTED).get("Marta Kowalczyk") == "person"


# --- a firm named once with its trade, as an object -------------------------------------

HIRED = """Council hires consultants for bridge review

Marsham Council has hired engineering firm Tolland Rudd to review the safety of the Old Ferry Bridge, which closed last month.

The review will cost £120,000. Councillor Ada Price, the cabinet member for transport, said: "We need answers quickly."
"""

AFFILIATION = """Outage hits banking apps

Customers of three banks could not log in for four hours on Monday after a fault at a data centre, the banks said.

"This should never happen at this scale," said Ravi Menon, a senior analyst at research firm Quillon Data."""


def test_a_firm_hired_with_its_trade_is_a_body() -> None:
    assert kinds(HIRED).get("Tolland Rudd") == "organization"


def test_a_firm_a_person_works_at_is_no_actor() -> None:
    actors = kinds(AFFILIATION)
    assert "Quillon Data" not in actors
    assert actors.get("Ravi Menon") == "person"


# --- a party to a deal in apposition -------------------------------------------------------

OWNER = """Discount chain sold

Harlow Foods agreed in February to buy the discount chain Budgetline from its private equity owner, Calloway Partners.

"This is a great fit," said Martin Aldous, Harlow Foods' chief executive."""

PARENT = """Pub group sold

Brewster Inns has been bought from its owner, Redmoor Capital, for £300m, the company said.

"We are delighted," said Ian Fell, Brewster's chief executive."""


def test_the_owner_selling_a_chain_is_a_body_of_the_story() -> None:
    assert kinds(OWNER).get("Calloway Partners") == "organization"


def test_the_owner_selling_a_pub_group_is_a_body_of_the_story() -> None:
    assert kinds(PARENT).get("Redmoor Capital") == "organization"
