# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers, round 7c, on synthetic articles written for these tests (invented people,
bodies and places): a definite description with its own complement ("the head of the
regional health authority said") describes someone in full, so it is not the person the
sentence before brought in with some other title; with no one named that way, the quote
stays unattributed rather than going to the nearest titled name. A bare description
("the economist said") still refers back. Beats: health, war, sport, business, courts."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

DESCRIBED_IN_FULL = [
    # Health: a surgeon named, then the head of a different body speaks.
    (
        """Hospital beds running short

“We are doing all we can,” surgeon and ward lead Tomasz Wiercinski told reporters.

The head of the regional health authority said on Monday that the wards were “close to running out of beds”.""",
        "Tomasz Wiercinski",
    ),
    # Sport: the captain named, then the manager of the other side.
    (
        """Late winner settles derby

“The lads never stopped running,” captain Joe Mbeki said after the game.

The manager of the visiting side said the result was “hard to take” and promised changes.""",
        "Joe Mbeki",
    ),
    # Business: an analyst named, then the chairman of the company.
    (
        """Brewer cuts jobs

“Margins have been squeezed for years,” analyst Priya Chaudry told the paper.

The chairman of the brewer's board said the cuts were “painful but necessary”.""",
        "Priya Chaudry",
    ),
    # Courts: a barrister named, then the leader of the council.
    (
        """Council loses appeal

“The ruling is clear,” barrister Ellen Marsh said outside court.

The leader of the county council said the authority would “study the judgment carefully”.""",
        "Ellen Marsh",
    ),
]


@pytest.mark.parametrize(("text", "earlier"), DESCRIBED_IN_FULL)
def test_a_description_with_its_own_complement_is_not_the_earlier_titled_person(
    text: str, earlier: str
) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 2
    assert quotes[0].speaker == earlier
    assert quotes[1].speaker != earlier


REFERS_BACK = [
    (
        """Budget reaction

Former adviser Paul Grant was less impressed by the plans.

“It is a mess from start to finish,” the economist said.""",
        "Paul Grant",
    ),
    (
        """Cup tie

The side was led out by captain Joe Mbeki.

“We knew it would be tough,” the midfielder said.""",
        "Joe Mbeki",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), REFERS_BACK)
def test_a_bare_description_still_refers_back(text: str, speaker: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
