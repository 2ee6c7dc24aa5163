"""Round 9a, what a figure measures when a level changes: the old level of "rose from
£900 to £1,150" measures what the new level measures (not the words "rents rose from"),
and "go up from £400 to £1,000" is an old level and a new one, not a range; a level told
after a period the parser hangs it on ("fell 6% over the same period to 96,400") is the
subject's level, not dropped; "followed by the Greens at 21%" is the Greens' share; and
"That is a rise of 4.7%" is a rise in what the sentence before measured; "those who pay
by cheque will pay £2,104" keeps its relative clause, and the level of "rose 5% in March
to £2.1bn" is told for March.
Every sentence here is synthetic, written for these tests (invented people, clubs,
bodies and places), across wire, tabloid, broadsheet, local, broadcaster and trade styles."""

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
    # sport, local: the old level of a price rise
    (
        "The price of an adult season ticket at Harwick Rovers will rise from £540 to £585"
        " next year, the club said.",
        "£540",
        {"price", "season", "ticket"},
        {"rise", "from"},
    ),
    # housing, broadsheet
    (
        "Average rents in Castlebridge rose from £900 to £1,150 a month between 2021 and 2025.",
        "£900",
        {"average", "rents", "castlebridge"},
        {"rose", "from"},
    ),
    # education, trade
    (
        "Tuition fees at Dunmore University will increase from $9,250 to $9,535 in September.",
        "$9,250",
        {"tuition", "fees"},
        {"increase", "from"},
    ),
    # politics, broadcaster: a share
    (
        "Turnout in Wexley climbed from 61% to 67% in the second round.",
        "61%",
        {"turnout"},
        {"climbed", "from"},
    ),
    # local government, local: a phrasal verb of change, not a range
    (
        "The maximum fine for fly-tipping in the borough will go up from £400 to £1,000 in April.",
        "£1,000",
        {"fine", "fly-tipping"},
        set(),
    ),
    # crime, wire: a level the parser hangs on the period
    (
        "Burglaries in Kelsall fell 12% over the same period to 8,310, the lowest since"
        " records began.",
        "8,310",
        {"burglaries"},
        {"period"},
    ),
    # immigration, broadcaster
    (
        "Applications for student visas rose 9% over the same period to 212,000.",
        "212,000",
        {"applications", "student", "visas"},
        set(),
    ),
    # transport, trade
    (
        "Passenger journeys on the Brockley tram network rose 4% in the quarter to 6.1 million.",
        "6.1 million",
        {"passenger", "journeys"},
        set(),
    ),
    # politics, tabloid: a listing after "followed by"
    (
        "Labour led the Wexley poll on 34%, followed by the Greens at 21% and the Liberal"
        " Democrats at 12%.",
        "21%",
        {"greens"},
        {"labour"},
    ),
    (
        "Labour led the Wexley poll on 34%, followed by the Greens at 21% and the Liberal"
        " Democrats at 12%.",
        "12%",
        {"liberal", "democrats"},
        {"labour", "greens"},
    ),
    # motoring, trade
    (
        "Torvik was the best-selling brand with 14% of the market, followed by Kessel at 9%"
        " and Ardent at 7%.",
        "9%",
        {"kessel", "market"},
        {"torvik"},
    ),
    # tourism, wire
    (
        "Spanish visitors made up 31% of arrivals at Pellow airport, followed by Germans at 18%"
        " and Italians at 10%.",
        "10%",
        {"italians"},
        {"spanish", "germans"},
    ),
    # council tax, local: "That is a rise of" the level told just before
    (
        "Ashcombe council will set a Band D bill of £1,912 for next year. That is a rise of 4.7%.",
        "4.7%",
        {"rise", "band", "bill"},
        set(),
    ),
    # consumer, broadsheet
    (
        "The cap on a typical household's annual energy bill will be £1,838 from January."
        " That is an increase of £149.",
        "£149",
        {"increase", "cap", "household"},
        set(),
    ),
    # business, wire
    (
        "Fenwright's pre-tax profit came to £212m in the half year. This is a fall of 8%.",
        "8%",
        {"fall", "profit"},
        set(),
    ),
    # markets, wire: a listing after a change is each name's change, not a share
    (
        "Shares in Bellcourt rose 4% to 212p, followed by Harlow Mills at 3% and Tennant at 2%.",
        "3%",
        {"rise", "harlow", "mills"},
        {"share", "bellcourt"},
    ),
    # consumer, broadsheet: a pronoun whose relative clause says who pays
    (
        "Customers on prepayment meters will pay £1,801 a year, while those who pay when a"
        " bill arrives will pay £1,951.",
        "£1,951",
        {"payment", "bill", "arrives"},
        set(),
    ),
    # travel, tabloid
    (
        "Anyone who booked through the Sunbreak website will receive £120.",
        "£120",
        {"booked", "website"},
        set(),
    ),
    # retail, wire: the level reached is told for the time of the change
    (
        "Retail sales at Dunmore rose 5% in March to £2.1bn.",
        "£2.1bn",
        {"retail", "sales", "march"},
        set(),
    ),
    # consumer, trade: a forecast level after a comma
    (
        "Analysts at Pennant expect the cap to fall by about 4% in July, to £1,620, as"
        " wholesale prices ease.",
        "£1,620",
        {"cap", "july"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), CASES)
def test_what_a_changed_or_listed_figure_measures(
    text: str, figure: str, wanted: set[str], unwanted: set[str]
) -> None:
    found = _figures(text)
    assert figure in found, sorted(found)
    words = _words(found[figure].measures)
    assert wanted <= words, found[figure].measures
    assert not (unwanted & words), found[figure].measures


def test_an_old_and_a_new_level_are_two_figures_not_a_range() -> None:
    text = (
        "The maximum fine for fly-tipping in the borough will go up from £400 to £1,000 in April."
    )
    found = _figures(text)
    assert "£400" in found and "£1,000" in found, sorted(found)
    assert found["£1,000"].value_max is None


def test_a_real_range_still_reads_as_one() -> None:
    text = "Repairs to the Cobb Lane bridge will cost from £400,000 to £600,000, engineers said."
    found = _figures(text)
    assert "£400,000 to £600,000" in found, sorted(found)


# synthetic: "up" of a verb of rising is no "up to" maximum
RISES = [
    ("For gas, the Norlight unit rate will go up to 6.8p per kWh from April.", "6.8"),
    ("Fares on the Kellby line went up to £4.20 on Monday.", "£4.20"),
    ("The number of beds at St Anselm's will go up to 420 by the spring.", "420"),
    ("Pint prices at Tollard pubs have gone up to £3.10.", "£3.10"),
]


@pytest.mark.parametrize(("text", "figure"), RISES)
def test_a_level_reached_after_going_up_is_no_maximum(text: str, figure: str) -> None:
    found = _figures(text)
    assert figure in found, sorted(found)
    assert "maximum" not in found[figure].measures


def test_up_to_a_maximum_is_still_one() -> None:
    found = _figures("Fly-tippers in Wexley face fines of up to £5,000.")
    assert "up to £5,000" in found, sorted(found)
    assert "maximum" in found["up to £5,000"].measures
