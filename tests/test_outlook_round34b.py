"""Outlook, round 34 (b): classes that at least two of the four outside writers' probes
share, fixed on the parse's structure or on a closed class.

- A routine told "as always", "as usual", "as ever", "as a matter of course" or "as in
  past years", with no date of its own ("Treasury will, as always, publish the documents
  on its website", "The Reserve Bank will, as a matter of policy, intervene"): what a
  body always does, no next step, whoever does it (before, a named body or person kept
  it). A step with its own date stays ("As always, the parade will leave at 10am on
  Saturday").
- A modal of habit told with "ordinarily", "customarily" or "habitually" before the verb
  ("The committee will ordinarily sit in private"): a habit, as "usually" and
  "typically" already were.
- A subject that is no one of the news, a gerund clause of its own, told with "will"
  ("Wearing a helmet will reduce the risk of injury, Dr Okafor said"): a general truth,
  no step, when no time puts it ahead. A "would" weighs an option and stays ("cutting
  the course to five days would save the NHS about £3m a year"); so does a free
  relative ("Whoever wins will face Spain in the final": a fixture, round 11).
- A present whose date hangs on its infinitive of purpose ("The FDA's advisory panel
  meets to review the trial data on June 12", "Gor Mahia travel to Kisumu to face
  Kakamega Homeboyz on Sunday"): the step with its day, as "meets on June 12" is. A
  habit ("visit the estate to inspect the drains every Monday") and a passive's
  projection ("are projected to rise by 2.7C by the end of the century") stay out.
- What those who watch expect of the dated step just told, an infinitive or a figure
  ("The Bank of Canada will announce its rate decision on Wednesday. Markets expect rates
  to be held at 3.25 per cent.", "Economists polled by Bloomberg expect a 50 basis point
  cut"): its likely outcome, firm enough for a second sentence. Not with no dated step
  before it, not in the past, not a finite guess ("economists expect inflation will
  ease", round 32).

Every passage here is synthetic: written for these tests (invented people, firms, clubs
and towns), not taken from any eval set or from the outside writers' passages; British,
Irish, US, Australian, Indian, Nigerian, Kenyan, Canadian, Singaporean and South African
copy across beats.
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


def _body(*sentences: str) -> str:
    return LEAD + "\n\n".join(sentences) + "\n"


# (a step with its date, a sentence with a future's words that is no step): the step
# stays, the other is left out
NO_STEP = [
    # economy, South African broadsheet: a named body's routine, "as always"
    (
        "The mid-term budget is tabled in Parliament on 30 October.",
        "Treasury will, as always, publish the full documents on its website.",
    ),
    # economy, Australian wire: "as usual"
    (
        "The bank's monetary policy board meets on Thursday.",
        "The Reserve Bank will, as usual, publish the minutes on its website.",
    ),
    # retail, UK tabloid: a named firm, "as ever"
    (
        "The supermarket's new Leeds store opens on Friday.",
        "Tesco will, as ever, donate unsold food to local charities.",
    ),
    # local government, Irish local: "as a matter of course"
    (
        "The county's new waste plan goes out for consultation on Monday.",
        "Cork County Council will, as a matter of course, notify residents by post.",
    ),
    # markets, Indian broadsheet: "as a matter of policy"
    (
        "The finance ministry will publish the borrowing calendar next week.",
        "The Reserve Bank of India will, as a matter of policy, intervene to smooth sharp swings.",
    ),
    # sport, Nigerian broadsheet: "as in past seasons"
    (
        "The Super Eagles host Ghana in Uyo on Sunday.",
        "The federation will, as in past seasons, pay match bonuses in dollars.",
    ),
    # planning, UK local: a habit adverb "ordinarily"
    (
        "The planning committee meets on Tuesday to consider the scheme.",
        "The committee will ordinarily sit in private.",
    ),
    # courts, Kenyan broadsheet: "customarily"
    (
        "The magistrates' court sits again on Monday to hear the bail ruling.",
        "A first offender will customarily receive a caution.",
    ),
    # health, Canadian broadcaster: a gerund subject, reported
    (
        "The provincial helmet law takes effect on March 1.",
        "Wearing a helmet will reduce the risk of serious injury, Dr. Okafor said.",
    ),
]


@pytest.mark.parametrize(("step", "other"), NO_STEP)
def test_no_step_is_left_out(step: str, other: str) -> None:
    text = _outlook(_body(step, other))
    assert step in text
    assert other not in text


# Negatives: a step that must stay (a date of its own, a body's plan with no routine
# word, a free relative with its date, a gerund that is a noun's name)
STAYS = [
    # local, US broadsheet: "as always" with the step's own day and hour
    "As always, the parade will leave City Hall at 10am on Saturday.",
    # economy, South African broadsheet: the same body, its own date, no routine
    "Treasury will publish the full documents on its website on Wednesday.",
    # sport, Irish broadsheet: a free relative with its date
    "Whoever wins on Saturday will face Kerry in the final on July 20.",
    # transport, Australian broadcaster: a gerund noun with its date
    "Resurfacing of the Pacific Highway will begin on Monday night.",
    # courts, UK broadsheet: a named person, a plain step with its date
    "Hollins will be sentenced at Leeds Crown Court on 14 March.",
    # economy, Indian wire: the body's plan with its date
    "The Reserve Bank of India will announce its policy decision on Friday.",
    # health, UK broadsheet: a gerund with "would" weighs an option, reported
    "The researchers estimate that cutting the course to five days would save the NHS"
    " about £3m a year.",
]


@pytest.mark.parametrize("step", STAYS)
def test_step_stays(step: str) -> None:
    assert step in _outlook(_body(step))


# A routine sentence alone: nothing ahead, so no outlook at all.
ALONE = [
    "Treasury will, as always, publish the full documents on its website.",
    "The Reserve Bank will, as a matter of course, publish the minutes on its website.",
    "Wearing a seatbelt will cut the risk of death by half, the trust said.",
]


@pytest.mark.parametrize("sentence", ALONE)
def test_alone_no_outlook(sentence: str) -> None:
    assert _outlook(_body(sentence)) == ""


# A present whose date hangs on its infinitive of purpose: the step with its day.
PURPOSE = [
    # health regulation, US broadcaster
    (
        "The vaccine will train the body to spot a protein on the virus's shell.",
        "The FDA's advisory panel meets to review the trial data on June 12.",
    ),
    # sport, Kenyan broadcaster
    (
        "Supporters sang late into the night after the win.",
        "Gor Mahia travel to Kisumu to face Kakamega Homeboyz on Sunday.",
    ),
    # politics, Australian broadsheet
    (
        "The minister was not available for comment.",
        "The Senate committee sits in Canberra to question the agency's chief on Thursday.",
    ),
    # sport, New Zealand broadsheet
    (
        "The side trained in heavy rain.",
        "The Phoenix fly to Perth to play Glory on Saturday.",
    ),
]


@pytest.mark.parametrize(("other", "step"), PURPOSE)
def test_purpose_carries_the_date(other: str, step: str) -> None:
    text = _outlook(_body(other, step))
    assert step in text
    assert other not in text


# Negatives: an infinitive of purpose told of a habit, or with no date at all.
PURPOSE_HABIT = [
    "Council officers visit the estate to inspect the drains every Monday.",
    "Volunteers meet to clean the beach most weekends.",
    "The committee meets to review the data.",
]


@pytest.mark.parametrize("sentence", PURPOSE_HABIT)
def test_purpose_habit_stays_out(sentence: str) -> None:
    assert _outlook(_body(sentence)) == ""


# What those who watch expect of the dated step just told: a second outlook sentence.
EXPECTED = [
    # economy, South African wire
    (
        "The Reserve Bank's monetary policy committee announces its rate decision on 20 March.",
        "Economists polled by Bloomberg expect a 50 basis point cut.",
    ),
    # agriculture, UK trade press
    (
        "The levy board will publish its harvest survey on 9 September.",
        "Merchants expect the barley crop to fall by around 8%.",
    ),
    # business, Indian broadsheet
    (
        "Malabar Steel will report quarterly results on Friday.",
        "Most analysts expect a quarterly loss of about Rs 400 crore.",
    ),
    # economy, Canadian broadcaster
    (
        "The Bank of Canada will announce its rate decision on Wednesday morning.",
        "Markets expect rates to be held at 3.25 per cent.",
    ),
]


@pytest.mark.parametrize(("step", "expected"), EXPECTED)
def test_expected_outcome_follows_the_step(step: str, expected: str) -> None:
    text = _outlook(_body(step, expected))
    assert step in text
    assert expected in text


# Negatives: an expectation with no dated step before it, or one of the past.
NOT_EXPECTED = [
    (
        "The chain's chief executive stepped down in May.",
        "Analysts expected a loss of about £40m.",
    ),
    (
        "The survey was carried out over the summer.",
        "Merchants expect the barley crop to fall by around 8%.",
    ),
]


@pytest.mark.parametrize(("before", "expected"), NOT_EXPECTED)
def test_expectation_alone_stays_out(before: str, expected: str) -> None:
    assert expected not in _outlook(_body(before, expected))
