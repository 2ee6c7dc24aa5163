"""Round 6b, what a figure measures when the sentence leans on what came before or beside
it: a level told "at" an amount for a subject compared with the measure just before
("English held steadier at 69.7%"), a possessive "its" or "their" standing for the body
named before, a framed change set beside the clause of a count ("...homes, a drop of 14%"),
a change in brackets after a level ("(down 0.2%)"), and a level told as "a record" amount.
Every sentence here is synthetic, written for these tests (invented names, bodies and
places), across wire, trade, local, broadsheet and broadcaster styles."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> dict[str, object]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _words(phrase: str) -> set[str]:
    words = (w.strip(",.:()").casefold() for w in phrase.split())
    return {w.removesuffix("'s").removesuffix("’s").strip("'’") for w in words}


# synthetic: (text, figure text, words its measures must hold, words it must not hold)
CASES = [
    # education, wire: a subject compared with the share told just before
    (
        "Some 68.3% of entries in physics achieved a grade 4 or above, down from 71.9% last "
        "year. Chemistry held steadier at 69.7%.",
        "69.7%",
        {"chemistry", "entries"},
        {"held", "physics"},  # the earlier group is not this one's
    ),
    # housing, trade: a count compared with the count before
    (
        "Housebuilders started work on 29,870 homes in the final quarter. Completions held "
        "up better at 38,200.",
        "38,200",
        {"completions", "homes"},
        set(),
    ),
    # property, broadsheet: a place compared with the place before, two sentences back
    (
        "Dunmere's median house price has climbed to a record $1.02 million. Figures show "
        "values rose 3.4 per cent in the quarter. Harlow Bay remains the most expensive "
        "city at $1.61 million.",
        "$1.61 million",
        {"harlow", "median", "house", "price"},
        {"dunmere"},
    ),
    # health, local: a count of another group compared with the count before
    (
        "Applications to nursing degrees fell to 31,500 this year. Midwifery held up better "
        "at 4,200.",
        "4,200",
        {"midwifery", "applications"},
        {"nursing"},
    ),
    # business, wire: "its" stands for the company named before
    (
        "Orvane Motors said profits fell sharply. Its shares rose 4% in early trading.",
        "4%",
        {"rise", "orvane", "motors", "shares"},
        {"its"},
    ),
    # sport, tabloid: "their" stands for the club named before
    (
        "Greyfield United confirmed the signing on Friday. Their wage bill climbed 12% last "
        "season.",
        "12%",
        {"greyfield", "united", "wage", "bill"},
        {"their"},
    ),
    # housing, trade: a framed change beside the clause of a count
    (
        "Housebuilders started work on 29,870 homes in the final quarter of 2025, a drop of "
        "14% on the previous quarter.",
        "14%",
        {"drop", "homes", "started"},
        set(),
    ),
    # crime, local
    (
        "Police recorded 2,300 burglaries in Ashvale last year, a rise of 8% on 2024.",
        "8%",
        {"rise", "burglaries", "recorded"},
        set(),
    ),
    # transport, wire
    (
        "The airline carried 4.1 million passengers in July, an increase of 6% on a year earlier.",
        "6%",
        {"increase", "passengers", "carried"},
        set(),
    ),
    # planning, local
    (
        "Councils approved 1,420 planning applications in the spring, a fall of 11%.",
        "11%",
        {"fall", "planning", "applications"},
        set(),
    ),
    # a change beside a measured level stays a change in the clause's subject
    (
        "Emissions fell to 5.2m tonnes, a drop of 9%.",
        "9%",
        {"drop", "emissions"},
        set(),
    ),
    # science, broadcaster: a lone change noun under the conditions fronted before it
    (
        "They found 47% fewer beetles under the lights. Under white LED lamps the drop was "
        "52%, compared with 33% under the older sodium lamps.",
        "52%",
        {"drop", "white", "led", "lamps"},
        set(),
    ),
    (
        "They found 47% fewer beetles under the lights. Under white LED lamps the drop was "
        "52%, compared with 33% under the older sodium lamps.",
        "33%",
        {"drop", "older", "sodium", "lamps"},
        {"white"},
    ),
    # housing, local
    (
        "Among first-time buyers in Corley the increase was 9%, the lender said.",
        "9%",
        {"increase", "first-time", "buyers"},
        set(),
    ),
    # tech, trade: a currency code the recognizer misses still makes a framed sum the
    # one the clause's subject reports
    (
        "Corvane, which is based in Bergen, has around 9,000 customers and reported revenue "
        "of NOK 2.7bn last year.",
        "NOK 2.7bn",
        {"revenue", "corvane", "reported"},
        set(),
    ),
    # sport, wire: a framed crowd with the superlative said of it
    (
        "The crowd of 21,408 was the largest at Fenner Park this season.",
        "21,408",
        {"crowd", "largest", "fenner", "park"},
        set(),
    ),
    # housing, broadsheet: a change in brackets after a level
    (
        "The average house price in Mereford stood at £412,000 (down 0.2%) in March.",
        "0.2%",
        {"fall", "average", "house", "price"},
        {"412"},
    ),
    # retail, trade: the change word hung on the level amount
    (
        "Sales at Dorrin Stores reached £1.9bn (up 4%) in the year to January.",
        "4%",
        {"rise", "sales", "dorrin"},
        {"reached"},
    ),
    # property, wire: "a record" amount is the level reached
    (
        "The median home price in Kestlow climbed to a record $1.02 million in April.",
        "$1.02 million",
        {"median", "home", "price"},
        {"climbed"},
    ),
    # commodities, wire
    (
        "Gold rose to a record $2,950 an ounce on Friday.",
        "$2,950",
        {"gold"},
        {"rose"},
    ),
]


@pytest.mark.parametrize(("text", "figure", "kept", "gone"), CASES)
def test_measures_lean_on_what_came_before(
    text: str, figure: str, kept: set[str], gone: set[str]
) -> None:
    found = _figures(text)
    assert figure in found, sorted(found)
    measures = _words(found[figure].measures)  # type: ignore[attr-defined]
    assert kept <= measures, measures
    assert not gone & measures, measures


def test_a_comparison_with_nothing_of_its_kind_before_keeps_its_clause() -> None:
    # economy, broadcaster: a share before, then a sum: no share to stand for
    text = "Turnout in Fellmoor was 41% last year. The Tarn Mill held steadier at £2m."
    found = _figures(text)
    assert "£2m" in found, sorted(found)
    assert "turnout" not in _words(found["£2m"].measures)  # type: ignore[attr-defined]


def test_a_person_s_possessive_is_not_a_body_named_before() -> None:
    # business, local: "her" is no organisation; nothing is swapped in
    text = "Mira Tollan joined Fenwick Foods in 2019. Her salary rose 5% this year."
    found = _figures(text)
    assert "5%" in found, sorted(found)
    assert "fenwick" not in _words(found["5%"].measures)  # type: ignore[attr-defined]


def test_its_stands_only_for_a_body_that_is_the_subject_before() -> None:
    # local government, local: the body named as an object before is not what "its"
    # stands for; the council (no name) is
    text = "Inspectors visited Harwick Dairies on Monday. The council said its budget fell 3%."
    found = _figures(text)
    assert "3%" in found, sorted(found)
    assert "harwick" not in _words(found["3%"].measures)  # type: ignore[attr-defined]
