"""Double-barrelled surnames ("Vasquez-Lowe", "Okonjo-Hale") are one surname: the
same-person test reads the hyphenated word whole, and a name the recognizer cuts at the
hyphen ("Shirin Vasquez" + "-Lowe") is the whole name, so the person's quotes are not
credited to a shorter name nobody in the article carries.

The articles are synthetic, written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest
from briefsmith.core.names import same_person
from briefsmith.engines.extractive import build_brief


@pytest.mark.parametrize(
    ("full", "short", "same"),
    [
        ("Ifeoma Adeyemi-Clarke", "Adeyemi-Clarke", True),
        ("Ifeoma Adeyemi-Clarke", "Ms Adeyemi-Clarke", True),
        ("Jean-Paul Morel", "Morel", True),
        ("Ifeoma Adeyemi-Clarke", "Mr Adeyemi-Clarke", False),
        ("Ifeoma Adeyemi-Clarke", "Ifeoma Adeyemi", False),
    ],
)
def test_a_hyphenated_surname_is_one_word(full, short, same):
    assert same_person(full, short) is same


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Night shifts raise the risk only a little, according to the study. "The '
            'pattern was consistent," said the lead author, Dr Shirin Vasquez-Lowe, an '
            "epidemiologist at the university.",
            "Shirin Vasquez-Lowe",
        ),
        (
            'The council will review the scheme. "We got this wrong," said Councillor '
            "Bethan Rhys-Morgan, the cabinet member for transport.",
            "Bethan Rhys-Morgan",
        ),
        (
            'Winger Tomasz Nowak-Bell scored twice in the second half. "I just hit it and '
            'hoped," Nowak-Bell said.',
            "Tomasz Nowak-Bell",
        ),
    ],
)
def test_a_name_cut_at_its_hyphen_is_credited_whole(text, speaker):
    brief = build_brief(text)
    assert [q.speaker for q in brief.quotes] == [speaker]
    people = {a.name for a in brief.actors if a.kind == "person"}
    assert speaker in people
    assert not any(speaker.startswith(f"{n}") and n != speaker for n in people)
