# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 18 (helper e), on synthetic passages written for these tests (invented
people, dioceses, charities, campaign groups, film companies and churches; real
national bodies and long-dead people named only as they are in news copy): a church
title before a surname ("Bishop Pennock", "Archbishop Lister", "Archdeacon Harker") is
the titled person named before, never a second actor nor a body; a body whose name
ends in "Assembly", "Conference" or "Films" ("the General Assembly voted", "the
Methodist Conference", "Harbour Films") is a body, never a person "Assembly"; two
names the recognizer cuts at "and" after a singular noun for one body ("the campaign
group Altar and Parish", "the charity Hope and Harbour") are one body, never after a
plural ("the firms"); a maker of a work named in passing in a sentence dated by a
century ("written by Charles Wesley in the 18th century") or with "compiled",
"published", "invented" or "translated" and a year is history, not an actor; a
country's possessive that closes another body's name ("the Bank of England's Monetary
Policy Committee") is no part of the next body's name. Beats and outlets: religion
(broadsheet, local), politics (wire), culture (broadcaster), business (trade), heritage
(local), charity (local); UK English."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


def names(text: str) -> set[str]:
    return {n for a in build_brief(text).actors for n in (a.name, *a.aliases)}


# A church title before a surname names the titled person already named.

BISHOP = """The Bishop of Wexcombe, the Rt Rev Clare Pennock, proposed the motion on Wednesday. Bishop Pennock said attendance in the pilot parishes had risen by a fifth."""

ARCHBISHOP = """The Archbishop of Canterbury, the Most Rev Mark Lister, called the vote historic. Archbishop Lister added that the church must now listen to its rural parishes."""

ARCHDEACON = """Archdeacon Tom Harker said the parish share would rise by 4% next year. Archdeacon Harker said the rise was unavoidable after two years of falling giving."""

BISHOP_HOLT = """Bishop Jane Holt of Carbury said the vote was a turning point for the diocese. Bishop Holt said the first lay ministers would be trained from September."""


def test_a_church_title_before_a_surname_names_the_person_named_before() -> None:
    found = actors(BISHOP)
    assert found.get("Clare Pennock") == "person"
    assert "Bishop Pennock" not in found
    found = actors(ARCHBISHOP)
    assert found.get("Mark Lister") == "person"
    assert "Archbishop Lister" not in found
    found = actors(ARCHDEACON)
    assert found.get("Tom Harker") == "person"
    assert "Archdeacon Harker" not in found
    found = actors(BISHOP_HOLT)
    assert found.get("Jane Holt") == "person"
    assert "Bishop Holt" not in found


# A body whose name ends in "Assembly", "Conference" or "Films".

ASSEMBLY = """The General Assembly voted on Tuesday to sell the church's former offices in Edinburgh for £6m."""

CONFERENCE = """The Methodist Conference voted to allow lay preachers to lead weddings in its chapels from next year."""

FILMS = """The novel will be adapted for television by Harbour Films, which bought the rights for £250,000 last year."""


def test_a_body_named_by_assembly_conference_or_films_is_a_body() -> None:
    found = actors(ASSEMBLY)
    assert found.get("General Assembly") == "organization"
    assert "Assembly" not in found
    assert actors(CONFERENCE).get("Methodist Conference") == "organization"
    assert actors(FILMS).get("Harbour Films") == "organization"


# Two names cut at "and" after a singular noun for one body are one body.

CAMPAIGN = """The campaign group Altar and Parish, which has gathered 23,000 signatures against the plan, said it would lobby synod members before the final vote."""

CHARITY = """Ann Lee and Tom Bell, of the charity Hope and Harbour, said the night shelter would close in March for lack of volunteers."""

TWO_FIRMS = """The firms Acme and Zenith said on Monday that they would merge, creating the region's biggest builder."""


LIBRARY = """The council voted on Tuesday to close the library. The campaign group Books and Benches, which has gathered 4,000 signatures against the plan, said it would take the council to court."""

FARMS = """The charity Fields and Hedges, which runs 12 farms in Devon, said it would sell two of them. Its director, Mo Tenby, said prices were too high."""


def test_two_names_cut_at_and_after_a_singular_body_noun_are_one_body() -> None:
    found = actors(CAMPAIGN)
    assert found.get("Altar and Parish") == "organization"
    assert "Parish" not in found
    assert "Altar" not in found
    found = actors(CHARITY)
    assert found.get("Hope and Harbour") == "organization"
    assert found.get("Ann Lee") == "person"
    assert "Acme and Zenith" not in names(TWO_FIRMS)
    # (whatever the recognizer makes of each half: no name, a place)
    found = actors(LIBRARY)
    assert found.get("Books and Benches") == "organization"
    assert "Books" not in found
    found = actors(FARMS)
    assert found.get("Fields and Hedges") == "organization"
    assert "Fields" not in found


# A maker of a work named in passing in a sentence dated to the past.

HYMN = """The hymn was written by Charles Wesley in the 18th century. Organist Daniel Hope said the choir would sing it at Sunday's service for the first time in 40 years."""

NOVEL = """The novel, first published by Charles Dickens in 1859, will be adapted for television by a Bristol studio, producer Ruth Kemp said."""

PRAYER_BOOK = """The prayer book, compiled by Thomas Cranmer in 1549, will be displayed in the cathedral library from May, the librarian, Dr Lucy Fane, said."""


def test_a_maker_named_in_passing_in_a_sentence_dated_to_the_past_is_no_actor() -> None:
    found = names(HYMN)
    assert "Charles Wesley" not in found
    assert "Daniel Hope" in found
    found = names(NOVEL)
    assert "Charles Dickens" not in found
    assert "Ruth Kemp" in found
    found = names(PRAYER_BOOK)
    assert "Thomas Cranmer" not in found
    assert "Lucy Fane" in found


# A country's possessive that closes another body's name belongs to that body.

COMMITTEE = """The Bank of England's Monetary Policy Committee voted by seven votes to two to hold interest rates at 4.5% on Thursday."""


def test_a_country_closing_another_bodys_name_is_no_part_of_the_next_body() -> None:
    found = names(COMMITTEE)
    assert "Monetary Policy Committee" in found
    assert "England's Monetary Policy Committee" not in found


# Whom a statue or a portrait shows is a subject of art or history, not an actor.

STATUE = """The statue of Queen Victoria outside the town hall will be cleaned next month, councillor Amy Ross said."""

PORTRAIT = """A portrait of Lord Nelson will be sold at auction in London next month, the auction house Bonhams said."""

BUST = """A bust of the late headteacher Ann Lee was unveiled at the school on Friday. Her son, Tom Lee, said she would have loved it."""


def test_whom_a_statue_or_portrait_shows_is_no_actor() -> None:
    found = names(STATUE)
    assert "Queen Victoria" not in found
    assert "Amy Ross" in found
    assert "Lord Nelson" not in names(PORTRAIT)
    assert "Nelson" not in names(PORTRAIT)
    # (one the story goes on to speak of stays: her son speaks of her)
    assert "Ann Lee" in names(BUST)


# A capitalized post before a surname, the post the story gives that person.

DEAN = """The Dean of Ashworth, the Very Rev Dr Miriam Oyelaran, said the decision had been agonising. Dean Oyelaran said: "The roof will not wait.\""""

CANON = """Canon Peter Haldane, one of two members of the chapter who voted against, spoke first. Canon Haldane said the charge sent the wrong message to visitors."""


def test_a_post_before_a_surname_names_the_one_holding_it() -> None:
    brief = build_brief(DEAN)
    people = [a.name for a in brief.actors if a.kind == "person"]
    assert people == ["Miriam Oyelaran"]
    assert [q.speaker for q in brief.quotes] == ["Miriam Oyelaran"]
    people = [a.name for a in build_brief(CANON).actors if a.kind == "person"]
    assert people == ["Peter Haldane"]


# A body owned by another whose name ends in "of" a place: the parser hangs the owner on
# "of", and the possessed body under it, though it is the sentence's subject.

SYNOD = """The Church of England's General Synod voted on Wednesday to let lay ministers lead communion in rural parishes."""

ASSEMBLY_OWNED = (
    """The Church of Scotland's General Assembly voted to sell the building in Edinburgh for £6m."""
)


def test_a_body_owned_by_a_body_named_with_of_acts_as_the_subject() -> None:
    assert actors(SYNOD).get("General Synod") == "organization"
    assert actors(ASSEMBLY_OWNED).get("General Assembly") == "organization"


# A staged contest is an event, never an actor.

CONTEST = """The Eurovision Song Contest will be held in Basel next May, the European Broadcasting Union said on Friday."""

VILLAGE_CONTEST = """The Lindale Song Contest was won by a choir from Kendal for the third year running, organiser Ruth Ames said."""


def test_a_staged_contest_is_no_actor() -> None:
    found = actors(CONTEST)
    assert "Eurovision Song Contest" not in found
    assert found.get("European Broadcasting Union") == "organization"
    found = actors(VILLAGE_CONTEST)
    assert "Lindale Song Contest" not in found
    assert found.get("Ruth Ames") == "person"


# A word no given name is, then a country, that the recognizer takes for a person.

HERITAGE = """Historic England said the former mill should be listed, after a survey found its 1820s roof intact."""

NAMESAKE = (
    """Kerry Ireland, 41, said the result was unfair and that she would appeal to the league."""
)


def test_a_body_named_with_a_country_is_no_person() -> None:
    assert actors(HERITAGE).get("Historic England") == "organization"
    # (a given name before the country: a person)
    assert actors(NAMESAKE).get("Kerry Ireland") == "person"
