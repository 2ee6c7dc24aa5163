# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers, round 9f, on synthetic articles written for these tests (invented people,
deals and talks): an office holder named only through their country ("Norway's
transport minister said ...", "Kenya's interior minister told reporters") speaks, in
the article's words, when the article names nobody with that office; a name in
apposition ("Norway's transport minister, Kari Lunde, said") or given the office before
still wins. Beats: world, business, politics, security; outlets: wire, broadcaster,
broadsheet."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

LEAD = "Airline deal under scrutiny\n\nA planned takeover of the regional airline Nordlys Air by a Swedish rival has drawn questions from three governments.\n\n"

COUNTRY_OFFICE = [
    (
        "Norway's transport minister said the government would \"study the deal closely\" given the airline's role in the north.",
        "Norway's transport minister",
    ),
    (
        'Germany\'s finance minister told reporters in Brussels: "We will not accept a deal that moves every job out of Hamburg."',
        "Germany's finance minister",
    ),
    (
        'Kenya\'s interior minister said police had acted "with restraint from start to finish" during the protests.',
        "Kenya's interior minister",
    ),
    (
        'Brazil\'s foreign minister said on Tuesday that the talks had been "frank, long and useful".',
        "Brazil's foreign minister",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker"), COUNTRY_OFFICE)
def test_an_office_named_through_its_country_speaks(sentence: str, speaker: str) -> None:
    quotes = build_brief(LEAD + sentence).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


def test_a_name_in_apposition_to_the_office_still_speaks() -> None:
    quotes = build_brief(
        LEAD
        + "Norway's transport minister, Kari Lunde, said the government would \"study the deal closely\" given the airline's role."
    ).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == "Kari Lunde"


def test_the_office_given_to_someone_before_is_theirs() -> None:
    quotes = build_brief(
        LEAD
        + "Transport Minister Kari Lunde met the airline's board on Monday.\n\n"
        + "Norway's transport minister said the government would \"study the deal closely\" given the airline's role."
    ).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker in {"Kari Lunde", "unattributed"}
