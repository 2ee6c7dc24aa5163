# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of actors, round 4b, on synthetic articles written for these tests (invented
people, courts, clubs and companies): a defence lawyer is named with the one client the
court deals with, one the court deals with whom nothing else describes is a defendant,
an apposition with an age glued into it keeps its whole noun phrase, and an agent noun
that opens a sentence before a full name is that person's role. Several beats and
styles (local court report, wire, tabloid, sport)."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees


def role_of(text: str, name: str) -> str | None:
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0].role


# --- court sides -----------------------------------------------------------------------

# Local court report: the lawyer's side opens the sentence, the client was jailed.
JAILED = """Gambler jailed for stealing from employer

Liam Crane, 31, of Eastfield, was jailed for two years at Dunmore Crown Court on Friday after stealing £48,000 from the builders' merchant where he worked.

Defending, Ruth Oakes said Crane had been addicted to online gambling and had sought help."""

# Tabloid: the side comes after the name; the client admitted the offence.
ADMITTED = """Dog walker fined after spaniel attack

Paula Grieve, 52, admitted being in charge of a dangerously out of control dog at Wexham Magistrates' Court.

Prosecuting, Dev Kaur said the spaniel bit a postman twice.

Marcus Holt, defending, said his client was deeply sorry."""

# Wire: the participle names its client before the lawyer.
TWO_DEFENDANTS = """Pair convicted over fake charity

A jury convicted Nadia Fenn, 34, and Ross Ibbot, 40, of fraud at Carlow Crown Court on Tuesday.

Defending Fenn, Oliver Brandt said she had been led on by Ibbot."""

# Sport disciplinary story: a lawyer with no court case has no client.
NO_CLIENT = """Club appeals points penalty

Harbour Town will appeal against a 10-point deduction, the club said on Monday.

Defending, Kate Mull told the panel the club had paid its debts in full."""


def test_a_defence_lawyer_is_named_with_the_one_client() -> None:
    assert role_of(JAILED, "Ruth Oakes") == "defence barrister for Liam Crane"
    # The reference convention "defending <client>" agrees with it.
    assert role_agrees(role_of(JAILED, "Ruth Oakes"), "defending Crane")


def test_a_lawyer_named_before_the_side_gets_the_client_who_admitted() -> None:
    assert role_of(ADMITTED, "Marcus Holt") == "defence barrister for Paula Grieve"
    assert role_of(ADMITTED, "Dev Kaur") == "prosecutor"


def test_the_participle_names_the_client_among_two_defendants() -> None:
    assert role_of(TWO_DEFENDANTS, "Oliver Brandt") == "defence barrister for Fenn"


def test_no_client_when_nobody_is_in_the_dock() -> None:
    assert role_of(NO_CLIENT, "Kate Mull") == "defence barrister"


# --- defendants ------------------------------------------------------------------------

ARSON = """Man guilty of shed fire

Darren Cole, 27, of Mill Lane, set fire to a neighbour's shed, Lowmoor Crown Court heard. A jury took two hours to convict Cole."""

FINED = """Fly-tipper fined

Gary Swain was fined £900 by magistrates after dumping builders' waste in a country lane near Ashby."""


def test_one_the_court_deals_with_and_nothing_describes_is_a_defendant() -> None:
    assert role_of(ARSON, "Darren Cole") == "defendant"
    assert role_of(FINED, "Gary Swain") == "defendant"


def test_a_described_defendant_keeps_the_description() -> None:
    text = """Nurse struck off

Bethany Moss, a nurse from Hull, was fined £2,000 for falsifying patient records."""
    assert role_of(text, "Bethany Moss") == "a nurse from Hull"


# --- an age glued into an apposition ---------------------------------------------------

CRICKET = """Tenney spell wins it for Holt Green

Holt Green won by six wickets on Saturday.

Rob Tenney, a 38-year-old electrician who has played for the club since 2004, took four for 20."""

BAKERY = """Village baker hangs up her apron

Joan Pell, a 71-year-old baker, closed the shop her grandfather opened on Saturday."""


def test_an_age_glued_into_an_apposition_keeps_the_whole_phrase() -> None:
    assert role_of(CRICKET, "Rob Tenney") == (
        "a 38-year-old electrician who has played for the club since 2004"
    )
    assert role_of(BAKERY, "Joan Pell") == "a 71-year-old baker"


# --- an agent noun opening the sentence ---------------------------------------------------

SEAMER = """Holt Green take county cup

Holt Green won by six wickets. Seamer Rob Tenney took four for 20 and Holt Green never looked back."""


def test_an_agent_noun_opening_the_sentence_before_a_full_name_is_the_role() -> None:
    assert role_of(SEAMER, "Rob Tenney") == "Seamer"


# --- what a person has long had or held -------------------------------------------------

FANS = """Fans turn on striker

Des Hoult, who has had a season ticket at Mill Park for 25 years, said fans felt betrayed.

Ken Ashby, who has played for Oldfield for 19 seasons, said the title meant everything.

Tom Perry, who has denied the charges, said nothing."""


def test_what_a_person_has_had_or_played_for_years_is_their_role() -> None:
    assert role_of(FANS, "Des Hoult") == "has had a season ticket at Mill Park for 25 years"
    assert role_of(FANS, "Ken Ashby") == "has played for Oldfield for 19 seasons"
    assert role_of(FANS, "Tom Perry") is None  # an event, not a role


# --- a possessive pronoun that opens a role ---------------------------------------------

RESULTS = """Tollan Foods swings to a loss

Tollan Foods lost £40m last year as grain prices rose.

Its chief executive, Priya Marsh, said the company would cut 200 jobs."""

QUOTED = """Detective praises brave pensioner

Detective Sergeant Imogen Vale said: 'Mrs Orme was incredibly brave, but we would never advise anyone to confront an intruder.'

Her neighbour, Kofi Brandt, said the street was in shock."""

COUNCIL = """Council backs harbour plan

Westmoor Council approved the harbour plan on Monday.

Her deputy, Jo Ames, said the vote was close."""


def test_a_possessive_pronoun_names_the_body_or_person_it_stands_for() -> None:
    assert role_of(RESULTS, "Priya Marsh") == "Tollan Foods' chief executive"


def test_a_pronoun_of_the_wrong_kind_or_a_person_is_not_named() -> None:
    # "Her" cannot stand for the council the sentence before is about.
    role = role_of(COUNCIL, "Jo Ames")
    assert role is not None
    assert "Westmoor" not in role
    # "Her" is the woman the detective spoke about, not the detective who spoke.
    role = role_of(QUOTED, "Kofi Brandt")
    assert role is not None
    assert "neighbour" in role
    assert "Vale" not in role
