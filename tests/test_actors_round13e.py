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

APPEAL = (
    """The Military Court of Appeal quashed the conviction of a former lance corporal on Tuesday."""
)


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


# A description written before a body's name is no part of it.

BASED = """Pune-based Sahyadri Motors reported a 15% rise in quarterly profit on Thursday."""

TWO_WORD_PLACE = (
    """Sunshine Coast-based Korimba Resorts said bookings for the school holidays were up 14%."""
)

BOOKMAKER = """Bookmaker Hallinan cut its odds on a snap election to 4-1. Hallinan spokesman Ruairi Tobin said money had poured in."""


def test_a_based_description_is_cut_from_the_body_name() -> None:
    found = actors(BASED)
    assert found.get("Sahyadri Motors") == "organization"
    assert "Pune-based Sahyadri Motors" not in found
    found = actors(TWO_WORD_PLACE)
    assert found.get("Korimba Resorts") == "organization"
    assert not any("based" in name for name in found)


def test_a_bookmaker_named_by_its_trade_is_the_body() -> None:
    found = actors(BOOKMAKER)
    assert found.get("Hallinan") == "organization"
    assert "Bookmaker Hallinan" not in found


# Vessels, locomotives and machines described or prefixed as such are no actors.

LOCOMOTIVE = """The Brass Falcon, a 1920s steam locomotive, pulled into Darlington on Saturday to cheers from 3,000 people."""

NAVY = """HMNZS Tawhiri returned to Devonport after a six-month deployment in the Pacific. Commander Mere Tapsell said the crew had been outstanding."""

AUXILIARY = (
    """RFA Tidewell refuelled two frigates off Gibraltar on Monday, the Ministry of Defence said."""
)


def test_a_locomotive_in_apposition_is_no_actor() -> None:
    assert not any("Falcon" in name for name in actors(LOCOMOTIVE))


def test_navy_and_auxiliary_ships_are_no_actors() -> None:
    found = actors(NAVY)
    assert not any("Tawhiri" in name for name in found)
    assert found.get("Mere Tapsell") == "person"
    assert not any("Tidewell" in name for name in actors(AUXILIARY))


# A video game whose developer the next sentence names through "Its" is no actor.

GAME = """Hollow Tide sold 3 million copies in its first week, the fastest-selling game of the year. Its developer, Brightmoor Studios, said a sequel was planned."""


def test_a_game_taken_up_by_its_developer_is_no_actor() -> None:
    found = actors(GAME)
    assert "Hollow Tide" not in found
    assert found.get("Brightmoor Studios") == "organization"


# A body named by one word before a country of two words speaks as a body.

HERITAGE = (
    """Heritage New Zealand said the homestead near Akaroa would be restored over three years."""
)

GOLF = """Golf Northern Ireland said the course would host the amateur championship next summer."""

ROWING = """Rowing South Africa said two crews would travel to the world championships in August."""

TRAVELLERS = (
    """Travellers to South Africa said the queues at passport control had lasted three hours."""
)


def test_a_word_before_a_two_word_country_names_a_body() -> None:
    assert actors(HERITAGE).get("Heritage New Zealand") == "organization"
    assert actors(GOLF).get("Golf Northern Ireland") == "organization"
    assert actors(ROWING).get("Rowing South Africa") == "organization"


def test_travellers_to_a_country_are_no_body() -> None:
    assert not any("South Africa" in name and name != "South Africa" for name in actors(TRAVELLERS))


# A park's or a site's name is never a person called "Park".

GAME_RESERVE = """Kruger National Park said two rhinos had been poached in a week. Rangers found the carcasses on Tuesday."""

MOORLAND = """Exmoor National Park said the coast path at Porlock would reopen on Friday after a landslip."""

ZOO_PARK = """The Hallam Wildlife Park said its two snow leopards had been moved indoors during the heatwave."""

NURSE = """Grace Park, a nurse at the Royal Infirmary, said the ward had been full since Monday."""


def test_a_national_park_is_no_person() -> None:
    for text, park in ((GAME_RESERVE, "Kruger National Park"), (MOORLAND, "Exmoor National Park")):
        found = actors(text)
        assert found.get(park) == "organization"
        assert "National Park" not in found
    assert actors(ZOO_PARK).get("Hallam Wildlife Park") != "person"


def test_a_person_called_park_stays_a_person() -> None:
    assert actors(NURSE).get("Grace Park") == "person"


# "Orla and Shane Dunphy": the given name before "and" is one of two people who share
# the surname, never a body, a place or a person of its own name ("Neighbours Karen").

STRANDED = """Among those stranded were Aisling and Declan Furey from Tralee, who had been due to fly to Alicante with their two sons."""

NEIGHBOURS = """Neighbours Karen and Steve Wilde said the noise from the quarry had been unbearable since March."""

ADOPTED = """Parents Gemma and Lee Rourke said their son had been failed by the school."""


def test_a_given_name_shared_with_a_surname_is_no_body() -> None:
    assert "Aisling" not in actors(STRANDED)
    found = actors(NEIGHBOURS)
    assert "Neighbours Karen" not in found
    assert found.get("Steve Wilde") == "person"
    assert "Gemma" not in actors(ADOPTED)


# A line's flagship is a ship, whatever the recognizer calls its name.

FLAGSHIP = (
    """The Blue Star Line's flagship Oceana Pride will be scrapped next year, the company said."""
)

NEW_FLAGSHIP = """The cruise line's new flagship, Sea Meridian, docked in Cobh with 4,000 passengers on Tuesday."""


def test_a_flagship_is_no_actor() -> None:
    assert "Oceana Pride" not in actors(FLAGSHIP)
    assert "Sea Meridian" not in actors(NEW_FLAGSHIP)
