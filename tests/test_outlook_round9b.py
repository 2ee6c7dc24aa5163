"""Outlook, round 9: a plan that had been made, a vow of presence at every occasion, and a
vow of effort that names no step.

- "Friends said the couple had planned to marry next summer": a plan told in the past
  perfect is behind however far ahead its date, as a promise that had been ("had
  promised to attend") is; "the company said it was due to open the store next month"
  stays a plan.
- "Hughes said he would be at every hearing": a presence at occasions that recur is a
  habit promised, not a next step.
- "He said he would do anything to get his daughter back", "will do whatever it takes":
  the vow names no step; with a dated step in it ("to finish the stand by August") it
  stays the outlook.

Every article here is synthetic: written for these tests (invented people, clubs,
families and companies; tabloid human interest, courts wire, sport local, politics
local, business wire, transport broadcaster), not taken from any eval set.
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
        # tabloid, human interest
        "Friends said the couple had planned to marry next summer.",
        # local news
        "Neighbours said the family had planned to move to Spain next month.",
        # business, wire
        "The company said it had planned to open a second factory in the spring.",
    ],
)
def test_a_plan_that_had_been_made_is_no_outlook(history: str) -> None:
    assert _outlook(LEAD + history + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        "The company said it was due to open the new store next month.",
        "The airline said the flight was scheduled to leave on Friday.",
        "The couple plan to marry next summer.",
    ],
)
def test_a_plan_that_stands_is_the_outlook(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "habit",
    [
        # courts, wire
        "Hughes said he would be at every hearing.",
        # sport, local
        "Her father said he would be there for every match.",
        # politics, local
        "The MP said she would be at every meeting of the campaign group.",
    ],
)
def test_a_presence_at_every_occasion_is_no_outlook(habit: str) -> None:
    assert _outlook(LEAD + habit + "\n") == ""


@pytest.mark.parametrize(
    "vow",
    [
        # tabloid
        "He said he would do anything to get his daughter back.",
        # sport, broadcaster
        "Mills said she would do whatever it takes to win back the fans.",
        # sport, tabloid
        "The club said it would do everything in its power to keep the striker.",
    ],
)
def test_a_vow_of_effort_without_a_step_is_no_outlook(vow: str) -> None:
    assert _outlook(LEAD + vow + "\n") == ""


def test_a_vow_of_effort_with_a_dated_step_stays_the_outlook() -> None:
    step = "The club said it would do everything in its power to finish the stand by August."
    assert _outlook(LEAD + step + "\n") == step
