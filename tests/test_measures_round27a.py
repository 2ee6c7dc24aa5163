"""Round 27a, what a figure measures, from the dev misses and a probe of an Indian
airline's quarterly traffic, fares and delays: a present-tense verb of change the tagger
reads as a plural noun ("The old-age grant increases by R130 to R2,315") still gives the
level reached and the change; a count watching after "in front of" or "before" is the
crowd (at the place named); a sum with "more" or "less" after it on a verb that pays is
the extra paid (on average, if so told); a count whose copula sets it in a long place
("are on the council's housing waiting list") keeps the whole place.

Every passage here is synthetic, written for these tests (invented people, firms, clubs
and places of no consequence), across South African, British, Irish, Nigerian, Indian,
Australian, Canadian and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _found(text: str) -> dict[str, FoundFigure]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _measure(text: str, figure: str) -> str:
    found = _found(text)
    assert figure in found, list(found)
    return found[figure].measures


# synthetic: a verb of change (often misread as a plural noun), the figure, its measure
MISREAD_CHANGE = [
    # South African broadsheet, a social grant: the level after "to"
    (
        "The old-age grant increases by R130 to R2,315 a month from April.",
        "R2,315",
        "old-age grant per month",
    ),
    # the same passage: the change after "by"
    (
        "The old-age grant increases by R130 to R2,315 a month from April.",
        "R130",
        "increase in old-age grant",
    ),
    # UK local, a car park
    ("The parking charge climbs to £4.50 an hour.", "£4.50", "parking charge per hour"),
    # Irish local, a benefit rate with a fronted date
    (
        "From April, the child benefit rate increases by £1.20 to £26.05 a week.",
        "£26.05",
        "child benefit rate per week",
    ),
    # Indian broadsheet, a metro fare
    ("The metro fare increases by Rs 10 to Rs 60 from June.", "Rs 60", "metro fare"),
    # UK broadcaster, a licence fee
    ("The licence fee climbs by £5 to £174.50.", "£174.50", "licence fee"),
    # negative: a verb read right keeps its reading
    ("The basic fare rises by Rs 20 to Rs 140 from Monday.", "Rs 140", "basic fare"),
    ("The basic fare rises by Rs 20 to Rs 140 from Monday.", "Rs 20", "rise in basic fare"),
    # negative: a verb of change with an object keeps its reading
    (
        "The win lifts Carrowmore to 38 points from 14 games.",
        "38",
        "win lifts Carrowmore to points",
    ),
    # negative: "increases" a real noun, the object of a verb
    (
        "The council approved rent increases of 5% to £120 a week.",
        "£120",
        "rent increases approved by council per week",
    ),
]


@pytest.mark.parametrize(("text", "figure", "measures"), MISREAD_CHANGE)
def test_a_misread_verb_of_change_gives_the_level_and_the_change(
    text: str, figure: str, measures: str
) -> None:
    assert _measure(text, figure) == measures


# synthetic: a count watching, its figure, the measure (None: no such figure)
CROWDS = [
    # UK local football
    (
        "Rovers beat Hallowfield United 2-1 in front of 11,206 fans at Brindle Park.",
        "11,206",
        "crowd at Brindle Park",
    ),
    # Australian broadsheet, a bare count and a place
    (
        "The Hawks sealed the title in front of 38,450 at Fenwick Road.",
        "38,450",
        "crowd at Fenwick Road",
    ),
    # Irish broadcaster, Gaelic football
    ("Kerry beat Dublin in front of 82,300 at Croke Park.", "82,300", "crowd at Croke Park"),
    # South African wire, "before" with watchers and "the"
    (
        "Sundowns beat Chiefs before 42,000 supporters at the FNB Stadium.",
        "42,000",
        "crowd at FNB Stadium",
    ),
    # Nigerian sport, a crowd "in" a town
    ("Enyimba won 2-0 before 12,000 fans in Aba.", "12,000", "crowd in Aba"),
    # UK wire, "a crowd of"
    (
        "Dunmore won 3-0 in front of a crowd of 4,310 at Riverside.",
        "4,310",
        "crowd at Riverside",
    ),
    # Canadian broadcaster, a lower-case place told with "on a"
    (
        '"We were playing in front of 400 people on a community pitch," she said.',
        "400",
        "crowd on a community pitch",
    ),
    # Singaporean broadsheet, the crowd's own words kept
    (
        "The Lions scored twice late on in front of a sell-out crowd of 14,600.",
        "14,600",
        "sell-out crowd",
    ),
    # negative: a television audience is no crowd
    (
        "The final was part of a 2023 storyline watched by 6.3 million people.",
        "6.3 million",
        "storyline watched by people",
    ),
    # Portuguese league on a UK wire, a place with a lower-case particle
    (
        "Marcal scored a fourth in front of a crowd of 31,870 at the Estadio do Pragal.",
        "31,870",
        "crowd at Estadio do Pragal",
    ),
    # negative: protesters are no crowd watching
    (
        "He stood in front of 200 protesters outside the court.",
        "200",
        "stood in front of protesters",
    ),
    # negative: a year after "before" is no figure
    ("The bridge must be finished before 2030.", "2030", None),
]


@pytest.mark.parametrize(("text", "figure", "measures"), CROWDS)
def test_a_count_watching_is_the_crowd(text: str, figure: str, measures: str | None) -> None:
    if measures is None:
        assert figure not in _found(text)
    else:
        assert _measure(text, figure) == measures


# synthetic: a sum paid with "more" or "less" after it, its measure
EXTRA_PAID = [
    # Indian broadsheet, an average told
    (
        "Travellers on the Delhi-Srinagar route paid an average of Rs 1,100 more than in "
        "the same quarter last year.",
        "Rs 1,100",
        "extra paid by Travellers on the Delhi-Srinagar route on average",
    ),
    # UK broadsheet, energy bills
    (
        "Customers paid an average of £120 more for their energy last winter.",
        "£120",
        "extra paid by Customers for energy on average",
    ),
    # Irish local, no average
    ("Households paid £120 more than a year earlier.", "£120", "extra paid by Households"),
    # Canadian local, a transit pass
    (
        "Commuters paid $30 more for a monthly pass.",
        "$30",
        "extra paid by Commuters for monthly pass",
    ),
    # Australian broadsheet, a cost
    ("The school trip cost A$40 more than last year.", "A$40", "extra cost of school trip"),
    # UK local, a future payment, less
    ("Drivers will pay £3 less a day.", "£3", "less payment by Drivers"),
    # negative: "more" belongs to a later count
    ("The couple paid £40 for more than 30 tickets.", "£40", "payment by couple for tickets"),
    # negative: a pronoun payer is left to the reading it had
    ("They paid £120 more.", "£120", "more"),
]


@pytest.mark.parametrize(("text", "figure", "measures"), EXTRA_PAID)
def test_a_sum_paid_more_is_the_extra_paid(text: str, figure: str, measures: str) -> None:
    assert _measure(text, figure) == measures


# synthetic: a count in a long place a copula gives, its measure
PLACED_BY_A_COPULA = [
    # Irish local government
    (
        "Some 2,300 households are on the council's housing waiting list.",
        "Some 2,300",
        "households on the council's housing waiting list",
    ),
    # UK health broadsheet
    (
        "More than 9,000 people are on the hospital's orthopaedic waiting list.",
        "More than 9,000",
        "people on the hospital's orthopaedic waiting list",
    ),
    # Nigerian courts
    (
        "Some 120 inmates are in the prison's segregation unit.",
        "Some 120",
        "inmates in the prison's segregation unit",
    ),
    # Irish transport
    (
        "Nearly 300 buses are at the operator's Dublin depots.",
        "Nearly 300",
        "buses at the operator's Dublin depots",
    ),
    # UK local football, a passive: the place after the particle is read whole too
    (
        "Nearly 8,000 fans were locked out of the ground.",
        "Nearly 8,000",
        "fans locked out of the ground",
    ),
    # South African weather, a place cut short by the word limit is left out
    (
        "Waves of 6-8m pounded the coast between Saldanha Bay and Mossel Bay on Tuesday.",
        "6-8m",
        "Waves pounded the coast on Tuesday",
    ),
    # negative: a short place was already read whole
    ("Some 1,200 pupils are at the school.", "Some 1,200", "pupils at the school"),
    # negative: a verb other than the copula keeps its words
    (
        "About 300 staff work at the city's main sorting office.",
        "About 300",
        "staff work at the city's main sorting office",
    ),
]


@pytest.mark.parametrize(("text", "figure", "measures"), PLACED_BY_A_COPULA)
def test_a_count_keeps_the_whole_place_its_copula_gives(
    text: str, figure: str, measures: str
) -> None:
    assert _measure(text, figure) == measures


# synthetic: a span told as "an average of", its measure
AVERAGE_SPANS = [
    # Singaporean broadsheet, housing waits
    (
        "She said waiting times for new flats had fallen to an average of 3.2 years.",
        "3.2 years",
        "average waiting times for new flats",
    ),
    # US local, police response
    (
        "She said response times in her ward had risen to an average of 11 minutes.",
        "11 minutes",
        "average response times in her ward",
    ),
    # Australian local, a border queue
    (
        "Delays at the border rose to an average of 40 minutes.",
        "40 minutes",
        "average Delays at the border",
    ),
    # UK property, a pronoun subject
    ("They sold in an average of 29 days in October.", "29 days", "average time to sell"),
    # negative: "for a median of" keeps its reading
    (
        "Patients were followed for a median of 2.5 years.",
        "2.5 years",
        "median length of time Patients were followed",
    ),
]


@pytest.mark.parametrize(("text", "figure", "measures"), AVERAGE_SPANS)
def test_a_span_told_as_an_average_is_the_average_of_its_clause(
    text: str, figure: str, measures: str
) -> None:
    assert _measure(text, figure) == measures


# synthetic: a share price or a share move, its measure
SHARES = [
    # Indian broadsheet
    (
        "Shares of SkyVahan closed 2.3 per cent lower at Rs 1,412 on the NSE.",
        "Rs 1,412",
        "closing price of shares of SkyVahan on NSE",
    ),
    (
        "Shares of SkyVahan closed 2.3 per cent lower at Rs 1,412 on the NSE.",
        "2.3 per cent",
        "fall in Shares of SkyVahan",
    ),
    # Australian wire
    ("Kestrel shares rose 3% to A$1.42.", "A$1.42", "price of Kestrel shares"),
    # UK broadsheet, a possessive owner
    ("Harrowgate's shares closed at 184p.", "184", "closing price of Harrowgate's shares"),
    # Nigerian business, a pronoun owner
    ("Its shares closed at N41.50 on the NGX.", "N41.50", "closing price of shares on NGX"),
    # Irish wire, the owner before and the market after
    ("Corravin shares in Dublin rose 2% to €7.40.", "€7.40", "price of Corravin shares in Dublin"),
    # negative: a sum paid for shares is no price
    ("The founders sold shares worth £4m.", "£4m", "value of shares founders sold"),  # round 31
    # negative: a comparative of no shares is left alone
    ("Prices were 3% higher than a year ago.", "3%", "Prices higher than a year ago"),
]


@pytest.mark.parametrize(("text", "figure", "measures"), SHARES)
def test_a_share_price_and_a_share_move(text: str, figure: str, measures: str) -> None:
    assert _measure(text, figure) == measures


# negative: a level "from" still takes the measure of the level "to" (kept by identity)
@pytest.mark.parametrize(
    ("text", "figure", "measures"),
    [
        (
            "The cap on the annual bill of a typical household will rise from £1,689 to "
            "£1,838, the regulator said.",
            "£1,689",
            "cap on the annual bill of a typical household",
        ),
        (
            "Kestrel shares rose from A$1.20 to A$1.42.",
            "A$1.42",
            "price of Kestrel shares",
        ),
    ],
)
def test_a_level_from_keeps_the_measure_of_the_level_to(
    text: str, figure: str, measures: str
) -> None:
    assert _measure(text, figure) == measures


# synthetic: a supply cut to a count of homes or customers, its measure
SUPPLY_CUT_TO = [
    # South African wire
    ("Eskom cut power to 1.2 million homes on Tuesday.", "1.2 million", "homes Eskom cut power to"),
    # Irish broadcaster
    (
        "Irish Water cut supplies to 3,000 homes in Mayo.",
        "3,000",
        "homes Irish Water cut supplies to",
    ),
    # Canadian local, customers
    (
        "Hydro Lakeshore cut power to 76,000 customers.",
        "76,000",
        "customers Hydro Lakeshore cut power to",
    ),
    # negative: a workforce with its owner is cut to a level
    ("The firm cut its workforce to 3,000 staff.", "3,000", "its workforce"),
    # negative: trains are a level of the service
    ("The operator reduced services to 12 trains a day.", "12", "services"),
]


@pytest.mark.parametrize(("text", "figure", "measures"), SUPPLY_CUT_TO)
def test_a_supply_cut_to_a_count_is_who_lost_it(text: str, figure: str, measures: str) -> None:
    assert _measure(text, figure) == measures
