"""Figures with news value (issue 15, item 4): time frames, numbers inside names and
fragments are not figures; `measures` names what is counted. Articles written for these
tests."""

from __future__ import annotations

from briefsmith.core.extraction.figures import find_figures

BUSINESS = (
    "Apex Holdings said on Thursday it would cut about 1,200 jobs and close three "
    "distribution and repair centres over the next two weeks. The company has 14,000 "
    "staff. Talks with unions lasted 30 minutes, and the two sides will meet again within "
    "24 hours. Shares fell 6 percent."
)

SCIENCE = (
    "The Apollo 11 crew landed in 1969. Engineers said the new probe will travel along "
    "Route 66 of the solar system, a path used by nearly 40 earlier missions launched or "
    "planned since the 1960s. The probe carries 12 instruments and weighs 950 kilograms."
)

COURT = (
    "The jury heard from two dozen witnesses over two days. Prosecutors said the "
    "defendant stole $2.4 million from 31 customers. The three victims who testified were "
    "all over 80."
)


def _by_value(text: str) -> dict[float, tuple[str | None, str]]:
    return {f.value: (f.unit, f.measures) for f in find_figures(text)}


def test_time_frames_that_only_frame_are_not_figures_and_deadlines_are():
    values = _by_value(BUSINESS)
    assert 30 not in values  # "talks lasted 30 minutes": colour
    assert 2 not in values  # "over the next two weeks": the period of the cuts
    assert values[24][0] == "hours"  # "will meet again within 24 hours": a deadline
    assert 6 in values and values[6][0] == "percent"


def test_measures_names_the_counted_phrase_and_its_head_noun():
    values = _by_value(BUSINESS)
    assert values[1200] == ("jobs", "jobs")
    assert values[3] == ("centres", "distribution and repair centres")
    assert values[14000][0] == "staff"
    science = _by_value(SCIENCE)
    assert science[40] == ("missions", "earlier missions launched or planned")
    assert science[950][0] == "kilograms"


def test_numbers_inside_names_are_not_figures():
    values = _by_value(SCIENCE)
    assert 11 not in values  # Apollo 11
    assert 66 not in values  # Route 66
    assert 12 in values and values[12][0] == "instruments"


def test_things_already_counted_and_spelled_numbers_beyond_ninety_nine():
    values = _by_value(COURT)
    assert values[24] == ("witnesses", "witnesses")  # "two dozen"
    assert 2 not in values  # "over two days"
    assert 3 not in values  # "The three victims": already introduced
    assert values[2_400_000][0] == "USD"
    assert values[31] == ("customers", "customers")


def test_long_durations_are_kept_and_ranges_need_like_ends():
    values = _by_value(
        "Judge Ruiz jailed him for four years. The EU extended sanctions for six months."
    )
    assert values[4][0] == "years" and values[6][0] == "months"
    figures = find_figures("Revenue rose 3% to £612 million. About 35% of stocks are overfished.")
    assert [(f.value, f.value_max, f.unit) for f in figures] == [
        (3, None, "percent"),
        (612_000_000, None, "GBP"),
        (35, None, "percent"),
    ]


def test_a_number_followed_by_a_verb_is_a_fragment():
    text = "Fighting went on all day, and by evening 93 stands and the line held."
    assert 93 not in _by_value(text)
