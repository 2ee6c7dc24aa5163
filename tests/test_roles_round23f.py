# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 23, on synthetic passages written for these tests (invented
finance chiefs, public defenders, district collectors, coaches, paramedics, strikers and
businessmen; firms, clubs and places of no consequence). A firm's or an office's
capitalized words, a capitalized office noun and then a given name and a surname
("Brightline CFO Ann Wu", "Public Defender Carla Mendes", "Marlow Cement MD Sunil
Chatterjee") name the person by the last two words, the rest being the role. The post
after "as" on "takes charge" or "worked" ("takes charge as head coach", "worked as a
postman") is the role. "The striker, 24, joined from Rovers" after a sentence that
names one person gives that person the role, as "The 24-year-old striker" does, but a
noun of another party to the story ("The victim, 31,") does not (checked by the probe;
it held before the change too). Beats: business (US,
Indian, Nigerian), US courts and local government, Indian district administration, sport
(UK, Irish), courts (Ghanaian, Kenyan)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees

H = "Headline here\n\n"


def actor(text: str, name: str):  # type: ignore[no-untyped-def]
    actors = build_brief(H + text).actors
    found = [a for a in actors if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Brightline CFO Ann Wu said the quarter had been difficult.", "Ann Wu", "Brightline CFO"),
        (
            "Marlow Cement MD Sunil Chatterjee said prices would rise next month.",
            "Sunil Chatterjee",
            "Marlow Cement MD",
        ),
        (
            "Public Defender Carla Mendes said her client would plead not guilty.",
            "Carla Mendes",
            "Public Defender",
        ),
        (
            "District Collector Anand Varma ordered the schools closed.",
            "Anand Varma",
            "District Collector",
        ),
    ],
)
def test_an_office_noun_inside_a_capitalized_run_ends_the_role(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Helen Moyo takes charge as head coach of the Wildcats next season.",
            "Helen Moyo",
            "head coach of the Wildcats",
        ),
        (
            "Amaka Eze took charge as interim chief executive in March.",
            "Amaka Eze",
            "interim chief executive",
        ),
        (
            "Gareth Lloyd worked as a postman before he entered politics.",
            "Gareth Lloyd",
            "a postman",
        ),
        (
            "Joel Brandt has worked as a nurse at the hospital since 2004.",
            "Joel Brandt",
            "a nurse",
        ),
    ],
)
def test_the_post_after_as_on_taking_charge_or_working(text: str, name: str, role: str) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Tom Ashby scored twice in the second half. The striker, 24, joined from Rovers in the summer.",
            "Tom Ashby",
            "The striker",
        ),
        (
            "Kofi Boateng appeared in court on Monday. The businessman, 45, denies fraud.",
            "Kofi Boateng",
            "The businessman",
        ),
        (
            "Chloe Marsh was stopped at the border. The activist, 31, had been warned before.",
            "Chloe Marsh",
            "The activist",
        ),
    ],
)
def test_a_noun_with_the_age_between_commas_next_sentence_is_the_role(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "City Councilmember Maria Reyes said she had asked for a delay.",
            "Maria Reyes",
            "City Councilmember",
        ),
        (
            "Ruth Adeyemi takes charge as the new Chief Judge of the state on Monday.",
            "Ruth Adeyemi",
            "Chief Judge of the state",
        ),
    ],
)
def test_a_title_inside_the_run_and_a_capitalized_post_after_as(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


def test_a_health_systems_name_opened_by_a_title_word_is_a_body() -> None:
    actors = build_brief(H + "Cardinal Ridge Health will close the clinic, the firm said.").actors
    assert [a.kind for a in actors if a.name == "Cardinal Ridge Health"] == ["organization"], [
        (a.name, a.kind) for a in actors
    ]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            'Prince Hill Logistics will cut 300 jobs, the firm said on Monday.\n\n"We have no choice," Prince Hill said in a statement.',
            "Prince Hill Logistics",
        ),
        (
            'Bishop Lane Health will close the clinic.\n\nIn a statement, Bishop Lane said the decision was "final".',
            "Bishop Lane Health",
        ),
    ],
)
def test_a_title_word_opening_a_body_named_before_is_the_body_not_a_titled_person(
    text: str, body: str
) -> None:
    brief = build_brief(H + text)
    assert [a.kind for a in brief.actors] == ["organization"], [
        (a.name, a.kind) for a in brief.actors
    ]
    assert [q.speaker for q in brief.quotes] == [body]
