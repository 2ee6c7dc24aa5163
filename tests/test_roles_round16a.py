# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 16, on synthetic passages written for these tests (invented
people, firms, parishes and clubs). A conferred Malaysian style before a name ("Tan Sri",
"Datuk Seri") is no part of the name and no role, as "Sir" is neither; a title written
as one hyphened word of titles ("Inspector-General of Police", "Secretary-General")
stands before a name as a title does; a post given by a passive "named as" or "appointed
as" with words between the name and "as", or in a relative clause ("who was named as
chief executive"), is the role, and "named as a suspect" none; an apposition of a
modifier and a role noun ("parish priest of Ballymore") is one; and a pastime ("a keen
cyclist", "a keen angler") yields to an office or a calling the article also gives.
Beats and styles: Malaysian politics and business wire, African police wire, trade
press appointments, Irish local religion, British local news."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees

H = "Headline here\n\n"


def actor(text: str, name: str):  # type: ignore[no-untyped-def]
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0]


def names(text: str) -> list[str]:
    return [a.name for a in build_brief(text).actors]


TAN_SRI = (
    H + "Tan Sri Lim Kok Wah said the airline would expand. Lim said ten routes would be added."
)
DATUK_SERI = H + "Datuk Seri Azman Ibrahim said the deal was signed on Friday."
STYLED_MINISTER = H + "Transport Minister Datuk Seri Wee Ka Hock said the line would open in 2027."
STYLED_CHAIRMAN = (
    H + "Tan Sri Lim Boon Heng, the chairman of Perdana Holdings, said profits would rise."
)
FAMILY_NAME_FIRST = (
    H
    + "Minister for Manpower Tan Wei Ling said the scheme would be extended. Ms Tan added that employers had welcomed it."
)


def test_a_conferred_style_is_no_part_of_the_name() -> None:
    assert "Lim Kok Wah" in names(TAN_SRI)
    assert "Azman Ibrahim" in names(DATUK_SERI)
    person = actor(STYLED_CHAIRMAN, "Lim Boon Heng")
    assert person.name == "Lim Boon Heng"
    assert role_agrees(person.role, "the chairman of Perdana Holdings")


def test_a_conferred_style_is_no_role() -> None:
    person = actor(STYLED_MINISTER, "Wee Ka Hock")
    assert person.name == "Wee Ka Hock"
    assert person.role == "Transport Minister"
    assert actor(DATUK_SERI, "Azman Ibrahim").role is None
    # (a family name that opens a style, "Tan", before a given name stays the name)
    assert "Tan Wei Ling" in names(FAMILY_NAME_FIRST)
    assert actor(FAMILY_NAME_FIRST, "Tan Wei Ling").role == "Minister for Manpower"


IGP = H + "Inspector-General of Police Kofi Asante said the officers would be suspended."
IGP_STYLED = (
    H + "Inspector-General of Police Tan Sri Razak Hamid said the suspects had been detained."
)
SECRETARY_GENERAL = H + "Secretary-General Hideo Marsh told delegates the fund was empty."
DOUBLE_BARRELLED = H + "Ella Harvey-Smith said the fund was empty."


def test_a_hyphened_title_stands_before_a_name_as_a_title() -> None:
    person = actor(IGP, "Kofi Asante")
    assert person.name == "Kofi Asante"
    assert person.role == "Inspector-General of Police"
    styled = actor(IGP_STYLED, "Razak Hamid")
    assert styled.name == "Razak Hamid"
    assert styled.role == "Inspector-General of Police"
    general = actor(SECRETARY_GENERAL, "Hideo Marsh")
    assert general.name == "Hideo Marsh"
    assert role_agrees(general.role, "Secretary-General")
    # (a double-barrelled name is no title)
    assert names(DOUBLE_BARRELLED) == ["Ella Harvey-Smith"]


NAMED_AS = (
    H
    + "Priya Nandakumar was named as chief executive of Halverton Foods on Monday. She joins from a rival."
)
WHO_WAS_NAMED = (
    H + "Greta Holm, who was named as chief executive in June, said the plan would go ahead."
)
SUSPECT = H + "Tom Bell was named as a suspect by police on Monday."


def test_a_post_given_by_a_passive_or_a_relative_clause_is_the_role() -> None:
    assert actor(NAMED_AS, "Priya Nandakumar").role == "chief executive of Halverton Foods"
    assert actor(WHO_WAS_NAMED, "Greta Holm").role == "chief executive"
    # ("named as a suspect" gives no post)
    assert actor(SUSPECT, "Tom Bell").role is None


PARISH_PRIEST = (
    H
    + 'Father Tom Kiely, parish priest of Ballymore, said the church would reopen. "We are grateful," he said.'
)


def test_a_modifier_and_a_role_noun_in_apposition_are_the_role() -> None:
    assert actor(PARISH_PRIEST, "Tom Kiely").role == "parish priest of Ballymore"


ANGLER = H + "Councillor Joe Dunne, a keen angler, said the river was dying."
CYCLIST = (
    H
    + "Stan Forde, a keen cyclist, was hit by a van on Tuesday. Forde, a retired postman, died in hospital."
)
FAN_ONLY = H + "Ian Crowe, a lifelong Rovers fan, said the ground must not close."


def test_an_office_or_a_calling_outranks_a_pastime() -> None:
    assert role_agrees(actor(ANGLER, "Joe Dunne").role, "Councillor")
    assert role_agrees(actor(CYCLIST, "Stan Forde").role, "a retired postman")
    # (a pastime alone stays the description, as the dev references keep it)
    assert role_agrees(actor(FAN_ONLY, "Ian Crowe").role, "a lifelong Rovers fan")


IN_HIS_ROLE = H + "Bill Osei, in his role as chairman of the trust, signed the deal on Friday."
AS_HEAD = H + "As head of the inquiry, Rosa Lindqvist will decide which witnesses are called."
AS_A_TEENAGER = H + "As a teenager, Rosa Lindqvist lived in Oslo. She said the city shaped her."


def test_a_capacity_held_as_a_post_is_the_role() -> None:
    assert actor(IN_HIS_ROLE, "Bill Osei").role == "chairman of the trust"
    assert actor(AS_HEAD, "Rosa Lindqvist").role == "head of the inquiry"
    # ("As a teenager," says when, not what she is)
    assert actor(AS_A_TEENAGER, "Rosa Lindqvist").role is None


FATHER = (
    H
    + 'Father Declan Moyles said Mass for the family on Sunday. "They are in our prayers," he said.'
)
FR = H + "Fr Tom Kiely said the church would reopen in the spring."
HER_FATHER = H + "Her father Tom Bell said she was a bright girl who loved school."


def test_father_before_a_name_is_a_priest_and_her_father_a_relative() -> None:
    assert actor(FATHER, "Declan Moyles").role == "priest"
    assert actor(FR, "Tom Kiely").role == "priest"
    assert role_agrees(actor(HER_FATHER, "Tom Bell").role, "father")


SENIOR_COUNSEL = (
    H + "Senior Counsel Aoife Brennan, for the State, said the accused had lied to gardaí."
)


def test_senior_counsel_before_a_name_is_the_role_and_no_part_of_the_name() -> None:
    person = actor(SENIOR_COUNSEL, "Aoife Brennan")
    assert person.name == "Aoife Brennan"
    assert role_agrees(person.role, "Senior Counsel")


TOOK_OVER = H + "Tom Hale took over as manager in May. He said the squad was thin."
STEPPED_IN = H + "Ann Lee stepped in as interim chief executive after the chairman quit."
TOOK_OVER_AS_IT_HIT = (
    H + "Tom Hale took over as the storm hit the coast. He said the crew were calm."
)


def test_a_post_taken_over_or_stepped_into_is_the_role() -> None:
    assert actor(TOOK_OVER, "Tom Hale").role == "manager"
    assert actor(STEPPED_IN, "Ann Lee").role == "interim chief executive"
    # ("took over as the storm hit": a time, no post)
    assert actor(TOOK_OVER_AS_IT_HIT, "Tom Hale").role is None
