# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Outlook, round 7b, on synthetic articles written for these tests (invented firms,
gangs, agents and ministers): the tail cut from an outlook sentence ("... said wages
would be paid by Friday and blamed a delay") never takes away the step ahead itself:
a second act that threatens, vows or promises to do something ("claimed the attack and
threatened to publish the data unless it was paid") stays, so the outlook is never left
holding only what already happened. Beats: tech wire, sport, politics."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

BASE = """Retailer hit by data breach

LONDON (Reuters) - Hartwell Homes said on Wednesday that hackers had stolen the names and addresses of 1.2 million customers.

The company discovered the breach on Monday after staff noticed unusual traffic on its servers.

{sentence}
"""


@pytest.mark.parametrize(
    ("sentence", "step"),
    [
        (
            "A criminal gang calling itself Blackmoth claimed responsibility on its website on Tuesday and threatened to publish the data unless it was paid.",
            "threatened to publish the data",
        ),
        (
            "The striker's agent confirmed the bid on Friday and vowed to take the case to a tribunal.",
            "vowed to take the case to a tribunal",
        ),
    ],
)
def test_a_threat_or_vow_after_a_past_act_stays_in_the_outlook(sentence: str, step: str) -> None:
    assert step in build_brief(BASE.format(sentence=sentence)).outlook


def test_a_past_act_after_the_step_is_still_cut() -> None:
    sentence = (
        "The minister said the wages would be paid by Friday and blamed a delay in a bank transfer."
    )
    outlook = build_brief(BASE.format(sentence=sentence)).outlook
    assert "wages would be paid by Friday" in outlook
    assert "blamed" not in outlook
