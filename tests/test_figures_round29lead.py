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


# How long a stoppage or a state went on is news ("play was held up for four minutes");
# how long someone did something is colour (round 29's lead narrowed the "for" reading
# that its figures pass made general).
@pytest.mark.parametrize(
    ("text", "digits", "kept"),
    [
        ("Medics fought for 30 minutes on Monday to save the soldier.", "30", False),
        ("The two leaders talked for 45 minutes before the summit dinner.", "45", False),
        ("Fans sang for 10 minutes after the final whistle in Durban.", "10", False),
        ("Power was out for 40 minutes across the east of Nairobi.", "40", True),
        ("The meeting was adjourned for 15 minutes after a protest.", "15", True),
        ("Traffic on the M4 was halted for 25 minutes after the crash.", "25", True),
    ],
)
def test_a_stoppage_length_is_news_and_an_activity_length_is_colour(text, digits, kept):
    assert any(digits in f.text for f in _figures(text)) is kept
