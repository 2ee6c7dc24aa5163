"""Outlook, round 17 (d): futures with no date that are no next step, and guidance given
long ago, found by a probe across beats (markets, arts listings, transport, consumer,
health, local services).

- Guidance given in a month or a season of a year gone ("Last March the bank said it
  would cut rates three times in 2026", "Last spring the council said it would reopen
  the pool by Christmas"): said then, as "last year the operator said" was; "last week"
  stays the news's own time.
- How long or how far a thing will run, with no date ("The show will run for 90
  minutes", "The new route will run for 6.4km along the coast", "The film will last just
  under two hours"): a measure, no step; "The festival will run for three days from 1
  June" keeps its date, and a change that lasts ("The viaduct will be closed for six
  months") stays a step.
- What anyone of a class picked out by what they are or do will get ("Those eligible
  will receive a letter"): the standing terms; "Many residents will be moved out next
  week" stays, and so does "Passengers with tickets for strike days will be able to
  claim a full refund" (a phrase of what they hold; round 4's convention).
- What happens if nothing is done ("Left untreated, the infection will spread",
  "Without treatment, most patients will die within a year").
- Opening hours told in the future ("The shop will open from 9am to 5pm on weekdays",
  "The pool will be open from 7am every day", "from 10am until 4pm on Saturdays"); a
  body's schedule for a thing stays ("A joint commission will review the fishing quota
  every six months").

Every article here is synthetic: written for these tests (invented people, firms,
councils and towns; wire, local, broadcaster and broadsheet copy), not taken from any
eval set.
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
    "aside",
    [
        # markets wire: last year's guidance
        "Last March the bank said it would cut rates three times in 2026.",
        "Last March the central bank said it would raise rates in June.",
        # local: a season gone
        "Last spring the council said it would reopen the pool by Christmas.",
        "Last October, the minister said the bridge would open in the summer.",
        # arts listings, transport: extents
        "The show will run for 90 minutes.",
        "The new route will run for 6.4km along the coast.",
        "The tunnel will stretch for 3 miles under the river.",
        "The film will last just under two hours.",
        # consumer, benefits: terms for a class
        "Those eligible will receive a letter.",
        "Those who qualify will receive a letter.",
        # health
        "Left untreated, the infection will spread.",
        "If left untreated, the condition will get worse.",
        "Without treatment, most patients will die within a year.",
        # local services: opening hours
        "The shop will open from 9am to 5pm on weekdays.",
        "The pool will be open from 7am every day.",
        "Trains will run every half hour on Sundays.",
        "The library will be open from 10am until 4pm on Saturdays.",
    ],
)
def test_no_step(aside: str) -> None:
    assert _outlook(LEAD + aside + "\n") == ""


@pytest.mark.parametrize(
    "ahead",
    [
        "Last week the council said it would close the library on 1 June.",
        "The festival will run for three days from 1 June.",
        "Many residents will be moved out next week.",
        "The show will premiere on Channel 4 in the autumn.",
        "A decision is expected within six weeks.",
        "The new route will open to passengers on 1 June.",
        "The library will reopen on Monday after repairs.",
        "If the plan is approved, work will start in March.",
        # earlier rounds' steps of the same shapes
        "The viaduct will be closed for six months.",
        "A joint commission will review the fishing quota every six months.",
        "Passengers with tickets for strike days will be able to claim a full refund.",
        "Unison threatened to take legal action unless the council reversed the cuts.",
        # a present a span puts ahead, a habit only in the phrase below it
        "The board said an interim report is expected within 60 days, with the full "
        "report typically taking a year.",
    ],
)
def test_step_stays(ahead: str) -> None:
    assert ahead[:30] in _outlook(LEAD + ahead + "\n")
