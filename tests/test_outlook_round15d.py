"""Outlook, round 15 (d): what sounds ahead but is no next step, found by a negative probe
across beats (health, sport, courts, community listings, travel, politics).

- A meeting that recurs on a day of each period or on a weekday's evenings ("Volunteers
  meet on the first Tuesday of every month", "The choir rehearses on Thursday evenings",
  "Evening classes run on Monday and Wednesday nights"):
  a habit, no date ahead. "The choir performs on Thursday evening" stays.
- What follows an act whenever it is done, told in "will" ("Most patients will feel
  better within a few days of starting the treatment"): round 14 settled the reported
  "would"; a date makes it a step.
- An act judged with "it" ("it would be wrong to comment on individual cases", "it will
  be difficult to say"); "it would be happy to meet residents next week" is an offer.
- A future under a negated verb that is no report ("A licence does not mean patients
  will get the drug"): what need not follow.
- An obligation of people in general ("Patients must have an MRI scan before treatment
  starts"); "The club must pay the fine by Friday" stays.
- Stock judgements of stakes ("the rains would make or break the harvest", "would go into
  the final with nothing to lose"), what people in general will know ("Regular visitors
  will know the cafe for its scones") and the reader told ("Locals will tell you ...").
- How a thing will stand, with no date ("Prices will vary from store to store", "The rules
  will differ between the four nations"), as "a lot will depend on the weather" was.
- What happens to whoever is in a class of people told by a present relative or an age
  ("Shoppers who pay by card will not be charged a fee", "Children under five will travel
  free"): the standing terms; "Residents who lost their homes will be rehoused next
  month" stays.
- A fixture behind a manager's possessive that the tagger reads as one name ("Folarin's
  side host Rovers on Saturday"): the fixture, as "Rovers host Town on Saturday" was.

Every article here is synthetic: written for these tests (invented people, clubs, firms,
councils and towns; wire, local, trade, tabloid, broadsheet and broadcaster copy; British,
Irish, Kenyan and Australian English), not taken from any eval set.
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
    "phrase",
    [
        # community listing, local
        "Volunteers meet on the first Tuesday of every month.",
        # local, Irish English
        "The choir rehearses on Thursday evenings in the church hall.",
        # education, local
        "Evening classes run on Monday and Wednesday nights.",
        # health, trade
        "Most patients will feel better within a few days of starting the treatment.",
        # courts, broadcaster
        "The chairman said it would be wrong to comment on individual cases.",
        # health, trade
        "A licence does not mean patients will get the drug.",
        # health, trade
        "Patients must have an MRI scan before treatment starts.",
        # agriculture, Kenyan English
        "The rains would make or break the harvest, farmers said.",
        # sport, tabloid
        "The side would go into the final with nothing to lose, the coach said.",
        # food, local
        "Regular visitors will know the cafe for its cheese scones.",
        # travel, Australian broadsheet
        "Locals will tell you the best time to visit is in the spring.",
        # consumer, local
        "Shoppers who pay by card will not be charged a fee.",
        # transport, broadcaster
        "Children under five will travel free.",
        # housing, Scottish broadsheet
        "Tenants who fall behind will be given a chance to pay.",
        # consumer, wire
        "Prices will vary from store to store.",
        # politics, broadcaster
        "The rules will differ between the four nations, officials said.",
        # sport, local: the fixture already played
        "Folarin's side hosted Rovers on Saturday.",
    ],
)
def test_what_only_sounds_ahead_is_no_outlook(phrase: str) -> None:
    assert _outlook(LEAD + phrase + "\n") == ""


@pytest.mark.parametrize(
    "ahead",
    [
        "The choir performs on Thursday evening in the church hall.",
        "Patients will be able to get the jab at pharmacies from next month.",
        "The firm said it would be happy to meet residents next week.",
        "The club must pay the fine by Friday.",
        "The appraisal committee will meet again on 14 May.",
        "Folarin's side face Rovers in the cup on Saturday.",
        "Residents who lost their homes will be rehoused next month.",
        "Strikes on the Underground will go ahead on Wednesday and Friday.",
        "Bin collections will differ next week because of the bank holiday.",
    ],
)
def test_a_next_step_is_still_the_outlook(ahead: str) -> None:
    assert _outlook(LEAD + ahead + "\n") == ahead


@pytest.mark.parametrize(
    "fixture",
    [
        # football, local
        "Folarin's side host Rovers on Saturday.",
        # rugby, Welsh broadsheet
        "Dai Pritchard's men visit Llanferran on Sunday.",
        # netball, Australian wire
        "Okoro's squad play Brisbane Jets on Friday.",
    ],
)
def test_a_fixture_behind_a_possessive_is_the_outlook(fixture: str) -> None:
    assert _outlook(LEAD + fixture + "\n") == fixture
