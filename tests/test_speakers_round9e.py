# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers, round 9e, on synthetic articles written for these tests (invented people,
courts, clubs and councils): a quote credited to "the judge", "the minister" or "the
coroner" when the article has given that title to nobody yet is the person the very
next sentence names with that title ("District Judge Sarah Quint fined him ..."). Not
a person the next sentence names with another title. Beats: courts, politics, sport,
inquests, crime; outlets: local, wire, broadcaster, tabloid, broadsheet."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

NAMED_NEXT = [
    (
        """Driver fined for using phone at the wheel

A van driver who hit a cyclist while looking at his phone has been fined and banned from driving.

"You were looking at a screen instead of the road," the judge told him. District Judge Sarah Quint fined him £400 and banned him for six months.""",
        "Sarah Quint",
    ),
    (
        """Rail review promised after week of cancellations

Passengers on the Marlow line have faced more than 300 cancellations in a week.

"We will look at every option, including taking the franchise back," the minister told reporters. Transport Minister Jo Adair said the review would report in the spring.""",
        "Jo Adair",
    ),
    (
        """Inquest hears of missed chances to save teenager

A teenager who died after taking an unknown substance at a festival could have been saved, an inquest has heard.

"There were at least two points at which she should have been taken to hospital," the coroner said. Coroner Philip Anand recorded a narrative conclusion.""",
        "Philip Anand",
    ),
    (
        """Drugs gang jailed after two-year investigation

Seven men have been jailed for a total of 61 years for supplying cocaine across three counties.

"These men treated our towns as a marketplace," the inspector said outside court. Detective Inspector Raj Sood said officers had seized £2 million of drugs.""",
        "Raj Sood",
    ),
    (
        """Manager fumes over penalty decision

Harrowby Town were beaten 2-1 at home by Castleford on Saturday.

"I have watched it ten times and it is never a penalty," the manager said. Town manager Gary Pell said he would write to the referees' body.""",
        "Gary Pell",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED_NEXT)
def test_a_title_is_the_person_the_next_sentence_names_with_it(text: str, speaker: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


def test_a_person_named_next_with_another_title_is_not_the_one() -> None:
    text = """Driver fined for using phone at the wheel

A van driver who hit a cyclist while looking at his phone has been fined and banned from driving.

"You were looking at a screen instead of the road," the judge told him. Prosecutor Amy Hollins said the cyclist had broken his collarbone."""
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker != "Amy Hollins"
