# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 20 (helper e), on synthetic passages written for these tests (invented
people, airlines, makers, unions and towns): a maker's product named with its model code
("The Halden H70 will enter service", "The Gulfstream G650 landed", "The Boeing 787-9
will fly the route") is no actor, and nor is its code alone once the article has written
it after the maker ("The T90, which made its first flight ..."), while a body whose name
closes with a number alone ("Channel 5") or a year, or is letters and a number never
written after a maker ("The G20 said"), stays one; a firm named after its founder ("Brekka was founded in
2004 by Jon Brekka", "Maddox, the fashion label founded by Lila Maddox,", "The retailer
Voss was set up by Anja Voss") is a body of its own beside him, not his surname; a name
after "the" that sank ("The Marlow Queen sank off Fowey") is a vessel, while a club that
sank in a table stays an actor; "Regional" closes a carrier's name ("Kestrel Regional
has ordered 12 turboprops ... Kestrel flies"). Beats and outlets: aviation (wire, trade), technology
(broadsheet), fashion (tabloid), retail (local), maritime (local), sport (tabloid); UK
English."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def names(text: str) -> set[str]:
    return {n for a in build_brief(text).actors for n in (a.name, *a.aliases)}


def kinds(text: str) -> dict[str, str]:
    return {n: a.kind for a in build_brief(text).actors for n in (a.name, *a.aliases)}


# A product named with its maker's model code.

REGIONAL_JET = """Solvane will replace its turboprops with a regional jet from 2028, chief executive Dominic Askew said. The Airbus A321XLR will open routes from Dublin to Boston, and the Halden H70 will enter service on the Belfast routes."""

PHONE = """Samsung's Galaxy S24 went on sale on Friday, the company said. Queues formed outside shops in Leeds, said retail analyst Maya Brook."""

BUSINESS_JET = """The Gulfstream G650 landed at Farnborough on Tuesday, its owner Vell Aviation said. Vell Aviation flies 14 jets for private clients."""


def test_a_product_named_with_its_model_code_is_no_actor() -> None:
    jet = names(REGIONAL_JET)
    assert "Dominic Askew" in jet
    assert "Airbus A321XLR" not in jet
    phone = names(PHONE)
    assert "Maya Brook" in phone
    assert "Galaxy S24" not in phone
    business = names(BUSINESS_JET)
    assert "Vell Aviation" in business
    assert "Gulfstream G650" not in business


TURBOPROP = """Kestrel Regional has ordered 12 Tarrant T90 turboprops to replace its ageing fleet, the carrier said on Tuesday.

The T90, which made its first flight at Toulouse in March, will enter service with Kestrel in 2028. "The T90 burns a third less fuel," chief executive Moira Flett said."""

SUMMIT = """The G20 said it would act on debt relief for the poorest countries, the finance minister, Ann Lee, said on Sunday."""


def test_a_regional_carrier_is_a_body_named_again_by_its_first_word() -> None:
    carrier = [a for a in build_brief(TURBOPROP).actors if a.name == "Kestrel Regional"]
    assert carrier and carrier[0].kind == "organization"
    assert "Kestrel" in carrier[0].aliases


def test_a_model_code_alone_after_its_maker_named_it_is_no_actor() -> None:
    turboprop = names(TURBOPROP)
    assert "Moira Flett" in turboprop
    assert "T90" not in turboprop
    assert "G20" in names(SUMMIT)


# A firm named after its founder.

FOUNDER_AIRLINE = """Solvane will pay 310 pence per share for Brekka, which flies 38 routes from Aberdeen. Brekka was founded in 2004 by Jon Brekka, a former helicopter pilot who still owns 17% of the company. "I built this airline to connect the regions," Jon Brekka said."""

FOUNDER_LABEL = """Maddox, the fashion label founded by Lila Maddox, has gone into administration, putting 80 jobs at risk, administrator Paul Tunney said."""

FOUNDER_RETAILER = """The retailer Voss was set up by Anja Voss in 1999 with a single shop in Dunmarrow. Voss shares fell 6% on Friday after a profit warning."""

FOUNDER_ONLY = """Dan Hale, who set up a bakery in 1990, said he would retire in May. "It is time," Hale said."""


def test_a_firm_named_after_its_founder_is_a_body_beside_him() -> None:
    airline = kinds(FOUNDER_AIRLINE)
    assert airline.get("Jon Brekka") == "person"
    assert airline.get("Brekka") == "organization"
    label = kinds(FOUNDER_LABEL)
    assert label.get("Lila Maddox") == "person"
    assert label.get("Maddox") == "organization"
    retailer = kinds(FOUNDER_RETAILER)
    assert retailer.get("Anja Voss") == "person"
    assert retailer.get("Voss") == "organization"
    # A founder of a firm named otherwise keeps his surname and his words.
    brief = build_brief(FOUNDER_ONLY)
    hale = [a for a in brief.actors if a.name == "Dan Hale"]
    assert hale and "Hale" in hale[0].aliases
    assert [q.speaker for q in brief.quotes] == ["Dan Hale"]


# A vessel that sank.

SINKING = """The Marlow Queen sank off Fowey on Tuesday. Its skipper, Dan Pryce, was rescued by the lifeboat, the coastguard said."""

TABLE = """Hollin Athletic sank to a fourth straight defeat on Saturday, boss Tom Reid said."""


def test_a_name_after_the_that_sank_is_a_vessel() -> None:
    sinking = names(SINKING)
    assert "Dan Pryce" in sinking
    assert "Marlow Queen" not in sinking
    assert "Hollin Athletic" in names(TABLE)
