"""Outlook, round 19 (d): futures that are no next step, and steps missed, found by a
probe across beats (consumer and motoring features, sport reports, arts profiles, royal
and civic visits, business wire, health).

- How a thing behaves or what it comes with, with nothing done to anything and no date:
  "The tablets will dissolve in water", "The phone will come in three colours", "The new
  model will come with a larger screen", "The offer will apply to all new customers" (a
  feature or the scope of terms); "The new trains will come into service in May", "The
  cuts will come in two waves" (how a plan unfolds), "The rules will apply to all drivers
  from April" and "The charity will apply to the High Court" (a body's act) stay.
- A side's verdict on itself told as how it will feel, with a clause or an adjective:
  "The home side will feel they deserved a point", "United will feel aggrieved";
  "Households will feel the squeeze next winter" (a thing felt) stays.
- A person's aside about a thing of theirs, "whose" its subject's possessor: "Jo Marsh,
  whose new film will be released next year, grew up in Leeds"; a body's "The firm,
  whose plant will close in May, said ..." stays.
- How people will take a thing: "Fans will recall the night the stand collapsed".
- Recall: a report dated to the news's own days is no guidance given long ago ("The
  club said last week it would appeal", "said yesterday"); "The bank said last year it
  would cut 400 jobs" stays out.
- Recall: a step at its hour of the day, whatever it waits on ("The crew will put on a
  display at noon if the weather allows"); "Left untreated, the infection will spread"
  stays out.

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
        "The tablets will dissolve in water.",
        "The phone will come in three colours.",
        "The new model will come with a larger screen and a faster chip.",
        "The offer will apply to all new customers.",
        "The home side will feel they deserved a point.",
        "United will feel aggrieved after two penalty appeals were turned down.",
        "Jo Marsh, whose new film will be released next year, grew up in Leeds.",
        "Fans will recall the night the stand collapsed.",
    ],
)
def test_no_next_step(sentence: str) -> None:
    assert _outlook(LEAD + sentence + "\n") == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The new trains will come into service in May.",
        "The cuts will come in two waves.",
        "The rules will apply to all drivers from April.",
        "The charity will apply to the High Court for a review.",
        "Households will feel the squeeze next winter.",
        "The firm, whose plant will close in May, said it had no choice.",
        "The club said last week it would appeal.",
        "Harlow Town said yesterday it would appeal against the points deduction.",
        "The crew will put on a display at noon if the weather allows.",
        "The match will be played at 3pm if the pitch passes an inspection.",
    ],
)
def test_a_next_step(sentence: str) -> None:
    assert sentence[:30] in _outlook(LEAD + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank said last year it would cut 400 jobs.",
        "Left untreated, the infection will spread.",
    ],
)
def test_still_no_next_step(sentence: str) -> None:
    assert _outlook(LEAD + sentence + "\n") == ""
