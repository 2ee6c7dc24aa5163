# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""A capitalized word opening a sentence that is a share or a sum ("Turnout was 61.2%",
"Sales were up 4% on last year", "Revenue was $4.2bn") is what is measured, no actor,
whatever the recognizer calls it; one who acts beside it stays. Synthetic passages
written for these tests (invented people, firms and bodies): elections, retail,
business wire, culture."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


@pytest.mark.parametrize(
    ("text", "measured", "actor"),
    [
        (
            "Turnout was 58.6%, the electoral commission said, the highest since 2011. Party leader Anna Berzina said the result was clear. Turnout was lowest in the capital.",
            "Turnout",
            "Anna Berzina",
        ),
        (
            "Sales were up 4% on last year, the retailer said. Chief executive Lara Finch said trading over Christmas was strong.",
            "Sales",
            "Lara Finch",
        ),
        (
            "Revenue was $4.2bn in the quarter, the company said. Chief executive Tom Reyes said demand for its chips was strong.",
            "Revenue",
            "Tom Reyes",
        ),
    ],
)
def test_a_share_or_a_sum_opening_a_sentence_is_no_actor(
    text: str, measured: str, actor: str
) -> None:
    names = [a.name for a in build_brief(text).actors]
    assert measured not in names
    assert actor in names


def test_a_body_that_reports_a_share_still_acts() -> None:
    text = "Acorn Retail said sales were up 4% on last year. Its chief executive, Lara Finch, said trading was strong."
    names = [a.name for a in build_brief(text).actors]
    assert "Acorn Retail" in names
