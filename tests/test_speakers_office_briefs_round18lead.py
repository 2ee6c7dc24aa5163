# ruff: noqa: E501 - a passage is one line, as pages deliver them
"""An office named by a brief listed with "and", written before the name (#21, round 18,
lead): the speaker is the person, the office their role, whatever the recognizer made
of the words (a body "Sport and Recreation Kwabena Asante", a person "Social Care Wes
Streeting", a compound body "Cabinet" before the title). Synthetic passages: invented
ministers, commissioners and firms, written for these tests."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput, Brief
from briefsmith.engines.extractive import build_brief

QUOTE = "We will look at every option."


def _brief(passage: str) -> Brief:
    """The brief of a page with a headline and one paragraph, cleaned as every surface
    cleans it."""
    return build_brief(clean_article(ArticleInput(text=f"Talks go on\n\n{passage}")).text)


@pytest.mark.parametrize(
    ("passage", "speaker", "role"),
    [
        # a last item of two words, then a given name no list holds
        (
            f'Minister for Housing, Water and Local Government Rhona Callister said: "{QUOTE}"',
            "Rhona Callister",
            "Minister for Housing, Water and Local Government",
        ),
        (
            f'Secretary of State for Health and Social Care Wes Tallent said: "{QUOTE}"',
            "Wes Tallent",
            "Secretary of State for Health and Social Care",
        ),
        # the parser hangs the name on the list's last item
        (
            f'Minister for Culture, Media and Sport Lorna Baxendale said: "{QUOTE}"',
            "Lorna Baxendale",
            "Minister for Culture, Media and Sport",
        ),
        # a body the recognizer reads before the title
        (
            f'Cabinet Secretary for Education, Skills and Training Ezekiel Machora said: "{QUOTE}"',
            "Ezekiel Machora",
            "Cabinet Secretary for Education, Skills and Training",
        ),
    ],
)
def test_the_office_holder_speaks_with_the_office_as_role(
    passage: str, speaker: str, role: str
) -> None:
    brief = _brief(passage)
    assert [q.speaker for q in brief.quotes] == [speaker]
    actors = {a.name: a for a in brief.actors}
    assert actors[speaker].role == role
    assert not [a.name for a in brief.actors if a.name != speaker]


def test_said_before_the_office_and_its_listed_brief() -> None:
    for office in ("Minister for Sport and Recreation", "Minister for Culture, Media and Sport"):
        brief = _brief(f'"{QUOTE[:-1]}," said {office} Kwabena Osei.')
        assert [q.speaker for q in brief.quotes] == ["Kwabena Osei"], office
        assert [(a.name, a.kind, a.role) for a in brief.actors] == [
            ("Kwabena Osei", "person", office)
        ]


@pytest.mark.parametrize(
    ("passage", "nobody"),
    [
        # an office with no name after it names nobody
        (
            f'The Minister for Agriculture, Fisheries and Forestry said the talks would go on. "{QUOTE}"',
            {"Fisheries and Forestry", "Agriculture Fisheries", "Forestry"},
        ),
        # a lawyer "for" two people is neither of them
        (f'The lawyer for Ann Pike and Tom Bell said: "{QUOTE}"', {"Ann Pike", "Tom Bell"}),
    ],
)
def test_no_person_is_made_of_a_brief_or_of_whom_an_office_serves(
    passage: str, nobody: set[str]
) -> None:
    brief = _brief(passage)
    [quote] = brief.quotes
    assert quote.speaker not in nobody
    # (no actor is made of the brief's words)
    assert not [a.name for a in brief.actors if a.name.startswith(("Fisheries", "Forestry"))]
