"""Outlook precision, round 6: future wording that is no next step next to real steps.

A forecast reported at a dated past ("said in March that the reform would be law by the
summer", "last year the operator said the line would open within months") is history,
not the outlook; a counted span ("within 12 months") puts a present ahead only when its
verb looks ahead ("results are expected within 10 days"), not a plain fact ("one in four
patients dies within 12 months"); and the chosen sentence loses a tail that tells no next
step (a participle of consequence, a second past act of the speaker); the terms of a
plan ("under the deal, the airline will keep its brand") are the news, not a next step,
unless a date puts them ahead; what someone not yet in office would do ("a Labour
government would nationalise the railways") is a hypothesis; a weekday or a month puts a
present ahead however deep it hangs ("polls open at 7am on Thursday").

Every article here is synthetic: written for these tests (invented names, several beats
and house styles: politics, transport, courts, business, health, sport, weather), not
taken from any eval set.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.engines.linguistic import analysis_of

# Past facts open every synthetic article: they are the situation.
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


@pytest.mark.parametrize(
    "dated_back",
    [
        # politics, wire: a month with no day dates the report to before the news
        "The finance minister said in March that the reform would be law by the summer.",
        "In January, the mayor said the bridge would reopen by Easter.",
        "The health secretary promised in October that waiting lists would fall by the spring.",
        # transport, broadcaster: last year
        "Last year the operator said the line would open within months.",
        # sport, a year
        "The club's owner said in 2023 that the new stand would be finished by next season.",
    ],
)
def test_a_forecast_reported_at_a_dated_past_is_no_outlook(dated_back):
    assert _outlook(LEAD + dated_back + "\n") == ""


def test_a_plain_fact_within_a_counted_span_is_no_outlook():
    text = (
        LEAD + "A broken hip costs the health service about £14,000 in the first year, "
        "and one in four patients dies within 12 months.\n"
    )
    assert _outlook(text) == ""


@pytest.mark.parametrize(
    "ahead",
    [
        "Test results are expected within 10 days.",
        "A preliminary report from the safety board is due within 30 days.",
        "The final vote is scheduled for June 12.",
        "Parliament's finance committee will hold a public hearing on the bill on May 20.",
        "The Department for Transport is due to make a decision by 30 April.",
        "Main works will start on 7 September.",
        "The minister said on Monday that the bill would go to a final vote on June 12.",
        "Senators will vote on the measure next Tuesday.",
        "The steering group will be set up within 60 days.",
    ],
)
def test_a_next_step_stays_the_outlook(ahead):
    assert _outlook(LEAD + ahead + "\n") == ahead


@pytest.mark.parametrize(
    "terms",
    [
        # business, wire: the terms of a deal
        "Under the deal, the airline will keep its brand and its head office in Leeds.",
        # politics: the terms of proposals
        "Under the proposals, the retirement age will rise to 67 for people born after 1970.",
        # local government: the terms of a scheme, its months a season, no day
        "Under the scheme, the 300 spaces will cost £2 an hour between April and September.",
        "Under the plan, the shipyard will receive £40m in support to build a second dock.",
    ],
)
def test_the_terms_of_a_plan_are_no_outlook(terms):
    assert _outlook(LEAD + terms + "\n") == ""


@pytest.mark.parametrize(
    "dated_terms",
    [
        "Under the plan, the first homes will be built from next spring.",
        "Under the agreement, the two firms will merge on 1 July.",
    ],
)
def test_the_terms_of_a_plan_with_a_date_ahead_are_the_outlook(dated_terms):
    assert _outlook(LEAD + dated_terms + "\n") == dated_terms


@pytest.mark.parametrize(
    "deep_day",
    [
        # politics, broadcaster: the weekday hangs on the hour, not on the verb
        "Polls open at 7am on Thursday and close at 10pm.",
        # sport, tabloid: the date hangs on the opponent
        "Victory earns Dunmore a place in the play-off against the winners of the Coastal "
        "League on August 2.",
    ],
)
def test_a_present_put_ahead_by_a_day_below_it_is_the_outlook(deep_day):
    assert _outlook(LEAD + deep_day + "\n") == deep_day


@pytest.mark.parametrize(
    "pledge",
    [
        # politics, election campaign: what an office-holder not yet chosen would do
        "Osei-Blake said a Conservative mayor would scrap the planned congestion charge.",
        "He said a Labour government would nationalise the railways.",
    ],
)
def test_what_someone_not_yet_there_would_do_is_no_outlook(pledge):
    assert _outlook(LEAD + pledge + "\n") == ""


@pytest.mark.parametrize(
    "step",
    [
        "The spokesman said a review would be carried out.",
        "The council said a contractor would start work on Monday.",
    ],
)
def test_an_indefinite_passive_or_a_dated_step_stays(step):
    assert _outlook(LEAD + step + "\n") == step


def test_the_real_step_wins_over_a_forecast_said_months_ago():
    text = (
        LEAD + "Finance Minister Ilse Varga said in February that the bill would pass by the "
        "summer.\n\nThe final vote is scheduled for June 12.\n"
    )
    assert _outlook(text) == "The final vote is scheduled for June 12."


@pytest.mark.parametrize(
    ("sentence", "step"),
    [
        # world/shipping, wire: a participle of consequence
        (
            "The port authority said ships would also be limited to a draught of 40 feet, "
            "forcing some vessels to carry less cargo.",
            "The port authority said ships would also be limited to a draught of 40 feet.",
        ),
        # sport, broadcaster: a second past act joined to the report
        (
            "Chief executive Lena Moss said in a statement that wages would be paid "
            '"in full by Friday" and blamed a delay in a transfer of funds from abroad.',
            "Chief executive Lena Moss said in a statement that wages would be paid "
            '"in full by Friday".',
        ),
        # politics: a past act told after the speech
        (
            "Speaker Oren Falk said the chamber would vote on the bill on Thursday and "
            "thanked staff for their work.",
            "Speaker Oren Falk said the chamber would vote on the bill on Thursday.",
        ),
    ],
)
def test_a_tail_that_tells_no_step_is_cut(sentence, step):
    assert _outlook(LEAD + sentence + "\n") == step


@pytest.mark.parametrize(
    "whole",
    [
        # a consequence that opens the way is itself ahead
        "The speaker said the bill would return to the chamber on Tuesday, paving the way "
        "for a final vote.",
        # a second report may look ahead
        "Airport chief Dan Rees said most flights would operate normally on Saturday, but "
        "warned further cancellations were possible.",
        # a consequence that puts something at risk looks ahead
        "The bakery chain said it would close its plant in Hexley, putting about 120 jobs at risk.",
        # a tail with a date stays
        "The council said the road would reopen on Monday, ending three weeks of diversions.",
    ],
)
def test_a_tail_that_looks_ahead_stays(whole):
    assert _outlook(LEAD + whole + "\n") == whole


@pytest.mark.parametrize(
    "named_by_date",
    [
        # crime, local (synthetic): an appeal quoting a past incident's date
        "Anyone with information can call police on 101, quoting incident 442 of 12 March.",
        # politics, broadsheet (synthetic): a letter named by its date
        "The minister's reply repeats the points in his letter of 4 May.",
        # weather, broadcaster (synthetic): a storm named by its date
        "Insurers say claims still exceed those from the floods of 9 January.",
    ],
)
def test_a_date_that_names_a_thing_puts_no_present_ahead(named_by_date):
    assert _outlook(LEAD + named_by_date + "\n") == ""


def test_a_present_put_ahead_by_its_own_date_stays():
    # courts, wire (synthetic): the date times the clause, not a thing in it
    assert "4 June" in _outlook(LEAD + "The retrial opens at Hallam Crown Court on 4 June.\n")
