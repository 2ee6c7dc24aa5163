"""Round 7a: firms introduced in apposition to what they are, parties and blocs under an
adjective, bodies a story names once as the subject, a group that calls itself by a
name, a ministry named by its nationality, and a common noun opening a sentence.

Every article here is synthetic, written for these tests (invented people, firms,
parties, clubs and groups)."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.role) for a in build_brief(text).actors}


# --- a firm whose name looks like a person's, in apposition to its trade ---------------

LABEL_STORY = (
    "The singer Maya Oduya has left her label after eight years.\n\n"
    "Pellow Records, the company that released her first four albums, said the split "
    "was amicable.\n\n"
    "Oduya said she would release her next album herself."
)

AUDIT_STORY = (
    "The council's accounts for last year have been signed off after a delay of five "
    "months.\n\n"
    "Grayson Marsh, the accountancy firm that audits the council, said the delay was "
    "caused by missing records.\n\n"
    "Council leader Tom Rudd said the records had since been found."
)

BROKER_STORY = (
    "Shares in the housebuilder Tenbury Homes fell 8% on Monday.\n\n"
    "Helen Crane, an analyst at brokerage Ashby Lowe, said the profit warning was "
    "worse than expected."
)


def test_a_firm_in_apposition_to_the_company_is_an_organization():
    actors = _actors(LABEL_STORY)
    assert actors.get("Pellow Records", ("",))[0] == "organization", actors


def test_a_firm_in_apposition_to_its_trade_with_a_surname_look_is_an_organization():
    actors = _actors(AUDIT_STORY)
    assert actors.get("Grayson Marsh", ("",))[0] == "organization", actors


def test_a_firm_after_its_trade_noun_is_an_organization():
    actors = _actors(BROKER_STORY)
    assert actors.get("Ashby Lowe", ("organization",))[0] == "organization", actors
    assert actors.get("Helen Crane", ("",))[0] == "person", actors


# --- parties, blocs and fronts under an adjective --------------------------------------

ELECTION_STORY = (
    "The opposition Unity Bloc won 31 seats in Sunday's election, results showed.\n\n"
    "The nationalist People's Front took 12 seats, its best result.\n\n"
    "Bloc leader Ana Vidmar said her party was ready to govern."
)


def test_a_bloc_under_an_adjective_is_an_organization():
    actors = _actors(ELECTION_STORY)
    assert actors.get("Unity Bloc", ("",))[0] == "organization", actors
    assert actors.get("People's Front", ("",))[0] == "organization", actors


# --- a coordination of two bodies is two actors ----------------------------------------

TALKS_STORY = (
    "The Labour Alliance won the most seats but fell short of a majority.\n\n"
    "Talks between the Labour Alliance and Green Renewal resume on Friday, a party "
    "spokesman said.\n\n"
    "Green Renewal leader Piet Maas said a deal was close."
)


def test_two_parties_joined_by_and_are_two_actors():
    actors = _actors(TALKS_STORY)
    assert "Labour Alliance and Green Renewal" not in actors, actors
    assert "Green Renewal" in actors, actors


# --- a common noun opening a sentence is no actor ---------------------------------------

RESULTS_STORY = (
    "The ruling party held on to power in Sunday's regional vote.\n\n"
    "Turnout was 61%, the electoral commission said.\n\n"
    "Attendance at rallies had been low, organiser Ruth Kovac said."
)


def test_a_common_noun_opening_a_sentence_is_no_actor():
    actors = _actors(RESULTS_STORY)
    assert "Turnout" not in actors, actors
    assert "Attendance" not in actors, actors


# --- a body named once, as the subject of "said", with its description after ---------

HELPLINE_STORY = (
    "Customers of the energy supplier Voltra have been sent fake refund texts after a "
    "data leak.\n\n"
    "Citizens Advice, the consumer charity, said it had taken 400 calls about the texts "
    "since Monday.\n\n"
    "Voltra said it was sorry."
)


def test_a_body_named_once_as_a_subject_is_an_actor():
    actors = _actors(HELPLINE_STORY)
    assert actors.get("Citizens Advice", ("",))[0] == "organization", actors


# --- a group that calls itself by a name ------------------------------------------------

GANG_STORY = (
    "A hospital trust in Kent has cancelled operations after a cyber attack.\n\n"
    "A criminal gang calling itself Blue Heron said it had taken patient records and "
    "demanded a ransom.\n\n"
    "The trust said it would not pay."
)


def test_a_group_calling_itself_a_name_is_an_actor():
    actors = _actors(GANG_STORY)
    assert "Blue Heron" in actors, actors


# --- a ministry named by its nationality ------------------------------------------------

MINISTRY_STORY = (
    "Finland has closed two border crossings after a rise in unauthorised arrivals.\n\n"
    "The Norwegian foreign ministry said it was watching the situation closely.\n\n"
    "Finnish border guard chief Matti Koski said the crossings would stay shut for a "
    "month."
)


def test_a_ministry_named_by_its_nationality_is_an_actor():
    actors = _actors(MINISTRY_STORY)
    names = {name.lower() for name in actors}
    assert any("norwegian foreign ministry" in name for name in names), actors


# --- a body introduced by a noun in apposition after its name ---------------------------

PACT_STORY = (
    "The ruling Democratic Centre party needs partners after losing its majority.\n\n"
    "A pact with Rise Croatia, a liberal party founded last year, would give the two "
    "parties 76 seats.\n\n"
    "Prime Minister Ivo Maric said he would talk to every party."
)


def test_a_name_with_a_party_in_apposition_is_an_organization_that_acts():
    actors = _actors(PACT_STORY)
    assert actors.get("Rise Croatia", ("",))[0] == "organization", actors


# --- "reporting" in a body's description is no credit line ------------------------------

SCAM_STORY = (
    "Customers of the water company Aqualis have been sent fake refund emails after a "
    "data leak.\n\n"
    "Scam Watch, the national reporting centre for fraud, said it had received 250 "
    "reports since Monday.\n\n"
    "Aqualis said it was sorry."
)


def test_a_body_described_as_a_reporting_centre_that_says_it_is_an_organization():
    actors = _actors(SCAM_STORY)
    assert actors.get("Scam Watch", ("",))[0] == "organization", actors


def test_a_credit_line_still_credits():
    actors = _actors(
        "Fire crews were called to a warehouse fire in Dunmore at 3am.\n\n"
        "The fire service said nobody was hurt.\n\n"
        "Additional reporting by Nadia Okoro and Tom Rudd"
    )
    assert "Nadia Okoro" not in actors and "Tom Rudd" not in actors, actors


# --- an acronym the recognizer leaves unnamed, acting from a preposition ----------------

EMBARGO_STORY = (
    "Marshgate Rovers have been hit with a transfer embargo days after a winding-up "
    "petition from HMRC reached the club.\n\n"
    "The club's owner, Dave Pike, said the debt would be paid within a week."
)

GARAGE_STORY = (
    "Harlow Street Motors was fined £12,000 by the DVSA after selling clocked cars.\n\n"
    "Owner Pete Lamb said he had not known about the mileage."
)


def test_an_acronym_a_petition_comes_from_is_an_actor():
    actors = _actors(EMBARGO_STORY)
    assert actors.get("HMRC", ("",))[0] == "organization", actors


def test_an_acronym_that_is_the_agent_of_a_passive_is_an_actor():
    actors = _actors(GARAGE_STORY)
    assert actors.get("DVSA", ("",))[0] == "organization", actors


def test_an_acronym_in_a_place_phrase_stays_scenery():
    actors = _actors(
        "The engineers flew to the USA on Monday with a report on the collapse.\n\n"
        "Site manager Tom Ince said the report was ready."
    )
    assert "USA" not in actors, actors


# --- "X Records, the label announced," is an attribution, not a description --------------

REISSUE_STORY = (
    "Tanwick Records, the label announced on Friday, will reissue the band's first album "
    "in May.\n\n"
    "Singer Joe Brandt said the band were delighted."
)


def test_a_body_before_an_attribution_is_an_organization_without_that_role():
    actors = _actors(REISSUE_STORY)
    assert actors.get("Tanwick Records", ("", "")) == ("organization", None), actors


def test_a_person_before_an_attribution_keeps_her_kind():
    actors = _actors(
        "Ann Lee, the club said, would step down as chair in June.\n\n"
        "The club thanked her for ten years of service."
    )
    assert actors.get("Ann Lee", ("", "")) == ("person", None), actors


def test_letters_of_a_unit_or_a_time_zone_are_no_body():
    actors = _actors(
        "Up to 90mm of rain could fall between 06:00 GMT on Sunday and midnight.\n\n"
        "The county council said converting its street lights to LED had saved £2m.\n\n"
        "Forecaster Jo Marsh said the ground was already saturated."
    )
    assert "GMT" not in actors and "LED" not in actors, actors


# --- the name a body goes by ------------------------------------------------------------

RANSOM_STORY = (
    "A council in Cumbria has shut its website after a cyber attack.\n\n"
    "A ransomware group calling itself Nightowl claimed responsibility on Tuesday and "
    "threatened to publish residents' data.\n\n"
    "The council said it would not pay."
)

AMBUSH_STORY = (
    "Two soldiers were killed in an ambush near the border on Friday.\n\n"
    "A militia known as the Ndoro Defence Front said it had carried out the attack.\n\n"
    "The army said it would pursue the attackers."
)


def test_a_name_a_group_calls_itself_is_an_actor():
    actors = _actors(RANSOM_STORY)
    assert "Nightowl" in actors, actors


def test_a_name_a_militia_is_known_as_is_an_actor():
    actors = _actors(AMBUSH_STORY)
    assert any(name.endswith("Ndoro Defence Front") for name in actors), actors


# --- bodies named once as the subject, whose names a rule read as scenery -----------------

BATS_STORY = (
    "A planning inspector has approved a 400-home estate on the edge of Ashwell despite "
    "objections.\n\n"
    "Natural England had warned the site was home to rare bats. Ashwell Parish Council "
    "said residents were devastated."
)

RATES_STORY = (
    "The Bank of England held interest rates at 4.25% on Thursday.\n\n"
    "The British Chambers of Commerce said firms needed relief, while the CBI warned "
    "that investment was stalling."
)


def test_a_body_named_by_a_word_before_a_country_that_warns_is_an_actor():
    actors = _actors(BATS_STORY)
    assert actors.get("Natural England", ("",))[0] == "organization", actors


def test_a_body_named_with_a_nationality_and_of_that_speaks_is_an_actor():
    actors = _actors(RATES_STORY)
    assert actors.get("British Chambers of Commerce", ("",))[0] == "organization", actors


def test_a_region_before_its_country_stays_scenery():
    actors = _actors(
        "Southern England said goodbye to summer as temperatures fell.\n\n"
        "Forecaster Amy Lee said the cold would last a week."
    )
    assert "Southern England" not in actors and "England" not in actors, actors


# --- a one-word company after the noun that says what it is -----------------------------

PROFIT_WARNING_STORY = (
    "Shares in the online fashion retailer Velour fell 12% on Monday after it warned on "
    "profits.\n\n"
    "Analysts at Berenberg cut their target price."
)


def test_a_one_word_name_after_its_company_noun_is_an_organization():
    actors = _actors(PROFIT_WARNING_STORY)
    assert actors.get("Velour", ("",))[0] == "organization", actors


# --- a describing word that opens the sentence is no word of the name --------------------

EXPANSION_STORY = (
    "Kwikmart is to open 35 new stores this year, the discounter announced on Monday.\n\n"
    "Rival Penbury said it also planned to expand."
)


def test_rival_opening_a_sentence_is_no_word_of_the_body_named_next():
    actors = _actors(EXPANSION_STORY)
    assert "Rival Penbury" not in actors, actors
    assert actors.get("Penbury", ("",))[0] == "organization", actors


# --- a ministry named by what it looks after --------------------------------------------

STRIKE_STORY = (
    "Trade unions in France staged a national strike against pension reforms on "
    "Thursday.\n\n"
    "The CGT said more than a million people marched. The interior ministry said 450,000 "
    "had taken part."
)


def test_a_ministry_named_by_what_it_looks_after_that_speaks_is_an_actor():
    actors = _actors(STRIKE_STORY)
    assert any(name.casefold().endswith("interior ministry") for name in actors), actors


def test_a_ministry_that_points_back_is_no_new_actor():
    actors = _actors(
        "Ministers met the Iranian ambassador on Monday.\n\n"
        "The same ministry said it had raised the case of a detained aid worker."
    )
    assert not any("ministry" in name.casefold() for name in actors), actors
