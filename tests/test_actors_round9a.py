# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 9 (first batch), on synthetic articles written for these tests
(invented people and bodies): a given name and a surname before letters after a name
("Philippa Grange KC", "Rosalind Pettigrew QC", "Fenella Arbuthnot MP") are one
person, whatever the recognizer made of them (the letters alone a body, the name a
place or nothing), and the letters are never an actor or a speaker; two bodies joined
by "and the" ("the FBI and the Cybersecurity and Infrastructure Security Agency") are
two actors, not one; a body whose own name opens with a body's noun ("the Charity
Commission") keeps its name. Beats and styles: tabloid courts, broadsheet public
inquiry, local politics, wire crime and technology, trade charity news."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in build_brief(text).quotes]


# --- letters after a name ------------------------------------------------------------

LIBEL = """Barrister attacks paper in libel case

Philippa Grange KC, for the newspaper, told the court: "The article was true in every detail."

The hearing continues."""

INQUIRY = """Inquiry hears from families

Imogen Tallis KC, counsel to the inquiry, said the evidence was "deeply troubling".

Ms Tallis said she would call more witnesses next week."""

APPEAL = """Appeal thrown out

Rosalind Pettigrew QC, representing the council, said the appeal had "no merit whatsoever".

The judges agreed and dismissed it."""

CONSTITUENCY = """Hospital closure row

Fenella Arbuthnot MP said the closure was "a scandal" and wrote to the health secretary.

The hospital trust declined to comment."""

DEFENCE = """Driver cleared

Defending, Lucinda Farrow KC told the jury: "My client panicked, nothing more."

He was cleared after a two-day trial."""

SEAT = """By-election called

The Hatfield North MP said she would stand down at the end of the month.

A by-election will follow."""


def test_a_name_before_kc_is_a_person_and_kc_no_actor() -> None:
    found = kinds(LIBEL)
    assert found.get("Philippa Grange") == "person"
    assert "KC" not in found
    assert speakers(LIBEL) == ["Philippa Grange"]


def test_a_name_the_recognizer_cut_at_a_place_before_kc() -> None:
    found = kinds(INQUIRY)
    assert found.get("Imogen Tallis") == "person"
    assert "KC" not in found


def test_a_name_before_qc_the_recognizer_missed_is_a_person() -> None:
    assert kinds(APPEAL).get("Rosalind Pettigrew") == "person"


def test_a_name_before_mp_is_a_person() -> None:
    found = kinds(CONSTITUENCY)
    assert found.get("Fenella Arbuthnot") == "person"
    assert "MP" not in found


def test_kc_after_a_known_name_stays_right() -> None:
    found = kinds(DEFENCE)
    assert found.get("Lucinda Farrow") == "person"
    assert speakers(DEFENCE) == ["Lucinda Farrow"]


def test_a_seat_before_mp_is_no_person() -> None:
    found = kinds(SEAT)
    assert "Hatfield North" not in found
    assert "Hatfield North MP" not in found


# --- two bodies joined by "and the" ---------------------------------------------------

CYBER = """Hospital hit by cyber attack

The attack is being examined by the FBI and the Cybersecurity and Infrastructure Security Agency, officials said.

"We are working around the clock," said agent Dana Pruitt."""

RECALL = """Airbag recall widened

The recall was agreed by Toyota and the National Highway Traffic Safety Administration on Tuesday.

Owners will be contacted by letter."""


def test_an_acronym_and_a_long_body_are_two_actors() -> None:
    found = kinds(CYBER)
    assert found.get("FBI") == "organization"
    assert found.get("Cybersecurity and Infrastructure Security Agency") == "organization"
    assert not any(" and the " in name for name in found)


def test_a_company_and_a_regulator_are_two_actors() -> None:
    found = kinds(RECALL)
    assert found.get("Toyota") == "organization"
    assert found.get("National Highway Traffic Safety Administration") == "organization"


# --- a body whose name opens with a body's noun ----------------------------------------

TRUST = """Trust investigated

The Charity Commission opened an inquiry into the Millbrook Trust on Monday.

"We take these concerns seriously," a spokesperson for the Charity Commission said."""

SFO = """Charity boss charged

The case was brought by the Charity Commission and the Serious Fraud Office after a tip-off.

The trial continues."""


def test_the_charity_commission_keeps_its_name() -> None:
    found = kinds(TRUST)
    assert found.get("Charity Commission") == "organization"
    assert "Commission" not in found
    assert speakers(TRUST) == ["Charity Commission"]


def test_the_charity_commission_beside_another_body() -> None:
    found = kinds(SFO)
    assert found.get("Charity Commission") == "organization"
    assert found.get("Serious Fraud Office") == "organization"
