# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 28, on synthetic passages written for these tests (invented
athletes, players, officials and residents; clubs, meets and councils of no
consequence). An athlete who won or took an event named as whose it is ("won the
women's 5,000m", "took the men's javelin", "won the women's 20km race walk") is its
winner; who took silver or a record, who took a team or the lead, who won the support
of a women's caucus, did not win an event. A player's position the tagger took for a
verb or an adjective ("Kestrel Bay lock Sione Fifita, 29,", "and wicketkeeper Simba
Marange made 57") is the player's role; the same word as a verb ("Officers will lock
Tom Reid out") describes no one. Beats: athletics, swimming, badminton, rugby union,
cricket, courts, politics; UK, Irish, Nigerian, South African, Ghanaian, Indian,
Singaporean, Australian and Canadian usage."""

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
            "Teniola Adeyemi won the women's 5,000m at the British Championships in Manchester on Saturday.",
            "Teniola Adeyemi",
            "winner of the women's 5,000m",
        ),
        (
            "Sam Petrakis took the men's 5000m in 13min 19.04sec on the final night.",
            "Sam Petrakis",
            "winner of the men's 5000m",
        ),
        (
            "Kelsey Moran won the women's javelin with a fifth-round throw of 61.20m.",
            "Kelsey Moran",
            "winner of the women's javelin",
        ),
        (
            "Dean Mulholland won the men's 60m hurdles in 7.58 seconds in Birmingham.",
            "Dean Mulholland",
            "winner of the men's 60m hurdles",
        ),
        (
            "Aroha Ngata won the women's 20km race walk in Adelaide on Sunday.",
            "Aroha Ngata",
            "winner of the women's 20km race walk",
        ),
        (
            "Rhys Tolan won the men's high jump at the Irish indoor championships in Athlone.",
            "Rhys Tolan",
            "winner of the men's high jump",
        ),
        (
            "Priya Nair won the women's singles at the state badminton championships in Pune.",
            "Priya Nair",
            "winner of the women's singles",
        ),
        (
            "Callum Reid took the men's 1500m title in Glasgow, his third in a row.",
            "Callum Reid",
            "winner of the men's 1500m title",
        ),
        (
            "Lena Park won the women's 100m freestyle at the Singapore national age group meet.",
            "Lena Park",
            "winner of the women's 100m freestyle",
        ),
        (
            "Sara Lind took the women's 3,000m steeplechase in a championship record.",
            "Sara Lind",
            "winner of the women's 3,000m steeplechase",
        ),
    ],
)
def test_the_winner_of_an_event_named_as_whose_it_is(text: str, name: str, role: str) -> None:
    found = role_of(text, name)
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Grace Mensah took silver in the women's 400m in Accra on Friday.", "Grace Mensah"),
        (
            "Grace Mensah won silver in the women's 400m at the African Games in Accra.",
            "Grace Mensah",
        ),
        ("Tom Okoro took the men's 400m record from his coach in 2019.", "Tom Okoro"),
        ("Anna Berg took the lead in the women's race after 30km, but faded.", "Anna Berg"),
        ("Ravi Singh took the men's relay squad to Birmingham.", "Ravi Singh"),
        ("Mark Duggan won the toss and chose to bat at the Gabba.", "Mark Duggan"),
        (
            "Janet Obi won the support of the women's caucus on Tuesday, the party said.",
            "Janet Obi",
        ),
        (
            "Graham Kell took the men's team to Dublin for the friendly, the coach said.",
            "Graham Kell",
        ),
        ("Ruth Mbeki won the backing of the women's league of the ANC in Durban.", "Ruth Mbeki"),
        ("Gary Platt won the women's vote, a poll for the Sunday paper found.", "Gary Platt"),
        ("Amira Saleh won the men's over, conceding just two runs, the club said.", "Amira Saleh"),
    ],
)
def test_no_winner_of_what_was_not_an_event_won(text: str, name: str) -> None:
    found = role_of(text, name)
    assert not found or "winner" not in found, found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Kestrel Bay lock Sione Fifita, 29, was taken to hospital for a precautionary scan on his neck after a collision in the 71st minute but was later released.",
            "Sione Fifita",
            "Kestrel Bay lock",
        ),
        (
            "Earlier, Zimbabwe captain Tapiwa Ndoro top-scored with 94 off 103 balls, and wicketkeeper Simba Marange made 57.",
            "Simba Marange",
            "wicketkeeper",
        ),
    ],
)
def test_a_position_the_tagger_took_for_a_verb(text: str, name: str, role: str) -> None:
    found = role_of(text, name)
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        (
            "The stewards will lock Tom Reid out of the paddock, the club said on Friday.",
            "Tom Reid",
            "lock",
        ),
        (
            "Ann Price said she would skipper Tom Reid's boat in the Sydney to Hobart race.",
            "Tom Reid",
            "skipper",
        ),
    ],
)
def test_the_same_word_as_a_verb_describes_no_one(text: str, name: str, word: str) -> None:
    actors = [a for a in build_brief(H + text).actors if a.name == name]
    assert not actors or word not in (actors[0].role or ""), actors[0].role


@pytest.mark.parametrize(
    ("text", "name", "act"),
    [
        (
            "When Madam Lee Siew Ling, 67, bought her flat in 2019, the sales brochure promised a station five minutes away by 2025.",
            "Lee Siew Ling",
            "bought",
        ),
        (
            "When Mrs Ada Nwosu, 58, opened her shop in 2001, the road was quiet.",
            "Ada Nwosu",
            "opened",
        ),
        (
            "After Tom Hale, 44, bought the pub in 2015, it lost money for three years.",
            "Tom Hale",
            "bought",
        ),
        (
            "Where Kofi Mensah, 39, farmed cocoa for a decade, there is now a gold pit.",
            "Kofi Mensah",
            "farmed",
        ),
        (
            "Since Priya Das, 41, took over the school in 2020, results have improved.",
            "Priya Das",
            "took",
        ),
    ],
)
def test_a_clause_that_sets_the_scene_is_no_role(text: str, name: str, act: str) -> None:
    found = role_of(text, name)
    assert not found or act not in found, found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Tom Hale, 44, bought the pub in 2015 and reopened it in May.",
            "Tom Hale",
            "bought the pub",
        ),
        (
            "Ann Lee, 52, from Stanley, lost her job at a packaging factory in June.",
            "Ann Lee",
            "lost her job at a packaging factory",
        ),
    ],
)
def test_what_a_person_introduced_with_an_age_did_stays(text: str, name: str, role: str) -> None:
    found = role_of(text, name)
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "role", "fronted"),
    [
        (
            "At one stage the cathaoirleach, Cllr. Maeve Doherty, paused the meeting for ten minutes.",
            "Maeve Doherty",
            "cathaoirleach",
            "stage",
        ),
        (
            "At one stage the sarpanch, Ramesh Yadav, paused the meeting.",
            "Ramesh Yadav",
            "sarpanch",
            "stage",
        ),
        (
            "In his role as the council head of finance, Declan Furlong, he signed off the accounts.",
            "Declan Furlong",
            "council head of finance",
            "role as",
        ),
    ],
)
def test_a_phrase_fronted_before_an_opening_description_is_not_the_role(
    text: str, name: str, role: str, fronted: str
) -> None:
    found = role_of(text, name)
    assert role_agrees(found, role) and fronted not in (found or ""), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Cathaoirleach Nuala Geraghty said the vote had been difficult but responsible.",
            "Nuala Geraghty",
            "Cathaoirleach",
        ),
        (
            "Its regional director for Yorkshire and the Humber, Ann Lee, said the plan was sound.",
            "Ann Lee",
            "regional director for Yorkshire and the Humber",
        ),
        (
            "On Tuesday the chief executive, Ama Boateng, resigned after the audit.",
            "Ama Boateng",
            "chief executive",
        ),
    ],
)
def test_an_office_before_the_name_is_the_role(text: str, name: str, role: str) -> None:
    found = role_of(text, name)
    assert role_agrees(found, role), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Defence counsel Ronan Keaveney BL said his client had been drinking heavily. 'He is not the man he was,' Mr Keaveney said.",
            "Ronan Keaveney",
            "Defence counsel",
        ),
        (
            "Prosecuting counsel Aoife Ryan SC said the fire was deliberate. Ms Ryan said the car was destroyed.",
            "Aoife Ryan",
            "Prosecuting counsel",
        ),
        (
            "Counsel for the state, Chief Wole Adebayo SAN, told the tribunal the petition was incompetent. Adebayo said the results stood.",
            "Wole Adebayo",
            "Counsel for the state",
        ),
    ],
)
def test_counsel_letters_after_the_name_are_no_part_of_it(text: str, name: str, role: str) -> None:
    actors = build_brief(H + text).actors
    found = [a for a in actors if a.name == name]
    assert found and role_agrees(found[0].role, role), [(a.name, a.role) for a in actors]
    assert len([a for a in actors if a.kind == "person"]) == 1, [a.name for a in actors]


def test_a_state_after_a_senator_in_brackets_stays_out_of_the_name() -> None:
    actors = build_brief(H + "Senator Lindsey Graham (R-SC) said the bill would pass.").actors
    assert [a.name for a in actors] == ["Lindsey Graham"]


@pytest.mark.parametrize(
    ("text", "name", "ordinal"),
    [
        ("Tom Hale was third on the list of speakers at the hearing.", "Tom Hale", "third"),
        (
            "Kerry Anne Walsh was second in line for the crown of the local pageant.",
            "Kerry Anne Walsh",
            "second",
        ),
        ("Ann Lee was second in the queue at the polling station, she said.", "Ann Lee", "second"),
        (
            "Meenakshi Rao won the ward by 6,318 votes. Meenakshi Rao was fourth on the ballot in a field of nine.",
            "Meenakshi Rao",
            "fourth",
        ),
    ],
)
def test_a_place_in_a_list_is_no_placing(text: str, name: str, ordinal: str) -> None:
    found = role_of(text, name)
    assert not found or ordinal not in found, found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Ann Lee was second in 11.42 seconds.", "Ann Lee", "second"),
        ("Ann Lee came third in the women's race.", "Ann Lee", "third in the women's race"),
        (
            "Tom Reid finished second on the day, two seconds behind the winner.",
            "Tom Reid",
            "second",
        ),
    ],
)
def test_a_placing_in_a_contest_stays(text: str, name: str, role: str) -> None:
    found = role_of(text, name)
    assert role_agrees(found, role), found
