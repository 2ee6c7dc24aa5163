# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 8, on synthetic articles written for these tests (invented people,
chains, towns and firms): a name described in apposition as a place ("Pelham Cross, a
Derbyshire village of 2,000 people", "Corvale, a city of 400,000") is a place, not a
person or a body, and scenery unless it acts; a firm whose name closes with a word of
finance ("Marlowe Securities", "Garland Equity") is a body. Beats and styles: local
retail, a broadcaster's transport report, wire business."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def actors_of(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


# --- a name described as a place ---------------------------------------------------------

# Local retail: the recognizer reads the village as a person or a body.
VILLAGE = """Bakery chain to close rural branches

Loafwell will shut 12 branches in small towns, the company said on Monday.

In Pelham Cross, a Derbyshire village of 2,000 people, the branch is the only shop on the high street. Residents there already drive 15 miles to the nearest supermarket.

"We know this will be hard for some communities," said Ruth Ingleby, Loafwell's managing director."""

# Business, broadsheet: a market town in apposition, opening the sentence.
MARKET_TOWN = """Pharmacy group to merge with rival

Pillbox and Carewell, two regional pharmacy groups, have agreed to merge, the companies said.

In Askern Vale, a Yorkshire market town of 7,500 people, the two groups run the only chemists. Patients would have to travel 12 miles to reach another.

"Nobody will lose a local pharmacy," said Omar Haddad, Pillbox's chief executive."""


def test_a_village_in_apposition_is_no_actor() -> None:
    actors = actors_of(VILLAGE)
    assert "Pelham Cross" not in actors
    assert actors.get("Ruth Ingleby") == "person"


def test_a_market_town_in_apposition_is_no_actor() -> None:
    actors = actors_of(MARKET_TOWN)
    assert "Askern Vale" not in actors
    assert actors.get("Omar Haddad") == "person"


# A place described as one that does act stays (as a place): the rule drops nothing a
# sentence has doing something.
ACTING_TOWN = """Town votes to leave county scheme

Fernley, a town of 30,000 on the coast, voted on Tuesday to leave the county's recycling scheme.

"We can do this cheaper ourselves," said Carys Penhale, the town's mayor."""


def test_a_place_that_acts_is_not_made_a_person() -> None:
    actors = actors_of(ACTING_TOWN)
    assert actors.get("Fernley") != "person"
    assert actors.get("Carys Penhale") == "person"


# --- firms whose names close with a word of finance -------------------------------------

ANALYSTS = """Brewer shares slide on profit warning

Shares in Hopcroft Brewing fell 11% on Thursday after the company cut its profit forecast.

Analysts at Marlowe Securities said the warning was "worse than feared" and cut their price target.

"Costs have risen faster than we can pass them on," said Tom Reddish, Hopcroft's chief executive."""


def test_analysts_at_a_securities_house_name_a_body() -> None:
    actors = actors_of(ANALYSTS)
    assert actors.get("Marlowe Securities") == "organization"


OWNER = """Toymaker sold to rival

Brickbox has agreed to buy Tinder Toys from its owner, Garland Equity, for £80m, the companies said.

Garland Equity said the sale would return three times what it invested in 2019.

"Tinder Toys fits our range perfectly," said Amira Sayed, Brickbox's chief executive."""


def test_an_equity_firm_that_speaks_is_a_body_not_a_person() -> None:
    actors = actors_of(OWNER)
    assert actors.get("Garland Equity") == "organization"


# --- a club's plural nickname -------------------------------------------------------------

# Tabloid sport: the headline and the standfirst call the club by its nickname; one man
# holds the same post under both names.
NICKNAME = """Owls in talks over £12m defender

Owls chairman Bryn Talley is ready to pay a club record for Dockside defender Sam Achebe

Hallam Town are in talks over a club-record £12million deal for Dockside Albion defender Sam Achebe.

The Owls had a first bid of £9million turned down on Friday.

Hallam chairman Bryn Talley said: 'We want him and we will not be messed around.'

Dockside manager Ian Croft said the defender was not for sale."""


def test_a_nickname_under_the_same_post_joins_the_club() -> None:
    actors = {a.name: a for a in build_brief(NICKNAME).actors}
    assert "Owls" not in actors
    assert "Owls" in actors["Hallam Town"].aliases


# Local rugby: the same captain of a club and of his country; the country's side is no
# club's other name, and the nickname stays the club's own.
COUNTRY_AND_CLUB = """Badgers captain called up

Badgers captain Rhodri Vaughan has been named in the national squad for the autumn series.

The Badgers beat Pencoed Athletic 24-10 on Saturday, with Vaughan scoring twice.

Wales captain Rhodri Vaughan will lead the side against Fiji next month, the union said.

Pencoed Athletic coach Gethin Rowe said: 'He is the best forward in the league.'"""


def test_a_country_under_the_same_post_takes_no_nickname() -> None:
    for actor in build_brief(COUNTRY_AND_CLUB).actors:
        assert "Badgers" not in actor.aliases or actor.name == "Badgers"
    names = [a.name for a in build_brief(COUNTRY_AND_CLUB).actors]
    assert "Rhodri Vaughan" in names
