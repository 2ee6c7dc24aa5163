"""Round 31a, what a figure measures, from classes an outside writer's probes share
(whose passages are not copied here): a sum written right after "worth" is the value
of the thing "worth" follows, however the parser hung the sum ("12 kilos of heroin
worth R9 million", "the contract is worth $80 million"); a sum a thing sells at, sold
for, fetched, retailed or traded at is the price of that thing ("A tray of eggs now
sells at N5,400", "The painting sold for £2.2m"), never when the verb has an object of
its own ("sold its stake for €3m") or a person sells; and a sum paid by a unit
of goods ("a litre", "per kilo", "per cubic metre", "a bag") is a price paid, where a
sum paid per person or per week stays a payment; a change written right after "up" or
"down" is a change in the noun written before that word, and a level after "to" there
its level ("driving ad revenue up 18% to $204 million"); a participle of estimating hung
on the noun inside a phrase describes the noun the phrase hangs on ("losses to fisheries
estimated at"); a size in units a place or thing owns is its area, length or volume
("the reserve's 26,000 hectares"); a sum a person or body did something with is money,
so told ("money wedding planner pocketed"), never a level, a forecast or a share; and a
side bowled out (or all out) for a bare number made its all-out total, a bare number
chased its target.

Every passage here is synthetic, written for these tests (invented people, firms,
clubs and places of no consequence), across British, Irish, Australian, Indian,
Nigerian, Kenyan, South African, Canadian, Singaporean and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figure(text: str, wanted: str) -> FoundFigure:
    found = {f.text: f for f in find_figures(text, analysis_of(text))}
    assert wanted in found, list(found)
    return found[wanted]


def _check(text: str, figure: str, wanted: list[str], unwanted: list[str]) -> None:
    measures = _figure(text, figure).measures.casefold()
    assert wanted or unwanted  # every case says something
    for word in wanted:
        assert word.casefold() in measures, (measures, word)
    for word in unwanted:
        assert word.casefold() not in measures, (measures, word)


# synthetic: text, figure, words the measure holds, words it must not hold
WORTH = [
    # South African broadsheet, crime: the sum hung on "worth" under the verb
    (
        "Police at Beitbridge seized 14 kilos of heroin worth R9 million on Tuesday.",
        "R9 million",
        ["value of heroin", "seized"],
        [],
    ),
    # UK local, crime: the sum hung on a participle after it
    (
        "Detectives found 600 stolen power tools worth £310,000 hidden in a barn near Ely.",
        "£310,000",
        ["value of", "power tools"],
        [],
    ),
    # Indian wire, customs: rupees the recognizer does not call money
    (
        "Customs officers recovered gold bars worth Rs 3.2 crore from two passengers.",
        "Rs 3.2 crore",
        ["value of gold bars"],
        [],
    ),
    # Canadian broadsheet, sport: "is worth" says it of the subject
    (
        "The extension is worth $84 million over seven seasons, his agent said.",
        "$84 million",
        ["value of extension"],
        [],
    ),
    # Nigerian broadsheet, business: an order's value
    (
        "Skybridge Nigeria ordered 12 regional jets worth $360m at list prices.",
        "$360m",
        ["value of regional jets"],
        [],
    ),
    # negative: "worth" before a count of points is no value of money
    (
        "A try is worth five points and a conversion two more in the Pacific Shield.",
        "five",
        [],
        ["value of"],
    ),
    # negative: a sum after "worth it" is not what "worth" values
    ("Families said the trip was worth it and paid £45 each.", "£45", [], ["value of"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), WORTH)
def test_a_sum_after_worth_is_the_value_of_what_worth_follows(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


PRICE_FETCHED = [
    # Nigerian broadcaster, markets: "sells at"
    (
        "A crate of tomatoes now sells at N42,000 in Mile 12 market, up from N18,000 in May.",
        "N42,000",
        ["price of crate of tomatoes"],
        ["sells"],
    ),
    # the earlier level keeps the price
    (
        "A crate of tomatoes now sells at N42,000 in Mile 12 market, up from N18,000 in May.",
        "N18,000",
        ["price of crate of tomatoes"],
        [],
    ),
    # Irish broadsheet, culture: "sold for" with no object of its own
    (
        "A Jack B. Yeats oil sold for €1.3m at an auction in Dublin on Wednesday.",
        "€1.3m",
        ["price of", "oil"],
        [],
    ),
    # Australian trade press, wool: "fetched" with the sum its object
    (
        "Superfine merino fleece fetched $27 a kilo at the Goulburn sale.",
        "$27",
        ["price of superfine merino fleece"],
        ["kilo at"],
    ),
    # Singapore broadsheet, property: "traded at"
    (
        "Shares of Marina Crest Holdings traded at S$1.84 on Friday afternoon.",
        "S$1.84",
        ["price of shares of marina crest"],
        [],
    ),
    # Kenyan broadcaster, energy: "retail at" a rate
    (
        "Diesel will retail at Sh171.60 a litre in Mombasa from Saturday, the regulator said.",
        "Sh171.60",
        ["price of diesel"],
        [],
    ),
    # negative: the verb has an object of its own (a sale by someone)
    (
        "Harbour Foods sold its dairy arm for €48m to a Dutch group.",
        "€48m",
        [],
        ["price of"],
    ),
    # negative: a person selling is a seller, not a thing sold
    ("Okafor sold for N2 million last year, his brother said.", "N2 million", [], ["price of"]),
    # negative: "went" to a level, not "went for" a sum
    ("Inflation went to 6.2% in March, the statistics office said.", "6.2%", [], ["price of"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), PRICE_FETCHED)
def test_a_sum_a_thing_sells_at_or_fetches_is_its_price(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


PAID_BY_THE_UNIT = [
    # Irish broadcaster, farming: "paying ... a kilo for"
    (
        "Processors are paying €5.85 a kilo for heifers this week, up 20c on last week.",
        "€5.85",
        ["price paid by processors", "heifers"],
        [],
    ),
    # US local, utilities: per cubic metre
    (
        "Residents in Cedar Falls will pay $3.10 per cubic metre of water from January.",
        "$3.10",
        ["price paid by residents"],
        [],
    ),
    # Indian broadsheet, dairy: passive, paid to the farmers
    (
        "Dairy farmers in Anand will be paid Rs 46 a litre from April, the union said.",
        "Rs 46",
        ["price paid to dairy farmers"],
        [],
    ),
    # negative: per household is a payment, not a price
    (
        "Ratepayers will pay £96 per household under the new flood levy.",
        "£96",
        ["payment by ratepayers"],
        ["price"],
    ),
    # negative: a sum a week is a payment (wages), not a price (round 33a: paid to a
    # person by the week, it is told as wages)
    (
        "Wanderers will pay the striker £95,000 a week under the deal.",
        "£95,000",
        ["wages paid by wanderers"],
        ["price"],
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), PAID_BY_THE_UNIT)
def test_a_sum_paid_by_a_unit_of_goods_is_a_price_paid(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


WRITTEN_UP = [
    # US trade press, tech: the object of "driving" before "up", then its level
    (
        "Active users rose to 3.1 million, lifting ad revenue up 18% to $204 million.",
        "18%",
        ["rise in ad revenue"],
        ["users"],
    ),
    (
        "Active users rose to 3.1 million, lifting ad revenue up 18% to $204 million.",
        "$204 million",
        ["ad revenue"],
        ["users"],
    ),
    # Australian broadsheet, property: "pushing ... up" a sum
    (
        "Median rents in Hobart climbed 9%, pushing the average water bill up $85.",
        "$85",
        ["rise in average water bill"],
        ["rents"],
    ),
    # NZ broadcaster, dairy: "with ... down" after another change
    (
        "The lamb schedule rose 4 per cent, with mutton down 2.5 per cent to $6.10 a kilo.",
        "2.5 per cent",
        ["fall in mutton"],
        ["lamb"],
    ),
    (
        "The lamb schedule rose 4 per cent, with mutton down 2.5 per cent to $6.10 a kilo.",
        "$6.10",
        ["mutton"],
        ["lamb"],
    ),
    # negative: "up to" a level with no change told keeps its own reading
    ("Homes up to 300 metres from the blast were evacuated.", "up to 300", [], ["rise in"]),
    # negative: "up" after a comma names no noun before it
    ("Shares in Kestrel closed at 412p, up 6%.", "6%", ["shares in kestrel"], []),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), WRITTEN_UP)
def test_a_change_written_after_up_is_a_change_in_the_noun_before_up(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


PARTICIPLE_ON_THE_OUTER_NOUN = [
    # Filipino broadcaster, disaster: "estimated" hung on the noun inside "to ..."
    (
        "The floods displaced 8,000 families, with losses to fisheries estimated at P640 million.",
        "P640 million",
        ["losses to fisheries"],
        [],
    ),
    # Kenyan broadsheet, education: "set" hung on the noun inside "for ..."
    (
        "Some 96,000 candidates qualified, with the cut-off for law set at 41 points.",
        "41",
        ["cut-off for law"],
        [],
    ),
    # negative: a participle on a noun with no phrase before it keeps that noun
    (
        "Her legal costs, estimated at £96,000, will be met by the trust.",
        "£96,000",
        ["legal costs"],
        ["trust"],
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), PARTICIPLE_ON_THE_OUTER_NOUN)
def test_a_participle_of_estimating_describes_the_noun_its_phrase_hangs_on(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


SIZE_OF_AN_OWNER = [
    # Australian broadsheet, bushfire: a share of the park's hectares
    (
        "About half of the reserve's 26,000 hectares burned before the change came through.",
        "26,000",
        ["area of reserve"],
        ["burned before"],
    ),
    # UK local, farming: acres an estate owns
    ("Flooding covered much of the estate's 1,900 acres last winter.", "1,900", ["area of"], []),
    # Indian broadsheet, water: a reservoir's volume
    (
        "The lake's 14 million litres were drained for repairs to the dam wall.",
        "14 million",
        ["volume of lake"],
        [],
    ),
    # negative: a size of something ("tonnes of waste") stays that thing's
    (
        "The depot's 60 tonnes of scrap were moved to Pinetown.",
        "60",
        ["scrap"],
        ["weight of depot"],
    ),
    # negative: a person's distance is a race, not their length
    (
        "Cheruiyot's 5,000 metres in Eugene was the run of the season.",
        "5,000",
        [],
        ["length of"],
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), SIZE_OF_AN_OWNER)
def test_a_size_a_place_or_thing_owns_is_its_area_length_or_volume(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


MONEY_A_DOER_HANDLED = [
    # UK tabloid, crime: a person's verb with the sum its object
    (
        "A wedding planner pocketed £52,000 from couples across Kent.",
        "£52,000",
        ["money wedding planner pocketed"],
        [],
    ),
    # South African broadsheet, local government: a body setting money aside
    (
        "The council has set aside R14 million to fix the Umgeni Road bridge.",
        "R14 million",
        ["money council set aside"],
        [],
    ),
    # UK tabloid, football: a club's name, the sum misread as an adverb (round 33a: spent
    # on a person, the sum is the fee for them)
    (
        "The Magpies have splashed £28m on a Ghanaian midfielder.",
        "£28m",
        ["fee paid by magpies", "midfielder"],
        [],
    ),
    # negative: a level a thing reached is no money handled
    ("Revenue topped $3bn for the first time.", "$3bn", [], ["money"]),
    # negative: a sum a body reports is what it reported, no money it handled
    ("Telkom reported R2.9bn in the half-year.", "R2.9bn", [], ["money telkom"]),
    # negative: a sum forecast is no money handled
    ("Analysts polled by Refinitiv expected $1.8 billion.", "$1.8 billion", [], ["money"]),
    # negative: a share of a vote the recognizer calls money
    (
        "Members of the Canadian union voted 64 per cent in favour of the offer.",
        "64 per cent",
        [],
        ["money"],
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), MONEY_A_DOER_HANDLED)
def test_a_sum_a_person_or_body_does_something_with_is_money_so_told(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


INNINGS_ENDED = [
    # South African broadsheet, cricket: the side bowled out is the verb's object
    (
        "The Titans bowled out the Lions for 187 on the final afternoon.",
        "187",
        ["lions' all-out total"],
        ["titans"],
    ),
    # Indian broadcaster, cricket: passive, and a target chased
    (
        "Chasing 246, Saurashtra were bowled out for 201 in the 47th over.",
        "201",
        ["saurashtra's all-out total"],
        [],
    ),
    (
        "Chasing 246, Saurashtra were bowled out for 201 in the 47th over.",
        "246",
        ["target chased by saurashtra"],
        [],
    ),
    # Australian broadsheet, cricket: "all out for"
    (
        "Tasmania were all out for 139 after lunch on day two.",
        "139",
        ["tasmania's all-out total"],
        [],
    ),
    # negative: a count after "for" on another verb
    (
        "The tribunal dismissed the claims for 2 reasons, the chair said.",
        "2",
        [],
        ["all-out"],
    ),
    # negative: a distance chased is no target
    ("Officers chased the van for 14 miles along the M62.", "14", [], ["target"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), INNINGS_ENDED)
def test_a_side_bowled_out_for_a_number_made_its_all_out_total(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)
