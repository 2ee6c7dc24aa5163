# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 20, on synthetic passages written for these tests (invented
committee chairs, council leaders, coroners, college principals, bank governors, crash
victims and witnesses). A post set before the name with a comma ("The chairman of the
Commons defence committee, Julian Marsh, a former Royal Navy commander,") is the
person's role over a former or retired calling the apposition after the name gives;
a party to the story set there ("The victim, Ann Lee, a former nurse,", "The driver of
the car, Tom Bell, a retired teacher,") is no post, and the calling stays. A post of a
body with no head word, opening the sentence right before the holder's name ("Coach of
the Bluebirds Kevin Marr said", "Editor of the Westbay Gazette Laura Penn said",
"Conductor of the Halden Philharmonic Emma Stroud said"), is the holder's role, and the
body's last word is no part of the name. "Hon." and "Honourable" are styles of address:
"The member for Eastvale, Hon. Grace Mutua," is a member for Eastvale named Grace
Mutua, and "Eastvale, Hon" no body. A post held once before the name and what the
person does now after it ("Former Royal Navy commander Anita Sorrell, now an analyst at
the Kingsmere Institute,") keep "Former". Where a person lives ("Rita Cole, who lives alone,") gives way to a
calling a later sentence sets beside the name ("Mrs Cole, a retired teacher,"). Beats: defence, local politics, courts,
business, education, sport, media, music, finance."""

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
        (
            "The chairman of the Commons defence committee, Julian Marsh, a former Royal Navy commander, said he would call the minister.",
            "Julian Marsh",
            "The chairman of the Commons defence committee",
        ),
        (
            "The leader of Eastbrook Council, Ruth Pardoe, a former nurse, said the budget was tight.",
            "Ruth Pardoe",
            "leader of Eastbrook Council",
        ),
        (
            "The coroner, Helen Tarrant, a former solicitor, recorded a narrative conclusion.",
            "Helen Tarrant",
            "coroner",
        ),
        (
            "The principal of Westmoor College, Dev Anand, a former army officer, said courses would be cut.",
            "Dev Anand",
            "principal of Westmoor College",
        ),
        (
            "The governor of the central bank, Abel Mensah, a former IMF economist, said rates would hold.",
            "Abel Mensah",
            "governor of the central bank",
        ),
        (
            "The head of the Harbour Trust, Dermot Kale, a retired colonel, said the quay would reopen.",
            "Dermot Kale",
            "head of the Harbour Trust",
        ),
        (
            "The captain, Ollie Dean, a former Harriers player, said the team were ready.",
            "Ollie Dean",
            "captain",
        ),
    ],
)
def test_a_post_set_before_the_name_outranks_a_former_calling_after_it(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found
    assert "former" not in (found or "")


PARTIES = [
    ("The victim, Ann Lee, a former nurse, died at the scene.", "Ann Lee", "a former nurse"),
    (
        "The driver of the car, Tom Bell, a retired teacher, was unhurt.",
        "Tom Bell",
        "a retired teacher",
    ),
    (
        "The passenger, Tom Bell, a former soldier, was treated in hospital.",
        "Tom Bell",
        "a former soldier",
    ),
    (
        "The witness, Ann Lee, a former shop assistant, told the court she saw the knife.",
        "Ann Lee",
        "a former shop assistant",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), PARTIES)
def test_a_party_to_the_story_set_before_the_name_is_no_post_but_a_coroner_is(
    text: str, name: str, role: str
) -> None:
    assert role_agrees(actor(text, name).role, role)
    coroner = "The coroner, Helen Tarrant, a former solicitor, recorded a narrative conclusion."
    assert role_agrees(actor(coroner, "Helen Tarrant").role, "coroner")


@pytest.mark.parametrize(
    ("text", "name", "role", "glued"),
    [
        (
            "Coach of the Bluebirds Kevin Marr said the team would recover.",
            "Kevin Marr",
            "Coach of the Bluebirds",
            "Bluebirds Kevin Marr",
        ),
        (
            "Editor of the Westbay Gazette Laura Penn said the story was true.",
            "Laura Penn",
            "Editor of the Westbay Gazette",
            "Gazette Laura Penn",
        ),
        (
            "Conductor of the Halden Philharmonic Emma Stroud said the tour would go ahead.",
            "Emma Stroud",
            "Conductor of the Halden Philharmonic",
            "Philharmonic Emma Stroud",
        ),
    ],
)
def test_a_post_of_a_body_with_no_head_word_opening_the_sentence_is_the_holders_role(
    text: str, name: str, role: str, glued: str
) -> None:
    assert role_agrees(actor(text, name).role, role)
    assert glued not in [a.name for a in build_brief(H + text).actors]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The member for Eastvale, Hon. Grace Mutua, said the bill was rushed.",
            "Grace Mutua",
            "member for Eastvale",
        ),
        (
            "The Honourable member for Eastvale, Hon. Grace Mutua, said the bill was rushed.",
            "Grace Mutua",
            "The Honourable member for Eastvale",
        ),
        (
            "The deputy minister, Hon. Abena Osei, said the port would reopen.",
            "Abena Osei",
            "deputy minister",
        ),
    ],
)
def test_hon_is_a_style_of_address_not_a_name_or_a_body(text: str, name: str, role: str) -> None:
    assert role_agrees(actor(text, name).role, role)
    names = [a.name for a in build_brief(H + text).actors]
    assert not any("Hon" in n.split(", ")[-1] for n in names), names


def test_the_name_after_hon_without_a_stop_is_the_name() -> None:
    text = "The MP for Eastvale, Hon Grace Mutua, said the bill was rushed."
    assert "Hon Grace Mutua" not in [a.name for a in build_brief(H + text).actors]
    assert role_agrees(actor(text, "Grace Mutua").role, "MP for Eastvale")


def test_a_post_held_once_keeps_former_beside_what_the_person_does_now() -> None:
    text = "Former Royal Navy commander Anita Sorrell, now an analyst at the Kingsmere Institute, said the order was late."
    role = actor(text, "Anita Sorrell").role or ""
    assert role.startswith("Former Royal Navy commander")
    assert "analyst at the Kingsmere Institute" in role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Rita Cole, who lives alone, said the bus was late. Mrs Cole, a retired teacher, said the route mattered.",
            "Rita Cole",
            "a retired teacher",
        ),
        (
            "Ann Lee, who lives alone, said the bus was late. Ms Lee, a nurse at the hospital, said the route mattered.",
            "Ann Lee",
            "a nurse at the hospital",
        ),
    ],
)
def test_where_a_person_lives_gives_way_to_a_calling_said_later(
    text: str, name: str, role: str
) -> None:
    assert role_agrees(actor(text, name).role, role)
