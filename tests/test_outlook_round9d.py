"""Outlook, round 9: a report dated back through the occasion it was made on, and a
report made again and again.

- "In an interview in 2021, he said he would retire at 35", "in a letter in March, the
  trust said it would sell the site", "back in 2016, she predicted that prices would
  double": the occasion's own year or month (one level down) or "back in" dates the
  report, as "in 2019 the government pledged" does. An occasion on a weekday ("in a
  statement on Monday") is the news's own day and stays the outlook.
- "He always said he would retire at 60", "the club has always insisted it would not sell
  its best players": a report made again and again in the past is a stance, not a next
  step.

Every article here is synthetic: written for these tests (invented people, clubs,
trusts and companies; sport broadsheet, heritage local, politics broadsheet, culture
tabloid, business wire, obituary local), not taken from any eval set.
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
        # sport, broadsheet
        "In an interview in 2021, he said he would retire at 35.",
        # heritage, local
        "In a letter in March, the trust said it would sell the site.",
        # politics, broadsheet
        "In a speech in 2019, the minister said the line would open to passengers.",
        # culture, tabloid
        "In a post in January, the singer said she would take a break from touring.",
        # business, wire
        "Back in 2016, she predicted that prices would double.",
        # sport, local
        "Back in March, the club said it would build a new stand.",
    ],
)
def test_a_report_dated_by_its_occasion_is_no_outlook(history: str) -> None:
    assert _outlook(LEAD + history + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        "In a statement on Monday, the trust said it would sell the site.",
        "In a letter to parents, the head said the school would reopen on Thursday.",
        "Back at the ground, the club said it would build a new stand next summer.",
        # weather, broadcaster: a year in a comparison dates nothing
        "Forecasters said river levels were expected to peak on Sunday evening, possibly"
        " higher than during Storm Ciara in 2020.",
    ],
)
def test_a_report_on_the_news_day_stays_the_outlook(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "stance",
    [
        # obituary, local
        "He always said he would retire at 60.",
        # sport, tabloid
        "The club has always insisted it would not sell its best players.",
        # tabloid, human interest
        "Friends said he always promised he would come home.",
        # business, wire
        "The company has always maintained it would keep the plant open.",
        # sport, broadcaster
        "Her coach often said she would win an Olympic medal.",
    ],
)
def test_a_report_made_again_and_again_is_no_outlook(stance: str) -> None:
    assert _outlook(LEAD + stance + "\n") == ""


def test_a_stance_beside_a_dated_step_keeps_the_step() -> None:
    step = "He always said he would retire at 60, and he will step down on Friday."
    assert _outlook(LEAD + step + "\n") == step
