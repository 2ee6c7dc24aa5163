# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers found wrong in the round-19 probe, on synthetic passages written for these
tests (invented people, bodies and places; no article from any eval split): a post the
recognizer took for a body, with the holder named in apposition ("The Police Public
Relations Officer, DSP Ramesh Kumar, said that '…'"), credits the person, not the post,
and a rank in capitals before the name ("DSP") is no word of it; a spokesperson for a
body described by a common noun with its name in apposition ("a spokesperson for the UN
refugee agency, UNHCR,") speaks for that body. Beats: Indian and
Pakistani police, British local government, sport, business, migration at sea."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _speakers_of(text: str, part: str) -> list[str]:
    """Who each listed quote holding `part` is credited to."""
    return [q.speaker for q in build_brief(text).quotes if part in q.text]


# --- a post with its holder in apposition ----------------------------------------------


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Crime\n\nThe Police Public Relations Officer, DSP Ramesh Kumar, said that "the accused will be produced in court on Monday".',
            "accused will be produced",
            "Ramesh Kumar",
        ),
        (
            'Crime\n\nThe Public Relations Officer, DSP Ramesh Kumar, said that "the accused will be produced in court on Monday".',
            "accused will be produced",
            "Ramesh Kumar",
        ),
    ],
)
def test_a_post_taken_for_a_body_credits_the_person_apposed_to_it(article, part, speaker):
    assert _speakers_of(article, part) == [speaker]


def test_the_post_phrase_itself_is_never_the_speaker():
    article = 'Crime\n\nThe Police Public Relations Officer, DSP Ramesh Kumar, said that "the accused will be produced in court on Monday".'
    speakers = _speakers_of(article, "accused will be produced")
    assert speakers, "the quote is listed"
    assert "Officer" not in speakers[0]
    assert not speakers[0].startswith("DSP")


# --- a spokesperson for a body named in apposition to its description -------------------


@pytest.mark.parametrize(
    ("article", "part", "speaker"),
    [
        (
            'Migration\n\nA spokesperson for the UN refugee agency, UNHCR, said the camps were full.\n\n"These deaths are preventable," the spokesperson said.',
            "deaths are preventable",
            "UNHCR",
        ),
        (
            'Migration\n\nA spokesperson for the UN refugee agency, UNHCR, said: "These deaths are preventable."',
            "deaths are preventable",
            "UNHCR",
        ),
        (
            'Business\n\nA spokesman for the regulator, Ofgem, said: "Customers will see the change in April."',
            "Customers will see",
            "Ofgem",
        ),
    ],
)
def test_a_spokesperson_for_a_described_body_speaks_for_the_body_apposed(article, part, speaker):
    assert _speakers_of(article, part) == [speaker]
