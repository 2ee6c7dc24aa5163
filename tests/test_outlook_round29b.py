"""Outlook, round 29 (b): a delayed light-rail line with a cost review and a minister's
promise (Irish broadsheet) and a probe across beats (courts, transport, business,
health, education, local government, weather; Irish, UK, US, Indian, Nigerian,
Australian, South African and Singaporean copy), from the round's leftovers.

- A span granted to act in ("The court gave the family 28 days to leave the property",
  "The regulator has given the airline until Friday to respond", "The tenants were given
  30 days to vacate the flats", "granted the state government four weeks to file its
  reply"): the next step, as "has 28 days to" is (round 27); a span granted long ago ("In
  2019 the court gave ..."), one that had been ("had given"), one to be, not to act
  ("Doctors gave him six months to live") or no span ("gave evidence for two days")
  stays out.
- "Within a fortnight", which the recognizer leaves untagged, and "within a week" with its
  article: a counted span, as "within two weeks" is ("A decision on the licence is
  expected within a fortnight"); a fact of a span ("Most bruises heal within a week")
  stays out.
- A frequency the parser reads as an object ("Trams will run every six minutes at peak
  times once the line opens"): a service's pattern, no step, as "will run every 12
  minutes during the day" already was; with a date it is a change ("Buses will run every
  20 minutes from Monday").
- A time that recurs told by "whenever" ("The river will flood whenever heavy rain
  falls"): a habit, no step.
- What a class does at no cost ("Pensioners will travel free on the new line",
  "Veterans will be admitted free of charge", "Holders of the Free Travel Pass will
  travel free"): a scheme's standing terms, as round 21 took "members will get early
  access"; with a date it is a change ahead ("will travel free from 1 April").
- A school's term named by a season ("before the start of the autumn term", "in the
  spring semester"): a date, as "in the autumn" is; a thing named by it ("Summer term
  fees were frozen") stays out.
- A window whose verb the tagger reads as an adverb or a noun ("Applications for the
  housing grant close on Friday", "Nominations for the by-election close at noon on 14
  October"): the day it opens or closes, as round 18 took the adjective; a window in the
  past or with no day stays out.
- The long run ("In the long run, the investment will pay for itself", "Over the long
  term, prices will settle"): a horizon beyond any next step, as round 25 took "within
  decades"; a date beside it keeps the step.

Every passage here is synthetic: written for these tests (invented people, firms, courts
and towns), not taken from any eval set.
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
        # a span granted to act in
        "The court gave the family 28 days to leave the property.",
        "The agency has given the contractor 21 days to submit a revised programme.",
        "The judge gave the council six weeks to produce a new plan.",
        "The regulator has given the airline until Friday to respond.",
        "The magistrates gave him 14 days to pay the fine.",
        "The High Court in Lagos gave the parties two weeks to settle out of court.",
        "The landlord has been given until the end of the month to carry out the repairs.",
        "The tenants were given 30 days to vacate the flats, the housing authority said.",
        "The Supreme Court granted the state government four weeks to file its reply.",
        "Sebi has given the brokerage 45 days to return investors' money.",
        "The ombudsman gave the insurer 10 working days to pay the claim.",
        "The council has given the owner until March 31 to make the building safe.",
        "The Labour Court has given both sides until Monday to respond to its proposals.",
        "Nepra gave the power company 15 days to explain the outages.",
        # a plan to recover is a plan ("to recover" is no step only after a span given)
        "Passenger numbers are expected to recover by the summer.",
        # within a fortnight, within a week
        "A decision on the licence is expected within a fortnight.",
        "The formal declaration of the poll is expected within a fortnight.",
        "Results are due within a fortnight, the commission said.",
        "The full report is to be published within a fortnight.",
        "A decision on the licence is expected within a week.",
        # a frequency or a free ride with its date: a change ahead
        "Buses will run every 20 minutes from Monday.",
        "From 1 March, trains will run every 10 minutes on the line.",
        "Pensioners will travel free on the trams from 1 April.",
        "From next month, children under 12 will travel free on the city's buses.",
        "Veterans will be admitted free of charge to the museum from Monday.",
        # a school's term named by a season
        "The new classrooms will be ready before the start of the autumn term.",
        "The new classrooms will be ready by the autumn term.",
        "The pupils are expected to return at the start of the summer term.",
    ],
)
def test_granted_spans_fortnights_dated_changes_and_terms_are_outlook(sentence: str) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a span granted long ago, one that had been, no span
        "In 2019 the court gave the family 28 days to leave the property.",
        "The court had given the family 28 days to leave, but they stayed for a year.",
        "Last year the regulator gave the airline until June to respond, and it did.",
        "He gave the club 20 years of his life.",
        "She gave evidence for two days.",
        "Doctors gave him six months to live.",
        "The teacher allowed pupils 20 minutes to complete the test.",
        "The coach gave the players two days off to rest.",
        # a fact of a span
        "The festival ran for a fortnight in August.",
        "The patient was discharged a fortnight ago.",
        "Most bruises heal within a fortnight.",
        "Most bruises heal within a week.",
        # a service's pattern
        "Trams will run every six minutes at peak times once the line opens.",
        "Trains will call every 15 minutes at the new station.",
        "Buses will run every 12 minutes during the day.",
        "The ferry will sail every two hours in the summer months.",
        # a habit told by "whenever"
        "The river will flood whenever heavy rain falls on the hills.",
        "The alarm will sound whenever the door is opened.",
        "Prices will rise whenever demand outstrips supply.",
        "The road will close whenever the tide is high.",
        "The lifeboat will launch whenever the pager sounds.",
        # what a class does at no cost
        "Pensioners will travel free on the new line, as on all other services.",
        "Holders of the Free Travel Pass will travel free, as on other public transport.",
        "Veterans will be admitted free of charge on all days.",
        "Children under 12 will travel free with a paying adult.",
        "Students will eat free at the canteen.",
        "Carers will get in free.",
        "Children will travel free, as they do now.",
        "Season ticket holders will park free at the ground.",
        # a thing named by a term
        "Summer term fees were frozen last year.",
        "The autumn term began in September with 600 pupils.",
        "The autumn term will be busy for the school.",
        "She served a four-year term as mayor.",
    ],
)
def test_old_spans_facts_patterns_habits_and_standing_terms_stay_out(sentence: str) -> None:
    assert _outlook(LEAD + sentence) == ""


@pytest.mark.parametrize(
    ("sentence", "ahead"),
    [
        # a window's day, its verb read as an adverb or a noun
        ("Applications for the housing grant close on Friday.", True),
        ("Nominations for the by-election close at noon on 14 October.", True),
        ("Submissions on the draft plan close on 30 November.", True),
        # a window in the past, one with no day
        ("Nominations for the award were open to all members last year.", False),
        ("The door was left open on Friday.", False),
        ("Residents living close on Friday said nothing.", False),
    ],
)
def test_a_window_misread_with_its_day_is_the_outlook(sentence: str, ahead: bool) -> None:
    found = _outlook(LEAD + sentence)
    assert (sentence.rstrip(".") in found) if ahead else found == ""


@pytest.mark.parametrize(
    ("sentence", "step"),
    [
        # the long run: a horizon beyond any next step
        ("In the long run, the investment will pay for itself.", None),
        ("Over the long term, prices will settle.", None),
        ("In the long term, the scheme will pay for itself.", None),
        # ... unless a date is told beside it
        (
            "In the long run, the council will review the plan in March.",
            "the council will review the plan in March",
        ),
    ],
)
def test_the_long_run_is_no_next_step(sentence: str, step: str | None) -> None:
    found = _outlook(LEAD + sentence)
    assert (step in found) if step else found == ""
