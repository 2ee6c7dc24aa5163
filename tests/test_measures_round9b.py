"""Round 9b, a count "of them": "received 4,120 applications and approved 3,300 of them"
counts applications (approved), not "them", in its sentence or the one after the count;
a share "of them" is left to the share rules. Every sentence here is synthetic, written
for these tests (invented people, bodies and places), across local, wire, broadcaster,
trade and tabloid styles."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> dict[str, FoundFigure]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _words(phrase: str) -> set[str]:
    return {w.strip(",.:()").casefold() for w in phrase.split()}


# synthetic: (text, figure text, the counted unit, words its measures must hold)
CASES = [
    # planning, local: the count in the sentence before
    (
        "Ashcombe council received 4,120 planning applications last year. It approved 3,300"
        " of them.",
        "3,300",
        "applications",
        {"applications", "approved"},
    ),
    # crime, wire
    (
        "Police stopped 612 drivers over the weekend and breathalysed 540 of them.",
        "540",
        "drivers",
        {"drivers", "breathalysed"},
    ),
    # education, broadcaster: a count with an adjective after it
    (
        "Of the 96 schools inspected in Kellby, inspectors rated 71 of them good.",
        "71",
        "schools",
        {"schools", "rated"},
    ),
    # aviation, trade: "them" inside the clause
    (
        "Skyrill cancelled 180 flights on Monday and rebooked passengers on 150 of them.",
        "150",
        "flights",
        {"flights", "rebooked"},
    ),
    # retail, tabloid: as subject
    (
        "The Hartwell chain, which runs 212 shops, said 46 of them would close.",
        "46",
        "shops",
        {"shops", "close"},
    ),
]


@pytest.mark.parametrize(("text", "figure", "unit", "wanted"), CASES)
def test_a_count_of_them_counts_the_count_before(
    text: str, figure: str, unit: str, wanted: set[str]
) -> None:
    found = _figures(text)
    assert figure in found, sorted(found)
    assert found[figure].unit == unit
    assert wanted <= _words(found[figure].measures), found[figure].measures
    assert "them" not in _words(found[figure].measures)


def test_a_share_of_them_keeps_its_own_unit() -> None:
    found = _figures("The Dunmore trust employs 8,200 nurses, and 14% of them are agency staff.")
    assert found["14%"].unit == "percent"
    assert "nurses" in _words(found["14%"].measures)
