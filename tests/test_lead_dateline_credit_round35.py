# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""A wire dateline with an agency the cleaning does not know, its credit left in
brackets ("LAGOS, March 4 (West Coast Wire) - "), says where, not what: the situation
and an outlook taken from the lead start after it, as they do after "LAGOS, March 4 - "
(round 35: the outlook's new reading of the lead's first sentence showed the dateline).
Every passage here is synthetic (invented agencies, people and bodies)."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import build_brief


def _brief(text: str):
    return build_brief(clean_article(ArticleInput(text=text)).text)


@pytest.mark.parametrize(
    ("text", "situation_opens"),
    [
        # Nigerian wire, business (fails before: the situation opened "LAGOS, March 4 (")
        (
            "LAGOS, March 4 (West Coast Wire) - Nigeria's central bank will raise its main rate next week, officials said. The move follows a fall in the naira.",
            "Nigeria's central bank will raise",
        ),
        # Kenyan wire with an em dash, politics (fails before)
        (
            "NAIROBI, June 11 (Kenya News Service) — Kenya will cut fuel taxes from July, the Treasury said. Prices rose 9% last month.",
            "Kenya will cut fuel taxes",
        ),
        # Two-word city, no date, US wire, courts (guard: passed before too)
        (
            "SAN ANTONIO (Lone Star Wire) -- A jury on Tuesday convicted a former county clerk of taking bribes. She faces up to 20 years.",
            "A jury on Tuesday convicted",
        ),
        # Guard: a dateline with no credit was already cut
        (
            "DUBLIN — The Government will publish the bill next month, the Taoiseach said. Opposition parties object.",
            "The Government will publish",
        ),
    ],
)
def test_the_situation_starts_after_a_dateline_with_a_credit(text: str, situation_opens: str):
    assert _brief(text).situation.startswith(situation_opens)


def test_an_outlook_from_the_lead_leaves_the_dateline_and_its_credit_out():
    # fails before: the outlook opened "ABUJA, March 5 (Savannah Wire) - "
    brief = _brief(
        "ABUJA, March 5 (Savannah Wire) - Senate President Musa Adeyemi said the upper chamber would debate the police reform bill next week.\n\n"
        "The bill was drafted after protests last year."
    )
    assert brief.outlook.startswith("Senate President Musa Adeyemi said")
    assert "Savannah Wire" not in brief.outlook


def test_a_bracket_that_is_no_credit_after_a_capitalized_opening_stays():
    # guard: a sentence opening in capitals with a bracket is no dateline without its dash
    brief = _brief(
        "NASA (the US space agency) said on Monday it would delay the launch. Engineers found a leak."
    )
    assert brief.situation.startswith("NASA (the US space agency) said")
