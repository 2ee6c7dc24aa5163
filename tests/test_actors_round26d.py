"""Actors, round 26 (helper d): a one-word firm after a noun only a body goes by, opening
a sentence ("Insurer Halvoro said"), is the body, not a person called "Insurer Halvoro";
a person-shaped name after a kind of body opening the sentence ("Mining group Thulani
Platinum said", "smelter Ridgeback Alloys") is the body's; and two names over "and"
opening a sentence whose reporter is "the companies" ("Toolana and Carrow will merge,
the companies said") are two bodies, each named. Synthetic passages written for these
tests (invented insurers, lenders, miners, smelters and retailers; South African,
British, Australian, Irish, Indian, Nigerian and Canadian business copy)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Insurer Halvoro said storm claims had doubled in the quarter.", "Halvoro"),
        ("Lender Kelmore said mortgage arrears had risen for a third month.", "Kelmore"),
        ("Retailer Brightways said Christmas sales rose 3%.", "Brightways"),
        ("Smelter Ridgeback Alloys said it had lost 30% of its output.", "Ridgeback Alloys"),
        ("Mining group Thulani Platinum said output fell in January.", "Thulani Platinum"),
    ],
)
def test_a_firm_after_a_noun_only_a_body_goes_by_is_the_body(paragraph, body):
    actors = _actors(paragraph)
    assert actors.get(body) == "organization", actors
    assert not [name for name, kind in actors.items() if kind == "person"], actors


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        ("Economist Sarah Pilling said rates would fall by the summer.", "Sarah Pilling"),
        ("Farmer Tom Briggs said the frost was the worst in years.", "Tom Briggs"),
        ("Chef Marco Bellini said the restaurant in Cork would close.", "Marco Bellini"),
        ("Analyst Priya Nair said the shares looked cheap.", "Priya Nair"),
        ("Group chief executive Anna Marsh said the results were strong.", "Anna Marsh"),
    ],
)
def test_a_person_after_a_trade_or_post_stays_a_person(paragraph, person):
    assert _actors(paragraph).get(person) == "person"


@pytest.mark.parametrize(
    ("paragraph", "halves"),
    [
        ("Toolana and Carrow will merge, the companies said.", ("Toolana", "Carrow")),
        (
            "Vantora and Medira signed a five-year supply deal, the groups said on Monday.",
            ("Vantora", "Medira"),
        ),
        (
            "Thulani Platinum and Ridgeback Alloys will share a solar plant, the companies said.",
            ("Thulani Platinum", "Ridgeback Alloys"),
        ),
    ],
)
def test_two_names_the_story_calls_the_companies_are_two_bodies(paragraph, halves):
    actors = _actors(paragraph)
    for half in halves:
        assert actors.get(half) == "organization", actors
    assert not [name for name in actors if " and " in name], actors


@pytest.mark.parametrize(
    ("paragraph", "not_bodies"),
    [
        ("Smith and Jones will marry in June, the couple said.", ("Smith", "Jones")),
        ("Salt and Vinegar crisps sold out by noon, the shop said.", ("Salt", "Vinegar")),
        (
            "Harland and Wolff Holdings won the ferry order, the shipyard said.",
            ("Harland", "Wolff Holdings"),
        ),
    ],
)
def test_a_pair_no_plural_body_noun_reports_is_not_split_into_bodies(paragraph, not_bodies):
    actors = _actors(paragraph)
    for name in not_bodies:
        assert actors.get(name) != "organization", actors


@pytest.mark.parametrize(
    ("paragraph", "halves"),
    [
        ("Kelmore and Westbury Bank cut fixed rates on Monday.", ("Kelmore", "Westbury Bank")),
        ("Absa and Capitec Bank raised their fees on Monday.", ("Absa", "Capitec Bank")),
        (
            "Barwick and Lloyds Banking Group raised mortgage rates on Thursday.",
            ("Barwick", "Lloyds Banking Group"),
        ),
    ],
)
def test_a_lender_and_a_bank_are_two_bodies_without_a_count(paragraph, halves):
    actors = _actors(paragraph)
    for half in halves:
        assert actors.get(half) == "organization", actors
    assert not [name for name in actors if " and " in name], actors


@pytest.mark.parametrize(
    ("paragraph", "whole"),
    [
        (
            "Development and Investment Bank lent more to farmers.",
            "Development and Investment Bank",
        ),
        ("Agricultural and Rural Bank raised its rates.", "Agricultural and Rural Bank"),
        ("Officers from Avon and Somerset Police arrested a man.", "Avon and Somerset Police"),
        (
            "The Industrial and Commercial Bank of China raised its rates.",
            "Industrial and Commercial Bank of China",
        ),
    ],
)
def test_one_bank_or_force_with_and_in_its_name_stays_whole(paragraph, whole):
    assert _actors(paragraph).get(whole) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Pellow, the fashion chain said, would shut 20 stores.", "Pellow"),
        ("Dunmore, the steel group said, had cut 400 jobs.", "Dunmore"),
        ("Ridgeback, the smelter said, had lost 30% of its output in January.", "Ridgeback"),
        ("Harrowgate will shut 20 stores, the department store said.", "Harrowgate"),
        ("Greenfield, the housebuilder said, sold 3,000 homes last year.", "Greenfield"),
    ],
)
def test_a_name_reported_on_by_the_body_noun_set_inside_its_clause_is_the_body(paragraph, body):
    assert _actors(paragraph).get(body) == "organization"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Moira, the widow said, had never been told about the fire.",
        "John, the teacher said, was always late for class.",
        "Demand, the company said, had slumped since the summer.",
        "The plant, the company said, would close in May.",
    ],
)
def test_a_person_or_a_measure_reported_on_by_a_noun_is_no_body(paragraph):
    assert not [n for n, k in _actors(paragraph).items() if k == "organization"]
