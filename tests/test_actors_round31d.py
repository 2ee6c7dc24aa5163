"""Round 31d actors: a person the recognizer names in full once, not as a subject, is an
actor of the story wherever the clause does something to them or they are set beside
one it tells of: the object of any verb ("punched Owen Tilley outside a pub", "has
commissioned poet Lindiwe Sithole to write", "will face Ghana's Kwabena Asare"), a
description's name apposed to a subject or an object ("The driver, Marcus Feeney, was
arrested", "after her runner, Jordan Pike, was stopped"), and the owner of what a clause
tells of ("confirmed Samuel Ojo's return", "Priya Menon's century guided"); never one
an actor plays ("who played barmaid Jodie Sallis"), a name "the" opens (a restaurant, a
ship), a street or a venue, nor one a quote names. So is one a verb reaches through a
preposition that neither places, compares nor names ("trains under Callum Dyer"; not
"likened to Brian Lara"). A body the recognizer names in two words or more, one of them
a body's word, is an actor as the owner of what a subject or an object names ("rejected
Kelmore Mining's proposed pit"; not an acronym road, a broadcaster, a rail line, nor the
owner of what a preposition only frames), and as the one a clause reaches through
"from", "with", "against" or "between" ("a contract from the Rajasthan Power
Corporation", "joins from rival Hartwell Foods"; not an airport one flies from, nor an
analyst's employer). A body fined a sum is penalised whether the parser calls it the
object or the "dative" ("The league fined the Harbour City Raptors $75,000").

Every passage here is synthetic, written for these tests (invented people, firms and
places of no consequence), across British, Irish, Australian, Indian, Nigerian, Kenyan,
South African, Canadian, Singaporean, Filipino and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        # British local, courts: the object of a verb of violence
        (
            "Bradford Crown Court heard that Daniel Price punched Owen Tilley outside the "
            "Fleece in Otley. Recorder Joan Marsh jailed Price for a year.",
            "Owen Tilley",
        ),
        # Irish broadcaster, culture: the object of a commission
        (
            "The Galway Arts Trust has commissioned poet Siobhan Keady to write a verse for "
            "the reopening of the harbour library.",
            "Siobhan Keady",
        ),
        # Filipino broadsheet, boxing: the opponent one faces
        (
            "Jerwin Pacana will face Ghana's Kwabena Asare at the Cebu Coliseum next month, "
            "promoter Lito Baguio announced.",
            "Kwabena Asare",
        ),
        # US wire, courts: the client a lawyer represents
        (
            "Attorney Dana Whitlock, representing Curtis Monroe, told the Cook County "
            "court her client had been misled. Judge Alan Reyes set a hearing for June.",
            "Curtis Monroe",
        ),
        # Welsh local, courts: the object of another verb of violence
        (
            "Magistrates heard that Connor Hughes headbutted Aaron Whitfield in a taxi "
            "queue in Wrexham. He will be sentenced next month.",
            "Aaron Whitfield",
        ),
        # Malaysian broadsheet, politics: one a verb reaches through "from"
        (
            "The select committee heard evidence from Farid Rahman, a hydrologist at "
            "Universiti Sains Pantai, on Thursday.",
            "Farid Rahman",
        ),
        # Australian wire, athletics: one a verb reaches through "under"
        (
            "Ngaire Walsh, who trains in Perth under former Olympian Callum Dyer, won the "
            "20km walk in record time.",
            "Callum Dyer",
        ),
        # Australian broadcaster, crime: the name apposed to a subject's description
        (
            "The driver of the ute, Marcus Feeney, was arrested near Dubbo on Sunday, NSW "
            "Police said.",
            "Marcus Feeney",
        ),
        # UK tabloid, crime: the name apposed to an object's description
        (
            "Gang boss Terry Vance was caught after his courier, Jordan Pike, was stopped "
            "by Merseyside Police on the M62.",
            "Jordan Pike",
        ),
        # Nigerian broadcaster, football: the owner of what a clause confirms
        (
            "Coach Emeka Obi named his squad for the friendly, with club officials "
            "confirming Samuel Ojo's return from injury.",
            "Samuel Ojo",
        ),
        # Canadian broadsheet, hockey: the owner of the subject
        (
            "Liam Gauthier's late goal lifted the Moncton Tides over the Halifax Surge, "
            "coach Renee Boudreau said.",
            "Liam Gauthier",
        ),
    ],
)
def test_a_person_named_in_full_whom_the_clause_tells_of_is_an_actor(
    paragraph: str, person: str
) -> None:
    assert _actors(paragraph).get(person) == "person"


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # UK tabloid, soaps: a part an actor plays
        (
            "Kerry Dunn, 31, who has played barmaid Jodie Sallis since 2019, walked off "
            "the set on Friday, the show's producers said.",
            "Jodie Sallis",
        ),
        # Singaporean broadsheet, business: a restaurant "the" opens
        (
            "The mall's top floor houses the Mary Lorne, a restaurant built like a "
            "paddle steamer, operator Ang Wei Ming said.",
            "Mary Lorne",
        ),
        # British broadcaster, maritime: a vessel "the" opens, towed like a person
        (
            "Coastguards towed the Grace Darling into Seahouses harbour after its engine "
            "failed, the RNLI said.",
            "Grace Darling",
        ),
        # a person one is likened to, or a place named after one
        (
            "Critics likened the teenager's batting to Brian Lara, and the club's coach "
            "Dale Moyo agreed.",
            "Brian Lara",
        ),
        # a person named inside a quote is no more sure than before
        (
            'The coach said: "We signed Jonah Muller because he scores goals." The club '
            "confirmed the fee.",
            "Jonah Muller",
        ),
    ],
)
def test_a_name_the_clause_tells_of_that_is_no_actor_stays_out(paragraph: str, name: str) -> None:
    assert name not in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        # Australian broadsheet, mining: the owner of an object
        (
            "The state planning panel has rejected Kelmore Mining's proposed open-cut pit "
            "near Gunnedah, chairwoman Fiona Keogh said.",
            "Kelmore Mining",
        ),
        # Indian broadsheet, politics: the owner of a subject
        (
            "The Janata Vikas Party's complaint was dismissed by the returning officer in "
            "Nashik on Tuesday, district collector R. Deshpande said.",
            "Janata Vikas Party",
        ),
        # UK tabloid, charity: the owner of what a royal visits
        (
            "The Countess of Arden opened the Harbour Light Trust's new respite centre in "
            "Falmouth, where manager Tessa Pascoe showed her round.",
            "Harbour Light Trust",
        ),
        # Nigerian broadsheet, business: the owner of a subject
        (
            "Traders in Aba say the Eastline Power Company's new tariff has doubled their "
            "bills, market leader Chinedu Obi said.",
            "Eastline Power Company",
        ),
    ],
)
def test_a_body_owning_what_a_clause_tells_of_is_an_actor(paragraph: str, body: str) -> None:
    assert _actors(paragraph).get(body) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # Filipino broadcaster, transport: a road's lane (an acronym)
        (
            "The MMDA will shut EDSA's southbound lane near Ortigas for repairs, its "
            "chairman Ramon Cruz said.",
            "EDSA",
        ),
        # Greek wire, weather: what a preposition only frames
        (
            "Cyprus and Malta have sent water bombers under the European Union's civil "
            "protection mechanism, the fire service said.",
            "European Union",
        ),
        # Singaporean broadsheet, transport: a rail line's extension
        (
            "The opening of the Jade Line's northern extension has been delayed to 2031, "
            "the Land Transport Authority said.",
            "Jade Line",
        ),
        # British broadcaster: an outlet's request
        (
            "The trust refused BBC Radio Kent's request for an interview, its chief "
            "executive Ann Lowe said.",
            "BBC Radio Kent",
        ),
    ],
)
def test_an_owner_that_is_no_party_stays_out(paragraph: str, name: str) -> None:
    assert name not in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        # Indian broadcaster, business: a contract from a body
        (
            "Surya Renewables has won a 900 MW contract from the Rajasthan Power "
            "Corporation, managing director Anil Mathur told reporters in Jaipur.",
            "Rajasthan Power Corporation",
        ),
        # UK trade press, food: a director joining from a rival
        (
            "Gita Rao, who joins in March from rival Hartwell Foods, will lead the "
            "frozen division, the board said.",
            "Hartwell Foods",
        ),
        # Canadian wire, labour: talks with a union
        (
            "Provincial negotiators resumed talks with the Atlantic Nurses Union on "
            "Monday, Health Minister Claire Boudreau said.",
            "Atlantic Nurses Union",
        ),
    ],
)
def test_a_body_a_clause_reaches_through_from_or_with_is_an_actor(
    paragraph: str, body: str
) -> None:
    assert _actors(paragraph).get(body) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a place one comes from, a venue
        (
            "Passengers flying from Shannon Airport faced delays of up to three hours, "
            "the airline said.",
            "Shannon Airport",
        ),
        # an economist's seat of learning after "from" stays an affiliation (round 32d: a
        # commentator's firm is an actor, as dev references and both outside writers have it)
        (
            "Prices will keep rising, said Ravi Menon, an economist from Lion City University.",
            "Lion City University",
        ),
    ],
)
def test_a_place_an_outlet_or_an_affiliation_after_from_stays_out(
    paragraph: str, name: str
) -> None:
    assert name not in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "body", "kept"),
    [
        # US broadsheet, basketball: a side fined a sum (the parser's "dative")
        (
            "The league fined the Harbour City Raptors $75,000 for resting healthy "
            "players, spokesman Dale Ortiz said.",
            "Harbour City Raptors",
            True,
        ),
        # Irish broadsheet, rugby: a club fined a sum
        (
            "The disciplinary panel fined Ballymore Rugby Club €5,000 after the brawl, "
            "its chairman Liam Nolan said.",
            "Ballymore Rugby Club",
            True,
        ),
        # not the sum's payer named through a preposition of place
        (
            "The league fined the Raptors $75,000 at the Harbour City Arena on Monday.",
            "Harbour City Arena",
            False,
        ),
    ],
)
def test_a_body_fined_a_sum_is_an_actor(paragraph: str, body: str, kept: bool) -> None:
    assert (_actors(paragraph).get(body) == "organization") is kept
