"""Round 30 (#21, the lead): a one-word body that goes on over "of" and a proper name
("The City of Durban said it would ...") is listed under its whole name, never as the
fragment "City". Found while writing this round's cross-surface article; the passages
are synthetic (invented councils, ports and firms) across South African, British,
Canadian, Irish and Australian copy."""

from __future__ import annotations

import asyncio

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import ExtractiveEngine

_LEAD = "Story\n\nThe water board was fined on Monday after a sewage spill, a tribunal ruled.\n\n"


def _actor_names(passage: str) -> list[str]:
    article = clean_article(ArticleInput(text=_LEAD + passage))
    brief = asyncio.run(ExtractiveEngine().summarize(article))
    return [actor.name for actor in brief.actors]


@pytest.mark.parametrize(
    ("passage", "whole", "fragment"),
    [
        (
            "The City of Durban said it would test the water every day until the beaches reopen.",
            "City of Durban",
            "City",
        ),
        (
            "The Borough of Camden said it would collect the bins on Saturday instead.",
            "Borough of Camden",
            "Borough",
        ),
        (
            "The Port of Tyne said it would reopen the north quay on Friday.",
            "Port of Tyne",
            "Port",
        ),
    ],
)
def test_a_one_word_body_going_on_over_of_and_a_name_keeps_its_whole_name(
    passage: str, whole: str, fragment: str
) -> None:
    names = _actor_names(passage)
    assert whole in names
    assert fragment not in names


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        # a one-word firm with nothing after it, and one whose "of" tells a share of it
        ("Zentrix said it would cut 200 jobs at its Wexford plant.", "Zentrix"),
        ("Quorvo said it would sell 40 of its stores by June.", "Quorvo"),
    ],
)
def test_a_one_word_firm_without_an_of_name_stays_one_word(passage: str, name: str) -> None:
    names = _actor_names(passage)
    assert name in names
    assert not [other for other in names if other.startswith(name + " of")]
