"""Issue 21: the outlook read from the parse. A brief's outlook is the story's own
sentences about what happens next (a future in the main clause, a future reported, a
plan, a schedule with a date ahead), or nothing when the article says nothing about the
future. Not a past clause with a future phrase in it, not a future seen from the past,
not a bare possibility, not a quote, not the lead again.

Every article here is synthetic: written for these tests across beats (courts, sport,
business, science, politics, weather, local news), not taken from any eval set.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.engines.extractive import build_brief
from briefsmith.engines.linguistic import analysis_of

# Three sentences of past facts open every synthetic article: they are the situation.
LEAD = (
    "Officials confirmed the decision on Wednesday after a long review.\n\n"
    "The review found problems at several sites across the region.\n\n"
    "Staff were told about the findings at a meeting in the afternoon.\n\n"
)


def _outlook(text: str) -> str:
    analysis = analysis_of(text)
    _, lead = situation(text, analysis.sentences.sentences)
    spans = [(p.open_at, p.close_at + 1) for p in analysis.passages]
    return outlook(text, lead, analysis.sentences.sentences, spans, analysis)


# --- next steps the outlook keeps (synthetic, one family per beat) ----------------------


@pytest.mark.parametrize(
    "ahead",
    [
        # courts: a sentencing date
        "The judge adjourned the case, and Harlow is due to be sentenced on March 3.",
        "Sentencing is set for March 3 at Kelmsford Crown Court.",
        # sport: the next fixture
        "United will face Rovers in the quarter-final next Saturday.",
        # business: results due
        "The company will report its full-year results on February 12.",
        # science: a launch planned
        "The agency plans to launch the probe next spring from French Guiana.",
        # politics: a vote next month
        "MPs will vote on the bill when it returns to the Commons next month.",
        # weather: a warning until a time ahead
        "The Met Office said the warning would stay in force until 6pm on Sunday.",
        # local: works start on a day ahead (a present tense that a date puts ahead)
        "Resurfacing work on the High Street starts on Monday.",
        "The new parking charges take effect next April.",
        # a plan reported: "said it would" with a time
        "The regulator said it would publish its findings in the autumn.",
    ],
)
def test_a_next_step_is_the_outlook(ahead):
    text = LEAD + "Residents had complained for years about the state of the roads.\n\n" + ahead
    assert _outlook(text) == ahead


# --- what looks ahead only in its words ---------------------------------------------


@pytest.mark.parametrize(
    "behind",
    [
        # a past clause with a future time phrase in it
        "The airline cancelled 40 of the flights scheduled over the next two weeks.",
        "Carriers have withdrawn a tenth of the sailings planned for next month.",
        # reported speech about the past: a future seen from the past
        "She said she had never promised that the fair would go ahead.",
        "He said he had decided early that the rain would not stop him.",
        # a past plan
        "One passenger, who was due to fly to Lisbon, slept in the terminal.",
        # what would have happened
        "Supporters said he would have won with a dry polling day.",
        # bare possibilities about present facts
        "Each repair could cost the council up to £2,000.",
        "Experts warned the data could be particularly sensitive.",
        # an ongoing attempt is no next step
        "Rebels are trying to expand their control of the northern province.",
        # a present with a frequency or a duration, no date ahead
        "The depot employs 300 people and runs 40 buses every week.",
    ],
)
def test_a_sentence_that_only_sounds_ahead_is_not_the_outlook(behind):
    text = LEAD + "Residents had complained for years about the state of the roads.\n\n" + behind
    assert _outlook(text) == ""


def test_a_quoted_future_is_someones_words_not_the_outlook():
    text = (
        LEAD + "The chief executive spoke to reporters outside the plant.\n\n"
        "She said: “We will reopen every branch next month.”\n\n"
        "“We will not let our customers down,” she added."
    )
    assert _outlook(text) == ""


def test_a_caption_in_the_present_with_a_weekday_is_not_a_schedule():
    caption = "Fans celebrate outside the stadium on Saturday"
    text = LEAD + caption + "\n\nThe club thanked its supporters."
    assert _outlook(text) == ""


def test_the_lead_and_its_restatement_are_the_situation_not_the_outlook():
    text = (
        "Soap star Tara Quill is set to leave Mill Street after a row with co-star Dev Anand.\n\n"
        "The actress has played nurse Jo Lane for six years.\n\n"
        "Insiders said she walked off set after the row.\n\n"
        "Mill Street star Tara Quill is set to leave the soap after a row with co-star Dev "
        "Anand, insiders said.\n\n"
        "Her agent did not respond to a request for comment."
    )
    assert _outlook(text) == ""


# --- ranking, cap and order ---------------------------------------------------------


def test_a_next_step_with_an_agent_and_a_date_outranks_a_projection():
    text = (
        LEAD + "Enrolment is projected to fall by another 300 pupils over the next five years.\n\n"
        "Parents gathered outside the school gates.\n\n"
        "The board will hold a public meeting on November 4 about the old building."
    )
    assert _outlook(text) == (
        "The board will hold a public meeting on November 4 about the old building."
    )


def test_a_possibility_with_a_date_stands_alone_but_never_beside_a_next_step():
    possible = "Queues at the port could reach 150 lorries by January."
    text = LEAD + possible
    assert _outlook(text) == possible
    step = "The port authority will open a second lane on Monday."
    assert _outlook(LEAD + possible + "\n\n" + step) == step


def test_at_most_four_sentences_in_article_order():
    # round 27: two, and up to two more that are dated steps (was: two, a third only
    # when a named agent took it)
    steps = (
        "The council will close the bridge from January 12.",
        "Transport for Wales said it would run a shuttle bus from next week.",
        "The council will publish a revised timetable next month.",
        "The county will open a second car park on Monday.",
        "The council will hold a public meeting on the closure on March 3.",
    )
    text = LEAD + steps[0] + "\n\nTraders fear a drop in trade.\n\n" + "\n\n".join(steps[1:])
    ahead = _outlook(text)
    kept = [s for s in steps if s in ahead]
    assert len(kept) == 4
    assert ahead == " ".join(kept)


def test_a_third_dated_step_with_no_one_named_is_kept():
    # round 27: "Gift cards will be accepted until 31 January" (a future with its time,
    # no agent) after two steps
    first = "The council will close the bridge from January 12."
    second = "The council will publish a revised timetable next month."
    third = "Season tickets will be refunded until 31 January."
    ahead = _outlook(LEAD + first + "\n\n" + second + "\n\n" + third)
    assert all(s in ahead for s in (first, second, third))


def test_a_reported_future_beside_past_facts_is_kept():
    text = (
        LEAD + "The theft had gone unnoticed for two years.\n\n"
        "Her barrister said she had repaid part of the money and would appeal against the "
        "sentence."
    )
    assert _outlook(text) == (
        "Her barrister said she had repaid part of the money and would appeal against the sentence."
    )


def test_an_article_about_the_past_has_no_outlook():
    text = (
        "The storm brought down power lines across the county on Saturday.\n\n"
        "More than 12,000 homes lost power overnight.\n\n"
        "Engineers restored supplies to most of them by Sunday evening.\n\n"
        "The last time the county saw such winds was in 1987."
    )
    assert _outlook(text) == ""


def test_the_engine_reads_the_outlook_from_the_parse():
    text = (
        LEAD + "Each case could cost the health service up to £15,000.\n\n"
        "The health board will publish its findings next month."
    )
    assert build_brief(text).outlook == "The health board will publish its findings next month."


def test_guidance_with_an_object_looks_ahead_and_a_forecast_alone_does_not():
    guidance = "The company now expects full-year revenue of $2.1 billion."
    assert _outlook(LEAD + guidance) == guidance
    assert _outlook(LEAD + "Analysts forecast peak sales of $6 billion.") == ""


# --- a warned possibility, and a sentence too thin to be an outlook (synthetic) -------------


@pytest.mark.parametrize(
    "warned",
    [
        # war and politics: analysts warn what may happen
        "Analysts have warned that the rebels may soon be on the verge of taking the port.",
        # business: a forecast of what might come
        "Economists predicted that the central bank might raise rates again.",
        # weather: forecasters caution what could follow
        "Forecasters cautioned that the river could burst its banks in several places.",
    ],
)
def test_what_someone_warns_may_happen_is_the_outlook(warned):
    text = LEAD + "Residents had complained for years about the flooding.\n\n" + warned
    assert _outlook(text) == warned


@pytest.mark.parametrize(
    "possible",
    [
        "Officials said the repairs could cost up to £15,000 each.",
        "The report said the delays may reflect staff shortages.",
    ],
)
def test_a_possibility_merely_reported_is_not(possible):
    text = LEAD + "Residents had complained for years about the flooding.\n\n" + possible
    assert _outlook(text) == ""


def test_a_sentence_too_thin_to_say_what_happens_is_no_outlook():
    # "But she won't leave." is a future, and says nothing of what comes next.
    text = LEAD + "Her neighbours have moved out one by one.\n\nBut she won't leave."
    assert _outlook(text) == ""


@pytest.mark.parametrize(
    "looming",
    [
        "The think tank said the troops' moves may point to a looming retreat from the town.",
        "Union leaders said the vote could trigger an imminent strike at the depot.",
    ],
)
def test_a_possibility_of_something_looming_is_the_outlook(looming):
    # "looming", "imminent": the event is ahead, whatever the modal.
    text = LEAD + "Residents had complained for years about the flooding.\n\n" + looming
    assert _outlook(text) == looming
