"""Round 34a, what a figure measures, from classes that at least two of four outside
writers' probes share (whose passages are not copied here): a bare number after "for" on
a passive verb with the particle "out" ("were skittled out for 131", "were bundled out
for 188 in 46.3 overs") is the side's all-out total, whatever the verb, and a span or a
count of things after "out for" is not; a sum right before "over" and a budget noun
("ran £96m over budget", "which came in R340 million over budget") is the cost overrun
of the clause's subject, and a sum under budget, over a target or over a span of time is
not; a sum "to" or "against" a currency ("N1,588 to the dollar") is an exchange rate; a
span spent in a state told by a participle right after it ("spent 31,000 hours waiting
on trolleys") keeps the state; a tally of points "ahead of" or "clear of" a rival is a
lead over it, and a plural name after "the" owns with an apostrophe only ("the
Conservatives' lead"); a sum per a unit of goods whose subject is "Lamb prices" is the
price of lamb per the unit when the measure had lost the goods.

Every passage here is synthetic, written for these tests (invented people, firms,
clubs and places of no consequence), across British, Irish, Australian, Indian,
Nigerian, Kenyan, South African, Canadian, Singaporean, New Zealand and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _found(text: str) -> dict[str, FoundFigure]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _figure(text: str, wanted: str) -> FoundFigure:
    found = _found(text)
    assert wanted in found, list(found)
    return found[wanted]


def _check(text: str, figure: str, wanted: list[str], unwanted: list[str]) -> None:
    measures = _figure(text, figure).measures.casefold()
    assert wanted or unwanted  # every case says something
    for word in wanted:
        assert word.casefold() in measures, (measures, word)
    for word in unwanted:
        assert word.casefold() not in measures, (measures, word)


# synthetic: an innings ended by a passive verb with "out", any verb
ALL_OUT = [
    # UK broadsheet, county cricket
    (
        "Set 240 to win, Somerset Downs were skittled out for 131 before tea.",
        "131",
        ["all-out total", "Somerset Downs"],
        [],
    ),
    # Indian wire, Ranji Trophy, with the overs after the total
    (
        "Chasing 301, Bengal were bundled out for 188 in 46.3 overs.",
        "188",
        ["all-out total", "Bengal"],
        ["bundled"],
    ),
    # New Zealand broadcaster, first-class cricket
    (
        "Otago were shot out for 77 on the opening day at Dunedin.",
        "77",
        ["Otago's all-out total"],
        [],
    ),
    # Caribbean/Jamaican copy, active voice: the side put out is the one named after it
    (
        "Jamaica Scorpions skittled out Barbados Pride for 142 at Kensington Oval.",
        "142",
        ["Barbados Pride's all-out total"],
        ["Scorpions"],
    ),
    # Sri Lankan/Indian copy, the side told by a pronoun: the total is still all-out
    (
        "Kandy Lions lost the toss and they were skittled out for 88 on a damp pitch in Galle.",
        "88",
        ["all-out total"],
        ["damp pitch"],
    ),
    # Negatives: a span after "out for"; a count of things after it
    (
        "The striker was ruled out for six weeks with a hamstring injury.",
        "six weeks",
        [],
        ["all-out"],
    ),
    ("Food parcels were handed out for 200 families in Soweto.", "200", [], ["all-out"]),
    ("Nurses in Lagos were called out for 48 hours last week.", "48 hours", [], ["all-out"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), ALL_OUT)
def test_a_bare_number_after_out_for_on_a_passive_verb_is_the_all_out_total(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


# synthetic: a sum over a budget
OVER_BUDGET = [
    # UK local, transport
    (
        "The tram extension ran £96m over budget and opened two years late.",
        "£96m",
        ["overrun", "tram extension", "over budget"],
        [],
    ),
    # South African broadsheet, health, in a relative clause
    (
        "The new hospital wing, which came in R340 million over budget, finally opened on Monday.",
        "R340 million",
        ["overrun", "hospital wing"],
        ["came in"],
    ),
    # Indian broadsheet, a second figure joined to a delay
    (
        "The metro line is running 18 months late and Rs 2,400 crore over budget.",
        "Rs 2,400 crore",
        ["overrun", "metro line"],
        ["months late"],
    ),
    # Canadian wire, an estimate
    (
        "The arena finished C$45 million over the estimate, the auditor said.",
        "C$45 million",
        ["overrun", "arena", "estimate"],
        [],
    ),
    # Irish broadsheet, the budget with an owner and an adjective
    (
        "The children's hospital is now €1.1bn over its original budget, the minister admitted.",
        "€1.1bn",
        ["overrun", "hospital"],
        [],
    ),
    # Negatives: under budget, over a target, over a span, over a season
    ("The council came in £2m under budget this year.", "£2m", [], ["overrun"]),
    ("Sales came in £3m over target in the quarter.", "£3m", [], ["overrun"]),
    ("The club will pay £2m over three years for the striker.", "£2m", [], ["overrun"]),
    (
        "The county spent Sh40 million over the dry season on water trucking.",
        "Sh40 million",
        [],
        ["overrun"],
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), OVER_BUDGET)
def test_a_sum_over_a_budget_is_the_cost_overrun(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


# synthetic: a sum told "to" or "against" a currency is an exchange rate
EXCHANGE_RATES = [
    # Nigerian wire, the official window
    (
        "The naira settled at N1,588 to the dollar at the official window on Tuesday.",
        "N1,588",
        ["exchange rate", "naira", "dollar"],
        [],
    ),
    # South African broadcaster, "against"
    (
        "The rand slipped to R18.47 against the dollar in early trade.",
        "R18.47",
        ["exchange rate", "rand", "dollar"],
        [],
    ),
    # Indian broadsheet, a split currency abbreviation
    (
        "The rupee ended at Rs 83.95 against the US dollar in Mumbai on Monday.",
        "Rs 83.95",
        ["exchange rate", "rupee", "dollar"],
        [],
    ),
    # UK wire, the pound against the euro
    (
        "Sterling rose to €1.19 against the euro after the inflation figures.",
        "€1.19",
        ["exchange rate", "sterling", "euro"],
        [],
    ),
    # Negatives: a sum paid to a person or a body; a currency in a compound name
    ("Bread now costs N1,500 to the average family in Kano.", "N1,500", [], ["exchange rate"]),
    (
        "The fund lent $40m to the Dollar Street Trust in March.",
        "$40m",
        [],
        ["exchange rate"],
    ),
    (
        "The club sold the striker for £12m to the Euro champions.",
        "£12m",
        [],
        ["exchange rate"],
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), EXCHANGE_RATES)
def test_a_sum_to_a_currency_is_an_exchange_rate(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


# synthetic: a span spent in a state told by a participle right after it
SPENT_IN_A_STATE = [
    # Irish broadsheet, health
    (
        "Patients spent 31,000 hours waiting on trolleys at Cork University Hospital last month.",
        "31,000 hours",
        ["hours spent", "Patients", "waiting on trolleys"],
        ["trolleys at"],
    ),
    # Australian broadcaster, health
    (
        "Ambulances spent 2,870 hours ramped outside Perth hospitals in May.",
        "2,870 hours",
        ["Ambulances", "ramped outside Perth hospitals"],
        [],
    ),
    # Singapore broadsheet, transport
    (
        "Passengers spent six hours stranded on the tarmac at Changi on Sunday.",
        "six hours",
        ["Passengers", "stranded on the tarmac"],
        [],
    ),
    # Negatives: no participle after the span; a place after it
    (
        "The crews spent 1,200 hours on the repairs last winter.",
        "1,200 hours",
        ["hours spent by crews"],
        ["stranded", "waiting"],
    ),
    (
        "She spent 19 years in prison for a murder she did not commit.",
        "19 years",
        ["prison"],
        ["commit"],
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), SPENT_IN_A_STATE)
def test_a_span_spent_in_a_state_says_the_state(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


# synthetic: a tally of points "ahead of" or "clear of" a rival is a lead over it
LEADS = [
    # UK broadsheet, a poll
    (
        "The Greens are on 27%, five points ahead of the Liberal Democrats, in a new poll.",
        "five",
        ["Greens' lead", "over the Liberal Democrats"],
        ["Greens's"],
    ),
    # Canadian broadcaster, a poll with "the" and a plural party
    (
        "The New Democrats lead with 38 per cent, seven points ahead of the Conservatives.",
        "seven",
        ["New Democrats' lead", "over the Conservatives"],
        [],
    ),
    # Scottish/UK tabloid, a league table with "clear of"
    (
        "Hearts are now six points clear of Hibernian in third place.",
        "six",
        ["lead", "over Hibernian"],
        [],
    ),
    # Australian broadsheet, a plural club name after "the"
    (
        "The Brisbane Lions are four points clear of Geelong on the ladder.",
        "four",
        ["Brisbane Lions' lead", "Geelong"],
        [],
    ),
    # Negatives: a gap behind stays a gap; "clear at the top" names no rival; a name
    # with no "the" keeps "'s"
    (
        "The Greens polled 18 per cent, six points behind the Liberal Democrats.",
        "six",
        ["Greens' points behind"],
        ["lead"],
    ),
    ("Leinster moved five points clear at the top after the win.", "five", ["clear"], ["lead"]),
    ("Wales finished 23 points behind England.", "23", ["Wales's points"], ["lead"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), LEADS)
def test_points_ahead_of_a_rival_are_a_lead_over_it(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


# synthetic: a sum per a unit of goods whose subject is the goods' prices
PRICES_OF_GOODS = [
    # Nigerian broadsheet, grain, an old level after "from"
    (
        "Sorghum prices have dropped to N38,000 a 100kg bag from N52,000 in Kano.",
        "N38,000",
        ["price of sorghum", "100kg bag"],
        ["from"],
    ),
    # New Zealand broadcaster, a record with a clause after it
    (
        "Lamb prices have hit a record $9.95 a kilogram, but ewe numbers have dropped in "
        "Southland.",
        "$9.95",
        ["price of lamb", "kilogram"],
        ["hit a record"],
    ),
    # Negatives: the goods told already stay as they are; no goods named
    (
        "Wheat prices slid to R4,950 a tonne on Safex, traders said.",
        "R4,950",
        ["Wheat prices"],
        ["price of"],
    ),
    ("Prices rose to £4 a kilo at the market.", "£4", [], ["price of"]),
    ("Share prices fell to 88 cents a share.", "88 cents", [], ["price of"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), PRICES_OF_GOODS)
def test_a_sum_per_unit_of_named_goods_prices_is_their_price(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)
