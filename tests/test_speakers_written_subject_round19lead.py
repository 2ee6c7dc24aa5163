# ruff: noqa: E501 - a passage is one line, as pages deliver them
"""Words a thing bears, quoted right after the thing's noun as the subject of a verb
after the quote, are nobody's speech, even when the parser takes the noun for the
subject of a verb inside the quote (#21, round 19, lead): "The note ‘I am sorry for
everything’ was found in his car, Detective Sergeant X said" credited the detective.
Synthetic passages: invented people, written for these tests."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import build_brief


def _speakers(passage: str) -> dict[str, str]:
    brief = build_brief(clean_article(ArticleInput(text=f"Row at the paper\n\n{passage}")).text)
    return {q.text.rstrip(".,"): q.speaker for q in brief.quotes}


@pytest.mark.parametrize(
    ("passage", "words", "reporter"),
    [
        (
            'The note "I am sorry for everything" was found in his car, Detective Sergeant Alan Price said.',
            "I am sorry for everything",
            "Alan Price",
        ),
        (
            'The motto "Never give up" is painted above the door, head teacher Raj Patel said.',
            "Never give up",
            "Raj Patel",
        ),
        (
            "The headline 'Vicar quits over bingo row' ran on the front page in 1986, editor Mark Dunn said.",
            "Vicar quits over bingo row",
            "Mark Dunn",
        ),
        (
            'A sign reading "No entry after dark" was put up in May, resident Kay Moss said.',
            "No entry after dark",
            "Kay Moss",
        ),
    ],
)
def test_the_words_a_thing_bears_are_not_the_reporters(
    passage: str, words: str, reporter: str
) -> None:
    speakers = _speakers(passage)
    assert words in speakers
    assert speakers[words] != reporter


@pytest.mark.parametrize(
    ("passage", "words", "speaker"),
    [
        # the quote opens with the noun's own verb: the speaker's predicate of it
        (
            'The result "is a disaster for the party" is how one MP, Dan Cole, put it.',
            "is a disaster for the party",
            "Dan Cole",
        ),
        (
            'The club "has no plans to sell", chairman Ron Tate said.',
            "has no plans to sell",
            "Ron Tate",
        ),
        (
            'The decision "was the right one", chairman Tom Hale said.',
            "was the right one",
            "Tom Hale",
        ),
    ],
)
def test_a_predicate_quoted_after_its_subject_stays_the_speakers(
    passage: str, words: str, speaker: str
) -> None:
    assert _speakers(passage)[words] == speaker
