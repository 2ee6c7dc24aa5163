# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 6, on synthetic articles written for these tests (invented
people, clubs, councils, school boards and hospitals): a playing position or a post that
opens the sentence before a full name ("Pitcher Marcus Belden threw ...", after a
dateline's dash too) is the role, even when the recognizer leaves it out of the name or
no recognizer speaks; a title before the name joins an apposition after it ("Trustee
Helen Varga, a retired accountant,"); what a "where she works as" clause of the same
sentence says of the one person it names, and the next sentence's aged epithet ("The
21-year-old striker ...") is their role, before what they did in the match ("scorer");
"without" ends the words before a role. Beats and styles: wire baseball, local rugby and
football, a Canadian council, a US school board, health and courts."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees


def role_of(text: str, name: str) -> str | None:
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0].role


# --- a position or a post opening the sentence before a full name ----------------------

# Wire baseball: the recognizer leaves "Pitcher" out of the name; the dateline's dash
# opens the story's first sentence.
PITCHER = """Belden shuts out Owls

Pitcher Marcus Belden threw seven scoreless innings on Friday as the Harbor Hawks beat the Lakeside Owls 3-0.

"I felt good from the first pitch," Belden said."""

DATELINE = """Quarry's walk-off single lifts Comets

DENVER, June 3 (Wire) - Catcher Luis Quarry singled home the winning run in the 10th inning on Tuesday as the Denver Comets beat the Tulsa Drillers 4-3.

"He threw me a fastball and I was ready," Quarry said."""

# Courts, wire: no recognizer names the man; the description opens the name it held.
SHOTFIRER = """Quarry boss guilty over blast death

A quarry manager was convicted of manslaughter on Thursday.

Shotfirer Owain Treharne, 41, a father of three from Bodmin, died at the scene when a fragment of rock struck him."""

# Local rugby and football.
HOOKER = """Te Awa sink Northcote

Hooker Sione Fale, 26, a plumber from Hamilton, scored twice as Te Awa beat Northcote 31-12.

Fale said the forwards had been superb."""

GOALKEEPER = """Renner the hero in shoot-out

Goalkeeper Tobias Renner saved two penalties as Dornach won the shoot-out 4-2 on Sunday.

Renner said the team deserved it."""

# US school board: a post before the name and an apposition after it are one role.
TRUSTEE = """Board approves budget cuts

Trustee Helen Varga, a retired accountant, voted against the budget at Tuesday's school board meeting.

Varga said the cuts fell on the wrong schools."""


def test_position_opening_the_sentence_is_the_role() -> None:
    assert role_of(PITCHER, "Marcus Belden") == "Pitcher"
    assert role_of(DATELINE, "Luis Quarry") == "Catcher"
    assert role_agrees(role_of(HOOKER, "Sione Fale"), "hooker")
    assert role_agrees(role_of(GOALKEEPER, "Tobias Renner"), "goalkeeper")


def test_description_held_in_the_name_is_read_before_it() -> None:
    role = role_of(SHOTFIRER, "Owain Treharne")
    assert role is not None and role.startswith("Shotfirer")


def test_post_before_the_name_joins_the_apposition_after_it() -> None:
    assert role_of(TRUSTEE, "Helen Varga") == "Trustee, a retired accountant"


# --- what the sentence or the next says of the one person it names ----------------------

# Canadian local politics and health: "where she works as" in the same sentence.
PARAMEDIC = """Rural roads 'getting worse', council told

Maya Deschamps drives 40 kilometres to Westbury every day, where she works as a paramedic.

"The roads are getting worse every winter," Deschamps said."""

NURSE = """Councillors back bike lane

Tomas Ferrier cycles to Kelworth General Hospital every day, where he works as an emergency room nurse.

"I've treated cyclists from that street," Ferrier said."""

# Sport and local news: the aged epithet of the next sentence.
STRIKER = """Kessler double sinks Rovers

Jonah Kessler scored twice for Elmfield on Saturday.

The 21-year-old striker has now scored 14 goals this season.

Elmfield manager Carl Ruddock said he was delighted."""

SHORTSTOP = """Pioneers edge Ravens

Marco Delvecchio had three hits for the Pioneers, including a solo homer in the fourth inning. The 23-year-old shortstop is batting .341, the best average in the league."""

LAWYER = """Flood-hit town will rebuild, says mayor

Harriet Nkemelu had been mayor of Elbridge for only six weeks when the flood hit.

The 44-year-old lawyer said the town would rebuild."""

# An age alone ("The 27-year-old") is no role.
AGE_ONLY = """Okonjo wins marathon

Ruth Okonjo won the city marathon on Sunday in a course record.

The 27-year-old finished almost two minutes clear of the field."""


def test_where_she_works_as_in_the_same_sentence() -> None:
    assert role_agrees(role_of(PARAMEDIC, "Maya Deschamps"), "paramedic")
    assert role_agrees(role_of(NURSE, "Tomas Ferrier"), "emergency room nurse")


def test_aged_epithet_of_the_next_sentence_is_the_role() -> None:
    assert role_of(STRIKER, "Jonah Kessler") == "striker"
    assert role_of(SHORTSTOP, "Marco Delvecchio") == "shortstop"
    assert role_of(LAWYER, "Harriet Nkemelu") == "lawyer"


def test_age_alone_is_no_role() -> None:
    role = role_of(AGE_ONLY, "Ruth Okonjo")
    assert role is None or "27-year-old" not in role


# --- "without" ends the words before a role -------------------------------------------

CAPTAIN = """Dunmore lose captain

Dunmore were without captain Aled Pryce, who has a knee injury.

Pryce said he hoped to be back next month."""


def test_without_is_no_part_of_the_role() -> None:
    assert role_of(CAPTAIN, "Aled Pryce") == "captain"


# --- the role where the story first describes the person -------------------------------

# Local cricket and a US school board: a position before the name at the first mention,
# an apposition about life outside the game at a later one.
OPENER = """Mensah century wins the county cup

Opener Kofi Mensah, 20, made 104 not out as Ashcombe beat Riverside by 60 runs on Sunday.

Mensah, a history student at Dunford University who joined the club in May, hit the winning six."""

BOARD = """School board delays vote on closures

Superintendent Carla Okafor-Reyes told the board on Monday that three elementary schools were half empty.

"We cannot heat empty classrooms," Okafor-Reyes said. Okafor-Reyes, a former science teacher who grew up in the district, said no decision would be made before June."""


def test_first_description_over_a_later_apposition() -> None:
    assert role_of(OPENER, "Kofi Mensah") == "Opener"
    assert role_agrees(role_of(BOARD, "Carla Okafor-Reyes"), "superintendent")


# --- an apposition with an adverb inside it, set off by dashes ---------------------------

# Sport, broadcaster style.
DASHED = """Eriksen: squad is united

Nadia Eriksen — the team's longest-serving player — said the squad was united after the defeat."""


def test_dashed_apposition_with_an_adverb_is_the_role() -> None:
    assert role_of(DASHED, "Nadia Eriksen") == "the team's longest-serving player"


# --- council and school-board titles ----------------------------------------------------

# US school board: the post given only as a title before the surname at a later mention.
LATER_TITLE = """Trustees split on bus contract

Angela Brightwater voted against the proposal on Tuesday.

"Our children deserve better," Trustee Brightwater said."""

# US and Canadian city councils: abbreviated titles spelled out; a relative clause after
# the title still says more than the title.
ALDERMAN = """Council passes renters' ordinance

Ald. Tom Brezinski said the ordinance would protect renters."""

COUNCILLOR = """Bike lane approved

Coun. Dana Marchbank, who chairs the city's transportation committee, said the vote was overdue.

Ward 3 Coun. Harjit Sandhu moved an amendment adding 20 loading spots, which passed unanimously."""


def test_title_before_the_surname_at_a_later_mention() -> None:
    actors = build_brief(LATER_TITLE).actors
    assert [a.name for a in actors if a.kind == "person"] == ["Angela Brightwater"]
    assert role_agrees(role_of(LATER_TITLE, "Angela Brightwater"), "trustee")


def test_abbreviated_council_titles() -> None:
    assert role_of(ALDERMAN, "Tom Brezinski") == "alderman"
    assert role_of(COUNCILLOR, "Dana Marchbank") == "chairs the city's transportation committee"
    assert role_agrees(role_of(COUNCILLOR, "Harjit Sandhu"), "councillor")
