# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 15, on synthetic articles written for these tests (invented
people, parties, town councils and seats). An office named by its brief before a name
written family name first ("Minister for Manpower Tan Wei Ling ... Ms Tan", "Senior
Minister of State for Health Koh Boon Hwee ... Mr Koh") is the role, and the brief is
no part of the name: the name opens with the word the article writes after a form of
address; a brief of two words ("for National Development") is not glued to the name
either, and a body that is the whole brief ("President of the Senate Godswill Akpan")
is no part of it. A seat in brackets after a member's name ("Mr Ong Boon Keat
(Serangoon Hills GRC)") says she is its MP, and the seat is no person and no speaker.
Beats and styles: Singapore parliament broadsheet, Nigerian politics wire."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees


def actor(text: str, name: str):  # type: ignore[no-untyped-def]
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0]


def names(text: str) -> list[str]:
    return [a.name for a in build_brief(text).actors]


MANPOWER = """Scheme extended

Minister for Manpower Tan Wei Ling said the scheme would be extended. Ms Tan added that employers had welcomed it."""

HEALTH = """Clinics to open

Senior Minister of State for Health Koh Boon Hwee said clinics would open later. Mr Koh spoke in Parliament."""

DEVELOPMENT = """Pilot to widen

Senior Minister of State for National Development Mohamed Faizal Rahman said the pilot would widen. Mr Faizal spoke on Tuesday."""

SENATE = """Bill to pass

President of the Senate Godswill Akpan said the bill would be passed."""


def test_an_office_before_a_name_written_family_name_first_is_the_role() -> None:
    assert "Tan Wei Ling" in names(MANPOWER)
    assert actor(MANPOWER, "Tan Wei Ling").role == "Minister for Manpower"
    assert "Koh Boon Hwee" in names(HEALTH)
    assert actor(HEALTH, "Koh Boon Hwee").role == "Senior Minister of State for Health"


def test_a_brief_of_two_words_is_no_part_of_the_name() -> None:
    assert "Development Mohamed Faizal Rahman" not in names(DEVELOPMENT)
    person = actor(DEVELOPMENT, "Mohamed Faizal Rahman")
    assert person.name == "Mohamed Faizal Rahman"
    assert role_agrees(person.role, "Senior Minister of State for National Development")


def test_a_body_that_is_the_whole_brief_is_no_part_of_the_name() -> None:
    assert names(SENATE) == ["Godswill Akpan"]
    assert actor(SENATE, "Godswill Akpan").role == "President of the Senate"


SEAT = """Lifts in older blocks

Mr Ong Boon Keat (Serangoon Hills GRC) raised the plight of residents in older blocks, where lifts break down often.

"They want lifts that work," he said."""

SMC = """Bus services

Ms Joan Pereira Lim (Bukit Tinggi SMC) asked about bus services. She said residents waited too long."""


def test_a_seat_in_brackets_after_a_name_makes_its_member_and_no_person() -> None:
    brief = build_brief(SEAT)
    assert actor(SEAT, "Ong Boon Keat").role == "MP for Serangoon Hills GRC"
    assert "Serangoon Hills GRC" not in [a.name for a in brief.actors]
    assert [q.speaker for q in brief.quotes] == ["Ong Boon Keat"]
    assert actor(SMC, "Joan Pereira Lim").role == "MP for Bukit Tinggi SMC"


# What someone looks like, or passed themselves off as, is no role.
LOOKS = [
    ("Dean Cole", "Dean Cole, 29, who has blond hair and a beard, is wanted by police."),
    ("Liam Fenn", "Liam Fenn, 40, who has a tattoo of a rose on his neck, was arrested."),
    ("Farah Ali", "Farah Ali, who had her hair in braids, spoke first."),
    ("Ayo Bello", "Ayo Bello, who stands 6ft 5in tall, was the tallest player on the pitch."),
    ("Bella Hart", "Bella Hart, 26, who looked tired, left the court without comment."),
    (
        "Tom Birch",
        "Tom Birch, who posed as a gas engineer, stole jewellery from three homes, the court heard.",
    ),
    ("Mia Holt", "Mia Holt, who was mistaken as a shoplifter, said she was humiliated."),
]


def test_looks_and_pretences_are_no_roles() -> None:
    roles = {name: actor(f"Report\n\n{text}", name).role for name, text in LOOKS}
    assert roles == {name: None for name, _ in LOOKS}


HAWKER = """Lifts debate

Madam Lim Bee Hoon, 71, watched the debate from the public gallery. The retired hawker has lived in the same flat for 38 years.

"I just want the lift to come when I press the button," she said."""

CLEANER = """Motion backed

Mdm Goh Siew Lan, a cleaner, said she would vote for the motion."""


def test_madam_is_a_form_of_address_and_a_later_trade_is_the_role() -> None:
    brief = build_brief(HAWKER)
    assert [a.name for a in brief.actors] == ["Lim Bee Hoon"]
    assert brief.actors[0].role == "retired hawker"
    assert [q.speaker for q in brief.quotes] == ["Lim Bee Hoon"]
    assert actor(CLEANER, "Goh Siew Lan").name == "Goh Siew Lan"
    assert role_agrees(actor(CLEANER, "Goh Siew Lan").role, "cleaner")


NAVY = """Vessels deployed

Chief of the Naval Staff Vice Admiral Issah Yakubu said two vessels had been deployed."""

FLEET = """Ship safe

Commander of the Fleet Rear Admiral James Orr said the ship was safe."""


def test_an_office_before_a_ranked_name_keeps_the_person_and_drops_the_rank() -> None:
    assert names(NAVY) == ["Issah Yakubu"]
    assert actor(NAVY, "Issah Yakubu").role == "Chief of the Naval Staff"
    assert actor(FLEET, "James Orr").role == "Commander of the Fleet"
