# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 18, on synthetic passages written for these tests (invented
ministers, secretaries and departments' briefs). An office whose brief is a list ("Minister
for Culture, Media and Sport Ann Lee", "Minister for Education and Youth Affairs Tom
Bell") stands before the name as a one-word brief does: the name is the person's, cut of
the brief's last items, and the role is the whole office; set before the name with a
comma ("The Minister for Housing, Local Government and Heritage, Ann Lee,") the brief's
commas are no clause break; a brief listed past a comma with no name after it names
nobody ("Fisheries and Forestry, Ann Lee": no person "Agriculture Fisheries"). A speech
verb whose subject is the title and whose name the parse hangs on the title's "for"
("Minister for Health Ann Lee said: '…'") credits that person, who stays an actor. A lead
in the present whose unnamed subject tells what happened to "he" or "she" ("A farmer
says he lost 40 ewes ...") describes the person the next sentence names first, when
that person goes on speaking. Beats and styles: Irish, Australian, British and Scottish
politics; British local farming, school and transport leads."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees

H = "Headline here\n\n"


def actor(text: str, name: str):  # type: ignore[no-untyped-def]
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0]


def names(text: str) -> list[str]:
    return [a.name for a in build_brief(text).actors]


CULTURE = (
    H + "Minister for Culture, Media and Sport Lorna Baxendale said the review would report in May."
)
TRADE = H + "Minister for Trade, Tourism and Investment Don Farrell-Hay said exports grew."
EDUCATION = H + "Minister for Education and Youth Affairs Paula Keen said schools would reopen."
ENVIRONMENT = (
    H
    + "Secretary of State for Environment, Food and Rural Affairs Tom Garvey said farmers would be paid."
)


def test_a_listed_brief_before_the_name_is_the_office_and_no_part_of_the_name() -> None:
    assert role_agrees(
        actor(CULTURE, "Lorna Baxendale").role, "Minister for Culture, Media and Sport"
    )
    assert "Sport Lorna Baxendale" not in names(CULTURE)
    assert actor(TRADE, "Don Farrell-Hay").role == "Minister for Trade, Tourism and Investment"
    assert actor(EDUCATION, "Paula Keen").role == "Minister for Education and Youth Affairs"
    assert role_agrees(
        actor(ENVIRONMENT, "Tom Garvey").role,
        "Secretary of State for Environment, Food and Rural Affairs",
    )


HOUSING = (
    H
    + "The Minister for Housing, Local Government and Heritage, Darragh Quill, said the plan was on track."
)
AGRICULTURE = (
    H
    + "The Minister for Agriculture, Fisheries and Forestry, Murray Watts, said the drought aid would flow."
)


def test_a_listed_brief_set_before_the_name_with_a_comma_is_the_role() -> None:
    assert role_agrees(
        actor(HOUSING, "Darragh Quill").role, "Minister for Housing, Local Government and Heritage"
    )
    assert role_agrees(
        actor(AGRICULTURE, "Murray Watts").role, "Minister for Agriculture, Fisheries and Forestry"
    )
    # (the brief's items are nobody: no "Agriculture Fisheries")
    assert names(AGRICULTURE) == ["Murray Watts"]


HEALTH_QUOTE = (
    H
    + 'Waiting lists fell in March. Minister for Health Aidan Roche said: "We will act on this report quickly."'
)


def test_the_person_named_after_a_titles_brief_speaks() -> None:
    brief = build_brief(HEALTH_QUOTE)
    assert [q.speaker for q in brief.quotes] == ["Aidan Roche"]
    assert actor(HEALTH_QUOTE, "Aidan Roche").role == "Minister for Health"


FARMER = (
    H
    + "A farmer says he lost 40 ewes to dogs in a week. Huw Pritchard said the attacks happened at night."
)
HEADTEACHER = (
    H
    + "A headteacher says she has seen results soar since she banned phones. Karen Ullswater said pupils were calmer."
)
WITNESS = H + "A neighbour said she heard screams. Ann Lee said the police came quickly."
ANOTHER = (
    H
    + "A cyclist says he was knocked off his bike by a bus. The bus company's Tom Bell said it was investigating."
)


def test_an_unnamed_lead_speaker_telling_their_own_story_is_the_one_named_next() -> None:
    assert actor(FARMER, "Huw Pritchard").role == "farmer"
    assert actor(HEADTEACHER, "Karen Ullswater").role == "headteacher"
    # (a witness in the past tense speaks as herself; one described otherwise is another)
    assert actor(WITNESS, "Ann Lee").role is None
    assert actor(ANOTHER, "Tom Bell").role is None
