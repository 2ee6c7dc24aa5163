"""Round 28d actors: a country written before a noun of people that only says where they
are or whom they once played for ("a former Scotland midfielder", "1.4 million UK
customers", "Ex-Ireland captain Niamh Doherty") or as where people go ("trying to reach
Britain by boat", "toured Europe and Japan") is scenery, not an actor; and a body named
only through a post held there ("Bronwyn Tadic, managing director of Tasman Naval
Shipbuilders,", "Ines Calloway, the mission's project manager at the UK Space Agency,")
is an actor, unless the post is a trade or a calling, the one named only its public or a
commentator ("a staff nurse at", "a historian at", "a patient at", "an analyst at"), or
the body a place a post is "for" or someone is "from". And the other side of a match's
result ("a 4-0 home defeat against Millford Town", "a 5-4 win over the Sacramento
Pioneers") is a party to it, not a time ("the win over Christmas") nor a horse. Surnames
the recognizer takes for a body, described as people ("Okafor and Bello, both 24,",
"Smith and Jones, the two defendants,"), are no body.

Every passage here is synthetic, written for these tests (invented people, clubs, firms
and places of no consequence), across US, Australian, Irish, Nigerian, Indian, Kenyan,
Canadian, Singaporean, South African and British copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "person", "country"),
    [
        (
            "Former Wales winger Huw Pritchard said the squad lacked leaders.",
            "Huw Pritchard",
            "Wales",
        ),
        (
            "Ex-Ireland captain Niamh Doherty has been named head coach of Ballyross.",
            "Niamh Doherty",
            "Ireland",
        ),
        (
            "Pieter van Rooyen, a former Namibia flanker, has agreed a two-year extension "
            "with the Vaal Titans.",
            "Pieter van Rooyen",
            "Namibia",
        ),
        (
            "Former Australia coach Greg Malone said the board had failed.",
            "Greg Malone",
            "Australia",
        ),
        (
            "Former Kenya sevens captain Collins Otieno said the union had let players down.",
            "Collins Otieno",
            "Kenya",
        ),
        (
            "The one-time Ireland hooker Sean Daly now runs a bakery in Cork, he said.",
            "Sean Daly",
            "Ireland",
        ),
        (
            "Nigeria midfielder Tunde Bakare scored the winner for Rivers United on Sunday.",
            "Tunde Bakare",
            "Nigeria",
        ),
        (
            "Thousands of Australia supporters travelled to Auckland for the final, organiser "
            "Ben Hill said.",
            "Ben Hill",
            "Australia",
        ),
        (
            "Ireland fans were stranded at Lyon airport overnight, said Dublin travel agent "
            "Mary Keane.",
            "Mary Keane",
            "Ireland",
        ),
        (
            "South Africa lock Eben Botha has signed for Leinster, the province said.",
            "Eben Botha",
            "South Africa",
        ),
        (
            "Former Canada goalkeeper Erin McLeod said women's football had changed.",
            "Erin McLeod",
            "Canada",
        ),
        (
            "Enver Koseoglu, chief executive of the charity Safe Passage Network, said at "
            "least 77 people had died trying to reach Britain by boat.",
            "Enver Koseoglu",
            "Britain",
        ),
        (
            "He toured Europe and Japan well into his 70s, said his manager, Ray Lusk.",
            "Ray Lusk",
            "Japan",
        ),
        (
            "Migrants who entered Poland illegally will be returned, Interior Minister Adam "
            "Nowak said.",
            "Adam Nowak",
            "Poland",
        ),
    ],
)
def test_a_country_that_only_sorts_people_or_is_gone_to_is_no_actor(paragraph, person, country):
    actors = _actors(paragraph)
    assert actors.get(person) == "person", actors
    assert country not in actors, actors


@pytest.mark.parametrize(
    ("paragraph", "company", "customers"),
    [
        (
            "Corvex Pay, which is backed by an investor in Geneva, has 1.4 million UK customers.",
            "Corvex Pay",
            "UK",
        ),
        (
            "Singapore investors have poured S$2 billion into the fund, Temasek Vale said in "
            "a statement.",
            "Temasek Vale",
            "Singapore",
        ),
    ],
)
def test_a_country_before_a_firms_public_is_no_actor(paragraph, company, customers):
    actors = _actors(paragraph)
    assert actors.get(company) == "organization", actors
    assert customers not in actors, actors


@pytest.mark.parametrize(
    ("paragraph", "country"),
    [
        ("UK officials said the talks would resume on Monday. The UK wants a deal by June.", "UK"),
        (
            "Kenya's foreign ministry said it had summoned the envoy. Kenya will expel two "
            "diplomats.",
            "Kenya",
        ),
        (
            "Britain has agreed to send 500 troops, the defence secretary said. Britain will "
            "also send two frigates.",
            "Britain",
        ),
        (
            "Japan reached the final with a 3-1 win over Brazil. Japan will play Spain on Sunday.",
            "Japan",
        ),
    ],
)
def test_a_country_that_acts_or_whose_staff_act_stays(paragraph, country):
    assert _actors(paragraph).get(country) == "country"


@pytest.mark.parametrize(
    ("paragraph", "person", "body"),
    [
        (
            "Bronwyn Tadic, managing director of Tasman Naval Shipbuilders, said the company "
            "had absorbed 14 design changes.",
            "Bronwyn Tadic",
            "Tasman Naval Shipbuilders",
        ),
        (
            '"We would not go if we had any doubt," said Dr Ines Calloway, the mission\'s '
            "project manager at the UK Space Agency.",
            "Ines Calloway",
            "UK Space Agency",
        ),
        (
            "Dr Ravi Menon, head of research at Kestrel Partners, said the data was clear.",
            "Ravi Menon",
            "Kestrel Partners",
        ),
        (
            "Councillor Aled Rees, cabinet member for housing at Glanmor County Council, "
            "apologised to tenants.",
            "Aled Rees",
            "Glanmor County Council",
        ),
        (
            "Councillor Derek Oyelaran, cabinet member for flooding at Warwickshire County "
            "Council, apologised.",
            "Derek Oyelaran",
            "Warwickshire County Council",
        ),
    ],
)
def test_a_body_named_through_a_post_held_there_is_an_actor(paragraph, person, body):
    actors = _actors(paragraph)
    assert actors.get(person) == "person", actors
    assert actors.get(body) == "organization", actors


@pytest.mark.parametrize(
    ("paragraph", "person", "body"),
    [
        (
            "Mary Ojo, a staff nurse at Lakeside General Hospital, rents a flat on Otley Road.",
            "Mary Ojo",
            "Lakeside General Hospital",
        ),
        (
            "Huw Caradog, a maritime historian at Bangor University, said the crew had tried "
            "to run for shelter.",
            "Huw Caradog",
            "Bangor University",
        ),
        (
            "Wade Billingham, a mango farmer from Humpty Doo, said he signed up after his "
            "brother fell ill.",
            "Wade Billingham",
            "Humpty Doo",
        ),
        (
            "Last month the area coroner for the Black Country, Alistair Penhaligon, recorded "
            "a narrative conclusion.",
            "Alistair Penhaligon",
            "Black Country",
        ),
        (
            "Ann Lee, a patient at Lakeside General Hospital, said she had waited nine hours.",
            "Ann Lee",
            "Lakeside General Hospital",
        ),
        (
            "Nkem Obi, a student at the University of Port Harcourt, said fees had doubled.",
            "Nkem Obi",
            "University of Port Harcourt",
        ),
        (
            "Bill Tan, a visitor at Gardens by the Bay, said the queues were long.",
            "Bill Tan",
            "Gardens by the Bay",
        ),
    ],
)
def test_the_public_or_a_commentator_at_a_body_makes_it_no_actor(paragraph, person, body):
    actors = _actors(paragraph)
    assert actors.get(person) == "person", actors
    assert body not in actors, actors


@pytest.mark.parametrize(
    ("paragraph", "side"),
    [
        (
            "Rovers crashed to a 4-0 home defeat against Millford Town on Saturday. Prentice "
            "said his side were poor.",
            "Millford Town",
        ),
        (
            "Catcher Luis Obregon hit a two-run homer on Saturday to give the Portland Ravens "
            "a 5-4 win over the Sacramento Pioneers.",
            "Sacramento Pioneers",
        ),
        (
            "It was Ashdown's first victory over Corby Town since 2019, manager Tom Hill said.",
            "Corby Town",
        ),
        (
            "Lagos Leopards' 78-71 win over the Kano Pillars was their fifth in a row, coach "
            "Tunde Balogun said.",
            "Kano Pillars",
        ),
        (
            "Mumbai Mariners sealed a seven-wicket win over Chennai Chargers at the Wankhede, "
            "captain Arjun Rao said.",
            "Chennai Chargers",
        ),
    ],
)
def test_the_other_side_of_a_result_is_an_actor(paragraph, side):
    assert _actors(paragraph).get(side) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "person", "not_a_side"),
    [
        (
            "Sales during the win over Christmas rose, said shop owner Tom Bell.",
            "Tom Bell",
            "Christmas",
        ),
        (
            "A narrow win over Easter weekend kept them top, manager Raj Patel said.",
            "Raj Patel",
            "Easter",
        ),
        (
            "Jockey Aoife Brannigan's narrow win over Copper Lantern came in the last stride, "
            "trainer Declan Mullane said.",
            "Declan Mullane",
            "Copper Lantern",
        ),
    ],
)
def test_a_result_noun_over_a_time_or_a_thing_names_no_side(paragraph, person, not_a_side):
    actors = _actors(paragraph)
    assert actors.get(person) == "person", actors
    assert not [name for name in actors if not_a_side in name], actors


@pytest.mark.parametrize(
    ("paragraph", "not_a_body"),
    [
        (
            "Smith and Jones, the two defendants, denied the charges at Leeds Crown Court.",
            ["Smith and Jones", "Smith", "Jones"],
        ),
        (
            "Okafor and Bello, both 24, were jailed for six years at Lagos High Court.",
            ["Okafor and Bello", "Okafor", "Bello"],
        ),
        (
            "Pillay and Naidoo, both 31, of Durban, admitted fraud, Durban Magistrates Court "
            "heard.",
            ["Pillay and Naidoo", "Pillay", "Naidoo"],
        ),
    ],
)
def test_surnames_described_as_people_are_no_body(paragraph, not_a_body):
    actors = _actors(paragraph)
    assert not [name for name in not_a_body if actors.get(name) == "organization"], actors


@pytest.mark.parametrize(
    ("paragraph", "firm"),
    [
        (
            "Harwick and Stroud, the two-store chain, said sales rose. Harwick and Stroud will "
            "open a shop.",
            "Harwick and Stroud",
        ),
        (
            "Dobbs and Farrow, the Leeds-based retailer, is to shut 12 shops. Dobbs and Farrow "
            "said trading had been poor.",
            "Dobbs and Farrow",
        ),
    ],
)
def test_a_firm_of_two_names_described_as_a_firm_stays(paragraph, firm):
    assert _actors(paragraph).get(firm) == "organization"
