"""Round 42 (#21): roles the story tells in ways the rules did not read.

- A witness whose evidence the lead tells ("A bus driver told a jury ...") is the person
  the next sentence names when that person goes on speaking; one in the dock ("A former
  treasurer accused of taking £38,000 told a jury ...") when that person pleads.
- "The mother of a teenager who drowned ..." brings in one relative, as "a" brings in one
  person.
- "is to step down as", "is set to retire as": an office held until then ("outgoing").
- "lollipop lady", "dinner lady": a bare noun of people made a calling by the noun before
  it, as "postman" is; a lower-case "lady" is no courtesy title.
- A body's role told by what it did ("runs services between ...", "announced rules") gives
  way to what the story later says it is ("The operator said", "The regulator said").
- "whose husband is a surgeon" is a relative's calling: what the story says next of the
  person ("Mrs Pike, a primary school teacher,", "The midwife was honoured") is theirs.
- When every other person a sentence names carries a post ("Skipper Tom Bell praised Ann
  Lee"), the new noun of a calling that opens the next sentence ("The fast bowler took
  five for 31") is the untitled one's.

Synthetic passages across beats (invented people, places and bodies)."""

from __future__ import annotations

import pytest

from tests.surface_runs import brief_from_the_cli, extractive_brief

# (case, passage, person or body, words the role must hold)
ROLES = [
    (
        "witness goes on speaking, courts",
        "A bus driver told a jury he saw the attack on Station Road.\n\nAhmed Rauf said he "
        "had stopped his double-decker at the lights when he saw it.",
        "Ahmed Rauf",
        "bus driver",
    ),
    (
        "witness beside a victim, courts",
        "A shop assistant told a jury she saw the defendant lunge moments before a man "
        "fell to the floor.\n\nMegan Ortiz said she had been stacking shelves near the "
        "door.",
        "Megan Ortiz",
        "shop assistant",
    ),
    (
        "expert after the fact, inquest",
        "The climber had suffered a fractured skull, a consultant neurosurgeon told the "
        "inquest.\n\nDr Ravi Menon said the injury would have been fatal within minutes.",
        "Ravi Menon",
        "neurosurgeon",
    ),
    (
        "accused who pleads, local court",
        "A care worker charged with stealing from residents told magistrates she had "
        "borrowed the money.\n\nKelly Brannan, 34, of Mill Street, denies theft.",
        "Kelly Brannan",
        "care worker",
    ),
    (
        "kin of one unnamed, tabloid",
        "The widow of a fisherman lost at sea has won her fight for compensation.\n\nMary "
        "Doyle, 61, said the ruling had come too late.",
        "Mary Doyle",
        "widow",
    ),
    (
        "kin of one unnamed, broadsheet",
        "The father of a student who died after a hazing ritual has called for a ban.\n\n"
        "Graham Pell said his son had been a gifted musician.",
        "Graham Pell",
        "father",
    ),
    (
        "leaving planned with 'is to', culture",
        "Yuki Tanabe is to step down as principal conductor of the Northern Sinfonia "
        "Players at the end of next season.",
        "Yuki Tanabe",
        "outgoing principal conductor",
    ),
    (
        "leaving planned with 'is set to', education",
        "Marta Quist is set to retire as head teacher of Brookfield Primary in July.",
        "Marta Quist",
        "outgoing head teacher",
    ),
    (
        "trade on a bare noun, tabloid",
        "Lollipop lady Brenda Catt, 67, has been hailed a hero after she pulled a toddler "
        "out of the path of a speeding van.",
        "Brenda Catt",
        "lollipop lady",
    ),
    (
        "trade on a bare noun mid-sentence, local",
        "Police said lollipop man Terry Wills, 70, was hurt when a car mounted the kerb.",
        "Terry Wills",
        "lollipop man",
    ),
    (
        "body described after an act, transport",
        "Northlink Rail, which runs services between Leeds and Hull, is to cut a quarter "
        "of its Sunday trains from May.\n\nThe operator said 18 trainee drivers would "
        "qualify over the summer.",
        "Northlink Rail",
        "operator",
    ),
    (
        "body described after a passive act, gambling",
        "Online casinos will have to run affordability checks under rules announced by "
        "the Wagering Standards Commission.\n\nThe regulator said the checks would be "
        "frictionless for most customers.",
        "Wagering Standards Commission",
        "regulator",
    ),
    (
        "body's own head noun, science",
        "A probe launched by the Pacific Orbital Agency has sent back images of an "
        "asteroid.\n\nThe space agency said the surface was rougher than expected.",
        "Pacific Orbital Agency",
        "space agency",
    ),
    (
        "relative's calling, then an apposition",
        "Tom Aske, whose father was a miner, has lived in the village all his life.\n\nMr "
        "Aske, a bus driver, said the pit closure had hit hard.",
        "Tom Aske",
        "bus driver",
    ),
    (
        "relative's calling, then a fresh epithet",
        "Mrs Ngozi Udeh, whose husband is a pastor in Nsulu, has delivered more than "
        "3,000 babies in 25 years.\n\nThe midwife was honoured by the state government "
        "on Friday.",
        "Ngozi Udeh",
        "midwife",
    ),
    (
        "relative's office told with no article, local",
        "Tom Reid, whose father was mayor of Elmbury in the 1990s, has launched a bid to "
        "save the town's drinking fountain.\n\nMr Reid, a plumber, has offered to restore "
        "the pipework for free.",
        "Tom Reid",
        "plumber",
    ),
    (
        "titled companion, football",
        "Boss Steve Lomas has slapped a club-record fine on Danny Kirwan after he was "
        "spotted at a nightclub.\n\nThe midfielder, 24, was left out of the squad.",
        "Danny Kirwan",
        "midfielder",
    ),
    (
        "titled companion, cricket",
        "Skipper Temba Mahlaba praised Kabelo Rantsho after the Lions won by 72 runs.\n\n"
        "The fast bowler took five for 31 in his first match of the season.",
        "Kabelo Rantsho",
        "bowler",
    ),
    (
        "titled companion with an age, cricket",
        "Captain Arjun Mehta declared on 412 for six after Ravi Sharma made 187.\n\nThe "
        "22-year-old opener batted for more than seven hours.",
        "Ravi Sharma",
        "opener",
    ),
]


@pytest.mark.parametrize(("case", "passage", "actor", "role"), ROLES, ids=[c[0] for c in ROLES])
def test_the_role_the_story_tells(case: str, passage: str, actor: str, role: str) -> None:
    roles = {a.name: a.role for a in extractive_brief(passage).actors}
    assert actor in roles, roles
    assert role in (roles[actor] or "").casefold(), roles


# (case, passage, person or body, words the role must not hold)
GUARDS = [
    (
        # one of many speaks to a paper: the person named next is someone else
        "witness to a paper",
        "A neighbour told the Echo she heard screams.\n\nAnn Lee said the family had "
        "lived there for years.",
        "Ann Lee",
        "neighbour",
    ),
    (
        # the witness testifies; the one named next pleads: the defendant, not the witness
        "witness then the defendant",
        "A bus driver told a jury he saw the attack.\n\nCallum Price, 22, denies wounding "
        "with intent.",
        "Callum Price",
        "driver",
    ),
    (
        # "was due to ... but stayed": the plan came to nothing, no outgoing office
        "leaving that did not happen",
        "Dan Oyelaran was due to stand down as chief executive of Harlow Water last year "
        "but stayed.",
        "Dan Oyelaran",
        "outgoing",
    ),
    (
        # a courtesy title is still no role
        "courtesy title",
        "Dinner lady Pauline Ward, 58, was given an award.\n\nFormer minister Lady Helen "
        "Brook said it was deserved.",
        "Helen Brook",
        "lady",
    ),
    (
        # the relative's calling is never the person's own
        "relative's calling alone",
        "Lucy Marchant, whose brother is an MP, was at the meeting.",
        "Lucy Marchant",
        "mp",
    ),
    (
        # what the body does tells more than the word its own name ends in
        "act over the body's own head noun",
        "Ferry services have been suspended after a vessel struck the harbour wall.\n\n"
        "The Northern Ports Authority, which runs Kelmouth harbour, said divers would "
        "inspect the wall.\n\nNo passengers were injured, the authority said.",
        "Northern Ports Authority",
        "authority",
    ),
    (
        # two untitled people: the epithet could be either one's
        "two untitled companions",
        "Tom Bell praised Kabelo Rantsho after the Lions won by 72 runs.\n\nThe fast "
        "bowler took five for 31 in his first match of the season.",
        "Kabelo Rantsho",
        "bowler",
    ),
]


@pytest.mark.parametrize(("case", "passage", "actor", "role"), GUARDS, ids=[c[0] for c in GUARDS])
def test_no_role_the_story_does_not_tell(case: str, passage: str, actor: str, role: str) -> None:
    roles = {a.name: a.role for a in extractive_brief(passage).actors}
    assert actor in roles, roles
    assert role not in (roles[actor] or "").casefold(), roles


def test_a_name_inside_another_s_description_takes_no_epithet() -> None:
    # "Harbour Lane favourite Ann Lee": the soap's name is no companion of Ann Lee's
    passage = (
        "Harbour Lane favourite Kayleigh Drummond is set to leave the soap after a furious "
        "on-set row with co-star Marcus Fenwick, insiders have claimed.\n\nThe actress, "
        "29, is said to have stormed off set."
    )
    roles = {a.name: a.role for a in extractive_brief(passage).actors}
    assert "Harbour Lane" not in roles or "actress" not in (roles["Harbour Lane"] or ""), roles


def test_on_the_cli(tmp_path) -> None:
    _, passage, person, role = ROLES[0]
    brief = brief_from_the_cli(tmp_path, passage)
    roles = {a["name"]: a["role"] for a in brief["actors"]}
    assert role in (roles.get(person) or ""), roles
