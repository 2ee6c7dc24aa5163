"""Round 12c, what a figure measures, from a probe of weather, transport, tech, courts,
sport and science reports (broadcaster, wire, local, tabloid, trade; UK, Irish,
Australian and Indian styles): a measure read from the words beside a number that holds
nothing but its unit ("40C" -> "C", "a further 25mm is possible" -> "mm") is read from
the clause instead; speeds and data rates are units ("gusts of 80mph", "130km/h",
"900Mbps"), not counted nouns left in the measure; a temperature a place reached
measures the temperature there, not the place; a count inside someone's quoted words is
no tally of the person the attribution after the quote names ("... at 140 sites," said
the company's operations director); a letter inside a name ("Terminal C", "Moray Bank C")
is no unit; a median or a mean of a span is a figure ("a median of 19 days
(interquartile range 11 to 34)"); "will rise by 5% to £1,410", which the parser joins
into one range, is a change and a level; a race time in two units measures who ran what;
a part of a whole counts the whole's noun ("Eleven of the 14 schools inspected"); a span
after "for" is how long even with "after the flood" behind it; a bare count that is the
subject of the next clause ("..., but about 3,900 were still without power") counts the
noun of the count before it.
Every sentence here is synthetic, written for these tests (invented people, bodies and
places)."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.core.units import canonical_unit, units_compatible
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


# synthetic: (text, figure, words its measures must hold)
BARE_UNITS = [
    # weather, broadcaster: the parser hangs "40C" straight on the verb
    (
        "The thermometer in the conservatory read 41C, said Mr Okonjo, who grows chillies.",
        "41",
        {"thermometer", "conservatory"},
    ),
    # weather, local: the unit is the subject and the rest of the clause says what it is
    (
        "A further 25mm is possible on higher ground, the forecaster said.",
        "25",
        {"possible", "higher", "ground"},
    ),
    # weather, tabloid: the unit's own "of" phrase says what is measured
    (
        "It only takes 45cm of fast-flowing water to sweep a van away, firefighters warned.",
        "45",
        {"water", "sweep", "van"},
    ),
    # weather, broadcaster: a level a change reaches, hedged ("to around")
    (
        "Forecasters at Met Éireann said temperatures would fall to around 16C by Sunday.",
        "around 16",
        {"temperatures", "sunday"},
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted"), BARE_UNITS)
def test_a_measure_that_is_only_the_unit_is_read_from_the_clause(
    text: str, figure: str, wanted: set[str]
) -> None:
    measured = _words(_figure(text, figure).measures)
    assert wanted <= measured, measured
    assert measured - {"c", "mm", "cm"}, measured


def test_a_measure_that_already_says_more_than_the_unit_stays() -> None:
    # weather, wire: "48mm of rain fell" keeps the rain and where it fell
    text = "Officials said 61mm of rain fell on Ballymena in three hours on Tuesday."
    measured = _words(_figure(text, "61").measures)
    assert {"rain", "ballymena"} <= measured, measured


# synthetic: (spelling, the canonical name a speed or data rate reads as)
SPEEDS = [
    ("mph", "mph"),
    ("miles per hour", "mph"),
    ("km/h", "km/h"),
    ("kph", "km/h"),
    ("kmph", "km/h"),
    ("kilometres per hour", "km/h"),
    ("knots", "knots"),
    ("Mbps", "Mbps"),
    ("Gbps", "Gbps"),
]


@pytest.mark.parametrize(("spelling", "canonical"), SPEEDS)
def test_speeds_and_data_rates_are_units(spelling: str, canonical: str) -> None:
    found = canonical_unit(spelling)
    assert found is not None and found[1] == canonical, found


def test_a_speed_never_agrees_with_a_length_or_another_speed() -> None:
    assert not units_compatible("mph", "miles")
    assert not units_compatible("km/h", "mph")
    assert not units_compatible("Mbps", "Gbps")
    assert units_compatible("kph", "km/h")


# synthetic: (text, figure, unit, words its measures must hold)
SPEED_FIGURES = [
    # weather, wire
    (
        "Gusts of 78mph battered the Pembrokeshire coast on Sunday, forecasters said.",
        "78",
        "mph",
        {"gusts"},
    ),
    # weather, Irish broadcaster: a glued "km/h"
    (
        "Met Éireann said gusts of up to 131km/h were recorded at Malin Head overnight.",
        "up to 131",
        "km/h",
        {"gusts"},
    ),
    # weather, Australian broadcaster: "km/h" apart from the number
    (
        "Winds of 95 km/h brought down trees across Launceston on Tuesday.",
        "95",
        "km/h",
        {"winds"},
    ),
    # tech, trade: a data rate
    (
        "Average download speeds rose to 74.2 Mbps in the first quarter, Fibreway said.",
        "74.2",
        "Mbps",
        {"download", "speeds"},
    ),
]


@pytest.mark.parametrize(("text", "figure", "unit", "wanted"), SPEED_FIGURES)
def test_a_speed_is_the_figure_s_unit_not_its_counted_noun(
    text: str, figure: str, unit: str, wanted: set[str]
) -> None:
    found = _figure(text, figure)
    assert found.unit == unit, found
    measured = _words(found.measures)
    assert wanted <= measured, measured
    assert not {"mph", "km/h", "mbps"} & measured, measured


# synthetic: (text, figure, the place the temperature was reached at)
PLACE_TEMPERATURES = [
    # weather, broadcaster
    (
        "Heathrow reached 34.2C on Wednesday afternoon, the hottest day of the year.",
        "34.2",
        "heathrow",
    ),
    # weather, Welsh local
    (
        "Porthmadog hit 29.6C, the highest temperature recorded in Wales this year.",
        "29.6",
        "porthmadog",
    ),
    # weather, Scottish wire
    ("Aboyne recorded 31.1C on Sunday, a new June record for Scotland.", "31.1", "aboyne"),
]


@pytest.mark.parametrize(("text", "figure", "place"), PLACE_TEMPERATURES)
def test_a_temperature_a_place_reached_measures_the_temperature_there(
    text: str, figure: str, place: str
) -> None:
    measured = _words(_figure(text, figure).measures)
    assert {"temperature", place} <= measured, measured


def test_a_temperature_told_with_its_own_noun_is_not_told_twice() -> None:
    # weather, broadcaster: "Temperatures reached 33C in Norwich" already says so
    text = "Temperatures reached 33C in Norwich on Monday, the forecaster said."
    measures = _figure(text, "33").measures
    assert measures.casefold().count("temperature") == 1, measures


# synthetic: (text, figure, words its measures must not hold)
QUOTED_COUNTS = [
    # transport, broadcaster: the speaker after the quote owns none of the sites
    (
        '"Falling trees damaged cables at 130 sites, and some of the faults are in woods our'
        " crews cannot reach until the ground dries,\" said the company's network director,"
        " Alan Birtles.",
        "130",
        {"company", "director", "network"},
    ),
    # weather, local: the fire station commander does not own the cellars
    (
        '"Crews pumped water out of 35 cellars," said the brigade\'s station commander, Ivo Marsh.',
        "35",
        {"brigade", "commander", "station"},
    ),
    # crime, tabloid: the attribution before the quote's end
    (
        '"Officers searched 60 lock-ups before they found the van," the force\'s chief'
        " inspector, Dee Walsh, said.",
        "60",
        {"force", "inspector", "chief"},
    ),
]


@pytest.mark.parametrize(("text", "figure", "unwanted"), QUOTED_COUNTS)
def test_a_quoted_count_is_no_tally_of_the_speaker(
    text: str, figure: str, unwanted: set[str]
) -> None:
    measures = _figure(text, figure).measures
    assert not unwanted & _words(measures), measures
    assert "'s" not in measures, measures


def test_a_team_s_tally_is_still_its_own() -> None:
    # sport, local: a tally outside any quote keeps whose it is
    text = "Kirkwall Rovers finish the season with 71 points after a 2-0 win at Stromness."
    measured = _words(_figure(text, "71").measures)
    assert {"kirkwall", "rovers", "points"} <= measured, measured


# synthetic: (text, figure) where a one-letter unit word sits inside a name
LETTER_NAMES = [
    # energy, trade
    ("The firm's 2.1GW Moray Bank C scheme won the largest contract.", "2.1"),
    # transport, local
    ("About 1,200 passengers were moved to Terminal C after the alarm.", "About 1,200"),
    # housing, local
    ("The 48 flats in Block C will be demolished first, the council said.", "48"),
]


@pytest.mark.parametrize(("text", "figure"), LETTER_NAMES)
def test_a_letter_inside_a_name_is_no_unit(text: str, figure: str) -> None:
    found = _figure(text, figure)
    # (the letter's unit is none; "2.1GW" has its own since round 41 added power units)
    unit = canonical_unit(found.unit)
    assert unit is None or unit[0] != "temperature", found
    assert found.unit != "gigawatts" or text[found.end : found.end + 2] == "GW", found
    assert "temperature" not in found.measures, found


# synthetic: (text, figure, unit, words its measures must hold)
MEDIANS = [
    # health, broadsheet: the interval in brackets does not hide the median
    (
        "Patients waited a median of 19 days (interquartile range 11 to 34) for surgery.",
        "19 days",
        "days",
        {"median", "patients", "surgery"},
    ),
    # health, broadcaster: a short span given as a median
    (
        "Ambulances took a median of 48 minutes to reach category two calls in March.",
        "48 minutes",
        "minutes",
        {"ambulances", "reach"},
    ),
    # science, trade: a mean
    (
        "Callers waited a mean of 11 minutes (SD 4) to be answered, the audit found.",
        "11 minutes",
        "minutes",
        {"callers"},
    ),
]


@pytest.mark.parametrize(("text", "figure", "unit", "wanted"), MEDIANS)
def test_a_median_or_mean_span_is_a_figure(
    text: str, figure: str, unit: str, wanted: set[str]
) -> None:
    found = _figure(text, figure)
    assert found.unit == unit, found
    measured = _words(found.measures)
    assert wanted <= measured, measured


# synthetic: (text, change, level, the subject both measure)
JOINED_CHANGES = [
    # politics, local: the parser joins "4.99% to £1,842" into one range under "by"
    ("The precept will rise by 4.99% to £1,842 for a Band D home.", "4.99%", "£1,842", "precept"),
    # politics, Scottish local
    ("Council tax in Fife will rise by 5% to £1,410 in April.", "5%", "£1,410", "tax"),
]


@pytest.mark.parametrize(("text", "change", "level", "subject"), JOINED_CHANGES)
def test_a_change_the_parser_joins_to_its_level_is_still_a_change(
    text: str, change: str, level: str, subject: str
) -> None:
    found = _figures(text)
    assert change in found and level in found, list(found)
    changed, reached = _words(found[change].measures), _words(found[level].measures)
    assert subject in changed and "rise" in changed, changed
    assert subject in reached and not {"rise", "by"} & reached, reached


def test_a_frame_joined_to_a_past_verb_s_object_keeps_the_verb() -> None:
    # weather, local: "gusts" is the second object of "brought"; "to the Dales" is the
    # verb's phrase, not what the gusts are set against
    text = (
        "Hundreds were moved overnight after Storm Orla brought heavy rain and gusts of up"
        " to 79mph to the Wolds."
    )
    measured = _words(_figure(text, "up to 79").measures)
    assert {"storm", "orla", "gusts"} <= measured, measured


# synthetic: (text, compound time, words its measures must hold)
COMPOUND_TIMES = [
    # sport, local: a parkrun time in minutes and seconds
    (
        "Thornbury Harriers' Jess Rudd ran the 5km parkrun in 17 minutes 2 seconds.",
        "17 minutes 2 seconds",
        {"time", "jess", "rudd", "parkrun"},
    ),
    # sport, Irish wire: a marathon time in hours and minutes
    (
        "Tomas Brenner finished the Dublin Marathon in two hours 11 minutes.",
        "two hours 11 minutes",
        {"time", "tomas", "brenner", "marathon"},
    ),
    # sport, broadcaster: a swim in minutes and seconds with a record after it
    (
        "Aoife Keane swam the 1500m freestyle in 15 minutes 58.3 seconds, a new Irish record.",
        "15 minutes 58.3 seconds",
        {"time", "aoife", "keane", "freestyle"},
    ),
]


@pytest.mark.parametrize(("text", "time", "wanted"), COMPOUND_TIMES)
def test_a_race_time_in_two_units_measures_who_ran_what(
    text: str, time: str, wanted: set[str]
) -> None:
    measured = _words(_figure(text, time).measures)
    assert wanted <= measured, measured


# synthetic: (text, part, the noun both the part and the whole count)
PARTS = [
    # education, local
    ("Eleven of the 14 schools inspected were rated good.", "Eleven", "schools"),
    # health, broadcaster
    ("Four of the 20 wards visited had no hand gel, the report said.", "Four", "wards"),
    # crime, wire
    ("Police said 23 of the 31 people arrested were later released.", "23", "people"),
]


@pytest.mark.parametrize(("text", "part", "noun"), PARTS)
def test_a_part_of_a_whole_counts_the_whole_s_noun(text: str, part: str, noun: str) -> None:
    assert _figure(text, part).unit == noun


# synthetic: (text, span, words its measures must hold)
SPANS_FOR_THEN_AFTER = [
    # health, local: "for" with no object in the parse, "after" hung on the verb
    ("The ward was closed for 11 days after the outbreak.", "11 days", {"ward", "closed"}),
    # education, broadcaster
    ("The school shut for two weeks after the flood.", "two weeks", {"school", "shut"}),
    # transport, wire
    ("The line was closed for six hours after the derailment.", "six hours", {"line", "closed"}),
]


@pytest.mark.parametrize(("text", "span", "wanted"), SPANS_FOR_THEN_AFTER)
def test_a_span_after_for_is_how_long_even_with_after_behind_it(
    text: str, span: str, wanted: set[str]
) -> None:
    measures = _figure(text, span).measures
    assert wanted <= _words(measures), measures
    assert "after which" not in measures, measures


# synthetic: (text, bare count, the noun it shares, words its measures must hold)
SHARED_NOUNS = [
    # energy, broadcaster: the second count has no noun and a copula after it
    (
        "Crews had restored supplies to 22,300 homes by noon, but about 3,900 were still"
        " without power.",
        "about 3,900",
        "homes",
        {"homes", "without", "power"},
    ),
    # transport, wire: a passive after "and"
    (
        "The ferry operator cancelled 64 sailings on Friday, and 19 were delayed by the swell.",
        "19",
        "sailings",
        {"sailings", "delayed"},
    ),
    # crime, local: after a semicolon
    (
        "Officers detained 14 fans after the match; eight were later released.",
        "eight",
        "fans",
        {"fans", "released"},
    ),
]


@pytest.mark.parametrize(("text", "count", "noun", "wanted"), SHARED_NOUNS)
def test_a_bare_count_after_a_count_shares_its_noun(
    text: str, count: str, noun: str, wanted: set[str]
) -> None:
    found = _figure(text, count)
    assert found.unit == noun, found
    assert wanted <= _words(found.measures), found.measures


def test_a_bare_count_named_by_its_own_clause_is_no_count_of_the_noun_before() -> None:
    # health, broadsheet: "600 are agency staff" says who they are, not what is counted
    text = "The trust employs 4,100 nurses, while 600 are agency staff."
    found = _figures(text)
    assert "4,100" in found, list(found)
    assert "600" not in found or found["600"].unit != "nurses", found
