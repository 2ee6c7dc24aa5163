# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Families of actors the extractive engine settles from the parse, on synthetic
articles written for these tests (invented people, companies, clubs, shows, ships and
pets; real countries and places only as scenery). Each family is tested on more than
one beat and outlet style:

- things named like people or bodies (albums, films, musicals, ships, pets) and
  characters someone plays or a plot's people are no actors;
- a body's whole name with a lower-case word and its bracketed acronym; saints' and
  possessive business names whole; a country opening a body's name;
- one-word companies the sentence shows (taken up as "it", issuing shares, with a boss,
  bought); clubs as sides of a score or with a manager or a striker;
- bodies acting through their staff or governing body, and as a passive's doer;
- a surname the recognizer calls a body is the person's.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

# --- synthetic articles ---------------------------------------------------------------

# Culture, tabloid: an album and a film named like people, a singer named by surname
# alone after her full name.
ALBUM = """Singer Rowan Tellby has pulled out of the Glastonbury line-up after her album Paper Harbours topped the charts for a third week.

Tellby, 27, said she needed rest. Her label, Brightwater Records, said the tour would resume in June. The film Midnight Orchard, which features her songs, opens in cinemas on Friday.

Critics praised Paper Harbours for its honesty."""

# Local news: a yacht, a pony and a musical, beside the man they belong to.
YACHT = """The skipper of the yacht Sea Whisper was rescued off Falmouth on Friday after the boat capsized in a squall.

Mark Tresidder, 63, was winched to safety by a coastguard helicopter. Falmouth Lifeboat said the crew had reached him within 20 minutes. His pony Duchess, which he had left with a neighbour, was safe, his daughter said.

The musical Silver Lining, which Tresidder wrote, opens at the Hall for Cornwall next month."""

# Books, broadsheet: a novel's characters, in its plot and as the author's model.
NOVEL = """Author Gemma Harlowe has won the Calder Prize for her novel about a detective who cannot sleep.

In the book, Inspector Tom Rudd hunts a killer across Glasgow while his daughter Ellie Rudd runs the family pub. Harlowe, 52, said Rudd was based on her late father.

The judges said the novel was "fearless"."""

# Television, tabloid: the part an actress plays, and a soap named like a street that
# she "quits".
SOAP = """Soap star Bethany Quarles QUITS Cobble Lane after 11 years

Bethany Quarles, 34, who plays florist Daisy Merrow, told producers she wanted to spend more time with her family.

Quarles said: "Leaving is the hardest thing I have ever done." A spokesman for Tallis Productions, which makes the show, said the door was always open."""

# Health, trade: an agency whose name holds a lower-case word, introduced with its
# acronym; another that the acronym skips; a body named whole beside them.
AGENCY = """The Agency for Medicines and Healthcare products (AMHP) has approved a new jab against shingles for adults over 50.

The AMHP said the vaccine was safe and effective. Dr Leena Varma, its chief scientific officer, said the decision followed trials in 9,000 patients."""

REGULATOR = """The Medicines and Healthcare products Regulatory Agency (MHRA) has suspended the licence of a weight-loss pill sold by Parvell Pharma.

The MHRA said three patients had been taken to hospital. Parvell Pharma said it would appeal."""

# Local: a hospice and a bar named with a possessive; a fire service whose name opens
# with a country's.
POSSESSIVE = """St Anne's Hospice has been forced to close its day centre after a £400,000 cut to its funding.

The charity said 30 staff would lose their jobs. Its chief executive, Moira Blake, said St Anne's Hospice had been left with no choice.

Meanwhile, police were called to Kelly's Bar in Bridge Street after a fight. Kelly's Bar said it would review its door policy."""

FIRE = """BELFAST (AP) - A fire at a recycling plant in Lisburn forced hundreds of people from their homes on Wednesday.

Northern Ireland Fire and Rescue Service said 60 firefighters were at the scene. The plant's owner, Greenloop Ltd, said the cause was unknown."""

# Business, two styles: one-word companies the recognizer does not know, shown to be
# companies by "it", shares, a boss or a takeover.
CHIPS = """Zentrix said on Tuesday it would cut 1,200 jobs after profits fell by half.

Shares in Quorvo jumped 14% after the chipmaker agreed to buy Lumeno for $3.2bn. Analysts said the deal made sense.

Zentrix boss Carla Menzies said the cuts were painful but necessary."""

RETAIL = """LONDON, March 4 (Reuters) - Brindlecombe said on Wednesday it would close 60 stores and cut 900 jobs, sending its shares down 11%.

A Veltrano spokeswoman said the rival retailer had no plans to bid. Analysts at Castlegate Securities said the takeover of Corsan last year had stretched Brindlecombe's finances.

Chief executive Amir Haddad said: "We have to be smaller to survive.\""""

# Sport, three styles: clubs as the sides of a score, with managers and strikers; a
# tennis match whose sides are people.
FOOTBALL = """Dunhallow Rangers came from behind to beat Kestrel City 2-1 in the FA Cup fourth round on Sunday.

Kestrel City took the lead through Sami Adeyemi but Rangers hit back with goals from Ollie Trask and Ben Culshaw. Rangers boss Ian Moult said it was a special day."""

DRAW = """Ashdown Town 2-2 Morley Athletic: late penalty rescues point for hosts

Ashdown Town came from two goals down to draw 2-2 with Morley Athletic at Priory Park on Tuesday night.

Morley Athletic boss Kev Lumley said his side should have won. Ashdown Town striker Jake Poole scored both goals."""

TRANSFER = """Vance in talks to join Orbridge

Hartmoor midfielder Ellis Vance is in talks over a move to Orbridge City, the club confirmed on Friday.

Vance, 26, has scored nine goals this season. Orbridge City manager Tom Greaves said: "He would be a fine signing.\""""

TENNIS = """Serena Hale beat Mia Ross 6-4 6-3 in the first round at Eastbourne on Monday.

Hale, 24, said she had played her best tennis of the year. Ross said her shoulder was sore."""

# Health and education, broadcaster and local: bodies that act through their staff or
# their governing body, and as the doer of a passive.
STAFF = """An NHS Wessex spokesman said each case of corrective treatment could cost the health service up to £15,000.

Staff at Tollgate Academy in Swindon lined pupils up in the playground on Tuesday, parents said. The plant, operated by Marsh Agri-Feeds, discharges treated water into the brook.

Wiltshire Council's cabinet voted 6-2 on Wednesday to back the plan."""


def actors_of(text: str):
    return build_brief(text).actors


def names_of(text: str) -> set[str]:
    return {a.name for a in actors_of(text)}


def actor_named(text: str, name: str):
    found = [a for a in actors_of(text) if a.name == name]
    assert found, f"{name!r} not among {names_of(text)}"
    return found[0]


# --- things and characters ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, people, things",
    [
        (ALBUM, {"Rowan Tellby"}, {"Paper Harbours", "Midnight Orchard"}),
        (YACHT, {"Mark Tresidder"}, {"Sea Whisper", "Duchess", "Silver Lining"}),
    ],
)
def test_works_vessels_and_pets_named_like_people_are_no_actors(
    text: str, people: set[str], things: set[str]
) -> None:
    names = names_of(text)
    assert people <= names
    assert not things & names


def test_a_surname_the_recognizer_calls_a_body_stays_the_persons() -> None:
    # "Tellby, 27, said": the singer, not a second actor named "Tellby".
    names = names_of(ALBUM)
    assert "Tellby" not in names
    assert actor_named(ALBUM, "Brightwater Records").kind == "organization"


def test_characters_of_a_plot_are_no_actors_but_the_author_is() -> None:
    names = names_of(NOVEL)
    assert "Gemma Harlowe" in names
    assert not {"Tom Rudd", "Ellie Rudd"} & names


def test_the_part_an_actress_plays_and_the_show_she_quits_are_no_actors() -> None:
    names = names_of(SOAP)
    assert "Bethany Quarles" in names
    assert not {"Daisy Merrow", "Cobble Lane"} & names


# --- whole names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, whole, acronym",
    [
        (AGENCY, "Agency for Medicines and Healthcare products", "AMHP"),
        (REGULATOR, "Medicines and Healthcare products Regulatory Agency", "MHRA"),
    ],
)
def test_a_name_with_a_lower_case_word_is_whole_and_its_acronym_an_alias(
    text: str, whole: str, acronym: str
) -> None:
    body = actor_named(text, whole)
    assert body.kind == "organization"
    assert acronym in body.aliases
    assert body.role is None  # no piece of its own name taken for a description
    assert acronym not in names_of(text)


def test_saints_and_possessive_business_names_are_whole() -> None:
    names = names_of(POSSESSIVE)
    assert {"St Anne's Hospice", "Kelly's Bar", "Moira Blake"} <= names
    assert actor_named(POSSESSIVE, "St Anne's Hospice").kind == "organization"
    assert "St Anne" not in names
    assert "Bar" not in actor_named(POSSESSIVE, "Kelly's Bar").aliases


def test_a_country_opening_a_bodys_name_stays_in_it() -> None:
    service = actor_named(FIRE, "Northern Ireland Fire and Rescue Service")
    assert service.role is None
    assert service.aliases == []


# --- one-word companies ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, companies",
    [
        (CHIPS, {"Zentrix", "Quorvo", "Lumeno"}),
        (RETAIL, {"Brindlecombe", "Veltrano", "Corsan"}),
    ],
)
def test_one_word_companies_the_sentence_shows_are_organizations(
    text: str, companies: set[str]
) -> None:
    kinds = {a.name: a.kind for a in actors_of(text)}
    for company in companies:
        assert kinds.get(company) == "organization", (company, kinds)


def test_a_common_noun_before_a_spokesman_is_no_company() -> None:
    text = """Great Plains Rail said in a statement that it had never received a complaint. Company spokesman Dale Fenner said the railroad had acted quickly."""
    names = names_of(text)
    assert "Great Plains Rail" in names
    assert "Company" not in names


# --- clubs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, clubs",
    [
        (FOOTBALL, {"Dunhallow Rangers", "Kestrel City"}),
        (DRAW, {"Ashdown Town", "Morley Athletic"}),
        (TRANSFER, {"Orbridge City"}),
    ],
)
def test_clubs_in_a_result_or_with_a_manager_are_organizations(text: str, clubs: set[str]) -> None:
    kinds = {a.name: a.kind for a in actors_of(text)}
    for club in clubs:
        assert kinds.get(club) == "organization", (club, kinds)


def test_a_clubs_short_form_is_its_alias_and_its_manager_a_person() -> None:
    assert "Rangers" in actor_named(FOOTBALL, "Dunhallow Rangers").aliases
    assert actor_named(DRAW, "Kev Lumley").kind == "person"
    assert actor_named(TRANSFER, "Tom Greaves").kind == "person"


def test_players_beaten_by_a_score_stay_people() -> None:
    kinds = {a.name: a.kind for a in actors_of(TENNIS)}
    assert kinds.get("Serena Hale") == "person"
    assert kinds.get("Mia Ross") == "person"


# --- bodies acting through their staff ------------------------------------------------


def test_bodies_acting_through_staff_governing_body_or_a_passive_are_actors() -> None:
    kinds = {a.name: a.kind for a in actors_of(STAFF)}
    for body in ("NHS Wessex", "Tollgate Academy", "Marsh Agri-Feeds", "Wiltshire Council"):
        assert kinds.get(body) == "organization", (body, kinds)
    assert "Swindon" not in kinds


# --- people done to, competitions, dates after a name ---------------------------------

# Courts and crime, two outlets: people only ever the object of a jailing or a charge.
COURT = """A drug dealer who ran a county lines network from a flat in Gorton has been jailed for nine years.

Manchester Crown Court jailed Darren Pyke after he admitted conspiracy to supply heroin. Officers from Greater Manchester Police arrested Pyke and his partner Leanne Cobb in a dawn raid last March.

Judge Martin Hale told him: "You preyed on the vulnerable." Cobb was given a suspended sentence."""

ROBBERY = """Police have arrested a 19-year-old man after a pensioner was robbed at a cash machine in Barnsley.

South Yorkshire Police charged Callum Reedy with robbery on Sunday. Detectives also released Shane Oddie, 22, without charge.

The victim, Brenda Walsh, 81, said she was too scared to go out."""

# Sport: a league that only sets the scene, a club named before a day.
LEAGUE = """Premier League leaders Holbrook United were held 1-1 by Fenwick Albion on Saturday.

United manager Carlos Ibarra said the Premier League title race was far from over. Albion fans sang throughout. The Football Association said it would review a late tackle."""

# Health regulation: a body speaking through its panel, its acronym never used alone.
PANEL = """A nurse who worked 30 years at Westbridge Hospital has been struck off for stealing painkillers.

Karen Lomax admitted taking morphine from a locked cabinet. The Nursing and Midwifery Council (NMC) panel said her conduct was "deplorable". Lomax, 54, did not attend the hearing."""


@pytest.mark.parametrize(
    "text, person",
    [(COURT, "Darren Pyke"), (ROBBERY, "Callum Reedy")],
)
def test_people_only_jailed_or_charged_are_actors(text: str, person: str) -> None:
    assert actor_named(text, person).kind == "person"


def test_a_competition_only_named_is_no_actor_and_a_day_is_no_part_of_a_name() -> None:
    names = names_of(LEAGUE)
    assert {"Holbrook United", "Fenwick Albion", "Football Association"} <= names
    assert "Premier League" not in names
    assert not any("Saturday" in name for name in names)
    assert "Albion" in actor_named(LEAGUE, "Fenwick Albion").aliases


def test_a_body_speaking_through_its_panel_keeps_its_bracketed_acronym() -> None:
    council = actor_named(PANEL, "Nursing and Midwifery Council")
    assert council.kind == "organization"
    assert "NMC" in council.aliases
    assert "Westbridge Hospital" not in names_of(PANEL)


# --- given names and horses -----------------------------------------------------------

# Obituary, local: a man named in full once and by his given name after.
OBITUARY = """Dennis Carrow, known to generations of shoppers as "the Pie Man", died at home on Sunday, aged 79.

Dennis opened his shop on Fore Street in 1968, and Dennis personally baked the town's Christmas pudding for the carnival every year.

Lanwick Town Council said: "Dennis was part of the fabric of this town." His daughter Tessa Carrow said the shop would stay open. Dennis is survived by his wife and three grandchildren."""

# Racing, broadcaster: the horse a jockey rode, named like a person.
RACING = """Jockey Sean Maddox rode Silver Caspian to victory in the Grand National at Aintree on Saturday, giving trainer Laura Penhale her first win in the race.

Silver Caspian, a 33-1 outsider, beat the favourite by two lengths. Maddox said: "He jumped like a stag." Penhale said the horse would now have a long rest."""


def test_a_given_name_alone_is_the_person_not_a_place() -> None:
    names = names_of(OBITUARY)
    assert "Dennis Carrow" in names
    assert "Dennis" not in names


def test_a_horse_someone_rode_is_no_actor() -> None:
    names = names_of(RACING)
    assert {"Sean Maddox", "Laura Penhale"} <= names
    assert "Silver Caspian" not in names


# Rugby, local paper: a club's name opening the story in capitals, then its town alone.
RUGBY = """HARTCOMBE RFC clinched the Counties 1 title on Saturday, beating Lostwell 31-17 at Mill Meadow in front of 900 supporters.

Hartcombe scored four tries, two from winger Josh Pender. Head coach Ian Treloar said: "This is for the whole village."

Lostwell director of rugby Phil Couch said his side had been second best. A week ago Hartcombe lost to Lostwell in the cup, and Hartcombe fans had feared a repeat."""


def test_a_clubs_town_alone_is_the_club_named_in_capitals() -> None:
    club = actor_named(RUGBY, "HARTCOMBE RFC")
    assert club.kind == "organization"
    assert "Hartcombe" in club.aliases
    assert "Hartcombe" not in names_of(RUGBY)


def test_dates_and_school_years_before_a_range_are_no_clubs() -> None:
    text = """The festival will run on June 3-5 at Hollins Park, organisers said. Pupils in Years 7-11 will get free tickets.

Promoter Greenway Live said it expected 20,000 visitors. Councillor Ruth Abara said the council had approved the plan 5-2."""
    names = names_of(text)
    assert {"Greenway Live", "Ruth Abara"} <= names
    assert not {"June", "Years", "Hollins Park"} & names
