"""Actors round 27 (helper d): a firm named by two names joined by "and" that the
grammar around one of its mentions makes one thing ("Pembury and Lisle, the department
store chain,", "Shares in Dobbs and Farrow", "Rival Hatton and Bryce reported", "Harwick
and Stroud says") is one firm at every mention, not two people or a body cut to its first
word; and a plural the tagger reads as a common noun opening a sentence with no object
("Profits had halved, the company said", "Earnings were flat, the bank said") is what
the body counts, not a body. Synthetic passages written for these tests (invented firms
and people)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "firm"),
    [
        (
            "Dobbs and Farrow, the Leeds-based retailer, is to shut 12 shops. Dobbs and "
            "Farrow said trading had been poor.",
            "Dobbs and Farrow",
        ),
        (
            "Shares in Brannock and Wylie fell 9% on Monday. Brannock and Wylie said the "
            "fall was overdone.",
            "Brannock and Wylie",
        ),
        (
            "Rival Kessler and Voight reported a 3% rise in sales, helped by online orders.",
            "Kessler and Voight",
        ),
        (
            "Mahindra and Sethi, the Mumbai engineering group, won the contract. Mahindra "
            "and Sethi will build 40 coaches.",
            "Mahindra and Sethi",
        ),
        (
            "Okoro and Bello, the Lagos law firm, said its client would appeal. Okoro and "
            "Bello acted for the bank.",
            "Okoro and Bello",
        ),
        (
            "Harwick and Stroud says it will keep all 30 of its stores open. Harwick and "
            "Stroud made a profit of £4m.",
            "Harwick and Stroud",
        ),
    ],
)
def test_two_names_the_grammar_makes_one_firm_are_one_firm(paragraph, firm):
    actors = _actors(paragraph)
    assert actors.get(firm) == "organization", actors
    halves = firm.split(" and ")
    assert not [name for name in actors if name in halves], actors


@pytest.mark.parametrize(
    ("paragraph", "pair"),
    [
        # two people, two places, two clubs: no firm
        ("Mr Hatton and Mrs Bryce said they would appeal.", "Hatton and Bryce"),
        (
            "Dundee and Kilmarnock is where the chain will close first, the company said. "
            "Stores in Dundee and Kilmarnock have lost money.",
            "Dundee and Kilmarnock",
        ),
        (
            "Celtic and Rangers were fined £10,000 each. Celtic said it would appeal. "
            "Rangers said nothing.",
            "Celtic and Rangers",
        ),
        (
            "Gateshead and Sunderland, the two towns worst hit, will lose their stores.",
            "Gateshead and Sunderland",
        ),
        (
            "Mensah and Adeyemi were arrested at the scene. Mensah was later released.",
            "Mensah and Adeyemi",
        ),
        ("Police in Kent and Essex have arrested 12 people, the force said.", "Kent and Essex"),
        # a singular verb after a pair that does not open its sentence
        (
            "Route 7 between Dunmore and Kilcarra was closed in both directions, police said.",
            "Dunmore and Kilcarra",
        ),
        (
            "Pritchard and Oyelaran, the club's two strikers, scored in the second half.",
            "Pritchard and Oyelaran",
        ),
        (
            "Rival bidders Corvane and Stoxley have until Friday to make offers. Corvane "
            "said it was interested. Stoxley declined to comment.",
            "Corvane and Stoxley",
        ),
    ],
)
def test_two_people_places_or_bodies_stay_apart(paragraph, pair):
    assert pair not in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "measure"),
    [
        ("Profits had halved, the company said, because of a mild autumn.", "Profits"),
        ("Profits had doubled, the company said.", "Profits"),
        ("Earnings were flat in the quarter, the bank said on Thursday.", "Earnings"),
        ("Takings had slumped in the autumn, the chain said.", "Takings"),
        ("Exports had doubled since 2020, the ministry said.", "Exports"),
    ],
)
def test_a_plural_measure_opening_the_sentence_is_no_body(paragraph, measure):
    assert measure not in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        # a firm whose name looks plural still acts, says or is something
        ("Boots said it would close 30 stores. Boots is the largest chemist in town.", "Boots"),
        ("Boots closed 30 stores, the company said.", "Boots"),
        ("Boots is Britain's biggest chemist, the company said.", "Boots"),
        ("Greggs has doubled its profit, the company said.", "Greggs"),
    ],
)
def test_a_firm_with_a_plural_looking_name_still_acts(paragraph, body):
    assert _actors(paragraph).get(body) == "organization"


def test_the_dev_shape_pair_firm_with_rival_pair():
    text = (
        "Pembury and Lisle, the department store chain that traces its roots to a "
        "Newcastle drapery, is to close nine of its 48 stores.\n\nProfits had halved, the "
        "company said.\n\nRival Hatton and Bryce reported on Tuesday that its own sales "
        "had risen 2%.\n\nPembury and Lisle said it hoped to move 400 staff."
    )
    actors = _actors(text)
    assert actors.get("Pembury and Lisle") == "organization", actors
    assert actors.get("Hatton and Bryce") == "organization", actors
    assert not {"Pembury", "Lisle", "Hatton", "Bryce", "Profits"} & set(actors), actors


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        (
            "The epicentre lay 23 km southwest of the town of Sungai Melati, the geophysics "
            "bureau said.",
            "Sungai Melati",
        ),
        (
            "Villagers in Rampur Nagar said the water had reached their doors. Collector "
            "Anil Rao said relief was on the way.",
            "Rampur Nagar",
        ),
        (
            "The quake was felt in the district of Tanjung Karang, officials said.",
            "Tanjung Karang",
        ),
    ],
)
def test_a_place_of_words_no_person_is_given_is_no_person(paragraph, place):
    assert place not in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        # people with given names the lists may not hold, who act or are acted for
        ("Police arrested Kwabena Owusu-Ansah at his home on Tuesday.", "Kwabena Owusu-Ansah"),
        ("Lawyers for Bongani Khumalo said he would appeal.", "Bongani Khumalo"),
        (
            "Officers are looking for Siddharth Venkataraman, who was last seen in Pune.",
            "Siddharth Venkataraman",
        ),
        ("Tom Bukit said the plan was fair.", "Tom Bukit"),
        ("Anita Nagar, the district collector, said relief was on the way.", "Anita Nagar"),
    ],
)
def test_people_stay_people(paragraph, person):
    assert _actors(paragraph).get(person) == "person"
