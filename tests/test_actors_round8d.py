# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 8 (fourth batch), on synthetic articles written for these tests
(invented people, companies and products): a product named before its noun with an
owner ("its Orbit Pro console", "the brewer's Harbour Gold lager") is a thing, not a
body; and a one-word company taken up as "its" inside its object ("Pixelforge has
delayed the launch of its console") is a body; a side named once before a score, its
name closing with a word the tagger calls a noun ("beat Corby Town Women 2-0"), is a
club. Beats and styles: wire technology, trade drinks, local women's football."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


CONSOLE = """Games console delayed

Pixelforge has delayed the launch of its Orbit Pro console until next year, blaming a shortage of chips.

The Orbit Pro had been due in November.

"We want to get it right," said Ken Adachi, the company's president."""

LAGER = """Brewer pulls lager after complaints

Hollin Brewery has withdrawn its Harbour Gold lager from supermarkets after complaints about the taste, the company said.

Harbour Gold was launched in 2021 and sold 2m pints last year.

"We got the recipe wrong," said Anna Kerr, the brewery's head brewer."""


def test_a_product_before_its_owners_noun_is_no_actor() -> None:
    found = kinds(CONSOLE)
    assert "Orbit Pro" not in found
    assert found.get("Ken Adachi") == "person"


def test_a_company_taken_up_as_its_inside_the_object_is_a_body() -> None:
    assert kinds(CONSOLE).get("Pixelforge") == "organization"


def test_a_lager_of_a_brewery_is_no_actor() -> None:
    found = kinds(LAGER)
    assert "Harbour Gold" not in found
    assert found.get("Hollin Brewery") == "organization"


# --- a side beaten once, its name closing with a word the tagger calls a noun ------------

WOMEN = """Ashby win derby

Forward Lena Marsh scored twice as Ashby Ladies beat Corby Town Women 2-0 on Sunday.

Ashby manager Rachel Pike said: "We defended brilliantly."
"""


def test_a_womens_side_beaten_once_is_a_body() -> None:
    assert kinds(WOMEN).get("Corby Town Women") == "organization"
