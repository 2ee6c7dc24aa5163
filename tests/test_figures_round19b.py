"""Round 19b figures: a vehicle's build and a quake's magnitude, across motoring pages,
trade titles, wires and politics.

"A five-seat estate", "an eight-speed gearbox", "four-wheel drive": a small number of
seats, doors, gears or cylinders in a compound before a noun says what kind of vehicle it
is, not a figure of the story ("a five-seat majority" and "a 46-seat coach" stay).
"The quake, of magnitude 6.2, struck": a reading on a scale after "of" is the measured
thing's figure, not a label like "on page 14". "A job that takes about 40 minutes", "the
first crew took 14 minutes to arrive": minutes something takes are news ("talks lasted 30
minutes" stays colour). "Its 0-62mph time is 5.9 seconds": the speeds before the
test's noun name the test, as "0-62mph in 3.9 seconds" already did. "The firm drilled 27
holes": holes a verb drills make a story of drilling, where holes are counted (a golfer's
"drilled her tee shot" does not). "Her 18-month-old son was unhurt": a baby's age in
months or weeks is told in passing as "her 12-year-old son" is (a death keeps it).
Every sentence here is synthetic, written for these tests (invented carmakers, models,
people and places of no consequence).
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
        # motoring broadsheet: the seats name the kind of car, the price stays
        ("The Corvane ES7 is a five-seat electric estate priced from £41,995.", ["£41,995"]),
        # motoring trade title: the gears of a gearbox
        ("The hatch gets an eight-speed automatic gearbox and costs £27,500.", ["£27,500"]),
        # farming weekly: the driven wheels of a pickup
        ("The firm's four-wheel-drive pickup was recalled.", []),
        # regional paper: four-wheel drive written apart
        ("The van has four-wheel drive as standard.", []),
    ],
)
def test_a_vehicle_s_build_in_a_compound_is_no_figure(text: str, kept: list[str]) -> None:
    assert _texts(text) == kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # politics wire: a majority of seats is the story's figure
        ("Labour won a five-seat majority in the council.", 5),
        # local paper: a large coach's size the story tells
        ("The firm's 46-seat coach overturned on the bypass.", 46),
    ],
)
def test_a_seat_majority_and_a_large_size_stay(text: str, value: float) -> None:
    assert [f.value for f in _figures(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value", "thing"),
    [
        # wire disaster: the reading set off by commas
        ("The quake, of magnitude 6.2, struck at dawn near Korvala.", 6.2, "quake"),
        # Irish broadcaster: a small tremor
        ("A tremor of magnitude 4.1 was felt across the county.", 4.1, "tremor"),
    ],
)
def test_a_reading_of_magnitude_after_of_is_a_figure(text: str, value: float, thing: str) -> None:
    found = [f for f in _figures(text) if f.value == value]
    assert len(found) == 1
    assert thing in found[0].measures
    # a label after a bare noun stays no figure
    assert _texts("The story ran on page 14 of the paper.") == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # motoring page: how long a recall's repair takes
        (
            "Dealers will replace the connector, a job that takes about 40 minutes.",
            "about 40 minutes",
        ),
        # consumer page: a rapid charge
        ("Each charge takes around 30 minutes at a motorway charger.", "around 30 minutes"),
        # local paper: a response time
        ("The first crew took 14 minutes to arrive at the blaze.", "14 minutes"),
    ],
)
def test_minutes_something_takes_are_a_figure(text: str, kept: str) -> None:
    assert _texts(text) == [kept]
    # how long talks lasted stays colour
    assert _texts("Talks at the depot lasted 30 minutes.") == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # motoring magazine: the test named by its speeds, then its time
        ("The hatch's 0-62mph time is 5.9 seconds.", ["5.9 seconds"]),
        # motoring trade title: a sprint
        ("Its 0-60mph sprint takes 4.1 seconds, the maker says.", ["4.1 seconds"]),
    ],
)
def test_speeds_before_a_test_s_noun_are_no_figure(text: str, kept: list[str]) -> None:
    assert _texts(text) == kept


def test_holes_a_verb_drills_are_counted() -> None:
    # resources trade wire: the verb alone tells the drilling
    assert _texts("Brackla Minerals drilled 27 holes at the site last year.") == ["27"]
    # golf report: a drilled shot leaves the round's holes uncounted
    assert _texts("She drilled her tee shot on the 14th of 18 holes.") == []


@pytest.mark.parametrize(
    "text",
    [
        # local paper crime: a child's age in months
        "Her 18-month-old son was unhurt in the crash.",
        # tabloid: a baby's age in weeks
        "A six-week-old baby was taken to hospital as a precaution.",
    ],
)
def test_a_baby_s_age_in_months_or_weeks_is_told_in_passing(text: str) -> None:
    assert _texts(text) == []
    # a death keeps the age, as it does a person's in years
    assert [f.value for f in _figures("An 18-month-old girl died in the fire.")] == [18]
