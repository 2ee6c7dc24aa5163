"""Round 25e figures: what round 24 left open in the issue's class 6, and fresh variants.

Every passage here is synthetic, written for these tests (invented people, firms and
places of no consequence), across US, Australian, Irish, Nigerian, Indian, Canadian,
Singaporean and British copy.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _values(text: str) -> list[float]:
    return [f.value for f in _figures(text)]


@pytest.mark.parametrize(
    ("clock", "price", "value"),
    [
        # Australian local, a gig; UK wire, currencies
        ("Doors open at 7.30 for the Saturday show.", "Sterling closed at 1.25 on Friday.", 1.25),
        # US local, a library's hours; Singapore trade copy, a share price with no sign
        (
            "The library will open at 10 on Saturdays from next month.",
            "Shares in Kellow Mining closed at 10.30 on Monday.",
            10.30,
        ),
        # Irish broadcaster, a council meeting; South African wire, a currency
        (
            "The session ended at 11.15 after a walkout.",
            "The rand ended at 18.45 against the dollar.",
            18.45,
        ),
        # Singapore local, a store's hours told by two verbs; Australian trade copy
        (
            "The store opens at 8 on weekdays and closes at 9.30.",
            "Shares opened at 10.20 and closed at 11.45.",
            11.45,
        ),
        # Indian local, a street market in a heatwave; UK wire, currencies
        (
            "The market closed at 3.30 because of the heat.",
            "Sterling closed at 1.25 on Friday.",
            1.25,
        ),
        # Nigerian local, a market's trading day; Canadian business copy, a stock
        (
            "The consultation will close at 4.30 on Friday, the council said.",
            "The stock finished at 12.40, down 3%.",
            12.40,
        ),
    ],
)
def test_a_clock_time_after_open_or_close_is_no_figure_unless_a_price_closes(
    clock: str, price: str, value: float
) -> None:
    assert _figures(clock) == []
    assert value in _values(price)


@pytest.mark.parametrize(
    ("clock", "level", "value"),
    [
        # UK local, police advice; South African wire, a currency
        (
            "The kick-off has been brought forward to 6.45 on police advice.",
            "The rand moved to 18.45 against the dollar.",
            18.45,
        ),
        # Irish local, a hearing; US trade copy, a price target
        (
            "The hearing was postponed to 3.15 because of a fire alarm.",
            "Its price target was moved to 12.50 by analysts.",
            12.50,
        ),
        # Australian broadcaster; Indian wire; Nigerian sport
        ("Kick-off was moved to 12.30 for television.", "Sterling closed at 1.25 on Friday.", 1.25),
        (
            "The flight was delayed to 9.40 after a crew shortage.",
            "The rand moved to 18.45 against the dollar.",
            18.45,
        ),
        ("The match was switched to 5.30 on Sunday.", "Sterling closed at 1.25 on Friday.", 1.25),
    ],
)
def test_a_clock_time_a_thing_is_moved_to_is_no_figure_but_a_level_moved_to_is(
    clock: str, level: str, value: float
) -> None:
    assert _figures(clock) == []
    assert value in _values(level)


@pytest.mark.parametrize(
    ("standing", "record", "value"),
    [
        # UK local football; Irish rugby; Australian golf
        (
            "Kellow sit top of the table after seven rounds.",
            "Okafor has scored 10 goals after 12 games.",
            10,
        ),
        (
            "Marsh leads the championship after four rounds.",
            "Okafor has scored 10 goals after 12 games.",
            10,
        ),
        # Nigerian league; Canadian hockey
        (
            "After six matches Dunmore are third in the standings.",
            "The deal came after seven rounds of talks.",
            7,
        ),
        (
            "The Wolves are unbeaten after 12 games this season.",
            "Okafor has scored 10 goals after 12 games.",
            12,
        ),
        # Irish GAA; South African football; a cycling tour
        (
            "Kerry remain unbeaten after five rounds of the league.",
            "The deal came after seven rounds of talks.",
            7,
        ),
        (
            "She lies second after three stages of the Tour.",
            "Okafor has scored 10 goals after 12 games.",
            10,
        ),
    ],
)
def test_the_rounds_played_frame_a_standing_but_not_a_record(
    standing: str, record: str, value: float
) -> None:
    assert _figures(standing) == []
    assert value in _values(record)


@pytest.mark.parametrize(
    "text",
    [
        # US local transit; Singapore broadcaster, an airport; Irish local, roadworks
        "A spokesperson for the agency said riders should allow an extra 15 minutes.",
        "Passengers should allow an extra 30 minutes at Changi, the airport said.",
        "Motorists were told to allow 20 minutes more for the detour.",
    ],
)
def test_time_travellers_are_told_to_allow_is_a_figure(text: str) -> None:
    (figure,) = _figures(text)
    assert figure.unit == "minutes"
