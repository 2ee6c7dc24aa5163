"""Round 41: a lead that describes someone by a role and acts on a second unnamed person
in the same breath ("A paramedic who was punched while treating a patient has spoken of
her ordeal. ¶ Lisa Cho said ..."): the rule that gives the first person named next the
lead's role stood down, reading "a patient" as a second candidate. One acted on in the
subject's own act (a participle with no subject of its own) is no one the story goes on
to name; two people each with a clause of their own still stand the rule down.

Synthetic passages across beats (invented people and places)."""

from __future__ import annotations

import pytest

from tests.surface_runs import brief_from_the_cli, extractive_brief

NAMED_NEXT = [
    # (beat, passage, person, role)
    (
        "health, local",
        "A paramedic who was punched while treating a patient in Castlebridge has spoken of "
        "her ordeal.\n\nLisa Cho said she had been attacked by the patient's brother.",
        "Lisa Cho",
        "paramedic",
    ),
    (
        "coast, broadcaster",
        "A lifeguard was injured after rescuing a swimmer off Porthcawl beach.\n\nOwen Price, "
        "22, was treated in hospital for a broken wrist.",
        "Owen Price",
        "lifeguard",
    ),
    (
        "fire, local",
        "A firefighter was hurt while tackling a blaze at a warehouse in Swindon.\n\nBen "
        "Arkwright, 31, suffered burns to his arms.",
        "Ben Arkwright",
        "firefighter",
    ),
]


@pytest.mark.parametrize(
    ("beat", "passage", "person", "role"), NAMED_NEXT, ids=[c[0] for c in NAMED_NEXT]
)
def test_the_lead_s_role_goes_to_the_person_named_next(
    beat: str, passage: str, person: str, role: str
) -> None:
    roles = {a.name: a.role for a in extractive_brief(passage).actors}
    assert person in roles, roles
    assert role in (roles[person] or ""), roles


GUARDS = [
    # two unnamed people, each with a clause of their own: which one is named next is the
    # story's to tell
    (
        "courts, local",
        "A teenager has been charged after a nurse was stabbed in Leeds.\n\nAnn Lee, 22, "
        "appeared in court.",
        "Ann Lee",
        "nurse",
    ),
    (
        "road, local",
        "A driver who hit a cyclist has been jailed.\n\nDoris Brown, 81, was knocked from "
        "her bike.",
        "Doris Brown",
        "driver",
    ),
]


@pytest.mark.parametrize(("beat", "passage", "person", "role"), GUARDS, ids=[c[0] for c in GUARDS])
def test_two_people_with_clauses_of_their_own_give_no_role(
    beat: str, passage: str, person: str, role: str
) -> None:
    roles = {a.name: a.role for a in extractive_brief(passage).actors}
    assert person in roles, roles
    assert role not in (roles[person] or ""), roles


def test_on_the_cli(tmp_path) -> None:
    _, passage, person, role = NAMED_NEXT[0]
    brief = brief_from_the_cli(tmp_path, passage)
    roles = {a["name"]: a["role"] for a in brief["actors"]}
    assert role in (roles.get(person) or ""), roles
