"""Round 11c, what a figure measures, from a breadth probe across science, health,
education, crime, transport, weather, sport and business: a ratio followed by its
interval in brackets ("the hazard ratio was 1.27 (95% confidence interval 1.09 to
1.48)") measures the ratio, not the interval; a level told after a change on a copula
("Pre-tax profit was up 18% to $412m", "Revenue was down 3% at £1.27bn") measures the
subject, not "up 18 to"; "the number of families the charity helped ... rose to 2,940"
keeps what the counted noun's own clause says of it; "a 24% higher risk of bowel
cancer" keeps what the risk is of.
Every sentence here is synthetic, written for these tests (invented people, clubs,
bodies and places), across wire, tabloid, broadsheet, local, broadcaster and trade styles."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> dict[str, FoundFigure]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _words(phrase: str) -> set[str]:
    words = (w.strip(",.:()").casefold() for w in phrase.split())
    return {w.removesuffix("'s").removesuffix("’s").strip("'’") for w in words}


def _measure_of(text: str, figure: str) -> set[str]:
    found = _figures(text)
    assert figure in found, list(found)
    return _words(found[figure].measures)


# synthetic: (text, ratio, words its measures must hold)
RATIOS = [
    # science, broadsheet: the parser hangs the ratio on "interval" inside the brackets
    (
        "After adjusting for age and smoking, the hazard ratio for dementia was 1.27 (95%"
        " confidence interval 1.09 to 1.48), the authors reported.",
        "1.27",
        {"hazard", "ratio", "dementia"},
    ),
    # health, wire: the short form of the interval
    (
        "Among heavy drinkers the relative risk of liver cancer was 2.4 (95% CI 1.8 to 3.1).",
        "2.4",
        {"relative", "risk", "liver", "cancer"},
    ),
    # health, trade: another kind of interval
    (
        "Across the 14 trusts, the incidence rate ratio for falls on the ward was 1.62 (95%"
        " credible interval 1.20 to 2.19).",
        "1.62",
        {"incidence", "rate", "ratio", "falls"},
    ),
]


@pytest.mark.parametrize(("text", "ratio", "wanted"), RATIOS)
def test_a_ratio_with_its_interval_in_brackets_measures_the_ratio(
    text: str, ratio: str, wanted: set[str]
) -> None:
    measured = _measure_of(text, ratio)
    assert wanted <= measured, measured
    assert not {"interval", "ci", "%"} & measured, measured


# synthetic: (text, level, words its measures must hold, words it must not hold)
LEVELS = [
    # business, wire
    ("Pre-tax profit was up 18% to $412m, beating forecasts.", "$412m", {"profit"}, {"18"}),
    # business, broadsheet: a level "at" after the fall
    (
        "Revenue was down 3% at £1.27bn in the six months to June.",
        "£1.27bn",
        {"revenue"},
        {"3"},
    ),
    # politics, local: a change in points, then the level
    (
        "Turnout was up 4 points to 61%, the highest for a council election in the city.",
        "61%",
        {"turnout"},
        {"4", "points"},
    ),
    # transport, trade
    (
        "Passenger journeys on the Vellbridge trams were down 6% at 31.4 million last year.",
        "31.4 million",
        {"passenger", "journeys"},
        {"6"},
    ),
]


@pytest.mark.parametrize(("text", "level", "wanted", "unwanted"), LEVELS)
def test_a_level_after_a_change_on_a_copula_measures_the_subject(
    text: str, level: str, wanted: set[str], unwanted: set[str]
) -> None:
    measured = _measure_of(text, level)
    assert wanted <= measured, measured
    assert not unwanted & measured, measured
    assert not {"up", "down"} & measured, measured


# synthetic: (text, count, words its measures must hold)
NUMBER_OF = [
    # health, local: a relative clause with no "that"
    (
        "The number of families the charity helped with emergency food parcels had risen to"
        " 2,940 in the past year.",
        "2,940",
        {"families", "helped", "food", "parcels"},
    ),
    # politics, broadsheet: a level on a copula
    (
        "The number of homes the council has built since 2020 stands at 612.",
        "612",
        {"homes", "council", "built"},
    ),
    # social care, local
    (
        "The number of households the food bank supplied with winter fuel vouchers climbed to"
        " 1,460.",
        "1,460",
        {"households", "supplied", "vouchers"},
    ),
]


@pytest.mark.parametrize(("text", "count", "wanted"), NUMBER_OF)
def test_the_number_of_a_noun_keeps_its_own_clause(text: str, count: str, wanted: set[str]) -> None:
    measured = _measure_of(text, count)
    assert wanted <= measured, measured


# synthetic: (text, share, words its measures must hold)
RISKS = [
    # health, broadsheet
    (
        "Eating processed meat daily was linked to a 24% higher risk of bowel cancer, the"
        " study found.",
        "24%",
        {"higher", "risk", "bowel", "cancer"},
    ),
    # health, tabloid
    (
        "Regular cyclists had a 17% lower risk of depression than people who did not cycle.",
        "17%",
        {"lower", "risk", "depression"},
    ),
    # science, broadcaster
    (
        "Babies born by caesarean section had a 12% greater chance of developing asthma by"
        " the age of five.",
        "12%",
        {"greater", "chance", "asthma"},
    ),
    # crime, wire
    (
        "Drivers who had been banned before had a 40% higher rate of reoffending, the"
        " ministry's analysis showed.",
        "40%",
        {"higher", "rate", "reoffending"},
    ),
]


@pytest.mark.parametrize(("text", "share", "wanted"), RISKS)
def test_a_compared_risk_keeps_what_it_is_a_risk_of(
    text: str, share: str, wanted: set[str]
) -> None:
    measured = _measure_of(text, share)
    assert wanted <= measured, measured


def test_a_participle_the_noun_phrase_holds_is_not_told_twice() -> None:
    # health, broadcaster: the parser hangs "waiting" on "number", the phrase has it already
    text = (
        "The number of patients waiting more than a year for treatment in Ardmore rose to"
        " 3,118 in September."
    )
    found = _figures(text)
    assert "3,118" in found, list(found)
    assert found["3,118"].measures.split().count("waiting") == 1, found["3,118"].measures


def test_the_level_of_an_interval_is_no_figure() -> None:
    # science, wire: "95%" names the interval; the ratio before it is the figure
    text = "The odds ratio for asthma was 1.38 (95% CI 1.11 to 1.71) in the exposed group."
    found = _figures(text)
    assert "1.38" in found, list(found)
    assert not any(f.startswith("95") for f in found), list(found)


# synthetic: (text, rate, words its measures must hold, words it must not hold)
RATES = [
    # health, broadsheet: no counted noun; the parser hangs the rate on the base
    (
        "The suicide rate in Kestwell was 14.8 per 100,000 people last year.",
        "14.8",
        {"suicide", "rate", "kestwell"},
        set(),
    ),
    # science, broadsheet: whose rate is told in front
    (
        "Among adults who had never smoked, the rate was 41 cases per 100,000 person-years.",
        "41",
        {"rate", "adults", "smoked"},
        {"rate's"},
    ),
    # health, wire: a change to the rate's new level
    (
        "The incidence of Lyme disease rose to 14.2 cases per 100,000 people in 2025, the"
        " agency said.",
        "14.2",
        {"incidence", "lyme", "disease"},
        {"rose"},
    ),
    # health, broadcaster
    (
        "The infant mortality rate in the region fell to 3.9 deaths per 1,000 live births.",
        "3.9",
        {"infant", "mortality", "rate", "region"},
        {"fell"},
    ),
]


@pytest.mark.parametrize(("text", "rate", "wanted", "unwanted"), RATES)
def test_a_rate_per_a_base_measures_the_rate_of_its_subject(
    text: str, rate: str, wanted: set[str], unwanted: set[str]
) -> None:
    found = _figures(text)
    assert rate in found, list(found)
    measured = _words(found[rate].measures)
    assert wanted <= measured, measured
    assert not unwanted & set(found[rate].measures.casefold().split()), found[rate].measures


# synthetic: (text, change, words its measures must hold)
NAMED_CHANGES = [
    # local: the parser hangs "of 12%" on the changed noun
    (
        "The council approved an increase in parking charges of 12% from April.",
        "12%",
        {"increase", "parking", "charges"},
    ),
    # education, wire
    ("The figures show a fall in applications of 14% since 2023.", "14%", {"fall", "applications"}),
    # health, broadsheet: the size after a comma
    (
        "Occasional night workers had a smaller increase in risk, of 9%, which could be down"
        " to chance.",
        "9%",
        {"increase", "risk"},
    ),
    # transport, trade
    ("The operator announced a rise in fares of 5.9% from January.", "5.9%", {"rise", "fares"}),
]


@pytest.mark.parametrize(("text", "change", "wanted"), NAMED_CHANGES)
def test_an_amount_of_a_named_change_measures_the_change(
    text: str, change: str, wanted: set[str]
) -> None:
    measured = _measure_of(text, change)
    assert wanted <= measured, measured


# synthetic: (text, share, words its measures must hold)
MADE_UP = [
    # business, broadsheet
    ("Women make up 38% of the workforce at the plant.", "38%", {"share", "workforce", "women"}),
    # health, trade
    (
        "Agency staff made up 14% of the trust's nursing hours last year.",
        "14%",
        {"share", "nursing", "hours", "agency", "staff"},
    ),
    # business, wire
    (
        "Exports to the US account for about a quarter of the firm's sales.",
        "about a quarter",
        {"share", "sales", "exports"},
    ),
]


@pytest.mark.parametrize(("text", "share", "wanted"), MADE_UP)
def test_a_share_a_subject_makes_up_is_its_share_of_the_whole(
    text: str, share: str, wanted: set[str]
) -> None:
    measured = _measure_of(text, share)
    assert wanted <= measured, measured


# synthetic: (text, level, words its measures must hold)
FROM_A_TIME = [
    # business, wire: the parser hangs "to" on "from a year earlier"
    (
        "Operating profit at the carmaker jumped 22% from a year earlier to $4.8 billion.",
        "$4.8 billion",
        {"operating", "profit", "carmaker"},
    ),
    # business, broadsheet
    ("Pre-tax profit rose 9% from a year earlier to £61m.", "£61m", {"pre-tax", "profit"}),
    # trade
    (
        "Pallet volumes at the Tyneside hub grew 6% from a year earlier to 1.2 million.",
        "1.2 million",
        {"pallet", "volumes"},
    ),
]


@pytest.mark.parametrize(("text", "level", "wanted"), FROM_A_TIME)
def test_a_level_after_a_change_from_a_time_measures_the_subject(
    text: str, level: str, wanted: set[str]
) -> None:
    measured = _measure_of(text, level)
    assert wanted <= measured, measured
    assert "earlier" not in measured, measured
