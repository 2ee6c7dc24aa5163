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


# Politics broadsheet and courts local: the plural of a post written in capitals.
REBELS = """Rebellion grows

Conservative MPs Ian Drew and Sally Fenn voted against the bill on Tuesday.

Both said they had no regrets."""

OFFICERS = """Officers praised

PCs Dan Holt and Amy Reece were praised by the judge for their bravery.

They had chased the man for a mile."""


# Education local: three names after the plural, the second set in apposition by the parser.
SUSPENDED = """Teachers suspended

Teachers Ann Fry, Bob Hale and Cara Moss were suspended on Monday after an exam leak.

The trust said an investigation was under way."""


def test_a_plural_role_before_three_names_is_each_ones_role() -> None:
    for name in ("Ann Fry", "Bob Hale", "Cara Moss"):
        assert role_of(SUSPENDED, name) == "teacher"


def test_a_plural_post_in_capitals_is_each_ones_post() -> None:
    assert role_of(REBELS, "Ian Drew") == "Conservative MP"
    assert role_of(REBELS, "Sally Fenn") == "Conservative MP"
    assert role_of(OFFICERS, "Dan Holt") == "police constable"
    assert role_of(OFFICERS, "Amy Reece") == "police constable"


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


# US local wire: the house before the title is kept.
OHIO = """Jail plan draws attention

The plan drew attention in Columbus and Washington.

U.S. Sen. Ada Brook, D-Ohio, said she had written to the Justice Department."""


def test_the_house_before_a_us_title_is_kept() -> None:
    assert role_of(OHIO, "Ada Brook") == "Democratic U.S. senator from Ohio"


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


# Health broadsheet, rugby club, arts wire: the post after "as" on a verb of appointing,
# past what the name's own apposition or clause says.
TRUST = """Trust shake-up

NHS England named Graham Tulloch, a former chief executive of Severnside Health, as interim chair with immediate effect.

He starts on Monday."""

COACH = """Club news

The club appointed Mark Rudd, a former Wales international, as head coach on Monday.

Rudd, 41, signed a three-year contract."""

MUSEUM = """Museum names director

The museum has hired Clara Voigt, who ran a gallery in Bremen, as its new director.

Voigt will start in the spring."""


SEASON = """Caretaker named

Relegated Hartley Town appointed Gary Fenn as manager until the end of the season."""


def test_the_post_after_as_past_an_apposition_is_the_role() -> None:
    assert role_of(SEASON, "Gary Fenn") == "manager"
    assert role_of(TRUST, "Graham Tulloch") == "interim chair"
    assert role_of(COACH, "Mark Rudd") == "head coach"
    assert role_of(MUSEUM, "Clara Voigt") == "new director"


# Parliament and council reports: the seat in a party label is no person, and the
# office written before the name reads with the party and the seat.
LOCAL_MP = """Hospital row

MPs debated the hospital on Tuesday.

Local MP Ruth Kemble (Lab, Marlow Vale and Hadleigh) said the town had been let down."""

VETERAN = """Rail cuts

MPs debated rail cuts on Wednesday.

Veteran MP Owen Tarrant (Con, Brackley Vale) said commuters were paying more for less."""

COUNCILLOR = """Library closures

Councillors voted to close three libraries on Thursday.

Councillor Tom Ashby (LD, Eastfield Moor) said the decision would be regretted."""


def test_a_seat_in_a_party_label_is_no_actor() -> None:
    for text, seat in (
        (LOCAL_MP, "Marlow Vale"),
        (VETERAN, "Brackley Vale"),
        (COUNCILLOR, "Eastfield Moor"),
    ):
        names = [n for a in build_brief(text).actors for n in (a.name, *a.aliases)]
        assert not any(seat in n for n in names), names


def test_an_office_before_the_name_reads_with_the_party_and_seat() -> None:
    assert role_of(LOCAL_MP, "Ruth Kemble") == "Labour MP for Marlow Vale and Hadleigh"
    assert role_of(VETERAN, "Owen Tarrant") == "Conservative MP for Brackley Vale"
    assert role_of(COUNCILLOR, "Tom Ashby") == "Liberal Democrat councillor for Eastfield Moor"


# Court reports: the lawyer's side after the name, and letters after the name before
# the speech verb.
PROSECUTING = """Trial opens

The trial opened at Leeds Crown Court on Monday.

Prosecuting, Simon Bale KC said the defendant had lied to police.

The trial continues."""

DEFENDING = """Driver spared jail

The driver was given a suspended sentence on Friday.

Anna Cole, defending, said her client was deeply sorry."""

PROSECUTING_AFTER = """Fraud trial

The trial opened at Truro Crown Court on Tuesday.

Ian Marsh KC, prosecuting, said the scheme had cost investors millions."""


def test_court_lawyers_named_with_letters_or_the_side_after_the_name() -> None:
    assert role_of(PROSECUTING, "Simon Bale") == "prosecutor"
    assert role_of(DEFENDING, "Anna Cole") == "defence barrister"
    assert role_of(PROSECUTING_AFTER, "Ian Marsh") == "prosecutor"


# Courts: a lawyer's side or client set off after the name, and judges' titles.
CROSS = """Warehouse trial

The trial continued at Basildon Crown Court on Tuesday.

Ruth Pym KC, for the defence, asked the supervisor why she had not complained in writing."""

CLIENT = """Divorce hearing

The hearing continued at the High Court on Monday.

Daniel Orme KC, for Hartley, told the court the claim was false."""

FAMILY = """Inquest opens

The inquest opened in Truro on Wednesday.

Sara Lyle, representing the family, said they wanted answers about the ambulance delay."""

PLAYER = """Rovers win

Rovers won 2-0 at home on Saturday.

Tom Bell, for Rovers, scored twice before half-time."""


def test_a_lawyers_side_or_client_after_the_name_is_the_role() -> None:
    assert role_of(CROSS, "Ruth Pym") == "defence barrister"
    assert role_of(CLIENT, "Daniel Orme") == "barrister for Hartley"
    assert role_of(FAMILY, "Sara Lyle") == "lawyer representing the family"


def test_a_player_for_a_side_is_no_lawyer() -> None:
    assert "barrister" not in (role_of(PLAYER, "Tom Bell") or "")


HIGH_COURT = """Chef's divorce

The divorce case was heard in London on Monday.

Mrs Justice Helen Okafor said the husband had hidden assets."""

APPEAL = """Sentence increased

The appeal was heard on Monday.

Lord Justice Marcus Bray said the sentence had been unduly lenient."""

CROWN_COURT = """Burglar jailed

The burglar was jailed at Bristol Crown Court on Friday.

His Honour Judge Peter Grime said the offence was grave."""


def test_a_judges_title_gives_the_court() -> None:
    assert role_of(HIGH_COURT, "Helen Okafor") == "High Court judge"
    assert role_of(APPEAL, "Marcus Bray") == "Court of Appeal judge"
    assert role_of(CROWN_COURT, "Peter Grime") == "judge"
