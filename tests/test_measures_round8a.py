"""Round 8a, what a figure measures in statistics releases: a change told after the amount
on a copula ("exports were 3% down on last year" is a fall in exports on last year, not the
exports themselves), an amount written with a glued scale letter ("the 1.92m offers": no
stray "m" in the next figure's measure), a comparison set after a count ("1,240 burglaries,
15 per cent fewer than in 2024": the fall in burglaries, not "fewer"), a "not" in the
counted clause ("have not renewed": the meaning must not flip), the whole of a partitive
("12 of the 300 pubs in the county": the pubs in the county, not "12's pubs"), a fraction
told as a change ("fell by a quarter") and a count defined by a span of time ("waiting
more than a year for a hearing" is not cut to "waiting more than a").
Every sentence here is synthetic, written for these tests (invented names, bodies and
places), across wire, trade, local, broadsheet, broadcaster and tabloid styles."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> dict[str, FoundFigure]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _words(phrase: str) -> set[str]:
    words = (w.strip(",.:()").casefold() for w in phrase.split())
    return {w.removesuffix("'s").removesuffix("’s").strip("'’") for w in words}


# synthetic: (text, figure text, words its measures must hold, words it must not hold)
CASES = [
    # business, wire: a change told after the amount, on a copula
    (
        "Exports of malt whisky were 3% down on last year.",
        "3%",
        {"fall", "exports", "whisky", "last", "year"},
        set(),
    ),
    # transport, broadcaster
    (
        "Passenger numbers at Kettleby port were 11 per cent up on 2024.",
        "11 per cent",
        {"rise", "passenger", "numbers", "2024"},
        set(),
    ),
    # retail, trade: the amount before has a glued scale letter ("2.4m")
    (
        "The 2.4m parcels handled by Swiftpost in December were 6% up on a year earlier.",
        "6%",
        {"rise", "parcels", "earlier"},
        {"m"},
    ),
    # crime, local: a comparison set after a count
    (
        "Police recorded 1,240 burglaries in Ashcombe last year, 15 per cent fewer than in 2024.",
        "15 per cent",
        {"fall", "burglaries", "2024"},
        set(),
    ),
    # housing, wire
    (
        "Lenders approved 61,300 mortgages in May, 9% more than a year earlier.",
        "9%",
        {"rise", "mortgages", "earlier"},
        set(),
    ),
    # statistics, broadcaster
    (
        "There were 412,000 registered cars on the island, 7 per cent more than in 2019.",
        "7 per cent",
        {"rise", "cars", "2019"},
        set(),
    ),
    # sport, tabloid: a "not" in the counted clause
    (
        "A third of Rovers' season-ticket holders have not renewed.",
        "A third",
        {"season-ticket", "holders", "not", "renewed"},
        set(),
    ),
    # politics, broadsheet
    (
        "Some 420 of the party's members did not vote in the leadership ballot.",
        "Some 420",
        {"members", "not", "vote"},
        set(),
    ),
    # hospitality, local: the whole of a partitive
    (
        "Only 12 of the 300 pubs in Wexcombe county serve hot food.",
        "300",
        {"pubs", "county"},
        {"12"},
    ),
    # manufacturing, wire
    (
        "Some 80 of the 2,100 staff at the Dunmere plant will lose their jobs.",
        "2,100",
        {"staff", "plant"},
        {"80"},
    ),
    # justice, broadsheet: a count defined by a span of time
    (
        "The number of defendants waiting more than a year for a trial has fallen to 3,900.",
        "3,900",
        {"defendants", "waiting", "year", "trial"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "figure", "must", "must_not"), CASES)
def test_measures_of_statistics_release_figures(
    text: str, figure: str, must: set[str], must_not: set[str]
) -> None:
    figures = _figures(text)
    assert figure in figures, sorted(figures)
    words = _words(figures[figure].measures)
    assert must <= words, figures[figure].measures
    assert not (must_not & words), figures[figure].measures


# synthetic: a fraction told as a change, by how much
@pytest.mark.parametrize(
    ("text", "figure", "must"),
    [
        (
            "Ticket sales at the Marlow Playhouse were down by a quarter on last season.",
            "a quarter",
            {"ticket", "sales"},
        ),
        ("Brenford council has cut its road repair budget by a third.", "a third", {"budget"}),
        (
            "Applications from overseas fell by a fifth, the admissions body said.",
            "a fifth",
            {"applications"},
        ),
    ],
)
def test_a_fraction_told_as_a_change_is_a_figure(text: str, figure: str, must: set[str]) -> None:
    figures = _figures(text)
    assert figure in figures, sorted(figures)
    assert must <= _words(figures[figure].measures), figures[figure].measures


def test_a_third_party_is_no_fraction() -> None:
    """ "by a third party" names who, not how much."""
    figures = _figures("The accounts were checked by a third party before the vote.")
    assert not figures, sorted(figures)
