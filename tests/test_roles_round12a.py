# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 12, on synthetic articles written for these tests (invented
people, regiments, ships, mosques, clubs, firms, galleries and families). A rank before a
name is the role and no part of the name, also a rank of two words whose first word is
no title alone ("Lance Corporal", "Able Seaman", "Air Marshal", "Garda Superintendent",
"Sqn Ldr") and a rank that is another word too, but only before a given name and a
surname ("Private Jack Orme", "Commodore Fiona Leith"; not "Private Eye", "the Commodore
Hotel", "Private Finance Initiative", "Lance Armstrong"). A faith leader's title says the
calling ("Imam", "Rabbi", "Pastor"); "Taoiseach" and "Tánaiste" are titles as "Premier"
is. A post set before a ranked name ("His commanding officer, Lt Col Ruth Baines,") is
the role over the rank, a tie ("Her colleague, Sergeant Tom Rigg,") is not. A courtesy
title after an office ("Prime Minister Sir Keir Dawlish") is no word of the role. A party
member's noun before a name ("fellow Tory Ian Bligh", "Republican John Hale") describes
and opens no name. Plural positions open lists of names ("Props A and B", "Seamers A
and B"). An apposition followed by a relative clause too long to keep ("Tom Reid, 45, a
father of three from Hull who was driving home from ...") is the role without the clause.
Of two titled names joined by "and" ("Health Secretary Wes Stirling and Chancellor Rachel
Rivers"), the first and its title are no words of the second one's role. A sentence's
verb the parser glues into the noun phrase before a name ("Glenmore
Athletic sacked head coach Ian Pryde", "The mural shows nurse Edith Cavell") is no word
of the role. A plural role the tagger reads as a verb ("went to midwives Jo Kerr and Ann
Bell") is each one's role in the singular. "Amara Obi, whose grandmother, Ada Obi," ties
the grandmother to the name before "whose", and gives the one before no role. A count
opening a list set off by dashes ("Three men - A, B and C -") is no word of a role, nor
is the person's own name ("volunteers Tim Ash and Kay Moss at the food bank" is cut
before it). Beats and
styles: military broadcaster, navy local, army tabloid, RAF wire, Irish broadcaster,
religion local, football wire, culture broadsheet, health local, obituary tabloid,
business trade, politics wire, rugby and cricket broadsheet, inquest broadsheet, crime
local, community caption."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees


def actor(text: str, name: str):  # type: ignore[no-untyped-def]
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0]


def role_of(text: str, name: str) -> str | None:
    return actor(text, name).role


def names(text: str) -> list[str]:
    return [a.name for a in build_brief(text).actors]


# Navy local: a rank of one word that is another word too, before a full name.
NAVY = """Frigate to sail in spring

Commodore Fiona Leith said the frigate would sail in spring after a refit at Devonport.

Able Seaman Kyle Dunn, 22, said his family were proud."""

# Army tabloid: "Private" before a given name and a surname.
ARMY = """Hero soldier home

Private Jack Orme, who lost a leg in 2021, was welcomed home by his village on Saturday."""

# RAF wire: a two-word rank, and its abbreviation.
RAF = """Jets scrambled

Air Marshal Ravi Kapoor said the base was safe. Sqn Ldr Tess Marlow flew the first jet."""

# Army broadcaster: "Lance Corporal".
LANCE = """Soldier cleared

Lance Corporal Dean Ashby was cleared of all charges at a court martial in Bulford."""

# RAF local: a two-word rank whose second word is a rank only before a full name.
STATION = """Jets scrambled

Air Commodore Dawn Chalk, station commander at RAF Lossiemouth, said two jets were scrambled."""

# Irish broadcaster: a police rank the force's name opens, and the heads of government.
GARDA = """Appeal for witnesses

Garda Superintendent Niamh Casey appealed for witnesses to the crash near Athlone.

Taoiseach Micheál Brennan said the budget would protect renters. Tánaiste Orla Foley agreed."""


def test_a_rank_before_a_name_is_the_role_and_no_part_of_the_name() -> None:
    assert actor(NAVY, "Fiona Leith").name == "Fiona Leith"
    assert role_of(NAVY, "Fiona Leith") == "Commodore"
    assert actor(NAVY, "Kyle Dunn").name == "Kyle Dunn"
    assert role_of(NAVY, "Kyle Dunn") == "Able Seaman"
    assert role_of(ARMY, "Jack Orme") == "Private"
    assert actor(RAF, "Ravi Kapoor").name == "Ravi Kapoor"
    assert role_of(RAF, "Ravi Kapoor") == "Air Marshal"
    assert role_agrees(role_of(RAF, "Tess Marlow"), "squadron leader")
    assert actor(LANCE, "Dean Ashby").name == "Dean Ashby"
    assert role_of(LANCE, "Dean Ashby") == "Lance Corporal"
    assert role_of(GARDA, "Niamh Casey") == "Garda Superintendent"
    assert actor(STATION, "Dawn Chalk").name == "Dawn Chalk"
    assert role_of(GARDA, "Micheál Brennan") == "Taoiseach"
    assert role_of(GARDA, "Orla Foley") == "Tánaiste"


# Media, hotel trade, public finance, cycling: the same words opening other names.
MAGAZINE = """Magazine wins case

Private Eye reported the story first. Its editor, Ian Hislop, said the ruling was welcome."""

HOTEL = """Hotel to close

The Commodore Hotel in Cardiff will close in March, owner Jan Mills said."""

PFI = """Hospital debts

Private Finance Initiative deals signed in the 1990s still cost the trust millions."""

CYCLIST = """Cyclist speaks

Lance Armstrong said on Monday that he would not appeal."""


def test_words_of_a_rank_opening_other_names_are_left_alone() -> None:
    assert "Private Eye" in names(MAGAZINE)
    assert "Eye" not in names(MAGAZINE)
    assert "Hotel" not in names(HOTEL)
    assert "Initiative" not in names(PFI)
    assert actor(CYCLIST, "Lance Armstrong").name == "Lance Armstrong"


# Religion local: faith leaders' titles.
FAITHS = """Open day at mosque and synagogue

Imam Yusuf Patel welcomed visitors to the mosque on Sunday.

Rabbi Miriam Stein said the two communities had worked together for years.

Pastor Femi Ade said his church would join next year."""


def test_a_faith_leaders_title_says_the_calling() -> None:
    assert role_agrees(role_of(FAITHS, "Yusuf Patel"), "imam")
    assert role_agrees(role_of(FAITHS, "Miriam Stein"), "rabbi")
    assert role_agrees(role_of(FAITHS, "Femi Ade"), "pastor")


# Football wire, culture broadsheet: a verb glued into the phrase before a name.
SACKED = """Coach sacked

Glenmore Athletic sacked head coach Ian Pryde on Sunday after six straight defeats."""

MURAL = """Mural unveiled

The mural shows nurse Edith Cavell beside a wounded soldier."""

# Regional business: a place name before a trade that the tagger reads as a verb.
WORKS = """Steelworks

Port Talbot works manager Tom Bell said jobs were safe."""


def test_a_verb_glued_before_a_role_is_no_word_of_it() -> None:
    assert role_of(SACKED, "Ian Pryde") == "head coach"
    assert role_of(MURAL, "Edith Cavell") == "nurse"
    assert role_of(WORKS, "Tom Bell") == "Port Talbot works manager"


# Health local: a plural role the tagger reads as a verb after "to".
AWARDS = """Hospital awards

The awards went to midwives Jo Kerr and Ann Bell, who set up the night clinic."""


def test_a_plural_role_read_as_a_verb_is_each_ones_role() -> None:
    assert role_of(AWARDS, "Ann Bell") == "midwife"


# Culture broadsheet, business trade, obituary tabloid: "whose" brings in another.
GALLERY = """Weaving show

The exhibition is curated by Amara Obi, whose grandmother, Ada Obi, was a weaver."""

FIRM = """Family firm

The firm was founded by Raj Sethi, whose brother, Vik Sethi, runs its Indian arm."""

CRASH = """Tributes paid

Tributes were paid to Mark Dale, whose son, Kyle Pearce, died in the crash on Sunday."""


# Politics broadsheet: "whose" and a post right before the name, no comma between.
GREENS = """Wealth tax

The Greens, whose co-leader Carla Denholm spoke first, want a wealth tax."""


def test_whose_ties_the_one_named_after_it_to_the_one_before() -> None:
    assert role_of(GREENS, "Carla Denholm") == "Greens' co-leader"
    assert role_of(GALLERY, "Ada Obi") == "Amara Obi's grandmother"
    assert role_of(FIRM, "Vik Sethi") == "Raj Sethi's brother"
    assert "whose" not in (role_of(FIRM, "Raj Sethi") or "")
    assert role_of(CRASH, "Kyle Pearce") == "Mark Dale's son"


# Army broadcaster: a post set before a name written under its rank.
REGIMENT = """Soldier dies in training

Corporal Liam Hart, 27, died in a training accident on Salisbury Plain.

His commanding officer, Lt Col Ruth Baines, said he was a fine soldier."""


# Police local: a tie, not a post, set before the ranked name.
COLLEAGUE = """Appeal

Detective Constable Amy Holt said the sentence sent a message. Her colleague, Sergeant Tom Rigg, urged people to check on neighbours."""


def test_a_post_set_before_a_ranked_name_is_the_role_over_the_rank() -> None:
    assert role_of(REGIMENT, "Liam Hart") == "Corporal"
    assert role_agrees(role_of(REGIMENT, "Ruth Baines"), "Liam Hart's commanding officer")
    assert role_of(COLLEAGUE, "Tom Rigg") == "Sergeant"


# Rugby wire, cricket broadsheet: plural positions opening a list of names.
PACK = """Pack named

Props Ellis Garner and Dan Colby both start on Saturday. Scrum-half Ben Yates is on the bench."""

ATTACK = """Attack fit

Seamers Jofra Amis and Mark Woodley are fit for the Test. Spinner Jack Leeson is not."""


def test_plural_positions_before_names_give_each_one_the_position() -> None:
    assert role_of(PACK, "Ellis Garner") == "prop"
    assert role_of(PACK, "Dan Colby") == "prop"
    assert role_of(ATTACK, "Jofra Amis") == "seamer"
    assert role_of(ATTACK, "Mark Woodley") == "seamer"


# Politics wire, police local: a knighthood after the office before the name.
KNIGHTED = """Deal agreed

Prime Minister Sir Keir Dawlish said the deal was done.

Chief Constable Sir Andy Moss said officers were stretched."""


def test_a_courtesy_title_after_the_office_is_no_word_of_the_role() -> None:
    assert role_of(KNIGHTED, "Keir Dawlish") == "Prime Minister"
    assert role_of(KNIGHTED, "Andy Moss") == "Chief Constable"


# Politics broadsheet, US statehouse wire: a party member's noun before a name.
MOTION = """Rebels defeated

The motion was tabled by backbencher Jo Dale and seconded by fellow Tory Ian Bligh."""

RACE = """Seat changes hands

Democrat Ann Ruiz won the seat. Republican John Hale conceded on Wednesday."""

# Fashion trade: a name that opens with such a word.
BRAND = """Brand grows

Tory Burch said the brand would open ten stores next year."""


def test_a_party_members_noun_before_a_name_describes_and_opens_no_name() -> None:
    assert actor(MOTION, "Ian Bligh").name == "Ian Bligh"
    assert role_of(MOTION, "Ian Bligh") == "fellow Tory"
    assert role_of(RACE, "Ann Ruiz") == "Democrat"
    assert role_of(RACE, "John Hale") == "Republican"
    assert actor(BRAND, "Tory Burch").name == "Tory Burch"


# Inquest broadsheet, crash local, business wire: an apposition before a long clause.
INQUEST = """Inquest opens

The coroner recorded a narrative conclusion in the death of Derek Ashford, 71, a retired bus driver from Dudley who died four days after an operation at the hospital in 2022."""

CRASH_NAMED = """Man killed on bypass

Police named the man as Tom Reid, 45, a father of three from Hull who was driving home from a night shift at the hospital when the lorry hit him."""

BUYER = """Mill sold

The mill was bought by Harlan Ames, a property developer from Leeds who made his fortune building student flats across the north of England."""


def test_an_apposition_before_a_long_relative_clause_is_the_role() -> None:
    assert role_of(INQUEST, "Derek Ashford") == "a retired bus driver from Dudley"
    assert role_of(CRASH_NAMED, "Tom Reid") == "a father of three from Hull"
    assert role_of(BUYER, "Harlan Ames") == "a property developer from Leeds"


# Politics wire, rugby local: two titled names joined by "and" opening the sentence.
CABINET = """Ministers meet

Health Secretary Wes Stirling and Chancellor Rachel Rivers met union leaders on Monday."""

SQUAD_PAIR = """Team ready

Coach Eddie Rowe and captain Owen Farr said the team was ready for the final."""


def test_the_first_of_two_titled_names_lends_the_second_no_words() -> None:
    assert role_of(CABINET, "Rachel Rivers") == "Chancellor"
    assert role_of(CABINET, "Wes Stirling") == "Health Secretary"
    assert role_of(SQUAD_PAIR, "Owen Farr") == "captain"
    assert role_of(SQUAD_PAIR, "Eddie Rowe") == "Coach"


# Crime local, community caption: a count opening a list set off by dashes; a role that
# would hold the person's own name.
JAILED = """Gang jailed

Three men - Lee Foxton, 22, Dean Pike, 25, and Ryan Hale, 31 - were jailed at Hull Crown Court."""

CAPTION = """Food bank

Pictured: Mayor Jo Hart with volunteers Tim Ash and Kay Moss at the food bank on Friday."""


def test_a_count_and_the_names_around_are_no_words_of_a_role() -> None:
    assert "Three" not in (role_of(JAILED, "Lee Foxton") or "")
    assert "Tim Ash" not in (role_of(CAPTION, "Tim Ash") or "")
    assert role_agrees(role_of(CAPTION, "Tim Ash"), "volunteer")
    assert role_of(CAPTION, "Kay Moss") == "volunteer"
