"""A common noun opening a business sentence is what a body measures, not a body (#21,
round 18, lead): "Profit at X fell 9%, the company said" listed "Profit" as an
organization, because "the company said" reports on the sentence's subject. Synthetic
passages: invented firms, written for these tests."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import build_brief


def _actors(passage: str) -> list[tuple[str, str]]:
    brief = build_brief(clean_article(ArticleInput(text=f"Results day\n\n{passage}")).text)
    return [(a.name, a.kind) for a in brief.actors]


@pytest.mark.parametrize(
    ("passage", "measured"),
    [
        (
            "Profit at Eastmere Water fell 9% to $31m in the year to March, the company said.",
            "Profit",
        ),
        ("Profit before tax at Corrin Homes fell 12% to £48m, the housebuilder said.", "Profit"),
        ("Earnings per share rose 8% to 41p, the bank said.", "Earnings"),
        ("Revenue at Halden Foods rose 4% to £212m, the firm said on Monday.", "Revenue"),
    ],
)
def test_the_measured_noun_is_no_body(passage: str, measured: str) -> None:
    assert measured not in {name for name, _ in _actors(passage)}


def test_a_one_word_company_reported_on_is_still_a_body() -> None:
    # (guard: the reported subject with no qualifier of its own stays the company)
    assert ("Zentrix", "organization") in _actors(
        "Zentrix has cut 500 jobs at its plant in Leeds, the company said."
    )
