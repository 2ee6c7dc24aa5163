# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people in lists and brackets, round 7 (the "rolelists" helper), on synthetic
articles written for these tests (invented people, firms, clubs, schools and festivals):
the role written in brackets right after a name ("Anita Sorensen (chief technology
officer)"), never a picture caption or a party; the people of a list whose first member is
a subject or a passive's doer ("made by presenter A, producer B and editor C") are actors
with the role before each name; the post someone is appointed or named to ("appointed
Sean Whitlock as interim head coach") is their role, and not that of the person they
replace; two roles joined by "and" before a name ("Singer and songwriter Maeve Doran").
Beats and styles: wire tech, local government, broadsheet sport, trade insurance,
broadcaster culture, local education, trade retail."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees


def actor_roles(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in build_brief(text).actors if a.kind == "person"}


def role_of(text: str, name: str) -> str | None:
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0].role


# --- a role in brackets after the name -------------------------------------------------

# Wire tech: two people of one list, each with a bracketed role.
BOARD = """Software firm loses two directors

Vantrell Systems said on Monday that board members Anita Sorensen (chief technology officer) and Marek Halloran (general counsel) will leave the company in June.

"We thank them both," the company said."""

# Broadcaster culture: bracketed roles of prize winners.
DESIGN = """Lantern play takes design prize

The design prize went to Bronwen Tate (set designer) and Kwame Asante (sound designer) for The Salt Road at the Fenmoor Theatre.

Tate said the team had worked on the set for five months."""

# Local government: a picture caption or a party in brackets is no role.
CAPTION = """Leisure centre to close for repairs

Councillor Ray Dunmore (pictured) said the pool would reopen in the spring.

Dunmore said repairs would cost more than expected."""

PARTY = """Ward by-election result

Helen Okafor (Labour) won the Eastbrook ward by-election with 1,204 votes on Thursday.

Okafor said she would start work on Monday."""


def test_role_in_brackets_after_the_name() -> None:
    assert role_of(BOARD, "Anita Sorensen") == "chief technology officer"
    assert role_of(BOARD, "Marek Halloran") == "general counsel"
    assert role_of(DESIGN, "Bronwen Tate") == "set designer"
    assert role_of(DESIGN, "Kwame Asante") == "sound designer"


def test_caption_or_party_in_brackets_is_no_role() -> None:
    role = role_of(CAPTION, "Ray Dunmore")
    assert role is not None and "pictured" not in role
    assert role_agrees(role, "councillor")
    assert "Labour" not in (role_of(PARTY, "Helen Okafor") or "")


# --- the members of a list of people ---------------------------------------------------

# Broadcaster culture: "made by presenter A, producer B and editor C".
CREDITS = """Quiz show wins top prize

The programme was made by presenter Gemma Holt, producer Rafael Ortiz and editor Dan Whyte, who collected the award together.

Holt said the team was thrilled."""

# Broadsheet sport: a list as the subject.
COACHES = """Harriers name new staff

Assistant coach Ivo Brandt, physio Leila Haddad and analyst Conor Flynn joined the club on Monday.

The club said all three had signed two-year contracts."""


def test_every_member_of_a_list_is_an_actor_with_their_role() -> None:
    roles = actor_roles(CREDITS)
    assert roles.get("Rafael Ortiz") == "producer"
    assert roles.get("Dan Whyte") == "editor"
    roles = actor_roles(COACHES)
    assert roles.get("Leila Haddad") == "physio"
    assert roles.get("Conor Flynn") == "analyst"


# --- the post someone is appointed or named to -----------------------------------------

# Broadsheet sport: "appointed X as interim head coach after Y was sacked".
CLUB = """Rovers appoint Whitlock

Kirkby Rovers have appointed their academy director, Sean Whitlock, as interim head coach after Gary Moffat was sacked on Sunday.

"It is a privilege," Whitlock said."""

# Trade insurance: "named X as chief financial officer".
INSURER = """Insurer names new finance chief

Hallmark Insurance named Priya Raman as chief financial officer on Monday.

Raman joins from Ostler Bank, where she ran the treasury team."""


def test_the_post_appointed_to_is_the_role() -> None:
    assert role_agrees(role_of(CLUB, "Sean Whitlock"), "interim head coach")
    assert role_of(CLUB, "Gary Moffat") != "interim head coach"
    assert role_agrees(role_of(INSURER, "Priya Raman"), "chief financial officer")


# --- two roles joined by "and" before the name -----------------------------------------

FOLK = """Folk festival honours Doran

Singer and songwriter Maeve Doran, 64, was given a lifetime award at the Harrowgate Folk Festival on Saturday.

"I never expected this," Doran said."""

PODCAST = """Podcast host joins station

Harbourside Radio said on Tuesday that writer and broadcaster Colin Avery will present its breakfast show from March.

Avery said he had listened to the station since he was a boy."""


def test_two_roles_joined_before_the_name() -> None:
    assert role_of(FOLK, "Maeve Doran") == "Singer and songwriter"
    assert role_of(PODCAST, "Colin Avery") == "writer and broadcaster"


# --- interim, acting and outgoing posts; the post of one who replaces another ------------

# Broadsheet sport: "Acting" is part of the post, not a verb before it.
ACTING = """Larsen keeps faith with youngsters

Acting head coach Mia Larsen, previously the club's goalkeeping coach, named an unchanged side for Saturday's derby.

"They have earned it," Larsen said."""

# Trade logistics: the same with "Outgoing".
OUTGOING = """Freight firm chairman to retire

Outgoing chairman Leopold Stanek, once the company's finance chief, said the board had found a successor.

Stanek will leave in June."""

# Local police and health: "who succeeds/replaces X as ROLE" gives the post.
SUCCEEDS = """New chief constable sworn in

Marisol Vega, who succeeds Peter Landry as chief constable, said knife crime would be her first priority.

"We will be out on the streets," Vega said."""

REPLACES = """Hospital trust chair named

Kenji Ito, who replaces the retiring Anne Booth as chair of the trust, joins from Westfield Health.

Ito said the trust faced a difficult winter."""


def test_acting_and_outgoing_stay_in_the_post() -> None:
    assert role_of(ACTING, "Mia Larsen") == "Acting head coach"
    assert role_of(OUTGOING, "Leopold Stanek") == "Outgoing chairman"


def test_the_post_of_one_who_replaces_another() -> None:
    assert role_of(SUCCEEDS, "Marisol Vega") == "chief constable"
    assert role_of(REPLACES, "Kenji Ito") == "chair of the trust"


# --- "stays on as" / "remains as": the post kept ----------------------------------------

# Wire business: the chief who goes stays on in another post.
STAYS = """Mining group chief steps down

Tarrant Minerals said on Monday that Oskar Lindahl had stepped down after eleven years in charge.

Lindahl, who had run the company since 2015, will stay on as an adviser to the board until June."""

# Broadsheet sport: "remains as".
REMAINS = """Club president to step back

Beatriz Soler announced her retirement from the Valmora board on Friday.

Soler will remain as honorary president of the club's foundation."""


def test_the_post_someone_stays_on_in() -> None:
    assert role_agrees(role_of(STAYS, "Oskar Lindahl"), "adviser to the board")
    assert role_agrees(role_of(REMAINS, "Beatriz Soler"), "honorary president of the foundation")


# --- each member of a list keeps their own role ----------------------------------------

# Trade business: the first member's role is not the second's.
VETERANS = """Veterans back takeover

Former chief executive Anne Dale and ex-chairman Peter Gould backed the bid on Thursday.

Dale said the offer was fair."""


def test_a_role_before_another_name_is_not_this_ones() -> None:
    assert role_of(VETERANS, "Anne Dale") == "Former chief executive"
    assert role_of(VETERANS, "Peter Gould") == "ex-chairman"


# Broadsheet sport: a present tense before the first role of a list is no part of it.
SQUAD = """Harriers name squad

The squad includes goalkeeper Ben Foy and striker Leo Platt.

Foy said the players were ready."""


def test_the_verb_before_a_listed_role_is_no_part_of_it() -> None:
    assert role_of(SQUAD, "Ben Foy") == "goalkeeper"
    assert role_of(SQUAD, "Leo Platt") == "striker"


# --- the post taken, joined or left in the main clause ---------------------------------

# Local education: the subject of "replaces X as ROLE".
UNIT = """Academy head quits

Stella Moreno replaces Ian Pratt, who retired in May, as head of the unit.

Moreno said she was looking forward to the challenge."""

# Wire tech: "will join as ROLE".
JOINS = """Chipmaker hires rival's engineer

Farid Osman will join as chief technology officer in March, Quellon Semiconductor said on Wednesday.

Osman spent nine years at a rival firm."""


def test_the_post_taken_or_joined_in_the_main_clause() -> None:
    assert role_agrees(role_of(UNIT, "Stella Moreno"), "head of the unit")
    assert role_agrees(role_of(JOINS, "Farid Osman"), "chief technology officer")


# --- a plural role before a list of names ----------------------------------------------

# Trade business: the plural noun is each one's role.
EXODUS = """Board exodus at Pellmark

Non-executive directors Helen Ashby and Rupert Crane will also step down, Pellmark said on Tuesday.

Ashby said she was proud of the board's work."""

# Local health: "Senior nurses ... and ..." as the subject.
NURSES = """Ward praised by inspectors

Senior nurses Grace Mensah and Olivia Hart led the ward through the inspection last month.

Mensah said staff had worked hard for two years."""


def test_a_plural_role_before_a_list_is_each_ones() -> None:
    assert role_agrees(role_of(EXODUS, "Helen Ashby"), "non-executive director")
    assert role_agrees(role_of(EXODUS, "Rupert Crane"), "non-executive director")
    assert role_agrees(role_of(NURSES, "Grace Mensah"), "senior nurse")
    assert role_agrees(role_of(NURSES, "Olivia Hart"), "senior nurse")


# Trade aviation: a list of names each with a bracketed role; the role that closes one
# bracket is not the next name's.
AIRLINE = """Firm names new team

Kestrel Air has named Ana Lima (chief executive), Joe Brandt (finance director) and Uma Rao (operations director) to its new board.

Lima said the airline would add routes."""


def test_each_bracketed_role_of_a_list_is_its_own_names() -> None:
    assert role_of(AIRLINE, "Ana Lima") == "chief executive"
    assert role_of(AIRLINE, "Joe Brandt") == "finance director"
    assert role_of(AIRLINE, "Uma Rao") == "operations director"


# --- an acting post set before a titled name the parser does not join ------------------

# Local government: "by the acting mayor, Councillor Joan Baxter," (the parser hangs the
# name on the verb, not on "mayor").
BRIDGE = """Mayor opens bridge

The bridge was opened by the acting mayor, Councillor Joan Baxter, on Friday.

Baxter said the town had waited ten years."""

# A phrase of the sentence before the comma is no description of the name after it.
DOCTOR = """Patient thanks ward

Speaking to the doctor, Ellen Marsh said she felt much better.

Marsh was discharged on Monday."""


def test_acting_post_before_a_titled_name() -> None:
    assert role_agrees(role_of(BRIDGE, "Joan Baxter"), "acting mayor")
    assert "doctor" not in (role_of(DOCTOR, "Ellen Marsh") or "")


# Broadsheet sport: "who takes over as ROLE on Monday" gives the post, not the date.
TAKES_OVER = """Evans takes charge

Mark Evans, who takes over as head coach on Monday, said the squad needed a rest.

"They are exhausted," Evans said."""


def test_the_post_taken_over_without_its_date() -> None:
    assert role_of(TAKES_OVER, "Mark Evans") == "head coach"
