# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""A description the article gave no one ("the home manager", "the judge") refers back
to the one person the sentence before brought in with a title, unless that title puts
them on another side of the story: "Fullback Tom Ash was sent off. '…,' said the home
manager" is not Ash's, "Defendant Paul Rees was jailed. '…,' the judge said" not Rees's
(a wrong speaker is worse than none). Posts on one side still refer back ("Manager Ray
Dobbs ... the home manager", "captain Joe Mbeki ... the midfielder", "Prop Tom Hale ...
the forward"). Synthetic passages written for these tests (invented people and clubs):
football, rugby, courts, police, health, schools."""

from __future__ import annotations

import pytest
from briefsmith.core.names import on_other_sides
from briefsmith.engines.extractive import build_brief


def speaker(text: str, fragment: str) -> str:
    quotes = [q for q in build_brief(text).quotes if fragment in q.text]
    assert quotes, f"no quote holds {fragment!r}"
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Fullback Tom Ash was sent off after 20 minutes. 'We were second best all afternoon,' said the home manager.",
            "second best",
        ),
        (
            "Striker Jon Bell scored twice. 'It was a great team effort,' the manager said.",
            "great team effort",
        ),
        (
            "Defendant Paul Rees, 34, was jailed for four years. 'He showed no remorse,' the judge said.",
            "no remorse",
        ),
        (
            "Nurse Amy Cole treated the boy at the scene. 'She saved his life,' the paramedic said.",
            "saved his life",
        ),
        (
            "Midfielder Sam Lowe was booked. 'He was lucky to stay on,' the referee said.",
            "lucky to stay on",
        ),
        (
            "Teacher Helen Moss organised the trip. 'The children loved it,' the headteacher said.",
            "children loved it",
        ),
        (
            "Captain Joe Mbeki was sent off. 'We lost our heads,' the manager said.",
            "lost our heads",
        ),
        (
            "Detective Sergeant Ann Cole arrested the man. 'He was calm throughout,' the solicitor said.",
            "calm throughout",
        ),
    ],
)
def test_a_post_of_the_other_side_is_someone_else(text: str, fragment: str) -> None:
    assert speaker(text, fragment) == "unattributed"


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "Manager Ray Dobbs watched from the stand. 'We were second best all afternoon,' said the home manager.",
            "second best",
            "Ray Dobbs",
        ),
        (
            "Rovers were joined by captain Joe Mbeki in the second half. 'We fought hard,' the midfielder said.",
            "fought hard",
            "Joe Mbeki",
        ),
        (
            "Prop Tom Hale scored the winning try. 'It was a forward's try,' the forward said.",
            "forward's try",
            "Tom Hale",
        ),
        (
            "Judge Anne Kerr jailed Paul Rees for four years. 'He showed no remorse,' the judge said.",
            "no remorse",
            "Anne Kerr",
        ),
        (
            "Former adviser Paul Grant was less impressed. 'It will not work,' the economist said.",
            "will not work",
            "Paul Grant",
        ),
        (
            "Detective Sergeant Ann Cole arrested the man. 'He was calm throughout,' the officer said.",
            "calm throughout",
            "Ann Cole",
        ),
        (
            "Prosecutor Ann Lee opened the case. 'He lied to everyone,' the barrister said.",
            "lied to everyone",
            "Ann Lee",
        ),
    ],
)
def test_a_post_of_the_same_side_still_refers_back(text: str, fragment: str, expected: str) -> None:
    assert speaker(text, fragment) == expected


def test_the_sides_are_families_of_posts() -> None:
    assert on_other_sides({"fullback"}, {"manager"})
    assert on_other_sides({"defendant"}, {"judge"})
    assert not on_other_sides({"prop"}, {"forward"})
    assert not on_other_sides({"adviser"}, {"economist"})  # in no family
    assert not on_other_sides({"judge"}, {"striker"})  # families apart say nothing
