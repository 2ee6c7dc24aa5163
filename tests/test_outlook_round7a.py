"""Outlook precision, round 7: a future that judges the news, not a next step.

What the news "will come as" to someone ("a relief to borrowers", "a blow to the club's
supporters") or how it "will be seen" ("as a vote of confidence") is the writer's view of
it; so is what a thing "will do little to" change, the good a thing "will give" someone
("a boost"), and the proverb "only time will tell". An indirect question whose wh-word
sits deep in its subject ("declined to say how many jobs would go") asks about the
future, it tells none. None of these is what happens next; a real step beside them, or
the same verbs with a date or an actor that acts, stays the outlook.

Every article here is synthetic: written for these tests (invented people, companies and
places; several beats and house styles: business wire, sport tabloid, local government,
health broadcaster, science broadsheet, courts), not taken from any eval set.
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
    "judgment",
    [
        # business, wire: the news as it lands
        "The cut will come as a relief to the 1.4 million households on variable-rate loans.",
        # sport, tabloid
        "The ban will come as a blow to Harlow Town's supporters.",
        # local government
        "The rise will come as no surprise to residents of the Fenwick estate.",
        # business, broadsheet: how it will be seen
        "The move will be seen as a vote of confidence in the region's factories.",
        "The appointment will be viewed as a snub to the chairman's critics.",
        # health, broadcaster: what it will do little to change
        "The extra money will do little to shorten waiting lists at Marsden General.",
        "The apology will do nothing to ease the anger of the families.",
        # sport: the good a result will give
        "The victory will give Kettleby a boost before the derby.",
        # politics: the proverb
        "Only time will tell whether the gamble pays off for the minister.",
        "Time will tell if Brannock can turn the club around.",
    ],
)
def test_a_future_that_judges_the_news_is_no_outlook(judgment):
    assert _outlook(LEAD + judgment + "\n") == ""


@pytest.mark.parametrize(
    "question",
    [
        # business, wire: the wh-word deep in the subject
        "The company declined to say how many jobs would go.",
        "Officials would not say how many homes would be affected.",
    ],
)
def test_an_indirect_question_with_a_deep_wh_word_is_no_outlook(question):
    assert _outlook(LEAD + question + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # the same verbs as a next step: a particle, an actor, a date, an "until"
        "Dimitra Kallis will come in as interim chief executive on Monday.",
        "The council will give its decision on the application on 14 March.",
        "The regulator will do nothing until the inquiry has reported.",
        "The review will decide whether the ban stays in place.",
        "Ministers will give the charity £2m to keep the centre open.",
    ],
)
def test_the_same_verbs_as_a_next_step_stay_the_outlook(step):
    assert _outlook(LEAD + step + "\n") == step


def test_the_real_step_wins_over_the_judgment():
    text = (
        LEAD + "The closure will come as a blow to the town's shopkeepers.\n\n"
        "The Fenwick branch will shut its doors on 30 June.\n"
    )
    assert _outlook(text) == "The Fenwick branch will shut its doors on 30 June."


def test_a_judgment_reported_as_would_is_no_outlook():
    text = LEAD + "Analysts said the deal would be seen as a defeat for the founders.\n"
    assert _outlook(text) == ""


# Two commitments told with "would" and no date, then the dated step the story waits on.
COMMITMENTS = (
    "Halvorsen Bank, which has no branches in Scotland, said it would keep all 40 of the "
    "society's branches open for at least two years.\n\n"
    "The GMB union, which represents about 600 staff, said it would seek talks with the new "
    "owners.\n\n"
)


@pytest.mark.parametrize(
    "scheduled",
    [
        # business, broadsheet: a passive plan with a month
        "The members' vote is expected in March.",
        # courts, wire: a passive plan with a day
        "Sentencing is set for 22 May.",
        # business, wire: "due" with a day and no infinitive
        "The next rate decision is due on 4 February.",
        # business, wire: the plan's infinitive under a noun the tagger misread
        "Traders now expect the rate to bottom out at 2% by June.",
    ],
)
def test_a_dated_plan_outranks_undated_commitments(scheduled):
    found = _outlook(LEAD + COMMITMENTS + scheduled + "\n")
    assert scheduled in found


def test_a_state_falling_due_is_no_second_step():
    # transport, broadcaster: a franchise "due for renewal" in a far year is background
    step = "Transport minister Keri Lund is due to meet the operator's owners on Thursday."
    text = LEAD + step + "\n\nIts franchise is due for renewal in 2028.\n"
    assert _outlook(text) == step


@pytest.mark.parametrize(
    "aside",
    [
        # culture, local: the occasion, told in passing
        "Tickets for the festival, which will be staged for the 30th time, sold out within "
        "an hour.",
        # local government: what a thing will cost, beside what happened to it
        "The lido, which will cost £3.5m to repair, has been closed since May.",
        # sport, broadsheet: what a ground will hold
        "The new stand, which will hold 9,000 fans, was designed by a firm from Leeds.",
        # health, broadcaster
        "The unit, which will treat about 400 children, was opened by the health minister.",
    ],
)
def test_an_undated_future_in_a_relative_clause_is_an_aside(aside):
    assert _outlook(LEAD + aside + "\n") == ""


@pytest.mark.parametrize(
    "dated",
    [
        "The plant, which will close in May, was opened in 1970.",
        "The council approved the plan, which will see 300 homes built on the site by 2029.",
        "The defendant, who will be sentenced on 3 June, was remanded in custody.",
    ],
)
def test_a_dated_future_in_a_relative_clause_stays(dated):
    assert _outlook(LEAD + dated + "\n") == dated


def test_a_relative_clause_with_its_own_actor_is_not_an_aside():
    # culture, broadsheet: the terms of a partnership name who acts
    step = (
        "The museum said 20 of the masks would stay in Hull on loan, as part of a "
        "partnership under which Ghanaian curators will work with its staff on a new gallery."
    )
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "forecast",
    [
        # weather, broadcaster: a forecast made, of a day ahead
        "The Met Office has forecast temperatures of up to 34C in Carlisle on Saturday.",
        # business, wire: the tagger reads "forecast" as a past
        "Analysts at Kestrel Capital forecast two more rate cuts next year.",
        "The regulator predicted a sharp rise in complaints next winter.",
    ],
)
def test_a_forecast_made_of_a_time_ahead_is_the_outlook(forecast):
    assert _outlook(LEAD + forecast + "\n") == forecast


@pytest.mark.parametrize(
    "behind",
    [
        # a forecast that had been made, or one made of a past time
        "Most economists had forecast a smaller rise in March.",
        "Last year the bank forecast growth of 2% for the year.",
    ],
)
def test_a_forecast_of_the_past_is_no_outlook(behind):
    assert _outlook(LEAD + behind + "\n") == ""


@pytest.mark.parametrize(
    "review",
    [
        # culture, broadcaster: how people will know or find a thing
        "Older residents will know the building as the Grand cinema.",
        "Visitors to the gallery will find more than 200 objects on display.",
    ],
)
def test_how_people_will_know_or_find_a_thing_is_no_outlook(review):
    assert _outlook(LEAD + review + "\n") == ""


def test_a_new_name_with_its_date_is_the_outlook():
    step = "The merged company will be known as Corvane Group from 1 April."
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "comment",
    [
        # sport, tabloid: what a result will do to someone, in the writer's voice
        "The defeat will raise fresh questions over the manager's future.",
        # politics, broadsheet
        "The findings will fuel calls for a public inquiry into the contract.",
        "The figures will pile pressure on the chancellor.",
        # local, high street
        "The closure will leave a hole in the high street.",
    ],
)
def test_what_a_thing_will_do_to_someone_with_no_date_is_no_outlook(comment):
    assert _outlook(LEAD + comment + "\n") == ""


@pytest.mark.parametrize(
    "event",
    [
        # the same shape with a date, or a body that acts, stays a step
        "Storm Ivo will bring gusts of 80mph to the Pembrokeshire coast on Sunday.",
        "The council will close the footbridge for repairs.",
        "The museum will reopen its east wing.",
    ],
)
def test_a_thing_with_a_date_or_a_body_that_acts_stays(event):
    assert _outlook(LEAD + event + "\n") == event


def test_an_event_told_of_a_date_is_no_judgment():
    # science, wire: the relative clause of a date ahead
    step = (
        "The agency said the probe had enough fuel to keep operating until the end of 2029, "
        "when the asteroid will pass its closest point to Earth."
    )
    assert _outlook(LEAD + step + "\n") == step
