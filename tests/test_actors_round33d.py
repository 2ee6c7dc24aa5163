"""Round 33d actors, from classes all three outside writers' probes share. A body among
subjects joined by "and" acts as the list does, named once: the second of two ("Unifor
and Ridgeway Aviation reached"), after a first member that is a common noun ("Wardens
and the Tarka Valley Conservancy moved", "The Ugandan energy ministry and Nile Hydro
Generation agreed"), and the first where the parser hangs it on the second's head noun
("The Karoo Flying Doctor Service and Beaufort West Hospital airlifted"). Not one body
whose name runs over "and" ("The Energy and Allied Workers Union", "The Kellerton Valley
Grape and Wine Association", "Hadleigh and Wendover Teaching Hospitals NHS Foundation
Trust", "South Yorkshire Fire and Rescue said"), nor a name set beside a subject with
commas ("the airline's newest aircraft, the St Brigid, sat").

A public body written as its place and a lower-case noun of its kind, in two words or
more or with a word of its remit between, is an actor as a subject, joined to one, or as
a party the parse reads: "The Dane County school board fired", "The Cebu City government
said", "The Lagos State government has demolished", "Ottawa and the Manitoba government
have agreed", "has sued the Dane County school board". Not a firm's or a paper's board
("The Apex Holdings board approved"), a country's government, nor a body noun that only
modifies ("The Brisbane committee meeting was cancelled").

Every passage here is synthetic, written for these tests (invented people, firms and
places of no consequence), across British, Irish, Australian, Indian, Nigerian, Kenyan,
South African, Canadian, Singaporean, Filipino, Ugandan, Zimbabwean and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        # Canadian wire, labour: the second of two joined subjects, named once
        (
            "Unifor and Ridgeway Aviation reached a tentative deal early Sunday, averting "
            "a strike by 1,400 mechanics.",
            "Ridgeway Aviation",
        ),
        # Kenyan broadcaster, wildlife: a list whose first member is a common noun
        (
            "Park rangers and the Ochre Hills Conservancy relocated 14 black rhinos to "
            "Meru on Tuesday.",
            "Ochre Hills Conservancy",
        ),
        # Ugandan broadsheet, energy: a ministry in lower case, then a named firm
        (
            "The Ugandan energy ministry and Nile Hydro Generation agreed on the tariff on Friday.",
            "Nile Hydro Generation",
        ),
        # Zimbabwean broadcaster, wildlife: after a plural common noun
        (
            "Wardens and the Tarka Valley Conservancy moved 30 elephants to a new reserve.",
            "Tarka Valley Conservancy",
        ),
        # South African broadcaster, health: the first, hung on the second's head noun
        (
            "The Karoo Flying Doctor Service and Beaufort West Hospital airlifted six "
            "injured farmworkers to Cape Town, the department said.",
            "Karoo Flying Doctor Service",
        ),
        # Irish broadsheet, farming: the second, after a possessive body's name
        (
            "The Tipperary Farmers' Association and Suir Valley Dairies met in Clonmel on "
            "Monday to discuss the milk price.",
            "Suir Valley Dairies",
        ),
    ],
)
def test_a_body_among_joined_subjects_is_an_actor(paragraph: str, body: str) -> None:
    assert _actors(paragraph).get(body) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "piece"),
    [
        # South African union: one name running over "and"
        (
            "The Energy and Allied Workers Union (EAWU), which says it represents 19,000 "
            "of Kragveld's staff, rejected the offer at talks in Midrand on Monday.",
            "Allied Workers Union",
        ),
        # Australian broadcaster, farming: an association whose name runs over "and"
        (
            "The Kellerton Valley Grape and Wine Association said about 2,300 hectares "
            "of vineyard had been damaged.",
            "Kellerton Valley Grape",
        ),
        # British broadcaster, health: an NHS trust named for two towns
        (
            "Hadleigh and Wendover Teaching Hospitals NHS Foundation Trust said it had "
            "postponed 184 operations.",
            "Wendover Teaching Hospitals NHS Foundation Trust",
        ),
        # British tabloid, fire: one service's name the recognizer cuts at "and"
        (
            "South Yorkshire Fire and Rescue said it would publish its review of the "
            "response next month.",
            "Rescue",
        ),
        # Irish broadcaster, aviation: an aircraft's name set beside the subject
        (
            "The airline's newest aircraft, the St Brigid, an Airbus A321neo delivered in "
            "May, sat on its stand at Dublin all morning.",
            "St Brigid",
        ),
    ],
)
def test_no_piece_of_one_name_over_and_nor_a_name_set_off_by_commas(
    paragraph: str, piece: str
) -> None:
    assert piece not in _actors(paragraph)


def test_no_body_joined_to_a_persons_name_without_a_bodys_word() -> None:
    # Australian local, council: a councillor the recognizer calls a body
    actors = _actors(
        "Crs Pat Loughnan and Deb Keary moved the motion, which Byron Shire Council passed 7-2."
    )
    assert actors.get("Deb Keary") != "organization"
    assert actors.get("Byron Shire Council") == "organization"


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        # US local, education: a county's school board as the subject
        (
            "The Dane County school board fired Superintendent Carl Weber on a 5-2 vote Monday.",
            "Dane County school board",
        ),
        # Filipino broadcaster, disaster: a city's government speaking
        (
            "The Cebu City government said 4,200 families were moved to evacuation "
            "centres overnight.",
            "Cebu City government",
        ),
        # US local, schools: a town's board, named once
        (
            "The Lakemont school board met at the Harold K. Simmons Auditorium, where "
            "parents urged trustees to keep Pinecrest Elementary open.",
            "Lakemont school board",
        ),
        # Nigerian broadsheet, city: a state government the recognizer calls a body
        (
            "The Lagos State government has demolished 300 shops in Oshodi, the commissioner said.",
            "Lagos State government",
        ),
        # US wire, labour: a party the parse reads, the object of a suit
        (
            "The teachers' union has sued the Dane County school board over the pay freeze.",
            "Dane County school board",
        ),
        # Canadian broadsheet, politics: joined to a subject
        (
            "Ottawa and the Manitoba government have agreed to split the cost of the new stadium.",
            "Manitoba government",
        ),
    ],
)
def test_the_public_body_of_a_named_place_is_an_actor(paragraph: str, body: str) -> None:
    assert _actors(paragraph).get(body) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # British business: a firm's board is the firm's
        ("The Apex Holdings board approved the deal on Monday.", "Apex Holdings board"),
        # Australian local: a committee noun that only modifies a meeting
        (
            "The Brisbane committee meeting was cancelled because of the storm.",
            "Brisbane committee",
        ),
        # Kenyan broadsheet: a country's government, named elsewhere as the state
        ("The Kenya government said it would appeal the ruling.", "Kenya government"),
        # US broadsheet: a paper's board
        ("The New York Times board met on Tuesday.", "New York Times board"),
    ],
)
def test_no_place_body_from_a_firm_a_country_or_a_modifier(paragraph: str, name: str) -> None:
    assert name not in _actors(paragraph)
