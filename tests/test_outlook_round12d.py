"""Outlook, round 12 (d): the past told with "would" by those who remember it, and the
weather's own forecast.

- An account given to the police ("He told police he would meet the buyer in a car
  park"), or to a court, an inquest or a jury of what someone else would do ("Her father
  told the hearing that other girls would hide her shoes", "A neighbour told the jury
  that the boys would gather outside the shop"): what someone "would" do, told as
  evidence, is the past on trial; a pronoun told to the court may be the speaker's own
  pledge ("She told the court she was sorry and would repay every penny", round 4). What one of
  those who run or argue the case tells the court ("Prosecutor Anna Bell told the court
  the Crown would seek a retrial", "His barrister told the court he would appeal") is the
  case's next step, and stays; so is a body's act told to an inquiry ("The chief
  executive told the inquiry the company would publish its findings").
- A "would" the public reports of someone else ("Team-mates said he would arrive two
  hours before every match", "Classmates said she would sit alone at lunch"): a life
  remembered, not a step; the public's own plan ("Campaigners said they would take the
  case to the High Court") stays.
- A report made on a past occasion told by "when" and no date ("When she collected her
  gold medal, Okafor said she would keep running until she was 40", "When the hospital
  opened, health chiefs said it would end the waiting lists for good"): said then, as a
  dated one ("When the plant opened in 1998, ...") already was; "When asked about ...,
  he said" (no occasion of its own) and a "when" ahead ("When the bridge reopens in May,
  buses will return") are not touched.
- The weather's forecast ("Storm Bram is forecast to bring heavy rain to Cumbria",
  "Temperatures are forecast to reach 35C", "The hurricane is predicted to make landfall
  in Florida") is the weather story's next step, as "is expected to" already was; a
  forecast of prices or sales ("House prices are forecast to rise by 3%") stays a
  projection, no outlook.
- The prosecution's account of what a defendant named by a noun "would" do ("Prosecutor
  Sam Ode said the defendant would target elderly drivers"), as one named by a name
  ("... said Lumsden would knock on doors") already was; a passive ("the defendant would
  be retried") and the court's own act ("the judge would rule") stay.
- A past year that names a thing in a "will" clause ("The club will hope to avoid a
  repeat of 2016", "The result will revive memories of 2008"): the year dates the thing,
  it puts no date ahead; "by the end of 2027" and "will reopen in the spring of 2028" stay.
- A counted span after "by" measures a difference, not a deadline ("The new timetable
  will cut journey times by up to 20 minutes", "will extend opening hours by two hours"):
  what a thing will do, no step; "by 30 June", "by the end of the month" stay deadlines,
  and a delay by a span ("will delay the opening by two weeks") stays ahead.
- A third outlook sentence when an article tells more than two next steps, only one as
  firm as a dated step someone takes.
- An away fixture the tagger reads as one name ("City head to Anfield on Sunday",
  "United travel to Brentford next weekend"), as a home one ("Rovers host Town on
  Saturday") already was.
- "is slated to" (the lemmatizer reads "slated" as "slat"): a plan, as "is set to" is
  ("The metro line is slated to open in March").

Every article here is synthetic: written for these tests (invented people, courts,
clubs, schools, hospitals and towns; local, tabloid, wire, broadsheet, broadcaster,
Indian and US copy; courts, crime, sport, education, health, weather, transport), not
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
    "account",
    [
        # inquest, local
        "Her father told the hearing that other girls would hide her shoes and post cruel "
        "messages about her online.",
        # inquest, broadcaster
        "Her sister told the inquest that the girl would spend hours alone in her room.",
        # courts, tabloid
        "Witnesses told the jury that Varga would carry a knife whenever he went out.",
        # courts, wire
        "A neighbour told the jury that the boys would gather outside the shop after dark.",
        # crime, local
        "He told police he would meet the buyer in a car park.",
        # crime, tabloid
        "She told detectives she would leave the back door unlocked for him.",
    ],
)
def test_an_account_given_to_a_court_or_the_police_is_no_outlook(account: str) -> None:
    assert _outlook(LEAD + account + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # courts, broadsheet: the prosecution's own next step
        "Prosecutor Anna Bell told the court the Crown would seek a retrial.",
        # courts, local
        "His barrister told the court he would appeal against the conviction.",
        # crime, wire: the police tell, not hear
        "Police told residents they would remain at the scene until the morning.",
        # inquiry, broadsheet: a body's act told to an inquiry is its commitment
        "The chief executive told the inquiry the company would publish its findings.",
        # inquest, broadcaster
        "The medical director told the inquest the trust would review its procedures.",
        # transport, trade
        "A spokesman told the hearing that Network Rail would replace the signals.",
    ],
)
def test_what_the_case_or_the_police_will_do_stays(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "remembered",
    [
        # sport obituary, broadsheet
        "Team-mates said he would arrive two hours before every match to pace the pitch.",
        # education, local
        "Classmates said she would sit alone at lunch.",
        # culture, tabloid
        "Regulars said he would sing at the bar on quiz nights.",
        # obituary, local
        "Schoolfriends said he would draw cartoons of the teachers.",
    ],
)
def test_the_public_remembering_someone_else_is_no_outlook(remembered: str) -> None:
    assert _outlook(LEAD + remembered + "\n") == ""


@pytest.mark.parametrize(
    "plan",
    [
        # planning, local
        "Campaigners said they would take the case to the High Court.",
        # transport, broadcaster
        "Residents said they would fight the plans.",
        # obituary, local: a passive is done to her, a step
        "Locals said she would be buried in the village churchyard.",
    ],
)
def test_the_publics_own_plan_stays(plan: str) -> None:
    assert _outlook(LEAD + plan + "\n") == plan


@pytest.mark.parametrize(
    "then",
    [
        # sport, wire
        "When she collected her gold medal, Okafor said she would keep running until she was 40.",
        # health, broadsheet
        "When the hospital opened, health chiefs said it would end the waiting lists for good.",
        # sport, local
        "When he took over the club, the chairman said he would build a new stand.",
        # courts, tabloid
        "When he was arrested, he told officers he would pay every penny back.",
    ],
)
def test_a_report_made_on_a_past_occasion_told_by_when_is_no_outlook(then: str) -> None:
    assert _outlook(LEAD + then + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # transport, local: a "when" ahead
        "When the bridge reopens in May, buses will return to the route.",
        # politics, wire: a report with its own day
        "On Friday she said she would publish the report next week.",
    ],
)
def test_a_when_ahead_or_a_dated_report_stays(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "forecast",
    [
        # weather, broadcaster
        "Storm Bram is forecast to bring heavy rain and flooding to Cumbria.",
        # weather, Australian
        "The cyclone is forecast to cross the coast near Cairns as a category three system.",
        # weather, tabloid
        "Temperatures are forecast to reach 35C in London.",
        # weather, US wire
        "The hurricane is predicted to make landfall in Florida.",
        # weather, local
        "Gusts are forecast to reach 80mph on exposed coasts.",
    ],
)
def test_the_weathers_forecast_is_the_outlook(forecast: str) -> None:
    assert _outlook(LEAD + forecast + "\n") == forecast


@pytest.mark.parametrize(
    "projection",
    [
        # property, broadsheet
        "House prices are forecast to rise by 3%.",
        # retail, trade
        "Sales are predicted to fall sharply.",
    ],
)
def test_a_projection_of_prices_stays_no_outlook(projection: str) -> None:
    assert _outlook(LEAD + projection + "\n") == ""


@pytest.mark.parametrize(
    "plan",
    [
        # politics, Indian English
        "The chief minister is slated to inaugurate the flyover next month.",
        # transport, Indian English
        "The metro line is slated to open in March.",
        # local government, US
        "The council is slated to vote on the budget next week.",
    ],
)
def test_slated_to_is_a_plan(plan: str) -> None:
    assert _outlook(LEAD + plan + "\n") == plan


@pytest.mark.parametrize(
    "fixture",
    [
        # sport, wire
        "United travel to Brentford next weekend.",
        # sport, local
        "City head to Anfield on Sunday.",
        # sport, tabloid
        "Town head to Wembley next month.",
    ],
)
def test_an_away_fixture_the_tagger_reads_as_a_name_is_the_outlook(fixture: str) -> None:
    assert _outlook(LEAD + fixture + "\n") == fixture


@pytest.mark.parametrize(
    "no_fixture",
    [
        # sport, local: no day, no fixture
        "Town go to Wembley.",
        # business, trade: a habit, not a fixture
        "Staff travel to London every Monday.",
    ],
)
def test_a_trip_with_no_day_ahead_is_no_fixture(no_fixture: str) -> None:
    assert _outlook(LEAD + no_fixture + "\n") == ""


@pytest.mark.parametrize(
    "account",
    [
        # courts, local
        "Prosecuting, Jo Hart said the defendant would wait until the shop was empty.",
        # courts, tabloid
        "Prosecutor Sam Ode said the defendant would target elderly drivers.",
        # courts, broadsheet
        "Prosecutors said the former nurse would steal drugs from the ward.",
    ],
)
def test_the_prosecutions_account_of_a_defendant_by_a_noun_is_no_outlook(account: str) -> None:
    assert _outlook(LEAD + account + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # courts, wire: a passive is a step done to the defendant
        "Prosecutors said the defendant would be retried.",
        # courts, local: the court's own step
        "Prosecutors said the judge would rule on the application.",
    ],
)
def test_a_step_done_to_a_defendant_or_by_the_court_stays(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "judged",
    [
        # sport, broadsheet
        "The club will hope to avoid a repeat of 2016, when they were relegated on the final day.",
        # sport, tabloid
        "Town will be hoping for a repeat of 2019, when they won the cup at Wembley.",
        # economy, wire
        "The result will revive memories of 2008.",
    ],
)
def test_a_past_year_that_names_a_thing_puts_no_date_ahead(judged: str) -> None:
    assert _outlook(LEAD + judged + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # aviation, trade
        "The airline will take delivery of the jets by the end of 2027.",
        # transport, local
        "The bridge will reopen in the spring of 2028.",
        # business, wire
        "The company plans a factory in 2027.",
    ],
)
def test_a_year_of_the_clause_or_of_a_time_stays_ahead(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


@pytest.mark.parametrize(
    "difference",
    [
        # transport, local
        "The new timetable will cut journey times by up to 20 minutes.",
        # health, broadsheet
        "The changes will reduce waiting times by two weeks.",
        # transport, broadcaster
        "The upgrade will shorten the commute by 15 minutes.",
        # retail, trade
        "The new rule will extend opening hours by two hours.",
    ],
)
def test_a_difference_after_by_is_no_deadline(difference: str) -> None:
    assert _outlook(LEAD + difference + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        # business, wire: a deadline
        "The firm will deliver the report by the end of the month.",
        # council, local
        "The council will decide by 30 June.",
        # council, local: a body acts, whatever the difference
        "The council will extend the consultation by four weeks.",
        # construction, wire: a delay by a span puts it ahead
        "The strike will delay the opening by two weeks.",
    ],
)
def test_a_deadline_after_by_or_a_body_acting_stays(step: str) -> None:
    assert _outlook(LEAD + step + "\n") == step


def test_a_third_dated_step_someone_takes_is_told_too() -> None:
    # courts, wire: three next steps, each with its day and who takes it
    steps = [
        "Kerr will be sentenced on 3 May.",
        "Marsh is due to appear at the Court of Appeal on 9 June.",
        "The Crown Prosecution Service will apply for a confiscation order on 20 July.",
    ]
    assert _outlook(LEAD + "\n\n".join(steps) + "\n") == " ".join(steps)


def test_a_third_step_with_no_date_is_left_out() -> None:
    # courts, tabloid: the family's resolve is no third step
    steps = [
        "Kerr will be sentenced on 3 May.",
        "He is due to appear at the Court of Appeal on 9 June.",
    ]
    text = LEAD + "\n\n".join(steps) + "\n\nHis family said they would keep fighting.\n"
    assert _outlook(text) == " ".join(steps)
