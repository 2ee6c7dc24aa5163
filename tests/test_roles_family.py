# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people across beats and outlet styles, on synthetic articles written for
these tests (invented names, companies, clubs and places): a lead that describes a
person before naming them ("A retired postman with heart disease died ... Brian Tolley,
79, collapsed"), an office given by a verb in a later sentence ("was appointed chair of
..."), the winner of a contest named by the verb alone, an office held as a courtesy
title ("Cllr", "Councillor", "Professor"), and the guards: a bare "man" of the lead, a
lead that names someone else, a verb glued before a role ("Rovers sacked manager") and
an age or hometown alone are no role."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief

# Courts, broadsheet inquest: the lead describes the man the next sentence names.
INQUEST = """Retired postman died after ambulance delay

A retired postman with heart disease died after waiting four hours for an ambulance, an inquest heard.

Brian Tolley, 79, collapsed at his home in Dudley on March 3.

His son, Mark Tolley, said the family were devastated."""

# Tabloid: a verdict before the noun of the lead ("heartbroken") is no part of the role.
TABLOID = """Heartbroken widow begs thieves to return ashes

A heartbroken widow has begged thieves to return her husband's ashes after her car was stolen.

Julie Brampton, 62, from Swindon, said the urn was on the back seat.

Wiltshire Police said officers were investigating."""

# Courts, wire: the described person is the object of the lead's verb, named inside a
# clause of the next sentence.
WIRE_COURT = """Finance chief jailed for embezzlement

PARIS, May 6 (Reuters) - A court on Monday jailed a former finance director at logistics group Vantrex for four years for embezzlement.

The court found that Pierre Lambert, 51, moved 3 million euros into his own accounts.

His lawyer, Sophie Marin, said he would appeal."""

# Local obituary: the tributes are paid to the person the next sentence names.
OBITUARY = """Tributes paid to village butcher

Tributes have been paid to a much-loved village butcher who served the same street for 45 years.

Ronald Pask, known to everyone as Ron, died in hospital on Friday, aged 88.

His daughter, Carol Pask, said he had loved every customer."""

# Crime: a bare "man" is no role; a lead that names a person gives nobody else its noun.
STABBING = """Man stabbed in Hull

A 34-year-old man was stabbed outside a bar in Hull on Friday night.

Daniel Ross, 34, was taken to hospital with serious injuries."""

NAMED_LEAD = """Minister meets attacked nurse

Health minister Clara Voss met a nurse who was attacked at work.

Joan Pettit, 52, said she was grateful."""

# Charity, broadsheet: the office is given by a verb in a later sentence.
CHARITY = """Charity names new chair

Fiona Aldridge said the charity would double its spending on hospices.

Aldridge was appointed chair of Hopewell Trust in 2019 and previously ran a housing association.

Her deputy, Colin Marsh, said the board was united."""

# Sport, wire: winners named by the verb, active, participle and passive.
RACE = """Kipsang wins Dublin half marathon

DUBLIN, Oct 6 (AP) - Esther Kipsang won the women's race at the Dublin half marathon on Sunday in 1:07:12.

Kipsang's coach, Peter Rono, said she had trained at altitude for two months.

Tomas Berhane broke the course record on Sunday, winning the men's race in 59:58.

Kipsang said she would now target the London Marathon."""

# Local government: courtesy titles that are offices.
COUNCIL = """Councillor quits after 20 years

Councillor Janet Ilsley said the car park would ruin the high street.

Cllr Peter Hume has resigned from Sefton Council after 20 years.

Professor Ann Lister said Hume would be missed. Sir Rodney Beck said he agreed."""

# Sport, local: a verb the parser glues to the noun of a role.
SACKED = """Club sacks manager

Hartfield Rovers sacked manager Dave Nolan on Monday after six straight defeats.

Chairman Ken Ashby said the decision was painful.

The club's chief executive, Dr Sam Ode, met nurse Kate Finn on Tuesday.

Ashford Town have appointed coach Lee Dunne as their new manager.

Retired striker Tom Hale said Nolan deserved better. Newly elected mayor Ann Lowe agreed."""

# Lifestyle, tabloid: an age and a hometown alone are no role.
HOMETOWN = """Flood ruins garden

Tom Wilde, 71, from Leeds, said the water had come up to his knees.

His neighbour, Ann Cope, said the drains had not been cleared for years."""


def role_of(text: str, name: str) -> str | None:
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0].role


# --- the lead describes, the next sentence names ----------------------------------------


def test_the_lead_description_is_the_role_of_the_person_named_next() -> None:
    assert role_of(INQUEST, "Brian Tolley") == "retired postman with heart disease"
    # "His" stands for the one person the sentence before names (round 5).
    assert role_of(INQUEST, "Mark Tolley") == "Brian Tolley's son"


def test_a_verdict_before_the_leads_noun_is_dropped() -> None:
    assert role_of(TABLOID, "Julie Brampton") == "widow"


def test_the_lead_objects_description_reaches_a_name_inside_a_clause() -> None:
    assert (
        role_of(WIRE_COURT, "Pierre Lambert")
        == "former finance director at logistics group Vantrex"
    )


def test_tributes_paid_to_a_described_person_give_the_role() -> None:
    assert role_of(OBITUARY, "Ronald Pask") == "village butcher"


def test_a_bare_man_of_the_lead_is_no_role() -> None:
    assert role_of(STABBING, "Daniel Ross") is None


def test_a_lead_that_names_a_person_lends_no_role_to_the_next() -> None:
    assert role_of(NAMED_LEAD, "Clara Voss") == "Health minister"
    assert role_of(NAMED_LEAD, "Joan Pettit") is None


# --- a role given by a verb ------------------------------------------------------------


def test_an_office_given_in_a_later_sentence_is_the_role() -> None:
    assert role_of(CHARITY, "Fiona Aldridge") == "chair of Hopewell Trust"
    # (since round 43 the owner's post is spelled out, round43's _posts_through_ties)
    assert role_of(CHARITY, "Colin Marsh") == "deputy chair of Hopewell Trust"


def test_the_winner_of_a_contest_is_named_by_the_verb() -> None:
    assert role_of(RACE, "Esther Kipsang") == "winner of the women's race"
    assert role_of(RACE, "Tomas Berhane") == "winner of the men's race"
    assert role_of(RACE, "Peter Rono") == "Kipsang's coach"


# --- titles and guards -----------------------------------------------------------------


def test_a_courtesy_title_of_office_is_the_role_when_nothing_says_more() -> None:
    assert role_of(COUNCIL, "Janet Ilsley") == "councillor"
    assert role_of(COUNCIL, "Peter Hume") == "councillor"
    assert role_of(COUNCIL, "Ann Lister") == "professor"
    assert role_of(COUNCIL, "Rodney Beck") is None


def test_a_verb_glued_before_a_role_is_no_part_of_it() -> None:
    assert role_of(SACKED, "Dave Nolan") == "manager"
    assert role_of(SACKED, "Ken Ashby") == "Chairman"
    assert role_of(SACKED, "Kate Finn") == "nurse"
    # (Round 7: the post "appointed ... as" names is the role, over the one before the
    # name; the verb is still no part of either.)
    # (Round 33: "their" stands for the sentence's own subject, the one body it names.)
    assert role_of(SACKED, "Lee Dunne") == "Ashford Town's new manager"
    # A participle of a role, not of the sentence, stays.
    assert role_of(SACKED, "Tom Hale") == "Retired striker"
    assert role_of(SACKED, "Ann Lowe") == "Newly elected mayor"


def test_an_age_and_a_hometown_alone_are_no_role() -> None:
    assert role_of(HOMETOWN, "Tom Wilde") is None
    assert role_of(HOMETOWN, "Ann Cope") == "neighbour"


# --- roles a news idiom gives ------------------------------------------------------------

# Crime, local: the noun a person is "named as" is their role, and the named person acts.
NAMED_AS = """Shop worker dies after stabbing

Police were called to Mill Lane in Bristol at 11pm on Friday.

The victim, who has been named locally as Kyle Evans, died at the scene."""

# Courts, local paper: the opening participle says which side a lawyer speaks for.
SIDES = """Man admits assault on bus driver

Prosecuting, Ann Lee told the court the attack was unprovoked.

Defending, Marcus Quill said his client was deeply sorry."""

# Sport, broadcaster: a goal's owner and whoever "scored" are scorers.
MATCH = """Kilmory hold on for draw

Dunmore had led through Nathan Osei's 23rd-minute strike, but Kilmory levelled when Ryan Gilchrist scored from a free-kick.

Nathan Osei later hit the post.

Manager Paul Kerr said the point was deserved."""


def test_the_noun_a_person_is_named_as_is_the_role() -> None:
    assert role_of(NAMED_AS, "Kyle Evans") == "victim"


def test_a_court_reports_opening_participle_gives_the_lawyers_side() -> None:
    assert role_of(SIDES, "Ann Lee") == "prosecutor"
    assert role_of(SIDES, "Marcus Quill") == "defence barrister"


def test_a_goals_owner_is_a_scorer_when_nothing_says_more() -> None:
    assert role_of(MATCH, "Nathan Osei") == "scorer"
    assert role_of(MATCH, "Ryan Gilchrist") == "scorer"
    assert role_of(MATCH, "Paul Kerr") == "Manager"


# --- a role on both sides of the name, titles spelled out ----------------------------------

# Local obituary and education: a noun before the name and the clause after it are one
# role, as a reader would write it.
TRIBUTES = """Baker remembered

Former apprentice Stuart Dodds, who now runs his own bakery in Alnwick, said he owed everything to him.

Parent Lisa Moore, whose son is in year 4, said the school had changed."""

# US politics, wire: an abbreviated title is spelled out; a courtesy title is no office.
SENATE = """Senator under investigation

WASHINGTON (AP) — Sen. Carl Dobbs is under investigation by the Justice Department, officials said.

Det. Sgt. Ruth Kane said the inquiry was at an early stage.

Dame Olive Carr said she was shocked."""

# Weather, local: an occupation ending in "-man" glued to the name is cut as the role.
COAST = """Storm batters coast

Storm Ellen brought winds of 90mph to the Cornish coast on Sunday.

Fisherman Joe Penrose said he had never seen waves like it."""


def test_a_noun_before_and_a_clause_after_the_name_are_one_role() -> None:
    assert (
        role_of(TRIBUTES, "Stuart Dodds")
        == "Former apprentice who now runs his own bakery in Alnwick"
    )
    assert role_of(TRIBUTES, "Lisa Moore") == "Parent, whose son is in year 4"


def test_an_abbreviated_title_is_spelled_out() -> None:
    assert role_of(SENATE, "Carl Dobbs") == "senator"
    assert role_of(SENATE, "Ruth Kane") == "detective sergeant"
    assert role_of(SENATE, "Olive Carr") is None


def test_an_occupation_ending_in_man_is_cut_from_the_name_as_the_role() -> None:
    assert role_of(COAST, "Joe Penrose") == "Fisherman"


# Crime, local: two unnamed people in the lead; the one named next is not told apart.
TWO_UNNAMED = """Teenager charged over stabbing

A teenager has been charged after a nurse was stabbed outside a hospital in Derby.

Kieran Holt, 17, will appear before magistrates on Monday."""


def test_a_lead_with_two_unnamed_people_lends_neither_role() -> None:
    assert role_of(TWO_UNNAMED, "Kieran Holt") is None


# Local and health: what a person does, said in the present tense of a main clause.
WHAT_THEY_DO = """Parish row over car park

Colin Webb, 61, chairs the parish council. He said the vote had been fair.

Tom Rix works as a nurse at Leeds General Infirmary and said staff were exhausted.

Ann Farrow has run the village shop since 1990 and said trade was down."""


def test_a_present_tense_of_what_a_person_does_is_the_role() -> None:
    assert role_of(WHAT_THEY_DO, "Colin Webb") == "chairs the parish council"
    assert role_of(WHAT_THEY_DO, "Tom Rix") == "works as a nurse at Leeds General Infirmary"
    # "has run": an event of the story, not what she does.
    assert role_of(WHAT_THEY_DO, "Ann Farrow") is None


# Sport, wire results: a placing is the role of a results story.
RESULTS = """Claes keeps yellow jersey

Marco Bellini won the stage on Thursday. Jens Claes finished second and kept the yellow jersey.

Lena Hartwig came third in the women's race on Sunday.

Tom Rees was not second, his team said."""


def test_a_placing_in_a_contest_is_the_role() -> None:
    assert role_of(RESULTS, "Marco Bellini") == "winner of the stage"
    assert role_of(RESULTS, "Jens Claes") == "second"
    assert role_of(RESULTS, "Lena Hartwig") == "third in the women's race"
    assert role_of(RESULTS, "Tom Rees") is None  # a negated placing


# Lifestyle, tabloid: an age or a hometown on a bare noun yields to what a later mention
# says the person does, and stays only when nothing else is said.
HOMETOWNS = """Lottery win for cleaner

Leeds woman Ann Lee, 45, said she was shocked by the win.

Lee, who works as a cleaner at the town hall, said she would share it.

Tom Bury, a 45-year-old from Leeds, bought the other winning ticket.

Bury is a bus driver.

Leeds man Joe Hart, 52, said he had missed out by one number."""


def test_an_age_or_hometown_yields_to_what_the_person_does() -> None:
    assert role_of(HOMETOWNS, "Ann Lee") == "works as a cleaner at the town hall"
    assert role_of(HOMETOWNS, "Tom Bury") == "a bus driver"
    assert role_of(HOMETOWNS, "Joe Hart") == "Leeds man"


# Local: an unnamed source who speaks in the sentence before is someone else; a tabloid
# lead's "has told how" is the story of the person named next.
UNNAMED_SOURCE = """Bins left for a month

A spokesman for the council said crews had been delayed by snow.

Ann Lee, 45, said her bins had not been emptied for a month."""

UNNAMED_WITNESS = """Empty house

A neighbour told the Echo that the house had been empty for years.

Ann Lee, 45, said her bins had not been emptied for a month."""

TOLD_HOW = """Surgery horror

A grandmother who flew to Turkey for surgery has told how she nearly died.

Ann Lee, 51, from Wakefield, paid 3,800 pounds for the operation."""


def test_an_unnamed_source_lends_no_role_to_the_person_named_next() -> None:
    assert role_of(UNNAMED_SOURCE, "Ann Lee") is None
    assert role_of(UNNAMED_WITNESS, "Ann Lee") is None
    assert role_of(TOLD_HOW, "Ann Lee") == "grandmother"
