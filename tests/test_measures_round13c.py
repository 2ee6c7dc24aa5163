"""Round 13c, what a figure measures, from a probe of athletics, triathlon, swimming,
walking, charity, council, farming and ticketing reports (wire, Australian, New Zealand,
Indian, Irish and UK styles): race times written with glued abbreviations ("3min
58.21sec", "8hr 02min 17sec", "10.08sec") and in three spelled units ("two hours, nine
minutes and 12 seconds") are one elapsed time in seconds, not loose numbers (a lone "s"
after a whole number, "the 1990s", stays no time; a time in someone's quoted words is
theirs); a race time says whose it is and in which race, also when a fronted "In the
men's 5000m," names the race; "a personal best of", "a national record of" is the
runner's best or record; "a fifth-round throw of 62.87m" is metres thrown, not millions;
a count before a list of modifiers counts the noun after the list ("1,270 abandoned,
injured or neglected dogs"); a second rate joined by "and" ("$25 per adult and $10 per
child") measures what the first does, for its own base; a distance after "her third
national" names a race.
Every sentence here is synthetic, written for these tests (invented people, bodies and
places)."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.core.numbers import elapsed_seconds, spoken_value
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


# synthetic: (written, seconds)
GLUED_AND_SPELLED = [
    ("3min 58.21sec", 238.21),
    ("8hr 02min 17sec", 28937.0),
    ("4h 32min 10sec", 16330.0),
    ("10.08sec", 10.08),
    ("9.58s", 9.58),
    ("21min 37sec", 1297.0),
]


@pytest.mark.parametrize(("written", "seconds"), GLUED_AND_SPELLED)
def test_a_glued_race_time_is_an_elapsed_time(written: str, seconds: float) -> None:
    assert elapsed_seconds(written) == pytest.approx(seconds)
    assert spoken_value(written) == pytest.approx(seconds)


@pytest.mark.parametrize("written", ["1990s", "60s", "14:30", "3min 75sec"])
def test_a_decade_an_age_or_a_time_of_day_is_no_glued_race_time(written: str) -> None:
    assert elapsed_seconds(written) is None


def test_a_time_in_three_spelled_units_is_read_whole() -> None:
    assert spoken_value("two hours, nine minutes and 12 seconds") == 7752
    assert spoken_value("1 hour 28 minutes 41 seconds") == 5321


# synthetic: (text, race time, seconds, words its measures must hold)
RACE_TIMES = [
    # athletics, Australian wire: glued minutes and seconds
    (
        "Mara Vint won the women's 1500m in 4min 01.38sec, a championship record.",
        "4min 01.38sec",
        241.38,
        {"vint", "1500m"},
    ),
    # athletics, wire: the runner takes a title
    (
        "Kenyan Daniel Rotich took the 10,000m title in 27min 41.09sec on Friday night.",
        "27min 41.09sec",
        1661.09,
        {"rotich", "10,000m"},
    ),
    # triathlon, broadsheet: hours, minutes and seconds glued
    (
        "Ellis Duarte won the Ironman in 8hr 02min 17sec, the fastest ever by a Briton.",
        "8hr 02min 17sec",
        28937.0,
        {"duarte", "ironman"},
    ),
    # athletics, broadcaster: glued seconds alone
    (
        "Tomasz Ilic won the men's 100m in 10.08sec, beating the home favourite.",
        "10.08sec",
        10.08,
        {"ilic", "100m"},
    ),
    # swimming, New Zealand broadcaster
    (
        "New Zealander Kiri Ranginui swam the 200m butterfly in 2min 07.55sec in Auckland.",
        "2min 07.55sec",
        127.55,
        {"ranginui", "butterfly"},
    ),
    # athletics, Indian wire: the time a verb clocked
    (
        "Priya Nair clocked 11.21sec in the heats of the 100m in Bhubaneswar.",
        "11.21sec",
        11.21,
        {"nair", "time"},
    ),
    # athletics, Irish wire: three spelled units with commas
    (
        "Ayana Gebre won the marathon in two hours, nine minutes and 12 seconds, a course record.",
        "two hours, nine minutes and 12 seconds",
        7752.0,
        {"gebre", "marathon"},
    ),
    # race walking, wire: the parser hangs the later parts on the walk
    (
        "Liam Ferris finished the 50km walk in three hours, 41 minutes and 5 seconds.",
        "three hours, 41 minutes and 5 seconds",
        13265.0,
        {"ferris", "walk"},
    ),
    # athletics, wire: the race in a fronted phrase
    (
        "In the men's 5000m, Sam Petrakis won in 13:19.04 after a fast last lap.",
        "13:19.04",
        799.04,
        {"petrakis", "5000m"},
    ),
    # athletics, magazine: a fronted race and a glued time
    (
        "In the 60m hurdles, Dean Moyo won in 7.58sec, edging the defending champion.",
        "7.58sec",
        7.58,
        {"moyo", "hurdles"},
    ),
    # athletics, agency: a personal best told with "of"
    (
        "Ellie Marsh was second in a personal best of 4min 01.92sec.",
        "4min 01.92sec",
        241.92,
        {"marsh", "personal", "best"},
    ),
    # marathon, wire: a record told with "of"
    (
        "Ama Mensah was third in a national record of 2:19:41.",
        "2:19:41",
        8381.0,
        {"mensah", "national", "record"},
    ),
]


@pytest.mark.parametrize(("text", "time", "seconds", "wanted"), RACE_TIMES)
def test_a_race_time_is_one_figure_that_says_whose_and_in_which_race(
    text: str, time: str, seconds: float, wanted: set[str]
) -> None:
    found = _figure(text, time)
    assert found.unit == "seconds" and found.value == pytest.approx(seconds), found
    measured = _words(found.measures)
    assert wanted <= measured, measured


# synthetic: (text, what must not be listed as a figure)
NO_RACE_TIMES = [
    # culture, magazine: an age and a decade
    ("The singer, now in her 60s, toured Canada in the 1990s.", "60s"),
    ("The singer, now in her 60s, toured Canada in the 1990s.", "1990s"),
    # athletics, tabloid: a time inside the runner's own quoted words
    (
        '"I ran 3min 58sec in training last week, so I know I\'m ready," said Mo Iqbal.',
        "3min 58sec",
    ),
    # sport, local: teams of two and three
    ("Tickets for the 2s and 3s tournament are free, the club said.", "2s"),
    # athletics, Australian wire: a distance naming the title a runner holds
    ("Georgia Pell has won her third national 1500m title in Perth.", "1500m"),
    ("Jo Marr ran his first 10,000m race in 2019.", "10,000m"),
]


@pytest.mark.parametrize(("text", "absent"), NO_RACE_TIMES)
def test_decades_quoted_times_and_race_names_are_no_figures(text: str, absent: str) -> None:
    found = _figures(text)
    assert not [f for f in found.values() if absent in f.text], found


def test_the_numbers_of_a_glued_time_are_not_read_again_one_by_one() -> None:
    # athletics, wire: the time is one figure, not a "4" and a "01.38"
    found = _figures("Mara Vint won the women's 1500m in 4min 01.38sec, a championship record.")
    assert list(found) == ["4min 01.38sec"], list(found)


# synthetic: (text, mark, words its measures must hold)
FIELD_MARKS = [
    # athletics, Australian wire
    (
        "Kelsey Moran won the women's javelin with a fifth-round throw of 62.87m.",
        "62.87m",
        {"moran", "throw", "javelin"},
    ),
    # athletics, Nigerian-style agency
    ("Ife Bello won the long jump with a leap of 6.71m.", "6.71m", {"bello", "leap", "jump"}),
]


@pytest.mark.parametrize(("text", "mark", "wanted"), FIELD_MARKS)
def test_a_field_mark_told_with_of_is_metres_the_named_athlete_made(
    text: str, mark: str, wanted: set[str]
) -> None:
    found = _figure(text, mark)
    assert found.unit == "metres" and found.value < 100, found
    assert wanted <= _words(found.measures), found.measures


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # business, wire: "a profit of 62.87m" is no field mark
        ("The fund made a profit of 62.87m last year.", "62.87m"),
        # aviation, trade: a jump of millions of passengers
        ("The airport reported a jump of 1.5m passengers on last year.", "1.5m"),
    ],
)
def test_a_sum_in_millions_after_of_stays_millions(text: str, figure: str) -> None:
    found = _figure(text, figure)
    assert found.unit != "metres" and found.value > 1_000_000, found


# synthetic: (text, count, the noun it counts)
LISTED_MODIFIERS = [
    # animals, charity
    (
        "The shelter took in 1,270 abandoned, injured or neglected dogs last year, the charity"
        " said.",
        "1,270",
        "dogs",
    ),
    # transport, local
    ("Inspectors found 46 broken, missing or unlit signs on the motorway.", "46", "signs"),
    # council, local
    (
        "The council has repaired 3,400 cracked, sunken or uneven paving slabs since April.",
        "3,400",
        "slabs",
    ),
    # farming, New Zealand broadcaster
    (
        "Rangers rescued 212 stranded, dehydrated and exhausted sheep after the floods in"
        " Canterbury.",
        "212",
        "sheep",
    ),
]


@pytest.mark.parametrize(("text", "count", "noun"), LISTED_MODIFIERS)
def test_a_count_before_a_list_of_modifiers_counts_the_noun_after_it(
    text: str, count: str, noun: str
) -> None:
    assert _figure(text, count).unit == noun


def test_a_list_of_nouns_after_a_count_keeps_the_first_noun() -> None:
    # transport, local: "signs, lamps or posts" are things, not modifiers of "broken"
    found = _figure("Inspectors found 46 signs, lamps or posts broken after the storm.", "46")
    assert found.unit == "signs", found


# synthetic: (text, second rate, words its measures must hold, words it must not hold)
RATES_ALONGSIDE = [
    # sport, Australian wire
    (
        "Tickets for the final session cost $25 per adult and $10 per child.",
        "$10",
        {"tickets", "child"},
        {"25", "adult"},
    ),
    # sport, UK local
    ("Season tickets cost £240 per adult and £90 per child.", "£90", {"tickets", "child"}, {"240"}),
    # farming, Irish broadcaster
    (
        "The scheme pays farmers €250 per hectare and €40 per cow.",
        "€40",
        {"farmers", "cow"},
        {"250", "hectare"},
    ),
    # council, local: a base of more than one word before "and"
    (
        "Council tax will be £1,210 per Band D home and £940 per Band B home.",
        "£940",
        {"council", "tax"},
        {"and"},
    ),
]


@pytest.mark.parametrize(("text", "rate", "wanted", "unwanted"), RATES_ALONGSIDE)
def test_a_second_rate_joined_by_and_measures_what_the_first_does(
    text: str, rate: str, wanted: set[str], unwanted: set[str]
) -> None:
    measured = _words(_figure(text, rate).measures)
    assert wanted <= measured, measured
    assert not unwanted & measured, measured


def test_a_sum_after_a_rate_and_a_new_clause_is_its_own() -> None:
    # transport, local: "and the council spent £4m" is another clause, not another base
    found = _figure("Fares rose to £3 per trip and the council spent £4m on buses.", "£4m")
    assert "fares" not in _words(found.measures), found.measures


# synthetic: (text, count, the noun it counts)
PLACES_AFTER_THE_NOUN = [
    # maritime, Irish broadcaster
    ("The lifeboat crew rescued 12 fishermen off Cape Clear.", "12", "fishermen"),
    # weather, local
    ("Police evacuated 40 homes near the river on Sunday.", "40", "homes"),
    # farming, local
    ("Firefighters saved 30 cattle beside the burning barn.", "30", "cattle"),
    # education, local
    ("Council wardens counted 85 cars outside the school gates.", "85", "cars"),
    # military, wire
    ("Troops cleared 200 mines around the village.", "200", "mines"),
]


@pytest.mark.parametrize(("text", "count", "noun"), PLACES_AFTER_THE_NOUN)
def test_a_place_after_the_counted_noun_is_no_part_of_it(text: str, count: str, noun: str) -> None:
    assert _figure(text, count).unit == noun


# synthetic: (text, what must not be listed as a figure)
OFF_TIMES_AND_PAST_RUNS = [
    # transport, broadcaster: a train named by its departure
    ("The 8.15 from Paddington was cancelled.", "8.15"),
    # racing, Irish broadcaster
    ("The 7.30 from Leopardstown was abandoned because of frost.", "7.30"),
    ("The 2.40 from Ascot was abandoned.", "2.40"),
    # athletics, wire: a coach's own time in a dated "who" clause
    (
        "Her coach, Ray Sturt, who ran 3min 55sec for the mile in 1988, said she was ready.",
        "3min 55sec",
    ),
    (
        "Her coach, Ray Sturt, who ran 3:55.20 for the mile in 1988, said she was ready.",
        "3:55.20",
    ),
]


@pytest.mark.parametrize(("text", "absent"), OFF_TIMES_AND_PAST_RUNS)
def test_off_times_and_dated_runs_in_a_who_clause_are_no_figures(text: str, absent: str) -> None:
    found = _figures(text)
    assert not [f for f in found.values() if absent in f.text], found


def test_an_undated_race_time_in_a_who_clause_stays() -> None:
    # athletics, agency: "who won ... on Saturday" is the story's race
    text = "Aroha Ngata, who won in 1hr 28min 41sec on Saturday, said she was tired."
    assert _figure(text, "1hr 28min 41sec").unit == "seconds"


# synthetic: (text, count, the body "its" stands for)
ITS_OWNER = [
    # aviation, Australian broadcaster
    ("Qantas said its 120 aircraft would be inspected by Friday.", "120", "qantas"),
    # charity, wire: a part of what "its" holds
    ("Greenpeace said 40 of its activists had been detained.", "40", "greenpeace"),
    # media, broadsheet
    ("The BBC said its 21,000 staff would get a one-off payment.", "21,000", "bbc"),
    # retail, tabloid
    ("Tesco said its 3,400 stores would stay open on Boxing Day.", "3,400", "tesco"),
    # motoring, trade: a part of what "its" holds, the measure without "its"
    ("Arden Motors said it would close 40 of its 212 dealerships by March.", "40", "arden"),
    # aviation, Irish wire: the verb above the count is "expects"
    ("Ryanair expects its 600 planes to carry 200 million passengers this year.", "600", "ryanair"),
]


@pytest.mark.parametrize(("text", "count", "owner"), ITS_OWNER)
def test_its_in_a_measure_is_the_named_body_above_the_count(
    text: str, count: str, owner: str
) -> None:
    measured = _words(_figure(text, count).measures)
    assert owner in measured and "its" not in measured, measured


def test_a_person_is_never_what_its_stands_for() -> None:
    # property, local: "its" is the hotel, not the speaker
    measured = _words(_figure("Ann Lee said its 40 rooms were full.", "40").measures)
    assert not {"ann", "lee"} & measured, measured


# synthetic: (text, span, words its measures must hold)
CUT_OFF = [
    # athletics, Australian wire: a glued span cut off a mark
    (
        "Whitlock clocked 4min 01.38sec, taking 0.9sec off the mark she set in Brisbane.",
        "0.9sec",
        {"cut", "mark"},
    ),
    # race walking, New Zealand broadcaster: a spelled span the filter had dropped
    ("Ngata shaved 12 seconds off the Oceania record.", "12 seconds", {"cut", "oceania", "record"}),
    # athletics, wire: the runner who cut it
    ("Rotich knocked 1.2sec off his personal best in Oslo.", "1.2sec", {"cut", "best", "rotich"}),
    # transport, Irish broadcaster
    (
        "The new timetable takes six minutes off the journey to Cork.",
        "six minutes",
        {"cut", "journey", "cork"},
    ),
]


@pytest.mark.parametrize(("text", "span", "wanted"), CUT_OFF)
def test_a_span_cut_off_a_record_or_a_journey_measures_the_cut(
    text: str, span: str, wanted: set[str]
) -> None:
    found = _figure(text, span)
    measured = _words(found.measures)
    assert wanted <= measured, measured
    assert "time" not in measured and not any(c.isdigit() for c in found.measures), found


def test_a_span_off_the_bench_is_no_cut() -> None:
    # sport, local: "off the bench" with no cutting verb stays no figure
    found = _figures("He was sent off the pitch after 12 minutes off the bench.")
    assert "12 minutes" not in found, found


# synthetic: (text, race time, words its measures must hold, words it must not hold)
GAPPED_PLACES = [
    # athletics, Australian wire: the verb told once for two runners
    (
        "Marsh was second in a personal best of 4min 01.92sec and Queenslander Tess Ambrose"
        " third in 4:05.10.",
        "4:05.10",
        {"ambrose", "third"},
        {"marsh", "margin"},
    ),
    # marathon, wire: race clocks in hours
    (
        "Kiprop was second in 2:06:11 and Ethiopia's Abel Tesfaye third in 2:06:40.",
        "2:06:40",
        {"tesfaye", "third"},
        {"kiprop"},
    ),
    (
        "Kiprop was second in 2:06:11 and Ethiopia's Abel Tesfaye third in 2:06:40.",
        "2:06:11",
        {"kiprop", "second"},
        {"tesfaye"},
    ),
    # swimming, broadcaster: glued seconds
    (
        "Orla Keane was second in 58.91sec and Welsh swimmer Cerys Lloyd third in 59.30sec.",
        "59.30sec",
        {"lloyd", "third"},
        {"keane"},
    ),
]


@pytest.mark.parametrize(("text", "time", "wanted", "unwanted"), GAPPED_PLACES)
def test_a_race_time_after_a_name_and_a_place_is_that_runner_s(
    text: str, time: str, wanted: set[str], unwanted: set[str]
) -> None:
    measured = _words(_figure(text, time).measures)
    assert wanted <= measured, measured
    assert not unwanted & measured, measured
