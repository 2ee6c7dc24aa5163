"""Outlook, round 10 (d): court steps told in the past, and the past told forward.

- A court step set in a past clause is the next step: a case "sent to the crown court for
  trial", a defendant "committed for sentence", a case "adjourned for reports", a hearing
  "set for 18 August", a trial "fixed for 8 March", a remand "to appear ... on 3 March".
  "The trial is expected to last five days": the verb "last" is no past time.
- A story's own "would" after a participle that opens a life ("Born in Glasgow in 1961,
  Reid would rise ...", "Signed from Wigan in 2014, Mellor would make 212 appearances")
  is the past told forward, not an outlook; "If approved, the bypass would open next
  spring" (a condition with "if") is not touched by that rule.

Every article here is synthetic: written for these tests (invented people, courts, clubs
and companies; courts local, tabloid, wire and broadsheet, sport, business, politics,
transport), not taken from any eval set.
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
    "step",
    [
        # courts, local
        "Magistrates sent the case to Bristol Crown Court for trial.",
        # courts, local
        "He was committed to Chester Crown Court for sentence.",
        # courts, tabloid
        "The case was adjourned for pre-sentence reports.",
        # courts, wire
        "A preliminary hearing was set for 18 August.",
        # courts, local
        "The defendant was remanded in custody to appear at Leeds Crown Court on 3 March.",
        # courts, broadsheet
        "The retrial has been fixed for 14 October.",
    ],
)
def test_a_court_step_set_in_the_past_is_the_outlook(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


def test_a_trial_that_is_expected_to_last_is_a_firm_second_step() -> None:
    # courts, local: "last" is the verb, not "last week"
    step = "The trial has been fixed for 2 June and is expected to last three weeks."
    other = "Pemberton was remanded in custody until a hearing on 9 May."
    got = _outlook(LEAD + other + "\n\n" + step + "\n")
    assert step in got
    assert other in got


@pytest.mark.parametrize(
    "history",
    [
        # business, wire
        "Born in Glasgow in 1961, Reid would rise from the shop floor to run the firm.",
        # sport, tabloid
        "Signed from Wigan in 2014, Mellor would make 212 appearances for the club.",
        # politics, broadsheet
        "Elected in 1997, he would serve three terms as mayor.",
        # business, wire
        "Founded in a garage in 1998, Corvel would grow into a company employing 4,000 people.",
    ],
)
def test_the_past_told_forward_after_a_participle_is_no_outlook(history: str) -> None:
    assert _outlook(LEAD + history + "\n") == ""


def test_a_condition_with_if_is_not_the_past_told_forward() -> None:
    # transport, local
    step = "If approved, the Harwell bypass would open next spring."
    assert _outlook(LEAD + step + "\n") == step


def test_a_past_told_forward_does_not_beat_a_court_date() -> None:
    # courts, local
    history = "Arrested at his flat in May, Ruddock would tell officers the money was a gift."
    step = "He was bailed to appear at Derby Crown Court on 4 April."
    got = _outlook(LEAD + history + "\n\n" + step + "\n")
    assert got == step


@pytest.mark.parametrize(
    "preview",
    [
        # sport, broadcaster
        "Kick-off at Elm Park is at 3pm.",
        # sport, local
        "The match starts at 7.45pm.",
        # culture, local
        "The parade sets off from the town hall at 11am.",
        # sport, broadsheet
        "The first ball is scheduled for 10.30am.",
        # sport, wire
        "The race starts at 2pm local time.",
        # culture, local
        "The concert begins at 7.30pm in the abbey.",
    ],
)
def test_an_event_at_a_clock_time_is_a_preview(preview: str) -> None:
    assert _outlook(LEAD + preview + "\n") == preview


@pytest.mark.parametrize(
    "listing",
    [
        # culture, local: opening hours are a listing
        "The library opens at 9am and closes at 5pm.",
        # sport, local: a habit
        "The club's junior session starts at 10am every Saturday.",
    ],
)
def test_a_place_or_a_habit_at_a_clock_time_is_no_preview(listing: str) -> None:
    assert _outlook(LEAD + listing + "\n") == ""


@pytest.mark.parametrize(
    "history",
    [
        # sport, tabloid
        "On the night she won the world title, Kezia Marr said she would defend it in front of"
        " her home crowd.",
        # health, local
        "On the day the ward closed, the trust said it would reopen within a year.",
        # sport, broadsheet
        "On the morning he was sacked, Doyle said he would fight on.",
        # business, local
        "In the week the factory closed, the owner said he would reopen it within a year.",
    ],
)
def test_a_report_dated_by_a_past_occasion_is_no_outlook(history: str) -> None:
    assert _outlook(LEAD + history + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # health, local: the day itself, no past occasion
        "On Monday the trust said it would reopen the ward within a year.",
        # politics, wire: a dated occasion of the news's own days
        "After meeting the unions on Monday, the minister said she would publish the plan"
        " next week.",
    ],
)
def test_a_report_on_the_news_day_is_still_the_outlook(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "history",
    [
        # sport, broadsheet
        "Within two years he would be captain.",
        # culture, broadsheet
        "By the end of the decade, the gallery would hold the largest collection of Dutch"
        " painting outside the Netherlands.",
        # local history, local
        "Within a decade the town would double in size.",
    ],
)
def test_a_story_own_would_with_only_a_span_is_no_outlook(history: str) -> None:
    # a story's own "would" (no one reports it) with a span, not a date: the past told
    # forward or a projection, not a next step
    assert _outlook(LEAD + history + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # politics, wire: the terms of a plan with their month
        "Under the proposals, the new tax would take effect in April 2027.",
        # business, trade: someone reports it, so the span is their plan
        "The company said the plant would close within two years.",
    ],
)
def test_a_would_with_a_date_or_a_reporter_stays(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


def test_a_broadcast_at_its_hour_stays_a_listing() -> None:
    # culture, broadcaster: the listings, not a preview
    assert _outlook(LEAD + "The final episode starts at 9pm.\n") == ""
    assert _outlook(LEAD + "The show starts at 8pm.\n") == ""


@pytest.mark.parametrize(
    "threat",
    [
        # politics, broadsheet
        "Opposition leaders warned they would walk out of the talks if the bill was rushed"
        " through.",
        # housing, local
        "The landlord warned he would evict the tenants if the rent was not paid.",
        # politics, wire
        "Ministers warned they would legislate if the industry did not act.",
        # labour, broadcaster
        "Nurses warned they would strike unless the offer was improved.",
    ],
)
def test_a_warning_of_ones_own_act_on_a_condition_is_no_outlook(threat: str) -> None:
    # a threat with no date, as "said members would consider strike action if ..." is
    assert _outlook(LEAD + threat + "\n") == ""


def test_a_threat_with_its_date_stays_the_outlook() -> None:
    # labour, wire
    step = "The union warned that strikes would begin on 3 March if the offer was not improved."
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "step",
    [
        # courts, wire
        "Prosecutors said in a filing that they would seek the death penalty.",
        # business, wire
        "The bank said in a filing that it would sell its Asian unit.",
        # business, trade
        "The regulator said in a letter that it would open an investigation.",
        # courts, wire
        "The county said in a filing that it would appeal the ruling.",
    ],
)
def test_a_report_whose_that_the_tagger_reads_as_a_relative_is_the_outlook(step: str) -> None:
    # "that" after a document ("in a filing that ...") opens the report, it asks nothing
    assert _outlook(LEAD + step + "\n") == step


def test_a_wh_word_still_asks() -> None:
    # transport, local
    assert _outlook(LEAD + "Officials could not say when the line would reopen.\n") == ""


@pytest.mark.parametrize(
    "stance",
    [
        # politics, broadsheet
        "The minister repeatedly said she would not resign.",
        # courts, local
        "Throughout the trial, the defendant repeatedly claimed he would be cleared.",
        # sport, local
        "The owner repeatedly insisted the club would stay at the ground.",
        # politics, wire
        "He repeatedly promised he would scrap the tax.",
    ],
)
def test_a_report_made_again_and_again_is_a_stance(stance: str) -> None:
    # as "he always said he would retire at 60": said again and again, then
    assert _outlook(LEAD + stance + "\n") == ""


def test_a_repeated_report_with_a_date_ahead_stays() -> None:
    # business, wire
    step = "He repeatedly said the firm would move to Leeds next year."
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "history",
    [
        # obituary, broadsheet
        "She would spend the next 40 years at St Mary's.",
        # politics, wire
        "They would spend the next two decades in exile.",
        # culture, tabloid
        "The pair would share the next five years on the road.",
    ],
)
def test_a_story_own_would_over_the_next_years_is_no_outlook(history: str) -> None:
    # "the next 40 years" counts a span, it dates nothing near
    assert _outlook(LEAD + history + "\n") == ""


def test_a_will_over_the_next_days_stays_the_outlook() -> None:
    # transport, local
    step = "Crews will spend the next two days clearing the line."
    assert _outlook(LEAD + step + "\n") == step
