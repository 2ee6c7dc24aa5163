# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers, round 7b, on synthetic articles written for these tests (invented people,
theatres, councils and clubs): a "who" clause after a person's apposition that names
where they work ("Ann Lee, artistic director of the Tyne Rep, who said ...") stands for
the person, though the parser hangs it on the body; a body followed straight by "who
said" stays the speaker. Beats: culture, local government, ports, sport."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

CASES = [
    # Broadcaster culture: "director of the <body>, who said".
    (
        """Stage awards night

The judging panel was chaired by Marcus Feld, artistic director of the Tyne Rep, who said the standard of entries was "the highest in the awards' history".""",
        "Marcus Feld",
    ),
    # Local government: "at <Council>, who told reporters".
    (
        """Bridge closed for repairs

Repairs were ordered by Tom Wyatt, chief engineer at Kelso Council, who told reporters the bridge was 'no longer safe to cross'.""",
        "Tom Wyatt",
    ),
    # Trade ports: "head of policy at the <Board>".
    (
        """Port deal signed

The agreement was welcomed by Priya Raman, head of policy at the Harbour Board, who said it was "a turning point for the town".""",
        "Priya Raman",
    ),
    # Sport: a club straight before "who said" is itself the speaker.
    (
        """Club fined

The fine was confirmed by Dunmore Athletic, who said the penalty was "harsh but fair".""",
        "Dunmore Athletic",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_who_after_an_apposition_stands_for_the_person(text: str, speaker: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
