# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 9, on synthetic articles written for these tests (invented
people, councils, parties, forces, firms and clubs). A party and a seat in brackets
after a name ("Sir Peter Gilmore (Con, Hatfield North)", "Jane Corder (Lab, Westfield)")
say she sits for that party and seat ("Conservative member for Hatfield North"); brackets
holding anything else give none. A relative clause saying the person has led, headed,
run or chaired a body for a while or does so now ("who had led the council since 2015",
"who currently runs the bank's mortgage arm") gives the post ("leader of the council",
"head of the bank's mortgage arm"); one who led a march or a side to a win holds no post.
A bare military rank before the name ("Major General Colin Ashby", "Vice Admiral Helen
Troughton") yields to the post the apposition or such a clause gives after the name;
an office before the name ("Defence Minister Ann Lee, who has led the ministry since
2020,") keeps its place. Beats and styles: parliament sketch, local council, defence
wire, football tabloid, business wire, brewing trade, police local."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees


def role_of(text: str, name: str) -> str | None:
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0].role


# Parliament sketch: a UK party-and-seat label after the name.
COMMONS = """Minister pressed on hospital

A minister was pressed on hospital waiting times in the Commons on Tuesday.

Sir Peter Gilmore (Con, Hatfield North) asked why his local hospital had lost its maternity unit.

"My constituents deserve answers," Gilmore said."""

# Local council: a councillor's party and ward.
COUNCIL = """Bus cuts debated

Councillors debated bus cuts at County Hall on Thursday.

Jane Corder (Lab, Westfield) said villages would be cut off.

"People will be stranded," Corder said."""

# Broadsheet: Liberal Democrat spelled short.
LIBDEM = """Water bills row in Commons

MPs clashed over water bills in a Westminster Hall debate on Wednesday.

Tom Ashworth (LD, Fenbury and Crale) said customers were paying for failure.

"The companies have had a free ride," Ashworth said."""

# Brackets holding a place and an age: no party, no seat.
NOT_A_PARTY = """Walker rescued on fell

A walker was rescued from Brant Fell on Sunday after a fall.

Alan Prowse (Kendal, 64) was taken to hospital with a broken ankle.

"I was lucky," Prowse said."""


def test_party_and_seat_in_brackets_is_the_role() -> None:
    assert role_agrees(role_of(COMMONS, "Peter Gilmore"), "Conservative MP for Hatfield North")
    assert role_agrees(role_of(COUNCIL, "Jane Corder"), "Labour councillor for Westfield")
    assert role_agrees(role_of(LIBDEM, "Tom Ashworth"), "Liberal Democrat MP for Fenbury and Crale")


def test_brackets_without_a_party_give_no_seat() -> None:
    role = role_of(NOT_A_PARTY, "Alan Prowse") or ""
    assert "member" not in role and "Kendal" not in role


# Local council: "who had led the council since".
LEADER = """Council leader quits

The leader of Fenwick council has quit after a row over bins.

Gordon Mabey, who had led the council since 2015, announced his resignation on Tuesday.

"It is time for someone else," Mabey said."""

# Brewing trade: "who has run".
BREWER = """Brewer chief to retire

Thornbury Ales said on Monday its chief would retire next year.

Margaret Dunstan, who has run the brewer since 2008, will stay until a successor is found.

"It has been a privilege," Dunstan said."""

# Business wire: "who currently runs".
BANK = """Bank names new boss

Calder Bank said on Wednesday it had chosen a new chief executive.

Nadia Kerr, who currently runs the bank's mortgage arm, will take over in June after a six-month search.

"Nadia is the right person," chairman Ian Sorrell said."""

# A march and a side led to a win are no posts.
MARCH = """Thousands march over hospital

Thousands marched through Dunmore on Saturday against plans to close the town's hospital.

Karen Loftus, who led the march, said the town would not give up.

"We will be back," Loftus said."""

CUP = """Rovers lift county cup

Lowfield Rovers won the county cup on Saturday, beating Ashby Town 2-1.

Striker Dean Fowle, who led the side to the final, scored both goals.

"What a day," Fowle said."""


def test_who_has_led_a_body_gives_the_post() -> None:
    assert role_agrees(role_of(LEADER, "Gordon Mabey"), "leader of the council")
    assert role_agrees(role_of(BREWER, "Margaret Dunstan"), "head of the brewer")
    assert role_agrees(role_of(BANK, "Nadia Kerr"), "head of the bank's mortgage arm")


def test_leading_a_march_or_a_side_is_no_post() -> None:
    assert "leader" not in (role_of(MARCH, "Karen Loftus") or "")
    assert role_of(CUP, "Dean Fowle") == "Striker"


# Defence wire: a rank before the name, the post in an apposition after it.
GENERAL = """Army chief named

The government named a new commander for its rapid reaction force on Friday.

Major General Colin Ashby, the head of the Royal Logistic Corps, said he was honoured.

"It is a privilege," Ashby said."""

# Defence broadsheet: a rank, then "who has led".
ADMIRAL = """Navy review ordered

Ministers ordered a review of the fleet on Monday.

Vice Admiral Helen Troughton, who has led the Naval Service since 2021, said the review was overdue.

"We need more ships," Troughton said."""

# An office before the name stays ahead of the clause.
MINISTER = """Frigate order confirmed

The government confirmed an order for six frigates on Thursday.

Defence Minister Anita Rahman, who has led the ministry since 2020, said the ships would be built in Scotland.

"This secures thousands of jobs," Rahman said."""


def test_a_bare_rank_yields_to_the_post_after_the_name() -> None:
    assert role_agrees(role_of(GENERAL, "Colin Ashby"), "head of the Royal Logistic Corps")
    assert role_agrees(role_of(ADMIRAL, "Helen Troughton"), "head of the Naval Service")


def test_an_office_before_the_name_keeps_its_place() -> None:
    assert role_of(MINISTER, "Anita Rahman") == "Defence Minister"


# Count night, broadcaster: the post the story names before the name, background after.
COUNT = """Count goes on until dawn

The count in Ashby South went on until dawn after a recount was called.

The result was announced by the returning officer, Paul Grimsby, the chief executive of Ashby District Council.

"It was a long night," Grimsby said."""

# Public inquiry, broadsheet.
INQUIRY = """Flood inquiry opens

A public inquiry into the Calder Vale floods opened in Leeds on Monday.

The inquiry's chairman, Sir Dennis Awoyemi, a retired High Court judge, said families deserved answers.

"We will follow the evidence wherever it leads," Awoyemi said."""

# Business wire: a firm's officer, then what she did before.
FIRM = """Chipmaker cuts forecast

Selbury Semiconductors cut its annual forecast on Thursday, sending its shares down 9%.

Its finance chief, Laura Minchin, a former investment banker, told analysts demand had slowed.

"The second half will be tougher," Minchin said."""


def test_the_post_set_before_the_name_wins_over_background_after_it() -> None:
    assert role_agrees(role_of(COUNT, "Paul Grimsby"), "returning officer")
    assert role_agrees(role_of(INQUIRY, "Dennis Awoyemi"), "inquiry chairman")
    assert role_agrees(role_of(FIRM, "Laura Minchin"), "finance chief")


# Local paper: a title naming the office before a bracketed party and ward.
CLLR = """Library closures approved

Harton council approved the closure of four libraries on Wednesday night.

Cllr Rita Okonjo (Con, Harton Vale) said the decision was a disgrace.

"We will campaign to reverse it," Okonjo said."""

# Trade paper: a post held up to the story's moment gives way to what she does now.
STAYS_ON = """Maltings boss steps down

Dunmore Maltings said on Monday its chief executive had stepped down after a profit warning.

Carol Bexley, who had led the maltster since 2017, will stay on as an adviser to the board until June.

"It is the right time," Bexley said."""


def test_a_title_names_the_office_with_the_party_and_ward() -> None:
    assert role_agrees(role_of(CLLR, "Rita Okonjo"), "Conservative councillor for Harton Vale")
    assert "councillor" in (role_of(CLLR, "Rita Okonjo") or "").casefold()


def test_what_she_does_now_comes_before_a_post_she_had_held() -> None:
    assert role_agrees(role_of(STAYS_ON, "Carol Bexley"), "adviser to the board")


# Local news: one set before the name by what she did is no post.
SPOTTED = """Gas leak found by neighbour

Forty homes in Calder Road were evacuated on Sunday after a gas leak.

The neighbour who smelled the gas, Irene Maddox, a retired nurse, called the emergency line at 6am.

"I knew something was wrong," Maddox said."""


def test_one_set_before_the_name_by_what_she_did_keeps_the_apposition() -> None:
    assert role_of(SPOTTED, "Irene Maddox") == "a retired nurse"


# Sport tabloid: a passive "will be replaced by" gives the post of the one replaced.
SACKED = """Rovers sack Hollis

Lowfield Rovers sacked manager Dean Hollis on Monday after eight defeats in a row.

Hollis will be replaced by Alan Rigby until the end of the season, the club said.

"We thank Dean for his work," chairman Ray Stott said."""

# Business wire: "will be succeeded by".
RETIRES = """Calder Bank finance chief to retire

Calder Bank said on Wednesday that finance director Ian Sorrell would retire in June.

Sorrell will be succeeded by Nadia Kerr, the bank said.

"Ian leaves the bank in good shape," chairman Hugh Penrose said."""

# Arts broadsheet: the active "will succeed".
MUSEUM = """Museum names new director

The Tolworth Museum said on Tuesday its director, Alan Petch, would leave in April after ten years.

Joanna Wray will succeed Petch in the spring, the museum said.

"Joanna knows the place inside out," Petch said."""

# Match report: a substitution is no succession.
SUB = """Striker ruled out

Rovers striker Kyle Ambrose has been ruled out for six weeks with a knee injury.

Ambrose was replaced by Tom Pettit after 20 minutes of Saturday's win.

"It is a blow," manager Dean Hollis said."""


def test_one_to_take_over_a_post_holds_it() -> None:
    assert role_agrees(role_of(SACKED, "Alan Rigby"), "interim manager")
    assert role_agrees(role_of(RETIRES, "Nadia Kerr"), "incoming finance director")
    assert role_agrees(role_of(MUSEUM, "Joanna Wray"), "next director of the museum")


def test_a_substitution_in_a_match_gives_no_post() -> None:
    assert not role_agrees(role_of(SUB, "Tom Pettit"), "Rovers striker")


# Local council: "his deputy, Ann Lee," is whose she is; the post set before no longer
# replaces the role read with its owner.
DEPUTY = """Returning officer to step down

Counting at the Marsh Vale count ended at dawn.

Returning officer Paul Grimsby said he would step down in May. He will be replaced by his deputy, Fiona Greaves.

"She will do a fine job," Grimsby said."""


def test_a_personal_owner_before_the_post_is_kept() -> None:
    # (since round 43 the owner's post is spelled out: his deputy is the deputy
    # returning officer)
    assert role_of(DEPUTY, "Fiona Greaves") == "deputy returning officer"


# Heading a cause, a race or a fight is no post (local, sport, campaign).
CAUSES = """Inquiry call grows

Families of the Calder Court fire victims renewed calls for a public inquiry on Monday.

Maureen Tighe, who has led calls for an inquiry since the fire, said families had waited too long.

Derek Saltash, who has run the town's half marathon every year since 1990, said the route would change.

"We will not stop," Tighe said."""


def test_leading_calls_or_running_a_race_is_no_post() -> None:
    assert not (role_of(CAUSES, "Maureen Tighe") or "").startswith("leader of")
    assert not (role_of(CAUSES, "Derek Saltash") or "").startswith("head of")


# Election night, broadcaster: a party's possessive before a candidate's name says whom
# she stands for, over background an apposition adds later.
GAIN = """Labour gain Marsh Vale

Labour's Priya Anand-Holt won Marsh Vale by 312 votes on Friday.

Ms Anand-Holt, a former head teacher, thanked voters."""

# US wire.
SENATE = """Senate race called

The Democrats' Maria Ochoa beat the incumbent by four points in the Senate race.

Ochoa, a former prosecutor, said voters wanted change."""

# Scottish broadsheet, an acronym party.
HOLYROOD = """SNP hold Carrick East

The SNP's Fiona Baird held Carrick East with a reduced majority.

Baird, a former nurse, said the result was a vote for the NHS."""

# Business: a firm's possessive is no party.
FIRM_OWNER = """Apex results

Apex's Laura Minchin said sales had slowed.

Minchin, a former banker, said the second half would be tougher."""


def test_a_party_possessive_before_the_name_is_the_role() -> None:
    assert role_agrees(role_of(GAIN, "Priya Anand-Holt"), "Labour candidate")
    assert role_agrees(role_of(SENATE, "Maria Ochoa"), "the Democrats' Senate candidate")
    assert role_agrees(role_of(HOLYROOD, "Fiona Baird"), "SNP candidate")


def test_a_firm_possessive_is_no_party() -> None:
    assert role_of(FIRM_OWNER, "Laura Minchin") == "a former banker"


# Local paper: the post set before the name comes before the party's possessive.
MP_FOR = """Scrap metal checks urged

Thieves have stripped lead from the roof of St Anne's church in Brackley for the third time.

The MP for Brackley, Labour's Joanna Pierce, said she had written to the Home Office."""


def test_a_post_set_before_comes_before_the_party_possessive() -> None:
    assert role_agrees(role_of(MP_FOR, "Joanna Pierce"), "MP for Brackley")


# Courts local: a bare noun set before the name ("The victim,") is no post; what she
# does, in the apposition after it, stays her role.
VICTIM = """Man jailed for attack

A man who attacked a woman outside a pub in Selby has been jailed for four years.

The victim, Ann Cresswell, a nurse at Selby hospital, needed 20 stitches.

"I still have nightmares," Cresswell said in a statement."""

# Sport: a captain is a role in a team, not a bare military rank.
SKIPPER = """Rovers win

Lowfield Rovers beat Ashby Town 2-0 on Saturday.

Captain Dean Fowle, the club's record appearance holder, scored the second goal.

"A big win," Fowle said."""


def test_a_bare_noun_set_before_is_no_post() -> None:
    assert role_of(VICTIM, "Ann Cresswell") == "a nurse at Selby hospital"


def test_a_captain_keeps_the_title_with_the_apposition() -> None:
    assert (role_of(SKIPPER, "Dean Fowle") or "").startswith("Captain")
