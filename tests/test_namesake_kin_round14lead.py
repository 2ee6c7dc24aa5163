"""Kin who share a surname with the person a story is about stay apart: "Singer Tia
Mbeki has died ... Her sister, Noma Mbeki, said" lists both, and the sister's words are
hers. Before, the bare surname of one, read where the other's given name stood before
it, made the sister's name grow into the singer's. A description noun before a given
name and a surname ("Singer Tia Mbeki", "Novelist Agnes Holloway") marks a person.

The articles are synthetic, written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


@pytest.mark.parametrize(
    ("text", "subject", "kin", "words"),
    [
        (
            'Singer Tia Mbeki has died aged 71. Her sister, Noma Mbeki, said: "She sang '
            'until the very end." Mbeki recorded 14 albums.',
            "Tia Mbeki",
            "Noma Mbeki",
            "sang until the very end",
        ),
        (
            "Novelist Agnes Holloway has died at her home in Cornwall. Her son, Piers "
            'Holloway, said: "She wrote every morning until last week."',
            "Agnes Holloway",
            "Piers Holloway",
            "wrote every morning",
        ),
        (
            "Drummer Kwame Asante-Boateng has died aged 58. His brother, Kofi "
            'Asante-Boateng, said: "He kept time for all of us."',
            "Kwame Asante-Boateng",
            "Kofi Asante-Boateng",
            "kept time",
        ),
    ],
)
def test_kin_named_after_the_subject_keep_their_own_names_and_words(text, subject, kin, words):
    brief = build_brief(text)
    people = {a.name for a in brief.actors if a.kind == "person"}
    assert kin in people
    assert subject in people
    [quote] = [q for q in brief.quotes if words in q.text]
    assert quote.speaker == kin
