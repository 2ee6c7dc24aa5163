# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""A price a person got or paid for something is news, not a span of their career:
"The landlord sold the building for £2.4m", "John Reed sold the farm for £1.2 million"
(the rule for "has sold tea outside the station for 40 years" took any "for" after a
trade verb with a person as its subject). Synthetic passages written for these tests
(invented people): property, farming, art, business."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("The landlord sold the building for £2.4m, the agents said.", "£2.4m"),
        (
            "John Reed sold the farm for £1.2 million last week, the auctioneers confirmed.",
            "£1.2 million",
        ),
        ("The family sold the painting for $12m at auction in New York on Tuesday.", "$12m"),
    ],
)
def test_a_price_a_person_sold_for_is_a_figure(text: str, price: str) -> None:
    assert price in [f.text for f in build_brief(text).figures]


def test_a_trade_plied_for_years_is_still_background() -> None:
    text = "Mary Doyle, who has sold tea outside the station for 40 years, was moved on by the council on Monday."
    assert "40 years" not in [f.text for f in build_brief(text).figures]
