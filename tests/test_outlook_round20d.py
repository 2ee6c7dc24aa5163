"""Outlook, round 20 (d): futures that are no next step, and steps missed, found by a
probe across beats (local planning and council news, science and weather explainers,
consumer and health copy, transport, sport).

- A general truth told with a "when" clause in the present, of a bare noun: "Metal will
  expand when it is heated", "Ice will form on untreated roads when temperatures drop
  below zero", "Milk will curdle when lemon juice is added" (how things are); a phase of
  work or a service that a "when" clause times stays ("Work will start when funding is
  confirmed", "Services will return to normal when repairs are complete"), and so does a
  "when" clause of a thing of the news ("Fares will rise when the new timetable starts").
- What people of a bare class will be able to do, with no date: "Residents will be able
  to comment online", "Customers will be able to pay by card or cash" (the scheme's
  terms; the dev references leave "Residents will be able to buy an annual permit for
  £60" out); a class the news picks out ("Passengers with tickets for strike days will
  be able to claim a full refund") and a date ("from Monday") stay.
- Recall: an election day's timetable in the present at its hours, with no day ("Polls
  open at 7am and close at 10pm"), as "kick-off is at 3pm" reads; "Polls opened at 7am"
  and "Polls usually open at 7am" stay out.
- Recall: a step whose condition has its own date ("The strike will go ahead unless a
  deal is reached by Friday"): the deadline is the news's; "Left untreated, the
  infection will spread" and "Without treatment, most patients will die within a year"
  stay out.

Every passage here is synthetic: written for these tests (invented people, firms, clubs
and towns; wire, local, tabloid, trade and broadsheet copy), not taken from any eval set.
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
    "sentence",
    [
        "Metal will expand when it is heated.",
        "Water will boil at a lower temperature when you are at altitude.",
        "Ice will form on untreated roads when temperatures drop below zero.",
        "Milk will curdle when lemon juice is added.",
        "Batteries will drain faster when it is cold.",
        "Residents will be able to comment online.",
        "Customers will be able to pay by card or cash.",
        "Pupils will be able to choose from 12 subjects.",
        "Patients will be able to book appointments online.",
    ],
)
def test_general_truths_and_a_class_s_terms_are_no_outlook(sentence: str) -> None:
    assert _outlook(LEAD + sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Work will start when funding is confirmed.",
        "Services will return to normal when repairs are complete.",
        "Construction will begin when planning permission is granted.",
        "Fares will rise when the new timetable starts.",
        "Passengers with tickets for strike days will be able to claim a full refund.",
        "Residents will be able to return home from Monday.",
    ],
)
def test_steps_timed_by_when_and_a_class_picked_out_stay(sentence: str) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Polls open at 7am and close at 10pm.", "Polls open at 7am"),
        (
            "The strike will go ahead unless a deal is reached by Friday.",
            "unless a deal is reached by Friday",
        ),
        (
            "The walkout will begin unless the offer is improved by 30 June.",
            "unless the offer is improved",
        ),
    ],
)
def test_a_timetable_at_its_hours_and_a_dated_condition_are_outlook(
    sentence: str, kept: str
) -> None:
    assert kept in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Polls opened at 7am and closed at 10pm.",
        "Polls usually open at 7am and close at 10pm.",
        "Left untreated, the infection will spread.",
        "Without treatment, most patients will die within a year.",
    ],
)
def test_past_polls_habits_and_undated_threats_stay_out(sentence: str) -> None:
    assert _outlook(LEAD + sentence) == ""
