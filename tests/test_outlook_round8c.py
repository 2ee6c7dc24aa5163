"""Outlook, round 8: "would later" with its source after it.

"Two earlier landers would later tip over on the rough ground, she added" and "the
original stand would later be demolished, the club's historian said" tell the story's
past forward with the attribution after it, as "he joined in 1962 and would later become
its chairman" does in the story's own voice. A plan reported before it ("the company said
it would later publish a full list") and a "later" with its own time ("later this month",
"later on Saturday") stay the outlook.

Every article here is synthetic: written for these tests (invented people, clubs and
companies; science broadcaster, sport local, business wire, transport wire), not taken
from any eval set.
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
        # science, broadcaster
        "Two earlier landers from other countries would later tip over on the rough ground,"
        " she added.",
        # sport, local
        "The original stand would later be demolished to make way for flats, the club's"
        " historian said.",
    ],
)
def test_would_later_with_the_source_after_is_no_outlook(history: str) -> None:
    assert _outlook(LEAD + history + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # business, wire: a plan reported before it
        "The company said it would later publish a full list of the branches affected.",
        # "later" with its own time
        "The full results would be published later this month, the agency said.",
        # transport, wire
        "The remaining flights would resume later on Saturday, the airline said.",
    ],
)
def test_a_later_plan_or_a_later_time_stays_the_outlook(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step
