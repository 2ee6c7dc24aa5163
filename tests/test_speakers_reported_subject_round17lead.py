# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Someone spoken of in what another reports is not who speaks next, round 17 (the lead),
on synthetic passages written for these tests (invented people, clubs and a bank). "A
spokeswoman for the club said the coach was unwell. ‘…,’ she said" went to the coach named
before: the walk back from "she" took "the coach", the subject of the reported clause, for
the nearest unnamed subject. A subject a speech verb reports is now passed over, as named
ones already were, so the words go to the one who reported them, or to nobody when that
one is unnamed (a wrong speaker is worse than none). Found by round 17d's dev article.
Beats: markets, sport, local politics, courts."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            'Governor Tiziana Marchetti will speak on Wednesday.\n\nA spokeswoman for the bank said the governor would not comment before the decision. "The governing council\'s deliberations are confidential until the announcement," she said.',
            "Tiziana Marchetti",
        ),
        (
            'Coach Maria Lind left the ground early.\n\nA spokeswoman for the club said the coach was unwell. "She will be back in training on Monday," she said.',
            "Maria Lind",
        ),
        (
            'Captain Joe Mbeki was injured in the first half.\n\nThe club doctor said the captain had a torn hamstring. "He will miss at least six weeks," he said.',
            "Joe Mbeki",
        ),
        (
            'The chairman, Tom Bell, resigned on Monday.\n\nA friend said the chairman had been exhausted for months. "He gave everything to the club," she said.',
            "Tom Bell",
        ),
    ],
)
def test_the_one_spoken_of_is_not_the_speaker(text: str, wrong: str) -> None:
    [quote] = build_brief(text).quotes
    assert quote.speaker != wrong


def test_an_unnamed_reporter_keeps_their_own_words() -> None:
    text = 'The chairman, Tom Bell, resigned on Monday.\n\nA friend said the chairman had been exhausted for months. "He gave everything to the club," she said.'
    [quote] = build_brief(text).quotes
    assert quote.speaker == "A friend"


def test_the_one_who_spoke_before_still_speaks_on() -> None:
    text = 'Judge Ann Cole sentenced him on Friday.\n\n"You showed no remorse," the judge said. "You will serve at least 12 years," she said.'
    assert [q.speaker for q in build_brief(text).quotes] == ["Ann Cole", "Ann Cole"]
