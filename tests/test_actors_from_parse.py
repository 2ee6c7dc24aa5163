# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors settled by the parse (briefsmith.core.extraction.actor_parse), on synthetic
articles written for these tests (invented people, companies and clubs; real countries):
who acts is kept, scenery, bylines, credits and affiliations are not; one actor per
name; kinds from the recognizer; the most central actor first. Each class is tested on
several beats so that no rule rests on one article's words."""

from __future__ import annotations

import pytest
from briefsmith.core.grounding import enforce_grounding
from briefsmith.engines.extractive import build_brief
from briefsmith.engines.linguistic import analysis_of

# --- synthetic articles ---------------------------------------------------------------

# Business, wire style: countries only as markets and origins (scene), a dateline credit,
# a credit line, an analyst's university, an outlet that was told something.
BUSINESS = """OSLO, May 3 (Reuters) - Shares in Brightwell Foods fell 9% on Tuesday after the snack maker said sales of its crisps in Denmark and Portugal had slumped.

Chief executive Marta Lindqvist said the company would close two factories. "We grew too fast and now we must be honest about it," Lindqvist told the Evening Courier.

Dr Paul Fenner, an economist at the University of Kent, said the cuts were overdue.

Priya Nair contributed reporting."""

# Politics and diplomacy: two countries that act (subjects, coordinated), one recipient
# of a transfer, one nationality possessive, a minister of a country.
DIPLOMACY = """Norway and Chile on Monday signed a treaty on fishing rights in the South Pacific, ending years of dispute.

Under the deal, Norway will hand over survey data to Argentina, which has observer status.

Chile's foreign minister, Camila Rojas, said the treaty was fair. Norway's Ingrid Solberg, who led the talks, flew to Canada after the signing."""

# Local and courts, tabloid style: descriptions glued to names, titles and first names,
# a councillor named three ways, "X and the Y" not one actor.
LOCAL = """Gardener Tom Pike, 61, said his allotment had been flooded three times this year.

Cllr Ruth Evans said the Environment Agency and the Department for Transport had agreed to share the cost of new drains. Cllr Evans added that repairs would start in June.

Miss Patel, the clerk of the parish meeting, said residents had waited long enough. Anita Patel has lived in the village for 40 years."""

# Sport: clubs named like places, a club that acts, its manager, a league that only sets
# the scene.
SPORT = """Ashford United sacked manager Colin Drury on Sunday after a 4-0 defeat left the club bottom of League Two.

Drury had been in charge for 14 games. Ashford United said in a statement that a new manager would be named this week.

Fans of Ashford United gathered outside the ground after the match."""

# Science: an agency introduced with its acronym, a country-owned agency named in full and
# by its acronym, researchers from an institute (the institute acts through them).
SCIENCE = """The US Marine Survey Service (MSS) said on Thursday that a new species of deep-sea octopus had been found off the coast of Peru.

Researchers from the Pacific Institute for Ocean Studies filmed the animal at a depth of 3,200 metres. MSS scientists said more dives were planned.

The MSS said the find would be published next month."""


def actors_of(text: str):
    return build_brief(text).actors


def names_of(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def actor_named(text: str, name: str):
    found = [a for a in actors_of(text) if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {names_of(text)}"
    return found[0]


# --- who acts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, scenery",
    [
        (BUSINESS, {"Denmark", "Portugal"}),  # markets "in" them
        (DIPLOMACY, {"Canada"}),  # somewhere someone flew to
        (SCIENCE, {"Peru"}),  # off whose coast
    ],
)
def test_places_that_only_set_the_scene_are_no_actors(text: str, scenery: set[str]) -> None:
    names = names_of(text)
    assert names, "the article has actors"
    assert not scenery & names


def test_countries_that_act_are_actors_subjects_coordinated_and_recipients() -> None:
    names = names_of(DIPLOMACY)
    # "Norway and Chile signed": both subjects; "hand over data to Argentina": recipient.
    assert {"Norway", "Chile", "Argentina"} <= names
    kinds = {a.name: a.kind for a in actors_of(DIPLOMACY)}
    assert kinds["Norway"] == kinds["Chile"] == "country"


def test_people_are_kept_whoever_their_nationality_names() -> None:
    names = names_of(DIPLOMACY)
    assert {"Camila Rojas", "Ingrid Solberg"} <= names


@pytest.mark.parametrize(
    "text, not_actors",
    [
        (BUSINESS, {"Reuters"}),  # the dateline's agency
        (BUSINESS, {"Priya Nair"}),  # "contributed reporting"
        (BUSINESS, {"University of Kent"}),  # an economist's affiliation
        (BUSINESS, {"Evening Courier"}),  # the outlet that was told
        (SPORT, {"League Two"}),  # where the club stands
    ],
)
def test_credits_affiliations_and_outlets_are_no_actors(text: str, not_actors: set[str]) -> None:
    names = names_of(text)
    assert names
    assert not not_actors & names


def test_a_credit_line_at_the_foot_of_a_story_names_no_actor_on_other_beats() -> None:
    # Synthetic: a local story with the credit line of a news partnership.
    text = (
        "The Mayor of Wrenfield, Alan Marsh, said the library would reopen in September.\n\n"
        "The council said the roof repairs had cost £240,000.\n\n"
        "This article was produced by the Northern Towns News Partnership."
    )
    names = names_of(text)
    assert "Alan Marsh" in names
    assert not any("Partnership" in n for n in names)


def test_an_organization_acts_through_its_people() -> None:
    # "Researchers from the institute filmed": the institute is an actor.
    names = names_of(SCIENCE)
    assert "Pacific Institute for Ocean Studies" in names


# --- one actor per name ------------------------------------------------------------------


def test_a_description_glued_to_a_name_is_cut_at_the_name() -> None:
    names = names_of(LOCAL)
    assert "Tom Pike" in names
    assert not any(n.startswith("Gardener") for n in names)


@pytest.mark.parametrize(
    "full, short",
    [("Ruth Evans", "Cllr Evans"), ("Anita Patel", "Miss Patel")],
)
def test_a_titled_surname_is_the_person_named_in_full(full: str, short: str) -> None:
    actors = actors_of(LOCAL)
    surname = short.split()[-1]
    holding = [a for a in actors if any(surname in n for n in (a.name, *a.aliases))]
    assert [a.name for a in holding] == [full]
    assert short not in {a.name for a in actors}


def test_x_and_the_y_are_two_organizations() -> None:
    names = names_of(LOCAL)
    assert {"Environment Agency", "Department for Transport"} <= names
    assert not any(" and the " in n for n in names)


def test_and_inside_one_name_stays_one_name() -> None:
    # Synthetic: "and" without a second "the" belongs to the department's own name.
    text = (
        "The Department of Health and Social Care said on Friday that 40 new clinics "
        "would open next year. The department said the cost would be met from savings."
    )
    assert "Department of Health and Social Care" in names_of(text)


def test_an_acronym_joins_the_full_name_of_its_body() -> None:
    actors = actors_of(SCIENCE)
    survey = [a for a in actors if "MSS" in (a.name, *a.aliases)]
    assert len(survey) == 1
    assert survey[0].name.endswith("Marine Survey Service")
    assert survey[0].kind == "organization"


# --- kinds and centrality ----------------------------------------------------------------


def test_a_club_named_like_a_town_is_an_organization() -> None:
    club = actor_named(SPORT, "Ashford United")
    assert club.kind == "organization"
    assert actor_named(SPORT, "Colin Drury").kind == "person"


def test_the_most_central_actor_comes_first() -> None:
    # Synthetic: the company leads, acts and speaks; a minister is mentioned once.
    text = (
        "Corvane Motors said on Wednesday it would cut 1,500 jobs at its plant in Leeds.\n\n"
        'Corvane Motors blamed falling demand for diesel vans. "This is a painful day," '
        "Corvane Motors said in a statement.\n\n"
        "Business minister Helen Carr said she would meet unions next week.\n\n"
        "Corvane Motors employs 9,000 people in Britain."
    )
    actors = actors_of(text)
    assert actors[0].name == "Corvane Motors"
    assert "Helen Carr" in {a.name for a in actors}


# --- roles from the parse -----------------------------------------------------------------

# Synthetic: one article per way of writing a role, across beats.
ROLES = """Stockport butcher Dev Rana said trade had halved since the road closed.

Met Office forecaster Mia Porter said river levels would peak on Sunday.

Scrum-half Owen Price, 22, kicked the winning penalty in the last minute.

Priya Shah, MP for Eastleigh Central, said she would raise the closure in Parliament.

"We feed 300 families a week now," said Bryn Morgan, who runs a food bank in Rhyl.

Tom Hale, who has denied the charges, will be sentenced next month.

Sir Alan Webb said the board had acted properly."""


@pytest.mark.parametrize(
    "name, role",
    [
        ("Dev Rana", "Stockport butcher"),  # a description before the name
        ("Mia Porter", "Met Office forecaster"),  # an employer's name in it
        ("Owen Price", "Scrum-half"),  # a hyphenated position
        ("Priya Shah", "MP for Eastleigh Central"),  # apposition with a role acronym
        ("Bryn Morgan", "runs a food bank in Rhyl"),  # what the person does (present)
    ],
)
def test_a_role_is_read_from_how_the_article_introduces_a_person(name: str, role: str) -> None:
    assert actor_named(ROLES, name).role == role


def test_an_event_or_a_title_is_no_role() -> None:
    # "who has denied the charges" is something that happened, "Sir" a courtesy title;
    # one the court "will sentence" is described only as the defendant.
    assert actor_named(ROLES, "Alan Webb").role is None
    assert actor_named(ROLES, "Tom Hale").role == "defendant"


# --- bodies the recognizer does not name ----------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        # Synthetic: a state body named through its country, on three beats.
        (
            "Kenya's health ministry said 40,000 children had been vaccinated since June.",
            "Kenya's health ministry",
        ),
        (
            "Chile's government said in a statement that the mine would reopen next week.",
            "Chile's government",
        ),
        (
            "Norway's foreign ministry said the talks would resume in Oslo on Monday.",
            "Norway's foreign ministry",
        ),
        # A one-word body in apposition with what it is.
        (
            "Ofcast, the broadcasting regulator, said the channel had broken its rules twice.",
            "Ofcast",
        ),
    ],
)
def test_a_body_acting_as_subject_is_an_actor(text: str, body: str) -> None:
    found = actor_named(text, body)
    assert found.kind == "organization"


def test_an_acronym_opening_a_paragraph_is_no_dateline() -> None:
    # Synthetic: "NASA said" opens the paragraph; "DENVER," is a dateline.
    text = (
        "DENVER, March 4 - A small satellite built by students has reached orbit.\n\n"
        "NASA said the satellite was healthy and sending data."
    )
    names = names_of(text)
    assert "NASA" in names
    assert "DENVER" not in names


@pytest.mark.parametrize(
    "text, full",
    [
        # Synthetic: two-part surnames after a given name, which the recognizer may cut.
        (
            "Her Chilean counterpart, Esteban Ruiz Vidal, said the deal was fair. Ruiz Vidal added that talks would continue.",
            "Esteban Ruiz Vidal",
        ),
        (
            "Gardener Pauline Marsh Gray, 67, said the ban was unfair. Marsh Gray has grown roses for 30 years.",
            "Pauline Marsh Gray",
        ),
    ],
)
def test_a_given_name_is_never_cut_as_a_description(text: str, full: str) -> None:
    names = names_of(text)
    assert full in names


@pytest.mark.parametrize(
    "text, name, role",
    [
        # Synthetic: a description set before the name, in apposition, on three beats.
        (
            "Its chair, Sir Colin Webb, said the board would meet again in March.",
            "Colin Webb",
            "chair",
        ),
        (
            "The senior coroner for West Sussex, Amira Haddad, said the death was preventable.",
            "Amira Haddad",
            "The senior coroner for West Sussex",
        ),
        (
            "The club's head of recruitment, Owen Lyle, told reporters the deal was done.",
            "Owen Lyle",
            "The club's head of recruitment",
        ),
    ],
)
def test_a_description_set_before_the_name_is_its_role(text: str, name: str, role: str) -> None:
    assert actor_named(text, name).role == role


def test_a_place_after_a_role_is_no_person():
    # Synthetic: "West Sussex" follows a role noun, as names do, but it is a county.
    text = "The senior coroner for West Sussex, Amira Haddad, said the death was preventable."
    kinds = {a.name: a.kind for a in actors_of(text)}
    assert kinds.get("West Sussex") != "person"
    assert kinds["Amira Haddad"] == "person"


# --- families that share a surname; plural common nouns opening a sentence -----------

# Synthetic: an inquest (a father and his daughter), a sport story (brothers on one
# team) and a business story (a married couple who founded a firm).
SHARED_SURNAMES = [
    (
        """Walter Greaves, 79, died after falling at the care home where he had lived for three years, an inquest heard.

His daughter, Linda Greaves, told the hearing that staff had not checked on him overnight. "He deserved better," Ms Greaves said.

Mr Greaves had been a lorry driver for 40 years.""",
        "Walter Greaves",
        "Linda Greaves",
    ),
    (
        """Ollie Marsh scored twice as Thornbury beat Halewood 3-1, with his brother Kieran Marsh setting up both goals.

"We have played together since we were six," Kieran Marsh said after the match.""",
        "Ollie Marsh",
        "Kieran Marsh",
    ),
    (
        """Husband and wife Dev Kapoor and Meera Kapoor have sold the bakery chain they founded in 2004 to a private equity firm.

Meera Kapoor said the couple would stay on for a year.""",
        "Dev Kapoor",
        "Meera Kapoor",
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), SHARED_SURNAMES)
def test_a_surname_two_people_share_is_neither_ones_alias(
    text: str, first: str, second: str
) -> None:
    brief = enforce_grounding(build_brief(text), text, analysis_of(text))
    people = {a.name: a for a in brief.actors if a.kind == "person"}
    assert {first, second} <= set(people)
    surname = first.split()[-1]
    for name in (first, second):
        assert surname not in people[name].aliases
        # The span points at the person's own name, never at the other's.
        span = people[name].span
        assert span is not None
        assert text[span.start : span.end] == name


@pytest.mark.parametrize(
    "text",
    [
        'Pharmacists said a shortage of appointments had pushed people to chemists.\n\nAnn Rowe, who runs a chemist\'s in Leeds, said: "We are full every day."',
        'Teachers warned on Monday that the cuts would hit pupils hardest.\n\n"We cannot do more with less," said Omar Haddad, a head teacher in Luton.',
        'Firefighters rescued 46 people from flooded homes in the town.\n\n"The water came in fast," said Joan Price, whose house was flooded.',
    ],
)
def test_a_plural_common_noun_opening_a_sentence_is_no_actor(text: str) -> None:
    names = [a.name for a in actors_of(text)]
    first_word = text.split()[0]
    assert first_word not in names
    assert any(a.kind == "person" for a in actors_of(text))


# --- an organization's full and short names; constituencies; headline nouns ----------


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        # Synthetic tech trade copy: the recognizer may read the full name as a person's.
        (
            'Kestrel Cloud has blamed a faulty software update for the outage that took its London region offline.\n\nKestrel said customers would receive credits. "We let people down," said chief executive Mia Ortiz.',
            "Kestrel Cloud",
            "Kestrel",
        ),
        # Synthetic business copy: a retailer named in full once, then short.
        (
            "Brindle Living said on Monday it would close 40 stores after sales fell for a third year.\n\nBrindle said the closures would cost 900 jobs. Analyst Ben Cole said the move was overdue.",
            "Brindle Living",
            "Brindle",
        ),
    ],
)
def test_a_short_name_joins_the_full_name_it_opens(text: str, full: str, short: str) -> None:
    actors = {a.name: a for a in actors_of(text)}
    assert full in actors
    assert actors[full].kind == "organization"
    assert short not in actors


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        # Synthetic world news: initials that are not the English name's letters.
        (
            "The Panama Ports Agency, known by its Spanish initials APP, said ship traffic would be cut by a fifth.\n\nThe APP said the cuts would last until the rains return.",
            "Panama Ports Agency",
            "APP",
        ),
        # Synthetic local news: a trust introduced with the short name it goes by.
        (
            "The Marlow Valley Health Trust, known as MVHT, has closed two wards because of a norovirus outbreak.\n\nMVHT said visiting would be restricted.",
            "Marlow Valley Health Trust",
            "MVHT",
        ),
    ],
)
def test_a_short_name_the_article_introduces_is_the_same_body(
    text: str, full: str, short: str
) -> None:
    names = [a.name for a in actors_of(text)]
    assert full in names
    assert short not in names


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        # Synthetic politics (tabloid) and local government copy.
        (
            "Tory MP Gareth Lyle, MP for Northby East, claimed £9,000 for a flat he let to his son.\n\nLyle said he had followed the rules.",
            "Gareth Lyle",
            "Northby East",
        ),
        (
            "Councillor Priya Shah, councillor for Ashgrove Central, said the library would stay open.\n\nShah said the council had found the money.",
            "Priya Shah",
            "Ashgrove Central",
        ),
    ],
)
def test_what_an_office_holder_stands_for_is_no_person(text: str, person: str, place: str) -> None:
    actors = {a.name: a for a in actors_of(text)}
    assert person in actors
    assert actors.get(place) is None or actors[place].kind != "person"


def test_a_headline_common_noun_is_no_person() -> None:
    # Synthetic tabloid copy: the headline says "Landlord", the story "the landlord".
    text = (
        "Landlord says tenants 'never complained' about the damp\n\n"
        "A landlord who let a mouldy flat to a family of five has been fined £12,000.\n\n"
        'Karen Doyle, the tenant, said: "My children were ill all winter."'
    )
    names = [a.name for a in actors_of(text)]
    assert "Landlord" not in names
    assert "Karen Doyle" in names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Synthetic business copy: a company named like a person, then called "it".
        (
            "Carver Mills said on Tuesday it would cut 300 jobs at its Derby plant.\n\nUnion official Dan Reyes said the news was a blow.",
            "Carver Mills",
            "organization",
        ),
        (
            "Fenwick Grey reported its first annual loss since 1998 as orders from carmakers dried up.\n\nAnalyst Ruth Tan said the slump would last.",
            "Fenwick Grey",
            "organization",
        ),
        # A dummy "it" after a person's speech verb keeps the person a person.
        (
            "Amelia Stroud said it was a shame the library had closed.\n\nStroud, who ran the reading group for 20 years, said she would keep going.",
            "Amelia Stroud",
            "person",
        ),
    ],
)
def test_a_name_the_clause_calls_it_is_an_organization(text: str, name: str, kind: str) -> None:
    actors = {a.name: a for a in actors_of(text)}
    assert name in actors
    assert actors[name].kind == kind


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # Synthetic business wire copy: the company only as the owner of its shares.
        (
            "Shares of Talbot Biologics jumped 22% on Thursday after regulators approved its migraine drug.\n\nAnalyst Omar Said said the approval came earlier than expected.",
            "Talbot Biologics",
        ),
        (
            'Corvel Logistics shares sank 9% in early trading as fuel costs rose.\n\n"The quarter was tough," chief executive Hana Berg told analysts.',
            "Corvel Logistics",
        ),
    ],
)
def test_a_company_whose_shares_move_is_an_actor(text: str, company: str) -> None:
    actors = {a.name: a for a in actors_of(text)}
    assert company in actors
    assert actors[company].kind == "organization"


def test_an_experts_university_stays_an_affiliation() -> None:
    # Synthetic science copy: pupils at a school act with it; a researcher's university
    # only says where the researcher works.
    text = "Dr Nia Ford, a researcher at the University of Kelsham, said the data was clear.\n\nPupils at Ashcombe Academy were sent home after a ceiling collapsed."
    names = [a.name for a in actors_of(text)]
    assert "Nia Ford" in names
    assert "University of Kelsham" not in names


# --- bodies named by a common noun, "which", addresses, titles glued to names --------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # Synthetic local, media and consumer copy: a one-word body after its common noun.
        (
            "The union Voxa, which represents 300 bus drivers, said the strike would go ahead on Friday.\n\nDriver Tom Blake said pay had not kept up with rents.",
            "Voxa",
        ),
        (
            "Watchdog Ofcast said it had received 4,000 complaints about the programme.\n\nPresenter Amy Lowe apologised on air.",
            "Ofcast",
        ),
        (
            'The charity Hearthly said demand at its food banks had doubled since March.\n\n"We have never been busier," said volunteer Joan Firth.',
            "Hearthly",
        ),
    ],
)
def test_a_one_word_body_after_its_common_noun_is_an_actor(text: str, body: str) -> None:
    actors = {a.name: a for a in actors_of(text)}
    assert body in actors
    assert actors[body].kind == "organization"


@pytest.mark.parametrize(
    ("text", "body", "place_word"),
    [
        # Synthetic science and heritage copy: the recognizer may call these people.
        (
            "The dig was paid for by Heritage Trust Wales, which said finds would go on show in Cardiff.\n\nDr Owen Pryce said the site was older than expected.",
            "Heritage Trust Wales",
            "Wales",
        ),
        (
            "Coastwatch Trust Scotland, which runs the monitoring buoys, said the water was the warmest on record.\n\nOceanographer Liv Dahl said the trend was clear.",
            "Coastwatch Trust Scotland",
            "Scotland",
        ),
    ],
)
def test_a_name_taken_up_by_which_is_no_person(text: str, body: str, place_word: str) -> None:
    actors = {a.name: a for a in actors_of(text)}
    assert body in actors
    assert actors[body].kind != "person"
    assert place_word not in actors[body].aliases


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # Synthetic court reports: an address after the defendant's age.
        (
            "Kevin Rudd, 38, of Mill Lane, Stockport, admitted assault at Minshull Street Crown Court.\n\nThe court heard he punched a taxi driver.",
            "Mill Lane",
        ),
        (
            "Shona Baird, 27, of Orchard Close, Dundee, was fined £400 for careless driving.\n\nSheriff Ian Moir said she had been lucky.",
            "Orchard Close",
        ),
    ],
)
def test_an_address_is_no_actor(text: str, street: str) -> None:
    names = [a.name for a in actors_of(text)]
    assert street not in names
    assert any(n in names for n in ("Kevin Rudd", "Shona Baird"))


@pytest.mark.parametrize(
    ("text", "person", "description"),
    [
        # Synthetic US politics and UK business copy: a title run into the name.
        (
            "House Minority Whip Dana Cole said the bill would fail.\n\nThe House will vote on Thursday.",
            "Dana Cole",
            "House Minority Whip",
        ),
        (
            "Board Chairman Victor Osei said the merger was off.\n\nShares in the firm fell 6%.",
            "Victor Osei",
            "Board Chairman",
        ),
    ],
)
def test_a_title_run_into_a_name_is_the_persons_role(
    text: str, person: str, description: str
) -> None:
    actors = {a.name: a for a in actors_of(text)}
    assert person in actors
    assert actors[person].kind == "person"
    assert actors[person].role is not None
    assert description.split()[-1].casefold() in actors[person].role.casefold()
    assert not any(person in n and n != person for n in actors)


# --- parties, nations, names that end in a place, saints, sources -------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # Synthetic UK and US politics copy: a party named by its one word, as a subject.
        (
            "Labour has held the Ashvale seat with a majority of 2,100, the party's best result there since 1997.\n\nThe winning candidate, Rosa Lind, said voters wanted change.",
            "Labour",
        ),
        (
            "Democrats won control of the state senate for the first time in 30 years.\n\nGovernor Ben Ortiz said he would work with them.",
            "Democrats",
        ),
    ],
)
def test_a_party_that_acts_under_its_one_word_name_is_an_actor(text: str, party: str) -> None:
    assert party in [a.name for a in actors_of(text)]


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        # Synthetic copy: a nation or country as the end of another body's name.
        (
            "Reform UK came second with 6,200 votes, ahead of the Liberal Democrats.\n\nParty leader Dan Mayhew said the result was historic.",
            "UK",
            None,
        ),
        (
            "More than 40 flood warnings were in place, according to Natural Resources Wales.\n\nForecaster Beth Ellis said more rain was due.",
            "Wales",
            "Natural Resources Wales",
        ),
    ],
)
def test_a_place_that_ends_another_name_is_not_the_actor(
    text: str, place: str, body: str | None
) -> None:
    names = [a.name for a in actors_of(text)]
    assert place not in names
    if body is not None:
        assert body in names


def test_a_country_as_an_attribute_of_an_office_is_scenery() -> None:
    # Synthetic US courts copy.
    text = 'A jury convicted Mark Ellery, 51, of fraud on Friday.\n\n"He stole from his own patients," Assistant U.S. Attorney Lena Ruiz told jurors.'
    names = [a.name for a in actors_of(text)]
    assert "U.S." not in names
    assert "Lena Ruiz" in names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # Synthetic US and UK local copy: a saint's abbreviation opens the name.
        (
            "St. Agnes Hospital said the ward had been short-staffed for months.\n\nThe hospital said it was recruiting nurses.",
            "St. Agnes Hospital",
        ),
        (
            "The former treasurer of St Barnabas Church, Alan Pope, was jailed for two years.\n\nJudge Ruth Kaye said he had betrayed the parish.",
            "St Barnabas Church",
        ),
    ],
)
def test_a_saints_abbreviation_stays_in_the_name(text: str, body: str) -> None:
    names = [a.name for a in actors_of(text)]
    assert body in names or any(body in (a.role or "") for a in actors_of(text))
    assert body.split(" ", 1)[1] not in names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # Synthetic local and health copy: regional bodies open with a compass word.
        (
            "West Mercia Police said a 42-year-old man had been arrested after the crash.\n\nThe victim's brother, Ian Rowe, said the family was devastated.",
            "West Mercia Police",
        ),
        (
            "North Yorkshire Council said gritters would be out all night.\n\nDriver Sam Holt said the roads were like glass.",
            "North Yorkshire Council",
        ),
    ],
)
def test_a_regional_body_opening_with_a_compass_word_is_an_actor(text: str, body: str) -> None:
    assert body in [a.name for a in actors_of(text)]


@pytest.mark.parametrize(
    ("text", "acronym", "not_actor"),
    [
        # Synthetic wire and animal-welfare copy: an acronym as subject; a dateline is not.
        (
            "DENVER, March 3 (AP) - The NTSB said it would send investigators to the crash site.\n\nPilot Rae Dunn survived.",
            "NTSB",
            "DENVER",
        ),
        (
            "CARDIFF - The RSPCA said it had rescued 40 dogs from a farm.\n\nInspector Gwen Price said some were close to death.",
            "RSPCA",
            "CARDIFF",
        ),
    ],
)
def test_an_acronym_subject_is_a_body_and_a_dateline_is_not(
    text: str, acronym: str, not_actor: str
) -> None:
    names = [a.name for a in actors_of(text)]
    assert acronym in names or any(acronym in a.aliases for a in actors_of(text))
    assert not_actor not in names


@pytest.mark.parametrize(
    ("text", "affiliation", "person"),
    [
        # Synthetic business copy: a commentator's employer is no actor of the story.
        (
            "Carver Foods cut its profit forecast on Monday.\n\nPeel Hunt analyst Jo Kemp said the warning was overdue.",
            "Peel Hunt",
            "Jo Kemp",
        ),
        (
            "Mortgage rates rose again this week.\n\nAn economist from Lindell Bank, Ravi Shah, said rates would peak in the spring.",
            "Lindell Bank",
            "Ravi Shah",
        ),
    ],
)
def test_a_commentators_employer_is_an_affiliation(
    text: str, affiliation: str, person: str
) -> None:
    names = [a.name for a in actors_of(text)]
    assert person in names
    assert affiliation not in names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # Synthetic travel and tech copy: a body the recognizer names twice (invented
        # names it does label ORG), acted on rather than acting.
        (
            'Thousands of travellers were stranded after a strike forced Quorix to cancel 300 flights.\n\nQuorix passengers queued for hours. "It is chaos," said traveller Nina Ruiz.',
            "Quorix",
        ),
        (
            "Regulators have fined Zenify £4m over a data breach.\n\nZenify customers will receive refunds, said consumer champion Ed Lowe.",
            "Zenify",
        ),
    ],
)
def test_a_body_named_twice_that_is_acted_on_is_an_actor(text: str, body: str) -> None:
    assert body in [a.name for a in actors_of(text)]


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # Synthetic US local and state politics copy: elected titles before the name.
        (
            '"We will not cut the bus routes," said Councilwoman Dana Reyes, who chairs the transit committee.\n\nThe council votes next week.',
            "Dana Reyes",
            "Councilwoman",
        ),
        (
            "Assemblyman Tom Ochoa said the bill would protect renters.\n\nLandlords' groups oppose it.",
            "Tom Ochoa",
            "Assemblyman",
        ),
    ],
)
def test_a_us_elected_title_is_no_part_of_the_name(text: str, person: str, title: str) -> None:
    actors = {a.name: a for a in actors_of(text)}
    assert person in actors
    assert actors[person].kind == "person"
    assert f"{title} {person}" not in actors


def test_a_dateline_is_no_part_of_a_role() -> None:
    # Synthetic US wire copy: the dateline runs straight into the title.
    text = "PHOENIX — Mayor Rosa Alba on Monday defended a budget that cuts library hours.\n\nAlba said the city had no choice."
    actors = {a.name: a for a in actors_of(text)}
    assert "Rosa Alba" in actors
    assert "PHOENIX" not in (actors["Rosa Alba"].role or "")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # Synthetic weather, shipping and retail copy: storms and occasions do not act.
        (
            "Hurricane Delia made landfall near Tampico on Tuesday, the National Hurricane Center said.\n\nResident Luis Ortega said the roof of his shop was torn off.",
            "Hurricane Delia",
        ),
        (
            "Freight rates rose 20% ahead of the Lunar New Year shutdown, Drewry said.\n\nAnalyst Kim Cho said rates would fall in March.",
            "Lunar New Year",
        ),
        (
            "Shoppers spent £1.2bn on Boxing Day, according to the British Retail Consortium.\n\nShop owner Ann Day said trade was brisk.",
            "Boxing Day",
        ),
    ],
)
def test_storms_and_occasions_are_no_actors(text: str, event: str) -> None:
    names = [a.name for a in actors_of(text)]
    assert event not in names
    assert len(names) >= 1


def test_a_surname_inside_another_name_neither_renames_nor_places_the_person() -> None:
    # Synthetic retail copy: the shop owner's surname is also the end of a holiday.
    text = "Shoppers spent £1.2bn on Boxing Day, according to retail analysts.\n\nShop owner Ann Day said trade was brisk. Day said she had hired two extra staff."
    brief = enforce_grounding(build_brief(text), text, analysis_of(text))
    people = {a.name: a for a in brief.actors if a.kind == "person"}
    assert "Ann Day" in people
    assert "Boxing Day" not in people
    span = people["Ann Day"].span
    assert span is not None
    assert text[span.start : span.end] == "Ann Day"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Synthetic conflict and regional-politics copy: a region named before an office.
        (
            "Oleh Marchuk, the Moscow-appointed Kherson region governor, said shelling had cut power.\n\nResidents queued for water.",
            "Kherson",
        ),
        (
            "Amina Bello, the newly elected Kaduna state governor, said schools would reopen.\n\nParents welcomed the news.",
            "Kaduna",
        ),
    ],
)
def test_a_region_before_an_office_is_no_person(text: str, place: str) -> None:
    actors = {a.name: a for a in actors_of(text)}
    assert place not in actors or actors[place].kind != "person"
    assert any(a.kind == "person" for a in actors.values())


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # Synthetic sport and retail copy: a nationality opens a body's own name.
        (
            "The Irish FA said it would investigate the chants.\n\nManager Sean Kerr said he had not heard them.",
            "Irish FA",
        ),
        (
            "Sales fell 2% in March, the British Retail Consortium said.\n\nShop owner Mia Stone said footfall was down.",
            "British Retail Consortium",
        ),
    ],
)
def test_a_nationality_opening_a_bodys_name_stays_in_it(text: str, body: str) -> None:
    names = [a.name for a in actors_of(text)]
    assert body in names
    assert body.split()[-1] not in names


def test_a_countrys_armed_forces_are_the_country_but_its_government_is_its_own_actor() -> None:
    # Synthetic conflict and politics copy.
    war = (
        "Ethiopia's military said on Monday it had retaken the town of Dessie.\n\n"
        "Ethiopia has been fighting rebels in the north since 2020. The Ethiopian Army said "
        "its troops had met little resistance. Ethiopia accused the rebels of looting."
    )
    names = [a.name for a in actors_of(war)]
    assert "Ethiopia" in names
    assert "Ethiopia's military" not in names and "Ethiopian Army" not in names
    policy = (
        "Peru's government said on Tuesday it would cap fuel prices for six months.\n\n"
        "Peru imports most of its diesel. Peru has seen protests over prices since March."
    )
    assert "Peru's government" in [a.name for a in actors_of(policy)]
