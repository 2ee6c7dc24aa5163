# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 14 (helper e), on synthetic passages written for these tests (invented
people, firms, horses and books; real agencies, charities and statistics offices appear
only as the kind of name they are): a body cited as the story's source ("according to
the INMO", "data from the KNBS showed", "figures from the ONS") is an actor named once,
and an acronym the recognizer leaves unnamed there is a body; a one-word body acting
through its campaigners ("Greenpeace activists", "Extinction Rebellion protesters"); a
name owned by the full name before it, acting, is that person's firm ("Elon Musk's
SpaceX launched"); a clause with "ridden by" someone makes its subject a horse wherever
the parser hangs the participle; an anthology or a collection is a work; two one-word
names joined by "and" that the sentence takes up as "its" are one firm ("Marks and
Spencer"). Beats and outlets: health, statistics, mining, fisheries, protest, space,
horse racing, books and retail; Irish, Kenyan, Pakistani, South African, Nigerian and UK
English."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


# A body cited as the story's source is an actor, named once or not.

TROLLEYS = """There were 612 patients on trolleys on Tuesday morning, according to the INMO."""

MINERS = """At least 14 miners were trapped underground, according to the DMRE."""

INFLATION = """Inflation eased to 4.1% in May, data from the KNBS showed."""

HOUSE_PRICES = """House prices in Cardiff fell 1.2% in March, figures from the ONS showed."""

MACKEREL = """Catches of mackerel fell by a third last year, data from the MMO showed."""

APPLICANTS = """International applicants fell by 8,200 to 131,900, with the number from China down by a fifth."""

VAGUE = """Ticket prices rose by a tenth, according to the latest figures."""


def test_a_cited_source_is_a_body() -> None:
    assert actors(TROLLEYS).get("INMO") == "organization"
    assert actors(MINERS).get("DMRE") == "organization"
    assert actors(INFLATION).get("KNBS") == "organization"
    assert actors(HOUSE_PRICES).get("ONS") == "organization"
    assert actors(MACKEREL).get("MMO") == "organization"


def test_a_count_from_a_country_and_a_source_with_no_name_name_nobody() -> None:
    assert "China" not in actors(APPLICANTS)
    assert actors(VAGUE) == {}


# A one-word body acting through its campaigners.

ROOF = """Greenpeace activists climbed onto the roof of the oil company's headquarters on Monday."""

VIGIL = """Amnesty campaigners staged a vigil outside the embassy in Islamabad."""

GLUED = """Extinction Rebellion protesters glued themselves to the road outside the bank."""

NOT_BODIES = [
    ("""Climate activists blocked the entrance to the refinery on Tuesday.""", "Climate"),
    ("""Local campaigners said the closure would leave the town without a bank.""", "Local"),
    ("""Tory activists were told to knock on doors in the marginal seats.""", "Tory"),
    ("""Grassroots Tory members have been asked to pick a candidate.""", "Grassroots Tory"),
    ("""Palestinian activists said the convoy had been turned back.""", "Palestinian"),
    ("""Union members voted by 78% to accept the offer.""", "Union"),
]


def test_a_body_acting_through_its_campaigners() -> None:
    assert actors(ROOF).get("Greenpeace") == "organization"
    assert actors(VIGIL).get("Amnesty") == "organization"
    assert actors(GLUED).get("Extinction Rebellion") == "organization"
    assert "Rebellion" not in actors(GLUED)


def test_descriptions_of_campaigners_are_no_bodies() -> None:
    found = {name: actors(text) for text, name in NOT_BODIES}
    assert len(found) == 6
    assert [name for name, listed in found.items() if name in listed] == []


# A name owned by the full name before it, acting, is that person's firm.

LAUNCH = """Elon Musk's SpaceX launched 22 more satellites from Florida on Friday."""

SON = """Ann Hale's son Tom said the family was devastated."""


def test_the_firm_of_a_named_owner() -> None:
    assert actors(LAUNCH).get("SpaceX") == "organization"
    assert "Tom" not in actors(SON)


# "ridden by" someone anywhere in the clause makes the subject a horse.

PLATE = """Galway Flyer won the Plate by two lengths, ridden by Sean Doyle."""

EBOR = """Harbour Mist took the Ebor by a neck, ridden by Tadhg Moran, with the favourite third."""


def test_the_subject_of_a_ridden_clause_is_a_horse() -> None:
    assert "Galway Flyer" not in actors(PLATE)
    assert actors(PLATE).get("Sean Doyle") == "person"
    assert "Harbour Mist" not in actors(EBOR)
    assert actors(EBOR).get("Tadhg Moran") == "person"


# An anthology or a collection is a work, no actor.

STORIES = """Harbour Lights, the collection of short stories, won the prize on Thursday."""

GHOSTS = """The Silver Orchard, an anthology of Welsh ghost stories, sold out in a week."""


def test_a_collection_is_a_work() -> None:
    assert "Harbour Lights" not in actors(STORIES)
    assert "Silver Orchard" not in actors(GHOSTS)


# Two one-word names taken up as "its" are one firm.

FOOD = """Marks and Spencer said sales of its food ranges rose 8% over Christmas."""

FURNITURE = """Hollis and Brandt said it would close three of its furniture stores in Wales."""

SHIPYARD = """Harland and Wolff said its order book was full until 2028."""

NOT_FIRMS = [
    ("""Tesco and Asda said they would match the price cut.""", "Tesco and Asda"),
    ("""Kenya and Uganda said the border would reopen on its old terms.""", "Kenya and Uganda"),
    (
        """Okafor and Mensah scored in the second half as the club moved off its lowest point.""",
        "Okafor and Mensah",
    ),
    ("""Ruth and Dev Patel said their home was flooded.""", "Ruth and Dev"),
]


def test_two_names_taken_up_as_its_are_one_firm() -> None:
    assert actors(FOOD).get("Marks and Spencer") == "organization"
    assert "Marks" not in actors(FOOD) and "Spencer" not in actors(FOOD)
    assert actors(FURNITURE).get("Hollis and Brandt") == "organization"
    assert actors(SHIPYARD).get("Harland and Wolff") == "organization"


def test_two_names_taken_up_otherwise_stay_apart() -> None:
    found = {name: actors(text) for text, name in NOT_FIRMS}
    assert len(found) == 4
    assert [name for name, listed in found.items() if name in listed] == []


# A local authority named by its kind and place, acting, is a body.

PORT = """The prefecture of Agrigento said the port had been chosen because the reception centre was full."""

WATER = """The municipality of Rafah said water supplies had run out on Tuesday."""

BOATS = """The governorate of Sfax has banned boats from leaving the harbour at night."""

HOME = """The municipality of Dunmore is home to about 20,000 people."""

INDOORS = """Residents of the prefecture of Attica were told to stay indoors."""


def test_a_local_authority_that_acts_is_a_body() -> None:
    assert actors(PORT).get("prefecture of Agrigento") == "organization"
    assert actors(WATER).get("municipality of Rafah") == "organization"
    assert actors(BOATS).get("governorate of Sfax") == "organization"


def test_a_local_authority_that_only_sets_the_scene_is_none() -> None:
    assert "municipality of Dunmore" not in actors(HOME)
    assert "prefecture of Attica" not in actors(INDOORS)


# A name after "the" whose verb only a vessel does is a ship.

VALLETTA = """Survivors said the smugglers had fled. The Aurora Vela then sailed for Valletta, where it was assigned a berth."""

CROSSING = (
    """The Islay Lass will make an extra crossing on Saturday to clear the backlog of lorries."""
)

SAILOR = """Ellen Hartley sailed into Falmouth on Sunday to finish the race in 72 days."""

NAVY = """The Royal Navy sailed two frigates into the Gulf on Monday."""


def test_a_ship_under_way_is_no_actor() -> None:
    assert "Aurora Vela" not in actors(VALLETTA)
    assert "Islay Lass" not in actors(CROSSING)


def test_a_sailor_and_a_navy_stay_actors() -> None:
    assert actors(SAILOR).get("Ellen Hartley") == "person"
    assert actors(NAVY).get("Royal Navy") == "organization"


# Words that close a firm's name; a region's adjective opening a body's name.

CEMENT = """Dangote Cement said its profits rose 20% in the first half."""

RENTS = """Average rents in Nairobi rose 9% last year, according to Hass Consult."""

STORM = """Western Power Distribution said 12,000 homes were without electricity after the storm."""

GAS = """Northern Gas Networks apologised after engineers cut off supply to 300 homes in Hexham."""


def test_firm_words_and_region_openers() -> None:
    assert actors(CEMENT).get("Dangote Cement") == "organization"
    assert actors(RENTS).get("Hass Consult") == "organization"
    assert actors(STORM).get("Western Power Distribution") == "organization"
    assert "Power Distribution" not in actors(STORM)
    assert actors(GAS).get("Northern Gas Networks") == "organization"


# Charities and agencies the recognizer misreads are known bodies.

CHILDREN = """Save the Children said at least 40 children had been killed in the strikes."""

TALKS = """Talks between the drivers' union and the bus operator broke down on Tuesday. Acas said it remained available to both sides."""


def test_known_charities_and_agencies() -> None:
    assert actors(CHILDREN).get("Save the Children") == "organization"
    assert "Children" not in actors(CHILDREN)
    assert actors(TALKS).get("Acas") == "organization"


# A medicine prescribed, and a tunnel closed, are no actors.

WEIGHT = """Doctors said Ozempic should not be prescribed for cosmetic weight loss."""

GPS = """GPs will be allowed to prescribe Zepbound from April, the health board said."""

DOCTOR = """Dr Amina Yusuf prescribed antibiotics and sent the boy home."""

WIND = """The Severn Tunnel was closed for repairs over the weekend."""


def test_a_drug_and_a_tunnel_are_no_actors() -> None:
    assert "Ozempic" not in actors(WEIGHT)
    assert "Zepbound" not in actors(GPS)
    assert actors(DOCTOR).get("Amina Yusuf") == "person"
    assert "Severn Tunnel" not in actors(WIND)


# A collective, a hotline or a nonprofit describes a body, never one person.

GROWERS = """The farmers' collective Green Acre said prices had halved."""


def test_a_collective_is_a_body() -> None:
    assert actors(GROWERS).get("Green Acre") == "organization"


# The opponent beaten in a contest is an actor of the story.

SEMI = """Iga Swiatek beat Coco Gauff 6-3 6-4 to reach the final at Roland Garros."""

PLAYOFF = """Rory McIlroy beat Scottie Scheffler in a play-off at Quail Hollow."""

STRAIGHT_SETS = """Novak Djokovic defeated Carlos Alcaraz in straight sets to reach the final."""


def test_the_beaten_opponent_is_an_actor() -> None:
    assert actors(SEMI).get("Coco Gauff") == "person"
    assert actors(PLAYOFF).get("Scottie Scheffler") == "person"
    assert actors(STRAIGHT_SETS).get("Carlos Alcaraz") == "person"
