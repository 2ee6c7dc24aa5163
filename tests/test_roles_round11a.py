# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 11, on synthetic articles written for these tests (invented
people, banks, schools, clubs, carmakers, trusts and lawmakers). A post the story gives
someone now ("has been appointed chief executive", "became chief executive on Monday",
"was promoted to head coach") is their role over the office they held before or the
title before their name. A tie of kin written with hyphens ("son-in-law",
"mother-in-law") is kept whole, also where the parser hangs the name on the noun before
("paid tribute to her mother-in-law, Ann Lee"). A US title before a name with the party
in apposition after it ("State Sen. Ann Lee, a Democrat from Tucson,") gives the office,
the party and the town, not the party alone; with no title the apposition stays as
written. "The driver, named locally as Ann Lee, died at the scene" gives "driver" also
where the parser reads "as" as a conjunction. A post or a ranking written as a number
before a name ("his No 2, Ann Lee", "world No. 1 Ann Lee", without the verb before it)
is a role; "his" or "her" right after "X and" stands for X ("Ava Rhodes and her husband,
Tom Finch"). A count of people set off before a list of names ("Three firefighters, A,
B and C", "The victims, A and B") makes each one's role the noun in the singular, never
the count ("Two men" is no one's role). An office left in a participle after the name
("Ann Lee, sacked as manager last month,", "axed as head coach") is the former one; one
being left ("who is stepping down as chair", "who will retire as head") is the outgoing
one. "Former captain Ann Lee, now a pundit," keeps both posts. A US title held once
("Former Rep. Ann Lee, D-Texas,", "Ex-Rep.") keeps "former" with the party label.
"TD" and "MLA" before a name are roles as "MP" is ("Sinn Féin TD Ann Lee"). Beats and
styles: business wire, education local, football broadsheet, motoring
trade, health broadcaster, farming local, obituary tabloid, US statehouse wire, US
Senate wire, crime local, tennis and golf wire, darts tabloid."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief


def actor(text: str, name: str):  # type: ignore[no-untyped-def]
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0]


def role_of(text: str, name: str) -> str | None:
    return actor(text, name).role


# Business wire: a former office in a relative clause, the new post in the main clause.
BANK = """Bank names new boss

Marta Kowalczyk, who was finance director until March, has been appointed chief executive of Tidewater Bank.

She replaces Owen Grice, who retired."""

# Education local: a deputy named head.
SCHOOL = """School gets new head

Ruth Okoye, who was deputy head at the school until July, has been named head teacher.

She takes over from Paul Dent."""

# Football broadsheet: "formerly" in apposition, then appointed.
CLUB = """Club promotes assistant

Sean Hurley, formerly the club's assistant manager, was appointed manager on Monday."""

# Motoring trade: a former title before the name, "became" the new post.
CARMAKER = """New chief at carmaker

Former chief operating officer Lina Berg became chief executive of Skarv Motors on Monday."""

# Rugby local: "promoted to", which the parser reads as an infinitive.
COACH = """Coach steps up

Assistant coach Danny Moyes was promoted to head coach on Friday after the departure of Pete Hollins."""

# Health broadcaster: an owned post in apposition, then the interim post.
TRUST = """Trust appoints interim boss

Priya Anand, the trust's chief operating officer, became interim chief executive on Monday."""

# Not a post: "became the first woman ...", "was named player ..." give none over a role.
FIRST = """Record for local climber

Climber Hana Sato became the first woman from the valley to reach the summit on Tuesday."""


def test_a_post_given_now_is_the_role_over_the_one_held_before() -> None:
    assert role_of(BANK, "Marta Kowalczyk") == "chief executive of Tidewater Bank"
    assert role_of(SCHOOL, "Ruth Okoye") == "head teacher"
    assert role_of(CLUB, "Sean Hurley") == "manager"
    assert role_of(CARMAKER, "Lina Berg") == "chief executive of Skarv Motors"
    assert role_of(COACH, "Danny Moyes") == "head coach"
    assert role_of(TRUST, "Priya Anand") == "interim chief executive"


# Education broadsheet: a post ahead ("will become") is not held yet.
COLLEGE = """New chancellor

Dr Kamal Haidari, the outgoing president of the college, will become its chancellor."""


# Football local, crime tabloid, health local: an award, a plight, "a" post of a kind.
AWARD = """Park honoured

Striker Jo Park was named player of the month on Friday."""

SCAM = """Scam warning

Pensioner Ann Lee became a victim of a phone scam."""

PARTNER = """Law firm

Solicitor Ravi Gill became a partner at the firm in 2019."""


def test_becoming_something_that_is_no_post_or_not_yet_keeps_the_role() -> None:
    assert role_of(FIRST, "Hana Sato") == "Climber"
    assert role_of(COLLEGE, "Kamal Haidari") == "the outgoing president of the college"
    assert role_of(AWARD, "Jo Park") == "Striker"
    assert role_of(SCAM, "Ann Lee") == "Pensioner"
    assert role_of(PARTNER, "Ravi Gill") == "Solicitor"


# Football tabloid: a captain's title in a quote's cue, then a "whose" clause.
CUE = """Relegation fears

"We are in a fight now," admitted captain Joe Barr, whose side are 19th."""


def test_a_whose_clause_does_not_replace_a_title_in_the_cue() -> None:
    assert role_of(CUE, "Joe Barr") == "captain"


# Farming local: a son-in-law after a possessive pronoun.
FARM = """Farmer dies in barn fire

Farmer Colin Rudd died in the fire. His son-in-law, Martin Cole, said the family was devastated."""

# Tabloid: the parser hangs the name on "tribute", not on the kin noun.
TRIBUTE = """Tributes paid

Dina Ross paid tribute to her mother-in-law, Patricia Ross, who died on Sunday."""

# Local news: a son-in-law of a man named before, by surname.
WALKER = """Missing walker found

Hugh Tanner was found safe on Saturday. His daughter, Fiona, thanked the rescue team.

Tanner's son-in-law, Raj Patel, said the family were relieved."""


def test_a_hyphened_tie_of_kin_is_kept_whole() -> None:
    assert role_of(FARM, "Martin Cole") == "Colin Rudd's son-in-law"
    assert role_of(TRIBUTE, "Patricia Ross") == "mother-in-law"
    assert role_of(WALKER, "Raj Patel") == "Tanner's son-in-law"


# US statehouse wire: a title, then the party and the town in apposition.
STATEHOUSE = """Statehouse clash over water rights

State Sen. Priya Ramaswamy, a Democrat from Tucson, called the deal a giveaway.

The bill now goes to the House."""

# US wire: a state and a house before the title.
MAP = """Texas redistricting

Texas state Rep. Jolene Marsh, a Republican from Dallas, said the new map was fair."""

# US Senate wire: the party alone after the title.
SENATE = """Gun bill stalls

Sen. Maria Lopez, a Democrat, said the bill would pass next year."""

# No title: the apposition stays as written, nothing invented.
VOTER = """Voters split

Carla Mendes, a Democrat from Reno, said she would vote for the measure."""


def test_a_us_title_with_the_party_in_apposition_gives_office_and_party() -> None:
    assert role_of(STATEHOUSE, "Priya Ramaswamy") == "Democratic State senator from Tucson"
    assert role_of(MAP, "Jolene Marsh") == "Republican Texas state representative from Dallas"
    assert role_of(SENATE, "Maria Lopez") == "Democratic senator"
    assert role_of(VOTER, "Carla Mendes") == "a Democrat from Reno"


# Crime and transport, local and wire: "named locally as" before a verb of dying, where
# the parser takes "as" for a conjunction and the name for the subject of "died".
DRIVER = """Crash on A9

The driver, named locally as Callum Reid, died at the scene."""

RIDER = """Motorcyclist dies

The motorcyclist, named locally as Jack Dunn, died in hospital."""

VICTIM = """Village shooting

The victim, named locally as Carl Shaw, died at the scene."""

# A bare noun of people ("The woman, named by police as ...") is still no role.
WOMAN = """River death

The woman, named by police as Ruth Allen, died in hospital."""


def test_named_locally_as_gives_the_noun_as_the_role_whatever_the_parse() -> None:
    assert role_of(DRIVER, "Callum Reid") == "driver"
    assert role_of(RIDER, "Jack Dunn") == "motorcyclist"
    assert role_of(VICTIM, "Carl Shaw") == "victim"
    assert role_of(WOMAN, "Ruth Allen") is None


# Football tabloid: an assistant written as a number, owned through "his" after "and".
NUMBER_TWO = """Coach sacked

Ashford have sacked manager Lee Dunne and his No 2, Gavin Reilly, after a 5-0 defeat."""

# Football broadsheet: owned by a surname.
CARETAKER = """Caretaker named

Dunne's No 2, Gavin Reilly, will take charge on Saturday. Reilly said he was ready."""

# Tennis wire and golf: a ranking written as a number before the name.
TENNIS = """Varga into semis

World No 3 Elena Varga beat Maria Stone 6-2 6-1 to reach the semi-finals."""

GOLF = """Rennie leads

World No. 1 Scott Rennie shot a 66 on Thursday."""

# Courts tabloid: "X and her husband, Y": "her" is X's.
COUPLE = """Couple deny fraud

Singer Ava Rhodes and her husband, Tom Finch, denied the charges at Southwark Crown Court."""


# Tennis tabloid: the verb before the ranking is no part of it.
UPSET = """Qualifier stuns seed

Ann Hollis beat world No. 2 Tom Bellamy in the final on Sunday."""

# Football broadsheet: a comma closes the first name before "and his No 2".
BOARDROOM = """Boardroom upheaval

Kestrel Vale have sacked their manager, Neil Morrow, and his No 2, Stefan Lund, after seven defeats."""


def test_a_numbered_post_or_ranking_before_a_name_is_a_role() -> None:
    assert role_of(UPSET, "Tom Bellamy") == "world No. 2"
    assert role_of(BOARDROOM, "Stefan Lund") == "Neil Morrow's No 2"
    assert role_of(NUMBER_TWO, "Gavin Reilly") == "Lee Dunne's No 2"
    assert role_of(CARETAKER, "Gavin Reilly") == "Dunne's No 2"
    assert role_of(TENNIS, "Elena Varga") == "World No 3"
    assert role_of(GOLF, "Scott Rennie") == "World No. 1"


# Football local: "his assistant" after the manager's name.
ASSISTANT = """Boss and assistant go

United sacked manager Lee Dunne and his assistant, Mark Toal, on Monday."""


def test_his_or_her_after_and_stands_for_the_person_named_before() -> None:
    assert role_of(COUPLE, "Tom Finch") == "Ava Rhodes' husband"
    assert role_of(ASSISTANT, "Mark Toal") == "Lee Dunne's assistant"


# Crime wire: a count of people set off before a list of names.
ARRESTS = """Two held after stabbing

Two teenagers, Liam Bell and Josh Carr, were arrested on Friday."""

BLAZE = """Firefighters hurt

Three firefighters, Amy Cole, Ben Hart and Dan Lee, were hurt in the blaze at a warehouse."""

VICTIMS = """Crash victims named

Two people died on the A57 on Sunday. The victims, Ann Hollis and Tom Bracewell, were from Leeds."""


def test_a_counted_plural_before_a_list_is_each_ones_role_in_the_singular() -> None:
    assert role_of(ARRESTS, "Liam Bell") == "teenager"
    assert role_of(ARRESTS, "Josh Carr") == "teenager"
    for name in ("Amy Cole", "Ben Hart", "Dan Lee"):
        assert role_of(BLAZE, name) == "firefighter"
    assert role_of(VICTIMS, "Ann Hollis") == "victim"
    assert role_of(VICTIMS, "Tom Bracewell") == "victim"


# Football local: a participle of leaving set off after the name.
SACKED = """Manager speaks

Paul Crane, sacked as manager of Eastwick Town last month, said he had no regrets."""

# Rugby broadsheet: "axed" (whose lemma the tagger gives as "ax").
AXED = """Coach's verdict

Jo Hale, axed as head coach of the Wolves in May, said the club had lost its way."""

# Business wire and education local: an office someone is leaving is theirs until then.
SUCCESSION = """Bank succession

Sam Tran, who will step down as chief executive next year, said the bank was in good shape."""

FAREWELL = """School farewell

Rhona Clegg, who is retiring as head teacher this summer, said she would miss the pupils."""

TRUST_CHAIR = """Chair to step down

Margaret Ode, who is stepping down as chair of the trust in June, said it had been an honour."""


def test_an_office_left_or_being_left_is_former_or_outgoing() -> None:
    assert role_of(SACKED, "Paul Crane") == "former manager of Eastwick Town"
    assert role_of(AXED, "Jo Hale") == "former head coach of the Wolves"
    assert role_of(SUCCESSION, "Sam Tran") == "outgoing chief executive"
    assert role_of(FAREWELL, "Rhona Clegg") == "outgoing head teacher"
    assert role_of(TRUST_CHAIR, "Margaret Ode") == "outgoing chair of the trust"


# Sport broadsheet, politics broadcaster, charity local: a former post before the name
# and the present one after "now".
PUNDIT = """Rot in the boardroom

Former captain Gary Whitcombe, now a pundit, said the problems went far beyond the dugout."""

CONSULTANT = """Now and then

Former health secretary Ian Rowe, now a consultant, told MPs the plan was flawed."""

APPEAL = """Charity appeal

Ex-England captain Rob Tilly, now chief executive of the charity Kickstart, launched the appeal."""

# "now 45" is an age, no post.
AGED = """Nurse speaks out

Former nurse Ann Pryor, now 45, said she was angry."""


def test_a_former_post_before_the_name_and_now_after_it_are_both_kept() -> None:
    assert role_of(PUNDIT, "Gary Whitcombe") == "Former captain, now a pundit"
    assert role_of(CONSULTANT, "Ian Rowe") == "Former health secretary, now a consultant"
    assert (
        role_of(APPEAL, "Rob Tilly")
        == "Ex-England captain, now chief executive of the charity Kickstart"
    )
    assert role_of(AGED, "Ann Pryor") == "Former nurse"


# US wire: a former lawmaker's title with a party label or the party in apposition.
PRIMARY = """Primary race

Former Rep. Dan Ortiz, D-Texas, announced a run for the Senate."""

COMEBACK = """Comeback bid

Former Sen. Ruth Keane, a Democrat from Reno, is running again."""

LOBBY = """Lobbying row

Ex-Rep. Carl Dunn (R-Ohio) now works for a lobbying firm."""

GOVERNOR = """Border bill

Gov. Ellen Park, a Republican, signed the bill on Tuesday."""


def test_a_former_us_lawmakers_title_keeps_former_with_the_party() -> None:
    assert role_of(PRIMARY, "Dan Ortiz") == "former Democratic representative from Texas"
    assert role_of(COMEBACK, "Ruth Keane") == "former Democratic senator from Reno"
    assert role_of(LOBBY, "Carl Dunn") == "former Republican representative from Ohio"
    assert role_of(GOVERNOR, "Ellen Park") == "Republican governor"


# Irish and Northern Irish politics: a member's letters before the name, as "MP" is.
DAIL = """Housing crisis

Sinn Féin TD Niamh Walsh said the plan would not build a single home."""

DAIL_TWO = """Budget row

Fianna Fáil TD Sean Barry said the decision was wrong. Barry later withdrew the remark."""

STORMONT = """Stormont row

DUP MLA Peter Greer said the decision was wrong."""


def test_a_td_or_an_mla_before_the_name_is_the_role_not_part_of_the_name() -> None:
    assert role_of(DAIL, "Niamh Walsh") == "Sinn Féin TD"
    assert role_of(DAIL_TWO, "Sean Barry") == "Fianna Fáil TD"
    found = actor(STORMONT, "Peter Greer")
    assert found.name == "Peter Greer"
    assert found.role == "DUP MLA"
