# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 17, on synthetic passages written for these tests (invented
people, clubs, churches, schools and firms). A pastime, a family or a former calling set
beside a name ("a lifelong Rovers fan", "a mother of two", "a former teacher") yields to
the post a linking verb gives the person in the same sentence ("is the supporters' trust
chairman"); a post a possessor owns set before the name ("The club's physio, Mel Grant,
who ran the marathon last year, said") is the role over the past act after it, though
the parser makes noun and name two subjects and the noun is in no list of roles; a body's
head word then "Member" before a name ("Council Member Darnell Okafor") is a title of
office, not a body's name, when the list of given names lacks the first name. Beats and styles: British local sport, US local religion, education, business, music, US local politics."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees

H = "Headline here\n\n"


def actor(text: str, name: str):  # type: ignore[no-untyped-def]
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0]


FAN_THEN_CHAIRMAN = (
    H
    + "Ian Crowe, a lifelong Rovers fan, is the supporters' trust chairman. Crowe said the club must listen."
)
RESIDENT_THEN_PASTOR = (
    H
    + "Rev. Samuel Achterberg, a lifelong Harlow Springs resident, is the pastor of Greater Mount Olive Baptist Church. He said the doors would open."
)
RUNNER_THEN_HEAD = H + "Tomas Vik, an avid runner, is the head of finance at Norland Bank."
MOTHER_THEN_HEAD = H + "Greta Lund, a mother of two, is the headteacher of Brookfield Primary."
FORMER_THEN_PRESIDENT = (
    H + "Ruth Tang, a former teacher, is the president of the residents' association."
)
FAN_ONLY = H + "Ian Crowe, a lifelong Rovers fan, said the club must listen."


def test_a_pastime_yields_to_the_post_a_linking_verb_gives() -> None:
    assert role_agrees(actor(FAN_THEN_CHAIRMAN, "Ian Crowe").role, "supporters' trust chairman")
    assert role_agrees(
        actor(RESIDENT_THEN_PASTOR, "Samuel Achterberg").role,
        "pastor of Greater Mount Olive Baptist Church",
    )
    assert role_agrees(actor(RUNNER_THEN_HEAD, "Tomas Vik").role, "head of finance at Norland Bank")
    # (a pastime with no linked post stays the description)
    assert actor(FAN_ONLY, "Ian Crowe").role == "a lifelong Rovers fan"


def test_a_family_or_former_calling_yields_to_the_linked_post() -> None:
    assert role_agrees(
        actor(MOTHER_THEN_HEAD, "Greta Lund").role, "headteacher of Brookfield Primary"
    )
    assert role_agrees(
        actor(FORMER_THEN_PRESIDENT, "Ruth Tang").role, "president of the residents' association"
    )


PHYSIO = (
    H + "The club's physio, Mel Grant, who ran the marathon last year, said the injury was minor."
)
BASSIST = H + "The band's bassist, Joe Kerr, who left in 2019, said the reunion was fun."


def test_a_post_a_possessor_owns_before_the_name_beats_a_past_act() -> None:
    assert role_agrees(actor(PHYSIO, "Mel Grant").role, "The club's physio")
    assert role_agrees(actor(BASSIST, "Joe Kerr").role, "The band's bassist")


MEMBER = (
    H
    + "Council Member Darnell Okafor, who represents the 4th Ward, sponsored the measure. He said it would pass."
)
COMMITTEE_MEMBER = H + "City Committee Member Tyrell Vance said the budget was tight."


def test_a_bodys_member_before_a_name_is_a_title() -> None:
    person = actor(MEMBER, "Darnell Okafor")
    assert person.kind == "person"
    assert role_agrees(person.role, "Council Member who represents the 4th Ward")
    other = actor(COMMITTEE_MEMBER, "Tyrell Vance")
    assert other.kind == "person"
    assert role_agrees(other.role, "City Committee Member")
