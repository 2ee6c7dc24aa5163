"""A bare number that a person is ("My father is 84.") is that person's age, told in
passing, not a figure of the story (synthetic articles, written for these tests,
invented names); counts in the same shape stay figures.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _figures(text: str) -> list[str]:
    return [f.text for f in build_brief(text).figures]


@pytest.mark.parametrize(
    "sentence",
    [
        '"My father is 84. He has not been the same since."',
        '"My mum was 79 and she trusted him completely."',
        "The pensioner, who lives alone, is 91.",
    ],
)
def test_an_age_a_person_is_is_no_figure(sentence: str) -> None:
    text = (
        "A roofer who conned pensioners out of £61,000 has been jailed for four years.\n\n"
        f"His victim's daughter spoke after the hearing. {sentence}"
    )
    figures = _figures(text)
    assert "£61,000" in figures
    assert not any(f.isdigit() for f in figures), figures


def test_a_count_a_noun_is_stays_a_figure() -> None:
    text = (
        "Storms cut power across Cornwall on Tuesday.\n\n"
        "The number of households still without power last night was 84."
    )
    assert "84" in _figures(text)


def test_an_age_where_the_story_is_a_death_stays() -> None:
    text = (
        "A pensioner has died after a fire at his home in Truro.\n\n"
        "The man, who died in hospital, was 84."
    )
    assert "84" in _figures(text)
