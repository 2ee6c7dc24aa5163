"""Round 6c: bodies introduced by what they are, clubs under a tabloid adjective, and
lands the weather falls on.

Every article here is synthetic, written for these tests (invented people, firms,
clubs, labels and places)."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.role) for a in build_brief(text).actors}


# --- a body the story introduces by its common noun, as the object of a preposition --

LABEL_OBITUARY = (
    "In 1971 the band signed to the Lagos label Ekwe Records, whose owner paid for their "
    "first tour.\n\n"
    "Their second album, Harmattan, was released by the Paris label Boucan and sold "
    "well.\n\n"
    "The singer, Obi Nwafor, died on Monday aged 79."
)

ROAD_CONTRACT = (
    "The county council awarded a £12m contract to resurface the ring road to the civil "
    "engineering firm Harrowgate Civil.\n\n"
    "Work starts in May, council leader Jill Amos said."
)


def test_a_label_named_after_its_noun_is_an_organization_that_acts():
    actors = _actors(LABEL_OBITUARY)
    assert actors.get("Ekwe Records", ("",))[0] == "organization", actors
    assert actors.get("Boucan", ("",))[0] == "organization", actors


def test_a_firm_in_apposition_to_its_trade_is_an_organization_that_acts():
    actors = _actors(ROAD_CONTRACT)
    assert actors.get("Harrowgate Civil", ("",))[0] == "organization", actors


def test_a_place_after_a_preposition_stays_scenery():
    actors = _actors(
        "The band toured Lagos and Accra in 1972.\n\n"
        "The singer, Obi Nwafor, said the crowds were the biggest they had seen."
    )
    assert "Lagos" not in actors and "Accra" not in actors, actors


# --- a club's name under a tabloid adjective ------------------------------------------


def test_an_adjective_before_a_club_name_is_no_word_of_it():
    actors = _actors(
        "Struggling Kelmoor Rovers have sacked manager Dean Ashby after a run of eight "
        "defeats.\n\nThe club said a replacement would be named next week."
    )
    assert actors.get("Kelmoor Rovers", ("",))[0] == "organization", actors
    assert "Struggling Kelmoor Rovers" not in actors, actors


def test_a_hyphened_adjective_before_a_club_is_cut_and_the_club_speaks():
    brief = build_brief(
        "CASH-strapped Hollin Athletic have been hit with a transfer embargo.\n\n"
        '"We are working hard to resolve it," a Hollin Athletic spokesman said.'
    )
    names = [a.name for a in brief.actors]
    assert "Hollin Athletic" in names, names
    assert "CASH-strapped Hollin Athletic" not in names, names


# --- a land the weather falls on does not act ---------------------------------------


def test_a_country_that_bakes_or_swelters_is_no_actor():
    actors = _actors(
        "Britain bakes in 34C heat as Spain and Portugal battle wildfires.\n\n"
        "Greece sweltered through its hottest night on record, the Met Office said."
    )
    assert "Britain" not in actors and "Greece" not in actors, actors
    assert "Met Office" in actors, actors


def test_a_country_that_acts_in_a_weather_story_stays():
    actors = _actors(
        "Norvania shivered through its coldest night for 40 years.\n\n"
        "Portugal sent two water bombers to fight the fires, the ministry said."
    )
    assert "Portugal" in actors, actors
    assert "Norvania" not in actors, actors


# --- the body a petition, letter or bid comes from ------------------------------------


def test_the_body_a_letter_comes_from_is_a_party():
    actors = _actors(
        "Tenants received a letter from Brookvale Homes warning that rents would rise by "
        "7%.\n\nResidents' leader Aisha Khan said the rise was unaffordable."
    )
    assert actors.get("Brookvale Homes", ("",))[0] == "organization", actors


def test_a_place_someone_comes_from_is_no_party():
    actors = _actors(
        "A man from Dunmore Vale was taken to hospital after the crash.\n\n"
        "Inspector Lyn Cole said the road would stay closed overnight."
    )
    assert "Dunmore Vale" not in actors, actors
