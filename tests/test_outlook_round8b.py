"""Outlook, round 8: what was said then, and a time in a partial quote.

A report dated by a time clause that is itself history ("when the plant opened in 1998,
the company said it would employ 2,000 people", "after the club was relegated in 2016,
its owner said he would sell within a year", "speaking in 2022, the chief executive said
...") looked ahead from then: it is background.
What an inquiry heard someone say they would do is evidence of the past, as a court's is.
A time the writer's own clause takes from a partial quote ("said voting closes \"at
midnight on Friday\"", "said its new plant starts production \"next January\"") dates
the writer's clause; a time inside a quoted clause stays someone's words.

Every article here is synthetic: written for these tests (invented people, companies and
places; several beats and house styles: business wire, sport tabloid, health inquiry,
labour broadcaster, transport broadsheet), not taken from any eval set.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.engines.linguistic import analysis_of

# Past facts open every synthetic article: they are the situation.
LEAD = (
    "The announcement was made on Wednesday after weeks of speculation.\n\n"
    "Directors met in the morning to approve the statement.\n\n"
    "Staff were told in an email shortly before it was published.\n\n"
    "Several of them had already heard the news from friends.\n\n"
)


def _outlook(text: str) -> str:
    analysis = analysis_of(text)
    _, lead = situation(text, analysis.sentences.sentences)
    spans = [(p.open_at, p.close_at + 1) for p in analysis.passages]
    return outlook(text, lead, analysis.sentences.sentences, spans, analysis)


@pytest.mark.parametrize(
    "history",
    [
        # business, wire
        "When the plant opened in 1998, the company said it would employ 2,000 people.",
        # sport, tabloid
        "After the club was relegated in 2016, its owner said he would sell within a year.",
        # business, broadsheet: a participle dates the report
        "Speaking in 2022, the chief executive said the firm would double its workforce.",
        # health: evidence an inquiry heard
        "The inquiry heard that the nurse told colleagues she would check on the patient.",
    ],
)
def test_a_plan_said_back_then_is_no_outlook(history: str) -> None:
    assert _outlook(LEAD + history + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # the same shapes with the news's own days stay
        "After the talks collapsed on Tuesday, the union said it would ballot members next week.",
        "When the board meets on Friday, it is expected to approve the sale.",
        "Speaking on Tuesday, the chief executive said the firm would double its workforce"
        " by 2028.",
    ],
)
def test_the_same_shapes_with_a_time_ahead_stay(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "step",
    [
        # labour, broadcaster
        'Voting closes "at midnight on Friday", the union said.',
        # business, trade
        'The company said its new plant starts production "next January".',
    ],
)
def test_a_quoted_time_dates_the_writers_clause(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "words",
    [
        'Hale said the decision "will haunt this government next year and beyond".',
        'The report said the council had promised the work "would be finished last spring".',
    ],
)
def test_a_time_inside_a_quoted_clause_stays_someones_words(words: str) -> None:
    assert _outlook(LEAD + words + "\n") == ""
