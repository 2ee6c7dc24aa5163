"""Round 17c, what a figure measures, from a probe of power-cut, crime-statistics, motor
trade, health, water and politics reports (business wires, broadsheets, local papers,
trade titles): a part told with its total ("38 of its 212 substations") keeps the total
in its measure; a wire's bracketed credit ("(Reuters)") is not the subject of the
dateline's story sentence; a count told "for every 1,000 people" keeps its base in the
measure, and the base is no figure of its own.
Every sentence here is synthetic, written for these tests (invented people, bodies and
places)."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> dict[str, FoundFigure]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _figure(text: str, figure: str) -> FoundFigure:
    found = _figures(text)
    assert figure in found, list(found)
    return found[figure]


# synthetic: (text, the part, the total its measure keeps)
PARTS_OF_A_TOTAL = [
    # energy wire
    ("Cable theft has damaged 38 of its 212 substations this year, the utility said.", "38", "212"),
    # motor trade
    ("Halvern Motors will close 30 of its 212 dealerships by June.", "30", "212"),
    # politics, broadsheet
    ("Only 3 of the 27 member states backed the plan.", "Only 3", "27"),
    # aviation, wire
    ("The airline grounded 26 of its 140 jets after the fault was found.", "26", "140"),
    # local government
    ("Brockway Council has sold 9 of its 31 libraries since 2019.", "9", "31"),
]


@pytest.mark.parametrize(("text", "part", "total"), PARTS_OF_A_TOTAL)
def test_a_part_keeps_its_total_in_the_measure(text: str, part: str, total: str) -> None:
    assert total in _figure(text, part).measures.split()


# synthetic: (text, the figure, a word of the story's subject)
DATELINED = [
    (
        "JOHANNESBURG, Dec 4 (Reuters) - South Africa's energy regulator on Thursday "
        "approved a tariff rise of 12.7% from April.",
        "12.7%",
        "regulator",
    ),
]


@pytest.mark.parametrize(("text", "figure", "subject"), DATELINED)
def test_a_wire_credit_is_not_the_subject(text: str, figure: str, subject: str) -> None:
    measures = _figure(text, figure).measures
    assert "Reuters" not in measures
    assert subject in measures


def test_a_dateline_place_owns_nothing() -> None:
    # central banks, wire: "its" is the bank's, never the dateline's city
    text = (
        "ACCRA, Dec 8 (Reuters) - Ghana's central bank on Wednesday approved a rise of 2% "
        "in its main rate."
    )
    assert "ACCRA" not in _figure(text, "2%").measures


# synthetic: (text, the count, the base)
PER_BASE = [
    # crime statistics, local paper
    ("The town recorded 57 burglaries for every 1,000 people last year.", "57", "1,000"),
    # health, broadcaster
    ("Infant deaths stood at 4 for every 1,000 live births in Marlow Vale.", "4", "1,000"),
    # business survey, wire
    ("Some 57 of every 1,000 small firms surveyed had closed since January.", "Some 57", "1,000"),
]


@pytest.mark.parametrize(("text", "count", "base"), PER_BASE)
def test_a_base_for_every_is_kept_in_the_measure_not_listed(
    text: str, count: str, base: str
) -> None:
    found = _figures(text)
    assert count in found, list(found)
    assert base in found[count].measures
    assert base not in found


def test_a_rand_price_told_per_month_is_money() -> None:
    # energy, business wire: "R98 a month" is rand, though "R445" alone names a road
    found = _figures("The increase would add about R98 a month to the bill of a household.")
    rand = [f for f in found.values() if f.unit == "ZAR"]
    assert rand, list(found)
    assert rand[0].value == 98


# synthetic: (text, the level before, what it measures)
LEVELS_BEFORE = [
    # industrial relations, broadsheet
    ("The number of strikes fell to 1,960 from 2,210 a year earlier.", "2,210", "strikes"),
    # transport, local paper
    ("Passenger numbers at Orlby fell to 3.1 million from 3.4 million.", "3.4 million", "numbers"),
    # energy, business wire: the same unit on both levels
    (
        "Unplanned outages fell to 14,600 megawatts from 16,900 megawatts a year earlier.",
        "16,900",
        "Unplanned outages",
    ),
]


@pytest.mark.parametrize(("text", "before", "measured"), LEVELS_BEFORE)
def test_the_level_before_a_change_to_is_no_whole(text: str, before: str, measured: str) -> None:
    assert measured in _figure(text, before).measures


def test_a_year_earlier_is_no_rate() -> None:
    # business wire: "a year earlier" says when, not per what
    text = (
        "Its loss widened to R23.9 billion in the year to March from R12.3 billion a year earlier."
    )
    assert "per" not in _figure(text, "R12.3 billion").measures.split()
