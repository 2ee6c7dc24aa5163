# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 27, on synthetic passages written for these tests (invented
officials, lawyers, witnesses, players and ministers; councils, courts, clubs and
ministries of no consequence). A role set before a name with a comma that took in the
sentence's subject and verb ("The mayor met the fire chief, Dana Cole,") is the verb's
object, not the clause; a role set before a name that the parser did not join to it,
ending on what it is of or after "according to" ("according to the council's head of
finance, Declan Furlong, who ...", "greeted by the Lord-Lieutenant of Trevanshire, Dame
Helen Roskilly.") is the role, not what the "who" clause says the person did; who heard
it ("told the court Harkup spent", "told the inquest Ann Lee had died") is no one's role;
a known family name of six letters ("Nguyen") after an office named by its brief opens
the name. Beats: local government, courts and inquests, health, sport, UK, Irish,
Ghanaian, Nigerian, South African and Vietnamese usage."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees

H = "Headline here\n\n"


def actors(text: str):  # type: ignore[no-untyped-def]
    return build_brief(H + text).actors


def actor(text: str, name: str):  # type: ignore[no-untyped-def]
    found = [a for a in actors(text) if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in actors(text)]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "role", "clause"),
    [
        (
            'The mayor met the fire chief, Dana Cole, on Friday. "We are ready," Ms Cole said.',
            "Dana Cole",
            "fire chief",
            "met",
        ),
        (
            "The coroner thanked the hospital's chief nurse, Ruth Okafor, for her evidence. Ms Okafor said staff had learned lessons.",
            "Ruth Okafor",
            "chief nurse",
            "thanked",
        ),
        (
            'The minister praised the district\'s chief executive, Kofi Boateng, at the launch in Kumasi. "It was a team effort," Mr Boateng said.',
            "Kofi Boateng",
            "chief executive",
            "praised",
        ),
        (
            "The manager named the club's new captain, Siobhan Keane, before the final. Keane said she was proud.",
            "Siobhan Keane",
            "captain",
            "named",
        ),
        (
            "The chairman has written to the council's planning officer, Rahul Menon, asking for a delay. Mr Menon said he would reply.",
            "Rahul Menon",
            "planning officer",
            "written",
        ),
        (
            "The judge asked the company's finance director, Grace Tan, to explain the payments. Ms Tan said she could not.",
            "Grace Tan",
            "finance director",
            "asked",
        ),
    ],
)
def test_a_role_set_before_a_name_after_the_sentence_s_verb_is_its_object(
    text: str, name: str, role: str, clause: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found
    assert clause not in (found or "").split(), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # (negatives: a role set before the name with no clause in it stays whole)
        (
            "The city's fire chief, Dana Cole, said crews were ready.",
            "Dana Cole",
            "The city's fire chief",
        ),
        (
            "The man behind the campaign, Tom Reid, said the vote was a victory.",
            "Tom Reid",
            "The man behind the campaign",
        ),
        (
            "The head of policy at the charity, Ann Lee, said the figures were alarming.",
            "Ann Lee",
            "The head of policy at the charity",
        ),
        (
            "The chief executive of the district, Kofi Boateng, said it was a team effort.",
            "Kofi Boateng",
            "The chief executive of the district",
        ),
    ],
)
def test_a_role_set_before_a_name_with_no_clause_stays(text: str, name: str, role: str) -> None:
    assert actor(text, name).role == role


def test_the_parser_s_apposition_to_the_subject_gives_the_object_or_nothing() -> None:
    # "The minister spoke through his Special Adviser on Media, Mr Tunde Alabi,": the
    # parser hangs the name on "minister"; the clause is no role.
    found = actor(
        "The minister spoke through his Special Adviser on Media, Mr Tunde Alabi, who said both sides must talk.",
        "Tunde Alabi",
    ).role
    assert not (found or "").startswith("The minister"), found
    assert "spoke" not in (found or ""), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The increase will bring in €1.9m, according to the council's head of finance, Declan Furlong, who told the meeting the money was ring-fenced.",
            "Declan Furlong",
            "head of finance",
        ),
        (
            'The King will be greeted by the Lord-Lieutenant of Trevanshire, Dame Helen Roskilly. "It is an honour," Dame Helen said.',
            "Helen Roskilly",
            "Lord-Lieutenant of Trevanshire",
        ),
        (
            "The charges were approved, according to the state's director of public prosecutions, Oluwaseun Adeyemi, who signed the file on Monday.",
            "Oluwaseun Adeyemi",
            "director of public prosecutions",
        ),
        (
            "The line will reopen on Friday, according to the operator's head of operations, Rory Gallagher, who inspected the bridge.",
            "Rory Gallagher",
            "head of operations",
        ),
    ],
)
def test_a_role_set_before_a_name_the_parser_did_not_join_is_the_role(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "not_role"),
    [
        # (negatives: no role before the name, or the comma ends another phrase)
        (
            "According to police, Tom Reid, 45, was arrested at the scene. Reid later said he was innocent.",
            "Tom Reid",
            "police",
        ),
        (
            "According to the report, Ann Lee, the ward sister, raised the alarm. Ms Lee said she had acted fast.",
            "Ann Lee",
            "report",
        ),
        ("Speaking to the doctor, Sam Odhiambo said he felt fine.", "Sam Odhiambo", "doctor"),
        (
            "By the end of the day, Nora Quinn, 34, had raised £4,000. Ms Quinn said she was thrilled.",
            "Nora Quinn",
            "end",
        ),
    ],
)
def test_no_role_is_read_from_a_phrase_that_is_not_set_beside_the_name(
    text: str, name: str, not_role: str
) -> None:
    assert not_role not in (actor(text, name).role or "")


@pytest.mark.parametrize(
    ("text", "name", "hearer"),
    [
        (
            "Prosecutor Daniel Fenn told the court Harkup spent much of the money on a motorhome. Harkup, of Sittingbourne, had admitted 19 counts of fraud.",
            "Harkup",
            "court",
        ),
        (
            "A pathologist told the inquest Lindiwe Zulu had died of head injuries. Her sister said the family was devastated.",
            "Lindiwe Zulu",
            "inquest",
        ),
    ],
)
def test_who_heard_it_is_no_one_s_role(text: str, name: str, hearer: str) -> None:
    assert hearer not in (actor(text, name).role or "")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # (negatives: a role noun before the name stays its role)
        (
            "Prosecutor Daniel Fenn told the court the money was spent on a motorhome. Mr Fenn said the victims had been targeted.",
            "Daniel Fenn",
            "prosecutor",
        ),
        (
            "The pathologist Lindiwe Zulu told the inquest the injuries were severe. Dr Zulu said death was quick.",
            "Lindiwe Zulu",
            "pathologist",
        ),
        (
            "A juror, Tom Reid, was discharged on Tuesday. Mr Reid said he was unwell.",
            "Tom Reid",
            "juror",
        ),
    ],
)
def test_a_role_before_the_name_beside_a_court_stays(text: str, name: str, role: str) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            'Vietnam\'s Minister of Industry Nguyen Hong Dien said exports would grow. "We are confident," Mr Dien said.',
            "Nguyen Hong Dien",
            "Minister of Industry",
        ),
        (
            "Minister of Finance Nguyen Van Binh said the deficit would narrow.",
            "Nguyen Van Binh",
            "Minister of Finance",
        ),
    ],
)
def test_a_long_known_family_name_after_an_office_opens_the_name(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        (
            "Norfolk Fire and Rescue Service said crews had attended 67 flooding calls overnight. Hospitals admitted 312 patients with heat illness, according to the NHS East Coast Integrated Care Board. Its chief medical officer, Dr Ruth Kessington, said most were older people.",
            "Ruth Kessington",
            "Norfolk Fire",
        ),
        (
            "Kestrel Water said supply would return on Friday. Residents were offered bottled water, according to the Drinking Water Inspectorate. Its chief inspector, Dr Amara Nwosu, said tests were continuing.",
            "Amara Nwosu",
            "Kestrel Water",
        ),
    ],
)
def test_its_does_not_reach_past_another_body_to_an_earlier_subject(
    text: str, name: str, other: str
) -> None:
    assert other not in (actor(text, name).role or "")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # (negatives: the body just before is the owner)
        (
            "Tollan Foods lost £40m last year. Its chief executive, Priya Marsh, said the company would recover.",
            "Priya Marsh",
            "Tollan Foods' chief executive",
        ),
        (
            "Lagos Water said supply would return on Friday. Residents queued at standpipes in Ikeja. Its managing director, Ngozi Eze, apologised.",
            "Ngozi Eze",
            "Lagos Water's managing director",
        ),
    ],
)
def test_its_names_the_body_before_when_no_other_comes_between(
    text: str, name: str, role: str
) -> None:
    assert actor(text, name).role == role


@pytest.mark.parametrize(
    ("text", "name", "opener"),
    [
        (
            'When Madam Lee Siew Ling, 67, bought her flat in 2019, the brochure promised a station. "I feel cheated," Madam Lee said.',
            "Lee Siew Ling",
            "When",
        ),
        (
            'When Mr Tom Reid, 54, opened the shop in 1998, the street was busy. "It was different then," Mr Reid said.',
            "Tom Reid",
            "When",
        ),
        (
            "After Dr Ann Lee, 45, left the clinic, the complaints began. Dr Lee said she had done nothing wrong.",
            "Ann Lee",
            "After",
        ),
        (
            "Although Mrs Grace Obi, 71, had lived there for decades, she was evicted. Mrs Obi said she was heartbroken.",
            "Grace Obi",
            "Although",
        ),
    ],
)
def test_the_word_opening_the_clause_before_a_title_is_no_role(
    text: str, name: str, opener: str
) -> None:
    assert opener not in (actor(text, name).role or "").split()


def test_a_hyphened_modifier_opening_with_a_preposition_is_no_body_s_kind() -> None:
    text = "Under-fire Stockbridge Rovers boss Dale Prentice admitted his side were poor. Stockbridge Rovers said the manager had their full support."
    assert actor(text, "Stockbridge Rovers").role != "fire"
    assert role_agrees(actor(text, "Dale Prentice").role, "boss")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # (negatives: a title's office before the name stays)
        (
            "Minister for Health Ann Lee said waiting lists were falling.",
            "Ann Lee",
            "Minister for Health",
        ),
        (
            "When Chief Inspector Tom Reid arrived, the crowd had gone. Chief Inspector Reid said nobody was hurt.",
            "Tom Reid",
            "Chief Inspector",
        ),
    ],
)
def test_an_office_before_a_name_after_a_clause_opener_stays(
    text: str, name: str, role: str
) -> None:
    found = actor(text, name).role
    assert role_agrees(found, role), found
