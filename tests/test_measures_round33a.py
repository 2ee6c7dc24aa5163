"""Round 33a, what a figure measures, from classes that at least two of three outside
writers' probes share (whose passages are not copied here): a sum taken home in a
contest ("won £500,000 and the title", "earned $1.2m for reaching the final", "The
champion earned $3.6m", "pocketed £250,000 after the colt won") is prize money, and a
wage or a grant is not; a figure in a unit of speed whose measure names no speed
measures a speed ("clocked at 187km/h"), and a speed that sizes the noun after it ("a
20mph zone") is left alone; runs added "for the fourth wicket" are the batters'
partnership; a sum a person takes home by the week is their wages, and a sum paid for
or on a person, or that a person is sold for, is the fee for them, where a sum paid for
a thing stays a payment.

Every passage here is synthetic, written for these tests (invented people, firms,
clubs and places of no consequence), across British, Irish, Australian, Indian,
Nigerian, Kenyan, South African, Canadian, Singaporean and US copy.
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


# synthetic: text, figure, words the measure holds, words it must not hold
PRIZES = [
    # Irish broadsheet, golf: a "for" naming a place in the contest
    (
        "Ciarán Mulvihill earned €840,000 for his runner-up finish in Dubai on Sunday.",
        "€840,000",
        ["prize money", "Mulvihill"],
        ["earnings"],
    ),
    # Nigerian sport desk: a gerund reaching a stage of a contest
    (
        "The Flying Eagles will receive $250,000 from the confederation for reaching the "
        "quarter-finals.",
        "$250,000",
        ["prize money"],
        [],
    ),
    # UK tabloid, snooker: the subject is the winner
    (
        "The winner of the Masters at Ally Pally will pocket £350,000 next month.",
        "£350,000",
        ["prize money"],
        [],
    ),
    # US wire, tennis: the subject is the win itself
    (
        "Her straight-sets triumph took eleven minutes longer than expected, and the win "
        "earned her $1.4 million.",
        "$1.4 million",
        ["prize money", "win"],
        [],
    ),
    # Australian racing: a win the sum is collected with
    (
        "Bellamy Rose won by two lengths to collect $420,000 for trainer Dean Carrow.",
        "$420,000",
        ["prize money"],
        [],
    ),
    # South African golf: won with a title
    (
        "Thabo Mokoena fired a closing 66 to win R3.2 million and the Sunshine Tour title.",
        "R3.2 million",
        ["prize money", "Mokoena"],
        [],
    ),
    # Negatives: a wage, damages, pay for work, a grant
    ("Junior doctors earn £38,000 a year after two years.", "£38,000", [], ["prize"]),
    (
        "A warehouse worker won £46,000 at an employment tribunal in Leeds.",
        "£46,000",
        [],
        ["prize"],
    ),
    (
        "The Lagos firm earned N40 million for its work on the Ikorodu flyover.",
        "N40 million",
        [],
        ["prize"],
    ),
    (
        "The town council received £2.1m from the levelling-up fund for the new library.",
        "£2.1m",
        [],
        ["prize"],
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), PRIZES)
def test_a_sum_taken_in_a_contest_is_prize_money(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


SPEEDS = [
    # Australian police: clocked at
    (
        "Highway patrol officers clocked the P-plater at 164km/h near Gundagai on Friday.",
        "164",
        ["speed"],
        [],
    ),
    # UK local, courts: "was doing"
    ("The court heard Hollins was doing 112mph on the A1 near Grantham.", "112", ["speed"], []),
    # Canadian weather: gusts reached
    ("Gusts reached 95 km/h in Halifax overnight.", "95", ["speed"], []),
    # Negatives: a speed that sizes a noun after it; a measure that names the speed
    ("The lorry was travelling at 38mph in a 20mph zone.", "20", [], ["speed of"]),
    ("The ferry crossed at a speed of 24 knots.", "24", [], ["speed of"]),
    ("The skipper was doing about 19 knots in a five-knot zone.", "five", [], ["speed of"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), SPEEDS)
def test_a_figure_in_a_unit_of_speed_names_the_speed(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


PARTNERSHIPS = [
    # Indian cricket copy
    (
        "Rathore and Iyengar added 203 for the sixth wicket before tea at Nagpur.",
        "203",
        ["sixth-wicket partnership", "Rathore", "Iyengar"],
        ["added"],
    ),
    # New Zealand broadsheet: "put on"
    (
        "Wellington recovered after Tane and Pickering added 131 for the fifth wicket.",
        "131",
        ["fifth-wicket partnership"],
        [],
    ),
    # Negatives: no wicket after "for"
    ("Harlow added 12 players for the new season.", "12", [], ["partnership"]),
    ("The seamer took 5 for 31 in nine overs.", "5 for 31", [], ["partnership"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), PARTNERSHIPS)
def test_runs_added_for_a_wicket_are_a_partnership(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


FEES_AND_WAGES = [
    # UK broadsheet, football: a fee paid for a person, and wages by the week
    (
        "Wanderers paid £22m for the Ghanaian striker, who will earn £90,000 a week.",
        "£22m",
        ["fee", "striker"],
        ["payment"],
    ),
    (
        "Wanderers paid £22m for the Ghanaian striker, who will earn £90,000 a week.",
        "£90,000",
        ["wages", "striker"],
        [],
    ),
    # Scottish tabloid: splashed on a player, then paid him by the week
    (
        "Hearts have splashed £4m on Danish defender Mikkel Sorensen and will pay him £25,000 "
        "a week.",
        "£4m",
        ["fee", "Sorensen"],
        [],
    ),
    (
        "Hearts have splashed £4m on Danish defender Mikkel Sorensen and will pay him £25,000 "
        "a week.",
        "£25,000",
        ["wages"],
        [],
    ),
    # Irish sport desk: a person sold for a sum
    (
        "Bohemians sold midfielder Cian Doherty to Brentford for €900,000, the club said.",
        "€900,000",
        ["fee", "Doherty"],
        [],
    ),
    # Negatives: a sum paid by the week for a thing, a sum paid for a thing, a stake sold
    ("Households pay £34 a week for gas and electricity.", "£34", [], ["wages"]),
    ("The county paid £75,000 for a new gritter.", "£75,000", [], ["fee"]),
    ("Pemberton sold its stake to Arlo Capital for $12m.", "$12m", [], ["fee"]),
    ("Families spend about £140 a week on food.", "about £140", [], ["wages"]),
    # a sum collected from others by the week is no wage
    (
        "Dolores Finch collected £3 a week from nine workmates for the lottery syndicate.",
        "£3",
        [],
        ["wages"],
    ),
    # a horse's name the recognizer may call a person: bought, or paid for, it is no fee
    (
        "Retired farmer Tadhg Moran bought Silver Comet for €12,000 as an unraced yearling.",
        "€12,000",
        [],
        ["fee"],
    ),
    ("Tadhg Moran paid €12,000 for Silver Comet at Goffs.", "€12,000", [], ["fee"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), FEES_AND_WAGES)
def test_a_sum_for_a_person_is_a_fee_and_by_the_week_wages(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


PARTICLES = [
    # Canadian business wire: a future layoff keeps "off"
    (
        "Northgate Steel will lay off 480 workers at its Hamilton mill next month.",
        "480",
        ["lay off"],
        [],
    ),
    # Singapore broadsheet: "shut down" is no "shut"
    ("Kopi Lane shut down 14 outlets across the island last year.", "14", ["shut down"], []),
    # Negative: a verb with no particle stays as it was
    ("Northgate Steel will hire 480 workers at its Hamilton mill.", "480", ["hire"], [" off"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), PARTICLES)
def test_a_count_s_verb_keeps_its_particle(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


POLLS = [
    # Irish broadsheet: a party's level after "down ... to"
    (
        "Sinn Féin is down three points to 24 per cent in the latest Red C poll.",
        "24 per cent",
        ["support for", "Sinn Féin"],
        [],
    ),
    # Australian wire: a party's level after a change verb, the poll later in the sentence
    (
        "The Teals have climbed to 11 per cent, while One Nation slipped to 5 per cent, the "
        "Resolve survey found.",
        "5 per cent",
        ["support for", "Nation"],
        [],
    ),
    # UK tabloid: a verb of standing before "on"
    (
        "Labour leads on 31%, three points clear of the Tories, in the new YouGov poll.",
        "31%",
        ["support for Labour"],
        [],
    ),
    # Negatives: a rate cut to a level; a common noun at the sentence's start
    (
        "The central bank voted to cut its rate to 3.5% in the election year.",
        "3.5%",
        [],
        ["support"],
    ),
    ("Turnout fell to 38 per cent in the by-election.", "38 per cent", [], ["support"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), POLLS)
def test_a_named_party_s_level_in_a_poll_is_its_support(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


INDEX_LEVELS = [
    # Indian business daily: an index's close
    (
        "The Sensex closed up 318 points at 79,412 as bank stocks rallied.",
        "79,412",
        ["closing level", "Sensex"],
        [],
    ),
    # Australian wire: a level reached "to"
    (
        "The ASX 200 slid 54 points to 8,102 by mid-afternoon.",
        "8,102",
        ["level of", "ASX 200"],
        [],
    ),
    # Negatives: a party's or a club's total in points is no index's level
    ("Labour rose three points to 31 in the seat count.", "31", [], ["level"]),
    ("Rovers moved up four points to 52 after the win.", "52", [], ["level"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), INDEX_LEVELS)
def test_the_number_an_index_moves_to_is_its_level(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


PRICES_BY_THE_UNIT = [
    # Irish farming weekly: a co-op's milk price
    (
        "Glenbeg Co-op will pay 44 cent a litre for September milk.",
        "44 cent",
        ["price"],
        [],
    ),
    # Kenyan business daily: a level per bag
    (
        "Maize in Eldoret fell to Sh3,100 a bag last week.",
        "Sh3,100",
        ["price"],
        [],
    ),
    # Negatives: a sum per week or per household, a sum already named a price
    ("Tenants in Ballymun pay €95 a week for a bedsit.", "€95", [], ["price"]),
    ("The levy will cost €86 per household.", "€86", [], ["price"]),
    (
        "Profit rose to R2.1 billion, or 412 cents a share, the miner said.",
        "412 cents",
        [],
        ["price"],
    ),
    ("The price of bread rose to £1.45 a loaf.", "£1.45", ["price"], ["price price"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), PRICES_BY_THE_UNIT)
def test_a_sum_per_a_unit_of_goods_is_a_price(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)
