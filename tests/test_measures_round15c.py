"""Round 15c, what a figure measures, from a probe of utilities, environment, consumer,
retail, transport, crime, courts and council reports (broadsheets, wires, tabloids, UK
local papers, broadcasters, trade titles): a count after "to" on a verb of change is the
level the changed thing reached ("Orders went up 14% to 1,820 units": the orders, not
"Orders went to units"); an amount more or less than something, said of "that", "this",
"it" or "which" after another amount ("The bill will be £596. That is £64 more than
now"), is the change in what that amount measures, not a bare "more"; a span with "for"
on a state told by a copula ("Residents were without water for 48 hours") is the length
of that state, not the subject alone; a linked amount keeps the time its clause gives
it, before or after the verb ("Her pay last year was £1.2m").
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


# synthetic: (text, the level, the noun of what changed, the counted noun it is not)
COUNTED_LEVELS = [
    # trade, manufacturing: a phrasal change, a counted unit
    ("Orders at Fenwick Tools went up 14% to 1,820 units in March.", "1,820", "orders", "units"),
    # consumer, wire: the subject with its own "of" phrase
    (
        "Sales of electric cars went up 22% to 4,300 vehicles last month.",
        "4,300",
        "sales",
        "vehicles",
    ),
    # sport, local paper: a crowd
    ("Attendance at Brackley Park rose 8% to 12,000 fans.", "12,000", "attendance", "fans"),
    # aviation, trade
    ("Deliveries at Corvane Aero jumped 40% to 510 aircraft.", "510", "deliveries", "aircraft"),
    # disaster, broadcaster: no change amount, only the level
    ("The death toll in Marren rose to 45 people on Monday.", "45", "toll", "people"),
]


@pytest.mark.parametrize(("text", "figure", "changed", "counted"), COUNTED_LEVELS)
def test_a_counted_level_after_a_change_measures_what_changed(
    text: str, figure: str, changed: str, counted: str
) -> None:
    words = _words(_figure(text, figure).measures)
    assert changed in words
    assert counted not in words  # not "Orders went to units"
    assert not words & {"went", "rose", "jumped"}


def test_a_counted_level_of_an_object_cut_measures_the_object() -> None:
    # synthetic, business wire: a transitive verb of change; its object changed
    measures = _figure(
        "Halvard Foods cut its workforce by 10% to 4,000 staff.", "4,000"
    ).measures.casefold()
    assert "workforce" in measures
    assert "staff" not in measures.split()


# synthetic: (text, the difference, a word of what the amount before measures, change)
DIFFERENCES = [
    # utilities, broadsheet: the article's own shape
    (
        "Wendmoor has asked to raise the average bill to £596 a year from April. "
        "That is £64 more than now.",
        "£64",
        "bill",
        "rise",
    ),
    # sport, local paper: a season ticket
    (
        "A season ticket at Dunmore Rovers will cost £420 next year. "
        "That is £35 more than this season.",
        "£35",
        "ticket",
        "rise",
    ),
    # transport, Scottish local: glued pence, "That's"
    ("The new fare will be £4.20. That's 40p more than the current fare.", "40", "fare", "rise"),
    # housing, broadsheet: "less"
    (
        "The average rent in Kelby is now £1,150 a month. That is £90 less than a year ago.",
        "£90",
        "rent",
        "fall",
    ),
    # council, Welsh local: "This is"
    (
        "Council tax for a Band D home in Pentre will be £2,104. This is £100 more than last year.",
        "£100",
        "tax",
        "rise",
    ),
]


@pytest.mark.parametrize(("text", "figure", "measured", "change"), DIFFERENCES)
def test_a_difference_said_of_that_is_the_change_in_the_amount_before(
    text: str, figure: str, measured: str, change: str
) -> None:
    measures = _figure(text, figure).measures
    words = _words(measures)
    assert measured in words, measures
    assert change in words, measures
    assert measures.casefold() not in ("more", "less", "that's")


def test_a_difference_takes_the_amount_just_before_not_one_further_back() -> None:
    # synthetic, utilities wire: the same "That is £64 more than now", once right after
    # the bill and once two sentences of another paragraph later, where nothing near
    # says what the £64 is more than (it is not made a change in the bill there)
    near = (
        "The company has asked to raise the average bill to £596 a year. That is £64 more than now."
    )
    far = (
        "The company has asked to raise the average bill to £596 a year.\n\n"
        "Its chairman spoke to shareholders on Monday. He thanked the staff. "
        "That is £64 more than now, he said."
    )
    assert "bill" in _words(_figure(near, "£64").measures)
    found = _figures(far)
    assert "bill" not in _words(found["£64"].measures if "£64" in found else "")


# synthetic: (text, the span, words of the state it lasted)
STATES = [
    # tech, trade: a state told by an adjective
    (
        "Smaller firms in the Corvane scheme will be exempt from the new rules for two years.",
        "two years",
        {"exempt", "firms"},
    ),
    # utilities, local paper
    (
        "Residents of Holm Road were without water for 48 hours after the main burst.",
        "48 hours",
        {"without", "water"},
    ),
    # health, broadcaster
    ("Mr Hale was in hospital for three weeks after the crash.", "three weeks", {"hospital"}),
]


@pytest.mark.parametrize(("text", "figure", "state"), STATES)
def test_a_span_of_a_state_on_a_copula_is_its_length(
    text: str, figure: str, state: set[str]
) -> None:
    measures = _figure(text, figure).measures
    words = _words(measures)
    assert state <= words, measures
    assert {"length", "time"} <= words, measures


def test_a_span_linked_by_a_copula_still_measures_its_subject() -> None:
    # synthetic, health broadcaster: the span as the attribute still measures the
    # subject, and the same span with "for" on a state is the state's length
    linked = _figure("The average response time in Dunford was 41 minutes.", "41 minutes")
    state = _figure("Homes in Dunford were without power for 30 hours after the storm.", "30 hours")
    assert "response" in _words(linked.measures)
    assert "length" not in _words(linked.measures)
    assert {"length", "without", "power"} <= _words(state.measures), state.measures


# synthetic: (text, the amount, the noun, the time)
LINKED_TIMES = [
    # utilities, broadsheet: the time between the subject and the copula
    ("Her pay last year was £1.2m.", "£1.2m", "pay", "last year"),
    # business, wire: after the amount
    ("Profits at Corvane last year were £88m.", "£88m", "profits", "last year"),
    # public finance, broadsheet: fronted
    ("Last year the council's deficit was £2.1bn.", "£2.1bn", "deficit", "last year"),
]


@pytest.mark.parametrize(("text", "figure", "noun", "when"), LINKED_TIMES)
def test_a_linked_amount_keeps_its_time(text: str, figure: str, noun: str, when: str) -> None:
    measures = _figure(text, figure).measures
    assert noun in _words(measures)
    assert when in measures, measures  # lower case, also when it opens the sentence


# synthetic: (text, the restated amount, words it must hold)
RESTATED = [
    # utilities, broadsheet: the fine per customer
    (
        "The fine handed to Corran Water is £18.5m. That works out at £9.70 per customer.",
        "£9.70",
        {"fine", "customer"},
    ),
    # consumer, tabloid: "It comes to ... for every"
    (
        "The levy at Holm Energy is £120 a year. It comes to about £10 for every month.",
        "about £10",
        {"levy", "month"},
    ),
    # public finance, wire: "That equates to"
    (
        "The Dunmore flood scheme will cost £2bn. That equates to £70 for every household.",
        "£70",
        {"scheme", "household"},
    ),
    # council, Welsh local: a rise restated per month
    (
        "Council tax in Pentre will rise by £64 a year. That works out at £5.33 a month.",
        "£5.33",
        {"rise", "tax", "month"},
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted"), RESTATED)
def test_an_amount_that_comes_to_restates_the_one_before(
    text: str, figure: str, wanted: set[str]
) -> None:
    measures = _figure(text, figure).measures
    assert wanted <= _words(measures), measures
    assert not _words(measures) & {"works", "comes", "equates", "that", "it"}, measures
