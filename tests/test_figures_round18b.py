"""Round 18b figures: codes, model and event names, and drilled holes, across resources
trade wires, aviation and motoring pages, racing and sport, and profiles.

"Hole KX-23-114 returned": digits ending a hyphened code that opens with letters are the
code's last part. "The 737 Max order", "the 1,000 Guineas winner": a capitalized name
between a number and the singular noun it hangs on is the model or event the number opens.
"United's Class of 92": digits after "<someone>'s X of" name the group. "A 20,000-metre
drilling programme": the metres a programme will drill are its extent, not a thing's size.
"Of the 27 holes completed": in a story of drilling, holes are counted (golf's stay match
detail). "Ashdown, a metallurgist who spent 15 years with a Canadian major,": a span in the
clause describing someone is background.
Every sentence here is synthetic, written for these tests (invented miners, clubs, people
and places of no consequence).
"""

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
        # resources trade wire: a drill hole's code
        ("Hole KX-23-114 returned 18 metres at 14.2 grams per tonne gold.", ["18", "14.2"]),
        # a laboratory sample's code
        ("Sample AB-7-12 returned 3.1% copper.", ["3.1%"]),
    ],
)
def test_digits_ending_a_hyphened_code_are_no_figure(text: str, kept: list[str]) -> None:
    assert _texts(text) == kept
    # a span of years and a range stay read as before
    assert _texts("Prices rose by 10-15 per cent.") == ["10-15 per cent"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # aviation pages: a model's name before the singular noun
        ("The 737 Max order, worth $4bn, was confirmed.", ["$4bn"]),
        # racing pages: grouped digits opening a race's name
        ("The 1,000 Guineas winner was sold for 2 million guineas.", ["2 million"]),
    ],
)
def test_a_number_opening_a_name_before_a_singular_noun_is_no_count(
    text: str, kept: list[str]
) -> None:
    assert _texts(text) == kept
    # a plural after the name is counted
    assert _texts("The 12 Premier League clubs voted on Thursday.") == ["12"]
    assert _texts("The 1,200 Amazon workers walked out.") == ["1,200"]


def test_digits_after_a_possessive_name_of_a_group_name_it() -> None:
    assert _figures("Manchester United's Class of 92 reunited on Sunday.") == []
    # a noun after the digits is counted
    assert _texts("The club's Council of 12 members met.") == ["12"]


def test_the_metres_a_drilling_programme_will_drill_are_its_extent() -> None:
    assert _texts("The company plans a 20,000-metre drilling programme.") == ["20,000"]
    # a thing's glued size only describes it
    assert _figures("A 12-metre whale washed up on the beach.") == []


def test_holes_are_counted_in_a_story_of_drilling() -> None:
    drilling = (
        "Step-out drilling at the Marrak deposit continued in the quarter. "
        "Assays are pending for a further eight holes."
    )
    assert "eight" in _texts(drilling)
    assert _texts("The drill rig completed 12 holes in May.") == ["12"]
    # golf's holes stay the detail of a round
    golf = _texts("Dunleavy led the Kilbrack Open after 54 holes.")
    assert not any("54" in figure for figure in golf)


def test_a_span_in_a_clause_describing_someone_is_background() -> None:
    text = (
        "Ashdown, a metallurgist who spent 15 years with a Canadian gold major, took "
        "over as managing director in 2021."
    )
    assert _figures(text) == []
    # the story's own span stays
    assert _texts("Vance, a former soldier who served in the Paras, was jailed for six years.") == [
        "six years"
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # local football report: the verb of ending right before the score
        ("The match finished 1-1.", ["1-1"]),
        ("It finished 2-2 at Brinton Park, with Vance scoring late.", ["2-2"]),
        # broadcaster, hockey: after extra time
        ("The game ended 3-3 after extra time.", ["3-3"]),
    ],
)
def test_a_score_after_the_verb_of_ending_is_the_result(text: str, kept: list[str]) -> None:
    assert _texts(text) == kept
    # a half ending is a pause, not the result
    assert _figures("The first half ended 1-0 to Rovers.") == []


@pytest.mark.parametrize(
    "text",
    [
        # courts wire: the number of a count on the indictment
        "Renshaw pleaded guilty to count 3 on the indictment.",
        "Vance pleaded guilty to count 7 at Harlow Crown Court.",
        "Okafor denies counts 1 and 3 of the indictment.",
    ],
)
def test_the_number_of_a_count_on_an_indictment_is_a_label(text: str) -> None:
    assert _figures(text) == []
    # how many counts someone faces stays a figure
    assert _texts("Renshaw was charged with 14 counts of fraud.") == ["14"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # local paper, hospital: numbered wards after the plural noun
        ("Wards 5 and 6 reopened on Monday.", []),
        # auction report: lot numbers
        ("Lots 12 and 14 sold for £8,000 each.", ["£8,000"]),
        # resources trade wire: a run of drill holes
        ("Holes 23 to 27 tested the eastern zone.", []),
    ],
)
def test_numbers_after_a_plural_noun_are_labels_to_the_last(text: str, kept: list[str]) -> None:
    assert _texts(text) == kept
    # a span or a range after a verb stays one figure
    assert _texts("He jailed the brothers for 5 and 6 years.") == ["5 and 6 years"]
