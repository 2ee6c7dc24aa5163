# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 13, on synthetic articles written for these tests (invented
people, firms, schools, navies, councils and parties). A rank written with a hyphen
("Vice-Admiral", "Air Vice-Marshal", "Major-General") is the role and no part of the
name, as the spaced ranks are. The one holder of a post of a named body who speaks
("The chief executive of Harlow Foods said ...") holds it when the next sentence names
its first person as the one who goes on speaking ("Speaking in Leeds, Dan Whitby said");
not one whom words before the name describe ("the union's Dan Whitby"), nor one an
apposition describes, nor one named before, nor the one named after "A spokesman said". A body's own clause
after a comma ("of Strathmore Naval Systems, which builds the hulls,") is no part of the
post. "Senate Majority Leader A and House Speaker B" names two people, each with an
office. The subject who acts on a name ("The minister met A, B and C", "The head teacher
thanked A") gives the name no role. A rank before a name with the force after it ("Major
A of the Indian Army") is a rank of the force, and a post in apposition ("Lieutenant
General A, Chief of Army,") is the role over the rank. "Premier" after a state or a
province ("Queensland Premier A") is the office. A plural role opening a list the parser
breaks after its first name ("Councillors A, B and C voted") is each one's. Two who speak
together after a post spoke ("A and his wife said") are not its holder. An office named
by its brief ("Secretary of State for Health A", "Minister for Foreign Affairs A") is the
role, and "Sarpanch" a village head's title. A name set off by commas after an office
("to the US Secretary of State, A, who") is its holder however the parser joins them;
the sentence's verb ("She met the mayor, A,") and the words after the name ("the mayor,
A, for coming") are no part of the role. Beats and styles: business
broadsheet, education local, US politics wire, Labour politics, Indian and Australian and
New Zealand and Canadian military wire, South African and Australian politics wire,
aviation wire, Irish and UK politics broadcaster, Indian local, world broadcaster, council local, courts local, sport local."""

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


def names(text: str) -> list[str]:
    return [a.name for a in build_brief(text).actors]


# Canadian navy wire, RAF local: ranks written with a hyphen.
HYPHENED = """Frigates recalled

Vice-Admiral Angus Tolley, commander of the Royal Canadian Navy, said the frigates were old.

Air Vice-Marshal Jim Hale said the jets had returned safely. Major-General Tim Carr said the troops had left."""


def test_a_rank_written_with_a_hyphen_is_the_role_and_no_part_of_the_name() -> None:
    assert actor(HYPHENED, "Angus Tolley").name == "Angus Tolley"
    assert role_agrees(role_of(HYPHENED, "Angus Tolley"), "commander of the Royal Canadian Navy")
    assert actor(HYPHENED, "Jim Hale").name == "Jim Hale"
    assert role_of(HYPHENED, "Jim Hale") == "Air Vice-Marshal"
    assert "Air Vice-Marshal Jim Hale" not in names(HYPHENED)
    assert role_of(HYPHENED, "Tim Carr") == "Major-General"


# Business broadsheet, education local, defence broadsheet: the post speaks, and the
# next sentence names the one who goes on speaking.
PLANT = """Plant to close

The chief executive of Harlow Foods said the plant would close. Speaking to reporters in Leeds, Dan Whitby said 300 jobs would go."""

SCHOOL = """School to reopen

The head teacher of Brampton Academy wrote to parents on Monday. In the letter, Ruth Okafor said the school would reopen on Thursday."""

YARD = """Frigates late

The chief executive of Strathmore Naval Systems, which builds the hulls, told MPs the delays began when the design changed. Appearing before the committee, Neil Garrick said the yard had been asked to redesign the ship twice."""


def test_a_post_that_speaks_is_held_by_the_one_named_next_going_on() -> None:
    assert role_agrees(role_of(PLANT, "Dan Whitby"), "chief executive of Harlow Foods")
    assert role_agrees(role_of(SCHOOL, "Ruth Okafor"), "head teacher of Brampton Academy")
    assert role_of(YARD, "Neil Garrick") == "chief executive of Strathmore Naval Systems"


UNION = """Plant to close

The chief executive of Harlow Foods said the plant would close. Asked about the cuts, the union's Dan Whitby said 300 jobs would go."""

SPOKESMAN = """Plant to close

A spokesman for Harlow Foods said the plant would close. Dan Whitby said 300 jobs would go."""

DRIVER = """Plant to close

The chief executive of Harlow Foods said the plant would close. Dan Whitby, a forklift driver, said he was stunned."""


WORKER = """Plant to close

Dan Whitby has worked at the plant since 1990. The chief executive of Harlow Foods said the plant would close. Speaking outside, Dan Whitby said he was devastated."""


def test_one_described_otherwise_takes_no_post_from_the_sentence_before() -> None:
    assert "chief executive" not in (role_of(WORKER, "Dan Whitby") or "")
    assert "chief executive" not in (role_of(UNION, "Dan Whitby") or "")
    assert "spokesman" not in (role_of(SPOKESMAN, "Dan Whitby") or "")
    assert role_of(DRIVER, "Dan Whitby") == "a forklift driver"


# US politics wire, UK politics local: two people, each named after an office.
CAPITOL = """Leaders meet

Senate Majority Leader Tom Harlan and House Speaker Mia Doyle met at the White House on Tuesday."""

PARTY = """Talks at Holyrood

Labour Party Chair Tom Harlan and Kay Bell met at Holyrood on Tuesday."""


def test_two_people_named_after_offices_of_bodies_are_two() -> None:
    assert "Senate Majority Leader Tom Harlan and House Speaker Mia Doyle" not in names(CAPITOL)
    assert role_of(CAPITOL, "Tom Harlan") == "Senate Majority Leader"
    assert role_of(CAPITOL, "Mia Doyle") == "House Speaker"
    assert role_of(PARTY, "Tom Harlan") == "Labour Party Chair"
    assert "Kay Bell" in names(PARTY)


# Council local, school local, sport local: the one who acts on the names.
MET = """Minister visits

The minister met Amy Tate, Bill Ross and Carl Hunt on Friday."""

THANKED = """Volunteers thanked

The head teacher thanked Amy Tate and Bill Ross for their work."""

PRAISED = """Derby win

The coach praised Amy Tate, Bill Ross and Carl Hunt after the game."""


def test_the_subject_acting_on_a_name_gives_it_no_role() -> None:
    assert role_of(MET, "Bill Ross") is None
    assert role_of(THANKED, "Amy Tate") is None
    assert role_of(PRAISED, "Bill Ross") is None
    assert "Amy Tate" in names(MET)


# New Zealand, Indian and Australian military wire: a rank and its force; a post
# over a rank.
FORCES = """Search ends

Commodore Hemi Walker of the Royal New Zealand Navy said the ship had been recalled.

Lieutenant Colonel Priya Desai of the Indian Navy said the search had ended.

Lieutenant General Sarah Kiely, Chief of Army, said the force was ready."""


def test_a_rank_of_a_named_force_and_a_post_over_a_rank() -> None:
    assert role_of(FORCES, "Hemi Walker") == "Commodore of the Royal New Zealand Navy"
    assert role_of(FORCES, "Priya Desai") == "Lieutenant Colonel of the Indian Navy"
    assert role_of(FORCES, "Sarah Kiely") == "Chief of Army"


# Australian, Canadian and South African politics wire: "Premier" after the province
# or state it governs.
PREMIERS = """Fires contained

Queensland Premier Steven Mills said the fires were contained.

Western Cape Premier Alan Wynne said two rangers were hurt. Ontario Premier Doug Fenwick sent crews."""


def test_a_premier_named_after_the_state_or_province() -> None:
    assert role_of(PREMIERS, "Steven Mills") == "Queensland Premier"
    assert role_of(PREMIERS, "Alan Wynne") == "Western Cape Premier"
    assert role_of(PREMIERS, "Doug Fenwick") == "Ontario Premier"


# Council local: a plural role opening a list the parser breaks after its first name.
COUNCILLORS = """Plan rejected

Councillors Amy Tate, Bill Ross and Carl Hunt voted against the plan."""

RESIDENTS = """Plan rejected

Amy Tate, Bill Ross and Carl Hunt voted against the plan."""


def test_each_name_of_a_broken_list_takes_the_plural_role() -> None:
    assert role_of(COUNCILLORS, "Amy Tate") == "councillor"
    assert role_of(COUNCILLORS, "Bill Ross") == "councillor"
    assert role_of(COUNCILLORS, "Carl Hunt") == "councillor"
    assert role_of(RESIDENTS, "Bill Ross") is None


# Aviation wire: two speak after the post spoke, so neither is its holder.
COUPLE = """Flights resume

The chief executive of Skyline Air said flights would resume. Mal Lenton and his wife said they had waited for nine hours."""


def test_a_post_is_not_read_for_two_who_speak_together() -> None:
    assert "chief executive" not in (role_of(COUPLE, "Mal Lenton") or "")


# Water trade, council local, football local: the post written through its body's
# pronoun or noun ("Its chief executive", "The council leader", "The club's chairman").
FINED = """Water firm fined

Kestrel Water was fined £3m on Monday. Its chief executive told MPs the company was sorry. Speaking in London, Amir Siddiqi said bills would not rise."""

BUDGET = """Cuts ahead

The council leader told a meeting the budget was tight. In a statement, Ann Leigh said cuts were unavoidable."""

GROUND = """Ground to be sold

The club's chairman told fans the ground would be sold. Writing in the programme, Ann Leigh said there was no choice."""

FAN = """Ground to be sold

The club's chairman told fans the ground would be sold. Fan Ann Leigh said there was no choice."""

WIFE = """Man missing

His wife told police he had left on Friday. Ann Leigh said he was kind."""


def test_a_post_of_a_body_through_its_pronoun_or_noun() -> None:
    assert role_of(FINED, "Amir Siddiqi") == "chief executive"
    assert role_of(BUDGET, "Ann Leigh") == "council leader"
    assert role_of(GROUND, "Ann Leigh") == "chairman"
    assert role_of(FAN, "Ann Leigh") == "Fan"
    assert role_of(WIFE, "Ann Leigh") is None


# Irish and UK politics broadcaster: an office named by its brief before the name.
BRIEFS = """Ministers respond

Secretary of State for Health Wes Stratton said the plan was ready.

Minister for Foreign Affairs Simon Harte said the talks had failed."""


def test_an_office_named_by_its_brief_is_the_role_and_no_part_of_the_name() -> None:
    assert role_of(BRIEFS, "Wes Stratton") == "Secretary of State for Health"
    assert actor(BRIEFS, "Simon Harte").name == "Simon Harte"
    assert role_of(BRIEFS, "Simon Harte") == "Minister for Foreign Affairs"


# Indian local: a village head's title.
VILLAGE = """Village without water

Sarpanch Kamla Devi said the village had gone without water for a week."""


def test_a_village_heads_title_is_the_role() -> None:
    assert actor(VILLAGE, "Kamla Devi").name == "Kamla Devi"
    assert role_of(VILLAGE, "Kamla Devi") == "Sarpanch"


# World broadcaster, council local: a name set off by commas after an office, which the
# parser joins as a list's member; the sentence's verb before the office; the words
# after the name in the role.
SUMMIT = """Arctic summit

Ann Bell spoke first.

She said she had spoken by phone on Wednesday evening to the US Secretary of State, Rebecca Lyne, who did not attend the summit."""

THANKS = """Fete opens

She thanked the minister, Tom Bellamy, and the mayor, Ann Leese, for coming."""

MET_MAYOR = """Fete opens

She met the mayor, Ann Leese, Tom Bellamy and Kay Moss."""


def test_an_office_set_before_a_name_read_as_a_list() -> None:
    assert role_of(SUMMIT, "Rebecca Lyne") == "the US Secretary of State"
    assert role_of(THANKS, "Ann Leese") == "the mayor"
    assert role_of(THANKS, "Tom Bellamy") == "the minister"
    assert role_of(MET_MAYOR, "Ann Leese") == "the mayor"
