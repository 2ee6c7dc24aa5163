"""Outlook, round 24 (b): a Canadian local planning story and a probe across beats
(labour, courts, transport, business, politics; UK, US, Canadian, Nigerian and Indian
copy).

- A step the news's own actor reports of itself in the lead ("The union said it would
  ballot members on strike action", "The firm said it would appeal against the ruling")
  or a present or a duty its day puts ahead ("The cuts take effect from Sunday", "The
  fine must be paid by March 1") is the outlook when the body says nothing ahead; a bare
  "will" of the lead ("The firm will cut 300 jobs") is the news itself and stays out, and
  so do a refusal ("would not tolerate") and a standing rule ("Landlords must register
  every year in May").
- What a body says it will not give out ("Police said they would not be releasing
  further details", "The family said they would not be making any statement") is a
  refusal to speak, no next step, as "would not comment" was.
- A report told as then ("Back then, the mayor said the tram would be running within
  five years", "In those days ...", "At that time ...") looks ahead from the past.
- "will tend to" is a habit, as "will often" is.

Every passage here is synthetic: written for these tests (invented people, firms,
unions and towns), not taken from any eval set.
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
    ("article", "step"),
    [
        (
            "Bus drivers at Tarrant Coaches rejected a 3% pay offer on Monday.\n\n"
            "The union said it would ballot members on strike action.\n\n"
            "Drivers say their pay has fallen behind inflation.\n\n"
            "The company said the offer was fair.",
            "The union said it would ballot members on strike action.",
        ),
        (
            "A judge has ruled that Corvel Foods breached its contract with a supplier.\n\n"
            "The firm said it would appeal against the ruling.\n\n"
            "The supplier, Hamble Farms, had sought damages of $2m.\n\n"
            "The case was heard over five days.",
            "The firm said it would appeal against the ruling.",
        ),
        (
            "A Lagos court has ordered Danfo Motors to pay N40m to a former manager.\n\n"
            "The company said it would appeal.\n\n"
            "The manager, Kemi Ade, was dismissed in 2022.",
            "The company said it would appeal.",
        ),
        (
            "Bus fares in Kelby are to rise by 20p.\n\n"
            "The cuts take effect from Sunday.\n\n"
            "The council says it has no choice.",
            "The cuts take effect from Sunday.",
        ),
        (
            "A Kelby factory has been fined $200,000 over a worker's death.\n\n"
            "The fine must be paid by March 1.\n\n"
            "The worker, Sam Reyes, died in 2023.",
            "The fine must be paid by March 1.",
        ),
    ],
)
def test_a_step_reported_in_the_lead_is_the_outlook_when_the_body_has_none(
    article: str, step: str
) -> None:
    assert _outlook(article) == step


@pytest.mark.parametrize(
    "article",
    [
        "Harlow Steel is to close its Wexcombe plant.\n\n"
        "The firm will cut 300 jobs.\n\n"
        "Workers were told on Monday.",
        "A Kelby bakery has won a national award.\n\n"
        "The owner said she would often bake through the night.\n\n"
        "She opened the shop in 2010.",
        "The Kelby Arms has closed after 120 years.\n\n"
        "The landlord said he would miss his regulars.\n\n"
        "The pub opened in 1904.",
        "A Kelby factory has been fined $200,000 over a worker's death.\n\n"
        "The company said it would not tolerate unsafe practices.\n\n"
        "The worker, Sam Reyes, died in 2023.",
        "A Kelby landlord has been fined for renting out unsafe flats.\n\n"
        "Landlords must register every year in May.\n\n"
        "The flats were inspected in May.",
    ],
)
def test_the_lead_s_own_news_habits_and_feelings_stay_out(article: str) -> None:
    assert _outlook(article) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said they would not be releasing further details at this time.",
        "The family said they would not be making any statement.",
        "Back then, the mayor said the tram would be running within five years.",
        "In those days the mayor said the tram would be running within five years.",
        "Older voters will tend to turn out in greater numbers.",
    ],
)
def test_withheld_words_reports_told_as_then_and_tendencies_are_no_outlook(
    sentence: str,
) -> None:
    assert _outlook(LEAD + sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The council said it would not renew the lease.",
        "Police said they would release the findings next week.",
        "The council said it would consult residents at that time.",
        "Then, the mayor said, the tram would open next year.",
        "Many residents will be rehoused within six months.",
    ],
)
def test_a_decision_a_release_and_a_step_ahead_stay(sentence: str) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)
