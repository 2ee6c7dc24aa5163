"""Round 36 (lead): a company the recognizer calls a person, introduced by its trade
with the country it is from ("Dutch engineering company Vanterpool Marine"), is an
organization; a person introduced by a job with a nationality stays a person. Every
passage is synthetic (invented people and firms)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _kinds(passage: str) -> dict[str, str]:
    return {actor.name: actor.kind for actor in build_brief(passage).actors}


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        # All three fail on the code before round 36 (kind "person").
        (
            "The contract was awarded to Dutch engineering company Vanterpool Marine "
            "after a two-year tender, the ministry said.",
            "Vanterpool Marine",
        ),
        (
            "The ferries are run under contract by Danish shipping company Kestrup Lund.",
            "Kestrup Lund",
        ),
        (
            "Supermarkets have been told to remove the product after Irish food company "
            "Coyle Brennan recalled it.",
            "Coyle Brennan",
        ),
    ],
)
def test_a_trade_with_its_country_before_a_name_says_a_company(passage: str, name: str) -> None:
    assert _kinds(passage).get(name) == "organization"


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        # Neighbours that must stay people: a job with a nationality is no trade.
        ("The goal was scored by Dutch striker Bram Veenstra in the 89th minute.", "Bram Veenstra"),
        (
            "The case was heard by Australian judge Miriam Okafor-Ward in Perth.",
            "Miriam Okafor-Ward",
        ),
        (
            "The award went to Nigerian novelist Chidinma Eze for her third book.",
            "Chidinma Eze",
        ),
    ],
)
def test_a_job_with_a_nationality_before_a_name_stays_a_person(passage: str, name: str) -> None:
    assert _kinds(passage).get(name) == "person"
