"""A figure is grounded at its own wording when that wording states its value the way
the figure finder read it (#21, round 32). The family: the finder and the grounding read
one wording two ways, so the pipeline dropped a true figure as "ungrounded" on every
surface (or put its span on another mention of the same value):
- a spelled ordinal ("ninth straight victory", "the fourth cycling death"): round 32's
  rules list runs of results and tallies so far, and no number mention reads a spelled
  ordinal (it is not a quantity);
- glued cents ("47c a litre"), which the grounding read only as "47 cents" or "47¢";
- a bare race clock ("won the 10k in 34:51"), which the grounding left alone as a
  possible time of day even when the figure's value says it is a length.
Synthetic sentences written for this test (invented sides, boroughs and people)."""

from __future__ import annotations

import pytest
from briefsmith.core.grounding import locate_figure
from briefsmith.core.numbers import spoken_value

CASES = [
    # (article, figure text, value)
    (
        "The Kestrel Bay Ospreys won 24-10, their ninth straight victory.",
        "ninth straight victory",
        9,
    ),
    ("It was the fourth cycling death in the borough this year.", "fourth cycling death", 4),
    ("Mendoza's goal gave Rivervale their twenty-first win of the season.", "twenty-first win", 21),
    ("The Lords inflicted the government's twelfth defeat this session.", "twelfth defeat", 12),
]


@pytest.mark.parametrize(("article", "written", "value"), CASES)
def test_a_spelled_ordinal_is_grounded_at_its_own_wording(article, written, value):
    span = locate_figure(written, value, None, article)
    assert span is not None
    assert article[span.start : span.end] == written


def test_the_same_value_elsewhere_does_not_take_the_span():
    article = "Tevita Fonua ran 5 yards to score. It was the Rams' fifth win in a row."
    span = locate_figure("fifth win in a row", 5, None, article)
    assert span is not None and article[span.start : span.end] == "fifth win in a row"


@pytest.mark.parametrize(
    ("written", "expected"),
    [("second-half goals", None), ("11th home run", None), ("fifth", 5.0), ("Firstly", None)],
)
def test_only_a_spelled_ordinal_word_opening_the_figure_states_a_value(written, expected):
    # "11th" is a number mention already; "second-half" is no ordinal of a run.
    assert spoken_value(written) == expected


def test_a_spelled_ordinal_that_disagrees_with_the_value_is_not_grounded_there():
    article = "The Ospreys won 24-10, their ninth straight victory."
    assert locate_figure("ninth straight victory", 8, None, article) is None


@pytest.mark.parametrize(
    ("article", "written", "value"),
    [
        ("Diesel will rise by 47c a litre on Tuesday, the ministry said.", "47c", 0.47),
        ("Shares in Harlow Foods slipped 3c to close at 212c.", "3c", 0.03),
        ("Aoife Brennan won the Ballymore 10k in 34:51, a course record.", "34:51", 2091),
        ("Tomasz Wrona crossed the line in 28:07 to take the national title.", "28:07", 1687),
    ],
)
def test_glued_cents_and_a_bare_race_clock_are_grounded_at_their_wording(article, written, value):
    span = locate_figure(written, value, None, article)
    assert span is not None
    assert article[span.start : span.end] == written


def test_a_glued_capital_c_is_a_temperature_not_cents():
    article = "Temperatures reached 20C in Dundee on Sunday."
    assert spoken_value("20C") is None
    assert locate_figure("20C", 0.2, None, article) is None
