"""Round 9d, a place sized by its people: "Thornby Moor, a market town of 9,000 people"
and "the island, home to 2,300 people" give the place's population, not "town of
people"; a body or a crowd of people is no place ("a firm of 40 people", "a crowd of
30,000 people"). Every sentence here is synthetic, written for these tests (invented
places and bodies), across broadsheet, local, wire, broadcaster and tabloid styles."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> dict[str, FoundFigure]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _words(phrase: str) -> set[str]:
    return {w.strip(",.:()").casefold() for w in phrase.split()}


# synthetic: (text, figure text, words its measures must hold)
CASES = [
    # retail, broadsheet: the place named before its description
    (
        "In Hollin Bridge, a Cumbrian market town of 9,000 people, two chains run the only"
        " large supermarkets.",
        "9,000",
        {"population", "hollin", "bridge"},
    ),
    # weather, local
    (
        "Pellow, a fishing village of 800 residents, was cut off by the flood.",
        "800",
        {"population", "pellow"},
    ),
    # health, broadcaster: "home to"
    (
        "The island, home to 2,300 people, has one doctor.",
        "2,300",
        {"population", "island"},
    ),
    # culture, tabloid: no name
    (
        "Should a city of 140,000 people spend £38m on a concert hall?",
        "140,000",
        {"population", "city"},
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted"), CASES)
def test_a_place_sized_by_its_people_gives_its_population(
    text: str, figure: str, wanted: set[str]
) -> None:
    found = _figures(text)
    assert figure in found, sorted(found)
    assert wanted <= _words(found[figure].measures), found[figure].measures


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Tollard Print, a firm of 40 people, went bust on Friday.", "40"),
        ("A crowd of 30,000 people watched the Wexley final.", "30,000"),
    ],
)
def test_a_body_or_a_crowd_of_people_is_no_population(text: str, figure: str) -> None:
    found = _figures(text)
    assert figure in found, sorted(found)
    assert "population" not in _words(found[figure].measures)
