# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""A full stop after a sum or a measure written with a unit letter ("£24m.", "40t.") ends
the sentence: spaCy's tokenizer peels the letter off the number and then reads "m." as
an abbreviation (like an initial), so the next sentence's speaker was hung on the price
and lost. Synthetic paragraphs written for these tests (invented people and firms):
sport, arts, business, farming."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief
from briefsmith.engines.linguistic import get_linguist


def test_the_parse_ends_a_sentence_after_a_unit_letter() -> None:
    doc = get_linguist().nlp("The club paid £24m. Manager Tom Reed said the fee was fair.")
    assert [s.text for s in doc.sents] == [
        "The club paid £24m.",
        "Manager Tom Reed said the fee was fair.",
    ]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "A portrait was sold for £1.2m. Mark Lane, the auctioneer, said the buyer was American.",
            "Mark Lane",
            "the auctioneer",
        ),
        (
            "Profits rose to $3.4m. Chief executive Ana Costa said demand was strong.",
            "Ana Costa",
            "Chief executive",
        ),
        (
            "The farm lost 40t of barley to the flood and sold the rest for £2m. Farmer Huw Pryce said it was the worst year he had known.",
            "Huw Pryce",
            "Farmer",
        ),
    ],
)
def test_the_speaker_after_a_sum_is_found(text: str, person: str, role: str) -> None:
    actors = {a.name: a for a in build_brief(text).actors}
    assert person in actors
    assert actors[person].role == role


def test_an_initial_still_opens_a_name() -> None:
    text = "The appeal was heard by Judge Ann M. Okafor, who said the law was clear."
    names = [a.name for a in build_brief(text).actors]
    assert any("Okafor" in name for name in names)
