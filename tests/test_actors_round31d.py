"""Round 31d actors: a person the recognizer names in full once, not as a subject, is an
actor of the story wherever the clause does something to them or they are set beside
one it tells of: the object of any verb ("punched Owen Tilley outside a pub", "has
commissioned poet Lindiwe Sithole to write", "will face Ghana's Kwabena Asare"), a
description's name apposed to a subject or an object ("The driver, Marcus Feeney, was
arrested", "after her runner, Jordan Pike, was stopped"), and the owner of what a clause
tells of ("confirmed Samuel Ojo's return", "Priya Menon's century guided"); never one
an actor plays ("who played barmaid Jodie Sallis"), a name "the" opens (a restaurant, a
ship), a street or a venue, nor one a quote names.

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
