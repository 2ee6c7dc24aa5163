# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 9 (second batch), on synthetic articles written for these tests
(invented people, shows and firms): a show named after the lower-case noun of its kind
("the quiz Brain Busters", "the telethon Kindness Counts", "the thriller Cold
Harbour") is a work, no actor; a firm whose name ends with the plural of its trade
("Seaspan Cruises", "Larkfield Hotels") is a body, not a person; an exhibition named in
apposition ("The exhibition, Colour and Light, opens") is a work, and no half of its
name an actor. Beats and styles: tabloid television, broadcaster charity appeal, trade
travel, local business, broadsheet arts."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


PRESENTER = """Presenter quits show

Strictly Ballroom Nights host Marnie Cole has quit the show after six series, the BBC confirmed.

Cole, 38, also fronts the quiz Brain Busters and the travel series Coastal Walks.

"It has been the joy of my life," she said."""

APPEAL = """Appeal raises record sum

Comedian Des Albright said he was "overwhelmed" after the telethon Kindness Counts raised £4m for children's hospices.

The appeal will return next year."""

THRILLER = """Actor lands lead role

Actor Owen Pryor will star in the thriller Cold Harbour, which starts filming in Belfast next month.

"I loved the script," Pryor said."""

CRUISE = """Cruise ship named

The cruise ship Aurora Dawn was named at a ceremony in Southampton by actress Gemma Hart.

The ship, operated by Seaspan Cruises, carries 3,000 passengers."""

HOTELS = """Hotel group expands

The spa will be run by Larkfield Hotels, which bought the building last year.

"It is a beautiful site," said manager Priya Desai."""


def test_a_quiz_named_after_its_noun_is_no_actor() -> None:
    found = kinds(PRESENTER)
    assert "Brain Busters" not in found
    assert found.get("Marnie Cole") == "person"


def test_a_telethon_is_no_actor() -> None:
    found = kinds(APPEAL)
    assert "Kindness Counts" not in found
    assert found.get("Des Albright") == "person"


def test_a_thriller_is_no_actor() -> None:
    found = kinds(THRILLER)
    assert "Cold Harbour" not in found
    assert found.get("Owen Pryor") == "person"


def test_a_cruise_line_is_a_body() -> None:
    found = kinds(CRUISE)
    assert found.get("Seaspan Cruises") == "organization"
    assert "Aurora Dawn" not in found


def test_a_hotel_group_is_a_body() -> None:
    found = kinds(HOTELS)
    assert found.get("Larkfield Hotels") == "organization"
    assert found.get("Priya Desai") == "person"


EXHIBITION = """Gallery show opens

The exhibition, Colour and Light, opens at the Harrowgate Gallery on Saturday and runs until June.

Curator Maya Fenn said the show was "a celebration of northern painters"."""


def test_an_exhibition_named_in_apposition_is_no_actor() -> None:
    found = kinds(EXHIBITION)
    assert "Light" not in found
    assert "Colour and Light" not in found
    assert found.get("Maya Fenn") == "person"
