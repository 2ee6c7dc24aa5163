"""Round 24e figures: what round 23 left open in the issue's class 6, and fresh variants.

A time of day written bare after a preposition of time ("Talks resumed at 10.30 on
Monday") is no figure, while a price or a level put at a number ("Sterling closed at 1.25
on Friday", "Petrol rose to 1.72 a litre") stays one; a length told of a noun by a word of
a dimension ("Waves as high as 9m") measures that noun's height; "The height of the waves
reached 12m" is metres. Every sentence here is synthetic, written for these tests
(invented people, firms and places of no consequence).
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _one(text: str, value: float) -> FoundFigure:
    found = [f for f in _figures(text) if abs(f.value - value) <= abs(value) * 1e-6]
    assert len(found) == 1, (text, _figures(text))
    return found[0]


@pytest.mark.parametrize(
    ("clock", "price", "value"),
    [
        # UK broadcaster, industrial talks; UK wire, currencies
        ("Talks resumed at 10.30 on Monday.", "Sterling closed at 1.25 on Friday.", 1.25),
        # Irish local, a court list; Indian business daily, fuel
        (
            "The hearing will restart at 2.15 on Thursday afternoon.",
            "Petrol rose to 1.72 a litre on Monday.",
            1.72,
        ),
        # Nigerian wire, negotiations; Australian trade copy, a share price with no sign
        (
            "Negotiators met again at 9.45 yesterday but broke up without a deal.",
            "Shares in Kellow Mining closed at 10.30 on Monday, up 4%.",
            10.30,
        ),
        # Canadian local, an election night; US wire, a currency against another
        ("Polls close at 8.30 tonight.", "The euro fell to 1.08 against the dollar.", 1.08),
        # Singapore trade copy: a listing's price with a verb of change's cousin
        ("Trading was halted at 11.20.", "The rand weakened to 18.45 against the dollar.", 18.45),
        # Australian local, transport; Singapore broadsheet, a court; US wire, a rescue
        ("The last train leaves at 11.45 each night.", "Sterling closed at 1.25 on Friday.", 1.25),
        (
            "Jurors retired at 12.50 to consider their verdict.",
            "The euro fell to 1.08 against the dollar.",
            1.08,
        ),
        (
            "Rescue crews arrived at 3.20 on Sunday morning.",
            "Sterling closed at 1.25 on Friday.",
            1.25,
        ),
    ],
)
def test_a_bare_time_of_day_is_no_figure_but_a_price_put_at_a_number_is(
    clock: str, price: str, value: float
) -> None:
    assert _figures(clock) == []
    _one(price, value)


@pytest.mark.parametrize(
    ("text", "value", "measured"),
    [
        # South African local, weather
        ("Waves as high as 9m were recorded off Pelham Point on Sunday.", 9, "height of waves"),
        # Australian broadcaster, surf
        ("Swells as high as 7 metres battered the Korrin coast overnight.", 7, "height of swells"),
        # UK local, a storm
        ("Waves 8m high pounded the coast at Kelso Bay.", 8, "height of waves"),
        # Canadian wire, a border crossing
        ("Queues as long as 2km formed at the Orrin Creek crossing.", 2, "length of queues"),
    ],
)
def test_a_length_told_by_a_dimension_measures_its_noun(
    text: str, value: float, measured: str
) -> None:
    figure = _one(text, value)
    assert figure.measures == measured


def test_the_height_of_the_waves_is_metres_but_the_height_of_a_debt_is_millions() -> None:
    # Irish broadcaster, a storm
    waves = _one("The height of the waves reached 12m off the Dunmore coast on Friday.", 12)
    assert waves.unit == "metres"
    assert "height of the waves" in waves.measures
    assert _one("The height of the debt reached 12m.", 12e6).unit != "metres"


def test_four_of_their_first_six_matches_is_one_figure() -> None:
    # Australian broadcaster, rugby: the whole after "their first" only frames the part
    found = _figures("Bay, who had won four of their first six matches, drop to fifth.")
    assert [f.value for f in found] == [4]
    # Irish local, GAA: "opening" frames it the same way
    found = _figures("Kilbrack lost two of their opening three games in the league.")
    assert [f.value for f in found] == [2]


def test_a_bare_hour_after_at_is_no_figure_but_a_level_at_a_number_is() -> None:
    # Irish local, GAA fixtures; Australian local, a shop; Canadian broadcaster, talks
    assert _figures("The match kicks off at 3 on Saturday.") == []
    assert _figures("The shop opens at 9 each morning.") == []
    assert _figures("The meeting resumed at 11 on Tuesday.") == []
    # Nigerian wire, a disaster's toll and US wire, an index: a level told with "at"
    _one("The death toll is at 9, the agency said.", 9)
    _one("Inflation remained at 3 in May.", 3)
    # a count after "at" is no hour
    _one("Police called at 3 homes in Tarrow Street.", 3)


@pytest.mark.parametrize(
    "text",
    [
        # Singapore wire, Formula One
        "Lap 44 of 57 saw Norris pit for mediums.",
        # Malaysian trade copy, motorsport
        "Tan won Race 3 of 10 at Sentul on Sunday.",
        # French-wire-style cycling report in English
        "Stage 14 of 21 finishes on the Col de Varenne.",
    ],
)
def test_the_run_after_a_step_named_by_its_number_is_no_figure(text: str) -> None:
    assert _figures(text) == []
