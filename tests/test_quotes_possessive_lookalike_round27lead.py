"""A straight single mark after a word ending in "s" reads as a plural possessive
("the players' union") and is skipped while a quote looks for its closer. When a quote
in the same marks opens before any other closer, that mark closed the quote: "the town
'desperately needs' more homes. But X said residents felt 'completely ignored'" ran on
into the next sentence, swallowing its speaker. And a phrase holding the quote itself
never says it ("Fans of the Wolves' 'famous old ground' say ..."). Round 27, lead;
synthetic passages written for these tests (invented people and places)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in build_brief(f"Headline\n\n{text}").quotes]


@pytest.mark.parametrize(
    ("paragraph", "first", "second", "speaker"),
    [
        (
            "Cllr Emma Hoddle said the town 'desperately needs' more affordable homes. But"
            " parish councillor Dave Morrow said residents felt 'completely and utterly"
            " ignored'.",
            "desperately needs",
            "completely and utterly ignored",
            "Dave Morrow",
        ),
        (
            "The coach said the side 'still believes' it can stay up. Captain Rhys Oduya"
            " said the squad was 'hurting but not beaten yet'.",
            "still believes",
            "hurting but not beaten yet",
            "Rhys Oduya",
        ),
        (
            "Ministers insist the scheme 'works' for farmers. The union's Aoife Brennan"
            " said it had 'left many families far worse off'.",
            "works",
            "left many families far worse off",
            "Aoife Brennan",
        ),
    ],
)
def test_a_quote_opening_after_a_possessive_lookalike_closes_the_one_before(
    paragraph, first, second, speaker
):
    quotes = _quotes(paragraph)
    assert (second, speaker) in quotes, quotes
    assert not any(first in text and second in text for text, _ in quotes), quotes


@pytest.mark.parametrize(
    ("paragraph", "quote"),
    [
        # real plural possessives inside a quote stay inside it
        (
            "'The players' union will fight this all the way,' said Tom Reddan, the club captain.",
            "The players' union will fight this all the way",
        ),
        (
            "'Our members' pay has fallen for ten years,' the union's general secretary,"
            " Ann Molloy, said.",
            "Our members' pay has fallen for ten years",
        ),
    ],
)
def test_a_plural_possessive_inside_a_quote_stays_inside(paragraph, quote):
    assert quote in [text for text, _ in _quotes(paragraph)], _quotes(paragraph)


def test_a_phrase_holding_the_quote_does_not_say_it():
    quotes = _quotes("Fans of the Wolves' 'famous old ground' say it must stay, Tom Bell said.")
    assert quotes, quotes
    assert all("famous old ground" not in speaker for _, speaker in quotes), quotes
