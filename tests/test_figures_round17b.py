"""Round 17b figures: model numbers, named services and races that are not counts, across
aviation trade pages, local police appeals, racing pages and motoring news.

"Lease three 787-9s", "the carrier's 787-9 fleet": an airliner's model and variant after a
count in words or any possessive (not only after "the", digits or a capitalized maker).
"The 747 jumbo jet made its final flight": digits the recognizer reads as a product's
name, counting no plural noun. "Call the 101 non-emergency number", "the 101 online
service": a service number with a word between it and the service. "Won the 1,000
Guineas": grouped digits after "the" opening a race's name.
Every sentence here is synthetic, written for these tests (invented airlines, people,
horses and places of no consequence)."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _texts(text: str) -> list[str]:
    return [f.text for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # aviation trade: a count in words, then the model and its variant
        ("Corvane Air will also lease three 787-9s for its long-haul routes.", ["three"]),
        # a common noun's possessive before the model
        ("The carrier's 787-9 fleet flew 1.2 million passengers.", ["1.2 million"]),
        ("The airline's 737-8 jets carried 4,100 passengers a day.", ["4,100"]),
    ],
)
def test_an_airliner_variant_after_a_word_count_or_a_possessive_is_no_figure(
    text: str, kept: list[str]
) -> None:
    assert _texts(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        # local paper, police appeal
        "Residents were urged to call the 101 non-emergency number with information.",
        "Police urged witnesses to call the 101 non-emergency line.",
        "People were told to use the 101 online service to report the damage.",
    ],
)
def test_a_service_number_with_a_word_before_the_service_is_dialled(text: str) -> None:
    assert _figures(text) == []
    # counts of operators and lines with a word before the noun stay (no "the" before)
    assert _texts("The firm hired 213 part-time operators.") == ["213"]
    assert _texts("The firm opened 213 phone lines.") == ["213"]


def test_digits_the_recognizer_reads_as_a_product_name_are_no_count() -> None:
    # aviation broadcaster: a model's number before the singular noun it names
    assert _figures("The 747 jumbo jet made its final passenger flight for the airline.") == []
    # a count of a plural stays
    assert _texts("Qantas ordered 12 A350-1000 jets for its nonstop flights.") == ["12"]


@pytest.mark.parametrize(
    "text",
    [
        # racing page: grouped digits open the race's name
        "She won the 1,000 Guineas at Newmarket on her third start.",
        "He won the 2,000 Guineas on the colt last spring.",
    ],
)
def test_grouped_digits_after_the_opening_a_race_s_name_are_no_figure(text: str) -> None:
    assert _figures(text) == []
    # wire: a plural demonym after "the" is counted
    assert _texts("The 1,500 Britons were flown home on Tuesday.") == ["1,500"]


@pytest.mark.parametrize(
    "text",
    [
        # rail, local paper: a train's code glued to its digits
        "Train 2S45 stopped short of the platform at Kelby.",
        # motorsport wire: a race named by a title-cased unit and its place
        "He finished second in the 24 Hours of Le Mans last year.",
        "She won the 12 Hours of Sebring with a new team-mate.",
        # business broadsheet: a list named by an age bound
        "She was named in the Forbes 30 Under 30 list for Europe.",
    ],
)
def test_codes_races_and_lists_named_with_digits_are_no_figures(text: str) -> None:
    assert _figures(text) == []
    # a duration in lower case counts
    assert _texts("The race lasted 24 hours and ended in rain.") == ["24 hours"]


def test_two_of_what_a_body_holds_is_a_figure() -> None:
    # aviation trade: a part of the airline's fleet
    figures = _figures("Two of its older A320s were grounded for most of the summer.")
    assert [f.text for f in figures] == ["Two"]
    # retail wire
    assert _texts("The chain shut two of its stores in Kelby.") == ["two"]
    # colour: a pair of people someone spoke to stays out
    assert _figures("She spoke to two of their neighbours.") == []


@pytest.mark.parametrize(
    "text",
    [
        # motoring page: a model named by digits
        "The 911 topped the chart for the third month running.",
        # aviation broadcaster
        "The 747 landed safely at Kelby.",
        # courts wire: a group counted before
        "The 33 walked free.",
    ],
)
def test_digits_after_the_as_the_subject_count_nothing_new(text: str) -> None:
    assert _figures(text) == []
    # a count of a noun after "the" stays
    assert _texts("The 300 workers crossed the line.") == ["300"]
