# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 12 (helper e), on synthetic passages written for these tests (invented
people, firms, regulators, funds, universities, plays, pubs, races, ships and missions;
real regulators, departments, indices and roads appear only as the kind of name they
are): a body described by a noun only a body is ("the activist fund run by ...", "the
housebuilder founded by ...", "the drugmaker X") is an organization; a firm held "in"
("shares in X", "a stake in X") or owning what a preposition governs ("a premium to X's
price") is no place; a one-word body acting on a named body ("Ofwat fined X") acts; a
body acts through its people "at" it ("analysts at X said"); a product reported on by a
named maker is no company; a fined or prosecuted body acts; buildings, inns, races,
indices, telescopes, festivals, road numbers and numbered vessels or missions are no
actors, nor a country visited; a work a later sentence takes up ("Its author", "The
play") or "directed by" someone is none; "the Right Rev" and "the Most Rev", the
Taoiseach, RAF short ranks and "Host" are titles, and an office cut from its place or
named as a body beside its holder is none; two bodies joined by "and" are split (a
forum with "and" in its name is one), a department listing its briefs is one. Beats and
styles: UK broadsheet business, trade tech, water and energy regulation, pharma, sport
governance, science, racing, property, religion, culture, royal and political visits,
markets, Irish politics, motoring, military and space."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


# A body described by a noun only a body is, even where the description runs on with a
# participle's clause, is an organization (the recognizer called each a person).

FUND = """Harcourt Shaw, the activist fund run by the financier Malcolm Harcourt, said the offer was too low. Harcourt said he would vote against it."""

HOUSEBUILDER = """Pemberton Homes, the housebuilder founded by Alan Pemberton in 1982, has gone into administration. Pemberton, 74, said he was heartbroken."""

DRUGMAKER = """Zenvoxa cut relapse rates by a third in the trial, the drugmaker Halvern Pharma said. Halvern will seek approval next year."""


def test_a_fund_named_after_its_founder_is_a_body_beside_him() -> None:
    found = actors(FUND)
    assert found.get("Harcourt Shaw") == "organization"
    assert found.get("Malcolm Harcourt") == "person"


def test_a_housebuilder_founded_by_a_person_is_a_body() -> None:
    found = actors(HOUSEBUILDER)
    assert found.get("Pemberton Homes") == "organization"
    assert found.get("Alan Pemberton") == "person"


def test_a_drugmaker_the_recognizer_calls_a_person_is_a_body() -> None:
    assert actors(DRUGMAKER).get("Halvern Pharma") == "organization"


# A product whose results a named maker reports is no company ("..., the company said"
# stands for the subject only when the body noun has no name of its own).

PILL = """Velomax cut the risk of a second stroke by a fifth, the drugmaker Oriel Therapeutics said on Monday."""

SOFTWARE = """HomeGuard now blocks nine in 10 phishing emails, the software firm Castlerock Labs said. The update is free."""


def test_a_drug_reported_on_by_its_maker_is_no_actor() -> None:
    assert "Zenvoxa" not in actors(DRUGMAKER)
    found = actors(PILL)
    assert "Velomax" not in found
    assert found.get("Oriel Therapeutics") == "organization"


def test_software_reported_on_by_its_maker_is_no_actor() -> None:
    found = actors(SOFTWARE)
    assert "HomeGuard" not in found
    assert found.get("Castlerock Labs") == "organization"


# A company held "in", or owning the noun a preposition governs, is no place.

LISTED = """Landlord app maker Marrowby agrees £600m sale

Hollin & Pike has agreed a £600m takeover of Marrowby, the Bristol company whose app manages 2 million rental homes. The offer is a premium of 28% to Marrowby's closing price. Marrowby was founded in 2015 by Jo Keane and Sam Odum. "We started in a shed," Keane said. Shares in Marrowby jumped 26% on Tuesday."""

STAKE = """Pellway Capital has built a 20% stake in Corvel, the cinema chain. Corvel's board said it had not been approached."""


def test_a_company_whose_shares_rise_is_no_place() -> None:
    found = actors(LISTED)
    assert found.get("Marrowby") == "organization"
    assert found.get("Hollin & Pike") == "organization"


def test_a_company_a_stake_is_built_in_acts() -> None:
    found = actors(STAKE)
    assert found.get("Corvel") == "organization"
    assert found.get("Pellway Capital") == "organization"


# A one-word body the recognizer does not name, acting on a named body, acts.

WATER = """Ofwat fined Severn Vale Water £4m on Tuesday for missing its leakage targets. The regulator said the company had let its customers down."""

ENERGY = """Ofgem ordered Brightwell Energy to pay £2.1m to customers who were overcharged. Brightwell said it accepted the ruling."""

TELECOM = """Ofcast fined Ridgeway Telecom £1.2m for overcharging customers who left. The regulator said the firm had broken its rules for years."""


def test_a_one_word_regulator_that_fines_a_named_firm_acts() -> None:
    found = actors(WATER)
    assert found.get("Ofwat") == "organization"
    assert found.get("Severn Vale Water") == "organization"
    found = actors(TELECOM)
    assert found.get("Ofcast") == "organization"
    assert found.get("Ridgeway Telecom") == "organization"


def test_a_one_word_regulator_that_orders_a_named_firm_acts() -> None:
    found = actors(ENERGY)
    assert found.get("Ofgem") == "organization"
    assert found.get("Brightwell Energy") == "organization"


# A body acts through its people "at" it.

ASTRONOMERS = """The Meridian Deep Field Telescope captured images of a galaxy 13 billion light years away, astronomers at the Carrow Institute said."""

ANALYSTS = """Ozempic has transformed the market for weight-loss drugs, analysts at Bracken Securities said."""

FORECASTERS = """Hurricane season officially ends on November 30. Forecasters at Colorado State University had predicted an above-average year."""

ECONOMISTS = (
    """Economists at Harwood Bank expect the Bank of England to cut rates twice next year."""
)


def test_astronomers_at_an_institute_make_it_act() -> None:
    found = actors(ASTRONOMERS)
    assert found.get("Carrow Institute") == "organization"
    assert not any("Telescope" in name for name in found)


def test_analysts_and_economists_at_a_firm_make_it_act() -> None:
    found = actors(ANALYSTS)
    assert found.get("Bracken Securities") == "organization"
    assert "Ozempic" not in found
    assert actors(ECONOMISTS).get("Harwood Bank") == "organization"


def test_forecasters_at_a_university_make_it_act() -> None:
    assert actors(FORECASTERS).get("Colorado State University") == "organization"


# A body fined or prosecuted by name acts, named once.

PROSECUTED = """Sepa prosecuted Kilbride Distillery after waste was spilled into the burn."""

FINED_CLUB = """Uefa has fined Dinamo Ostrava €50,000 after fans threw flares on to the pitch. Uefa also ordered a partial closure of the stadium."""

ACCUSED = """The shadow housing secretary, Nadia Castellane, accused the Government of 'treating flood victims with contempt' and demanded an inquiry."""


def test_a_prosecuted_firm_acts() -> None:
    found = actors(PROSECUTED)
    assert found.get("Kilbride Distillery") == "organization"
    assert found.get("Sepa") == "organization"


def test_a_fined_club_acts() -> None:
    assert actors(FINED_CLUB).get("Dinamo Ostrava") == "organization"


def test_a_body_accused_of_something_is_not_cut_short() -> None:
    assert not any(name.endswith(" of") for name in actors(ACCUSED))


# Buildings, races and numbered things are no actors.

TOWER = """Kelvin Tower failed its fire-safety inspection in June. Residents' association chair Amira Haddad said people were scared."""

NATIONAL = """The Grand National drew a crowd of 70,000 to Aintree. Trainer Paddy Walsh said the going was perfect."""

HANDICAP = """The Lincoln Handicap was abandoned because of waterlogging. The British Horseracing Authority said it would be rescheduled."""

LINER = """The Queen Mary 2 docked in Southampton after a stormy crossing. Passengers said the waves had been frightening."""

MISSION = """Artemis 3 will land astronauts near the lunar south pole, Nasa said."""


def test_a_tower_that_fails_an_inspection_is_no_actor() -> None:
    found = actors(TOWER)
    assert "Kelvin Tower" not in found
    assert found.get("Amira Haddad") == "person"


def test_races_are_no_actors() -> None:
    found = actors(NATIONAL)
    assert "Grand National" not in found
    assert found.get("Paddy Walsh") == "person"
    found = actors(HANDICAP)
    assert "Lincoln Handicap" not in found
    assert found.get("British Horseracing Authority") == "organization"


def test_a_numbered_liner_names_no_person() -> None:
    assert "Mary" not in actors(LINER)


def test_a_numbered_mission_is_no_body() -> None:
    found = actors(MISSION)
    assert "Artemis" not in found
    assert found.get("Nasa") == "organization"


# A work a later sentence takes up by its maker ("Its author") is no actor.

NOVEL = """Silent Harbour topped the bestseller list for a sixth week. Its author, Priya Nair, said she had written it on night shifts."""

COMPANY_DIRECTOR = """Apex Holdings announced a tour of 20 cities. Its director, Kofi Mensah, said the company had doubled in size."""


def test_a_novel_taken_up_by_its_author_is_no_actor() -> None:
    found = actors(NOVEL)
    assert "Silent Harbour" not in found
    assert found.get("Priya Nair") == "person"


def test_a_body_taken_up_by_its_director_stays() -> None:
    found = actors(COMPANY_DIRECTOR)
    assert "Apex Holdings" in found
    assert found.get("Kofi Mensah") == "person"


# Clergy: "the Right Rev" and "the Most Rev" are titles; an office cut from its place or
# named as a body beside its holder is no actor.

BISHOP = (
    """The Right Rev Jane Marsh, Bishop of Selby, said the diocese would close four churches."""
)

CUT_OFFICE = (
    """Bishop of Wrexham, the Right Rev Owain Pryce, said the diocese would sell three churches."""
)

ARCHDEACON = """Archdeacon of Lewes, the Ven Martin Lloyd, said the parish would be merged."""


def test_a_bishop_titled_right_rev_is_a_person() -> None:
    assert actors(BISHOP).get("Jane Marsh") == "person"


def test_an_office_cut_from_its_place_is_no_body() -> None:
    found = actors(CUT_OFFICE)
    assert "Bishop" not in found
    assert found.get("Owain Pryce") == "person"


def test_an_office_of_a_place_beside_its_holder_is_no_body() -> None:
    found = actors(ARCHDEACON)
    assert "Archdeacon of Lewes" not in found
    assert found.get("Martin Lloyd") == "person"


# A country a verb of going to see has as its object is where the story happens.

ROYAL_VISIT = """The King will visit Kenya next month, Buckingham Palace said. It will be his first trip to Africa as monarch."""

PM_TOUR = """Prime Minister Keir Starmer toured Estonia on Thursday and met British troops. Downing Street said the visit had been planned for months."""

PAPAL_VISIT = """Pope Leo XIV will visit Lebanon in December, the Vatican said."""


def test_a_country_a_king_will_visit_is_no_actor() -> None:
    assert "Kenya" not in actors(ROYAL_VISIT)


def test_a_country_a_prime_minister_toured_is_no_actor() -> None:
    found = actors(PM_TOUR)
    assert "Estonia" not in found
    assert found.get("Keir Starmer") == "person"


def test_a_country_a_pope_will_visit_is_no_actor() -> None:
    assert "Lebanon" not in actors(PAPAL_VISIT)


# Stock market indices rise and fall; they do not act.

LONDON_CLOSE = (
    """The FTSE 100 closed 0.4% higher on Tuesday, led by miners. The Nikkei fell 1.2% in Tokyo."""
)

WALL_STREET = """The Dow Jones Industrial Average rose 300 points while the Nasdaq gained 1.1%. Investors were cheered by jobs data."""

HONG_KONG = """The Hang Seng slid 2% as property developers fell. Evergrande said it would appeal the ruling."""

MUMBAI = """Tata Motors shares rose 4% after the company reported record sales. The Sensex closed 300 points higher."""


def test_london_and_tokyo_indices_are_no_actors() -> None:
    found = actors(LONDON_CLOSE)
    assert not any(name.startswith(("FTSE", "Nikkei")) for name in found)


def test_wall_street_indices_are_no_actors() -> None:
    found = actors(WALL_STREET)
    assert not any(name.startswith(("Dow", "Nasdaq")) for name in found)


def test_an_index_is_no_actor_beside_a_company_that_speaks() -> None:
    found = actors(HONG_KONG)
    assert "Hang Seng" not in found
    assert found.get("Evergrande") == "organization"
    found = actors(MUMBAI)
    assert "Sensex" not in found
    assert found.get("Tata Motors") == "organization"


# The Taoiseach is an office, not a body.

TAOISEACH = """The Taoiseach said the Government would publish the housing plan next week. Sinn Féin said it was too little, too late."""


def test_the_taoiseach_is_no_body() -> None:
    assert "Taoiseach" not in actors(TAOISEACH)


# A pub, named for its sign or its "Inn", is no actor; who keeps it is.

OLD_BELL = """The Old Bell in Thornbury has closed after 300 years. Landlord Gary Penn blamed rising energy bills."""

RED_LION = """The Red Lion reopened on Friday after a £200,000 refit. Landlady Sue Barton said regulars had waited a year."""

FERRYMAN = """The Ferryman Inn reopened after flood repairs, owner Jo Birch said."""


def test_a_pub_taken_up_by_its_landlord_is_no_actor() -> None:
    found = actors(OLD_BELL)
    assert "Old Bell" not in found
    assert found.get("Gary Penn") == "person"
    found = actors(RED_LION)
    assert "Red Lion" not in found
    assert found.get("Sue Barton") == "person"


def test_an_inn_is_no_actor() -> None:
    found = actors(FERRYMAN)
    assert "Ferryman Inn" not in found
    assert found.get("Jo Birch") == "person"


# Telescopes and satellites observe and fail; they do not act.

HUBBLE = """The Hubble Space Telescope has been put into safe mode after a gyroscope failed, Nasa said."""

SENTINEL = (
    """The Sentinel Ocean Satellite has stopped sending data, the European Space Agency said."""
)


def test_a_telescope_put_into_safe_mode_is_no_actor() -> None:
    found = actors(HUBBLE)
    assert not any("Telescope" in name for name in found)
    assert found.get("Nasa") == "organization"


def test_a_satellite_that_stopped_is_no_actor() -> None:
    found = actors(SENTINEL)
    assert "Sentinel Ocean Satellite" not in found
    assert found.get("European Space Agency") == "organization"


# Two bodies joined by "and", the first complete with its head word, the second one word
# or a name ending in a country's, are two bodies (not "Police and Crime Commissioner").

HIGHLAND = """The Highland Council and NatureScot have agreed a plan to cull deer on the estate."""

AGENCIES = """The Environment Agency and Natural England issued a joint warning about the river."""

POLICE = """Avon and Somerset Police said the man had been released on bail."""


def test_a_council_and_a_one_word_agency_are_two_bodies() -> None:
    found = actors(HIGHLAND)
    assert "Highland Council and NatureScot" not in found
    assert found.get("Highland Council") == "organization"
    assert found.get("NatureScot") == "organization"


def test_an_agency_and_a_body_named_for_a_country_are_two_bodies() -> None:
    found = actors(AGENCIES)
    assert "Environment Agency and Natural England" not in found
    assert found.get("Environment Agency") == "organization"
    assert found.get("Natural England") == "organization"


def test_a_force_with_and_in_its_name_stays_whole() -> None:
    assert actors(POLICE).get("Avon and Somerset Police") == "organization"


# Festivals and road numbers are no actors.

RAMADAN = (
    """Ramadan begins on Friday. The Muslim Council of Britain said mosques would open late."""
)

MOTORWAY = """The M25 between junctions 10 and 11 will close this weekend for bridge works, National Highways said."""


def test_a_festival_that_begins_is_no_actor() -> None:
    found = actors(RAMADAN)
    assert "Ramadan" not in found
    assert found.get("Muslim Council of Britain") == "organization"


def test_a_motorway_that_will_close_is_no_actor() -> None:
    found = actors(MOTORWAY)
    assert "M25" not in found
    assert found.get("National Highways") == "organization"


# RAF ranks in their short forms are titles, not part of the name.

FLIGHT_LIEUTENANT = """Red Arrows pilot Flt Lt Kirsty Moore said the display would go ahead. The RAF said the jets had been checked."""

WING_COMMANDER = (
    """Wg Cdr Ann Lee will take command of the squadron in June, the Ministry of Defence said."""
)


def test_raf_ranks_are_no_part_of_the_name() -> None:
    assert actors(FLIGHT_LIEUTENANT).get("Kirsty Moore") == "person"
    assert actors(WING_COMMANDER).get("Ann Lee") == "person"


# A department's name that lists its briefs with commas is one name.

DCMS = """The Department for Culture, Media and Sport said the review would report in June."""

DEFRA = (
    """The Department for Environment, Food and Rural Affairs said the ban would start in April."""
)

LEVELLING_UP = """The Department for Levelling Up, Housing and Communities said the scheme would be extended."""


def test_a_department_listing_three_briefs_is_one_body() -> None:
    found = actors(DCMS)
    assert found.get("Department for Culture, Media and Sport") == "organization"
    assert "Sport" not in found


def test_the_last_briefs_of_a_department_name_no_person() -> None:
    found = actors(DEFRA)
    assert "Rural Affairs" not in found
    assert found.get("Department for Environment, Food and Rural Affairs") == "organization"
    assert "Housing and Communities" not in actors(LEVELLING_UP)


# A work written or directed by someone is no actor; a host before a name is a title.

FILM = """Silent Fields, directed by Tom Bellamy, won the jury prize at the festival. Bellamy thanked his crew."""

HOST = (
    """Love Island returns next month, ITV confirmed. Host Maya Jama will front the series again."""
)


def test_a_film_directed_by_someone_is_no_actor() -> None:
    found = actors(FILM)
    assert "Silent Fields" not in found
    assert found.get("Tom Bellamy") == "person"


def test_a_host_before_a_name_is_no_part_of_it() -> None:
    assert actors(HOST).get("Maya Jama") == "person"


# A forum is a body's head word: "and" inside its name does not split it.

TENANTS = """The Tenants and Residents Forum said the repairs had taken too long. Its chair, Rita Okafor, called for an inquiry."""

PATIENTS = """The Patients and Carers Forum wrote to the health board on Monday."""

WALKERS = """The Cyclists and Walkers Forum backed the new path."""


def test_a_forum_with_and_in_its_name_is_one_body() -> None:
    found = actors(TENANTS)
    assert found.get("Tenants and Residents Forum") == "organization"
    assert "Residents Forum" not in found
    assert actors(PATIENTS).get("Patients and Carers Forum") == "organization"
    assert actors(WALKERS).get("Cyclists and Walkers Forum") == "organization"
