"""Round 30d actors: a country whose clause tells a side's play in its next words is its
national side, a body, whatever the verb ("Ghana were 94 for eight", "Fiji scored four
tries", "Sri Lanka won by eight wickets", "Australia won the toss"), never a country's
economy or policy ("raised rates by 500 basis points", "lost 3,000 jobs"); the other
side of a match's result that the recognizer calls a body is an actor though named once
and with no score before the result ("in the win over Waikato Chiefs Development",
"guided the Levels to victory over Durham Moor"), never an illness, a holiday or a
person the recognizer calls a body; and a town's, a city's or a county's name speaking,
or speaking through its staff, is its government, a body ("The City of Cape Town said",
"Harlan County officials said"), never where things happen ("officials in Harlan County
said", "Harlan County was cut off"), nor a country or a state, which keep their kinds;
and a run of capitalized words over one "and" (often "and the") that the parse reads as
two conjoined names is two bodies ("Natural England and the Environment Agency have
launched", "Logan City Council and the Friends of Daisy Hill have agreed"), but not one
body's name whose first half hangs inside it ("Devon and Cornwall Police", "the Health
and Safety Executive").

Every passage here is synthetic, written for these tests (invented people, firms and
places of no consequence), across British, Irish, Australian, Indian, Nigerian, Kenyan,
Ghanaian, South African, Canadian, New Zealand, Singaporean and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "side"),
    [
        # British tabloid, cricket: a score after the copula
        (
            "Ghana were 94 for eight at tea, still 226 behind. Their captain Kofi Boateng "
            "said his batters had been careless.",
            "Ghana",
        ),
        # Indian wire, cricket: a total posted
        ("Sri Lanka had posted 271 for six in their 50 overs after choosing to bat.", "Sri Lanka"),
        # Australian broadcaster, cricket: all out
        ("Pakistan were all out for 188 shortly after lunch on the second day.", "Pakistan"),
        # New Zealand broadcaster, cricket: a win by wickets
        ("Bangladesh won the second Test in Chattogram by seven wickets.", "Bangladesh"),
        # Irish broadsheet, rugby: tries counted
        ("Fiji scored five tries in the second half to stun the home crowd.", "Fiji"),
        # South African broadcaster, cricket: the toss
        ("Australia won the toss and chose to bowl on a green pitch.", "Australia"),
        # Singaporean broadsheet, cricket: wickets lost
        ("Zimbabwe lost six wickets for 40 runs in a wretched morning session.", "Zimbabwe"),
    ],
)
def test_a_country_whose_clause_tells_play_is_its_side(paragraph: str, side: str) -> None:
    assert _actors(paragraph).get(side) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "country"),
    [
        ("Turkey raised interest rates by 500 basis points on Thursday.", "Turkey"),
        ("Kenya lost 3,000 jobs in the sector last year, the minister said.", "Kenya"),
        ("Canada said it would send 200 troops for six months.", "Canada"),
        ("Nigeria won two seats on the council after a vote in New York.", "Nigeria"),
        ("Ghana set three goals for the new plan, the finance minister said.", "Ghana"),
    ],
)
def test_a_country_of_policy_stays_a_country(paragraph: str, country: str) -> None:
    assert _actors(paragraph).get(country) == "country"


@pytest.mark.parametrize(
    ("paragraph", "side"),
    [
        # New Zealand broadcaster, rugby: the win over a side named once
        (
            "Otago Falcons lock Ben Rakete has been cited for a high tackle in the win over "
            "Taranaki Storm Academy.",
            "Taranaki Storm Academy",
        ),
        # British broadsheet, cricket: victory with no article
        (
            "Priya Lal's 104 guided Wessex Vale to victory over Durham Moor on Sunday.",
            "Durham Moor",
        ),
        # US wire, basketball: a loss to a side
        (
            "Coach Dana Whitt said the loss to the Harbor City Comets would sting for weeks.",
            "Harbor City Comets",
        ),
    ],
)
def test_the_other_side_of_a_result_named_once_is_an_actor(paragraph: str, side: str) -> None:
    assert _actors(paragraph).get(side) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "not_actor"),
    [
        ("Ann Lee said her victory over Hodgkin Lymphoma had changed her life.", "Hodgkin"),
        ("The shop was busy before the win over Christmas, manager Tom Bell said.", "Christmas"),
        ("Historian Mark Dale said the victory over Napoleon was a turning point.", "Napoleon"),
    ],
)
def test_what_is_beaten_and_no_side_is_no_actor(paragraph: str, not_actor: str) -> None:
    assert not any(not_actor in name for name in _actors(paragraph))


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        # South African local, weather
        (
            "The City of Tshwane said 900 of its 4,100 stormwater drains were blocked.",
            "City of Tshwane",
        ),
        # US local, transport: staff speaking
        (
            "Marlow County officials said the Route 4 bridge would close on April 9 for repairs.",
            "Marlow County",
        ),
        # Canadian local, planning: a township's staff
        (
            "Lakeshore Township officials said the marina tower would go back before council "
            "in February.",
            "Lakeshore Township",
        ),
        # Irish broadcaster, roads: staff confirming
        ("Kildare County officials confirmed the road would reopen on Monday.", "Kildare County"),
        # Canadian broadsheet, local government: the county speaking
        (
            "Haldane County said it would appeal the tribunal's ruling on the quarry.",
            "Haldane County",
        ),
    ],
)
def test_a_local_government_speaking_is_a_body(paragraph: str, body: str) -> None:
    assert _actors(paragraph).get(body) == "organization"


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Officials in Marlow County said the bridge would close on April 9.", "Marlow County"),
        ("Haldane County was cut off by the floods, farmer Ann Lee said.", "Haldane County"),
        ("Residents of the City of Tshwane queued for water, Mr Sipho Dube said.", "Tshwane"),
    ],
)
def test_a_place_where_things_happen_is_no_body(paragraph: str, place: str) -> None:
    assert not any(
        place in name and kind == "organization" for name, kind in _actors(paragraph).items()
    )


@pytest.mark.parametrize(
    ("paragraph", "name", "kind"),
    [
        ("Kenya said it would appeal the ruling at the regional court.", "Kenya", "country"),
        ("Ohio said it would appeal the ruling on the pipeline.", "Ohio", "place"),
    ],
)
def test_a_country_or_a_state_speaking_keeps_its_kind(paragraph: str, name: str, kind: str) -> None:
    assert _actors(paragraph).get(name) == kind


@pytest.mark.parametrize(
    ("paragraph", "bodies"),
    [
        # British local, environment: "and the" before a body's head word
        (
            "Natural Wales and the Marine Agency have opened an inquiry into Teme Water over "
            "sewage discharges, a spokesperson said.",
            ("Natural Wales", "Marine Agency"),
        ),
        # Australian local, council: two recognized bodies, the second with its "of"
        (
            "Moreton City Council and the Friends of Kedron Brook have agreed to protect a "
            "koala corridor, group convenor Meg Thorne said.",
            ("Moreton City Council", "Friends of Kedron Brook"),
        ),
        # Irish broadcaster, sport: a body named by its country, then "and the"
        (
            "Sport Ireland and the Camogie Association have agreed a new funding deal, "
            "association president Mary Kehoe said.",
            ("Sport Ireland", "Camogie Association"),
        ),
    ],
)
def test_two_names_the_parse_conjoins_are_two_bodies(
    paragraph: str, bodies: tuple[str, str]
) -> None:
    actors = _actors(paragraph)
    assert all(actors.get(body) == "organization" for body in bodies)


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Devon and Cornwall Police said two men had been arrested.", "Devon and Cornwall Police"),
        (
            "The Health and Safety Executive said the firm had been fined.",
            "Health and Safety Executive",
        ),
        (
            "Bath and North East Somerset Council said bins would be collected on Friday.",
            "Bath and North East Somerset Council",
        ),
        (
            "The Tremayne Museum and Art Gallery said the painting would go on show in May.",
            "Tremayne Museum and Art Gallery",
        ),
    ],
)
def test_one_body_named_over_and_stays_whole(paragraph: str, body: str) -> None:
    assert body in _actors(paragraph)
