"""A body's name in apposition to a description set before it, with the body's own
article ("The rail regulator, the Office of Rail and Road, fined ..."), takes the
description as its role, as it does without the article ("The airline, Skyhaven,
said"). Synthetic sentences written for these tests (invented bodies and people), across
beats (transport, finance, labour, charity, business, courts)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "The rail regulator, the Office of Rail and Road, fined the operator £2m on Monday.",
            "Office of Rail and Road",
            "rail regulator",
        ),
        (
            "The city's watchdog, the Financial Conduct Authority, said it would act.",
            "Financial Conduct Authority",
            "watchdog",
        ),
        (
            "The country's biggest union, the GMB, said members would strike in May.",
            "GMB",
            "biggest union",
        ),
        (
            "The housing charity, the Halden Trust, said the figures were shocking.",
            "Halden Trust",
            "housing charity",
        ),
    ],
)
def test_a_body_named_with_its_article_after_its_description(
    sentence: str, name: str, role: str
) -> None:
    brief = build_brief(sentence + "\n\nA decision is expected next year.")
    [actor] = [a for a in brief.actors if a.name == name]
    assert actor.role is not None
    assert role in actor.role


def test_a_person_after_the_article_and_a_courtesy_title_keeps_the_description() -> None:
    brief = build_brief(
        "The winner, the Rev Alan Moss, said he was delighted.\n\nThe prize is £5,000."
    )
    [actor] = [a for a in brief.actors if a.name == "Alan Moss"]
    assert actor.role is not None and "winner" in actor.role
