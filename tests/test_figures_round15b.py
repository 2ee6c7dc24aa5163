"""Round 15b figures: what an editor would not keep from a grand prix, a darts final, a
court of appeal, a literary prize or a housing page, and what the penalty in seconds is.

"A four-room flat", "a five-room HDB flat" name a home's type (not "a 30-room hotel");
"double 16", "treble 20" name a bed of the dartboard; "a three-judge panel", "a shortlist
of six" size a bench or a prize's list (not "a panel of 12 critics", whom a story counts);
"the 49ers", "the Philadelphia 76ers" are teams; "Flight 370 vanished" names a flight, its
noun opening the sentence; "Ferreira, who turned professional in 2014, is 28" is an age,
"who" making a person of a name the recognizer does not read as one. "A five-second
penalty" is how long a penalty is, a figure of the race.
Every sentence here is synthetic, written for these tests (invented people, teams, firms
and places of no consequence)."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _values(text: str) -> set[float]:
    return {f.value for f in _figures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # Singapore broadsheet housing page
        "The family live in a four-room flat in Tampines.",
        "Each five-room flat has its own balcony.",
        # darts tabloid
        "Van Lierop hit double 16 to win the leg.",
        "Van Lierop needed treble 20 and double 12 to finish.",
        # courts wire, Indian broadsheet
        "A three-judge panel heard the appeal on Tuesday.",
        "A five-judge bench of the high court reserved its order.",
        # arts broadsheet
        "The novel is on a shortlist of six announced on Thursday.",
        # US sport wire
        "The 49ers beat the Rams in overtime.",
        "The Philadelphia 76ers traded their point guard.",
        # aviation wire: a flight's number, its noun opening the sentence
        "Flight 370 vanished in 2014.",
        # golf wire: an age, "who" making a person of the name
        "Ferreira, who turned professional in 2014, is 28.",
    ],
)
def test_names_types_and_sizes_of_a_bench_are_no_figures(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a hotel's rooms are its size; the flat's rooms name its type
        (
            "The family live in a four-room flat opposite the 30-room hotel that opens in"
            " the spring.",
            {30},
        ),
        # the critics on a panel are counted; the judges of an appeal are not
        (
            "A three-judge panel upheld the result, which a panel of 12 critics had voted for.",
            {12},
        ),
        # "double" the verb before a count, not a bed of the board
        ("The airline will double 12 of its routes after Van Lierop hit double 16.", {12}),
        (
            "The council will double 16 parking charges; Van Lierop needed treble 20 and"
            " double 12 to finish.",
            {16},
        ),
        # a bare number after a noun inside the sentence stays a count
        ("Flight 370 vanished, and the airline said 214 flights were cancelled.", {214}),
        # a flat's price stays
        (
            "Each five-room flat has a balcony, and one sold for S$1.2 million, a record.",
            {1_200_000},
        ),
    ],
)
def test_counts_beside_them_stay(text: str, kept: set[float]) -> None:
    assert _values(text) == kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # motorsport wire
        ("The stewards gave Rinaldi a five-second penalty for leaving the track.", 5),
        # ice hockey local
        ("Lindqvist was handed a two-minute penalty for tripping.", 2),
    ],
)
def test_a_penalty_in_time_is_a_figure(text: str, value: float) -> None:
    figures = _figures(text)
    assert [f.value for f in figures] == [value]
    assert "penalty" in figures[0].measures


@pytest.mark.parametrize(
    "text",
    [
        # markets wire: the digits end the index's name, the noun is what it names
        "Nikkei 225 futures fell in early Asian trade.",
        # aviation wire
        "Boeing 777 jets were grounded after the incident.",
    ],
)
def test_digits_ending_a_name_before_its_noun_are_no_count(text: str) -> None:
    assert _figures(text) == []


def test_a_full_mark_s_scale_is_told_with_the_mark() -> None:
    # local food-safety report: "5 out of 5" is one rating, not two figures
    figures = _figures("The takeaway has a food hygiene rating of 5 out of 5.")
    assert [f.text for f in figures] == ["5"]
    assert "rating" in figures[0].measures


def test_counts_after_a_name_stay() -> None:
    # business wire: "Tesco 500 jobs" counts the jobs (the parse hangs the digits on them)
    assert _values("Nikkei 225 futures fell. Tesco 500 jobs will go.") == {500}


@pytest.mark.parametrize(
    "text",
    [
        # obituary broadsheet: the family someone was born into
        "He was one of 12 children.",
    ],
)
def test_ages_families_and_frames_are_no_figures(text: str) -> None:
    assert _figures(text) == []


def test_children_hurt_stay_beside_a_family() -> None:
    # a crash: the children hurt are counted, the family of twelve is not
    text = "The driver, one of 12 children, hit a bus; 14 children were hurt in the crash."
    assert _values(text) == {14}


def test_the_age_both_of_them_are_is_no_figure() -> None:
    # crime local: the age each of them is (whatever becomes of the count of men)
    assert 23 not in _values("The two men, both 23, were arrested.")
