"""Round 22e figures: a figure keeps its unit and its multiplier (the issue's class 6).

"R424.9-billion", "R1.2-trillion", "R12.5-million": South Africa's hyphened scale after
the rand's guarded "R" is one sum, as "$4.2-billion" already was. "£3-4bn", "€2-3 billion",
"£3 to 4bn": one scale word told once for both ends of a range. "Half a million people"
is half a million, not a million. "by R130 to R2,315": a rand sum told against a grouped
one is money (a road's "R445 to R446" is not). "€1.5bn-a-year": a hyphened rate is a rate.
"the VAT increase, from 15% to 15.5%, would raise": a share set off by commas after a
noun measures that noun instead of being dropped. Every sentence here is synthetic,
written for these tests (invented people, firms and places of no consequence).
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.core.numbers import find_numbers
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _one(text: str, value: float) -> FoundFigure:
    found = [f for f in _figures(text) if abs(f.value - value) <= abs(value) * 1e-6]
    assert len(found) == 1, (text, _figures(text))
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        # South African broadsheet, budget
        ("Debt-service costs will reach R424.9-billion this year.", 424.9e9, "R424.9-billion"),
        # South African wire, energy
        ("Treasury said the utility would need R1.2-trillion by 2035.", 1.2e12, "R1.2-trillion"),
        # South African trade copy, a regulator's fine
        ("The regulator fined Brightwater Energy R12.5-million.", 12.5e6, "R12.5-million"),
        # Nigerian press release, hyphened naira
        ("Oshana Breweries posted sales of N45-billion in the year.", 45e9, "N45-billion"),
    ],
)
def test_a_hyphened_scale_after_the_guarded_rand_or_naira_is_one_sum(
    text: str, value: float, span: str
) -> None:
    figure = _one(text, value)
    assert figure.text == span
    assert figure.unit in {"ZAR", "NGN"}


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # UK broadsheet, infrastructure
        ("The repairs will cost £3-4bn, according to the Dunmore Trust.", 3e9, 4e9),
        # Irish business page
        ("The project has been costed at €2-3 billion by the department.", 2e9, 3e9),
        # UK trade copy, told with "to"
        ("The refit will cost £3 to 4bn, the yard said.", 3e9, 4e9),
        # Canadian wire: a currency word after the second end
        ("Revenue grew 5 to 7 billion dollars over the decade.", 5e9, 7e9),
    ],
)
def test_one_scale_word_for_both_ends_of_a_range(text: str, low: float, high: float) -> None:
    figure = _one(text, low)
    assert figure.value_max == high
    assert not [f for f in _figures(text) if f.value in (2.0, 3.0, 5.0)]
    # Australian broadcaster, weather: "m" is a metre, not a scale word to share
    assert all(f.value != 3e6 for f in _figures("Waves of 3-4m hit the coast at Tarrin Bay."))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Half a million people signed the petition, the group said.", 500_000.0),
        ("The fund raised about half a billion dollars last year.", 500_000_000.0),
    ],
)
def test_half_a_million_is_half(text: str, value: float) -> None:
    assert [m.value for m in find_numbers(text) if m.value >= 1000] == [value]


def test_a_rand_change_told_against_a_grouped_sum_is_money() -> None:
    # South African broadsheet, budget: the grant's rise and its new level
    text = "The old-age grant increases by R130 to R2,315 a month from April."
    assert _one(text, 130.0).unit == "ZAR"
    assert _one(text, 2315.0).unit == "ZAR"
    # Irish local paper: a road, not rand
    assert _figures("Traffic on the R445 to R446 was slow on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        # Irish broadsheet, budget
        "The levy will raise €1.5bn-a-year for the exchequer, the minister said.",
        # UK tabloid, pay
        "The driver earns £40,000-a-year, the tribunal heard.",
    ],
)
def test_a_hyphened_rate_is_told_per_year(text: str) -> None:
    assert [
        f.measures.endswith("per year") for f in _figures(text) if f.unit in {"EUR", "GBP"}
    ] == [True]


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        # South African broadsheet, budget
        (
            "The minister said the VAT increase, from 15% to 15.5%, would raise R13.5bn.",
            "VAT increase",
        ),
        # UK local paper, transport
        ("The fare rise, from £2 to £2.50, angered commuters in Tolland.", "fare rise"),
        # Singapore business page
        ("The levy, at 2%, is the lowest in the region, the board said.", "levy"),
    ],
)
def test_a_share_set_off_after_a_noun_measures_that_noun(text: str, measured: str) -> None:
    figures = [f for f in _figures(text) if f.unit in {"percent", "GBP"}]
    assert figures
    assert figures[0].measures == measured
    # Nigerian wire: a place opening the sentence is not what the share measures
    assert all(f.measures != "Lagos" for f in _figures("In Lagos, about 40%, the rate is higher."))


@pytest.mark.parametrize(
    "text",
    [
        # South African broadsheet, budget: how long a speech ran is colour
        "Her third budget speech, which ran to 74 minutes, was heckled.",
        # Canadian local paper, a council meeting
        "The council meeting ran to about 95 minutes before the vote in Brampton.",
    ],
)
def test_a_length_a_speech_ran_to_is_no_figure(text: str) -> None:
    assert [f for f in _figures(text) if f.unit == "minutes"] == []
    # a race time told with "ran" stays (Kenyan sport page)
    assert _one("Wanjiru ran 26 minutes 50 seconds for the 10,000m in Eldoret.", 1610.0)


@pytest.mark.parametrize(
    ("text", "cents", "currency"),
    [
        # South African wire, fuel: the new price after names the currency
        ("Petrol rose by 43c a litre to R22.15, the department said.", 0.43, "ZAR"),
        # Australian broadcaster, fuel
        ("Unleaded fell 12c to $1.89 a litre in Tarrin on Monday.", 0.12, "USD"),
        # Irish business page, dividends
        ("Kilbeg Foods raised its dividend to 45c a share.", 0.45, None),
    ],
)
def test_a_glued_c_before_a_rate_or_a_new_price_is_cents_not_celsius(
    text: str, cents: float, currency: str | None
) -> None:
    figures = _figures(text)
    assert all(f.unit != "celsius" for f in figures)
    figure = _one(text, cents)
    assert currency is None or figure.unit == currency
    # a temperature stays one (Australian broadcaster, weather)
    assert _one("Temperatures hit 43C in Tarrin on Sunday.", 43.0).unit == "celsius"


@pytest.mark.parametrize(
    "text",
    [
        # Namibian business page
        "Namib Fisheries reported a loss of N$200m for the year.",
        # Namibian press release, hyphened scale
        "Oshana Breweries reported sales of N$1.2-billion for the year.",
    ],
)
def test_the_namibian_dollar_keeps_its_currency(text: str) -> None:
    money = [f for f in _figures(text) if f.value >= 1e8]
    assert [f.unit for f in money] == ["NAD"]
    assert money[0].text.startswith("N$")


@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        # South African broadsheet, budget
        ("Revenue came in R8.2bn ahead of the estimate, the Treasury said.", 8.2e9, "estimate"),
        # UK wire, public finances
        ("Tax receipts came in £4bn ahead of forecasts in January.", 4e9, "forecasts"),
    ],
)
def test_a_sum_ahead_of_an_estimate_is_a_margin(text: str, value: float, words: str) -> None:
    measures = _one(text, value).measures
    assert measures.startswith("margin")
    assert words in measures


def test_a_fraction_five_points_off_a_share_is_its_own_fact() -> None:
    # South African broadsheet, budget: "a fifth" is no rounding of 15%
    text = (
        "The minister said the VAT increase, from 15% to 15.5%, would raise R13.5bn. "
        "The Treasury said that about a fifth of every rand collected goes to interest."
    )
    assert [f.text for f in _figures(text) if f.unit == "fraction"] == ["about a fifth"]
    # a fraction that rounds a share nearby stays one fact (UK broadsheet, polling)
    told = "Fewer than two-thirds of members, 63%, backed the deal at Tarrin Mill."
    assert [f for f in _figures(told) if f.unit == "fraction"] == []
