"""Round 29d actors: a day's name is a word of a person's name beside a courtesy title or
an age ("Mr Blessing Monday said", "Ms Patience Friday, the school's head teacher,"),
never a paper's or a feast's day, nor the day of the speaking ("Mr Tonye Monday night
said"); a public body named in lower case by what it does speaks as an actor with a
council, utility or bureau head and under an owner or a place ("the shire council said",
"the state's mines department said", "the Gauteng health department said"; "the
coastguard said" alone), but not where the story names that body with capitals; a name
opening with a place's word ("Upper Wensley", "Kings Norton") or described by where it
lies ("the village nearest the quarry") is a place, not a person; a two-word name that
leaves a person's post "as" it ("Ama Owusu resigned as finance minister") is a person the
recognizer misread as a body; a trade whose firms go by partners' names opening the
sentence ("Brokers Fenner and Shaw said") describes one firm; a country that plays
("India chased down 289", "Ireland beat Scotland 24-17") is its national side, a body;
a country before a trade of two words that introduces a named body ("the Singapore fund
manager Corvantis") only says where it is based; and an outlet's byline in the plural
("By Pit & Port Mining Review reporters") is furniture, no body.

Every passage here is synthetic, written for these tests (invented people, firms and
places of no consequence), across Nigerian, Australian, British, Irish, Ghanaian, South
African, Canadian, New Zealand and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


def _bare_name(name: str) -> str:
    """A lower-case body's name without its article ("The county council")."""
    return name.casefold().removeprefix("the ")


def _bare(actors: dict[str, str]) -> dict[str, str]:
    return {_bare_name(name): kind for name, kind in actors.items()}


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        ('Mr Blessing Monday said: "We lost everything in the flood."', "Blessing Monday"),
        (
            "But Mr Emeka Sunday, a resources analyst at Hollis Brothers, said the deal made "
            'sense. "It works," he said.',
            "Emeka Sunday",
        ),
        (
            "Mrs Ebiere Sunday, a trader at the market, said prices had doubled.",
            "Ebiere Sunday",
        ),
        (
            "Ms Patience Friday, the school's head teacher, said classes would resume.",
            "Patience Friday",
        ),
        ("Mr Godwin Monday told reporters the road had been closed since March.", "Godwin Monday"),
    ],
)
def test_a_days_name_beside_a_title_is_a_persons_name(paragraph: str, person: str) -> None:
    assert _actors(paragraph).get(person) == "person"


@pytest.mark.parametrize(
    ("paragraph", "not_actor"),
    [
        ("On Monday the board said it would meet again.", "Monday"),
        ("Mr Okon said on Sunday that the church was full.", "Okon Sunday"),
        ("The Sunday Times said the minister would resign.", "Sunday"),
        ("Services were held on Ash Wednesday, the vicar said.", "Ash Wednesday"),
        ("The shop was packed on Black Friday, the manager said.", "Black Friday"),
        ("Mr Tonye Monday night said the party would march.", "Tonye Monday"),
    ],
)
def test_a_day_is_no_person(paragraph: str, not_actor: str) -> None:
    assert not_actor not in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "In Lower Pindar the shire council said it welcomed the commitment.",
            "the shire council",
        ),
        (
            "The state's mines department said it would review the leases.",
            "The state's mines department",
        ),
        ("The county council said it would repair the bridge by spring.", "The county council"),
        (
            "The district council has said the market will move to Friday.",
            "The district council",
        ),
        ("The coastguard said the two fishermen were rescued at dawn.", "The coastguard"),
        ("The water utility said supplies would be restored by Thursday.", "The water utility"),
        ("The weather bureau said the heatwave would last until Sunday.", "The weather bureau"),
        (
            "The province's health department said 14 new cases had been confirmed.",
            "The province's health department",
        ),
        (
            "The Gauteng health department said 12 clinics would close.",
            "The Gauteng health department",
        ),
    ],
)
def test_a_lower_case_public_body_that_speaks_is_an_actor(paragraph: str, body: str) -> None:
    assert _bare(_actors(paragraph)).get(_bare_name(body)) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "not_actor"),
    [
        (
            "The Kent Fire and Rescue Service said the blaze was out. The fire service said "
            "no one was hurt.",
            "The fire service",
        ),
        (
            "Harlow District Council approved the plan. The district council said work "
            "would start in May.",
            "The district council",
        ),
        ("The department store said sales fell 4%.", "The department store"),
        ("The service said it was sorry for the delay.", "The service"),
        ("The council said it would appeal.", "The council"),
        ("The football club said the match would go ahead.", "The football club"),
        ("Residents called the fire service at 2am, a neighbour said.", "the fire service"),
    ],
)
def test_a_lower_case_body_named_or_referring_back_is_no_new_actor(
    paragraph: str, not_actor: str
) -> None:
    assert _bare_name(not_actor) not in _bare(_actors(paragraph))


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        (
            "In Upper Wensley, the village nearest the quarry, residents said the dust was "
            "unbearable.",
            "Upper Wensley",
        ),
        (
            "In Lower Pindar, the nearest town to the mine, the shire council said it "
            "welcomed the deal.",
            "Lower Pindar",
        ),
        (
            "Residents of East Kilbride said the bus cuts would leave them stranded.",
            "East Kilbride",
        ),
        (
            "At North Marston, the last stop on the line, commuters waited for two hours.",
            "North Marston",
        ),
        ("Fort Dunmore, a small town on the border, was evacuated on Sunday.", "Fort Dunmore"),
        ("Kings Norton, where the factory stood for 90 years, lost 600 jobs.", "Kings Norton"),
    ],
)
def test_a_place_is_no_person(paragraph: str, place: str) -> None:
    assert _actors(paragraph).get(place) != "person"


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        (
            "Grant Upton, the mayor of Lower Pindar, said the town had been ignored.",
            "Grant Upton",
        ),
        (
            "Norton Kingsley, the club's captain, said the team had let fans down.",
            "Norton Kingsley",
        ),
        ("Tom Bell, the village butcher, said trade had halved.", "Tom Bell"),
        ("Ann Lee, a city councillor, said the vote was rushed.", "Ann Lee"),
    ],
)
def test_people_beside_places_stay_people(paragraph: str, person: str) -> None:
    assert _actors(paragraph).get(person) == "person"


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        ("Ama Owusu resigned as finance minister on Friday.", "Ama Owusu"),
        ("Ama Owusu was sacked as coach on Monday.", "Ama Owusu"),
    ],
)
def test_a_name_that_leaves_a_post_is_a_person(paragraph: str, person: str) -> None:
    assert _actors(paragraph).get(person) == "person"


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Dangote Cement said output fell in the quarter.", "Dangote Cement"),
        ("Ecobank Ghana said profit rose 12%.", "Ecobank Ghana"),
    ],
)
def test_bodies_stay_bodies(paragraph: str, body: str) -> None:
    assert _actors(paragraph).get(body) == "organization"


def test_a_firm_trade_before_a_pair_names_one_firm() -> None:
    actors = _actors("Brokers Fenner and Shaw said it had cut its target price to 310p.")
    assert actors.get("Fenner and Shaw") == "organization"
    assert "Fenner" not in actors


@pytest.mark.parametrize(
    ("paragraph", "people"),
    [
        (
            "Tom Pembury and Ann Lisle run the shop together. Pembury and Lisle said they "
            "had no plans to sell.",
            ("Tom Pembury", "Ann Lisle"),
        ),
        (
            "Councillors Priya Shah and Dan Moss both voted against. Shah and Moss said the "
            "plan was rushed.",
            ("Priya Shah", "Dan Moss"),
        ),
    ],
)
def test_two_people_by_surname_are_no_firm(paragraph: str, people: tuple[str, str]) -> None:
    actors = _actors(paragraph)
    assert all(actors.get(p) == "person" for p in people)
    assert not any(" and " in name for name in actors)


@pytest.mark.parametrize(
    "byline",
    [
        "By Pit & Port Mining Review reporters",
        "By Harbour Gazette reporters",
        "By Daily Post writers",
        "By Frozen & Chilled Review staff",
    ],
)
def test_an_outlets_reporters_byline_is_furniture(byline: str) -> None:
    text = (
        f"Miner agrees merger\n\nRival to be run from Perth\n\n{byline}\n\n"
        "Perth, 3 December 2026\n\nLithium producer Yarrabin Resources has agreed to merge "
        "with its rival on Thursday.\n"
    )
    assert byline not in clean_article(ArticleInput(text=text)).text


@pytest.mark.parametrize(
    ("paragraph", "sides"),
    [
        ("India chased down 289 with four overs to spare in Chennai.", ("India",)),
        ("New Zealand chased a target of 240 in Napier.", ("New Zealand",)),
        ("Ireland beat Scotland 24-17 at the Aviva Stadium on Saturday.", ("Ireland", "Scotland")),
        ("Wales thrashed Italy 40-3 in Rome.", ("Wales", "Italy")),
    ],
)
def test_a_country_that_plays_is_its_national_side(paragraph: str, sides: tuple[str, ...]) -> None:
    actors = _actors(paragraph)
    assert all(actors.get(side) == "organization" for side in sides)


@pytest.mark.parametrize(
    ("paragraph", "country"),
    [
        ("India is chasing a trade deal with Britain, officials said.", "India"),
        ("India will bat for a permanent seat on the council, the minister said.", "India"),
        ("India beat China to the contract, officials said.", "India"),
        ("Australia said it would send aid to Fiji.", "Australia"),
    ],
)
def test_a_country_that_does_not_play_stays_a_country(paragraph: str, country: str) -> None:
    assert _actors(paragraph).get(country) == "country"


@pytest.mark.parametrize(
    ("paragraph", "country"),
    [
        (
            "Tallering's largest shareholder, the Singapore fund manager Corvantis, holds 12% "
            'of the company. Corvantis said: "We back the scheme."',
            "Singapore",
        ),
    ],
)
def test_a_country_before_a_trade_that_names_a_body_is_scenery(
    paragraph: str, country: str
) -> None:
    assert country not in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "country"),
    [
        ("The UK health secretary Wes Streeting said the plan would work.", "UK"),
        ("The Ghana coach Otto Addo said the team was ready.", "Ghana"),
    ],
)
def test_a_country_before_its_own_office_stays(paragraph: str, country: str) -> None:
    assert _actors(paragraph).get(country) == "country"
