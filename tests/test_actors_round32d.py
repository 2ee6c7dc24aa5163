"""Round 32d actors, from classes both outside writers' probes share. A body the
recognizer names once, in two words or more, is a party to what happens as the object a
deed is done to ("agreed to buy rival Northgate Wireless", "have sued Brightwater Lettings"),
as any object when its name has a body's word ("asked the Employment Appeal Tribunal"),
as the other side of "with" or "against" ("signed an agreement with Kaveri Electric",
"filed a suit against Abeokuta Haulage"), and, with a body's word, as what an act's noun
reaches through "to", "into" or "from" ("complaints to the Murray Basin Water
Authority"). Never a thing a body owns ("build its Kestrel Coupe"), a deed dated to a
year ("which bought Carrick Freight in 1998"), a horse one beats, a place a route
includes, a rite one leads, nor places "between" which a service runs.

Two bodies joined by "and" are two actors, not one, where the parse hangs the second on
the first's own word: a body "of" a place ("Kestrel Genomics and the University of
Nairobi", "the University of Canterbury and NWRA"), a name with a possessive ("Lagoon
City Buses and the National Transport Workers' Union"). Not one body whose
name runs over "and" ("Department of Health and Human Services", "Ministry of Women and
Child Development", "the Polgarrow Museum and Art Gallery", "Competition and Markets
Authority").

The firm a named commentator works for is an actor ("said Amaka Eze, an analyst at
Lagoon Street Securities"), not a trade's workplace ("a staff nurse at Castlebrook
General Hospital"); so is the body before the post of a person who acts ("Hockey Canada
president Marc Tremblay said"), not an office a title names ("Industrialisation Cabinet
Secretary Jane Odera said"). The two sides a verb of beating joins, with a score or a
side's margin, are organizations whatever the recognizer calls them ("beat Kerrigan by 14
points"); not a horse beaten by lengths, nor a forecast. So is a side by its plural
nickname, "the" before it, as a subject ("The Sunshine Girls and the Roses will meet",
"The Tuskers won"); not a nationality, a country, a region, nor a title a singular verb
follows ("The Wanderers returns for a fourth series").

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
    ("paragraph", "body"),
    [
        # Canadian wire, business: the firm a deal buys
        (
            "Prairie Signal Telecom agreed to buy rival Northgate Wireless for $1.2 "
            "billion, the company said on Monday.",
            "Northgate Wireless",
        ),
        # British local, housing: the firm tenants sue
        (
            "Tenants have sued Brightwater Lettings over unpaid deposits, their lawyer Sam "
            "Okafor said.",
            "Brightwater Lettings",
        ),
        # Indian business daily: the other side of an agreement
        (
            "Vayu Mobility has signed an agreement with Kaveri Electric to supply 4,000 "
            "scooters, chief executive Ritu Nair said.",
            "Kaveri Electric",
        ),
        # Nigerian broadsheet, courts: the side a suit is against
        (
            "The Ogun State Government has filed a suit against Abeokuta Haulage over the "
            "collapsed bridge, Commissioner Tunde Bakare said.",
            "Abeokuta Haulage",
        ),
        # Kenyan broadcaster, energy: talks with a firm
        (
            "Kenya Power has held talks with Rift Valley Geothermal over a new supply deal, "
            "managing director Joseph Mwangi said.",
            "Rift Valley Geothermal",
        ),
    ],
)
def test_a_body_named_once_as_a_deeds_object_or_the_other_side_is_an_actor(
    paragraph: str, body: str
) -> None:
    assert body in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "thing"),
    [
        # UK trade press, motoring: what a body builds is its own thing
        (
            "Halvard Motors will build its Kestrel Coupe at the Sunderland plant, securing "
            "900 jobs, chief executive Ian Moss said.",
            "Kestrel Coupe",
        ),
        # Canadian broadsheet, business: history, a deed dated to a year
        (
            "Dunmore Transport, which bought the bankrupt Carrick Freightlines in 1998, was "
            "sold on Monday to Ashgrove Partners, chairman Paul Leger said.",
            "Carrick Freightlines",
        ),
        # Irish broadcaster, racing: a horse beaten
        (
            "Silver Kestrel, ridden by Aoife Dwyer, beat Morning Glory by a neck at "
            "Leopardstown, trainer Seamus Kerr said.",
            "Morning Glory",
        ),
        # US local, transport: a place a route includes
        (
            "The new bus route includes Pine Hollow and serves 3,000 riders, transit "
            "director Gail Moreno said.",
            "Pine Hollow",
        ),
        # British broadsheet, religion: a rite one leads
        (
            "The Synod voted to let lay ministers lead Evening Prayer in rural parishes, "
            "Bishop Anne Carver said.",
            "Evening Prayer",
        ),
        # Scottish local, transport: places a service runs between
        (
            "Rail services between Port Ellan and Carrach Bay were suspended, Coastline "
            "Trains said on Monday.",
            "Port Ellan",
        ),
    ],
)
def test_an_owned_thing_history_a_horse_a_place_or_a_rite_is_no_actor(
    paragraph: str, thing: str
) -> None:
    assert thing not in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "first", "second"),
    [
        # Kenyan trade press, science: a firm, then a body "of" a place
        (
            "Kestrel Genomics and the University of Nairobi have signed a $3m research deal.",
            "Kestrel Genomics",
            "University of Nairobi",
        ),
        # NZ broadcaster, science: a body "of" a place and an acronym
        (
            "Scientists at the University of Canterbury and NWRA found that the glacier had "
            "thinned by 12 metres. Lead author Mere Tane said the loss was alarming.",
            "University of Canterbury",
            "NWRA",
        ),
        # Nigerian broadsheet, transport: a union's name with a possessive
        (
            "Lagoon City Buses and the National Transport Workers' Union signed a two-year "
            "wage deal on Tuesday.",
            "Lagoon City Buses",
            "National Transport Workers' Union",
        ),
    ],
)
def test_two_bodies_over_and_are_two_actors(paragraph: str, first: str, second: str) -> None:
    actors = _actors(paragraph)
    assert first in actors
    assert second in actors
    assert f"{first} and {second}" not in actors


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "The Department of Health and Human Services said on Tuesday it would review "
            "the grant rules.",
            "Department of Health and Human Services",
        ),
        (
            "The Ministry of Women and Child Development launched the scheme in Patna on Monday.",
            "Ministry of Women and Child Development",
        ),
        (
            "The Polgarrow Museum and Art Gallery reopened on Saturday after a two-year refit.",
            "Polgarrow Museum and Art Gallery",
        ),
        (
            "The Competition and Markets Authority has opened an inquiry into the deal.",
            "Competition and Markets Authority",
        ),
        (
            "The Office of Gas and Electricity Markets fined the supplier £3m, the regulator said.",
            "Office of Gas and Electricity Markets",
        ),
    ],
)
def test_one_body_whose_name_runs_over_and_stays_whole(paragraph: str, body: str) -> None:
    assert body in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        # Ghanaian wire, markets: a commentator's firm after "at"
        (
            '"Rates will stay high," said Daniel Osei, chief economist at Volta Capital Partners.',
            "Volta Capital Partners",
        ),
        # Nigerian broadcaster, markets
        (
            "The naira slipped again, said Amaka Eze, an analyst at Lagoon Street Securities.",
            "Lagoon Street Securities",
        ),
        # Scottish broadsheet, banking
        (
            '"It is a sign of stress," said Fiona Hart, a strategist at Thistle Bank in Edinburgh.',
            "Thistle Bank",
        ),
        # Indian wire, markets
        (
            '"They have blinked," said Priya Menon, chief strategist at Kaveri Capital Markets.',
            "Kaveri Capital Markets",
        ),
    ],
)
def test_a_named_commentators_firm_is_an_actor(paragraph: str, body: str) -> None:
    assert body in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        # Canadian broadcaster, sport: the body whose post the acting person holds
        (
            "Hockey Canada president Marc Tremblay said the review would be published.",
            "Hockey Canada",
        ),
        # Singaporean broadsheet, sport
        (
            "Netball Singapore chairman Tan Wei Ling announced the coach on Friday.",
            "Netball Singapore",
        ),
        # Ghanaian broadcaster, athletics
        (
            "Athletics Ghana president Kofi Mensah said the relay team would travel on Monday.",
            "Athletics Ghana",
        ),
    ],
)
def test_the_body_before_an_acting_persons_post_is_an_actor(paragraph: str, body: str) -> None:
    assert body in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        # Irish broadcaster, health: a trade's workplace, not a commentator's firm
        (
            "A staff nurse at Castlebrook General Hospital, Mary Doyle, said the ward was full.",
            "Castlebrook General Hospital",
        ),
        (
            "Sunita Rao, a researcher at the University of Kestrel, said the study was small.",
            "University of Kestrel",
        ),
        # Kenyan broadsheet, business: an office a title names
        (
            "Industrialisation Cabinet Secretary Jane Odera said the ruling showed the law "
            "was working.",
            "Industrialisation Cabinet",
        ),
    ],
)
def test_a_trades_workplace_is_not_made_an_actor(paragraph: str, place: str) -> None:
    assert place not in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "side"),
    [
        # Australian local, AFL: a side by points
        (
            "The Eastbay Sharks beat Kerrigan by 14 points at Oval Park, coach Mick Dawes said.",
            "Kerrigan",
        ),
        # Victorian local, football: a side by goals, named for its town
        (
            "Castlemaine beat Ballarat Lakers by 12 goals on Saturday, captain Jo Pike said.",
            "Ballarat Lakers",
        ),
    ],
)
def test_the_sides_of_a_scored_result_are_actors(paragraph: str, side: str) -> None:
    assert _actors(paragraph).get(side) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "beaten"),
    [
        # Irish broadcaster, racing: a horse beaten by lengths
        (
            "Sunrise Dancer, ridden by Kate Lowe, beat Copper Bell by two lengths at Naas.",
            "Copper Bell",
        ),
        # British broadsheet, business: a forecast beaten
        (
            "Harwell Software beat Wall Street forecasts by 3 points, its chief executive "
            "Ann Lee said.",
            "Wall Street",
        ),
    ],
)
def test_a_horse_or_a_forecast_beaten_is_no_side(paragraph: str, beaten: str) -> None:
    assert beaten not in _actors(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "side"),
    [
        # Jamaican broadcaster, netball: two sides by their nicknames
        (
            "The Sunshine Girls and the Roses will meet again in Kingston next month, the "
            "federation said.",
            "Sunshine Girls",
        ),
        # Kenyan broadcaster, football: a side by its nickname alone
        (
            "The Tuskers won the Premier League title on Sunday, coach Ann Wairimu said.",
            "Tuskers",
        ),
    ],
)
def test_a_side_by_its_plural_nickname_is_an_actor(paragraph: str, side: str) -> None:
    assert _actors(paragraph).get(side) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a nationality, a country, a region, a title that takes a singular verb
        ("The Australians dominated the second day at the SCG.", "Australians"),
        ("The Philippines and the Netherlands signed a maritime pact on Monday.", "Netherlands"),
        ("The Midlands was hit by flooding on Sunday, the Met Office said.", "Midlands"),
        ("The Wanderers returns for a fourth series on BBC One in September.", "Wanderers"),
    ],
)
def test_a_nationality_country_region_or_title_is_no_side(paragraph: str, name: str) -> None:
    assert _actors(paragraph).get(name) != "organization"
