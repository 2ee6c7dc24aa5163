# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers, round 9a, on synthetic articles written for these tests (invented people,
councils, clubs and firms): a document owned through a pronoun ("His letter read:",
"Her statement said:") is credited to the person the pronoun stands for, the one named
in the sentence before; and where no person fits the pronoun, nobody. Beats: politics,
sport, courts, business, health; outlets: local, wire, tabloid, trade, broadcaster."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

OWNED_DOCUMENT = [
    (
        """Council leader quits after budget row

The leader of Harrowfield Borough Council, Graham Tolley, resigned on Monday after losing a vote on the budget.

His letter to councillors was published on the council's website on Tuesday.

His letter read: "I have given this town eleven years and I leave it in better shape than I found it."
""",
        "Graham Tolley",
    ),
    (
        """Striker thanks fans as she leaves club

Forward Maisie Okonjo has left Dunmore Rovers after six seasons.

She posted a message to supporters on social media hours after the announcement.

Her message said: "You carried me through two injuries and a relegation. I will never forget this place."
""",
        "Maisie Okonjo",
    ),
    (
        """Chief executive apologises to customers after outage

The chief executive of Pellbrook Energy, Andrew Sayle, wrote to all 400,000 customers after the two-day outage.

His email read: "We let you down this week and I am sorry. Every account will be credited automatically."
""",
        "Andrew Sayle",
    ),
    (
        """Magistrate steps down after 30 years

Magistrate Deborah Quaile has retired from the Wexley bench after 30 years.

Her letter to colleagues was read out at the court on Wednesday. Her letter said: "It has been the privilege of my life to serve this community."
""",
        "Deborah Quaile",
    ),
    (
        """Surgeon cleared to return to work

Consultant surgeon Rajiv Menon has been cleared to return to work at St Aldhelm's Hospital after an eight-month investigation.

His statement read: "I am grateful to my patients and colleagues who stood by me."
""",
        "Rajiv Menon",
    ),
]


@pytest.mark.parametrize(("text", "author"), OWNED_DOCUMENT)
def test_a_document_owned_through_a_pronoun_is_its_owners(text: str, author: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == author


def test_a_pronoun_document_with_no_person_of_its_gender_is_nobodys() -> None:
    text = """Charity wins lottery grant

The Brackwell Food Bank has been awarded £80,000 by the National Lottery, its trustees said on Thursday.

Volunteer coordinator Fiona Tate said the money would pay for a new van.

His letter read: "This is the best news we have had in years and it will change how we work."
"""
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker != "Fiona Tate"
