"""Round 37: a post given by an appointment and written in capitals ("was appointed Chief
Constable", "was promoted to Detective Inspector") is the person's role; a body's name
with small words inside it, introduced by its kind ("the charity Hope for Harrow",
"campaign group Parents for Safer Roads"), is one body, not pieces. Every passage is
synthetic (invented people and bodies)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _role_of(passage: str, name: str) -> str | None:
    roles = {actor.name: actor.role for actor in build_brief(passage).actors}
    assert name in roles, f"{name!r} not among {sorted(roles)}"
    return roles[name]


@pytest.mark.parametrize(
    ("passage", "name", "role"),
    [
        # Each gave no role before round 37.
        (
            "Marcus Webb was appointed Chief Constable of the county force in 2019.\n\n"
            "He said the force would recruit 200 more officers.",
            "Marcus Webb",
            "Chief Constable of the county force",
        ),
        (
            "Priya Raman was appointed Director of Public Health for the county in 2021.\n\n"
            "She warned that flu cases were rising.",
            "Priya Raman",
            "Director of Public Health",
        ),
        (
            "Dermot Fahy was named Chief Executive of Shannon Foods in January.\n\n"
            "He said profits would recover.",
            "Dermot Fahy",
            "Chief Executive of Shannon Foods",
        ),
        (
            "Hamish Reid was promoted to Detective Chief Inspector last year.\n\n"
            "He led the inquiry.",
            "Hamish Reid",
            "Detective Chief Inspector",
        ),
        (
            "Ann Ford was elected Mayor of Kestwick last May.\n\n"
            "She said the town centre would be her priority.",
            "Ann Ford",
            "Mayor of Kestwick",
        ),
    ],
)
def test_a_post_in_capitals_given_by_an_appointment_is_the_role(
    passage: str, name: str, role: str
) -> None:
    found = _role_of(passage, name)
    assert found is not None and role.casefold() in found.casefold()


def test_a_promotion_to_no_post_gives_no_role() -> None:
    # Guard: "promoted to the Premier League" is a team's rise, no post.
    passage = "Hamish Reid was promoted to the Premier League in 2019.\n\nHe led the team."
    assert _role_of(passage, "Hamish Reid") is None


@pytest.mark.parametrize(
    ("passage", "body", "pieces"),
    [
        # Cut into pieces, or not listed, before round 37 (all but the guard below).
        (
            "The charity Hope for Harrow said donations had doubled. "
            '"People have been incredibly generous," it said.',
            "Hope for Harrow",
            {"Hope", "Harrow"},
        ),
        (
            "The campaign group Parents for Safer Roads said the crossing was dangerous.",
            "Parents for Safer Roads",
            {"Safer Roads"},
        ),
        # Guard: listed whole before round 37 too.
        (
            "The campaign group Save Our Libraries said the closures were a scandal.",
            "Save Our Libraries",
            set(),
        ),
        (
            "Campaign group Action on Plastic Waste has called for a ban.",
            "Action on Plastic Waste",
            set(),
        ),
    ],
)
def test_a_body_named_after_its_kind_keeps_its_small_words(
    passage: str, body: str, pieces: set[str]
) -> None:
    actors = {actor.name: actor.kind for actor in build_brief(passage).actors}
    assert actors.get(body) == "organization"
    assert not pieces & set(actors)


def test_the_body_speaks_under_its_whole_name() -> None:
    passage = (
        "The charity Hope for Harrow said donations had doubled. "
        '"People have been incredibly generous," it said.'
    )
    speakers = [quote.speaker for quote in build_brief(passage).quotes]
    assert speakers == ["Hope for Harrow"]


@pytest.mark.parametrize(
    ("passage", "body"),
    [
        # Guards: a name found whole, then a day or a place, stays the name alone.
        ("The charity Oxfam on Monday said aid was running out.", "Oxfam"),
        ("The charity Shelter for the first time said rents were unaffordable.", "Shelter"),
    ],
)
def test_a_body_then_words_after_its_name(passage: str, body: str) -> None:
    names = {actor.name for actor in build_brief(passage).actors}
    assert body in names


@pytest.mark.parametrize(
    ("passage", "name", "role"),
    [
        # Each gave no role before round 37.
        (
            "Graham Healey pulled three people from the burning car. Graham, 58, is a "
            "retired firefighter.",
            "Graham Healey",
            "retired firefighter",
        ),
        (
            "Amina Yusuf and her sister Halima were on their way to a wedding. Amina, 22, is "
            "a nursing student in Kano.",
            "Amina Yusuf",
            "nursing student",
        ),
        (
            "Kevin Stubbs has managed Harlow Town since 2020. Before that, he was assistant "
            "at Dunmore for six seasons.",
            "Kevin Stubbs",
            "manager of Harlow Town",
        ),
        (
            "Ruth Pryce-Jones has led Shelter Cymru since 2019. Before that she worked for "
            "the Welsh Government.",
            "Ruth Pryce-Jones",
            "Shelter Cymru",
        ),
    ],
)
def test_a_role_told_of_a_given_name_or_held_since(passage: str, name: str, role: str) -> None:
    found = _role_of(passage, name)
    assert found is not None and role.casefold() in found.casefold()


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        # Guards: two people share the given name; a post held only in the past.
        ("Tom Reid and Tom Walsh were hurt. Tom, 58, is a retired firefighter.", "Tom Reid"),
        ("Ann Lee managed the club in 2019.", "Ann Lee"),
    ],
)
def test_no_role_from_a_shared_given_name_or_a_past_post(passage: str, name: str) -> None:
    assert _role_of(passage, name) is None
