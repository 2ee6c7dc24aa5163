# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""A body that speaks "through its spokesman, X" (round 25): X speaks, whatever the
recognizer made of the name. Round 25's helper fixed the name the recognizer calls a
body ("SP Bala Musa"); the lead's sweep found the same class left whole where the
recognizer tags the name as nothing ("Inspector Emeka Obi", "Mrs Ifeoma Okafor") or
the parser makes it a second object of "through": the body was credited with its
spokesman's words. Synthetic passages (invented commands, agencies, firms and people;
Nigerian, Irish, British and Australian copy); a "through its website" and a person's
aide stay as they were."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _speaker_of(text: str, part: str) -> str:
    [speaker] = [q.speaker for q in build_brief(text).quotes if part in q.text]
    return speaker


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Two men were held after a fire at a ferry office in Carrowmore on Monday.\n\nThe Western Police Command, through its spokesman, Inspector Emeka Obi, said: "Two men have been arrested over the fire at the ticket office."',
            "Two men have been arrested",
            "Emeka Obi",
        ),
        (
            'Two men were held after a fire at a ferry office in Carrowmore on Monday.\n\nThe Western Police Command, through its spokesman, Emeka Obi, said: "Two men have been arrested over the fire at the ticket office."',
            "Two men have been arrested",
            "Emeka Obi",
        ),
        (
            'Flooding closed roads across the state on Sunday.\n\nThe Delta State Emergency Management Agency, through its spokesperson, Mrs Ifeoma Okafor, said: "Six communities have been cut off."',
            "Six communities",
            "Ifeoma Okafor",
        ),
        (
            'Fares will rise from May.\n\nHarbour Rail, through its chief executive, Dr Alan Pryce, said: "We had no choice."',
            "no choice",
            "Alan Pryce",
        ),
    ],
)
def test_the_one_the_body_speaks_through_speaks(article: str, part: str, speaker: str) -> None:
    assert _speaker_of(article, part) == speaker


def test_a_body_speaking_through_a_thing_still_speaks() -> None:
    text = (
        'Fares will rise from May.\n\nHarbour Rail, through its website, said: "We had no choice."'
    )
    assert _speaker_of(text, "no choice") == "Harbour Rail"
