"""Outlook, round 9: a report dated to a stage of someone's life.

"As a child she told her mother she would one day fly planes", "as a teenager, he vowed
he would play for his country": the report is dated to that stage of a life, as one
made "in 2019" or "at the time" is, so what it looked ahead to is the past (profiles and
obituaries tell lives this way). "As chair, she said the board would publish its review
in May" and "as a result, the council said it would close the pool" stay the outlook.

Every article here is synthetic: written for these tests (invented people and bodies;
obituary broadsheet, sport tabloid, health local, business trade, local government), not
taken from any eval set.
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
        # obituary, broadsheet
        "As a child she told her mother she would one day fly planes.",
        # sport, tabloid
        "As a teenager, he vowed he would play for his country.",
        # health, local
        "As a young girl she promised her grandmother she would become a doctor.",
        # business, trade
        "As a student he said he would never work in an office.",
        # agriculture, local
        "As a boy, Okafor said he would one day own the farm.",
        # culture, broadsheet
        "As a schoolgirl, she wrote that she would travel the world.",
        # business, wire
        "As a teenager she told friends she would run a business one day.",
        # obituary, local
        "As a child, he told his father that he would build boats.",
    ],
)
def test_a_report_dated_to_a_stage_of_life_is_no_outlook(history: str) -> None:
    assert _outlook(LEAD + history + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        "As chair, she said the board would publish its review in May.",
        "As a result, the council said it would close the pool in June.",
    ],
)
def test_other_as_phrases_keep_the_outlook(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step
