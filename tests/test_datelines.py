"""The dateline's one home (`briefsmith.core.datelines`): the lead's lenient pattern and
the parser's strict one. Every dateline here is synthetic (invented agencies)."""

from __future__ import annotations

import pytest
from briefsmith.core.datelines import CREDITED_DATELINE, LEAD_DATELINE


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("KYIV, Ukraine — Drones struck", "KYIV, Ukraine — "),
        ("WASHINGTON, March 3 -- The Senate voted", "WASHINGTON, March 3 -- "),
        ("LAGOS, March 4 (West Coast Wire) - Banks said", "LAGOS, March 4 (West Coast Wire) - "),
        ("ST. JOHN'S - Fishers protested", "ST. JOHN'S - "),
    ],
)
def test_the_lead_drops_a_dateline_with_or_without_a_credit(opening: str, dateline: str) -> None:
    found = LEAD_DATELINE.match(opening)
    assert found is not None
    assert found.group(0) == dateline


@pytest.mark.parametrize(
    "opening",
    [
        "Drones struck KYIV - officials said",  # not at the start
        "Kyiv, Ukraine - Drones struck",  # a town in capitals only
    ],
)
def test_the_lead_reads_only_an_opening_dateline(opening: str) -> None:
    assert LEAD_DATELINE.match(opening) is None


@pytest.mark.parametrize(
    ("opening", "dash"),
    [
        ("MUMBAI, Nov 9 (Deccan Wire) - Rohan Deshmukh took five", "-"),
        ("AUCKLAND (Tasman Wire) — 'We are ready,' she said", "—"),
        ("CORK, May 2 (Harbour & Sons Newswire) -- Dockers struck", "--"),
    ],
)
def test_the_parser_stop_needs_the_credit_and_names_the_dash(opening: str, dash: str) -> None:
    found = CREDITED_DATELINE.match(opening)
    assert found is not None
    assert found.group("dash") == dash


@pytest.mark.parametrize(
    "opening",
    [
        "LONDON - The pound fell",  # no credit: may be a heading's dash
        "MUMBAI (Deccan Wire) - rain fell",  # the story does not open with a capital
    ],
)
def test_the_parser_stop_leaves_uncredited_or_lowercase_openings(opening: str) -> None:
    assert CREDITED_DATELINE.match(opening) is None
