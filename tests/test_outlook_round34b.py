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
- A subject that is no one of the news: a gerund clause ("Wearing a helmet will reduce
  the risk of injury, Dr Okafor said") or a free relative ("Whoever takes over will
  inherit a divided squad"): a general truth or a guess, no step, when no time puts it
  ahead. "Whoever wins on Saturday will face Kerry in the final on July 20" keeps its
  date.

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
        "The Reserve Bank of India will, as a matter of policy, intervene to smooth sharp"
        " swings.",
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
    # sport, Irish broadsheet: a free relative subject after a firm step
    (
        "The Galway board will name the new manager on Tuesday evening.",
        "Whoever takes over will inherit a divided squad.",
    ),
    # politics, Singapore broadsheet: a free relative subject
    (
        "The party's central executive committee meets on Saturday to pick a new leader.",
        "Whoever is chosen will have big shoes to fill.",
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
]


@pytest.mark.parametrize("step", STAYS)
def test_step_stays(step: str) -> None:
    assert step in _outlook(_body(step))


# A routine sentence alone: nothing ahead, so no outlook at all.
ALONE = [
    "Treasury will, as always, publish the full documents on its website.",
    "The Reserve Bank will, as a matter of course, publish the minutes on its website.",
    "Wearing a seatbelt will cut the risk of death by half, the trust said.",
    "Whoever wins the leadership will inherit a divided party.",
]


@pytest.mark.parametrize("sentence", ALONE)
def test_alone_no_outlook(sentence: str) -> None:
    assert _outlook(_body(sentence)) == ""
