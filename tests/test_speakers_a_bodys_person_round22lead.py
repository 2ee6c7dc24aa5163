# ruff: noqa: E501 - each passage is one line, as pages deliver them
"""A person of a body is never the body (round 22, lead): "the Chelsea boss said", "the
Kestrel Bank founder said" name one person of the body, so the words go to the one the
article gave that post, or to nobody, never to the club or the bank (the sweep of round
22 found "the Chelsea boss said" credited to the club: a wrong speaker). A spokesperson
still speaks for the body, and "the bank said" is still the bank. Synthetic passages:
invented people, clubs and firms (a real club's name only as a kind of name)."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import build_brief


def _speaker(passage: str, words: str) -> str:
    brief = build_brief(clean_article(ArticleInput(text=passage)).text)
    speakers = {q.text.rstrip(",."): q.speaker for q in brief.quotes}
    return speakers[words]


@pytest.mark.parametrize(
    "passage",
    [
        'Chelsea beat Arsenal 2-1 on Saturday.\n\n"We were brilliant today," the Chelsea boss said.',
        'Kestrel Bank cut its rates on Monday.\n\n"We were brilliant today," the Kestrel Bank boss said.',
        'Harbourne Rovers were relegated on Saturday.\n\n"We were brilliant today," the Rovers founder said.',
    ],
)
def test_a_bodys_unnamed_boss_is_not_the_body(passage: str) -> None:
    assert _speaker(passage, "We were brilliant today") == "unattributed"


def test_the_boss_named_before_is_credited() -> None:
    passage = (
        "Harbourne Rovers boss Dara Quill praised her side after they beat Westmoor 2-1.\n\n"
        '"We were brilliant today," the Rovers boss said.'
    )
    assert _speaker(passage, "We were brilliant today") == "Dara Quill"


@pytest.mark.parametrize(
    ("passage", "body"),
    [
        (
            'Kestrel Bank cut its rates on Monday.\n\n"Savers will benefit," a Kestrel Bank spokesman said.',
            "Kestrel Bank",
        ),
        (
            'Kestrel Bank cut its rates on Monday.\n\n"Savers will benefit," the bank said.',
            "Kestrel Bank",
        ),
    ],
)
def test_a_spokesman_or_the_body_noun_still_speaks_for_the_body(passage: str, body: str) -> None:
    assert _speaker(passage, "Savers will benefit") == body
