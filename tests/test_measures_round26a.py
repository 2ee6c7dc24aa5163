"""Round 26a, what a figure measures, from a probe of a UK water company's sewage spills
and fines and fresh variants (courts, health, transport, politics, sport, farming; British,
Irish, Nigerian, Indian, Australian and Canadian copy): a count of times is how often its
clause's doer did what the clause says, also when the tagger reads the plural noun
opening the sentence as the verb; a comparative under "an average of" is the average
margin of the clause's verb; a whole told with its owner ("19 of his 38 members") is a
figure of its own, the reporter's when a named person reports the clause; a gap a copula
links ("is 5.3 percentage points behind England") is the margin behind or ahead; a party
whose name ends in a place ("Reform UK on 19%") stands in a poll.

Every passage here is synthetic, written for these tests (invented people, firms and
places of no consequence).
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


# synthetic: a count of times, its figure, the measure it must be
HOW_OFTEN = [
    # UK regional broadsheet, the tagger reads "overflows" as the verb
    (
        "Storm overflows discharged sewage 3,200 times last year.",
        "3,200",
        "times Storm overflows discharged sewage",
    ),
    # Irish broadcaster, lifeboats
    ("Lifeboat crews launched 212 times last year.", "212", "times Lifeboat crews launched"),
    # Nigerian local, a borehole pump
    ("The pump failed 14 times in March.", "14", "times pump failed"),
    # Australian local government
    ("Councillors met 40 times in 2025.", "40", "times Councillors met"),
    # negative: a passive already told is kept as it was
    ("Trains were cancelled 1,400 times in May.", "1,400", "times Trains were cancelled in May"),
    # UK local, a fire service
    (
        "Firefighters were called out 96 times to the estate.",
        "96",
        "times Firefighters were called out",
    ),
]


@pytest.mark.parametrize(("text", "figure", "measures"), HOW_OFTEN)
def test_a_count_of_times_is_how_often_the_clause_happened(
    text: str, figure: str, measures: str
) -> None:
    told = _measure(text, figure)
    assert told == measures
    assert "'s times" not in told


# synthetic: a comparative under "an average of", the words the measure holds
AVERAGE_MARGINS = [
    # a sleep study (science)
    (
        "Participants slept an average of 38 minutes longer.",
        "38 minutes",
        "Participants slept longer",
    ),
    # health, a UK A&E
    ("Patients waited an average of 14 hours longer in A&E.", "14 hours", "Patients waited longer"),
    # Indian education copy
    ("Pupils studied an average of 3 hours more each week.", "3 hours", "Pupils studied more"),
    # a bathing water survey, a copula and its state
    (
        "Those who swam near the outfall were sick an average of 2.4 days longer.",
        "2.4 days",
        "were sick longer",
    ),
]


@pytest.mark.parametrize(("text", "figure", "words"), AVERAGE_MARGINS)
def test_a_comparative_under_an_average_is_the_average_margin_of_the_verb(
    text: str, figure: str, words: str
) -> None:
    told = _measure(text, figure)
    assert told.startswith("average margin")
    assert words in told


# synthetic negatives: an average told otherwise keeps its own measure
AVERAGES_TOLD_OTHERWISE = [
    ("Participants slept for 7 hours on average.", "7 hours"),
    ("The average wait was 38 minutes.", "38 minutes"),
]


@pytest.mark.parametrize(("text", "figure"), AVERAGES_TOLD_OTHERWISE)
def test_an_average_told_otherwise_is_no_margin(text: str, figure: str) -> None:
    assert "margin" not in _measure(text, figure)


# synthetic: a whole told with its owner, the whole, its measure
OWNERS_WHOLES = [
    # a shellfish association (Irish local)
    ("Declan Rowe said 19 of his 38 members had laid off staff.", "38", "Declan Rowe's members"),
    # a Lagos clinic (Nigerian wire)
    ("Aisha Bello said 12 of her 40 staff were off sick.", "40", "Aisha Bello's staff"),
    # a sheep farmer (Australian broadcaster), the subject of the clause
    (
        "Grazier Malcolm Treadway, whose family has farmed there since 1911, sold 300 of his "
        "820 breeders.",
        "820",
        "Malcolm Treadway's breeders",
    ),
    # a sheep farmer, no one named
    ("He said 300 of his 820 breeders had been sold.", "820", "his breeders"),
]


@pytest.mark.parametrize(("text", "whole", "measures"), OWNERS_WHOLES)
def test_a_whole_told_with_its_owner_is_a_figure_of_its_own(
    text: str, whole: str, measures: str
) -> None:
    told = _measure(text, whole)
    assert told.endswith(measures)
    assert len(told.split()) <= len(measures.split()) + 1


# synthetic negatives: a record's games only frame the part; a "his" beside a woman's
# name is not hers
@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Hartley have won just two of their 19 matches.", "19"),
        ("United have won 11 of their 13 league games.", "13"),
        ("Kemi Adeyemi has won two of her 19 starts this season.", "19"),
        # a thing's parts stay with the part (Indian space agency copy)
        ("Engineers said two of its 16 valves had failed.", "16"),
        # a total told before is not told again
        ("The association has 38 growers. Declan Rowe said 19 of his 38 members quit.", "38"),
    ],
)
def test_a_record_s_games_or_a_thing_s_parts_are_no_whole_of_their_own(
    text: str, whole: str
) -> None:
    found = _found(text)
    assert found  # the part is read
    assert all(f.text != whole or f.unit == "growers" for f in found.values())


def test_a_his_beside_a_woman_s_name_is_not_hers() -> None:
    told = _measure("Sarah Pell said 19 of his 38 members had laid off staff.", "38")
    assert "Sarah Pell" not in told
    assert told == "his members"


# synthetic: a gap a copula links, the words the measure holds
GAPS = [
    ("Wales is 5.3 percentage points behind England on literacy.", "margin Wales behind England"),
    (
        "Tidewell is 5.3 percentage points behind the industry average on compliance.",
        "margin Tidewell behind the industry average",
    ),
]


@pytest.mark.parametrize(("text", "words"), GAPS)
def test_a_gap_on_a_copula_is_the_margin_behind(text: str, words: str) -> None:
    assert _measure(text, "5.3 percentage points").startswith(words)


def test_a_change_in_points_is_no_gap() -> None:
    # synthetic negative
    told = _measure("Turnout rose 5.3 percentage points to 61%.", "5.3 percentage points")
    assert "margin" not in told
    assert "urnout" in told


# synthetic: a party whose name ends in a place, in a poll
PARTIES_ENDING_IN_A_PLACE = [
    ("The poll put Labour on 28%, Reform UK on 19% and the Greens on 11%.", "19%"),
    ("The latest poll has Reform UK on 24%, ahead of Labour.", "24%"),
    ("A Survation poll puts Reform UK on 27%, Labour on 21% and the Tories on 17%.", "27%"),
]


@pytest.mark.parametrize(("text", "figure"), PARTIES_ENDING_IN_A_PLACE)
def test_a_party_whose_name_ends_in_a_place_stands_in_a_poll(text: str, figure: str) -> None:
    assert _measure(text, figure) == "support for Reform UK"


def test_one_place_in_a_poll_sentence_is_no_party() -> None:
    # synthetic negative
    told = _measure("The poll put unemployment in Northern Ireland on 4%.", "4%")
    assert not told.startswith("support for")
