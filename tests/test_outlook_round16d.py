"""Outlook, round 16 (d): forecasts and hopes with a time that were missed, and standing
terms timed from an event that were taken for a next step, found by a probe across beats
(local planning, weather, business, transport, sport, health, courts).

- The weather forecast told in a passive with no infinitive, with its time ("Heavy snow is
  forecast for higher ground overnight"): the weather story's next step, as "Storm Bram is
  forecast to bring heavy rain" was; "Snow was forecast, but none fell" stays out, and so
  does a forecast with no time ("Rainfall of 300mm is forecast over the mountains",
  which describes the storm; a dev article's lead said when it lands).
- A hope with its time, when the time hangs on a participle of "have" or "get" ("Engineers
  hope to have the line reopened by Monday") or the hope is told in the report's past
  ("She said she hoped the bridge could be reopened by Christmas"); with no time, or a
  hope that "had" been, it stays out.
- A duty of anything of a kind timed from an event ("Appeals must be lodged within 15
  working days of the decision being notified", "Claims must be made within 28 days of
  the incident"): the standing terms, no step; "The club must pay the fine within 28
  days of the ruling" names who acts and stays.
- "She said she would believe it when she saw it": doubt told in a stock phrase.
- People in general counted by "many" or "most" ("Many patients will never get a
  diagnosis", "Most people with the condition will recover without treatment"), and how
  anyone who does a thing will take it ("Drivers who use the highway will know the corner
  well"): no step; "Many residents will be moved out next week" stays.
- The verb "march" is no month: "The Romans would march 20 miles a day" had a date.
- "for next month" with no article is a date, not a span ("The hearing has been listed for
  next month", "The festival is planned for next year"); "for the next two weeks" stays a
  span.
- "Councillors said they would not be rushed": a stance in a stock phrase, no step.
- A step that waits on a decision, with its date, told in a report ("If the money is
  confirmed, the bypass will open to traffic in 2029, council officers told the meeting"):
  only a near date made a reported condition a step; a year of a step that waits on an
  "if" of approval does too. "If warming is limited to 1.5C, some glaciers will survive
  until 2100, the report said" and "unless it found new funding" stay hypotheses.
- A legacy that "will live on" ("Her legacy will live on in the charity she founded"), as
  "will live in the memory" was; "The family will live on benefits" is no legacy, nor a
  step either.
- "next" of a timetabled run ("Passengers who miss their connection will be rebooked on
  the next flight") orders the timetable, it is no date: the standing terms for a class
  of people again; "The next ferry will leave at 6am on Saturday" keeps its day.

Every article here is synthetic: written for these tests (invented people, clubs, firms,
councils and towns; local, wire, broadcaster, trade and broadsheet copy; British, New
Zealand, Irish and Australian English), not taken from any eval set.
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
    "ahead",
    [
        # weather, broadcaster
        "Heavy snow is forecast for higher ground overnight.",
        "Freezing fog is expected across the Canterbury Plains overnight.",
        # transport, broadcaster
        "Engineers hope to have the line reopened by Monday.",
        # sport, local
        "The club hopes to have the new stand finished by August.",
        # local planning, New Zealand
        "She said she hoped the bridge could be reopened by Christmas.",
        "Councillor Anne Mavor said she hoped the pool would reopen by the summer holidays.",
        # health, broadsheet
        "The chief executive said she hoped the ward would reopen next month.",
    ],
)
def test_a_forecast_or_a_hope_with_its_time_is_the_outlook(ahead: str) -> None:
    assert ahead in _outlook(LEAD + ahead + "\n")


@pytest.mark.parametrize(
    "phrase",
    [
        # local planning
        "Appeals must be lodged within 15 working days of the decision being notified.",
        # consumer, trade
        "Claims must be made within 28 days of the incident.",
        "Tickets must be used within 30 days of purchase.",
        "An objection must be lodged within 20 working days of the notice being published.",
        "Any complaint must be made within a year of the treatment.",
        # local, New Zealand
        "Truck driver Ann Pene said she would believe it when she saw it.",
    ],
)
def test_standing_terms_and_doubt_are_no_outlook(phrase: str) -> None:
    assert _outlook(LEAD + phrase + "\n") == ""


@pytest.mark.parametrize(
    "phrase",
    [
        # the hope had been, or has no time: no step (these stayed out before too)
        "The engineers had hoped to reopen the line by Monday, but the repairs took a week.",
        "He said he hoped people would remember her for her kindness.",
        "She had hoped the bridge would be reopened by Christmas.",
        # the forecast that did not come, and one with no time
        "Snow was forecast, but none fell.",
        "Rainfall of 200 to 300 millimetres is forecast over the mountains.",
    ],
)
def test_a_hope_that_was_or_has_no_time_stays_out(phrase: str) -> None:
    assert _outlook(LEAD + phrase + "\n") == ""


def test_a_duty_of_a_named_side_timed_from_an_event_stays() -> None:
    text = LEAD + "The club must pay the fine within 28 days of the ruling.\n"
    assert "within 28 days of the ruling" in _outlook(text)


@pytest.mark.parametrize(
    "phrase",
    [
        # health, broadsheet
        "Many patients will never get a diagnosis.",
        "Most people with the condition will recover without treatment.",
        # education, sport
        "Most pupils will know the poem by heart.",
        "Many fans will never forgive the board.",
        # transport, local
        "Drivers who use the highway will know the corner well.",
        # history, broadsheet
        "The Romans would march 20 miles a day.",
    ],
)
def test_people_in_general_and_a_verb_read_as_a_month_are_no_outlook(phrase: str) -> None:
    assert _outlook(LEAD + phrase + "\n") == ""


@pytest.mark.parametrize(
    "ahead",
    [
        "Many residents will be moved out of the tower block next week.",
        "Many flights will be cancelled on Friday because of the strike.",
        "Protesters will march through the city centre on Saturday.",
    ],
)
def test_a_crowd_with_a_date_is_still_the_outlook(ahead: str) -> None:
    assert ahead in _outlook(LEAD + ahead + "\n")


@pytest.mark.parametrize(
    "ahead",
    [
        # courts, Indian wire
        "The hearing has been listed for next month, the bench said.",
        # culture, local
        "The festival is planned for next year.",
        # politics, broadcaster
        "The vote has been set for next week.",
    ],
)
def test_for_next_month_is_a_date(ahead: str) -> None:
    assert ahead in _outlook(LEAD + ahead + "\n")


def test_a_stance_in_a_stock_phrase_is_no_outlook() -> None:
    assert _outlook(LEAD + "Councillors said they would not be rushed.\n") == ""


def test_the_next_flight_is_no_date() -> None:
    text = LEAD + "Passengers who miss their connection will be rebooked on the next flight.\n"
    assert _outlook(text) == ""


def test_the_next_ferry_with_its_day_stays() -> None:
    ahead = "The next ferry will leave Stromness at 6am on Saturday."
    assert ahead in _outlook(LEAD + ahead + "\n")


@pytest.mark.parametrize(
    "ahead",
    [
        # local planning, New Zealand
        "If the money is confirmed, the bypass will open to traffic in 2029, council officers"
        " told the meeting.",
        # culture, broadsheet
        "If the grant is approved, the museum would reopen in 2028, the trustees said.",
        # housing, local
        "If councillors approve the plan, work will start in 2027, officers said.",
    ],
)
def test_a_dated_step_waiting_on_approval_is_the_outlook(ahead: str) -> None:
    assert ahead in _outlook(LEAD + ahead + "\n")


@pytest.mark.parametrize(
    "phrase",
    [
        "If warming is limited to 1.5C, some glaciers will survive until 2100, the report said.",
        "The charity said the hospice would close in 2027 unless it found new funding.",
    ],
)
def test_a_hypothesis_with_a_year_stays_out(phrase: str) -> None:
    assert _outlook(LEAD + phrase + "\n") == ""


@pytest.mark.parametrize(
    "phrase",
    [
        # obituary, broadsheet
        "Her legacy will live on in the charity she founded.",
        # obituary, local
        "The memory of the crew will live on in the village they served.",
    ],
)
def test_a_legacy_that_lives_on_is_no_outlook(phrase: str) -> None:
    assert _outlook(LEAD + phrase + "\n") == ""
