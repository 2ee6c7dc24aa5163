"""A time word after a count ends the counted noun: "scored 14 times this season" counts
times, not seasons; "built 120 new homes this year" counts homes, not years. Found by the
lead sweeping round 26's counts of times. Synthetic passages written for these tests."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import find_figures
from briefsmith.engines.linguistic import analysis_of


def _units(text: str) -> list[str | None]:
    return [f.unit for f in find_figures(text, analysis_of(text))]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The striker has scored 14 times this season.", "times"),
        ("The council built 120 new homes this year.", "homes"),
        ("The airline will add 12 routes next spring.", "routes"),
        ("The charity opened 9 food banks last winter.", "banks"),
    ],
)
def test_a_time_word_ends_the_counted_noun(sentence, unit):
    assert _units(sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        # the time words after the noun were never part of it; these keep their units
        ("He missed 40 games last season through injury.", "games"),
        ("Trains were cancelled 300 times last month.", "times"),
        ("The club signed three players last summer.", "players"),
    ],
)
def test_counts_already_read_keep_their_units(sentence, unit):
    assert _units(sentence) == [unit]


def _measures(text: str) -> list[str]:
    return [f.measures for f in find_figures(text, analysis_of(text))]


@pytest.mark.parametrize(
    ("sentence", "measures"),
    [
        # an age or a description set off between the doer and the verb is left out
        ("Doyle, 24, has now scored 11 times this season.", "times Doyle has now scored"),
        ("Okafor, 31, has been capped 40 times by Nigeria.", "times Okafor has been capped"),
    ],
)
def test_a_count_of_times_skips_what_is_set_off_after_its_doer(sentence, measures):
    assert _measures(sentence) == [measures]
