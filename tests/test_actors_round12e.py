# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 12 (helper e), on synthetic passages written for these tests (invented
people, firms, regulators, funds, universities, plays, races, ships and missions; the
real regulators' names are used only as the one-word kind of name they are): a body
described by a noun only a body is ("the activist fund run by ...", "the housebuilder
founded by ...", "the drugmaker X") is an organization; a firm held "in" ("shares in X",
"a stake in X") or owning what a preposition governs ("a premium to X's price") is no
place; a one-word body acting on a named body ("Ofwat fined X") acts; a body acts
through its people "at" it ("analysts at X said"); a product reported on by a named
maker is no company; a fined or prosecuted body acts; buildings, races and numbered
things (vessels, missions) are no actors; a work a later sentence takes up ("Its
author", "The play") is none; "the Right Rev" and "the Most Rev" are titles, and an
office cut from its place or named as a body beside its holder is none. Beats and
styles: UK broadsheet business, trade tech, water and energy regulation, pharma, sport
governance, science, racing, property, religion, culture, space and shipping."""

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

ECONOMISTS = """Economists at Harwood Bank expect the Bank of England to cut rates twice next year."""


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

BISHOP = """The Right Rev Jane Marsh, Bishop of Selby, said the diocese would close four churches."""

CUT_OFFICE = """Bishop of Wrexham, the Right Rev Owain Pryce, said the diocese would sell three churches."""

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
