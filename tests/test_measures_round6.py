"""Round 6, what a figure measures, told in the shapes economy, housing and education news
uses: a change named as a change ("house prices climbed 2.7%" is a rise in house prices), a
change and the level it reached ("fell by 23,000 to 1.41 million"), "the figure" or "the
rate" standing for the measure told just before, an amount restated in brackets, an
amount that says how far the subject is what an adjective says ("about £64,000 short"),
and the relative clause that says which ones a count counts. Every sentence here is
synthetic, written for these tests (invented names, bodies and places), across wire, trade,
local, broadsheet and broadcaster styles."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> dict[str, object]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _words(phrase: str) -> set[str]:
    return {w.strip(",.'’()").casefold() for w in phrase.split()}


# synthetic: (sentence, figure text, words its measures must hold)
CASES = [
    # economy, wire: a change verb is named as the change it tells
    (
        "House prices in Darrowby climbed 2.7% over the year, the Veldt index showed.",
        "2.7%",
        {"rise", "house", "prices"},
    ),
    # economy, trade: growth, with the period kept
    (
        "Average weekly earnings grew by 3.9% in the three months to June, the bureau said.",
        "3.9%",
        {"growth", "earnings"},
    ),
    # business, broadcaster: a fall in a share price
    (
        "Shares in Pellow Foods fell 6% in early trading in Glasgow.",
        "6%",
        {"fall", "shares", "pellow"},
    ),
    # economy, wire: a change and the level it reached, which the parser reads as one range
    (
        "Unemployment fell by 23,000 to 1.41 million in the quarter, official figures showed.",
        "23,000",
        {"fall", "unemployment"},
    ),
    (
        "Unemployment fell by 23,000 to 1.41 million in the quarter, official figures showed.",
        "1.41 million",
        {"unemployment"},
    ),
    # education, local: the count's relative clause says which pupils
    (
        "The number of pupils who achieved a clean sweep of top grades rose by 140 to 2,910.",
        "2,910",
        {"pupils", "achieved", "sweep"},
    ),
    (
        "The number of pupils who achieved a clean sweep of top grades rose by 140 to 2,910.",
        "140",
        {"rise", "pupils", "achieved"},
    ),
    # housing, broadsheet: "the figure" stands for the measure told just before
    (
        "The average rent in Kellby reached £1,090 a month last year. In Norbridge the figure "
        "was £780.",
        "£780",
        {"average", "rent"},
    ),
    # economy, broadcaster: "the figure for" keeps what it adds
    (
        "The jobless rate in the region rose to 5.8% in May. The figure for the country as a "
        "whole was 4.4%.",
        "4.4%",
        {"jobless", "rate", "country"},
    ),
    # education, wire: a share restated in brackets is the same share
    (
        "Nearly one in four teachers (24%) said they planned to leave the profession.",
        "24%",
        {"teachers", "planned"},
    ),
    # education, broadcaster: a share told in passing, "with N% doing something"
    (
        "Attendance held up in Carrow, with 91% of pupils attending at least nine days in ten.",
        "91%",
        {"share", "pupils", "attending"},
    ),
    (
        "The fall was sharpest in the east, while pupils in Wendmoor did better, with 74% "
        "reaching the expected standard.",
        "74%",
        {"pupils", "wendmoor", "reaching"},
    ),
    # economy, wire: a second amount that shares the verb ("and 0.4% in April")
    (
        "Retail sales in Ostland fell 1.2% in March and 0.4% in April.",
        "0.4%",
        {"fall", "retail", "sales"},
    ),
    # education, local: a hyphened modifier the parser splits stays with its noun
    (
        "Per-pupil funding in Brackley will rise by 1.8% next year, to £7,460.",
        "£7,460",
        {"per-pupil", "funding"},
    ),
    # housing, trade: a count after a verb and its object ("started work on")
    (
        "On the supply side, builders started work on 29,870 homes in the final quarter.",
        "29,870",
        {"builders", "started", "work", "homes"},
    ),
    # business, wire: "placed orders for"
    (
        "Skyvale Airways placed orders for 40 aircraft at the Farnley air show.",
        "40",
        {"skyvale", "orders", "aircraft"},
    ),
    # courts, local: the time something took
    (
        "Detective Sergeant Olu Banjo said the inquiry had taken three years to complete.",
        "three years",
        {"time", "inquiry"},
    ),
    # education, trade: how far short the subject is
    (
        "A typical primary school of 420 pupils would be about £64,000 short of what it needs.",
        "about £64,000",
        {"typical", "primary", "school", "short"},
    ),
]


@pytest.mark.parametrize(("text", "figure", "words"), CASES)
def test_measures_hold_the_counted_thing(text: str, figure: str, words: set[str]) -> None:
    found = _figures(text)
    assert figure in found, sorted(found)
    assert words <= _words(found[figure].measures), found[figure].measures


def test_a_change_by_then_a_level_is_two_figures_not_a_range() -> None:
    text = "Construction employment fell by 12,000 to 2.09 million in the three months to March."
    found = _figures(text)
    assert "12,000" in found and "2.09 million" in found, sorted(found)
    assert found["12,000"].value_max is None
    assert found["2.09 million"].value == pytest.approx(2_090_000)


def test_a_range_of_a_change_stays_a_range() -> None:
    # local: "by another 300 to 400" is how far it may drop, one figure with two ends
    text = "Enrolment at Hallam Vale is projected to drop by another 300 to 400 over five years."
    found = _figures(text)
    assert "300 to 400" in found, sorted(found)
    assert found["300 to 400"].value_max == 400


def test_an_owner_s_loss_keeps_its_verb() -> None:
    # courts, tabloid: the women are not what fell; they lost the money
    text = "The court heard the 11 women lost between £4,000 and £95,000 each to Corrie Dask."
    found = _figures(text)
    measures = found["£4,000 and £95,000"].measures if "£4,000 and £95,000" in found else ""
    assert "lost" in _words(measures), sorted((k, v.measures) for k, v in found.items())


def test_the_figure_with_nothing_before_it_stays_as_told() -> None:
    # wire: no figure before "the rate" to stand for: the clause's own words are kept
    text = "Inflation in the eurozone eased in March. The rate was 2.4%, Eurodata said."
    found = _figures(text)
    assert "2.4%" in found
    assert "rate" in _words(found["2.4%"].measures)


def test_the_total_of_a_count_stands_for_the_count_before() -> None:
    # crime, local: "the total" with no noun of its own counts what was counted before
    text = "Police arrested 14 people in Fenmouth on Friday. The total rose to 20 on Saturday."
    found = _figures(text)
    assert "20" in found, sorted(found)
    assert {"people", "arrested"} <= _words(found["20"].measures), found["20"].measures


def test_a_rate_that_names_its_own_measure_is_not_carried_over() -> None:
    # economy, wire: "the rate of unemployment" says what it is; the inflation before
    # is another measure
    text = "Inflation in Ostland was 3.1% in May. The rate of unemployment was 4.2%."
    found = _figures(text)
    assert "unemployment" in _words(found["4.2%"].measures)
    assert "inflation" not in _words(found["4.2%"].measures)


def test_an_amount_set_against_a_framed_norm_measures_the_same_thing() -> None:
    # health, broadsheet: "against a national average of 29%" is the same measure,
    # nationally
    text = (
        "The charity said 37% of children in Harlow lived in poverty, against a national "
        "average of 29%."
    )
    found = _figures(text)
    assert "29%" in found, sorted(found)
    assert {"national", "average", "children", "poverty"} <= _words(found["29%"].measures)


@pytest.mark.parametrize(
    ("text", "figure", "kept", "gone"),
    [
        # housing, broadsheet (synthetic): the new place replaces the old one
        (
            "The average rent in Kellby reached £1,090 a month last year. In Norbridge the "
            "figure was £780.",
            "£780",
            {"rent", "norbridge"},
            {"kellby"},
        ),
        # economy, wire (synthetic): a comma after the fronted place; the month is no place
        (
            "Unemployment in Texas stood at 4.1% in June. In Ohio, the rate was 5.2%.",
            "5.2%",
            {"unemployment", "ohio"},
            {"texas"},
        ),
        # crime, local (synthetic): a change carried over to another area
        (
            "Crime in the city fell 8% last year. In the county the figure was 3%.",
            "3%",
            {"crime", "county"},
            {"city"},
        ),
        # housing, trade (synthetic): a group with another preposition is added, not swapped
        (
            "The median house price in Hallam climbed to £312,000. For first-time buyers the "
            "figure was £241,000.",
            "£241,000",
            {"price", "hallam", "first-time", "buyers"},
            set(),
        ),
    ],
)
def test_the_figure_told_for_another_place_does_not_keep_the_first_place(
    text: str, figure: str, kept: set[str], gone: set[str]
) -> None:
    measures = _words(_figures(text)[figure].measures)  # type: ignore[attr-defined]
    assert kept <= measures, measures
    assert not gone & measures, measures
