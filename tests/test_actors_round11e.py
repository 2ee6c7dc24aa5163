# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 11 (helper e), on synthetic passages written for these tests (invented
people, storms, laws, events, companies and councils): a hurricane or a storm is no
actor even when the recognizer calls it a person or a tabloid writes it in capitals; a
law, a bill or a pact ("the Online Harms Act", "the Kelvin Accord") is no actor; a staged
event ("the Wensleydale Agricultural Show", "the Kelburn Marathon") is no actor; a news
service or a paper the story is credited to ("Reuters reported", "according to the
Financial Times") is its source, not a party; a river, by its whole or its bare name,
and a venue that hosts are the scene; two bodies joined by "and" are two bodies; a
one-word body speaking as the subject acts; a description before a name whose given name
is a country's ("Winger Jordan Hale") names a person; a coastguard and a customs service
are bodies. Beats and styles: US wire weather, tabloid weather, UK politics, US politics,
local courts, broadsheet climate, local shows, wire business, local floods, sport,
consumer business, property, TV, maritime and tax."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


# A named storm is no actor, whatever the recognizer calls it.

HURRICANE = """Hurricane Delphine made landfall near Port Arthur, Texas, early Thursday as a Category 3 storm. The National Hurricane Center said Delphine would weaken as it moved inland. Gov. Ray Holcomb urged residents to stay off the roads."""

TABLOID_STORM = """STORM Ivo ripped roofs off homes and toppled a church spire as it tore through the Midlands. Ivo is the ninth named storm of the season. Retired nurse Pauline Gammon, 71, said: "It sounded like a train going past.\""""

PRESENTER = """Storm Keller presented the weather bulletin on Tuesday night. Keller said viewers had sent in hundreds of photographs of the snow."""


def test_a_hurricane_the_recognizer_calls_a_person_is_no_actor() -> None:
    found = actors(HURRICANE)
    assert "Hurricane Delphine" not in found
    assert found.get("National Hurricane Center") == "organization"
    assert found.get("Ray Holcomb") == "person"


def test_a_storm_in_tabloid_capitals_is_no_actor() -> None:
    found = actors(TABLOID_STORM)
    assert not any(name.casefold().startswith("storm") for name in found)
    assert found.get("Pauline Gammon") == "person"


def test_a_person_whose_given_name_is_storm_still_acts() -> None:
    assert actors(PRESENTER).get("Storm Keller") == "person"


# A law, a bill or a pact is no actor.

ACT = """The Online Harms Act requires platforms to remove illegal content within 24 hours. Ofcast, the regulator, said it would begin enforcing the act in March."""

US_BILL = """The Clean Water Restoration Act would give the Environmental Protection Agency new powers over wetlands. Sen. Dana Whitcombe, D-Ore., said the bill had bipartisan support."""

COURT_ACT = """Under the Protection from Harassment Act, the court can impose a restraining order. District Judge Neil Farrant said the defendant had shown no remorse."""

ACCORD = """The Kelvin Accord commits signatories to halve methane emissions by 2035. Environment minister Priya Desai said Britain would sign it next month."""


def test_an_act_that_requires_is_no_actor() -> None:
    found = actors(ACT)
    assert "Online Harms Act" not in found
    assert found.get("Ofcast") == "organization"


def test_a_us_bill_that_would_give_powers_is_no_actor() -> None:
    found = actors(US_BILL)
    assert "Clean Water Restoration Act" not in found
    assert found.get("Environmental Protection Agency") == "organization"
    assert found.get("Dana Whitcombe") == "person"


def test_an_act_cut_by_the_recognizer_is_no_person() -> None:
    found = actors(COURT_ACT)
    assert not any(name.endswith("Act") for name in found)
    assert found.get("Neil Farrant") == "person"


def test_a_pact_that_commits_is_no_person() -> None:
    found = actors(ACCORD)
    assert "Kelvin Accord" not in found
    assert found.get("Priya Desai") == "person"


# A staged event is no actor.

SHOW = """The Wensleydale Agricultural Show, due to take place at Aldbeck showground next weekend, has been cancelled, organisers said. Show secretary Janet Pickles said the field was under water."""

MARATHON = """The Kelburn Marathon attracted 14,000 runners on Sunday. Winner Joseph Kiptoo broke the course record by 40 seconds."""

BUDGET = """The Autumn Budget will be delivered on 26 November. The Institute for Fiscal Studies said the chancellor faced a £20bn gap."""


def test_a_cancelled_show_is_no_actor() -> None:
    found = actors(SHOW)
    assert "Wensleydale Agricultural Show" not in found
    assert found.get("Janet Pickles") == "person"


def test_a_marathon_that_attracted_runners_is_no_actor() -> None:
    found = actors(MARATHON)
    assert "Kelburn Marathon" not in found
    assert found.get("Joseph Kiptoo") == "person"


def test_a_budget_delivered_is_no_actor() -> None:
    found = actors(BUDGET)
    assert "Autumn Budget" not in found
    assert found.get("Institute for Fiscal Studies") == "organization"


# A news service or a paper the story is credited to is its source.

REUTERS = """Brightwater Mining plans to cut 1,200 jobs, Reuters reported, citing two people familiar with the matter. The company declined to comment."""

BLOOMBERG = """Corvel Pharma is exploring a sale of its vaccines unit, Bloomberg News reported on Tuesday, citing people familiar with the matter."""

ACCORDING = """According to the Financial Times, Pellam Bank is weighing a bid for the insurer. Pellam Bank declined to comment."""

ACCORDING_POLICE = """According to Lancashire Police, the driver was travelling at 70mph when the car left the road."""


def test_a_news_agency_that_reported_is_no_actor() -> None:
    found = actors(REUTERS)
    assert "Reuters" not in found
    assert found.get("Brightwater Mining") == "organization"


def test_a_news_service_reporting_after_the_clause_is_no_actor() -> None:
    found = actors(BLOOMBERG)
    assert "Bloomberg News" not in found
    assert found.get("Corvel Pharma") == "organization"


def test_a_paper_a_claim_is_according_to_is_no_actor() -> None:
    found = actors(ACCORDING)
    assert "Financial Times" not in found
    assert found.get("Pellam Bank") == "organization"


def test_a_body_a_claim_is_according_to_still_acts() -> None:
    assert actors(ACCORDING_POLICE).get("Lancashire Police") == "organization"


# A river that rises or bursts its banks sets the scene of a flood, by its whole name or
# its bare one.

THAMES = """Houses in Abingdon were flooded after the River Thames burst its banks. The Thames is expected to stay high until Monday, the Environment Agency said."""

OUSE = """The River Ouse reached 5.2 metres in York overnight. Residents said the Ouse had not been so high since 2000. York City Council opened a rest centre."""

SEVERN = """The River Severn peaked at 5.6 metres in Shrewsbury on Wednesday. The Environment Agency said the Severn would stay high until the weekend."""


def test_a_river_named_bare_after_its_full_name_is_no_actor() -> None:
    found = actors(THAMES)
    assert "Thames" not in found
    assert "River Thames" not in found
    assert found.get("Environment Agency") == "organization"


def test_a_river_that_reached_a_level_is_no_body() -> None:
    found = actors(OUSE)
    assert not any("Ouse" in name for name in found)
    assert found.get("York City Council") == "organization"


def test_a_river_that_would_stay_high_is_no_body() -> None:
    found = actors(SEVERN)
    assert "Severn" not in found
    assert found.get("Environment Agency") == "organization"


# Two bodies joined by "and", one of them named on its own elsewhere, are two bodies.

CLUBS = """Leeds United and Burnley both won on Saturday. Burnley manager Neville Aske said the title race was wide open."""

OLD_FIRM = """Celtic and Rangers have been fined by Uefa after fans threw flares. Celtic said it would appeal."""

SEAFRONT = """Brighton and Hove Albion have sold 2,000 more season tickets. Brighton said the new stand would open in August."""


def test_two_clubs_joined_by_and_are_two_actors() -> None:
    found = actors(CLUBS)
    assert "Leeds United and Burnley" not in found
    assert found.get("Leeds United") == "organization"
    assert found.get("Burnley") == "organization"


def test_a_club_named_alone_later_is_split_from_its_partner() -> None:
    found = actors(OLD_FIRM)
    assert "Celtic and Rangers" not in found
    assert found.get("Celtic") == "organization"


def test_a_club_with_and_in_its_name_stays_whole() -> None:
    found = actors(SEAFRONT)
    assert "Hove Albion" not in found
    assert "Brighton and Hove Albion" in found


# A one-word name joined by "and" to a body as the subject is a body too.

BANKS = """Barclays and HSBC cut their mortgage rates on Thursday. Brokers said more lenders would follow."""

DISCOUNTERS = """Aldi and Lidl will open 40 new stores between them this year. The British Retail Consortium said discounters were gaining share."""

COUPLE = """Amira Haddad and Tom Pellow founded the bakery in 2019. On Monday they announced it would close."""


def test_two_banks_cutting_rates_are_both_bodies() -> None:
    found = actors(BANKS)
    assert found.get("Barclays") == "organization"
    assert found.get("HSBC") == "organization"


def test_a_grocer_the_recognizer_calls_a_person_joins_its_partner() -> None:
    found = actors(DISCOUNTERS)
    assert found.get("Aldi") == "organization"
    assert found.get("Lidl") == "organization"


def test_two_people_joined_by_and_stay_people() -> None:
    found = actors(COUPLE)
    assert found.get("Amira Haddad") == "person"
    assert found.get("Tom Pellow") == "person"


# A venue that hosts, installs or is renamed is the scene, whatever the recognizer calls
# it; one that speaks acts.

WEMBLEY = """Wembley Stadium will host the final for the third year running. The Football Association said tickets would go on sale on Monday."""

RACECOURSE = """Haydock Racecourse has installed new fences after two horses died last season. The British Horseracing Authority said it welcomed the changes."""

RENAMED = """Harmon Stadium will be renamed after the team's founder, the Kansas City Comets said Tuesday. Team president Ray Dillard said fans had backed the change."""

SPEAKING_VENUE = """Ashcombe Arena said on Friday that the concert had been moved to July. Fans who cannot attend will get a refund."""


def test_a_stadium_that_hosts_is_no_person() -> None:
    found = actors(WEMBLEY)
    assert "Wembley Stadium" not in found
    assert found.get("Football Association") == "organization"


def test_a_racecourse_that_installed_fences_is_no_person() -> None:
    found = actors(RACECOURSE)
    assert "Haydock Racecourse" not in found
    assert found.get("British Horseracing Authority") == "organization"


def test_a_stadium_to_be_renamed_is_no_person() -> None:
    found = actors(RENAMED)
    assert "Harmon Stadium" not in found
    assert found.get("Ray Dillard") == "person"


def test_a_venue_that_speaks_still_acts() -> None:
    assert "Ashcombe Arena" in actors(SPEAKING_VENUE)


# A one-word body the recognizer does not name, speaking as the subject, acts; a title
# or a post alone does not.

FORUM = """Mumsnet said thousands of parents had complained about the new timetable. The school trust declined to comment."""

PORTALS = (
    """Rightmove said asking prices rose 2% in March. Zoopla said demand was weaker in the south."""
)

TITLE_ALONE = """Judge said she had no choice but to jail him. Kelvin Marsh, 44, of Tadley, was jailed for two years."""


def test_a_forum_that_said_is_a_body() -> None:
    assert actors(FORUM).get("Mumsnet") == "organization"


def test_a_second_property_portal_that_said_is_a_body() -> None:
    found = actors(PORTALS)
    assert found.get("Rightmove") == "organization"
    assert found.get("Zoopla") == "organization"


def test_a_title_alone_that_said_is_no_body() -> None:
    found = actors(TITLE_ALONE)
    assert "Judge" not in found
    assert found.get("Kelvin Marsh") == "person"


# A contestant or a finalist before a name is the role.

CONTESTANT = """Strictly Come Dancing returns to BBC One on Saturday. Contestant Dean Colby said he had been rehearsing for 12 hours a day."""


def test_contestant_before_a_name_is_the_role() -> None:
    found = actors(CONTESTANT)
    assert "Contestant Dean Colby" not in found
    assert found.get("Dean Colby") == "person"


# A description and a name whose given name is also a country's, taken for a body by
# the recognizer, name a person; the surname alone later is that person.

WINGER = """Winger Jordan Hale scored twice as Kelmscott Rovers won 3-1. Hale said the team had deserved it."""

STRIKER = (
    """Striker Chad Morley scored twice on Saturday. The club said he had signed a new contract."""
)


def test_a_winger_named_jordan_is_a_person() -> None:
    found = actors(WINGER)
    assert "Winger Jordan Hale" not in found
    assert found.get("Jordan Hale") == "person"
    assert "Hale" not in found


def test_a_striker_named_chad_is_a_person() -> None:
    found = actors(STRIKER)
    assert "Striker Chad Morley" not in found
    assert found.get("Chad Morley") == "person"


# A coastguard and a customs service close a body's name.

COASTGUARD = """The cargo ship MV Orla Star ran aground off Anglesey on Monday. HM Coastguard said all 14 crew had been rescued."""

REVENUE = """HM Revenue and Customs said 12 million people had filed their tax returns on time. The deadline was midnight on Friday."""


def test_a_coastguard_that_said_is_a_body() -> None:
    found = actors(COASTGUARD)
    assert found.get("HM Coastguard") == "organization"
    assert "Orla Star" not in found


def test_a_revenue_and_customs_service_is_a_body() -> None:
    assert actors(REVENUE).get("HM Revenue and Customs") == "organization"
