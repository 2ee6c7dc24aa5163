"""Round 28a, what a figure measures, from the dev misses and a probe of a regional
water company's results, sewage spills and a regulator's fine: a move in points told
with the same move as a share or the level it left is the rise or fall in what moved,
not a tally of its points ("The blue-chip index closed down 68.3 points, or 0.9%");
the level after such a move is the level of what moved; a price right after a share's
move and "at" is the shares' price, not the words of the move ("closed down 6.2% at
184p"); a count of points hung on a preposition is a gap against what the preposition
names ("two points above the relegation zone"); a speaker's first-person count of the
times they have tried to reach someone ("I've asked three times") is kept; a span told as
"for a total of" hours is the clause's span, in all.

Every passage here is synthetic, written for these tests (invented people, firms, clubs
and places of no consequence), across British, Irish, Indian, Australian, South African,
Singaporean, Nigerian, Canadian and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _found(text: str) -> dict[str, FoundFigure]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _measure(text: str, figure: str) -> str:
    found = _found(text)
    assert figure in found, list(found)
    return found[figure].measures


# synthetic: a market move in points, the figure, its measure
POINTS_MOVES = [
    # UK wire, the London close: the points and the share say the same fall
    (
        "The blue-chip index closed down 68.3 points, or 0.9%, at 7,512.4.",
        "68.3",
        "fall in blue-chip index",
    ),
    (
        "The blue-chip index closed down 68.3 points, or 0.9%, at 7,512.4.",
        "0.9%",
        "fall in blue-chip index",
    ),
    # UK regional paper, the FTSE with its level
    ("The FTSE 100 fell 22 points to 8,412.", "22", "fall in FTSE 100"),
    ("The FTSE 100 gained 22 points to 8,412.", "8,412", "level of FTSE 100"),
    # Indian broadsheet, the Sensex
    ("The Sensex rose 412 points, or 0.5%, to 81,220 on Friday.", "412", "rise in Sensex"),
    # Australian broadcaster, "ended up ... at"
    ("The ASX 200 ended up 31.4 points at 8,102.6.", "31.4", "rise in ASX 200"),
    # Singaporean broadsheet
    (
        "The Straits Times Index slipped 12.6 points to 3,480.2.",
        "12.6",
        "fall in Straits Times Index",
    ),
    # Irish broadsheet, "closed up ... at"
    ("The ISEQ closed up 55 points at 10,120.", "55", "rise in ISEQ"),
    # UK broadcaster, a poll: what moved keeps its own words
    (
        "Support for the Greens rose 2.5 points to 14 per cent in the Kantar poll.",
        "2.5",
        "rise in Support for the Greens",
    ),
    # Australian broadsheet, a primary vote's move and the level it reached
    (
        "Her primary vote rose 3.2 points to 44.8 per cent.",
        "3.2",
        "rise in Her primary vote",
    ),
]


@pytest.mark.parametrize(("text", "figure", "measures"), POINTS_MOVES)
def test_a_move_in_points_is_the_rise_or_fall_in_what_moved(
    text: str, figure: str, measures: str
) -> None:
    assert _measure(text, figure) == measures


# synthetic negatives: a tally or a gap in points is not a move
POINTS_TALLIES = [
    # UK local sport: a season's tally
    ("Penwardle finish the season with 98 points.", "98", "Penwardle's points"),
    # Indian sport, a gap told with a gap word
    (
        "Mumbai City moved five points clear at the top with the win.",
        "five",
        "Mumbai City's points clear at the top",
    ),
    # a move with neither share nor level stays a tally (no "rise in" or "fall in")
    ("Kestrel Bay scored 31 points in the second half.", "31", "Kestrel Bay's points"),
]


@pytest.mark.parametrize(("text", "figure", "measures"), POINTS_TALLIES)
def test_a_tally_of_points_is_not_a_move(text: str, figure: str, measures: str) -> None:
    got = _measure(text, figure)
    assert got == measures
    assert not got.startswith(("rise in", "fall in", "gain in"))


# synthetic: a price after a share's move and "at"
PRICE_AFTER_A_MOVE = [
    # UK wire, pence glued on
    ("Shares in Harrowgate closed down 6.2% at 184p.", "184", "Harrowgate"),
    # UK regional paper, a parent's shares in London
    (
        "Shares in Caldermere Holdings closed down 4.1% at 1,136p in London.",
        "1,136",
        "Caldermere Holdings",
    ),
    # Nigerian newspaper, a brewer on the exchange
    (
        "Shares in Okonkwo Breweries closed down 3.4% at N41.50 on the Nigerian Exchange.",
        "N41.50",
        "Okonkwo Breweries",
    ),
]


@pytest.mark.parametrize(("text", "figure", "owner"), PRICE_AFTER_A_MOVE)
def test_a_price_after_a_share_s_move_is_the_shares_price(
    text: str, figure: str, owner: str
) -> None:
    got = _measure(text, figure)
    assert owner in got
    assert "shares" in got.lower()
    assert "down" not in got.split()


# synthetic: a gap in points hung on a preposition
POINTS_GAPS = [
    # UK tabloid, the Championship
    (
        "Rovers lost 2-0 at Millbrook without him and sit two points above the drop.",
        "two",
        "points above the drop",
    ),
    # UK broadsheet: the table place the parser glued to the name is not the owner
    (
        "The result leaves Rovers 19th in the Championship, two points above the relegation"
        " zone, with 10 games left.",
        "two",
        "Rovers's points above the relegation zone",
    ),
    # South African broadcaster, rugby
    (
        "The Sharks sit six points outside the top eight after the loss.",
        "six",
        "points outside the top eight",
    ),
    # Scottish local football
    (
        "Kilbride Celtic are four points below the top six with a game in hand.",
        "four",
        "points below the top six",
    ),
]


@pytest.mark.parametrize(("text", "figure", "measures"), POINTS_GAPS)
def test_a_gap_in_points_is_told_against_what_it_is_measured_from(
    text: str, figure: str, measures: str
) -> None:
    assert measures in _measure(text, figure)


# synthetic: a speaker counts the times they have done something
TIMES_COUNTED = [
    ('"I\'ve asked three times and nobody has come," she said.', "three", "asked"),
    (
        '"I\'ve written to the chief executive six times and never had a reply," he said.',
        "six",
        "written to the chief executive",
    ),
    # Nigerian newspaper, a resident and a water board
    (
        '"We\'ve reported the leak to Northvale Water five times since March," said resident'
        " Tunde Bakare.",
        "five",
        "reported the leak",
    ),
    # Northern Irish broadcaster, a member in the Assembly
    (
        '"I have emailed the minister four times, and I am still waiting," the MLA said.',
        "four",
        "emailed the minister",
    ),
    # UK local, digits and a preposition after "times"
    (
        '"We have rung the council 11 times about the potholes," said Mrs Adeyemi.',
        "11",
        "rung the council",
    ),
]


@pytest.mark.parametrize(("text", "figure", "measures"), TIMES_COUNTED)
def test_a_speaker_s_count_of_times_is_a_figure(text: str, figure: str, measures: str) -> None:
    got = _measure(text, figure)
    assert got.startswith("times")
    assert measures in got


# synthetic negatives: figures of speech and habits in quotes stay out
TIMES_OF_SPEECH = [
    '"I\'ve told him a hundred times to slow down," she said.',
    '"I\'ve said it 20 times: the bridge is not safe," he said.',
    '"He rang me 40 times a day," she told the court.',
    '"We train three times a week," said coach Sipho Dlamini.',
    '"I\'ve watched it a million times," he laughed.',
    '"It happens three times a year," the warden said.',
    '"I\'ve seen it happen three times as often since the cuts," she said.',
    # a private act the speaker repeats is colour, not a count the story is about
    "\"I've watched it six times and I still can't see what he blew the whistle for,\" the"
    " coach said.",
    '"I\'ve read the report three times and it makes no sense," said the councillor.',
]


@pytest.mark.parametrize("text", TIMES_OF_SPEECH)
def test_a_figure_of_speech_of_times_is_no_figure(text: str) -> None:
    found = _found(text)
    assert not any("times" in f.measures for f in found.values()), found


# synthetic: a span told as "a total of" hours is the clause's span, in all
TOTAL_SPANS = [
    # UK regional paper, sewage spills (the parser hangs "for" on "rivers")
    (
        "The company's storm overflows discharged raw sewage into rivers for a total of"
        " 291,000 hours in 2024.",
        "291,000 hours",
        "overflows discharged raw sewage",
    ),
    # Irish broadcaster, a motorway
    ("The M50 was closed for a total of 31 hours during the storm.", "31 hours", "M50 was closed"),
    # Singaporean broadsheet, a rail line
    (
        "Trains on the Coral Line were suspended for a total of 19 hours last month.",
        "19 hours",
        "Trains were suspended",
    ),
    # South African wire, a power cut
    ("Power was cut to 4,000 homes for a total of 11 hours.", "11 hours", "Power was cut"),
]


@pytest.mark.parametrize(("text", "figure", "measures"), TOTAL_SPANS)
def test_a_total_span_is_the_clause_s_span(text: str, figure: str, measures: str) -> None:
    got = _measure(text, figure)
    assert got.startswith("total length of time")
    assert measures in got


# synthetic negative: a prison term told as a total stays a sentence
def test_a_total_prison_term_stays_a_sentence() -> None:
    got = _measure("Lumsden was jailed for a total of 14 years at Preston Crown Court.", "14 years")
    assert "sentence" in got
