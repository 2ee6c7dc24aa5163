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


@pytest.mark.parametrize(
    ("passage", "place"),
    [
        # A place does these without its council acting: hosting, leading a table,
        # supporting jobs. (Round 30's rule for a town's government that speaks first
        # took them for its voice; the fresh-clone run's older test caught it.)
        ("Leeds City welcomed 40,000 visitors at the weekend.", "Leeds City"),
        ("Harlan County leads the state in overdose deaths, figures show.", "Harlan County"),
        (
            "Brackwater County supports 6,000 jobs in farming, the report found.",
            "Brackwater County",
        ),
    ],
)
def test_a_place_that_hosts_leads_or_supports_is_not_its_government(
    passage: str, place: str
) -> None:
    assert place not in _actor_names(passage)


@pytest.mark.parametrize(
    ("passage", "body"),
    [
        ("Harlan County said it would appeal the ruling.", "Harlan County"),
        ("The City of Cape Town opposed the closure of the clinic.", "City of Cape Town"),
    ],
)
def test_a_town_that_speaks_or_takes_a_stance_is_still_its_government(
    passage: str, body: str
) -> None:
    assert body in _actor_names(passage)
