# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of actors on synthetic articles written for these tests (invented people, firms,
clubs and places; several beats and outlet styles): a role given in a later sentence by
the surname alone ("Ashworth, who chairs ..."), even when a relative sharing the surname
is named after it; what a person has done for years ("has run the pub for 22 years");
what the sentence after the only person named says of "he" or "she"; and people given
no role keep none."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees


def role_of(text: str, name: str) -> str | None:
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0].role


# --- a role given later, by the surname alone --------------------------------------------

# Local, housing: the first mention says where she lives, the later one what she does.
ESTATE = """Tenants vow to fight tower demolition

Mavis Ashworth has lived on the Larkhill estate since 1972.

Ashworth, who chairs the Larkhill Tenants' Association, said the plans were cruel. "We will fight this all the way," she said."""

# Broadcaster, weather: an apposition on the surname two paragraphs on.
FLOOD = """River bursts its banks in Tadcaster

Derek Rolt watched the water rise from his kitchen window on Sunday night.

Rolt, a retired postman, said the river had never come so high in his 40 years in the town."""

# Wire, politics: a copular sentence on the surname.
PROTEST = """Teachers march on parliament

Tom Garrity joined the march on Saturday with two colleagues.

Garrity is a teacher at Hollins Primary School in Derby and has taught there since 2009."""

# Local, housing: the surname a mother shares, the mother named only after the role.
SHARED = """Estate residents lose demolition vote

Sandra Pelham has lived in Keld House since 1987.

Pelham, who chairs the Keld Residents' Association, said 900 people had signed a petition.

Her mother, Vera Pelham, has lived on the estate since it was built."""


@pytest.mark.parametrize(
    "text, name, wanted",
    [
        (ESTATE, "Mavis Ashworth", "chairs the Larkhill Tenants' Association"),
        (FLOOD, "Derek Rolt", "retired postman"),
        (PROTEST, "Tom Garrity", "teacher at Hollins Primary School"),
        (SHARED, "Sandra Pelham", "chairs the Keld Residents' Association"),
    ],
    ids=["who-clause", "apposition", "copular", "shared-surname"],
)
def test_a_role_given_later_by_the_surname_alone_is_the_persons(
    text: str, name: str, wanted: str
) -> None:
    assert role_agrees(role_of(text, name), wanted)


def test_the_relative_named_after_the_surname_keeps_her_own_role() -> None:
    role = role_of(SHARED, "Vera Pelham")
    assert role is not None and "mother" in role.casefold()
    assert "chairs" not in role


# --- what a person has done for years ------------------------------------------------------

# Health, broadsheet: a relative clause in the present perfect with its span.
WARD = """Nurses warn of exodus from A&E

Gail Ormond, who has worked at Airedale General Hospital for 19 years, said morale had never been lower."""

# Business, local: a landlord, over decades.
PUB = """Village pub to close after rent rise

Des Carney, who has run the Plough Inn for two decades, said the rent rise was the last straw."""

# Education, tabloid: the perfect in a main clause.
SCHOOL = """Teachers revolt over head's new rules

Irene Cole has taught at Brayfield Academy for 30 years. She said the head had lost the staff's trust."""

# Courts, wire: a perfect that tells an event is no role.
DENIAL = """Builder faces fraud trial

Gary Nunn, who has denied the charges, will face trial at Exeter Crown Court in March."""

# Crime, local: the noun written before the name is the role; how long is background.
SHOP = """Corner shop raided for third time

Owner Rakesh Mistry, 52, who has run the shop for 22 years, said: "I don't feel safe opening up any more." """


@pytest.mark.parametrize(
    "text, name, wanted",
    [
        (WARD, "Gail Ormond", "has worked at Airedale General Hospital"),
        (PUB, "Des Carney", "has run the Plough Inn"),
        (SCHOOL, "Irene Cole", "has taught at Brayfield Academy"),
    ],
    ids=["who-has-worked-for", "who-has-run-for", "main-clause-perfect"],
)
def test_what_a_person_has_done_for_years_is_their_role(text: str, name: str, wanted: str) -> None:
    assert role_agrees(role_of(text, name), wanted)


def test_a_perfect_that_tells_an_event_is_no_role() -> None:
    assert role_of(DENIAL, "Gary Nunn") is None


def test_a_role_noun_before_the_name_is_not_diluted_by_how_long() -> None:
    assert role_of(SHOP, "Rakesh Mistry") == "Owner"


# --- "he" or "she" in the next sentence ----------------------------------------------------

# Transport, broadcaster: a crash victim, then what he does.
CRASH = """Paramedic hurt in motorway crash

Danny Okoro, 34, was driving home on the M62 when a lorry hit his car. He works as a paramedic in Leeds."""

# Weather, local: a trader, then what he runs.
BAKERY = """Shops flooded as river rises

Martin Gale watched the water pour under his door on Monday night. He runs the bakery on Mill Street and lost £5,000 of stock."""

# Business, local: a worker, then how long she has worked on the line.
LINE = """Bottling plant to shut with 80 jobs lost

Staff were told on Tuesday morning. Pauline Marr, 61, walked out in tears.

She has worked on the bottling line for 26 years."""

# Politics, local: a copular sentence after a quote-free paragraph.
PARISH = """Villagers reject wind farm plan

Sara Lind told the meeting the turbines would ruin the valley. She is a member of Hadley Parish Council."""

# The next sentence's "he" may be either of two people named: neither takes the role.
TWO = """Two hurt in motorway crash

Danny Okoro and Sam Pryce were driving home on the M62 when a lorry hit their car. He works as a paramedic in Leeds."""


@pytest.mark.parametrize(
    "text, name, wanted",
    [
        (CRASH, "Danny Okoro", "works as a paramedic in Leeds"),
        (BAKERY, "Martin Gale", "runs the bakery on Mill Street"),
        (LINE, "Pauline Marr", "worker on the bottling line"),
        (PARISH, "Sara Lind", "member of Hadley Parish Council"),
    ],
    ids=["works-as", "runs", "has-worked", "is-a"],
)
def test_the_next_sentences_pronoun_describes_the_only_person_named(
    text: str, name: str, wanted: str
) -> None:
    assert role_agrees(role_of(text, name), wanted)


def test_a_pronoun_after_two_people_describes_neither() -> None:
    assert role_of(TWO, "Danny Okoro") is None


# --- no role given --------------------------------------------------------------------------

# Sport, tabloid: a fan quoted with his name alone.
FAN = """Fans turn on Rovers boss after fifth defeat

Ashcombe Rovers lost 3-0 at home to Millbrook on Saturday, their fifth defeat in a row.

"I've seen better teams in the park on a Sunday," said Jake Pollard."""


def test_a_person_given_no_role_keeps_none() -> None:
    assert role_of(FAN, "Jake Pollard") is None


# --- descriptions the parse sets apart ----------------------------------------------------

# Charity, broadcaster: an apposition between dashes, spaced or not.
DASHES = """Veterans march through Colchester

Liam Holt — a former soldier who lost a leg in Afghanistan — said the march meant everything to him.

Another marcher, Kerry Amis - a retired nurse - said she had come every year since 2010."""

# Education and politics, local: the remit of an office in the plural before the name.
REMITS = """School merger approved

Chair of governors Edward Penn said the decision had been unanimous.

Minister for schools Tom Vey said the change was overdue."""

# Courts, broadsheet: offices of the coroner's court before the name.
INQUEST = """Inquest into cyclist's death

Assistant coroner Jane Ivy recorded a conclusion of misadventure at Truro on Thursday."""

# Politics, wire: the recognizer may take the end of the description with the name
# ("Wells, Anne Hobb"); a place cut off by the comma is never her role.
SEAT = """Tory rebels defeat housing bill

The Conservative MP for Wells, Anne Hobb, voted against the bill on Tuesday.

Hobb said the bill would have let developers ignore local plans."""


@pytest.mark.parametrize(
    "text, name, wanted",
    [
        (DASHES, "Liam Holt", "former soldier who lost a leg in Afghanistan"),
        (DASHES, "Kerry Amis", "retired nurse"),
        (REMITS, "Edward Penn", "Chair of governors"),
        (REMITS, "Tom Vey", "Minister for schools"),
        (INQUEST, "Jane Ivy", "Assistant coroner"),
    ],
    ids=["em-dashes", "spaced-hyphens", "chair-of-governors", "minister-for-schools", "coroner"],
)
def test_a_description_the_parse_sets_apart_is_the_role(text: str, name: str, wanted: str) -> None:
    assert role_agrees(role_of(text, name), wanted)


def test_a_hyphenated_description_is_kept_whole() -> None:
    text = """Mum's plea over benefit cut

Kelly Hart, 34, a mother-of-two from Rotherham, said she had been left with nothing."""
    assert role_of(text, "Kelly Hart") == "a mother-of-two from Rotherham"


def test_a_place_the_comma_cuts_off_is_no_role() -> None:
    role = role_of(SEAT, "Anne Hobb")
    assert role is None or "," not in role


# --- a sentence that opens with the description --------------------------------------------

# Health, broadcaster: a long description the parse joins to a place inside it.
COLLEGE = """Nurses call corridor care a scandal

The Royal College of Nursing said the figures were shocking. Its regional director for Yorkshire and the Humber, Lorraine Petch, said corridor care had become "normal in a way that should shame all of us"."""

# Health, local: a description with a coordination, then the name.
MATRON = """Hospital wards reopen after outbreak

The head of nursing at Airedale and Craven hospitals, Jean Pike, said the wards had been deep cleaned."""

# Crime, local: an opening time phrase is no description.
OPENER = """Man hurt in street attack

On Monday night, Tom Bellamy, 40, was attacked in Station Road. He said he had been punched."""


@pytest.mark.parametrize(
    "text, name, wanted",
    [
        (COLLEGE, "Lorraine Petch", "regional director for Yorkshire and the Humber"),
        (MATRON, "Jean Pike", "head of nursing at Airedale and Craven hospitals"),
    ],
    ids=["its-office-with-a-coordination", "the-head-of"],
)
def test_a_sentence_opening_with_a_description_of_the_name_gives_the_role(
    text: str, name: str, wanted: str
) -> None:
    assert role_agrees(role_of(text, name), wanted)


def test_an_opening_time_phrase_is_no_role() -> None:
    assert role_of(OPENER, "Tom Bellamy") is None


# --- offices with a remit, and the court's sides -------------------------------------------

# Politics, broadsheet: the remit's article inside a title before the name.
OPPOSITION = """Opposition attacks budget

Leader of the opposition Sir Keir Dunmore said the plan had failed working families.

Shadow secretary of state for health Wes Tring said waiting lists would grow."""

# Courts, local: the defence's plea opens the sentence; "In court," says no side.
MITIGATION = """Driver banned after crash

In mitigation, Sue Platt said her client had shown genuine remorse.

In court, Carl Tibbs, 31, of Park Road, Hull, said nothing."""


def test_a_title_with_its_remits_article_is_kept_whole() -> None:
    assert role_of(OPPOSITION, "Keir Dunmore") == "Leader of the opposition"
    assert role_agrees(role_of(OPPOSITION, "Wes Tring"), "shadow secretary of state for health")


def test_in_mitigation_gives_the_defence_and_in_court_nothing() -> None:
    assert role_of(MITIGATION, "Sue Platt") == "defence barrister"
    assert role_of(MITIGATION, "Carl Tibbs") is None


# --- what a person does, when the sentence goes on -----------------------------------------

# Local, business: two things a trader does; the first is the role, whether the parser
# reads "hire" as a verb or not.
TRADERS = """Seafront traders fear parking charges

Nina Trask runs a bike hire shop on Harbour Street and chairs the Port Isaac Traders' Group.

Jory Penrose runs a surf hire shop on Fistral Beach and chairs the Newquay Traders' Association.

Ola Berg owns a wine import business in Hull and coaches the under-12s at Hessle Rovers.

The charges would hurt trade, traders said."""


@pytest.mark.parametrize(
    "name, wanted",
    [
        ("Nina Trask", "runs a bike hire shop on Harbour Street"),
        ("Jory Penrose", "runs a surf hire shop on Fistral Beach"),
        ("Ola Berg", "owns a wine import business in Hull"),
    ],
)
def test_the_first_of_two_things_a_person_does_is_the_role(name: str, wanted: str) -> None:
    assert role_of(TRADERS, name) == wanted


# --- a ranking participle ------------------------------------------------------------------

# Sport, wire: a player's ranking or seeding set off by commas; the verb of the sentence
# itself is no apposition.
RANKINGS = """Qualifier stuns top seed in Nottingham

Jo Marsh, seeded third, lost in straight sets to Tilly Ansell on Wednesday.

Tilly Ansell, ranked 188th in the world, reached her first tour semi-final.

Coach Dan Fry ranked the win as the best of her career."""


def test_a_ranking_set_off_by_commas_is_the_role() -> None:
    assert role_of(RANKINGS, "Jo Marsh") == "seeded third"
    assert role_agrees(role_of(RANKINGS, "Tilly Ansell"), "ranked 188th in the world")
    assert role_of(RANKINGS, "Dan Fry") == "Coach"


# --- a relative named by a given name alone ------------------------------------------------

# Obituary, local: relatives set off by commas, in reported speech (no quote to credit).
FAMILY = """Tributes paid to 'gentle' allotment champion

The family of Ron Tate, 81, paid tribute to him on Monday. Tate's wife, Sheila, said he was a gentle man who lived for his garden.

Alma Ridge, 90, who founded the allotment society with him, died last year. Her son, Peter, told the Echo his mother and Ron had been friends for 50 years.

Mother Lena Morley, whose 9-year-old son Kit helped on the plots, said the children adored him."""


@pytest.mark.parametrize(
    "name, wanted", [("Sheila", "wife"), ("Peter", "son")], ids=["possessive-name", "his-her"]
)
def test_a_relative_named_by_a_given_name_alone_is_an_actor_with_the_relation(
    name: str, wanted: str
) -> None:
    assert role_agrees(role_of(FAMILY, name), wanted)


def test_a_child_named_inside_a_whose_clause_is_no_actor() -> None:
    assert "Kit" not in {a.name for a in build_brief(FAMILY).actors}
