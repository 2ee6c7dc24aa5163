"""Spelled numbers beyond 99 (service/briefsmith/core/numbers.py) and the one unit table
(service/briefsmith/core/units.py) that numbers, figures and the eval all read."""

from __future__ import annotations

import ast
import pathlib

import pytest
from briefsmith.core.extraction.figures import find_figures
from briefsmith.core.numbers import find_numbers, parse_number
from briefsmith.core.units import CURRENCY_SIGNS, canonical_unit, unit_name, units_compatible

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("one hundred twenty", 120),
        ("one hundred and twenty", 120),
        ("a hundred and five", 105),
        ("two dozen", 24),
        ("a dozen", 12),
        ("three hundred thousand", 300_000),
        ("one thousand two hundred and fifty", 1_250),
        ("nineteen hundred", 1_900),
        ("a million", 1_000_000),
        ("seventy thousand", 70_000),
        ("twenty-two", 22),
    ],
)
def test_spelled_numbers_beyond_ninety_nine(written, value):
    assert parse_number(written) == value
    (mention,) = find_numbers(f"Officials counted {written} ballots.")
    assert mention.text == written
    assert mention.value == value


def test_base_is_the_number_before_a_final_scale_word():
    (mention,) = find_numbers("about three hundred thousand people")
    assert (mention.value, mention.base) == (300_000, 300)


def test_words_that_are_not_one_number_stay_separate():
    assert [m.value for m in find_numbers("between two and three goals")] == [2, 3]
    assert [m.text for m in find_numbers("twenty two three-bedroom homes")] == [
        "twenty two",
        "three",
    ]
    assert find_numbers("a day at the races") == []


def test_currency_words_need_a_word_boundary():
    assert find_numbers("5 euros")[0].currency == "EUR"
    assert find_numbers("5 European clubs")[0].currency is None
    assert find_numbers("£40 million")[0].currency == "GBP"


def test_a_dozen_is_a_figure_with_what_it_counts():
    (figure,) = find_figures("The court heard from two dozen witnesses over the trial.")
    assert figure.value == 24
    assert "witnesses" in figure.measures


def test_one_unit_table():
    assert canonical_unit("kilometres") == canonical_unit("km") == ("length", "kilometers")
    assert unit_name("Kilometres") == "kilometers"
    assert unit_name("goals") == "goals"  # a counted noun, not a unit
    assert units_compatible("per cent", "%") and not units_compatible("hours", "days")
    assert CURRENCY_SIGNS["$"] == "USD"


def test_no_other_module_keeps_its_own_unit_table():
    """Unit spellings live in service/briefsmith/core/units.py: no other module maps "kilometres" or
    "percent" to a unit itself."""
    offenders = []
    for path in [*ROOT.glob("service/**/*.py"), *ROOT.glob("evals/**/*.py")]:
        relative = path.relative_to(ROOT).as_posix()
        if relative == "service/briefsmith/core/units.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and ("kilometres" in node.value or "hryvnia" in node.value)
            ):
                offenders.append(relative)
    assert offenders == []
