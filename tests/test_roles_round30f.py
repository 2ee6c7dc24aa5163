# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 30f roles: the agent of a passive act on a thing ("The vaccine was developed by
Halden Biologics", "The probe, built by Southwind Orbital,", "The drug was developed by
A and made under contract by B", "The trial, run by A and B,") did the act, said the
active way round ("developed the vaccine"), in the tense the passive is written in; one
the passive says did something to a person, or only under a possessive ("His car was
damaged by ..."), or under a negation, is given no such role, nor a participle that is
no past tense ("written"). A post set before the name with a comma ("Its president,
Advocate Farhan Qureshi,", "the cathaoirleach, Cllr. Maeve Doherty,", "The Chief Imam of
Kaduna Central Mosque, Sheikh Musa Abdullahi,") is the role over the one title the name
is written under. Titles written short ("Engr.", "Atty.", "Usec.") are spelled out.

Every passage here is synthetic, written for these tests (invented people, bodies and
places of no consequence), across British, Irish, Australian, Indian, Nigerian, Kenyan,
South African, Singaporean, Canadian and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees

H = "Headline here\n\n"


def role_of(text: str, name: str) -> str | None:
    found = [a for a in build_brief(H + text).actors if a.name == name]
    assert found, f"{name!r} not among the actors"
    return found[0].role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The new malaria vaccine was developed by Halden Biologics in Pune.",
            "Halden Biologics",
            "developed the new malaria vaccine",
        ),
        (
            "The drug was developed by Marlow Pharma and made under contract by Brookfield Laboratories.",
            "Brookfield Laboratories",
            "made the drug",
        ),
        (
            "The trial, run by Kalari University and the Top End Health Service, enrolled 2,140 adults.",
            "Kalari University",
            "runs the trial",
        ),
        (
            "The trial, run by Kalari University and the Top End Health Service, enrolled 2,140 adults.",
            "Top End Health Service",
            "runs the trial",
        ),
        (
            "The filly was bred by Noel Fahy at his small stud near Fermoy.",
            "Noel Fahy",
            "bred the filly",
        ),
        (
            "The new grandstand was built by Murray Construction at a cost of R1.2 billion, the union said.",
            "Murray Construction",
            "built the new grandstand",
        ),
        (
            "The flyover was designed by Tata Projects and opened to traffic on Sunday.",
            "Tata Projects",
            "designed the flyover",
        ),
        (
            "The survey of 3,000 households was carried out by Ipsos Kenya last month.",
            "Ipsos Kenya",
            "carried out the survey of 3,000 households",
        ),
        (
            "The festival, organised by the Lagos Arts Trust, returns to Lekki in December.",
            "Lagos Arts Trust",
            "organised the festival",
        ),
        (
            "The exhibition was curated by Grace Wanjiru and opens at the Nairobi National Museum on Friday.",
            "Grace Wanjiru",
            "curated the exhibition",
        ),
    ],
)
def test_the_agent_of_a_passive_act_on_a_thing(text: str, name: str, role: str) -> None:
    got = role_of(text, name)
    assert role_agrees(got, role), got


@pytest.mark.parametrize(
    ("text", "name", "verb"),
    [
        (
            "The pensioner was attacked by Dale Quarrie outside his home in Swindon.",
            "Dale Quarrie",
            "attacked",
        ),
        ("Ms Okafor was treated at the scene by Dr Tom Bell.", "Tom Bell", "treated"),
        ("His car was damaged by Kevin Dunne during the row.", "Kevin Dunne", "damaged"),
        ("The bill was not backed by Senator Ruth Anand.", "Ruth Anand", "backed"),
        ("The novel was written by Morwenna Tull in 1998.", "Morwenna Tull", "written"),
        ("She was joined on stage by Ciaran Byrne.", "Ciaran Byrne", "joined"),
        (
            "Rovers sacked Dean Hollis on Monday. Hollis was replaced by Alan Rigby, the club said.",
            "Alan Rigby",
            "replaced",
        ),
        (
            "The two teenagers were arrested by Gardaí after a chase in Tallaght.",
            "Gardaí",
            "arrested",
        ),
    ],
)
def test_no_act_role_on_a_person_a_possessive_a_negation_or_a_bare_participle(
    text: str, name: str, verb: str
) -> None:
    actors = [a for a in build_brief(H + text).actors if a.name == name]
    role = actors[0].role if actors else None
    assert not (role and role.casefold().startswith(verb)), role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Ranipur Bar Association wrote to the Chief Justice on Thursday. Its president, Advocate Farhan Qureshi, said the cameras had not worked for weeks.",
            "Farhan Qureshi",
            "president",
        ),
        (
            "The Durban branch of the union met on Friday. Its chairperson, Advocate Thandi Mokoena, said members would march.",
            "Thandi Mokoena",
            "chairperson",
        ),
        (
            "About 60 residents attended, and the cathaoirleach, Cllr. Maeve Doherty, paused the meeting for ten minutes.",
            "Maeve Doherty",
            "cathaoirleach",
        ),
        (
            "The Chief Imam of Kaduna Central Mosque, Sheikh Musa Abdullahi, led the prayers.",
            "Musa Abdullahi",
            "Chief Imam of Kaduna Central Mosque",
        ),
        (
            "The inquiry will be led by the Deputy Speaker, Hon. Mrs. Ngozi Eze, the assembly said.",
            "Ngozi Eze",
            "Deputy Speaker",
        ),
        (
            "The Commissioner for Works and Housing, Engr. Chidi Okafor, inspected the road on Tuesday.",
            "Chidi Okafor",
            "Commissioner for Works and Housing",
        ),
    ],
)
def test_a_post_set_before_over_the_title_written_with_the_name(
    text: str, name: str, role: str
) -> None:
    got = role_of(text, name)
    assert role_agrees(got, role), got


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Advocate Farhan Qureshi said the cameras had not worked for weeks.",
            "Farhan Qureshi",
            "advocate",
        ),
        (
            "Outside court, Advocate Thandi Mokoena said her client was relieved.",
            "Thandi Mokoena",
            "advocate",
        ),
        ("Prosecutor Ann Lee said the evidence was clear.", "Ann Lee", "prosecutor"),
        (
            "The officer, Det Insp Karen Moss, said inquiries continued.",
            "Karen Moss",
            "detective inspector",
        ),
    ],
)
def test_a_title_with_no_post_set_before_or_an_office_over_a_bare_noun_stays(
    text: str, name: str, role: str
) -> None:
    assert role_agrees(role_of(text, name), role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Engr. Tunde Bakare said the bridge on the Lagos-Ibadan road was safe.",
            "Tunde Bakare",
            "engineer",
        ),
        (
            "Atty. Rosa Villanueva said her client would appeal the ruling.",
            "Rosa Villanueva",
            "attorney",
        ),
        (
            "Usec. Ana Reyes said 3,400 families had been moved to evacuation centres.",
            "Ana Reyes",
            "undersecretary",
        ),
        (
            "DOTr Sec. Carlos Mendoza said the line would open in 2027.",
            "Carlos Mendoza",
            "DOTr secretary",
        ),
    ],
)
def test_a_title_written_short_is_spelled_out(text: str, name: str, role: str) -> None:
    assert role_agrees(role_of(text, name), role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The board appointed Kwame Mensah chief executive in March. Mensah said the bank would grow.",
            "Kwame Mensah",
            "chief executive",
        ),
        (
            "Harlow Rovers have named Tomasz Wierzba head coach. Wierzba said he was delighted.",
            "Tomasz Wierzba",
            "head coach",
        ),
        (
            "The ANC in Gauteng elected Sipho Ndlovu chairperson on Saturday. Ndlovu said he would unite the province.",
            "Sipho Ndlovu",
            "chairperson",
        ),
    ],
)
def test_a_post_given_as_the_objects_complement(text: str, name: str, role: str) -> None:
    assert role_agrees(role_of(text, name), role)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Rovers are expected to name Ann Lewin captain next week. Lewin said nothing.",
            "Ann Lewin",
            "captain",
        ),
    ],
)
def test_no_post_ahead_as_a_complement(text: str, name: str, post: str) -> None:
    actors = [a for a in build_brief(H + text).actors if a.name == name]
    role = actors[0].role if actors else None
    assert not (role and role.casefold().startswith(post)), role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ombudsman Teresa Villamor ordered the dismissal of the mayor.",
            "Teresa Villamor",
            "ombudsman",
        ),
        (
            "Rangers have sacked their coach. Assistant Kevin Mwangi will take charge for Sunday's game.",
            "Kevin Mwangi",
            "assistant",
        ),
        (
            "Western Cape Education MEC Thandiwe Dlamini visited the school on Monday.",
            "Thandiwe Dlamini",
            "MEC",
        ),
        ("Nominated MCA Grace Wairimu was sworn in on Tuesday.", "Grace Wairimu", "nominated MCA"),
    ],
)
def test_a_post_of_one_word_glued_before_a_name(text: str, name: str, role: str) -> None:
    assert role_agrees(role_of(text, name), role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "At Listowel District Court, Judge Ann Moriarty heard that the accused, Dermot Kissane, had no previous convictions.",
            "Dermot Kissane",
        ),
        (
            "In Perth District Court, Judge Ann Hale heard the accused, Wayne Gillard, had planned the robbery for weeks.",
            "Wayne Gillard",
        ),
        (
            "Magistrate Ruth Kendi heard that the accused, Brian Otieno, had no licence.",
            "Brian Otieno",
        ),
    ],
)
def test_the_accused_set_before_the_name(text: str, name: str) -> None:
    role = role_of(text, name)
    assert role is not None and role.casefold() in ("accused", "the accused"), role
