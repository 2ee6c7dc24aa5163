# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 8, on synthetic articles written for these tests (invented
people, unions, clubs, societies, residents' groups and firms): the capacity a person
speaks, addresses a meeting or gives evidence in ("Ann Lee spoke as convenor of the
branch", "Speaking as chairman of the trust, Ann Lee said", "who spoke as president of
the society", "gave evidence as director of operations at Apex") is their role, without
the verb; an "as" that is a conjunction ("spoke as rain fell") gives none. A trade named
in the next sentence by a definite noun ("The postman has lived in the house since
1979", "The retired fisherman said") is the role of the one person the sentence before
named, where a bare office ("The harbourmaster said") may be someone else's. A bare
"the director, Ann Lee," after "The grocer's finance director warned ..." takes the post
as the article first described it with its owner. A body set off by commas after the
name ("Ann Lee, from the Kelby Care Association,", "of the charity Age Forward"), or
closing the sentence after "said" ("said Ann Lee of the charity Age Forward."), is
where she works; a hometown ("Ann Lee, from Leeds,") is none. One speaking for a body
("Ann Lee, speaking for the Taxpayers' Alliance,", "Speaking on behalf of the anglers'
club", "who spoke for the residents' group") is its spokesperson; "spoke for 20 minutes"
and "speaking for many parents" name no body. A lead's "The chair of <named body> has
resigned" introduces the person the next sentence names, as "A nurse ..." does. Beats and
styles: labour wire, tabloid football, science broadsheet, local planning, courts, local
weather and fishing."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees


def role_of(text: str, name: str) -> str | None:
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0].role


# Labour wire: the capacity follows "spoke as" in the person's own sentence.
CONVENOR = """Foundry workers reject pay offer

Workers at Calder Foundry voted on Thursday to reject the latest pay offer from management.

Maureen Oduya spoke as convenor of the foundry's branch of the GMB union.

"Our members have had enough," she said."""

# Tabloid football: an opening participle "Speaking as ..." on the verb she is subject of.
SUPPORTERS = """Rovers fans fury over ticket hike

The Lowfield Rovers board met on Monday to discuss the price rise.

Speaking as chairman of the supporters' trust, Derek Amstell said fans felt let down.

"We were never consulted," Amstell said."""

# Science broadsheet: "who spoke as" in a relative clause on the name.
SOCIETY = """Marine programme cuts criticised

Scientists have criticised cuts to the national marine survey programme.

Dr Ingrid Solvang, who spoke as president of the Northern Ecology Society, said the decision would cost jobs.

"This is a false economy," Solvang said."""

# Local planning: "addressed the meeting as ...".
RESIDENTS = """Bexford homes plan fought by residents

Residents packed Bexford village hall on Tuesday night to oppose plans for 300 homes.

Pauline Grange addressed the meeting as secretary of the Bexford Residents' Association.

"We will fight this all the way," Grange said."""

# Courts: "gave evidence as ...".
WITNESS = """Haulier denies lorry was unsafe

A haulage firm accused of ignoring safety warnings has begun its defence at Leeds Crown Court.

Tomasz Wilk gave evidence as director of operations at Brennock Logistics.

"The lorry had passed its inspection," Wilk told the jury."""

# Sport, broadcaster: the body after "as chair of" is described after a comma.
CHARITY = """Athletics club loses its track

Members of Harlow Striders have been told their training track will close in May.

Joanna Pritchard spoke as chair of Track Futures, a charity that helps clubs find new venues.

"Clubs like this are the heart of the sport," she said."""

# An "as" that is a conjunction says no capacity.
RAIN = """Vigil held for crash victims

Hundreds gathered in the square on Sunday evening for the three victims of the crash.

Kieran Boyd spoke as rain fell on the crowd.

"They were the best of us," Boyd said."""

# Local weather: a trade the next sentence says he has kept a while.
FLOOD = """Flood clean-up begins in Ashby

Gerald Simmonds watched the water rise through his kitchen on Sunday night. The postman has lived in the house since 1979.

"I have never seen anything like it," Simmonds said."""

# Fishing, broadcaster: a trade held once; a bare office brings in someone else.
RETIRED = """Harbour closure plan angers crews

Callum Rennie lands his catch at Peterhead every Tuesday. The retired fisherman said the closure would cost him thousands.

"It is the end of us," Rennie said."""

HARBOURMASTER = """Harbour closure plan angers crews

Callum Rennie lands his catch at Peterhead every Tuesday. The harbourmaster said the closure would cost the town thousands.

"It is the end of us," Rennie said."""

# Business wire: the post described with its owner, named two sentences later.
GROCER = """Pellow's shares fall on margin warning

Shares in Pellow's Stores fell 8% on Tuesday after the grocer cut its profit forecast.

The grocer's finance director warned in March that margins would shrink. Speaking to analysts on Tuesday, the director, Nadia Ferris, said the worst was over.

"We expect a better second half," Ferris said."""

# Sport, tabloid: "That physiotherapist, ..." after the club's physiotherapist spoke.
PHYSIO = """Kelby striker out for season

Kelby Town striker Jonny Weir will miss the rest of the season with a knee injury.

The club's physiotherapist told fans in August that the injury was minor. That physiotherapist, Leona Garvey, left the club last month.

Manager Terry Oakes said the news was a blow."""

# An earlier mention with no owner says no more than the bare noun.
UNOWNED = """Plant to close with 200 jobs lost

A chemicals plant in Runcorn will close next year with the loss of 200 jobs.

A director warned staff in May that orders had collapsed. On Monday the director, Owen Prothero, confirmed the closure.

"This is a sad day," Prothero said."""

# Social care, broadsheet: the body after "from" or "of", set off by commas.
CARE = """Care home fees to rise by 12%

Care home fees in Kelby will rise by 12% in April, the county council said.

Joanna Hartley, from the charity Age Forward, said families were desperate. Ravinder Gill, from the Kelby Care Association, said homes were closing. Malcolm Reese, of the union Unison, said staff were leaving.

"It is a crisis," Hartley said."""

HOMETOWN = """Care home fees to rise by 12%

Care home fees in Kelby will rise by 12% in April, the county council said.

Joanna Hartley, from Leeds, said her mother's fees had doubled.

"It is a crisis," Hartley said."""

# Local politics: speaking for a body, or for a while, or for people.
SPOKE_FOR = """Bexley Vale mayor faces no-confidence vote

Councillors in Bexley Vale will vote on Thursday on whether to remove the mayor.

Derek Pyle, speaking for the Bexley Vale Taxpayers' Alliance, said residents had lost faith. Speaking on behalf of the Kelby Anglers' Club, Ron Tulley said the river was dying. Nina Hale, who spoke for the residents' group, said the plan was flawed.

Ian Bright spoke for 20 minutes. Speaking for many parents, Alison Tate said the school should stay open.

"Enough is enough," Pyle said."""

# Health broadcaster: a post of a named body in the lead, its holder named next.
TRUST_CHAIR = """Hospital trust chair quits after damning report

The chair of Northfield Hospitals NHS Trust has resigned after a report found serious failings in its stroke unit.

Dame Ruth Halloran, who had led the board since 2019, said she was stepping down with immediate effect.

"I take full responsibility," she said."""

# Sport wire: a post of no named body says nothing of the one named next.
THE_COACH = """Harriers part company with coach

The coach has left Kelby Harriers after a run of poor results, the club said.

Marco Bellini, 44, joined in 2022.

"It has been a privilege," Bellini said."""

# Inverted attribution: the body closes the sentence.
CARE_SAID = """Care home fees to rise by 12%

Care home fees in Kelby will rise by 12% in April, the county council said.

"Families are desperate," said Joanna Hartley of the charity Age Forward. "Staff are leaving," said Malcolm Reese, from the union Unison.

"It is a crisis," Hartley said."""


def test_spoke_as_convenor_is_the_role() -> None:
    role = role_of(CONVENOR, "Maureen Oduya")
    assert role_agrees(role, "convenor of the foundry's branch of the GMB union")


def test_speaking_as_chairman_is_the_role() -> None:
    role = role_of(SUPPORTERS, "Derek Amstell")
    assert role_agrees(role, "chairman of the supporters' trust")


def test_who_spoke_as_president_keeps_no_verb() -> None:
    role = role_of(SOCIETY, "Ingrid Solvang")
    assert role is not None
    assert role.startswith("president of the Northern Ecology Society")


def test_addressed_the_meeting_as_secretary_is_the_role() -> None:
    role = role_of(RESIDENTS, "Pauline Grange")
    assert role_agrees(role, "secretary of the Bexford Residents' Association")


def test_gave_evidence_as_director_is_the_role() -> None:
    role = role_of(WITNESS, "Tomasz Wilk")
    assert role_agrees(role, "director of operations at Brennock Logistics")


def test_spoke_as_chair_stops_at_the_body_description() -> None:
    assert role_of(CHARITY, "Joanna Pritchard") == "chair of Track Futures"


def test_as_a_conjunction_gives_no_role() -> None:
    assert role_of(RAIN, "Kieran Boyd") is None


def test_trade_kept_a_while_in_the_next_sentence_is_the_role() -> None:
    assert role_of(FLOOD, "Gerald Simmonds") == "postman"


def test_trade_held_once_in_the_next_sentence_is_the_role() -> None:
    assert role_of(RETIRED, "Callum Rennie") == "retired fisherman"


def test_bare_office_in_the_next_sentence_is_not_the_role() -> None:
    assert role_of(HARBOURMASTER, "Callum Rennie") is None


def test_bare_post_takes_the_owned_description_before_it() -> None:
    assert role_of(GROCER, "Nadia Ferris") == "the grocer's finance director"


def test_that_post_takes_the_owned_description_before_it() -> None:
    assert role_of(PHYSIO, "Leona Garvey") == "the club's physiotherapist"


def test_bare_post_without_an_owner_before_stays_bare() -> None:
    role = role_of(UNOWNED, "Owen Prothero")
    assert role is not None
    assert "'s" not in role
    assert role_agrees(role, "director")


def test_body_after_from_is_where_she_works() -> None:
    assert role_agrees(role_of(CARE, "Joanna Hartley"), "works for the charity Age Forward")
    assert role_agrees(role_of(CARE, "Ravinder Gill"), "Kelby Care Association member")


def test_union_named_after_of_is_where_he_works() -> None:
    assert role_agrees(role_of(CARE, "Malcolm Reese"), "Unison official")


def test_hometown_after_from_is_no_workplace() -> None:
    role = role_of(HOMETOWN, "Joanna Hartley")
    assert role is None or "Leeds" not in role


def test_speaking_for_a_body_is_its_spokesperson() -> None:
    assert role_agrees(
        role_of(SPOKE_FOR, "Derek Pyle"), "spokesman for the Bexley Vale Taxpayers' Alliance"
    )
    assert role_agrees(role_of(SPOKE_FOR, "Ron Tulley"), "spokesman for the Kelby Anglers' Club")
    assert role_agrees(role_of(SPOKE_FOR, "Nina Hale"), "spokeswoman for the residents' group")


def test_speaking_for_a_while_or_for_people_names_no_body() -> None:
    assert role_of(SPOKE_FOR, "Ian Bright") is None
    assert role_of(SPOKE_FOR, "Alison Tate") is None


def test_post_of_a_named_body_in_the_lead_is_the_next_named_role() -> None:
    role = role_of(TRUST_CHAIR, "Ruth Halloran")
    assert role_agrees(role, "chair of Northfield Hospitals NHS Trust")


def test_post_of_no_named_body_in_the_lead_is_not_the_role() -> None:
    role = role_of(THE_COACH, "Marco Bellini")
    assert role is None or "coach" not in role


def test_body_closing_the_sentence_after_said_is_where_she_works() -> None:
    assert role_agrees(role_of(CARE_SAID, "Joanna Hartley"), "works for the charity Age Forward")
    assert role_agrees(role_of(CARE_SAID, "Malcolm Reese"), "Unison official")
