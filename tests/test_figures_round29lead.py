"""Round 29 (the lead): times of day written as a 24-hour clock where earlier rounds
missed them, as a timeline's label ("Friday, 20:00: Crews close the pipeline") and in
the South African and French style ("until 23h00"), are no figures; race clocks,
counts and amounts beside them stay.

Every passage here is synthetic, written for these tests (invented utilities, towns and
people), in South African, Kenyan, Singaporean, British, Canadian and US copy."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Friday, 20:00: The utility closes the pipeline and work begins.",
        "Saturday, 06:00: Tankers start delivering water to the worst-hit suburbs.",
        "Monday 02:00 - Bulk supply is expected to be restored.",
        "09:30: The first train leaves the depot, the operator said.",
        "Load-shedding will run from 16h00 until 22h00 on weekdays, Eskona said.",
        "Trains will run until 23h00 during the festival, the city said.",
        "At 20h30 the curfew began and the streets emptied.",
    ],
)
def test_a_clock_time_is_no_figure(text):
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Friday, 20:00: Crews will replace 38 valves on the main pipeline.", "38"),
        ("From 16h00, about 120,000 households in Soweto lost power.", "120,000"),
        ("Wanjiru won the marathon in 2:14:38, a course record.", "2:14:38"),
        ("She won the 1500m in 3:58.21, the fastest time in the world this year.", "3:58.21"),
    ],
)
def test_counts_and_race_clocks_beside_them_stay(text, digits):
    assert any(digits in f.text for f in _figures(text))
