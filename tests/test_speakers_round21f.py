# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers found wrong in the round-21 probe, on synthetic passages written for these
tests (invented people, campaigns, firms and places; no article from any eval split): a
body named after a person ("The Tilley campaign said", "The Mike Dorn campaign said", "the
Hartley group said" after "Sam Hartley") speaks as that body, not as the person it is
named after (a candidate's campaign is not the candidate: the reference of round 21f's
dev article credits "the Tilley campaign"), whether the recognizer read the name as a
person, a body or nothing; a writing read or quoted "from" that names another author
("Sen. X read from a letter by a widow: ‘…’", "read from a nurse's letter: ‘…’") holds the
words after the colon, not the reader (read from their own diary, they are theirs).
Beats: US, Canadian and Irish politics, business."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _speakers_of(text: str, part: str) -> list[str]:
    """Who each listed quote holding `part` is credited to."""
    return [q.speaker for q in build_brief(text).quotes if part in q.text]


@pytest.mark.parametrize(
    ("article", "part", "person", "body"),
    [
        (
            'Politics\n\nSen. Grant Tilley is running for governor. The Tilley campaign said the senator "has never taken orders from anyone."',
            "never taken orders",
            "Grant Tilley",
            "Tilley campaign",
        ),
        (
            'Politics\n\nSen. Grant Tilley is running for governor.\n\nThe Tilley campaign said in a statement that the senator "has never taken orders from anyone but Ohio voters."',
            "never taken orders",
            "Grant Tilley",
            "Tilley campaign",
        ),
        (
            'Politics\n\nSen. Grant Tilley spoke. The Tilley campaign said: "He will win."',
            "He will win",
            "Grant Tilley",
            "Tilley campaign",
        ),
        (
            'Politics\n\nThe Sarah Baptiste campaign said: "We raised more than any rival."',
            "raised more",
            "Sarah Baptiste",
            "Sarah Baptiste campaign",
        ),
        (
            'Canada\n\nThe Mike Dorn campaign said in a statement: "Ontario voters want change."',
            "want change",
            "Mike Dorn",
            "Mike Dorn campaign",
        ),
    ],
)
def test_a_body_named_after_a_person_speaks_as_the_body(article, part, person, body):
    speakers = _speakers_of(article, part)
    assert speakers, "the quote is listed"
    assert speakers[0] != person
    assert speakers == [body]


def test_the_person_still_speaks_in_their_own_words():
    article = 'Politics\n\nSen. Grant Tilley is running for governor. "I am ready," Tilley said. The Tilley campaign said: "He will win."'
    assert _speakers_of(article, "I am ready") in (["Grant Tilley"], ["Tilley"])
    assert _speakers_of(article, "He will win") == ["Tilley campaign"]


# --- another's writing read out after a colon -------------------------------------------


@pytest.mark.parametrize(
    ("article", "part", "reader"),
    [
        (
            'Politics\n\nSen. Delia Horvath read from a letter by a widow in Pell Creek: "My husband never came home."',
            "never came home",
            "Delia Horvath",
        ),
        (
            'Ireland\n\nThe Minister for Health, Aoife Brennan, read from a nurse\'s letter: "We are exhausted."',
            "exhausted",
            "Aoife Brennan",
        ),
        (
            'Canada\n\nPremier Doug Ferrier quoted from a letter from a nurse in Sudbury: "We are breaking."',
            "We are breaking",
            "Doug Ferrier",
        ),
    ],
)
def test_anothers_writing_read_out_is_not_the_readers(article, part, reader):
    speakers = _speakers_of(article, part)
    assert speakers, "the quote is listed"
    assert reader.split()[-1] not in speakers[0]


def test_the_readers_own_writing_stays_theirs():
    article = 'Politics\n\nSen. Hal Ruskin read from his own diary: "I was wrong about the war." He also read from a letter by a veteran: "I lost two friends."'
    assert _speakers_of(article, "wrong about the war") == ["Hal Ruskin"]
    assert _speakers_of(article, "lost two friends") != ["Hal Ruskin"]
