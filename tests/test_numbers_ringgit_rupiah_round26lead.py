"""Malaysian ringgit ("RM2.4bn", "RM50") and Indonesian rupiah ("Rp 15,000") written before
an amount are money in their currency, kept by the brief with their values; before, no
figure was read at all. Found by the lead on round 26's Malaysian copy. Synthetic
passages written for these tests."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


@pytest.mark.parametrize(
    ("paragraph", "text", "value", "unit"),
    [
        ("The government set aside RM2.4bn for flood defences.", "RM2.4bn", 2.4e9, "MYR"),
        ("Tickets for the ferry now cost RM50.", "RM50", 50, "MYR"),
        ("The regulator fined the telco RM2m for overcharging.", "RM2m", 2e6, "MYR"),
        ("Fuel will cost Rp 15,000 a litre from Monday.", "Rp 15,000", 15000, "IDR"),
    ],
)
def test_ringgit_and_rupiah_are_money(paragraph, text, value, unit):
    figures = build_brief(f"Headline\n\n{paragraph}").figures
    assert [(f.text, f.value, f.unit) for f in figures] == [(text, value, unit)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a code with a letter glued after the digits is no sum
        "The meeting was held in room RM2B on Monday.",
        # UK postcodes whose area letters spell the ringgit's (Romford)
        "Police were called to Rainham Road, Romford RM7 0AG, on Friday.",
        "The depot at Hornchurch, RM11 1AS, will close in May.",
    ],
)
def test_codes_and_postcodes_with_those_letters_are_no_sum(paragraph):
    assert build_brief(f"Headline\n\n{paragraph}").figures == []
