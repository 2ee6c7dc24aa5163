# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 20 (helper e), on synthetic passages written for these tests (invented
people, airlines, makers, unions and towns): a maker's product named with its model code
("The Halden H70 will enter service", "The Gulfstream G650 landed", "The Boeing 787-9
will fly the route") is no actor, while a body whose name closes with a number alone
("Channel 5") or a year stays one. Beats and outlets: aviation (wire, trade), technology
(broadsheet), motoring (tabloid); UK English."""

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
