# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 13 (helper e), on synthetic passages written for these tests (invented
people, airlines, cruise lines, clubs and committees; real airports, councils' and
parliaments' kinds of body appear only as the kind of name they are): a word that opens
sentences ("All", "Local", "Defence", "Military") right after "the" is the first word of
a body's name ("the All England Club", not "England Club"); an airport that speaks or
acts as a verb's subject is the body that runs it (an organization), while one that is
only where things happen stays no actor; a one-word body written after "crew at" or
"Nobody from" (its people) is not located there, so a name that speaks as often as it
is written after "at" or "from" is an organization, not a place. Beats and styles:
sport, politics, defence, courts, aviation and maritime; UK, Irish and New Zealand
English."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


# A capitalized word that opens sentences, after "the", opens the body's name.

TENNIS = """The All England Club said it would review its queueing system after fans waited up to nine hours for tickets on Monday."""

COUNCILS = """The Local Government Association said 40 councils in England were close to running out of money."""

DEFENCE = """The Defence Select Committee said the frigate programme was three years behind schedule and £1.2bn over budget."""

APPEAL = """The Military Court of Appeal quashed the conviction of a former lance corporal on Tuesday."""


def test_a_sentence_opening_word_after_the_opens_a_body_name() -> None:
    assert actors(TENNIS).get("All England Club") == "organization"
    assert "England Club" not in actors(TENNIS)
    assert actors(COUNCILS).get("Local Government Association") == "organization"
    assert "Government Association" not in actors(COUNCILS)
    assert actors(DEFENCE).get("Defence Select Committee") == "organization"
    assert actors(APPEAL).get("Military Court of Appeal") == "organization"


# An airport that speaks or acts is the body that runs it.

DRONE = """Gatwick Airport said 40 flights had been diverted to Stansted after a drone was seen near the runway. The airport reopened at 9pm."""

POWER_CUT = """Belfast City Airport apologised to passengers after a power cut left the terminal in darkness for two hours."""

HOLIDAYS = """Auckland Airport says it expects 25,000 travellers a day over the school holidays, up 8% on last year."""

FINED = """Manchester Airport has been fined £60,000 after a baggage handler was crushed by a loading belt."""

SCENERY = """Flights at Dublin Airport were delayed by fog on Sunday morning. Dublin Airport was busy all afternoon."""


def test_an_airport_that_speaks_is_an_organization() -> None:
    assert actors(DRONE).get("Gatwick Airport") == "organization"
    assert actors(POWER_CUT).get("Belfast City Airport") == "organization"
    assert actors(HOLIDAYS).get("Auckland Airport") == "organization"


def test_an_airport_fined_is_an_organization() -> None:
    assert actors(FINED).get("Manchester Airport") == "organization"


def test_an_airport_where_things_happen_is_no_actor() -> None:
    assert "Dublin Airport" not in actors(SCENERY)


# A one-word body whose people are "at" it or "from" it is not a place there.

CRUISE = """Deckhands at Velmora walked out on Friday, stranding 3,000 passengers in Southampton. Velmora said the action was unlawful. Nobody from Velmora met the union on Saturday. Velmora said it would seek an injunction."""

PLACE = """Flooding in Pellworth closed the high street on Friday. Residents in Pellworth were moved to a school hall, and roads near Pellworth stayed shut on Saturday."""


def test_a_one_word_body_with_staff_at_it_is_an_organization() -> None:
    assert actors(CRUISE).get("Velmora") == "organization"


def test_a_town_written_after_in_and_near_is_still_no_body() -> None:
    assert actors(PLACE).get("Pellworth") in (None, "place")
