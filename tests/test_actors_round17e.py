# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 17 (helper e), on synthetic passages written for these tests (invented
people, shops, brands, restaurants, boats, shopping centres and parades): a name
described as a building, a vessel or a product with a possessive, an era or a clause
after the noun ("the Mary Celeste, a restaurant built in the shape of a galleon",
"Oakridge Home, the chain's own-label furniture range", "Marlow Quays, a shopping centre
on the edge of Thornby"); a brand named after a person and described as a body with such
a clause ("Harvey Mortimer, the department store chain founded in 1880", "Laura Fenwick,
the homeware brand named after its founder", "Edwin Marsh, the furniture retailer");
staged events whose names end in "Parade", "Awards" or "Gala"; the horse a sentence
opens on with "Trained by" its trainer ("Trained by Gemma Lowe, Silver Arrow jumped the
last clear"), never the athlete "Trained by his father, Tom Ives won"; a body the story
describes as one though only its staff act ("Engineers at Kelso Dynamics, the Harwell
company that built the lander,"), listed as a body. Beats and outlets:
business (broadsheet, wire), retail (trade), local news, heritage, entertainment
(tabloid), racing and athletics, science (broadcaster); UK and Irish English."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


def names(text: str) -> set[str]:
    return {n for a in build_brief(text).actors for n in (a.name, *a.aliases)}


# A building, a vessel or a product described with a possessive, an era or a clause.

RESTAURANT = """The Mary Celeste, a restaurant built in the shape of a galleon, will close next month after 40 years, owner Dan Pike said."""

RANGE = """Oakridge Home, the chain's own-label furniture range, will still be sold online, the administrators said."""

CENTRE = """Marlow Quays, a shopping centre on the edge of Thornby, will be demolished next year, its owners said."""

MALL = """Ferngrove Mall, the town's biggest shopping centre, was sold to an investment fund for £48m."""

NARROWBOAT = """The Lady Grace, a 1920s narrowboat now used as a floating café, will be moved to Skipton in the spring."""

RETAIL_PARK = """Riverside Point, a retail park on the ring road, has been bought by Dunmere Property for £31m."""


def test_a_building_vessel_or_product_described_with_a_clause_is_no_actor() -> None:
    assert "Mary Celeste" not in names(RESTAURANT)
    assert actors(RESTAURANT).get("Dan Pike") == "person"
    assert "Oakridge Home" not in names(RANGE)
    assert "Marlow Quays" not in names(CENTRE)
    assert "Ferngrove Mall" not in names(MALL)
    assert "Lady Grace" not in names(NARROWBOAT)
    found = actors(RETAIL_PARK)
    assert "Riverside Point" not in found
    assert found.get("Dunmere Property") == "organization"


# A brand named after a person, described as a body with a clause after the noun.

CHAIN = """Harvey Mortimer, the department store chain founded in 1880, will close eight of its 20 stores, putting 600 jobs at risk."""

BRAND = """Laura Fenwick, the homeware brand named after its founder, was bought by Castlegate Holdings for £30m on Tuesday."""

RETAILER = """Edwin Marsh, the furniture retailer, has fallen into administration, putting 900 jobs at risk."""


def test_a_brand_named_after_a_person_and_described_as_a_body_is_a_body() -> None:
    assert actors(CHAIN).get("Harvey Mortimer") == "organization"
    assert actors(BRAND).get("Laura Fenwick") == "organization"
    assert actors(RETAILER).get("Edwin Marsh") == "organization"


# Staged events: parades, awards nights, galas.

PARADE = """The Kelbrook Christmas Parade will go ahead on Saturday despite the rain, councillor Jan Morley said."""

AWARDS = """The Westmore Music Awards will be held at the Arena in November, with 18 categories, organiser Pete Harrow said."""

GALA = (
    """Queensway Gala returns to Durham this summer after a two-year break, the organisers said."""
)


def test_a_parade_an_awards_night_or_a_gala_is_no_actor() -> None:
    found = actors(PARADE)
    assert "Kelbrook Christmas Parade" not in found
    assert found.get("Jan Morley") == "person"
    found = actors(AWARDS)
    assert "Westmore Music Awards" not in found
    assert found.get("Pete Harrow") == "person"
    assert "Queensway Gala" not in names(GALA)


# The horse a sentence opens on with "Trained by" its trainer.

TRAINED = """Trained by Gemma Lowe in Co Kildare, Silver Arrow jumped the last fence clear and won the novice chase by six lengths."""

ATHLETE = (
    """Trained by his father, Tom Ives won the 100m in 10.2 seconds at the county championships."""
)


def test_the_subject_a_clause_of_trained_by_opens_on_is_the_horse() -> None:
    found = actors(TRAINED)
    assert "Silver Arrow" not in found
    assert found.get("Gemma Lowe") == "person"
    assert actors(ATHLETE).get("Tom Ives") == "person"


# A body the story stops to describe as one, though only its staff act.

DESCRIBED_BODY = """The launch was delayed in March after tests found two valves could stick. Engineers at Kelso Dynamics, the Harwell company that built the lander, replaced both and repeated the tests in August."""


def test_a_body_described_as_one_is_listed_as_a_body() -> None:
    assert actors(DESCRIBED_BODY).get("Kelso Dynamics") == "organization"
