# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Which actors a brief lists, on synthetic articles written for these tests (invented
people, companies, councils, clubs, outlets and ships; real countries and towns only as
scenery): things named like people (ships, products) are no actors; a dateline's place
is where the story was filed; a newspaper that only broke the story is its source; a
body written with its kind in lower case ("the Tolver union", "the Danish government")
and a body introduced with a bracketed acronym that then speaks through its staff are
actors. Each class is tested on several beats and outlet styles."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def actors_of(text: str):
    return build_brief(text).actors


def names_of(text: str) -> set[str]:
    return {n for a in actors_of(text) for n in (a.name, *a.aliases)}


# --- things named like people --------------------------------------------------------


@pytest.mark.parametrize(
    "text, person, thing",
    [
        # Courts, wire: the parser hangs the noun and the name on different heads.
        (
            "Prosecutors said the ferry, skippered by Aled Morgan, rammed the trawler Sally Morven off Stornoway in thick fog. Morgan, 47, denied manslaughter.",
            "Aled Morgan",
            "Sally Morven",
        ),
        # Science, wire: "aboard the survey ship X found" (the name read as the subject).
        (
            "The month-long cruise aboard the survey ship Ines Cabral found 40 new worms, expedition leader Dr Marta Quelhas said.",
            "Marta Quelhas",
            "Ines Cabral",
        ),
        # Transport, broadsheet: a vessel in apposition to "ship".
        (
            "Its sister ship, the Loch Fyne Queen, is laid up in Greenock for repairs, council leader Hamish Dunlop said.",
            "Hamish Dunlop",
            "Loch Fyne Queen",
        ),
        # Local: a vessel's prefix, whatever the recognizer calls the name.
        (
            "The MV Solway Tern broke down twice in March, leaving islanders stranded. Harbourmaster Elspeth Rudd said the engine had failed.",
            "Elspeth Rudd",
            "MV Solway Tern",
        ),
        # Military, wire: a navy ship by its prefix.
        (
            "HMS Brackwater sailed from Portsmouth on Monday, Commander Alan Petrie said, after repairs to its hull.",
            "Alan Petrie",
            "HMS Brackwater",
        ),
    ],
)
def test_ships_are_no_actors_their_people_are(text: str, person: str, thing: str) -> None:
    names = names_of(text)
    assert person in names
    assert thing not in names


def test_a_person_described_by_the_boat_she_owns_is_still_a_person() -> None:
    # "The owner of the boat, Ann Lee": the apposition is to "owner", not to "boat".
    text = (
        "The owner of the boat, Wendy Farrant, said the trawler Sea Lark had sunk within minutes."
    )
    names = names_of(text)
    assert "Wendy Farrant" in names
    assert "Sea Lark" not in names


# --- datelines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, actor, scenery",
    [
        (
            "LEEDS, England, March 11 (Reuters) - British pie maker Halvern Foods said on Wednesday it would close its Morley plant.",
            "Halvern Foods",
            {"England", "Leeds", "LEEDS"},
        ),
        (
            "ATHENS, Greece — A wildfire forced 2,000 people from their homes on Tuesday, the fire service said. Civil protection chief Nikos Tzavaras said the winds would ease by Thursday.",
            "Nikos Tzavaras",
            {"Greece", "Athens", "ATHENS"},
        ),
        (
            "DENVER, Colorado (AP) — Brightline Mining said on Monday it would cut 300 jobs at its copper smelter.",
            "Brightline Mining",
            {"Colorado", "DENVER"},
        ),
    ],
)
def test_a_datelines_city_and_country_are_where_the_story_was_filed(
    text: str, actor: str, scenery: set[str]
) -> None:
    names = names_of(text)
    assert actor in names
    assert not scenery & names


# --- outlets that only report the story ------------------------------------------------


@pytest.mark.parametrize(
    "text, actor, outlet",
    [
        (
            "The Halvern Echo first reported on Monday that Apex Holdings was in talks with Brightwell. Apex Holdings declined to comment.",
            "Apex Holdings",
            "Halvern Echo",
        ),
        (
            "The Sunday Ledger revealed last month that the minister, Tom Bellamy, had claimed £9,000 for a second home. Bellamy said he would repay it.",
            "Tom Bellamy",
            "Sunday Ledger",
        ),
    ],
)
def test_a_paper_that_broke_the_story_is_its_source(text: str, actor: str, outlet: str) -> None:
    names = names_of(text)
    assert actor in names
    assert outlet not in names


def test_a_company_that_reports_results_still_acts() -> None:
    # "reported that" names a source only for a newspaper's title.
    text = "Apex Holdings reported that sales fell 5% in the quarter. Chief executive Ann Lowry said the market was tough."
    assert "Apex Holdings" in names_of(text)


def test_a_paper_that_is_part_of_the_story_is_an_actor() -> None:
    text = "The Wexham Gazette, which has been published since 1854, will close in June, its owner Tideline Media said. The Gazette said it had lost 40% of its readers."
    names = names_of(text)
    assert "Wexham Gazette" in names
    assert "Tideline Media" in names


# --- bodies written with their kind in lower case ----------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "The Tolver union, which represents most of the cleaners, said it would ballot members. Regional officer Ann Pryce said pay was the issue.",
            "Tolver union",
        ),
        (
            "The Irish government, which funds most of the bus scheme, said it had not been consulted.",
            "Irish government",
        ),
        (
            "The Danish government said it would review the plan after the floods in Esbjerg.",
            "Danish government",
        ),
        (
            "The Harton council voted to close the library on Tuesday, leader Tom Birtles said.",
            "Harton council",
        ),
    ],
)
def test_a_body_named_before_its_lower_case_kind_is_an_actor(text: str, body: str) -> None:
    assert body in names_of(text)


def test_a_persons_campaign_is_no_body_of_its_own() -> None:
    text = "Tom Birtles's campaign said he would stand again in May."
    assert "Birtles campaign" not in names_of(text)


# --- acronyms introduced in brackets ----------------------------------------------------


@pytest.mark.parametrize(
    "text, full, acronym",
    [
        (
            "The council runs the service through its operator, Pellin Sound Ferries (PSF). A PSF spokesperson said repairs would cost £2m.",
            "Pellin Sound Ferries",
            "PSF",
        ),
        (
            "Passengers were told to use buses instead. A spokeswoman for the operator, Kettlewell Rail Services (KRS), said trains would run on Sunday. A KRS engineer said the signals had failed.",
            "Kettlewell Rail Services",
            "KRS",
        ),
    ],
)
def test_a_body_introduced_with_its_acronym_speaks_through_its_staff(
    text: str, full: str, acronym: str
) -> None:
    found = [a for a in actors_of(text) if a.name == full]
    assert found, f"{full!r} not among {names_of(text)}"
    assert acronym in found[0].aliases


# --- bodies that share their first words, plural possessives inside names --------------


@pytest.mark.parametrize(
    "text, bodies",
    [
        # Business: two companies named alike.
        (
            "Harlow Foods said it would end its contract with Harlow Logistics. Harlow Logistics said it was disappointed. Harlow Foods chief executive Ann Lowe said the service was poor.",
            {"Harlow Foods", "Harlow Logistics"},
        ),
        # Sport: a club and its supporters' trust.
        (
            "The Harbury Rovers Supporters' Trust called for a meeting with the owners on Friday. Harbury Rovers said it would reply within a week.",
            {"Harbury Rovers Supporters' Trust", "Harbury Rovers"},
        ),
        # Culture: a plural possessive with a curly apostrophe inside a campaign's name.
        (
            "The campaign group Painters’ Rights Network said the removal was censorship, and the Medlow Gallery said it had acted on legal advice.",
            {"Painters’ Rights Network", "Medlow Gallery"},
        ),
    ],
)
def test_bodies_that_share_words_stay_apart_and_whole(text: str, bodies: set[str]) -> None:
    actors = actors_of(text)
    names = {a.name for a in actors}
    assert bodies <= names
    for actor in actors:
        # No body is another's alias.
        assert not (set(actor.aliases) & (bodies - {actor.name}))


def test_a_clubs_player_after_its_plural_possessive_is_a_person() -> None:
    text = "Rovers' Tom Bellwood scored twice as the visitors won 3-1 at Kenley, manager Dan Oakes said."
    actors = {a.name: a.kind for a in actors_of(text)}
    assert actors.get("Tom Bellwood") == "person"


def test_a_subject_the_parser_made_the_root_still_acts() -> None:
    # The parser makes "Trust" the sentence's root, with "which owns ..." on it.
    text = "The Kenley Albion Supporters' Trust, which owns 5% of the club, called for the chairman to meet fans before Saturday's game.\n\nKenley Albion said the chairman would attend."
    assert "Kenley Albion Supporters' Trust" in names_of(text)


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "The Harbury Rovers Supporters' Trust called for a meeting. Trust chair Megan Pryce said fans were angry.",
            "Megan Pryce",
        ),
        (
            "Council chair Olu Bankole-Price said the budget was balanced for the first time in a decade.",
            "Olu Bankole-Price",
        ),
    ],
)
def test_a_chair_named_after_the_body_is_a_person(text: str, person: str) -> None:
    kinds = {a.name: a.kind for a in actors_of(text)}
    assert kinds.get(person) == "person"


# --- "X and Y": two bodies, or one name ------------------------------------------------


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Tesvale Water and Tesvale Energy, both owned by Northgate Utilities, were fined £3m each. A Tesvale Water spokesman said it would appeal.",
            {"Tesvale Water", "Tesvale Energy", "Northgate Utilities"},
        ),
        (
            "Harlow Foods and Harlow Logistics both declined to comment, but Harlow Foods said later it would reply.",
            {"Harlow Foods", "Harlow Logistics"},
        ),
    ],
)
def test_two_bodies_joined_by_and_are_two_actors(text: str, names: set[str]) -> None:
    assert names <= {a.name for a in actors_of(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "West Yorkshire Fire and Rescue Service said crews were called at 3am.",
            "West Yorkshire Fire and Rescue Service",
        ),
        (
            "The Victoria and Albert Museum said it would return the bowl to Benin.",
            "Victoria and Albert Museum",
        ),
    ],
)
def test_one_body_whose_name_holds_and_stays_whole(text: str, name: str) -> None:
    assert name in {a.name for a in actors_of(text)}


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Ministers in London and Dublin have clashed over the plan. The Irish Government said it had not been consulted.",
            "Irish Government",
        ),
        (
            "The French Embassy said two of its citizens had been injured in the crash near Perpignan.",
            "French Embassy",
        ),
    ],
)
def test_a_states_civil_body_named_by_its_nationality_is_an_actor(text: str, body: str) -> None:
    assert body in names_of(text)


# --- names printed in capitals, letters that are a person's -----------------------------


@pytest.mark.parametrize(
    "text, name, alias",
    [
        (
            "CHLOE HARGREAVE was 19 when she joined the band. Hargreave, now 45, said she had no regrets.",
            "Chloe Hargreave",
            "Hargreave",
        ),
        (
            "By RHIANNON DOLAN-PARRY FOR MAILONLINE\n\nSTEVE McQUADE-JONES has been a postman for 30 years. McQuade-Jones, 58, said he loved the job.",
            "Steve McQuade-Jones",
            "McQuade-Jones",
        ),
    ],
)
def test_a_name_printed_in_capitals_to_open_a_story_is_a_person(
    text: str, name: str, alias: str
) -> None:
    found = [a for a in actors_of(text) if a.name == name]
    assert found, f"{name!r} not among {names_of(text)}"
    assert found[0].kind == "person"
    assert alias in found[0].aliases


def test_a_capitals_headline_is_no_person() -> None:
    text = "HOLIDAY HELL at Gatwick as passengers sleep on floors. SkyBridge said it was sorry for the delays."
    names = names_of(text)
    assert "SkyBridge" in names
    assert not any("Hell" in n or "HELL" in n for n in names)


@pytest.mark.parametrize(
    "text, person, letters",
    [
        (
            'Kelham\'s MP, Joanna Prest, said she had written to the company. "This is a disgrace," the Labour MP said.',
            "Joanna Prest",
            "MP",
        ),
        (
            "The CEO said the firm would survive the winter, Brightcell Mobile chairman Ian Doyle said.",
            "Ian Doyle",
            "CEO",
        ),
    ],
)
def test_a_persons_letters_are_no_body(text: str, person: str, letters: str) -> None:
    names = names_of(text)
    assert person in names
    assert letters not in names


# --- an outlet described as one -------------------------------------------------------


@pytest.mark.parametrize(
    "text, outlet",
    [
        (
            "The Halvern Echo, the town's weekly paper, obtained the report after a long battle. Its editor, Ruth Abney, said the council had been secretive.",
            "Halvern Echo",
        ),
        (
            "The Kelby Clarion, a monthly magazine, sued the council over the ban. The council said it would defend the case.",
            "Kelby Clarion",
        ),
    ],
)
def test_a_name_described_as_a_paper_is_an_organization(text: str, outlet: str) -> None:
    kinds = {a.name: a.kind for a in actors_of(text)}
    assert kinds.get(outlet) == "organization"


def test_a_person_described_by_a_paper_is_still_a_person() -> None:
    text = "Ann Lyle, the newspaper's editor, said the story was accurate. Tom Gale, a paper boy for 40 years, said he would retire."
    kinds = {a.name: a.kind for a in actors_of(text)}
    assert kinds.get("Ann Lyle") == "person"
    assert kinds.get("Tom Gale") == "person"


# --- an outlet that asks -----------------------------------------------------------------


def test_an_outlet_that_asked_the_question_is_a_source() -> None:
    text = 'Asked by the Kelby Clarion whether the firm would refund customers, chief executive Ann Szabo said: "We are looking at it."'
    names = names_of(text)
    assert "Ann Szabo" in names
    assert "Kelby Clarion" not in names


def test_a_body_that_asked_someone_to_act_is_an_actor() -> None:
    text = "Asked by Hollins Rail to step aside, chairman Tom Greer resigned on Monday. Hollins Rail said it thanked him."
    names = names_of(text)
    assert {"Hollins Rail", "Tom Greer"} <= names


def test_a_body_whose_name_opens_like_a_vessels_is_an_actor() -> None:
    text = "The MS Society said the drug should be available to everyone. Its chief executive, Nick Moberly-Hale, said patients had waited too long."
    assert "MS Society" in names_of(text)
