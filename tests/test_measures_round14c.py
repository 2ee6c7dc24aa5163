"""Round 14c, what a figure measures, from a probe of consumer, council, transport, retail,
markets, labour, fuel, farming and household-bill reports (UK regional and Welsh and
Scottish local papers, tabloids, wires, Kenyan, Pakistani and Singaporean English):
a verb of moving with "up" or "down" ("are going up by £2 to £28", "went down by 20p to
£2", "will go up 5% to £3.10") is a verb of change, so the amount after "by" is a rise or
a fall in the subject and the amount after "to" is the subject's new level, with no
"going up" left in it, also when the parser hangs the level on "by" or tags it a verb
after "to" ("going up by 2p to 55.3p a day"); "it went up to 65" and a participle
("..., going up by $500 to $3,500") keep the words around them; the unit of a change
("shot up 12 per cent", "cent" read as the object) and the base of a rate ("rose to
152.9p a litre", "litre" read as the object) are not what changed; a small count of who
lives in a home ("a large home with five or more people", "a flat with one or two
occupants") describes the household a bill is for: it is no figure, and the home, not
the people, is what pays.
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


# synthetic: (text, change, the change's noun, level, the subject both measure)
PHRASAL_CHANGES = [
    # consumer, Welsh local: the change with "by", the level with "to"
    (
        "Water bills in the Severnside area are going up by £2 to £28 a month from April.",
        "£2",
        "rise",
        "£28",
        "bills",
    ),
    # retail, tabloid: past tense, pence glued
    (
        "The price of a loaf at Crumbs Bakery went up by 10p to £1.85 last week.",
        "10",
        "rise",
        "£1.85",
        "loaf",
    ),
    # transport, Scottish local: the parser hangs "to £2" on "by"
    (
        "Bus fares in Ayrshire are going down by 20p to £2 from Monday, Strathcoast Buses said.",
        "20",
        "fall",
        "£2",
        "fares",
    ),
    # sport, local: a season ticket
    (
        "Season tickets at Dunmore Rovers are going up by £15 to £420 for next season.",
        "£15",
        "rise",
        "£420",
        "tickets",
    ),
    # council, Welsh local
    (
        "Council tax will go up by 4.99% to £2,104 for a Band D home, Pentre council confirmed.",
        "4.99%",
        "rise",
        "£2,104",
        "tax",
    ),
    # transport, ferry operator: no "by"; the parser hangs both amounts on "up"
    (
        "Fares will go up 5% to £3.10 in May, the ferry operator Skerry Links said.",
        "5%",
        "rise",
        "£3.10",
        "fares",
    ),
    # labour, council: an hourly rate
    (
        "The hourly rate for care workers will go up by 60p to £12.81 from April.",
        "60",
        "rise",
        "£12.81",
        "rate",
    ),
    # motoring, press release rewritten by a wire
    (
        "The average price of a used car went up 2.1% to £17,640 in March, Autodealer said.",
        "2.1%",
        "rise",
        "£17,640",
        "price",
    ),
]


@pytest.mark.parametrize(("text", "change", "noun", "level", "subject"), PHRASAL_CHANGES)
def test_a_verb_of_moving_up_or_down_tells_a_change_and_a_level(
    text: str, change: str, noun: str, level: str, subject: str
) -> None:
    found = _figures(text)
    assert change in found and level in found, list(found)
    changed, reached = _words(found[change].measures), _words(found[level].measures)
    assert {noun, subject} <= changed, changed
    assert subject in reached, reached
    assert not {"up", "down", "by", "going", "went", "go", "rise", "fall"} & reached, reached


def test_a_level_the_tagger_reads_as_a_verb_after_to_is_still_the_level() -> None:
    # energy, regional: "to 55.3p" parsed as an infinitive
    text = (
        "The standing charge for electricity is going up by 2p to 55.3p a day, while the gas"
        " standing charge falls slightly to 31.4p a day."
    )
    reached = _words(_figure(text, "55.3").measures)
    assert {"standing", "charge", "electricity"} <= reached, reached
    assert not {"up", "by", "going"} & reached, reached


@pytest.mark.parametrize(
    ("text", "figure", "kept"),
    [
        # politics, wire: "it" says nothing of what went up; the words around say more
        (
            "Finland's pension age was last raised in 2017, when it went up to 65 for people"
            " born after 1954.",
            "65",
            {"people", "born"},
        ),
        # sport, Australian wire: a participle after an object has no subject of its own
        (
            "Each national champion receives $3,000 in prize money, going up by $500 to $3,500"
            " for a championship record, the governing body said.",
            "$500",
            {"championship", "record"},
        ),
    ],
)
def test_a_move_up_with_no_noun_for_a_subject_keeps_the_words_around_it(
    text: str, figure: str, kept: set[str]
) -> None:
    measured = _words(_figure(text, figure).measures)
    assert kept <= measured, measured


@pytest.mark.parametrize(
    ("text", "change", "level", "subject"),
    [
        # property, Scottish local: "cent" parsed as the object of "shot up"
        (
            "Rents in Leith shot up 9 per cent to £1,310 a month last year, the letting agent"
            " Harbourside said.",
            "9 per cent",
            "£1,310",
            "rents",
        ),
        # markets, wire: "edged up"
        ("Prices edged up 0.3 per cent to 134.2 in June.", "0.3 per cent", "134.2", "prices"),
    ],
)
def test_the_unit_of_a_change_is_not_what_changed(
    text: str, change: str, level: str, subject: str
) -> None:
    found = _figures(text)
    assert change in found and level in found, list(found)
    reached = _words(found[level].measures)
    assert subject in reached and not {"cent", "up"} & reached, reached
    assert subject in _words(found[change].measures)


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # motoring, Scottish local
        ("Diesel rose to 152.9p a litre at Tayside forecourts.", "152.9", {"diesel"}),
        # motoring, Welsh broadcaster
        (
            "Unleaded climbed to 141.2p a litre in Wales, the highest since March.",
            "141.2",
            {"unleaded"},
        ),
        # farming, trade magazine
        (
            "Milk prices fell to 36p a litre for farmers supplying Dairyvale.",
            "36",
            {"milk", "prices"},
        ),
    ],
)
def test_the_base_of_a_rate_is_not_what_changed(text: str, figure: str, subject: set[str]) -> None:
    measured = _words(_figure(text, figure).measures)
    assert subject <= measured and "litre" in measured, measured


# synthetic: (text, the bill's figure, the home that pays, the household count not listed)
HOUSEHOLD_SIZES = [
    # energy, regional tabloid
    (
        "A large home with five or more people will pay around £2,530.",
        "around £2,530",
        "home",
        "five",
    ),
    # energy, Welsh local: a range of two counts
    (
        "A three-bedroom semi with three or four people living in it will pay about £1,690 a year.",
        "about £1,690",
        "semi",
        "four",
    ),
    # energy, Scottish local
    (
        "A two-bedroom flat with two or three occupants will pay £1,390 a year under the new cap.",
        "£1,390",
        "flat",
        "three",
    ),
    # water, English regional
    (
        "A terrace with three people in it pays £1,560 a year on average.",
        "£1,560",
        "terrace",
        "three",
    ),
]


@pytest.mark.parametrize(("text", "bill", "home", "count"), HOUSEHOLD_SIZES)
def test_who_lives_in_a_home_describes_the_household_and_is_no_figure(
    text: str, bill: str, home: str, count: str
) -> None:
    found = _figures(text)
    assert bill in found, list(found)
    assert home in _words(found[bill].measures), found[bill].measures
    assert not any(count in listed.lower() for listed in found if listed != bill), list(found)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a count the story tells stays: more people than a household's size
        ("The fire started in a house with nine people inside.", "nine"),
        # a count after "with" that follows no home
        ("The lifeboat with four crew on board capsized near Wick.", "four"),
        # a home's residents with no bill after them: the story's own count
        ("A care home with six residents was evacuated after the fire.", "six"),
    ],
)
def test_a_count_after_with_that_is_no_household_size_stays(text: str, figure: str) -> None:
    assert figure in _figures(text)


# synthetic: (text, figure, words its measures must hold, words it must not)
GAPPED_CHANGES = [
    # energy, regional: the level of the second noun, in the first subject's "for" phrase
    (
        "The unit rate for electricity will rise to 26.2p per kWh, from 24.9p, and gas to 6.6p"
        " per kWh.",
        "6.6",
        {"unit", "rate", "gas"},
        {"to"},
    ),
    # retail, tabloid: the change of the second noun
    ("Bread rose by 4% and milk by 6%.", "6%", {"rise", "milk"}, {"4", "by"}),
    # energy, Scottish local: a second noun of its own kind
    (
        "The standing charge rises to 60.1p a day and the unit rate to 27.3p per kWh.",
        "27.3",
        {"unit", "rate"},
        {"standing"},
    ),
    # business, wire
    ("Revenue at Orrin fell by 3% and profit by 9%.", "9%", {"fall", "profit"}, {"revenue"}),
]


@pytest.mark.parametrize(("text", "figure", "held", "not_held"), GAPPED_CHANGES)
def test_a_clause_that_leaves_out_the_verb_of_change_measures_its_own_noun(
    text: str, figure: str, held: set[str], not_held: set[str]
) -> None:
    measured = _words(_figure(text, figure).measures)
    assert held <= measured and not not_held & measured, measured


# synthetic: (text, figure, the competitor)
OFF_THE_PACE = [
    # cycling, Welsh local: a glued time, the rider named after a description
    (
        "The Welsh rider Gethin Pryce was 1min 12sec off the pace after the opening stage of"
        " the Tour of Gwent.",
        "1min 12sec",
        "pryce",
    ),
    # cycling, Scottish local
    (
        "Lewis Harte was 2min 05sec off the pace in the opening time trial in Fife.",
        "2min 05sec",
        "harte",
    ),
    # ultra running, magazine
    ("Sione Latu finished 10 minutes off the pace in the Highland Ultra.", "10 minutes", "latu"),
    # athletics, wire
    ("Ana Silva finished 47 seconds off the pace.", "47 seconds", "silva"),
]


@pytest.mark.parametrize(("text", "figure", "who"), OFF_THE_PACE)
def test_a_span_off_the_pace_is_the_competitor_s_gap_to_the_leader(
    text: str, figure: str, who: str
) -> None:
    measured = _words(_figure(text, figure).measures)
    assert {who, "gap", "pace"} <= measured, measured
    assert "time" not in measured, measured


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # crash, Scottish local: a bare count subject with nothing hung on its number
        ("Three people were taken to hospital after the crash on the A77.", "Three"),
        # consumer, tabloid: a possessive before the count
        ("Her 12 children will pay £4 each for the trip.", "£4"),
    ],
)
def test_a_counted_subject_with_no_with_phrase_is_read_as_before(text: str, figure: str) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    ("text", "figure", "value", "subject"),
    [
        # consumer, Kenyan English: shillings glued and spaced
        ("Maize flour went up by KSh20 to KSh230 in Nakuru, traders said.", "KSh230", 230, "flour"),
        (
            "Rents in Kilimani shot up by 12 per cent to KSh85,000 a month.",
            "KSh85,000",
            85000,
            "rents",
        ),
    ],
)
def test_kenyan_shillings_are_money(text: str, figure: str, value: int, subject: str) -> None:
    found = _figure(text, figure)
    assert found.unit == "KES" and found.value == value
    assert subject in _words(found.measures), found.measures


# synthetic: (text, change, level, what changed)
NAMED_CHANGES = [
    # property, Australian broadsheet: a place lags with a rise
    (
        "Melbourne lagged with a rise of 1.9 per cent to $812,000, still below its 2022 peak.",
        "1.9 per cent",
        "$812,000",
        {"melbourne"},
    ),
    # council, English regional: bills face a rise
    (
        "Council tax bills face a rise of 4.99% to £2,104 for a Band D home.",
        "4.99%",
        "£2,104",
        {"council", "tax", "bills"},
    ),
    # business, wire: what changed told with "in"
    (
        "The firm reported an increase of 12% to £88m in operating profit.",
        "12%",
        "£88m",
        {"operating", "profit"},
    ),
    # business, trade magazine: "in" hung on the verb after the amounts
    (
        "Tarlan posted a fall of 8% to £41m in pre-tax profit.",
        "8%",
        "£41m",
        {"pre-tax", "profit"},
    ),
    # transport, Welsh local
    ("Fares will see a rise of 5% to £3.10.", "5%", "£3.10", {"fares"}),
]


@pytest.mark.parametrize(("text", "change", "level", "thing"), NAMED_CHANGES)
def test_a_change_named_as_a_noun_then_to_is_a_change_and_a_level(
    text: str, change: str, level: str, thing: set[str]
) -> None:
    found = _figures(text)
    assert change in found and level in found, list(found)
    changed, reached = _words(found[change].measures), _words(found[level].measures)
    assert thing <= changed and changed & {"rise", "increase", "fall"}, changed
    assert thing <= reached and not reached & {"rise", "increase", "fall"}, reached


@pytest.mark.parametrize(
    ("text", "figure", "wrong"),
    [
        # labour, Scottish broadcaster: the union wants the rise; it does not rise itself
        ("The union wants a rise of 9% to £14 an hour for porters.", "9%", "rise in union"),
        # consumer, tabloid: shoppers face the jump; the price jumps
        ("Shoppers face a jump of 9p to £1.49 for a pint of milk.", "9", "jump in shoppers"),
    ],
)
def test_whoever_wants_or_faces_a_named_change_is_not_what_changed(
    text: str, figure: str, wrong: str
) -> None:
    measured = _figure(text, figure).measures.lower()
    assert wrong not in measured, measured
