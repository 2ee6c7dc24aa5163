# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers found wrong in the round-17 probe, on synthetic passages written for these
tests (invented people, firms and places; no article from any eval split): words a device
puts out or takes down, a petition's words and a craft's transmission are not the words
of whoever reports them, even when they open in lower case. Beats: air accidents,
inquests, local news, science, racing, business."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _speakers_of(text: str, part: str) -> list[str]:
    """Who each listed quote holding `part` is credited to."""
    return [q.speaker for q in build_brief(text).quotes if part in q.text]


# --- a device's or a recorder's words, in lower case -----------------------------------


@pytest.mark.parametrize(
    ("article", "part", "reporter"),
    [
        (
            'Air accident\n\nThe cockpit voice recorder captured the words "pull up, pull up", investigator Ruth Lyle said.',
            "pull up, pull",
            "Ruth Lyle",
        ),
        (
            'Air accident\n\nThe flight data recorder showed the autopilot had been switched off, and the voice recorder captured "what is it doing now", chief inspector Amos Kirk said.',
            "what is it doing",
            "Amos Kirk",
        ),
        (
            'Inquest\n\nThe satnav kept repeating "turn left now" as the van went into the river, PC Dan Hollis told the inquest.',
            "turn left now",
            "Dan Hollis",
        ),
        (
            'Science\n\nThe probe\'s final transmission read "all systems nominal", mission scientist Priya Naidu said.',
            "all systems nominal",
            "Priya Naidu",
        ),
    ],
)
def test_a_devices_words_are_not_the_reporters(article, part, reporter):
    speakers = _speakers_of(article, part)
    assert speakers, f"no quote holding {part!r}"
    assert reporter not in speakers


# --- a petition's words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "part", "reporter"),
    [
        (
            'Local\n\nThe petition, which reads "Save our library from closure", has 3,000 signatures, organiser Tim Dwyer said.',
            "Save our library",
            "Tim Dwyer",
        ),
        (
            'Racing\n\nThe petition, which reads "Keep racing at Dunmere", was handed in on Monday, campaigner Ann Foy said.',
            "Keep racing at",
            "Ann Foy",
        ),
    ],
)
def test_a_petitions_words_are_not_the_organisers_report(article, part, reporter):
    speakers = _speakers_of(article, part)
    assert speakers, f"no quote holding {part!r}"
    assert reporter not in speakers


# --- a speech or naming verb earlier in the quote's clause, reported after -------------


@pytest.mark.parametrize(
    ("article", "part", "reporter"),
    [
        (
            'Local\n\nThe council\'s website says the tip is "open seven days a week", resident Joan Pyle said.',
            "open seven days",
            "Joan Pyle",
        ),
        (
            'Racing\n\nThe commentator called Red Ember "the horse of the season", trainer Nina Farr said proudly.',
            "horse of the season",
            "Nina Farr",
        ),
    ],
)
def test_words_an_earlier_verb_in_the_clause_frames_are_not_the_reporters(article, part, reporter):
    speakers = _speakers_of(article, part)
    assert speakers, f"no quote holding {part!r}"
    assert reporter not in speakers


# --- caught speaking, in the active ----------------------------------------------------


def test_words_a_recorder_caught_someone_saying_are_not_the_reporters():
    article = 'Air accident\n\nThe cockpit voice recorder captured the captain saying "we have a problem with the left engine", investigator Ruth Lyle said.'
    speakers = _speakers_of(article, "problem with the left")
    assert speakers, "no quote holding the captain's words"
    assert "Ruth Lyle" not in speakers


def test_the_one_a_camera_caught_speaking_is_credited():
    article = 'Crime\n\nCCTV filmed Gary Tate telling staff "open the safe or else", Det Sgt Amy Fell said.'
    assert _speakers_of(article, "open the safe") == ["Gary Tate"]


# --- "said the trainer" after "trained by X" -------------------------------------------


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Racing\n\nCopper Bell, trained by Declan Mullane, won by two lengths at Navan. "He was always travelling well," said the trainer.',
            "always travelling",
            "Declan Mullane",
        ),
        (
            'Racing\n\nThe winner is trained by Lisa Dunphy in Co Kildare. "She loves soft ground," said the trainer.',
            "loves soft ground",
            "Lisa Dunphy",
        ),
    ],
)
def test_the_agent_of_trained_by_is_the_trainer(article, part, speaker):
    assert _speakers_of(article, part) == [speaker]
