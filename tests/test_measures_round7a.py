"""Round 7a, what a figure measures when it leans on a figure before it: a level told "at"
an amount for a subject compared with a count told in a clause of its own ("Completions
held up better at 38,200" after "housebuilders started work on 29,870 homes" is not
"housebuilders started work"), "the figure" after a share and its target (the share, not
the target), a target told "against a target of" (the target for the share before), and
an earlier level whose time runs into another benchmark ("compared with 78.9% in May and
a target of 85%"); a price told per unit with a slash ("£395/t": the unit is not what the
price measures), a change and the level it reached with no "by" ("fell $12 to $236/t" is
no range), and an earlier level "up 7% from £54.23" (not the later level's amount).
Every sentence here is synthetic, written for these tests (invented
names, bodies and places), across wire, trade, local, broadsheet and broadcaster styles."""

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
    # planning, local: the compared group keeps what was counted, not who counted it
    (
        "Councils granted permission for 12,400 new homes in the spring. Conversions held "
        "up better at 2,150.",
        "2,150",
        {"conversions", "homes"},
        {"councils", "granted"},
    ),
    # sport business, broadsheet: the earlier subject is not the compared one's
    (
        "Scottish clubs sold 310,000 season tickets last summer. Welsh clubs held up better "
        "at 95,000.",
        "95,000",
        {"welsh", "season", "tickets"},
        {"scottish", "sold"},
    ),
    # culture, trade
    (
        "The tour sold 212,000 tickets in its first week. Matinees fared worse at 18,400.",
        "18,400",
        {"matinees", "tickets"},
        {"tour", "sold"},
    ),
    # transport, wire: a passive telling of the count before
    (
        "Regional airports handled 2.3 million passengers in July. Harbourside fared better "
        "at 410,000.",
        "410,000",
        {"harbourside", "passengers"},
        {"regional", "airports"},
    ),
    # housing, trade (the open class of round 6)
    (
        "Housebuilders started work on 29,870 homes in the final quarter. Completions held "
        "up better at 38,200.",
        "38,200",
        {"completions", "homes"},
        {"housebuilders", "started"},
    ),
    # a group compared with a share told as its subject keeps its measure (round 6b)
    (
        "Applications to nursing degrees fell to 31,500 this year. Midwifery held up better "
        "at 4,200.",
        "4,200",
        {"midwifery", "applications"},
        {"nursing"},
    ),
    # health, broadcaster: "the figure" is the share, not the target set against it
    (
        "Just 71.2% of patients were seen within the standard, against a goal of 92%. The "
        "figure was 73.4% in June.",
        "73.4%",
        {"patients", "seen", "june"},
        {"goal"},
    ),
    # transport, local
    (
        "Only 54% of trains arrived on time, against a target of 90%. The figure was 57% a "
        "year earlier.",
        "57%",
        {"trains", "arrived"},
        {"target"},
    ),
    # the target itself: the target for the share before, without the clause's leftovers
    (
        "Only 54% of trains arrived on time, against a target of 90%. The figure was 57% a "
        "year earlier.",
        "90%",
        {"target", "trains"},
        {"against", "%"},
    ),
    # insurance, wire: an earlier level's time stops before another benchmark
    (
        "Some 80.2% of claims were settled within a month, compared with 78.9% in May and a "
        "target of 85%.",
        "78.9%",
        {"claims", "settled", "may"},
        {"target", "85%"},
    ),
    # banking, broadsheet
    (
        "Branches served 62.5% of customers within ten minutes, compared with 60.1% in the "
        "spring and a goal of 75%.",
        "60.1%",
        {"customers", "spring"},
        {"goal", "75%"},
    ),
    # a group joined by "and" is still the group
    (
        "The rate was 12.1% among men aged 40 to 50, compared with 9.4% among men and women "
        "in their twenties.",
        "9.4%",
        {"men", "women"},
        set(),
    ),
    # agriculture, trade: a price per tonne told with a slash
    (
        "Ammonium nitrate was offered at £395/t, up 9% on last year.",
        "£395/t",
        {"ammonium", "nitrate"},
        {"t", "at"},
    ),
    (
        "Ammonium nitrate was offered at £395/t, up 9% on last year.",
        "9%",
        {"rise", "ammonium", "nitrate"},
        {"t", "at"},
    ),
    # energy, wire
    (
        "Wholesale power for next winter traded at €92/MWh, compared with €81/MWh a month ago.",
        "€81/MWh",
        {"wholesale", "power", "month", "ago"},
        {"mwh", "at"},
    ),
    # shipping, trade
    (
        "Rates from Ningport to Halvorsund rose a more modest 9% to $2,480/feu.",
        "$2,480/feu",
        {"rates", "ningport"},
        {"feu"},
    ),
    # mining, wire: a change and the level it reached, with no "by"
    (
        "Hard coking coal fell $12 to $236/t on Friday, down 18% year on year.",
        "$12",
        {"fall", "coking", "coal"},
        set(),
    ),
    (
        "Hard coking coal fell $12 to $236/t on Friday, down 18% year on year.",
        "$236/t",
        {"coking", "coal"},
        {"fall", "fell"},
    ),
    # energy, trade: an earlier level is not told by the later level's amount
    (
        "Onshore wind cleared at £61.40/MWh, up 5% from £58.45/MWh in the last round.",
        "£58.45/MWh",
        {"onshore", "wind", "last", "round"},
        {"61.40", "£", "mwh"},
    ),
    # livestock, local
    (
        "Store cattle sold at £1,480 a head, up 3% from £1,437 at the autumn sale.",
        "£1,437",
        {"store", "cattle", "autumn"},
        {"1,480", "£"},
    ),
    # agriculture, trade: a participle after a price told "at" gives its terms, and the
    # clause still says what was priced
    (
        "Feed barley was quoted at £146/t delivered into East Anglia, down from £163/t a year ago.",
        "£146/t",
        {"feed", "barley", "delivered", "anglia"},
        set(),
    ),
    (
        "Bread wheat traded at £190 delivered to Avonmouth on Tuesday.",
        "£190",
        {"bread", "wheat", "avonmouth"},
        set(),
    ),
    # a participle after an amount that is no level told "at" still says what it is
    (
        "The company has $2 billion left under a share repurchase plan.",
        "$2 billion",
        {"left", "repurchase", "plan"},
        set(),
    ),
    # agriculture, trade: a margin over something is its own measure, not the level before
    (
        "Futures closed at £174.20/t on Thursday. Milling wheat premiums held up better at "
        "£38/t over feed.",
        "£38/t",
        {"premiums", "over", "feed"},
        {"futures", "closed"},
    ),
    # farming, broadcaster: a count told ", at" the level of a clause that is or changed
    (
        "Egg production was 2% lower than a year earlier, at 251 million dozen.",
        "251 million",
        {"egg", "production"},
        set(),
    ),
    # motoring, wire
    (
        "Car exports fell 3% in May, at 41,000 vehicles.",
        "41,000",
        {"car", "exports"},
        set(),
    ),
    # a share "at" the rates a clause held at is no count of the clause's subject
    (
        "Farms that were profitable at 5% interest rates are now losing money.",
        "5%",
        {"interest", "rates"},
        {"farms"},
    ),
    # transport, local: a share below a level measures the clause's subject
    (
        "Rural bus journeys were 31% below their pre-pandemic level last year.",
        "31%",
        {"rural", "bus", "journeys", "below", "level"},
        {"%"},
    ),
    # markets, wire
    (
        "Shares in Corvane closed 3% below their offer price.",
        "3%",
        {"shares", "corvane", "below", "offer", "price"},
        {"%"},
    ),
    # a length below a level stays a length
    (
        "The river was six feet below its normal level.",
        "six",
        {"below", "normal", "level"},
        {"river"},
    ),
    # a count "at" places of a clause that neither is nor changed stays a count
    (
        "The airline sold tickets at 40 outlets.",
        "40",
        {"outlets"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), CASES)
def test_what_the_figure_measures(
    text: str, figure: str, wanted: set[str], unwanted: set[str]
) -> None:
    figures = _figures(text)
    assert figure in figures, sorted(figures)
    measures = _words(figures[figure].measures)  # type: ignore[attr-defined]
    assert wanted <= measures, figures[figure].measures  # type: ignore[attr-defined]
    assert not unwanted & measures, figures[figure].measures  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        # property, trade
        "Rents in the capital rose 9.2% year on year to £2,240 a month.",
        # retail, wire
        "Grocery sales rose 4.4% year on year in the four weeks to Sunday.",
    ],
)
def test_year_on_year_is_one_phrase(text: str) -> None:
    """ "rose 9.2% year on year": the change's measure does not end in a bare "on year"."""
    change = next(f for f in find_figures(text, analysis_of(text)) if f.unit == "percent")
    assert "rise" in change.measures
    assert " on year" not in change.measures.replace("year on year", ""), change.measures


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # labour market, wire
        ("Vacancies fell by 26,000 to 819,000 between June and August.", "819,000"),
        # retail, local
        ("Sales reached 1,200 between May and July.", "1,200"),
    ],
)
def test_a_time_between_two_months_is_no_unit(text: str, figure: str) -> None:
    """ "819,000 between June and August": neither "between" nor "and" is what it counts."""
    found = _figures(text)
    assert figure in found, sorted(found)
    unit = found[figure].unit  # type: ignore[attr-defined]
    assert unit not in ("between", "and", "June", "May"), unit
