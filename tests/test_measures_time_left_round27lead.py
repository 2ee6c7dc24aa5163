"""A span of time someone has, or is given, to act measures the time left to act in:
"The company has 30 days to lodge its appeal" measured "days has by company", and "The
regulator gave the firm 28 days to respond" "days gave by regulator to respond". Counts
someone has ("The farm has 400 cows") keep their reading. Round 27, lead; synthetic
passages written for these tests (invented people, clubs, firms and bodies)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _measures(text: str) -> dict[str, str]:
    return {f.text: f.measures or "" for f in build_brief(f"Headline\n\n{text}").figures}


@pytest.mark.parametrize(
    ("paragraph", "span", "words"),
    [
        ("The company has 30 days to lodge its appeal.", "30 days", ("time", "company", "lodge")),
        (
            "Residents have two weeks to comment on the plans.",
            "two weeks",
            ("time", "Residents", "comment"),
        ),
        (
            "President Amos Kariuki has 14 days to sign it into law.",
            "14 days",
            ("time", "Amos Kariuki", "sign"),
        ),
        (
            "Harlow Rovers will have seven days to appeal against the deduction.",
            "seven days",
            ("time", "Harlow Rovers", "appeal"),
        ),
        (
            "The regulator gave the company 28 days to respond.",
            "28 days",
            ("time given", "company", "regulator", "respond"),
        ),
    ],
)
def test_a_span_to_act_in_measures_the_time_left(paragraph, span, words):
    measure = _measures(paragraph)[span]
    for word in words:
        assert word in measure, measure
    assert not measure.startswith(("days", "weeks")), measure


@pytest.mark.parametrize(
    ("paragraph", "figure", "noun"),
    [
        ("The farm has 400 cows and a dairy.", "400", "cows"),
        ("The company has 3,000 employees in Leeds.", "3,000", "employees"),
    ],
)
def test_a_count_someone_has_keeps_its_noun(paragraph, figure, noun):
    measure = _measures(paragraph)[figure]
    assert noun in measure and not measure.startswith("time"), measure
