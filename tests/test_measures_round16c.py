"""Round 16c, what a figure measures, from a probe of crime statistics, council, transport,
business, polling, school, hospital and court reports (broadsheets, wires, tabloids, local
papers, broadcasters, trade titles): a participle of what a thing costs or is worth, set
off by commas right after an object ("approved a new bridge, costing £14m, last night"),
is that object's cost, not the cost of whoever approved or spoke; a participle closing
the sentence still tells what the whole event cost ("The fire gutted the warehouse,
costing £2m in damage").
Every sentence here is synthetic, written for these tests (invented people, bodies and
places)."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> dict[str, FoundFigure]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _words(phrase: str) -> set[str]:
    words = (w.strip(",.:()").casefold() for w in phrase.split())
    return {w.removesuffix("'s").removesuffix("’s").strip("'’") for w in words}


def _figure(text: str, figure: str) -> FoundFigure:
    found = _figures(text)
    assert figure in found, list(found)
    return found[figure]


# synthetic: (text, the sum, the priced object, the doer the sum is not the cost of)
PRICED_OBJECTS = [
    # statistics, broadsheet: the object of a speech verb, the participle in commas
    (
        "A Brackmoor council spokeswoman said a new fraud unit, costing £9m over three "
        "years, would begin work in January.",
        "£9m",
        "unit",
        "spokeswoman",
    ),
    # local paper, council
    (
        "The council approved a new footbridge, costing £14m, last night.",
        "£14m",
        "footbridge",
        "council",
    ),
    # transport, trade: a cost each
    ("Tallow Transit bought two trams, costing €3m each, from Vessen.", "€3m", "trams", "tallow"),
    # politics, wire
    (
        "Ministers approved the Harwick tunnel, costing £1.2bn, on Friday.",
        "£1.2bn",
        "tunnel",
        "ministers",
    ),
]


@pytest.mark.parametrize(("text", "figure", "priced", "doer"), PRICED_OBJECTS)
def test_a_cost_set_off_after_an_object_is_the_object_s(
    text: str, figure: str, priced: str, doer: str
) -> None:
    words = _words(_figure(text, figure).measures)
    assert priced in words
    assert doer not in words


# synthetic: a participle closing the sentence, or with its own payer, tells the event's cost
EVENT_COSTS = [
    ("The fire gutted the warehouse, costing £2m in damage.", "£2m", "fire", "warehouse"),
    (
        "The storm flooded the depot, costing the firm $4m, and closed the line.",
        "$4m",
        "storm",
        "depot",
    ),
]


@pytest.mark.parametrize(("text", "figure", "event", "object_"), EVENT_COSTS)
def test_a_cost_of_the_whole_event_stays_the_event_s(
    text: str, figure: str, event: str, object_: str
) -> None:
    words = _words(_figure(text, figure).measures)
    assert event in words
    assert object_ not in words


# synthetic: (text, the figure, a word of the speaker, the thing the act is not done by)
ACTS_OF_THE_SPEAKER = [
    # crime statistics, broadsheet: "called for"
    (
        "Lorna Vance said the detection rate was a scandal and called for 1,000 extra officers.",
        "1,000",
        "vance",
        "rate",
    ),
    # health, broadcaster: a demand
    (
        "Dale Hume said the figures were grim and demanded 500 more nurses.",
        "500",
        "hume",
        "figures",
    ),
    # labour, wire: a rejection
    ("The union said the offer was an insult and rejected the 2% rise.", "2%", "union", "offer"),
    # environment, local paper: the speaker opens the text
    (
        "Residents said the smell was unbearable and signed a petition with 2,400 names.",
        "2,400",
        "residents",
        "smell",
    ),
    # local government, local paper
    (
        "Councillor Ann Reeve said the budget was tight and proposed a 4.99% council tax rise.",
        "4.99%",
        "reeve",
        "budget",
    ),
]


@pytest.mark.parametrize(("text", "figure", "speaker", "thing"), ACTS_OF_THE_SPEAKER)
def test_an_act_joined_to_a_reported_state_is_the_speaker_s(
    text: str, figure: str, speaker: str, thing: str
) -> None:
    words = _words(_figure(text, figure).measures)
    assert speaker in words
    assert thing not in words


# synthetic: a change, or a verb with its own modal, stays with the reported thing
THINGS_THAT_ACT = [
    ("Analysts said sales were weak and fell 3% in March.", "3%", "sales", "analysts"),
    ("He said the bridge was unsafe and would cost £8m to fix.", "£8m", "bridge", "he"),
]


@pytest.mark.parametrize(("text", "figure", "thing", "speaker"), THINGS_THAT_ACT)
def test_a_change_or_a_modal_joined_to_a_reported_state_stays_the_thing_s(
    text: str, figure: str, thing: str, speaker: str
) -> None:
    words = _words(_figure(text, figure).measures)
    assert thing in words
    assert speaker not in words


# synthetic: (text, the difference, the change, the counted noun of the count before)
BARE_DIFFERENCES = [
    # emergency services, local paper
    (
        "The service now has 3,100 firefighters, 250 fewer than in 2020.",
        "250",
        "fall",
        "firefighters",
    ),
    # health, broadcaster: after "There are"
    ("There are 1,204 nurses on the ward rota, 96 more than last year.", "96", "rise", "nurses"),
]


@pytest.mark.parametrize(("text", "figure", "change", "counted"), BARE_DIFFERENCES)
def test_a_bare_count_more_or_fewer_than_before_is_the_change_of_the_count_before(
    text: str, figure: str, change: str, counted: str
) -> None:
    words = _words(_figure(text, figure).measures)
    assert change in words
    assert counted in words


# synthetic: (text, the price, the thing sold)
PRICES_FOR_A_THING = [
    # business, Irish broadsheet: a stake sold "for" a sum
    ("Ruairi Cahill sold his stake for 3.5 million euros last year.", "3.5 million", "stake"),
    # markets, wire
    ("Orla Brennan sold her shares for 1.2 million euros, filings show.", "1.2 million", "shares"),
]


@pytest.mark.parametrize(("text", "figure", "thing"), PRICES_FOR_A_THING)
def test_a_price_for_a_thing_sold_does_not_read_the_thing_as_a_buyer(
    text: str, figure: str, thing: str
) -> None:
    measures = _figure(text, figure).measures.casefold()
    assert thing in _words(measures)
    assert f"to his {thing}" not in measures and f"to her {thing}" not in measures
    assert measures.count(thing) == 1  # not "sale to his stake his stake"


def test_a_recipient_of_a_payment_is_still_named() -> None:
    # synthetic, local paper: the first of two objects is whom the sum is paid to
    measures = _figure("Brackmoor council paid the contractor £2m for the work.", "£2m").measures
    assert "to contractor" in measures


# synthetic: (text, the share, the whole's noun, its participle)
SHARES_OF_A_WHOLE_TOLD_BY_A_PARTICIPLE = [
    # crime statistics, broadsheet (the round's synthetic dev article): the participle
    # closes the "of" phrase
    (
        "Police recorded 312,480 crimes in 2025-26, up 4% on the year before, according "
        "to official figures published yesterday by the Scottish Justice Statistics Unit "
        "(SJSU). That is equivalent to 57 crimes for every 1,000 people.\n\nFraud rose 7% "
        "to 50,510 offences, almost three times the level of a decade ago, and now "
        "accounts for about one in six of all crimes recorded. Victims reported losses of "
        "£148 million.",
        "about one in six",
        "crimes",
        "recorded",
    ),
    # courts, broadcaster
    ("Only 6% of rapes reported led to a charge.", "Only 6%", "rapes", "reported"),
]


@pytest.mark.parametrize(
    ("text", "figure", "whole", "participle"), SHARES_OF_A_WHOLE_TOLD_BY_A_PARTICIPLE
)
def test_a_participle_after_a_share_s_of_phrase_tells_of_the_whole(
    text: str, figure: str, whole: str, participle: str
) -> None:
    words = _words(_figure(text, figure).measures)
    assert whole in words  # not the participle alone ("recorded")
    assert words != {participle}


# synthetic: (text, the count, what is held)
HELD_BY_A_PRONOUN = [
    # crime statistics, inside a quote
    ('"We had 16,180 officers at the end of March," she said.', "16,180", "officers"),
    # health, local paper
    ("We have 40 beds on the ward.", "40", "beds"),
]


@pytest.mark.parametrize(("text", "figure", "held"), HELD_BY_A_PRONOUN)
def test_a_count_a_pronoun_holds_is_not_told_by_a_bare_have(
    text: str, figure: str, held: str
) -> None:
    words = _words(_figure(text, figure).measures)
    assert held in words
    assert not words & {"had", "have", "has"}


# synthetic: (text, the second sum, whom or what it is for)
SECOND_SUMS_FOR_A_GROUP = [
    # culture, local paper: a price for a group joined to the verb
    ("Tickets at the Corran Playhouse cost £15, or £9 for under-25s.", "£9", "under-25s"),
    # travel, broadsheet: after a rate base, which is no payee
    ("Rooms at the Glenvar Hotel cost €90 a night, or €70 for members.", "€70", "members"),
]


@pytest.mark.parametrize(("text", "figure", "group"), SECOND_SUMS_FOR_A_GROUP)
def test_a_second_price_keeps_whom_it_is_for(text: str, figure: str, group: str) -> None:
    measures = _figure(text, figure).measures
    assert group in _words(measures)
    assert "night" not in _words(measures)  # not "cost of Rooms to a night"


def test_a_cap_keeps_its_no() -> None:
    # synthetic, politics broadsheet: "no more than" is a cap, not "more than"
    found = _figures("The new rule would allow no more than 9% of seats to go to donors.")
    assert "no more than 9%" in found, list(found)


# synthetic: (text, the share, the party whose support it is)
POLL_STANDINGS = [
    # politics, Irish broadsheet: "put X on", a party joined by "and"
    (
        "The Tallon poll of 1,020 voters put Fianna Fáil on 22%, down three points, and "
        "Sinn Féin on 31%.",
        "31%",
        "féin",
    ),
    # politics, broadcaster: a copula, the poll in the sentence before
    (
        "A Corvey poll for the Herald has Labour ahead. The Tories were on 24%, down two points.",
        "24%",
        "tories",
    ),
    # politics, wire: a list of parties
    (
        "A Corvey poll has Labour on 31%, the Greens on 12% and the Liberal Democrats on 11%.",
        "11%",
        "democrats",
    ),
]


@pytest.mark.parametrize(("text", "figure", "party"), POLL_STANDINGS)
def test_a_share_a_party_stands_on_in_a_poll_is_its_support(
    text: str, figure: str, party: str
) -> None:
    measures = _figure(text, figure).measures
    assert "support" in _words(measures)
    assert party in _words(measures)
    assert not measures.endswith(" on")


def test_a_country_on_a_rate_is_no_party_s_support() -> None:
    # synthetic, economy wire: a survey word, but a country's rate
    text = "A survey of prices found euro inflation at 2.4%, with Germany on 2.1%."
    assert "support" not in _figure(text, "2.1%").measures


# synthetic: an age a group of people is, told after a copula, is no figure
AGES_OF_A_GROUP = [
    # health, broadcaster: inside a quote, a part "of" people
    ('"Four in ten of our patients are over 80," Dr Aine Kelly said.', "80"),
    # care, local paper
    ("Most of the residents at Ferncroft House are over 80.", "80"),
    # crime statistics, broadsheet: "under" after the copula
    ("Half of the victims were under 25.", "25"),
    # labour, wire
    ("A third of nurses are over 50, the union said.", "50"),
    # transport, local paper: a plain noun of people
    ("The drivers were under 25.", "25"),
]


@pytest.mark.parametrize(("text", "age"), AGES_OF_A_GROUP)
def test_an_age_a_group_of_people_is_is_no_figure(text: str, age: str) -> None:
    found = _figures(text)
    assert not any(age in listed for listed in found), list(found)


def test_a_price_under_a_level_is_still_a_figure() -> None:
    # synthetic, consumer wire: not people, so not an age
    assert any("25" in listed for listed in _figures("Prices were under 25 euros."))


# synthetic: (text, the other share, a word of its own clause, a word of the first's)
OTHER_GROUPS_TOLD_BY_THEIR_OWN_CLAUSE = [
    # politics, Scottish broadsheet: a referendum poll
    (
        "Some 44% of those asked said they would vote yes, against 41% who would vote no.",
        "41%",
        "no",
        "yes",
    ),
    # local government, local paper: a consultation, another share after it
    (
        "In the Brackmoor survey, 52% backed the ban, against 30% who opposed it and 18% "
        "who did not know.",
        "30%",
        "opposed",
        "18%",
    ),
]


@pytest.mark.parametrize(("text", "figure", "own", "other"), OTHER_GROUPS_TOLD_BY_THEIR_OWN_CLAUSE)
def test_a_share_against_another_told_by_its_who_clause_is_that_group_s(
    text: str, figure: str, own: str, other: str
) -> None:
    measures = _figure(text, figure).measures
    assert own in _words(measures)
    assert other not in measures.split()
