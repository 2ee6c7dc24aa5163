"""Round 23e figures: units and multipliers the issue's class 6 left open in round 22.

"Waves of 3-4m" is a range of heights in metres, and "between 3 and 4m people" is 3m to
4m (the glued "m" told once for both ends); "R3,2 billion" has a decimal comma; a rand
price the tagger read as a verb ("Fuel rose to R22.15 a litre") measures the fuel per
litre; "day three of the trial" names a day, no figure; "half a percentage point" is 0.5
of a point. Every sentence here is synthetic, written for these tests (invented people,
firms and places of no consequence).
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
    ("text", "low", "high"),
    [
        # South African local paper, weather
        ("Waves of 3-4m battered the Tarnby coast on Tuesday.", 3, 4),
        # Australian broadcaster, surf warning
        ("Swells of 5 to 6m are expected off Kellow Point by Friday.", 5, 6),
        # Canadian wire, a blizzard
        ("Snow drifts of 2-3m cut off the hamlet of Orrin Creek.", 2, 3),
        # UK local, a sea wall told with a dimension word
        ("The new wall at Brackley Sands is 2-3m high.", 2, 3),
    ],
)
def test_a_range_with_a_glued_m_after_a_height_is_metres(
    text: str, low: float, high: float
) -> None:
    figure = _one(text, low)
    assert figure.value_max == high
    assert figure.unit == "metres"


def test_one_wave_height_with_a_glued_m_is_metres_but_a_population_is_millions() -> None:
    assert _one("Waves of 4m pounded the harbour wall at Dunmere.", 4).unit == "metres"
    # Irish broadsheet: a population told with "of" stays millions
    assert _one("Ireland now has a population of 5.3m, the survey found.", 5.3e6).unit != "metres"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # UK broadcaster, audiences
        ("Between 3 and 4m people watched the final on Saturday.", 3e6, 4e6),
        # trade copy, handsets
        ("Pellow Mobile expects to sell between 1.5 and 2m phones this year.", 1.5e6, 2e6),
        # Nigerian business page
        ("The plant will bottle 2-3m crates a month, Okafor Drinks said.", 2e6, 3e6),
    ],
)
def test_a_glued_m_told_once_scales_both_ends_of_a_count(
    text: str, low: float, high: float
) -> None:
    figure = _one(text, low)
    assert figure.value_max == high


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The storm bill came to R3,2 billion, insurers said.", 3.2e9),
        ("Losses at Umdoni Mills are estimated at R1,5 million.", 1.5e6),
        ("Food prices rose 12,5% in the year to March.", 12.5),
    ],
)
def test_a_decimal_comma_before_a_scale_word_or_a_percent_sign(text: str, value: float) -> None:
    _one(text, value)


def test_a_range_of_sums_with_decimal_commas_and_commas_that_are_not_decimals() -> None:
    figure = _one("Insurers expect claims of between R2,8 billion and R3,2 billion.", 2.8e9)
    assert figure.value_max == 3.2e9
    assert figure.unit == "ZAR"
    # no scale word or percent sign after it: a comma is no decimal point
    assert [m.value for m in find_numbers("Items 1,2 and 3 were seized.")] == [1, 3]
    assert [m.value for m in find_numbers("The club has 12,500 members.")] == [12500]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # South African wire, fuel price
        ("Fuel rose to R22.15 a litre on Wednesday.", "Fuel"),
        ("The price of diesel fell to R20.05 a litre.", "diesel"),
    ],
)
def test_a_rand_price_read_as_a_verb_measures_its_subject(text: str, subject: str) -> None:
    measures = _one(text, float(text.split(" R")[1].split()[0])).measures
    assert subject in measures
    assert "rose to" not in measures and "fell to" not in measures


@pytest.mark.parametrize(
    "text",
    [
        "On day three of the trial, the jury heard from a pathologist.",
        "On day three of the clean-up, crews cleared the Mossdale road.",
        "In week six of the lockdown, the Kelby council reopened its libraries.",
    ],
)
def test_a_number_naming_a_day_of_a_run_is_no_figure(text: str) -> None:
    assert _figures(text) == []


def test_a_day_named_by_its_number_goes_but_a_count_after_a_day_with_an_article_stays() -> None:
    assert _figures("On day three of the inquest, the coroner heard from Dr Ivo Marsh.") == []
    assert _one("For a day three of the men were missing on the fell.", 3).unit == "men"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # UK broadsheet, rates
        ("The Bank cut its rate by half a percentage point in May.", 0.5),
        # South African business page
        ("Food inflation could rise by half a percentage point, Nkomo said.", 0.5),
        # US wire
        ("The Fed raised rates by a quarter of a percentage point.", 0.25),
        # Canadian business page
        ("The Bank of Kelvin cut by three-quarters of a percentage point.", 0.75),
    ],
)
def test_a_part_of_a_percentage_point(text: str, value: float) -> None:
    figure = _one(text, value)
    assert figure.unit == "percentage points"
    assert "percentage point" in figure.text


@pytest.mark.parametrize(
    ("text", "value", "high"),
    [
        # Australian broadcaster, surf warning: the glued "m" before the water noun
        ("Forecasters warned of 4m waves along the Tarrin coast.", 4, None),
        # Canadian wire, a nor'easter
        ("3-4m waves battered the wharf at Port Aldous on Tuesday.", 3, 4),
        # Singapore trade copy, shipping
        ("2-3m swells are expected in the strait on Sunday.", 2, 3),
        # US local, "as high as"
        ("Waves as high as 9m were recorded at Pelham Point.", 9, None),
    ],
)
def test_a_glued_m_before_a_water_noun_or_after_as_high_as_is_metres(
    text: str, value: float, high: float | None
) -> None:
    figure = _one(text, value)
    assert figure.unit == "metres"
    assert figure.value_max == high


def test_a_glued_m_before_a_compound_of_a_water_noun_stays_millions() -> None:
    assert _one("Forecasters warned of 4m waves near Orrin.", 4).unit == "metres"
    assert _one("The agency counted 2m flood claims last year.", 2e6).unit != "metres"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # South African wire: a price told per litre with no cents
        ("Petrol rose to R22 a litre in Gqeberha.", 22, "ZAR"),
        # Nigerian business page: a price per share
        ("Shares in Obi Cement closed at N45 a share.", 45, "NGN"),
        # South African courts: a grouped sum before a comma
        ("The fine was R4,500, the Mthatha court heard.", 4500, "ZAR"),
        # a rand price ending its sentence
        ("Petrol rose 43c a litre to R22.15.", 22.15, "ZAR"),
    ],
)
def test_a_guarded_rand_or_naira_before_a_per_word_or_a_stop_is_a_sum(
    text: str, value: float, unit: str
) -> None:
    assert _one(text, value).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "Diesel will cost R21 a litre from Wednesday.",
        "Diesel costs R21.40 a litre in Polokwane.",
    ],
)
def test_a_rand_price_read_as_an_object_is_told_per_litre(text: str) -> None:
    figure = [f for f in _figures(text) if f.unit == "ZAR"]
    assert len(figure) == 1
    assert figure[0].measures.endswith("per litre")
