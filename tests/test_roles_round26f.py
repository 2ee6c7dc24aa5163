# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 26, on synthetic passages written for these tests (invented
ministers, speakers, officials, officers and academics; constituencies, councils and
bodies of no consequence). A name written family name first after an office named by
its brief, with no later "Mr Seah" to show where it starts ("Speaker of Parliament Seah
Kian Peng", "Second Minister for Finance Tay Mei Ying") keeps its family name, not the
office; an office one word long the recognizer reads as a first name ("Reeve Brenda
Kowalski", "Tahsildar Suresh Nair") is the role, not a word of the name; a rank's
holder described by a pastime ("Sgt Paul Rowe, an avid reader,") keeps the rank alone; a
college's officer heard from ("Chidi Okafor, registrar of the polytechnic,") is kept, and
a later "Dean Pritchard" the rules took for a body is the dean named in full before.
Beats: Singapore and Malaysian parliaments, Canadian and Indian local government,
police and emergency services."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees

H = "Headline here\n\n"


def actors(text: str):  # type: ignore[no-untyped-def]
    return build_brief(H + text).actors


def actor(text: str, name: str):  # type: ignore[no-untyped-def]
    found = [a for a in actors(text) if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in actors(text)]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            'Speaker of Parliament Seah Kian Peng said the sitting would resume on Monday. "We will sit late," he said.',
            "Seah Kian Peng",
            "Speaker of Parliament",
        ),
        (
            "Minister of State for Manpower Goh Hui Lin said foreign worker levies would stay.",
            "Goh Hui Lin",
            "Minister of State for Manpower",
        ),
        (
            "Second Minister for Finance Tay Mei Ying said the surplus would be returned to households.",
            "Tay Mei Ying",
            "Second Minister for Finance",
        ),
        (
            "Minister for Transport Chua Boon Keat told the House the new line would open in 2029.",
            "Chua Boon Keat",
            "Minister for Transport",
        ),
        (
            "Minister of Housing and Local Government Ong Siew Fong said 12,000 homes would be built in Penang.",
            "Ong Siew Fong",
            "Minister of Housing and Local Government",
        ),
    ],
)
def test_a_family_name_first_after_an_office_s_brief_is_the_name(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found
    assert not (found or "").endswith(name.split()[0]), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # (negatives: a brief of two words before a two-word name, and a known given name)
        (
            "Minister for Road Transport Arvind Rao said the toll would go.",
            "Arvind Rao",
            "Minister for Road Transport",
        ),
        (
            "Minister for Local Government Rhona Callister said councils would get more.",
            "Rhona Callister",
            "Minister for Local Government",
        ),
        (
            "Minister for Health Ann Lee said waiting lists were falling.",
            "Ann Lee",
            "Minister for Health",
        ),
    ],
)
def test_a_two_word_brief_before_a_two_word_name_stays(text: str, name: str, role: str) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Reeve Brenda Kowalski said the township would appeal the ruling.",
            "Brenda Kowalski",
            "Reeve",
        ),
        (
            "Tahsildar Suresh Nair said compensation would be paid within a month.",
            "Suresh Nair",
            "Tahsildar",
        ),
        (
            "Deputy Reeve Gord Halloran said the gravel roads would be graded in spring.",
            "Gord Halloran",
            "Deputy Reeve",
        ),
        (
            "Sarpanch Lakshmi Devi said the village had no water for a week.",
            "Lakshmi Devi",
            "Sarpanch",
        ),
    ],
)
def test_a_one_word_local_office_before_a_name_is_the_role(text: str, name: str, role: str) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    "text",
    [
        # (negatives: the word as a surname)
        "Christopher Reeve said the film had changed his life.",
        "The actor, Sam Reeve, said he would return next year.",
    ],
)
def test_reeve_as_a_surname_stays_in_the_name(text: str) -> None:
    names = [a.name for a in actors(text)]
    assert any(n.endswith("Reeve") for n in names), names


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            'Sgt Paul Rowe, an avid reader, set up the station library. "Books help," he said.',
            "Paul Rowe",
            "Sgt",
        ),
        ("Capt Mark Ellis, a keen sailor, led the rescue off Howth.", "Mark Ellis", "Capt"),
        (
            "Sergeant Kofi Mensah, a keen runner, chased the thief for a mile through Tema.",
            "Kofi Mensah",
            "Sergeant",
        ),
        (
            "Firefighter Dean Walsh, a lifelong Rovers fan, carried the boy out.",
            "Dean Walsh",
            "Firefighter",
        ),
    ],
)
def test_a_rank_s_holder_described_by_a_pastime_keeps_the_rank(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role or ""
    assert role_agrees(found, role), found
    assert not any(w in found for w in ("avid", "keen", "fan", "lifelong")), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # (negatives: a calling after the rank is kept)
        (
            "Sgt Paul Rowe, a dog handler with the force, found the bag.",
            "Paul Rowe",
            "dog handler",
        ),
    ],
)
def test_a_calling_after_the_rank_stays(text: str, name: str, role: str) -> None:
    found = actor(text, name).role or ""
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "role", "alias"),
    [
        (
            "The panel heard evidence from Ann Pritchard, dean of the law faculty at Wendle University, who warned that fees would rise. Dean Pritchard said students would pay more.",
            "Ann Pritchard",
            "dean of the law faculty",
            "Dean Pritchard",
        ),
        (
            "Lawmakers heard from Chidi Okafor, registrar of the state polytechnic, who said records had been lost in the fire.",
            "Chidi Okafor",
            "registrar of the state polytechnic",
            None,
        ),
        (
            "MPs heard from Priya Nair, provost of Eastfield College, who said places would be cut. Provost Nair said the college had no choice.",
            "Priya Nair",
            "provost of Eastfield College",
            None,
        ),
    ],
)
def test_a_college_officer_heard_from_is_kept_and_a_later_dean_x_is_the_same_person(
    text: str, name: str, role: str, alias: str | None
) -> None:
    found = actor(text, name)
    assert role_agrees(found.role, role), found.role
    if alias is not None:
        assert alias in found.aliases, found.aliases
    others = [a.name for a in actors(text) if a.name != name]
    assert not any(n.split()[-1] == name.split()[-1] for n in others), others


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # (negatives: "Dean" as a given name is no post)
        ("Firefighter Dean Walsh carried the boy out of the flat.", "Dean Walsh", "Firefighter"),
        ("Dean Walsh, 34, said the fire had spread fast.", "Dean Walsh", None),
        ("Striker Dean Morley scored twice for Rovers.", "Dean Morley", "Striker"),
    ],
)
def test_dean_as_a_given_name_is_no_post(text: str, name: str, role: str | None) -> None:
    found = actor(text, name).role
    if role is None:
        assert not found, found
    else:
        assert found == role, found


def test_a_malay_university_is_no_person() -> None:
    text = "The committee heard evidence from Azman Yusof, dean of the engineering faculty at Universiti Teknologi Pantai, who warned that ponds alone would not cope."
    people = [a.name for a in actors(text) if a.kind == "person"]
    assert not any("Universiti" in n or "Pantai" in n for n in people), people
