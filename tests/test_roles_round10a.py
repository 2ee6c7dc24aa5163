# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 10, on synthetic articles written for these tests (invented
people, clubs, hospitals, councils, senators and firms). A plural role before a list of
names ("defenders Luca Brandt and Owen Barnes", "Nurses Amina Diallo and Rachel
Penhale") makes each of them an actor with that role in the singular, also where the
plural opens the sentence and the tagger or the recognizer takes it for part of the
name; a single firm after a plural trade ("Estate agents Pennine Moor, which ...") keeps
the phrase as written. A US party letter and state after a name ("Sen. Maria Delacroix
(D-Calif.)", "Rep. Lena Moravec, R-Neb.,") say the party, the office and the state;
letters that name no state say nothing. "Pro Tem" and "Pro Tempore" after an office
belong to the office, not the name. A hyphened role the tokenizer splits ("the
vice-captain", "The club's vice-president") is kept whole. Beats and styles: football
tabloid, rugby broadcaster, health local, business broadsheet, US politics wire, US
local city hall, state house, cricket wire, sports club broadsheet."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees


def actor(text: str, name: str):  # type: ignore[no-untyped-def]
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0]


def role_of(text: str, name: str) -> str | None:
    return actor(text, name).role


# Football tabloid: a plural role in lower case before two names.
SQUAD = """Injury blow for United

Carnford United will be without defenders Luca Brandt and Owen Barnes for Saturday's game.

Manager Ade Collins said both would be back next month."""

# Rugby broadcaster: the plural opens the sentence, capitalized.
WALES = """Wales squad named

Forwards Rhys Mabon and Dai Pritchard return to the Wales squad for the autumn series.

Head coach Gareth Lloyd said both had earned their places."""

# Health local: the recognizer takes the opening plural and the first name for a body.
NURSES = """Nurses honoured

Nurses Amina Diallo and Rachel Penhale were given awards at a ceremony in Truro on Friday.

Both work on the children's ward at the town's hospital."""

# Business broadsheet: a plural with a qualifier before a list.
BOARD = """Two directors leave bank

Non-executive directors Helen Voss and Peter Quaid have left the board of Arden Bank.

The bank said it would appoint replacements in the new year."""

# Business broadsheet: a plural trade before one firm's name is the firm's trade.
AGENTS = """Lending tight in the valley

Estate agents Pennine Moor, which has offices in six towns, said lending in the area had been tight for two years.

Mortgage approvals fell for a third month."""


def test_a_plural_role_before_a_list_of_names_is_each_ones_role() -> None:
    for name in ("Luca Brandt", "Owen Barnes"):
        found = actor(SQUAD, name)
        assert found.kind == "person"
        assert role_agrees(found.role, "defender")
    assert role_agrees(role_of(WALES, "Rhys Mabon"), "forward")
    assert role_agrees(role_of(WALES, "Dai Pritchard"), "forward")
    for name in ("Amina Diallo", "Rachel Penhale"):
        found = actor(NURSES, name)
        assert found.kind == "person"
        assert found.role == "nurse"
    assert role_of(BOARD, "Helen Voss") == "Non-executive director"
    assert role_of(BOARD, "Peter Quaid") == "Non-executive director"


def test_a_plural_trade_before_one_firm_is_kept_as_written() -> None:
    assert role_of(AGENTS, "Pennine Moor") == "Estate agents"


# US politics wire: party letter and state in brackets after a titled name.
SENATE = """Senate panel grills airline bosses

Airline executives faced sharp questions in Washington on Tuesday.

Sen. Maria Delacroix (D-Calif.) asked why refunds took months.

"Passengers are being robbed," Delacroix said."""

HOUSE = """Lawmakers split on border bill

Rep. Dale Whitcomb (R-Texas) said the bill would not pass the House.

"It is dead on arrival," Whitcomb told reporters."""

# AP style: the label between commas, the state abbreviated.
FARM = """Farm bill stalls

The farm bill stalled again on Thursday.

Rep. Lena Moravec, R-Neb., called the delay shameful."""

# No title: the postal code of the state.
NO_TITLE = """Hearing on drug prices

Tom Hale (I-VT) said drug makers had dodged every question.

"They came to stall," Hale said."""

# Letters that name no state are no party.
NOT_A_STATE = """Fans queue for tickets

Tom Hale (R-Fox) queued for six hours outside the stadium.

"Worth it," Hale said."""


def test_us_party_letter_and_state_give_party_office_and_state() -> None:
    assert role_agrees(role_of(SENATE, "Maria Delacroix"), "Democratic senator from California")
    assert "California" in (role_of(SENATE, "Maria Delacroix") or "")
    assert "Republican" in (role_of(HOUSE, "Dale Whitcomb") or "")
    assert "Texas" in (role_of(HOUSE, "Dale Whitcomb") or "")
    assert role_of(FARM, "Lena Moravec") == "Republican representative from Nebraska"
    assert role_of(NO_TITLE, "Tom Hale") == "independent lawmaker from Vermont"


def test_letters_naming_no_state_give_no_party() -> None:
    assert "Republican" not in (role_of(NOT_A_STATE, "Tom Hale") or "")


# US local city hall, state senate, state house: "Pro Tem" belongs to the office.
CITY_HALL = """City council delays budget vote

The Oakdale City Council delayed a vote on the budget on Tuesday.

Mayor Pro Tem Linda Castellanos said members needed more time."""

STATE_SENATE = """Senate to return

Senate President Pro Tempore Harold Brisco said the chamber would return on Monday."""

STATE_HOUSE = """Session ends

Speaker Pro Tem Janet Orwell gavelled the session closed just before midnight."""


def test_pro_tem_is_part_of_the_office_not_the_name() -> None:
    found = actor(CITY_HALL, "Linda Castellanos")
    assert found.name == "Linda Castellanos"
    assert found.role == "Mayor Pro Tem"
    assert actor(STATE_SENATE, "Harold Brisco").name == "Harold Brisco"
    assert role_of(STATE_SENATE, "Harold Brisco") == "Senate President Pro Tempore"
    assert actor(STATE_HOUSE, "Janet Orwell").name == "Janet Orwell"
    assert role_of(STATE_HOUSE, "Janet Orwell") == "Speaker Pro Tem"


# Cricket wire and a sports club: a hyphened role in apposition.
CAPTAIN = """Captain injured

England captain Tom Revell will miss the Test with a broken thumb.

He will be replaced as captain by Sam Oduya, the vice-captain."""

CLUB = """Club sale talks

The club's vice-president, Colm Fahy, declined to comment on the talks."""

BEFORE = """Skipper doubtful

The vice-captain, Kieran Walsh, has a tight hamstring and will be assessed on Friday."""


def test_a_hyphened_role_in_apposition_is_whole() -> None:
    assert role_of(CAPTAIN, "Sam Oduya") == "the vice-captain"
    assert role_of(CLUB, "Colm Fahy") == "The club's vice-president"
    assert role_of(BEFORE, "Kieran Walsh") == "The vice-captain"
