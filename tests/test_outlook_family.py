"""The outlook is what the story says will happen next, or nothing. These tests cover
sentences that have a future's words and are no next step: a habit ("storms will often
bring down trees"), a hypothesis ("if warming is limited ..., could survive"), a refusal
to comment, onlookers' guesses, a future seen from a past belief, a judgment or a state
with no time ("will help doctors", "this will be the third time"), more of the same
("would continue to monitor"), a past judgment of a cause ("were likely to blame"), a
person's future told in passing in a "who" clause, a plan reported when it was made
("last year the company said it would"), a thing not yet done ("are yet to confirm"),
the past told forward ("would later become", "would go on to"), an open question
("whether ... will"), and the page speaking to its reader ("we will update this story",
"Sign up ...", "Read more: ..."). Beside each, the next steps of the same shape that
must stay.

Every article here is synthetic: written for these tests with invented names, across
beats (courts, sport, business, science, weather, local, tabloid, obituaries), not taken
from any eval set.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.engines.extractive import build_brief
from briefsmith.engines.linguistic import analysis_of

# Three sentences of past facts open every synthetic article: they are the situation.
LEAD = (
    "The announcement came on Tuesday after weeks of talks.\n\n"
    "Officials gave few details at a short briefing in the afternoon.\n\n"
    "Reporters waited outside the building for several hours.\n\n"
    "Local people had followed the case closely for months.\n\n"
)


def _outlook(text: str) -> str:
    analysis = analysis_of(text)
    _, lead = situation(text, analysis.sentences.sentences)
    spans = [(p.open_at, p.close_at + 1) for p in analysis.passages]
    return outlook(text, lead, analysis.sentences.sentences, spans, analysis)


@pytest.mark.parametrize(
    "not_ahead",
    [
        # a habit: an adverb of habit before the verb
        "Storms in the region will often bring down trees and power lines.",
        "Hurricanes will typically weaken once they move over land.",
        "Neighbours said he would always stop to chat.",
        # a habit of the past in reported speech
        "Residents said the junction would flood every time it rained.",
        "He said he would walk to school every day as a child.",
        # a hypothesis
        "If warming is limited to 1.5C, some of the smaller glaciers could survive.",
        "Scientists said that if emissions keep rising, sea levels could rise by a metre by 2100.",
        # a refusal to comment, in the future
        "The club said it will not comment on speculation about the manager.",
        # onlookers' guesses
        "Fans online predicted the striker would be sold in January.",
        "Many fans believe the manager will be gone by Christmas.",
        # a future seen from a past belief
        "Her friends said she was convinced the relationship would last.",
        # a judgment or a state, no time
        "The findings will help doctors spot the disease earlier.",
        "This will be the third time the two sides have met in a final.",
        "Councillor Mark Bryce said the decision would be a disaster for the village.",
        "The study's authors said further research would be needed.",
        # more of the same
        "The council said it would continue to monitor the situation.",
        # a past judgment of a cause
        "Researchers said pesticides and the loss of hedgerows were likely to blame.",
        # a person's future told in passing
        "Moss, who will turn 40 next month, won the title in 2010.",
        "The actress, who will star in a West End play next year, has two children.",
        # a plan reported when it was made, long ago
        "Last year the company said it would build a new factory in Wales.",
        # an open question
        "Whether the deal will survive the winter remains to be seen.",
        "It remains to be seen whether voters will forgive him.",
        # the past told forward
        "He joined the club in 1962 and would later become its chairman.",
        "His family said he would go on to run the shop for 40 years.",
        # a thing not yet done is no plan
        "Officials are yet to confirm the cause of the fire.",
        # the page speaking to its reader: its own "we", a bidding, a labelled line
        "We will update this story as we get more information.",
        "Sign up for our daily newsletter, which will land in your inbox every morning.",
        "Read more: Why house prices will fall next year.",
        "Pictured: Banks will marry Pike at a castle in Devon next summer.",
    ],
)
def test_a_future_in_words_only_is_not_the_outlook(not_ahead):
    assert _outlook(LEAD + not_ahead) == ""


@pytest.mark.parametrize(
    "ahead",
    [
        # an adverb after the verb tells how, not how often
        "The airline said most flights would operate normally on Saturday.",
        # a schedule set by a body
        "A joint commission will review the fishing quota every six months.",
        # an adjective with its own verb is a step
        "Passengers with tickets for strike days will be able to claim a full refund.",
        # an event of a thing, not a judgment
        "The probe will pass its closest point to the sun in March.",
        "The existing pool will remain open for now.",
        # a refusal bounded by a time ahead is kept (the next step is the time)
        "The coroner said she would not comment until the inquest resumed in May.",
        # what is done to a person told in a "who" clause
        "Okafor, who will be sentenced on 3 April, was remanded in custody.",
        # a past expectation with a time ahead
        "Forecasters said the storm was expected to make landfall late on Sunday.",
        # a plan reported a while ago with a time still ahead
        "He told reporters last week that he would announce his decision soon.",
        # the future perfect is a future ("would have" stays the past)
        "The tunnel will have been closed for six months by the time it reopens in June.",
        # a plan reported beside past facts is still a plan
        "Her barrister said she had repaid the money and would appeal against the sentence.",
        # a question decided by someone ahead is their step
        "The board will decide next month whether the school will close.",
        # a hypothesis someone warns of stays a warning
        "Engineers warned that if the rain continues, the river could burst its banks.",
    ],
)
def test_a_next_step_of_the_same_shape_stays(ahead):
    assert _outlook(LEAD + ahead) == ahead


def test_a_celebrity_aside_gives_way_to_the_plan():
    text = (
        "Reality star Chloe Banks showed off her baby bump in Marbella this week.\n\n"
        "The couple announced in March that they were expecting their first child.\n\n"
        "The pair met on a dating show in 2021 and got engaged last year.\n\n"
        'Chloe, who will celebrate her 30th birthday next month, told fans: "So blessed."\n\n'
        "A source said the couple would spend most of the summer in Spain before returning "
        "to London."
    )
    assert build_brief(text).outlook == (
        "A source said the couple would spend most of the summer in Spain before returning "
        "to London."
    )


def test_a_study_with_only_a_hypothesis_and_a_habit_has_no_outlook():
    text = (
        "Hedgehog numbers in the countryside have fallen by as much as half since 2000, "
        "according to a new report.\n\n"
        "The study, published by two wildlife charities on Wednesday, found that rural "
        "populations continue to decline.\n\n"
        "Researchers said the loss of hedgerows and the use of pesticides were likely to "
        "blame.\n\n"
        "If current trends continue, hedgehogs could disappear from some rural counties "
        "within 20 years, the report said.\n\n"
        "Hedgehogs will typically travel up to two kilometres a night in search of food."
    )
    assert build_brief(text).outlook == ""


def test_a_match_report_keeps_the_next_fixture_not_the_habit():
    text = (
        "Hartfield Town came from behind to beat Kesby Rovers 2-1 at Mill Park on Saturday.\n\n"
        "Substitute Leon Carr won it with nine minutes left.\n\n"
        "Rovers, who have now lost four games in a row, would have gone top with a win.\n\n"
        "Town fans will often travel in big numbers to away games.\n\n"
        "Town will travel to Denton next Tuesday."
    )
    assert build_brief(text).outlook == "Town will travel to Denton next Tuesday."
