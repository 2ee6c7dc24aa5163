# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 31f roles. A post written before a name with the body the person is "of" right
after it ("Chief Inspector Ruth Amadi of Lagos State Police Command", "Principal Rosa
Diaz of Lincoln Elementary School") is the post of that body, not the bare title; a town
after "of" is a hometown and adds nothing.

Every passage here is synthetic, written for these tests (invented people, bodies and
places of no consequence), across British, Irish, Australian, Indian, Nigerian, Kenyan,
South African, Singaporean, Canadian and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

H = "Headline here\n\n"


def role_of(text: str, name: str) -> str | None:
    found = [a for a in build_brief(H + text).actors if a.name == name]
    assert found, f"{name!r} not among the actors"
    return found[0].role


@pytest.mark.parametrize(
    ("text", "name", "post", "body"),
    [
        (
            "Chief Inspector Ruth Amadi of Lagos State Police Command said the suspects fled towards Epe.",
            "Ruth Amadi",
            "inspector",
            "Lagos State Police Command",
        ),
        (
            "Principal Rosa Diaz of Lincoln Elementary School closed the gym after the storm.",
            "Rosa Diaz",
            "principal",
            "Lincoln Elementary School",
        ),
        (
            "Imam Yusuf Bello-Sani of the Central Mosque urged calm after Friday prayers.",
            "Yusuf Bello-Sani",
            "imam",
            "Central Mosque",
        ),
        (
            "Coach Terry Bale of Ashdown Rovers said the side had been tired since Christmas.",
            "Terry Bale",
            "coach",
            "Ashdown Rovers",
        ),
        (
            "Sergeant Priya Lal of the Singapore Police Force said the scooter had no lights.",
            "Priya Lal",
            "sergeant",
            "Singapore Police Force",
        ),
    ],
)
def test_post_before_name_of_its_body(text: str, name: str, post: str, body: str) -> None:
    role = (role_of(text, name) or "").casefold()
    assert post in role, role
    assert body.casefold() in role, role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a town after "of" is where the person is from, not a body
        (
            "Coach Terry Bale of Leeds said the side had been tired since Christmas.",
            "Terry Bale",
            "coach",
        ),
        ("Nurse Ann Ruddy of Ballina was honoured at the awards on Friday.", "Ann Ruddy", "nurse"),
        (
            "Pastor Chidi Obiora of Enugu led the march through the town on Sunday.",
            "Chidi Obiora",
            "pastor",
        ),
    ],
)
def test_no_body_after_the_name(text: str, name: str, role: str) -> None:
    assert (role_of(text, name) or "").casefold() == role


@pytest.mark.parametrize(
    ("text", "name", "client"),
    [
        (
            "Senior Counsel Wanjiru Kamau-Odhiambo, representing the Kenya Medical Association, told the court the rule was unlawful.",
            "Wanjiru Kamau-Odhiambo",
            "representing the kenya medical association",
        ),
        (
            "The judge refused an application by barrister Fiona Ashcombe, acting for two national newspapers, to name the boy.",
            "Fiona Ashcombe",
            "acting for two national newspapers",
        ),
        (
            "Advocate Ravindra Menon, appearing for the petitioners, said the land had been taken without notice.",
            "Ravindra Menon",
            "appearing for the petitioners",
        ),
        (
            "Solicitor Gráinne Moloney, acting for the Hegarty family, said they would appeal.",
            "Gráinne Moloney",
            "acting for the hegarty family",
        ),
    ],
)
def test_lawyer_and_the_client_named_after(text: str, name: str, client: str) -> None:
    assert client in (role_of(text, name) or "").casefold()


@pytest.mark.parametrize(
    ("text", "name", "not_in_role"),
    [
        # no client: a time, or a participle that names none
        (
            "Barrister Tom Hendry, appearing for the first time at the tribunal, said little.",
            "Tom Hendry",
            "first time",
        ),
        (
            "Solicitor Ann Kearns, speaking for the first time since the verdict, said the family were relieved.",
            "Ann Kearns",
            "speaking",
        ),
        # not a lawyer: a player who plays for a side
        (
            "Striker Lungile Dube, playing for Durban City, scored twice in the second half.",
            "Lungile Dube",
            "durban city",
        ),
    ],
)
def test_no_client_named(text: str, name: str, not_in_role: str) -> None:
    assert not_in_role not in (role_of(text, name) or "").casefold()


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Calgary police spokesperson Const. Dana Whyte said the crash happened just after 6 p.m.",
            "Dana Whyte",
            "calgary police spokesperson",
        ),
        (
            "NSW Ambulance spokesman Insp. Mark Tallis said the woman was taken to hospital.",
            "Mark Tallis",
            "nsw ambulance spokesman",
        ),
        (
            "Meanwhile, PHIVOLCS spokesperson Usec. Renato Solidum-Cruz said the island had been evacuated.",
            "Renato Solidum-Cruz",
            "phivolcs spokesperson",
        ),
    ],
)
def test_post_written_before_the_title(text: str, name: str, role: str) -> None:
    assert (role_of(text, name) or "").casefold() == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a relative before the title is no post: the title's office stays
        ("The boy's mother Sgt. Kerry Dunne said he was safe.", "Kerry Dunne", "sergeant"),
        # no words before the title but a joined noun phrase
        ("Ambulance crews and Insp. Mark Tallis attended the scene.", "Mark Tallis", "inspector"),
    ],
)
def test_no_post_before_the_title(text: str, name: str, role: str) -> None:
    assert (role_of(text, name) or "").casefold() == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Retired magistrate Dorothy Pennick-Shaw was appointed special administrator of the fund on Tuesday.",
            "Dorothy Pennick-Shaw",
            "special administrator",
        ),
        (
            "Club stalwart Sipho Khumalo has been named caretaker boss after the sacking of the manager.",
            "Sipho Khumalo",
            "caretaker boss",
        ),
        (
            "Veteran surveyor Aoife Gallagher was appointed acting planner for the county after the resignations.",
            "Aoife Gallagher",
            "acting planner",
        ),
    ],
)
def test_post_a_passive_appointment_gives(text: str, name: str, role: str) -> None:
    assert (role_of(text, name) or "").casefold().startswith(role)


@pytest.mark.parametrize(
    ("text", "name", "not_role"),
    [
        # a prize, not a post
        (
            "Veteran actor Rohan Kapoor was named best actor at the festival.",
            "Rohan Kapoor",
            "best actor",
        ),
        ("Striker Chioma Obi was named top scorer of the tournament.", "Chioma Obi", "top scorer"),
        # a post ahead, not yet held
        (
            "Lecturer Ann Kwok will be appointed special adviser next year.",
            "Ann Kwok",
            "special adviser",
        ),
    ],
)
def test_no_post_given(text: str, name: str, not_role: str) -> None:
    assert not (role_of(text, name) or "").casefold().startswith(not_role)


@pytest.mark.parametrize(
    ("text", "name", "now"),
    [
        (
            "Alderman Grace Pike and former Alderman Joseph Mbeki, now a consultant, argued over the budget.",
            "Joseph Mbeki",
            "now a consultant",
        ),
        (
            "Assemblywoman Tara Bose and former Assemblyman Luis Ortega, now a radio host, debated the plan on Tuesday.",
            "Luis Ortega",
            "now a radio host",
        ),
    ],
)
def test_former_title_and_what_the_person_is_now(text: str, name: str, now: str) -> None:
    assert now in (role_of(text, name) or "")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a family after the name is no part of the title's role
        (
            "Former Judge Ann Lee, a mother of three, said the law was clear.",
            "Ann Lee",
            "former judge",
        ),
    ],
)
def test_former_title_kept(text: str, name: str, role: str) -> None:
    assert (role_of(text, name) or "").casefold() == role


@pytest.mark.parametrize(
    ("text", "name", "calling"),
    [
        (
            "The governor's husband, Mark Ellery, a cardiologist, told the committee the clinic was underfunded.",
            "Mark Ellery",
            "cardiologist",
        ),
        (
            "The chief minister's son, Arjun Reddy-Rao, a software engineer, was questioned by police.",
            "Arjun Reddy-Rao",
            "software engineer",
        ),
    ],
)
def test_calling_after_the_name_over_a_tie_of_kin(text: str, name: str, calling: str) -> None:
    assert calling in (role_of(text, name) or "")


@pytest.mark.parametrize(
    ("text", "name", "kin"),
    [
        # a past calling or a pastime after the name: the tie of kin stays
        (
            "The striker's father, Tom Okafor, a retired miner, watched from the stand.",
            "Tom Okafor",
            "father",
        ),
        (
            "The minister's daughter, Ruth Adeyemi, a keen golfer, was at the event.",
            "Ruth Adeyemi",
            "daughter",
        ),
        # nothing said after the name
        (
            "The senator's husband, Mark Ellery, testified before the committee.",
            "Mark Ellery",
            "husband",
        ),
    ],
)
def test_tie_of_kin_kept(text: str, name: str, kin: str) -> None:
    assert kin in (role_of(text, name) or "")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ann Lee, whose running club meets on Sundays, said the path was flooded.",
            "Ann Lee",
            "whose running club meets on Sundays",
        ),
    ],
)
def test_whose_clause_of_a_person_kept(text: str, name: str, role: str) -> None:
    assert role_of(text, name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a trade works at the body; a title is an office of it
        (
            "Analyst Priscilla Ong-Hart of Meridian Securities said the shares were cheap.",
            "Priscilla Ong-Hart",
            "analyst at meridian securities",
        ),
        (
            "Commissioner Dale Whitby of the Harlan County Board voted against the levy.",
            "Dale Whitby",
            "commissioner of the harlan county board",
        ),
    ],
)
def test_at_or_of_the_body(text: str, name: str, role: str) -> None:
    assert (role_of(text, name) or "").casefold() == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a ward by its number is no body; a word of the title's office is no post
        ("Councilman Rafael Ortiz of District 4 said he voted no.", "Rafael Ortiz", "councilman"),
        (
            "His rival, former state Comptroller Dana Whitlock, replied within the hour.",
            "Dana Whitlock",
            "comptroller",
        ),
    ],
)
def test_no_body_or_post_misread(text: str, name: str, role: str) -> None:
    assert role in (role_of(text, name) or "").casefold()


@pytest.mark.parametrize(
    ("text", "name", "not_role"),
    [
        (
            "A paramedic was punched outside the station on Saturday night. Police arrested Kieran Doyle-Wren, 27, a short time later.",
            "Kieran Doyle-Wren",
            "paramedic",
        ),
        (
            "A shopkeeper was robbed at knifepoint in Soweto on Tuesday. Officers detained Sizwe Mokoena, 31, near the taxi rank.",
            "Sizwe Mokoena",
            "shopkeeper",
        ),
    ],
)
def test_one_held_is_not_the_victim_of_the_lead(text: str, name: str, not_role: str) -> None:
    assert not_role not in (role_of(text, name) or "")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the lead's person is the one named next: hurt, or held in both sentences
        (
            "A grandmother was injured in the blaze. Ann Lee, 84, was taken to hospital.",
            "Ann Lee",
            "grandmother",
        ),
        (
            "A teacher has been charged with fraud. Police charged Liam Osei, 49, on Monday.",
            "Liam Osei",
            "teacher",
        ),
    ],
)
def test_the_lead_introduces_the_one_named_next(text: str, name: str, role: str) -> None:
    assert role in (role_of(text, name) or "")


@pytest.mark.parametrize(
    ("text", "name", "role", "body"),
    [
        (
            "Ms Priya Nair, Deputy General Manager, Kerala State Electricity Board, said supply would resume by evening.",
            "Priya Nair",
            "Deputy General Manager, Kerala State Electricity Board",
            "Kerala State Electricity Board",
        ),
        (
            "Dr K. Ramesh, Director, Institute of Rural Health, said the survey covered 40 villages.",
            "K. Ramesh",
            "Director, Institute of Rural Health",
            "Institute of Rural Health",
        ),
    ],
)
def test_designation_and_body_set_off_after_the_name(
    text: str, name: str, role: str, body: str
) -> None:
    brief = build_brief(H + text)
    roles = {a.name: a.role for a in brief.actors}
    assert roles.get(name) == role
    assert roles.get(body) is None  # the person's post is no role of the body


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a post with no body after it, and a place after a post: as before
        (
            "Anil Mehta, Chief Engineer, said the trains would run on time.",
            "Anil Mehta",
            "Chief Engineer",
        ),
        ("Tom Bellamy, Captain, Leeds, said the team was ready.", "Tom Bellamy", None),
    ],
)
def test_no_designation_body(text: str, name: str, role: str | None) -> None:
    assert role_of(text, name) == role
