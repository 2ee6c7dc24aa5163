"""A range whose low end shares the high end's scale word is grounded (round 22, lead):
the figures step reads "£3-4bn" as 3bn to 4bn (round 22, helper e), and the one grounding
check must find it written, or every surface drops the figure. A bare number is never
grounded as a sum the article does not write ("£3bn" where only "£3-4bn" stands).
Synthetic sentences."""

from __future__ import annotations

import pytest
from briefsmith.core.grounding import locate_figure


@pytest.mark.parametrize(
    ("article", "written", "low", "high"),
    [
        ("The club will build a £3-4bn stadium on the waterfront.", "£3-4bn", 3e9, 4e9),
        ("The scheme will cost €2-3 billion over a decade.", "€2-3 billion", 2e9, 3e9),
        ("The rail link will cost £3 to 4bn, the minister said.", "£3 to 4bn", 3e9, 4e9),
        (
            "The port upgrade will cost Rs 5 to 7 crore, the board said.",
            "Rs 5 to 7 crore",
            5e7,
            7e7,
        ),
    ],
)
def test_a_range_sharing_its_scale_word_is_grounded(
    article: str, written: str, low: float, high: float
) -> None:
    span = locate_figure(written, low, high, article)
    assert span is not None
    assert article[span.start : span.end] == written


@pytest.mark.parametrize(
    ("written", "value", "value_max"),
    [("£3bn", 3e9, None), ("£3-5bn", 3e9, 5e9), ("£30-40bn", 3e10, 4e10)],
)
def test_no_sum_the_article_does_not_write_is_grounded(
    written: str, value: float, value_max: float | None
) -> None:
    assert locate_figure(written, value, value_max, "The club will build a £3-4bn stadium.") is None
