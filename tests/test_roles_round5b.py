# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of actors, round 5b, on synthetic articles written for these tests (invented
people, dioceses, towns, councils, universities and agencies): an office named "of" a
place ("The Dean of Kestwick", "the Bishop of Marden") is the role of the person named
in apposition to it, never an actor "of Kestwick"; an office written as a title after a
titled name ("Prof Ann Lee, Dean of the Medical School,") is the role, not "professor"
or "The Very Rev"; the body a person is "of" after the name ("said Dr Amir Khan of
Wendle University") is their role; what one introduced by age did ("Gwen Harper, 64,
from Tolworth, lost her car") describes her when nothing else does; a US lawmaker's
party-and-state tag ("D-Ohio") and a dateline's state name no body; "Friends of X" is a
body of its own. Beats and styles: religion broadsheet, local government, health
broadsheet, science wire, weather and education broadcaster, courts, US local politics."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees


def actors_of(text: str) -> dict[str, tuple[str, str | None, list[str]]]:
    return {a.name: (a.kind, a.role, a.aliases) for a in build_brief(text).actors}


def role_of(text: str, name: str) -> str | None:
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0].role


# --- an office "of" a place, in apposition to the person who holds it -------------------

# Religion broadsheet: the recognizer calls "The Dean of Kestwick" a person.
DEAN = """Cathedral to charge visitors £12 entry

The Dean of Kestwick, the Very Rev Alan Moss, said the decision had been painful.

"We have no other choice," he said. The cathedral needs £4m for repairs to its tower."""

# Local religion story: a bishop, styled "the Rt Rev".
BISHOP = """Diocese to sell vicarages

The Bishop of Marden, the Rt Rev Paul Idris, said the sale would raise £6m for parish work.

"We cannot keep empty houses while our churches leak," he said."""

# Local government: a mayor with a councillor's title.
MAYOR = """Town hall cuts: library saved

The Mayor of Brackley, Cllr Sunita Rao, said the library would stay open. The leader of the opposition, Cllr Dan Frew, said the cuts went too far."""


def test_an_office_of_a_place_is_the_role_of_the_person_apposed_to_it() -> None:
    actors = actors_of(DEAN)
    assert "Alan Moss" in actors
    assert role_agrees(actors["Alan Moss"][1], "Dean of Kestwick")
    # No fragment of the office is an actor of its own.
    assert not any(name.startswith("of ") for name in actors)
    assert "Dean of Kestwick" not in actors
    assert role_agrees(role_of(BISHOP, "Paul Idris"), "Bishop of Marden")
    assert not any(name.startswith("of ") for name in actors_of(BISHOP))
    assert role_agrees(role_of(MAYOR, "Sunita Rao"), "Mayor of Brackley")
    assert role_agrees(role_of(MAYOR, "Dan Frew"), "leader of the opposition")


def test_the_quote_after_the_office_is_the_named_persons() -> None:
    brief = build_brief(DEAN)
    assert [q.speaker for q in brief.quotes] == ["Alan Moss"]


# --- an office written as a title after a titled name -----------------------------------

# Health broadsheet: "Prof" and "The Very Rev" are how the names are written; the
# apposition says what they do.
TITLED = """Medical school to take 40 more students

Prof Lydia Marsh, Dean of the Kelverton Medical School, said the school would take 40 more students next year.

The Very Rev Simon Kettle, Dean of Orrinster, said the cathedral would host the graduation."""

# Health wire: capitalized offices of a body.
DIRECTORS = """Health chief warns on measles

Dr Colm Reyes, Director of Public Health for Wendshire, said vaccination rates had fallen to 81 per cent. Nia Wells, Chief Executive of Wendshire Hospitals NHS Trust, said wards were full."""


def test_an_office_in_apposition_beats_a_courtesy_title() -> None:
    assert role_of(TITLED, "Lydia Marsh") == "Dean of the Kelverton Medical School"
    assert role_of(TITLED, "Simon Kettle") == "Dean of Orrinster"
    assert role_agrees(role_of(DIRECTORS, "Colm Reyes"), "Director of Public Health for Wendshire")
    assert role_agrees(
        role_of(DIRECTORS, "Nia Wells"), "Chief Executive of Wendshire Hospitals NHS Trust"
    )


# --- "of <body>" right after a name -------------------------------------------------------

# Science wire: the researcher's university and institute follow the name.
OF_BODY = """Pill cuts heart attacks by a fifth

The drug cut heart attacks by a fifth in a trial of 9,000 patients, said Dr Amir Khan of Wendle University.

"It is a big step," said Prof Clara Voss of the Institute of Cancer Research."""

# Local: a hometown after "of" is no employer.
OF_TOWN = """Shop owner wins window award

Ann Lee of Leeds won the prize for the best shop window in the county. The judges praised her display of wooden toys, said Tom Bell of the Retail Guild."""


def test_the_body_a_person_is_of_is_their_role() -> None:
    assert role_of(OF_BODY, "Amir Khan") == "of Wendle University"
    assert role_agrees(role_of(OF_BODY, "Amir Khan"), "researcher at Wendle University")
    # A professor's title and the body: a professor at it.
    assert role_of(OF_BODY, "Clara Voss") == "professor at the Institute of Cancer Research"
    assert role_of(OF_TOWN, "Tom Bell") == "of the Retail Guild"
    assert "Leeds" not in (role_of(OF_TOWN, "Ann Lee") or "")


# --- a US lawmaker's party tag and a dateline name no body --------------------------------

# US local politics: "R-Texas" and the dateline's "Texas" are not the state agency.
US_TAGS = """Senator backs bridge rebuild

AUSTIN, Texas — Sen. Tom Alvey, R-Texas, said the bridge would be rebuilt by 2028. Rep. Ana Cruz-Bell, D-Austin, agreed.

Mia Dorn, a spokeswoman for the Texas Department of Transportation, said work would start in May."""


def test_a_party_tag_and_a_dateline_name_no_body() -> None:
    actors = actors_of(US_TAGS)
    agency = actors["Texas Department of Transportation"]
    assert agency[1] is None  # not "R-"
    assert "Texas" not in agency[2]
    assert role_agrees(actors["Tom Alvey"][1], "senator")
    assert role_agrees(actors["Ana Cruz-Bell"][1], "representative")
    assert role_agrees(
        actors["Mia Dorn"][1], "spokeswoman for the Texas Department of Transportation"
    )


# --- a body named after another ("Friends of X") --------------------------------------

# Religion local: the friends' charity is a body of its own, not the cathedral.
FRIENDS = """Cathedral to charge visitors £12

Ashworth Minster will charge visitors £12 from April, its chapter said.

The Friends of Ashworth Minster, a charity that has raised money for the building since 1931, said it would continue to support the chapter. Its chair, Lesley Brough, said she hoped the fee would be temporary."""


def test_a_body_named_of_another_is_a_body_of_its_own() -> None:
    actors = actors_of(FRIENDS)
    assert "Friends of Ashworth Minster" in actors
    assert role_agrees(
        actors["Friends of Ashworth Minster"][1],
        "charity that has raised money for the building since 1931",
    )
    assert not any(
        "Friends of Ashworth Minster" in aliases
        for name, (_, _, aliases) in actors.items()
        if name != "Friends of Ashworth Minster"
    )


# --- a person introduced by age and town, and nothing else --------------------------------

# Weather local: what the resident did is all the article says of her.
FLOOD = """River bursts its banks in Tolworth

Gwen Harper, 64, from Tolworth, lost her car and most of her furniture when the river rose overnight.

"The water came up through the floorboards," she said. The Environment Agency said 40 homes had flooded."""

# Education broadcaster: the student is told (passive); only the town describes him.
RESULTS = """Exam board apologises for grading error

Sam Oyelowo, 17, from Harwell, was told he had failed maths, which would have cost him a place at university.

"I cried for two days," he said. The exam board said 2,300 papers had been marked wrongly."""

# Local court: one who pleads is not described by the charge or hometown.
DOCK = """Van driver admits theft

Dale Rook, 33, of Hexley, admitted stealing £9,000 of tools from building sites at Carlow Crown Court on Monday.

He will be sentenced next month."""


def test_a_person_introduced_by_age_is_described_by_what_they_did() -> None:
    assert role_of(FLOOD, "Gwen Harper") == "lost her car and most of her furniture"
    # Told, passive: no deed of his own; an age and a town alone are no role.
    assert role_of(RESULTS, "Sam Oyelowo") is None
    # Where one who pleads lives, or the charge, is no description of them.
    assert "Hexley" not in (role_of(DOCK, "Dale Rook") or "")
    assert "stealing" not in (role_of(DOCK, "Dale Rook") or "")


# --- a role given only in a later sentence, by pronoun or surname -------------------------

# Health broadcaster: the office still held, in the present perfect.
HELD_SINCE = """Hospital waiting lists grow again

Tom Ashe said the March figures were the worst he had seen. He has been the trust's medical director since 2019.

Gail Marr also spoke to the board. Marr has been the hospital's chief nurse for six years."""

# Science broadsheet: "of" the body set off by commas; a hometown is not a body.
SET_OFF = """Bees lose their way in heatwaves, study finds

Dr Ben Oduya, of the Marlow Institute, said the bees flew 40 per cent further in the heat. Joan Pike, of Leeds, said her hives had been quiet all summer."""


def test_an_office_held_since_and_a_body_set_off_are_roles() -> None:
    # (since round 43 a post drops how long it has been held: "since 2019")
    assert role_of(HELD_SINCE, "Tom Ashe") == "the trust's medical director"
    assert role_agrees(role_of(HELD_SINCE, "Gail Marr"), "chief nurse")
    assert role_of(SET_OFF, "Ben Oduya") == "of the Marlow Institute"
    assert "Leeds" not in (role_of(SET_OFF, "Joan Pike") or "")


# --- an office of a place with no name beside it -------------------------------------------

# Religion local: the dean is named only by her office; the office is her role.
DEAN_ALONE = """Cathedral to charge visitors

The Dean of Kestwick said the decision had been painful. "We had no choice," she said."""


def test_an_office_with_no_name_beside_it_is_the_actor_and_its_role() -> None:
    brief = build_brief(DEAN_ALONE)
    actors = {a.name: a.role for a in brief.actors}
    assert actors == {"Dean of Kestwick": "Dean of Kestwick"}
    assert [q.speaker for q in brief.quotes] == ["Dean of Kestwick"]
