# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 10 (helper e), on synthetic passages written for these tests (invented
people, plays, bands, pubs, horses, ships, parties and companies): a work, a pub or a
product described as one ("Copper Sky, a drama about a Welsh mining village") is no
actor, however it acts; a prize that "went to" a person or a body names an actor ("Best
actress went to Priya Raman"); a capitalized role noun opening a name ("Frontwoman Kat
Delaney") is the role; a titled part played, an alter ego or a nickname ("Known to fans
as Mother Goose") is no actor; a land something is brought to is scenery; a horse or a
ship ridden or taken up as "the horse", "the ship" is no actor; whom a report or a work
is "by" acts; a party the recognizer cuts to its last word is listed whole; a company
with its legal suffix acts. Beats and styles: broadsheet culture, tabloid music, local
pubs, wire sport and racing, trade construction, wire weather, broadsheet politics,
business wire."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


def roles(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in build_brief(text).actors}


# A work, a pub or a product described as one is no actor.

DRAMA = """Copper Sky, a drama about a Welsh mining village, won best new play at the Harlow Stage Awards on Sunday. Its writer, Bethan Rhys, said she was stunned."""

COMEDY = """Harbour Lights, a comedy set in a Cornish fishing village, opens at the Minack Theatre in June. Its producer, Gail Penrose, said tickets had sold out."""

ALBUM = """Ghost Orchard, the debut album by Leeds trio Hollow Pines, has entered the chart at number three. Drummer Saul Abbott said the band were amazed."""

PUB = """The Red Lion in Thaxted has been named pub of the year by the Campaign for Real Ale. Landlady Mandy Cole said the award was for her regulars."""


def test_a_drama_described_as_one_is_no_actor() -> None:
    found = actors(DRAMA)
    assert "Copper Sky" not in found
    assert found.get("Bethan Rhys") == "person"


def test_a_comedy_described_as_one_is_no_actor() -> None:
    found = actors(COMEDY)
    assert "Harbour Lights" not in found
    assert found.get("Gail Penrose") == "person"


def test_an_album_described_as_one_is_no_actor() -> None:
    found = actors(ALBUM)
    assert "Ghost Orchard" not in found
    assert found.get("Saul Abbott") == "person"


def test_a_pub_named_pub_of_the_year_is_no_actor() -> None:
    found = actors(PUB)
    assert "Red Lion" not in found
    assert found.get("Campaign for Real Ale") == "organization"
    assert found.get("Mandy Cole") == "person"


# A prize that went to someone names them.

AWARDS = """Best actress went to Priya Raman for her role in The Weir, while best supporting actor went to Hugh Dalton."""

GOLD = """The women's 5,000m gold went to Faith Cheruiyot, who led from the bell. Britain's Amy Hollis took bronze."""

PAINTING = """The Wexford Prize for painting went to Ciaran Dunn for a series of portraits of his neighbours. The judges called the work fearless."""

MATCH = """Player of the match went to Callum Baines after his two tries. Coach Ellie Ward praised his composure."""

CONTRACT = """The £2m contract to repair the bridge went to Dalton Construction, the council said on Monday."""

TRAVEL = """The pupils went to Aldgate Museum on Friday, where curator Rhian Bevan showed them the collection."""


def test_best_actress_went_to_names_the_winners() -> None:
    found = actors(AWARDS)
    assert found.get("Priya Raman") == "person"
    assert found.get("Hugh Dalton") == "person"


def test_a_medal_went_to_a_runner() -> None:
    found = actors(GOLD)
    assert found.get("Faith Cheruiyot") == "person"
    assert found.get("Amy Hollis") == "person"


def test_a_named_prize_went_to_a_painter() -> None:
    assert actors(PAINTING).get("Ciaran Dunn") == "person"


def test_player_of_the_match_went_to_a_player() -> None:
    found = actors(MATCH)
    assert found.get("Callum Baines") == "person"
    assert found.get("Ellie Ward") == "person"


def test_a_contract_went_to_a_firm() -> None:
    assert actors(CONTRACT).get("Dalton Construction") == "organization"


def test_people_who_went_to_a_place_give_it_no_part() -> None:
    found = actors(TRAVEL)
    assert "Aldgate Museum" not in found
    assert found.get("Rhian Bevan") == "person"


# A capitalized role noun before a name is the role, not part of the name.

BAND = """Frontwoman Kat Delaney said the band would donate the fee. Guitarist Ron Pike agreed."""


def test_frontwoman_is_a_role_not_a_name() -> None:
    found = roles(BAND)
    assert "Frontwoman Kat Delaney" not in found
    assert (found.get("Kat Delaney") or "").casefold() == "frontwoman"


# A part played, an alter ego or a nickname is no actor of its own.

PANTO = """She played Widow Twankey in pantomime for 30 years. The actress Peggy Marsh has died aged 91, her agent said."""

CASTING = """The former soap star will play Captain Hook at the Alhambra this Christmas. Dale Whitby said he had always wanted to wear the hook."""

EGO = """Captain Courageous, the rapper's alter ego, returns on the new album. The rapper, Tayo Banjo, said the character was his way of talking about anxiety."""

KNOWN_AS = """Known to generations of pantomime audiences as Mother Goose, Dame Cecily Harrowgate said she had no plans to retire."""

MILITIA = """A militia known as the Red Hand said it had carried out the attack. The army said two soldiers were hurt."""


def test_a_titled_part_played_is_no_actor() -> None:
    found = actors(PANTO)
    assert "Twankey" not in found
    assert "Widow Twankey" not in found
    assert found.get("Peggy Marsh") == "person"


def test_a_titled_part_to_be_played_is_no_actor() -> None:
    found = actors(CASTING)
    assert "Hook" not in found
    assert "Captain Hook" not in found
    assert found.get("Dale Whitby") == "person"


def test_an_alter_ego_is_no_actor() -> None:
    found = actors(EGO)
    assert "Courageous" not in found
    assert "Captain Courageous" not in found
    assert found.get("Tayo Banjo") == "person"


def test_a_nickname_someone_is_known_by_is_no_actor() -> None:
    found = actors(KNOWN_AS)
    assert "Goose" not in found
    assert "Mother Goose" not in found
    assert found.get("Cecily Harrowgate") == "person"


def test_a_body_known_by_a_name_keeps_it() -> None:
    assert "Red Hand" in actors(MILITIA)


# Where something is brought is scenery, not a recipient.

GUSTS = """Storm Bronagh brought gusts of 90mph to western Scotland on Thursday, closing schools and bridges. The Met Office issued an amber warning."""

FLOODING = """Torrential rain brought flash flooding to Spain on Tuesday, the country's weather agency, Aemet, said."""

VISITORS = """The festival brought 50,000 visitors to Harrogate last summer, the organisers, Northlight Events, said on Monday."""

RETURNED = """The museum returned the bronzes to Nigeria on Friday. Its director, Helen Obi, said it was the right thing to do."""


def test_a_land_a_storm_brings_gusts_to_is_no_actor() -> None:
    found = actors(GUSTS)
    assert "Scotland" not in found
    assert found.get("Met Office") == "organization"


def test_a_land_rain_brings_flooding_to_is_no_actor() -> None:
    found = actors(FLOODING)
    assert "Spain" not in found
    assert found.get("Aemet") == "organization"


def test_a_town_a_festival_brings_visitors_to_is_no_actor() -> None:
    found = actors(VISITORS)
    assert "Harrogate" not in found
    assert found.get("Northlight Events") == "organization"


def test_a_country_things_are_returned_to_still_acts() -> None:
    assert actors(RETURNED).get("Nigeria") == "country"


# A horse or a ship the next sentence calls "the horse", "the ship" is no actor.

GOLD_CUP = """Silver Kestrel won the Gold Cup by three lengths at Cheltenham on Friday. Trainer Niamh Doherty said the horse had been lame in October."""

NATIONAL = """Maple Leaf Flyer, ridden by Jess Carter, won the Grand National at 33-1. Her trainer, Ruth Pole, said the mare had loved the ground."""

CRUISE = """The Ocean Meridian docked in Southampton on Monday after a norovirus outbreak affected 140 passengers. Carnival Seas, which operates the ship, said deep cleaning was under way."""

CRASH = """Ann Kerslake crashed on the A38 near Plymouth on Sunday. Police said the car had left the road at speed."""

FERRY_FIRM = """Harbourline Ferries cancelled all sailings on Tuesday because of the storm. The ship due to leave Dover at noon stayed in port."""


def test_a_horse_called_the_horse_next_is_no_actor() -> None:
    found = actors(GOLD_CUP)
    assert "Silver Kestrel" not in found
    assert found.get("Niamh Doherty") == "person"


def test_a_ridden_horse_is_no_actor() -> None:
    found = actors(NATIONAL)
    assert "Maple Leaf Flyer" not in found
    assert found.get("Jess Carter") == "person"
    assert found.get("Ruth Pole") == "person"


def test_a_ship_called_the_ship_next_is_no_actor() -> None:
    found = actors(CRUISE)
    assert "Ocean Meridian" not in found
    assert found.get("Carnival Seas") == "organization"


def test_a_driver_whose_car_is_named_next_still_acts() -> None:
    assert actors(CRASH).get("Ann Kerslake") == "person"


def test_a_ferry_firm_whose_ship_is_named_next_still_acts() -> None:
    assert actors(FERRY_FIRM).get("Harbourline Ferries") == "organization"


# Whom a report, a study or a work is "by" acts.

ANALYSIS = """Analysis by the Resolution Foundation found that typical households were £1,200 worse off. The Treasury declined to comment."""

INVESTIGATION = """An investigation by the Patients Association revealed that the trust had ignored 40 complaints. Chief executive Ray Dunmore said lessons would be learned."""

NOVEL = """The Glass Orchard, a new novel by Helen Keane, has been longlisted for the Booker Prize. The judges praised its ambition."""

OPERA = """The Jade Emperor, a new opera by Lin Qiao, opens at the Royal Opera House next month. Its conductor, Stefan Harker, said rehearsals had been intense."""

BY_THE_RIVER = """Ann Pryor has lived in a cottage by Lake Bassenthwaite for 40 years. She said the flooding was the worst she had seen."""


def test_a_body_whose_analysis_found_acts() -> None:
    found = actors(ANALYSIS)
    assert found.get("Resolution Foundation") == "organization"
    assert found.get("Treasury") == "organization"


def test_a_body_whose_investigation_revealed_acts() -> None:
    assert actors(INVESTIGATION).get("Patients Association") == "organization"


def test_the_author_of_a_novel_acts_and_the_novel_does_not() -> None:
    found = actors(NOVEL)
    assert found.get("Helen Keane") == "person"
    assert "Glass Orchard" not in found
    assert "The Glass Orchard" not in found


def test_the_composer_of_an_opera_acts() -> None:
    found = actors(OPERA)
    assert found.get("Lin Qiao") == "person"
    assert found.get("Stefan Harker") == "person"


def test_a_lake_a_cottage_stands_by_is_no_actor() -> None:
    found = actors(BY_THE_RIVER)
    assert "Lake Bassenthwaite" not in found
    assert found.get("Ann Pryor") == "person"


# A party whose name the recognizer cuts to its last word ("Democrats" of "Liberal
# Democrats") is the whole party.

BY_ELECTION = """The Liberal Democrats won the Tiverton by-election with a majority of 6,144, overturning a Conservative lead. The winner, Richard Foord, said voters wanted change."""

COALITION = """The Free Democrats said on Monday they would leave the coalition. Their leader, Karl Wendt, called the budget unacceptable."""

SWEDEN = """The Sweden Democrats won 20.5% of the vote, the election authority said."""


def test_a_party_of_two_words_is_listed_whole() -> None:
    found = actors(BY_ELECTION)
    assert found.get("Liberal Democrats") == "organization"
    assert found.get("Richard Foord") == "person"
    assert "Tiverton" not in found


def test_a_party_that_speaks_is_listed_whole() -> None:
    found = actors(COALITION)
    assert found.get("Free Democrats") == "organization"
    assert "Democrats" not in found


def test_a_party_named_after_a_country_is_no_country() -> None:
    found = actors(SWEDEN)
    assert found.get("Sweden Democrats") == "organization"
    assert "Sweden" not in found


# A company written with its legal suffix ("Harland Foods plc said") acts as written.

PLC = """Harland Foods plc said on Thursday that pre-tax profit fell 12% to £48m. Shares in the Bristol-based group fell 6%."""

LTD = """Brennan Civils Ltd said it would appeal against the £200,000 fine. A worker fell through a roof at its depot in 2023."""


def test_a_plc_that_speaks_is_an_actor() -> None:
    assert actors(PLC).get("Harland Foods") == "organization"


def test_a_limited_company_that_was_fined_is_an_actor() -> None:
    found = actors(LTD)
    assert [k for n, k in found.items() if n.startswith("Brennan Civils")] == ["organization"]


BALL = """The ball went to Kieran Doyle, and the winger ran 60 metres to score."""


def test_a_ball_that_went_to_a_player_is_no_prize() -> None:
    found = roles(BALL)
    assert "Kieran Doyle" in found
    assert found["Kieran Doyle"] != "ball"
