# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 14, on synthetic articles written for these tests (invented
people, firms, horses, regiments and councils). An office named by its brief right
before a name ("Minister for Health A", "Cabinet Secretary for Health A", "Federal
Minister for Planning A") is the role, and neither the brief nor a constituency is part
of the name (the person was lost as a place before). A relative's calling told by
"whose" ("Lucy Marchant, whose brother is an MP,") is no role of the person named. The
agent of "trained by", "ridden by", "coached by" holds the post (trainer, jockey,
coach). "Colour Sergeant" is a rank. The post of a body the recognizer leaves
unlabelled ("Harlow Foods' chief executive said ... Speaking in Leeds, Dan Whitby said")
has its holder, as a labelled body's does; a person's ("Whitby's lawyer said") does
not. An office title keeps its place over what a "whose" clause says a holder owns
("Ald. A, whose ward includes the park,"). What a defendant wore ("who wore a navy
dress") or how they appeared ("who appeared by video link") is no role. An office of a body before
a ranked name with no comma ("Chief of the Army Staff General A") is the role without
the rank, and a brief may have its own article ("Speaker of the House A"). "Warrant Officer Class 2
A" is a rank with its class. "the chief inspector of mines, A," is the role where the
parser hangs the name on "mines" (the role was "mine"). Beats and styles: Irish, Welsh, Kenyan,
Pakistani and Australian politics wire, horse racing broadsheet, military local,
lottery tabloid, Nigerian politics, Scottish business local, Chicago local, courts
local and wire."""

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


# Irish, Australian, Kenyan, Welsh and Pakistani politics: an office named by its brief.
IRISH = """Waiting lists fall

Minister for Health Brendan Kealy said waiting lists had fallen for the third month. The figures were published on Tuesday."""

HOUSING = """Housing plan launched

The plan was launched by Minister for Housing Aisling Duffy in Cork on Monday."""

KENYA = """Clinics to open

Cabinet Secretary for Health Mercy Wambui said 40 new clinics would open this year."""

PAKISTAN = """Dam project

Federal Minister for Planning Ahsan Qureshi said the project would be completed in 2027."""


def test_an_office_named_by_its_brief_before_a_name_is_the_role() -> None:
    assert actor(IRISH, "Brendan Kealy").kind == "person"
    assert role_of(IRISH, "Brendan Kealy") == "Minister for Health"
    assert role_of(HOUSING, "Aisling Duffy") == "Minister for Housing"
    assert role_of(KENYA, "Mercy Wambui") == "Cabinet Secretary for Health"
    assert role_of(PAKISTAN, "Ahsan Qureshi") == "Federal Minister for Planning"
    assert "Health Brendan Kealy" not in [a.name for a in build_brief(IRISH).actors]


# Local politics, lottery tabloid, Nigerian politics: a relative's calling.
CANDIDATE = """Candidate declares

Lucy Marchant, whose brother is an MP, said she would stand for the council in May."""

SHOPKEEPER = """Shop row

The shop is run by Harjit Dhillon, whose father was a councillor in Slough for 20 years. Dhillon said the parking rules were unfair."""

NEPHEW = """Influence denied

Chinedu Okeke, whose uncle is a senator, denied using his influence."""


def test_a_relatives_calling_told_by_whose_is_no_role() -> None:
    assert role_of(CANDIDATE, "Lucy Marchant") is None
    assert not role_agrees(role_of(SHOPKEEPER, "Harjit Dhillon"), "councillor")
    assert role_of(NEPHEW, "Chinedu Okeke") is None


# Horse racing: the agent of a participle of a racing post.
GOLD_CUP = """Silver Fern lands Gold Cup

Silver Fern won the Gold Cup at odds of 8-1. The seven-year-old, trained by Declan Moriarty and ridden by Aoife Nolan, led from the second-last fence."""

CHASE = """Mare pulled up

The mare, trained in County Meath by Orla Finnegan, was pulled up before the last. Jockey Sean Lacey was unhurt."""


def test_trained_by_and_ridden_by_give_the_post() -> None:
    assert role_of(GOLD_CUP, "Declan Moriarty") == "trainer"
    assert role_of(GOLD_CUP, "Aoife Nolan") == "jockey"
    assert role_of(CHASE, "Orla Finnegan") == "trainer"
    assert role_of(CHASE, "Sean Lacey") == "Jockey"


# Military local: a rank built with "Colour".
PARADE = """Standard carried

The parade was led by the band. Colour Sergeant Leon Ashby carried the standard."""


def test_colour_sergeant_is_a_rank_and_no_part_of_the_name() -> None:
    assert actor(PARADE, "Leon Ashby").name == "Leon Ashby"
    assert role_of(PARADE, "Leon Ashby") == "Colour Sergeant"


# Scottish business local: the post of a body the recognizer leaves unlabelled.
PLANT = """Plant closure

Harlow Foods' chief executive said the plant would close in June. Speaking in Leeds, Dan Whitby said 300 jobs would go."""

FERRY = """Ferry cuts

Calmac's managing director said the timetable would be cut. Addressing councillors in Oban, Robbie Stewart said two ferries were out of service."""

# Courts local: a person's lawyer is not the person who speaks next.
LAWYER = """Appeal planned

Whitby's lawyer said he would appeal. Speaking outside court, Dan Whitby said he was innocent."""


def test_the_post_of_an_unlabelled_body_has_the_holder_named_next() -> None:
    assert role_agrees(role_of(PLANT, "Dan Whitby"), "Harlow Foods' chief executive")
    assert role_agrees(role_of(FERRY, "Robbie Stewart"), "Calmac's managing director")
    assert role_of(LAWYER, "Dan Whitby") is None


# Chicago local, council local: an office title over what a "whose" clause says.
ALDERMAN = """Park plan

Ald. Frank Kowalczyk, whose ward includes the park, said residents were angry.

Cllr Ann Pryce, whose ward includes the estate, said the plan should be dropped."""


def test_an_office_title_keeps_its_place_over_a_whose_clause() -> None:
    assert role_of(ALDERMAN, "Frank Kowalczyk") == "alderman"
    assert role_of(ALDERMAN, "Ann Pryce") == "councillor"


# Courts local and wire: how a defendant looked or appeared in court is no role.
DOCK = """Verdicts

Lisa Trent, who wore a navy dress, wept as the verdict was read at Teesside Crown Court.

Omar Sheikh, who appeared by video link from Wakefield prison, denied the charge.

Driver Neil Foss, who wore a dark suit, admitted causing death by careless driving."""


def test_what_a_defendant_wore_or_how_they_appeared_is_no_role() -> None:
    assert role_of(DOCK, "Lisa Trent") is None
    assert role_of(DOCK, "Omar Sheikh") is None
    assert role_of(DOCK, "Neil Foss") == "Driver"


# Pakistani and Nigerian military wire, US politics wire: an office of a body before the
# name with no comma, and an office whose brief has its own article.
ARMY = """Troops visited

Chief of the Army Staff General Tariq Mahmood visited troops on the Line of Control on Friday, the military said."""

SPEAKER = """Vote to go ahead

Speaker of the House Mike Dalton said the vote would go ahead on Thursday."""


def test_an_office_before_a_ranked_name_with_no_comma_is_the_role() -> None:
    assert role_of(ARMY, "Tariq Mahmood") == "Chief of the Army Staff"
    assert actor(SPEAKER, "Mike Dalton").name == "Mike Dalton"
    assert role_of(SPEAKER, "Mike Dalton") == "Speaker of the House"


# South African mining local: an office set before the name with a comma keeps its own
# reading (no comma glued to the office named by its brief).
FINDINGS = """Inquiry to sit

Her findings would go to the Minister of Mineral Resources, Lerato Moagi."""


def test_an_office_set_off_by_a_comma_is_not_read_as_one_glued_to_the_name() -> None:
    assert role_of(FINDINGS, "Lerato Moagi") == "the Minister of Mineral Resources"


# Welsh military local: a warrant officer's class number breaks the capitalized run.
WARRANT = """Soldier honoured

Warrant Officer Class 2 Gareth Pugh, of the Royal Welsh, was awarded the George Medal for pulling two men from a burning vehicle.

The parade was led by Warrant Officer Class 1 Sam Ochieng."""


def test_a_warrant_officers_class_is_part_of_the_rank() -> None:
    assert role_of(WARRANT, "Gareth Pugh") == "Warrant Officer Class 2"
    assert role_of(WARRANT, "Sam Ochieng") == "Warrant Officer Class 1"


# South African mining local: the parser sets the name in apposition to the remit.
INSPECTOR = """Inquiry chaired

The inquiry is being chaired by the chief inspector of mines, Nomvula Khumalo, under the Mine Health and Safety Act."""


def test_an_office_whose_remit_the_parser_takes_for_the_head_is_the_role() -> None:
    assert role_of(INSPECTOR, "Nomvula Khumalo") == "the chief inspector of mines"
