# ruff: noqa: E501 - a passage is one line, as pages deliver them
"""Words a quote is given as someone else's ("her daughter's last words were: ‘…’") are
that person's, never the reporter's (#21, round 19, lead): "Her mother, X, said her
daughter's last words were: ‘…’" credited the mother, "The manager said Cole's first
words were: ‘…’" the manager. Synthetic passages: invented people, written for these
tests."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import build_brief


def _speakers(passage: str) -> list[str]:
    brief = build_brief(clean_article(ArticleInput(text=f"Tragedy at the bend\n\n{passage}")).text)
    return [q.speaker for q in brief.quotes]


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        # described only: nobody named
        (
            'Amy Lowe, 19, died in hospital. Her mother, Jean Lowe, said her daughter\'s last words were: "Tell Dad I love him."',
            "unattributed",
        ),
        (
            'Investigator Sue Hart said the pilot\'s final message was: "We have lost both engines."',
            "unattributed",
        ),
        # a pronoun whose words were the last they said
        (
            'The pilot, Capt Ray Dunn, died in the crash. Investigator Sue Hart said his final words were "We are going down".',
            "unattributed",
        ),
        # named: the owner
        (
            'The striker, Leon Cole, was sent off. His manager, Ian Reed, said Cole\'s first words were: "I never touched him."',
            "Leon Cole",
        ),
    ],
)
def test_the_words_are_their_owners(passage: str, speaker: str) -> None:
    assert _speakers(passage) == [speaker]


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        # a body's response is voiced by whoever speaks for it
        (
            'The club\'s response was: "We will study the ruling," chairman Ron Tate said.',
            "Ron Tate",
        ),
        # the speaker's own message
        ('His message was simple: "Vote for change," Tom Hale said.', "Tom Hale"),
    ],
)
def test_a_speakers_own_or_bodys_words_stay_the_speakers(passage: str, speaker: str) -> None:
    assert _speakers(passage) == [speaker]
