"""People a body speaks of, opening a sentence it reports ("Passengers will receive
compensation, the airline said"), are not the body: a plural noun for people is no
organization called "Passengers". A one-word firm there still is ("Veltro has recalled
40,000 handsets, the company said"). Found by the lead sweeping round 26's outlook
terms ("Pensioners will get a free bus pass"). Synthetic passages written for these tests."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Passengers will receive compensation of up to €250, the airline said.",
        "Customers will get a full refund, the retailer said.",
        "Residents were moved to a hotel overnight, the council said.",
        "Investors will be paid in full by March, the fund said.",
    ],
)
def test_people_the_body_speaks_of_are_no_body(paragraph):
    assert _actors(paragraph) == {}


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Veltro has recalled 40,000 handsets, the company said.", "Veltro"),
        ("Harrowgate will shut 20 stores, the department store said.", "Harrowgate"),
    ],
)
def test_a_one_word_firm_the_body_reports_on_is_still_the_body(paragraph, body):
    assert _actors(paragraph) == {body: "organization"}
