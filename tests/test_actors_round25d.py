"""Actors, round 25 (the issue's class 5, left open by round 24): two bodies joined by
"and" whose first half is one word the recognizer does not name ("Barwick and Lloyds
Banking Group both raised rates") are two bodies where the story counts them as two
("both", "each"); one body whose name holds "and" ("Avon and Somerset Police", "Marks
and Spencer Group") carries no such count and stays whole. Synthetic passages written
for these tests (invented banks, lenders, advisers and grocers; British, Australian and
South African business copy)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "halves"),
    [
        (
            "Barwick and Lloyds Banking Group both raised their mortgage rates on Tuesday.",
            ("Barwick", "Lloyds Banking Group"),
        ),
        (
            "Westpac and Bendigo Bank each cut fixed rates by 0.2 points, the lenders said.",
            ("Westpac", "Bendigo Bank"),
        ),
        ("Both Kelmore and Aarberg Bank raised rates on Friday.", ("Kelmore", "Aarberg Bank")),
        (
            "Barwick and Northcote Banking Group each advised Carrow on the sale.",
            ("Barwick", "Northcote Banking Group"),
        ),
    ],
)
def test_bodies_the_story_counts_as_two_are_two(paragraph, halves):
    actors = _actors(paragraph)
    for half in halves:
        assert actors.get(half) == "organization", actors
    assert not [name for name in actors if " and " in name], actors
    # (one body with "and" in its name, counted by nothing, stays whole)
    whole = _actors("Officers from Avon and Somerset Police arrested a 31-year-old man.")
    assert whole.get("Avon and Somerset Police") == "organization"
    assert "Somerset Police" not in whole


@pytest.mark.parametrize(
    ("paragraph", "measure"),
    [
        ("Demand fell sharply in the second quarter, the company said.", "Demand"),
        ("Turnover slipped 4% in the half, the brewer said.", "Turnover"),
        ("Ridership rebounded after the strike, the operator said.", "Ridership"),
        ("Production fell 8% in November, the miner said.", "Production"),
        ("Debt rose to R45 billion, the utility said.", "Debt"),
    ],
)
def test_a_measure_opening_a_sentence_is_not_the_body_that_reports_it(paragraph, measure):
    assert measure not in _actors(paragraph)
    # (a one-word firm that acts on an object, or moves to a loss, is still the body)
    assert _actors("Marlowe cut 450 jobs, the company said.").get("Marlowe") == "organization"
    assert (
        _actors("Kelvora slumped to a loss of $12 million, the company said.").get("Kelvora")
        == "organization"
    )


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        (
            "Lerato Mokoena, of the Gauteng Taxi Council, said drivers would strike.",
            "Lerato Mokoena",
        ),
        (
            "Chidera Obi, of the Federal Road Safety Corps, said the crash happened at dawn.",
            "Chidera Obi",
        ),
    ],
)
def test_a_name_set_off_by_the_body_of_the_person_is_a_person(paragraph, person):
    assert _actors(paragraph).get(person) == "person"
    # (a firm set off by its group is still a firm)
    assert (
        _actors("Vantage Logistics, of the Harrow Group, said it would cut jobs.").get(
            "Vantage Logistics"
        )
        == "organization"
    )


@pytest.mark.parametrize(
    ("paragraph", "firm"),
    [
        ("Retailer Pennywise will close 40 stores after a poor Christmas.", "Pennywise"),
        ("Developer Ashgrove has bought the site for $40 million.", "Ashgrove"),
    ],
)
def test_a_one_word_firm_after_its_trade_opening_the_sentence_is_an_actor(paragraph, firm):
    assert _actors(paragraph).get(firm) == "organization"
    # (a person after a trade noun stays a person)
    assert _actors("Brewer Tom Hallett said prices would rise.").get("Tom Hallett") == "person"


@pytest.mark.parametrize(
    ("paragraph", "firm"),
    [
        ("Kelmore has agreed to buy its smaller rival for $300 million.", "Kelmore"),
        ("Zentaro wants to double its output by 2030.", "Zentaro"),
    ],
)
def test_a_one_word_firm_whose_chosen_act_is_its_own_is_an_actor(paragraph, firm):
    assert _actors(paragraph).get(firm) == "organization"
    # (a raising verb says nothing of who acts: "Time" is no body)
    assert "Time" not in _actors("Time seemed to lose its meaning in the lockdown.")


@pytest.mark.parametrize("firm", ["Wendra", "Dunara"])
def test_a_one_word_firm_the_recognizer_calls_a_place_is_the_company(firm):
    paragraph = (
        f"Australian grain handler Marella agreed to merge with smaller rival {firm} in an "
        f"all-share deal. {firm} shares jumped 19% to A$3.41, while Marella fell 2.6%. "
        f"{firm}'s chairman, Declan Whitby, said the board backed the offer. Small investors "
        f"in {firm} were worried, a shareholder group said."
    )
    assert _actors(paragraph).get(firm) == "organization"
    # (a town with a mayor and residents stays no body)
    town = _actors(
        "Floods hit Lismore on Monday. Lismore's mayor said the town would rebuild. "
        "Lismore residents were evacuated."
    )
    assert town.get("Lismore") != "organization"
