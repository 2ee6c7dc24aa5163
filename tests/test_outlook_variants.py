"""The outlook looks ahead from the article's own time: a plan, a schedule, a date a
court or a council has set; not what someone judges a thing "would" do, not a refusal
or a stance reported, not a legacy ("will be remembered as"), not a habit ("is open
daily"). An article with nothing ahead has an empty outlook.

Every article here is synthetic: written for these tests across beats (courts, sport,
business, politics, science, weather, obituaries, local and tabloid news), in several
house styles, not taken from any eval set.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.engines.extractive import build_brief
from briefsmith.engines.linguistic import analysis_of

# Three sentences of past facts open every synthetic article: they are the situation.
LEAD = (
    "The decision was announced on Tuesday after months of argument.\n\n"
    "Officials met late into the evening to agree the details.\n\n"
    "Several people spoke at the meeting before the vote was taken.\n\n"
    "Many residents had already written to the local paper about it.\n\n"
)


def _outlook(text: str) -> str:
    analysis = analysis_of(text)
    _, lead = situation(text, analysis.sentences.sentences)
    spans = [(p.open_at, p.close_at + 1) for p in analysis.passages]
    return outlook(text, lead, analysis.sentences.sentences, spans, analysis)


# --- a date set for what comes next -------------------------------------------------


@pytest.mark.parametrize(
    "ahead",
    [
        # courts: sentencing put off to a date, a defendant bailed to a hearing
        "Judge Mary Holt adjourned sentencing until 14 March so that reports could be prepared.",
        "The hearing was postponed until next Thursday.",
        "He was bailed to appear before Leeds magistrates on 3 June.",
        # sport, politics, business, science, weather, obituaries
        "The consultation closes on 30 June.",
        "The deal is expected to close in the third quarter.",
        "The firm expects full-year profit of at least £40m.",
        "The team now plans to drill a second borehole.",
        "The warning is in force until 9pm on Sunday.",
        "The funeral will be held at St Mary's Church on Friday.",
        # a plan someone reports: a body, a person, a procedure
        "The club said it would appeal against the decision.",
        "Her lawyer said his client would appeal.",
        "The minister said a bill would be sent to parliament.",
        "The company said the first stores would shut at the end of March.",
        # a thing that opens the way to what comes next
        "The mayor said the ruling would pave the way for an appeal.",
    ],
)
def test_a_next_step_is_the_outlook(ahead):
    assert _outlook(LEAD + ahead) == ahead


# --- what only sounds ahead ---------------------------------------------------------


@pytest.mark.parametrize(
    "behind",
    [
        # a judgment of an effect, reported: what a thing "would" do to something
        "The minister said the reforms would make the system fairer.",
        "Campaigners said the estate would overwhelm the roads and the surgery.",
        "The opposition said the budget would hit the poorest hardest.",
        "The regulator said the label would include a warning about side effects.",
        "The government said a new reservoir would secure supply for the next 50 years.",
        # a reported state
        "His mother said the boy would be a lot more careful near water.",
        # a stance or a refusal reported
        "The union said its members would not accept the deal.",
        "The family said they would never forget the kindness of strangers.",
        "The school said it would not comment on individual pupils.",
        "Doctors told her she would never walk again, but she defied them.",
        # a legacy and a habit
        "She will be remembered as a fierce campaigner for the village.",
        "The museum is open daily from 10am to 5pm.",
        "The market runs every Saturday from 8am to 1pm.",
        # an adjective's infinitive after "be" is no plan ("was to walk")
        "Firefighters said the ice was never safe to walk on.",
    ],
)
def test_a_sentence_that_only_sounds_ahead_is_not_the_outlook(behind):
    assert _outlook(LEAD + behind) == ""


def test_a_judgment_never_stands_beside_a_plan():
    judgment = "Union leaders said the closures would devastate staff in small towns."
    plan = "Freshway said the first stores would shut at the end of March."
    assert _outlook(LEAD + judgment + "\n\n" + plan) == plan


def test_a_prediction_about_a_thing_is_no_second_sentence():
    plan = "The residents' group said it would ask the minister to call in the decision."
    prediction = "Opponents said the scheme would lead to gridlock."
    text = LEAD + prediction + "\n\n" + plan
    assert _outlook(text) == plan


def test_a_refusal_with_a_time_ahead_is_kept():
    refusal = "Investigators said they would not comment until the report was published."
    assert _outlook(LEAD + refusal) == refusal


def test_a_span_is_no_date_ahead_but_a_date_after_for_is():
    # "for the next 50 years" says how long; "for its second reading next month" when.
    span = "The company said the new plant would supply the region for the next 50 years."
    dated = (
        "The government faces a rebellion when the bill returns for its second reading next month."
    )
    assert _outlook(LEAD + span) == ""
    assert _outlook(LEAD + dated) == dated


def test_an_obituary_with_no_funeral_has_no_outlook():
    text = (
        "Former Olympic cyclist Ray Dunmore has died at the age of 84.\n\n"
        "Dunmore won bronze in the team pursuit at the 1964 Tokyo Games.\n\n"
        "He later ran a bike shop in Harrogate for 40 years.\n\n"
        "He will be remembered as one of the finest riders of his era and will be sadly "
        "missed by everyone at the club.\n\n"
        "He is survived by his wife, Joan, and two sons."
    )
    assert build_brief(text).outlook == ""


def test_a_later_lead_sentence_is_the_outlook_when_the_body_has_none():
    # A wire lead often ends on the forecast; the body then tells only what happened.
    text = (
        "MANILA (AP) — Authorities evacuated 90,000 people from coastal villages on "
        "Friday as a typhoon strengthened over the sea.\n\n"
        "The weather bureau said the storm was expected to make landfall late on Saturday.\n\n"
        "Schools were closed and ferries were barred from sailing.\n\n"
        "In one fishing village, residents tied their boats to trees.\n\n"
        "A farmer said she had harvested what she could."
    )
    brief = build_brief(text)
    assert "expected to make landfall late on Saturday" in brief.situation
    assert brief.outlook == (
        "The weather bureau said the storm was expected to make landfall late on Saturday."
    )


def test_a_lead_sentence_is_not_repeated_when_the_body_looks_ahead():
    text = (
        "Harlow Foods agreed to buy snack maker Crispin for $1.2 billion on Monday.\n\n"
        "Harlow will pay $34 a share in cash.\n\n"
        "Crispin's board backed the offer.\n\n"
        "The deal is expected to close in the third quarter."
    )
    assert build_brief(text).outlook == "The deal is expected to close in the third quarter."


def test_a_warned_future_is_a_prediction_not_a_second_next_step():
    # "warned X would ...": whoever it is about, someone's forecast; it may stand alone
    # but never beside a dated next step.
    warned = "The general warned the army would stand firm and defeat the invaders."
    step = "The first deliveries are expected to arrive within the next three months."
    assert _outlook(LEAD + warned) == warned
    assert _outlook(LEAD + warned + "\n\n" + step) == step


def test_a_state_someone_reports_is_no_next_step():
    assert _outlook(LEAD + "The company said demand would remain strong.") == ""
    dated = "The Met Office said the warning would stay in force until 6pm on Sunday."
    assert _outlook(LEAD + dated) == dated


@pytest.mark.parametrize(
    "ongoing",
    [
        "Police are appealing for witnesses to come forward.",
        "The regulator said it was considering prosecutions.",
        "The data watchdog said it was making enquiries.",
    ],
)
def test_an_inquiry_under_way_is_the_outlook_when_nothing_plainer_is(ongoing):
    assert _outlook(LEAD + ongoing) == ongoing
    step = "The hearing will resume on 12 June."
    assert _outlook(LEAD + ongoing + "\n\n" + step) == step


def test_an_inquiry_told_in_the_past_is_not_the_outlook():
    assert _outlook(LEAD + "Police were investigating a burglary when they heard shots.") == ""
    assert _outlook(LEAD + "Officers investigated the claims in 2019 but took no action.") == ""


def test_a_release_pending_enquiries_is_the_outlook_when_nothing_plainer_is():
    pending = (
        "A 30-year-old man was arrested on Sunday and has been released on bail pending "
        "further enquiries."
    )
    assert _outlook(LEAD + pending) == pending
    past = "The building, which was under review for years, was demolished in 2010."
    assert _outlook(LEAD + past) == ""
