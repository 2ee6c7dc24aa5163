# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 7, on synthetic articles written for these tests (invented
people, trusts, banks, clubs, councils and schools): a role the next sentence gives by a
definite noun of people without an age ("Ann Lee has tracked hedgehogs for a decade. The
zoologist, who ...") when that noun is new to the article and names no other party to
the story ("The judge told him ..." is someone else, "The retired detective" is not); a
role a person held once, written as "who had been head of ..." or "who was chief
executive of ... until 2019", or one they left ("resigned as", "was sacked as", "who had
been removed as"), is their former role, but not one they will leave ("will step down
as"), and one a "who" clause gives ("who was elected district attorney") is the office
held; a role in brackets right after the name ("Dr Ann Lee (medical director) said") is
the role, over a relation such as "Her successor" and over the office a title gives,
while a caption's "(pictured)" is none; of two unnamed people in a lead ("A care home
manager has been found guilty after a resident was ...") the one the court deals with
gives the role of the person named next whom the court deals with too. Beats and styles:
broadcaster science, local business, wire rugby and courts, broadsheet culture and
banking, a tabloid football page, trade health, a local council and a school newsletter."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees


def role_of(text: str, name: str) -> str | None:
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name or name in a.aliases]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0].role


# --- the next sentence's "The <role>", without an age -----------------------------------

# Broadcaster science.
ZOOLOGIST = """Hedgehog numbers halve in town gardens

Priya Lindqvist has tracked hedgehogs in Swindon gardens for a decade. The zoologist, who works for the Wessex Mammal Trust, said numbers had fallen by half since 2015.

"We are losing them street by street," Lindqvist said."""

# Local business.
BAKER = """Energy bills force bakery to cut hours

Tomasz Berecki opened his first bakery in Hull in 2004. The baker, whose sourdough has won national prizes, said his energy bill had doubled this year.

"I cannot put the price of a loaf up again," Berecki said."""

# Wire rugby: the epithet before what the player did in the match ("scorer").
WINGER = """Rams keep title hopes alive

Keanu Whitfield scored twice as the Rams beat Oldcastle 24-10 on Saturday. The winger has now scored nine tries this season.

Coach Dale Pritchard said the side had been patient."""

# Courts, wire: the judge is another party to the story, not the man jailed.
JUDGE = """Fraudster jailed for six years

Marcus Thwaite, 58, a former bank clerk, was jailed for six years at Exeter Crown Court on Friday for defrauding pensioners. The judge told him his crimes had been cruel.

"I am sorry," Thwaite said as he was led away."""

# Broadsheet culture: a noun the article used before names whoever it named then.
CURATOR = """Gallery loan row deepens

The curator of the Harbour Gallery, Elspeth Moyle, approved the loan in March. Ines Carvalho said she had not been told. The curator said the paperwork had been in order."""


# US local crime: a party noun made former refers back ("The retired detective").
DETECTIVE = """Cold case reopened after 30 years

Gloria Pratt spent 22 years as a police officer in Tulsa. The retired detective, who now runs a security firm, said the case had never left her.

"I owe the family an answer," Pratt said."""


# Local news: a counterpart in the story, or one whose clause acts on the person named.
SELLER = """Farmhouse buyer wins boundary fight

Ruth Okafor bought the farmhouse at Little Hanley in 2010. The seller, who had owned it for 40 years, said the boundary had never been in doubt.

"I have been vindicated," Okafor said."""

RIDER = """Pensioner hurt in hit-and-run

Edith Garside was hit on a zebra crossing in Stowmarket on Monday. The motorcyclist, who struck her at about 40mph, stopped at the scene.

"I never saw him coming," Garside said."""


# Local crime: one something happened to brings others into the story.
DOORMAN = """Woman stabbed outside nightclub

Lucy Tranter was stabbed outside a nightclub in Wakefield on Saturday. The doorman, who tried to help, was also hurt.

"It was terrifying," Tranter said."""

# Wire football: the keeper beaten is the other side's.
KEEPER = """Okafor double sends Wanderers top

Chidi Okafor scored twice before half-time at Deepdale. The goalkeeper, who had been out injured for a month, could do nothing.

"I just hit it," Okafor said."""


def test_role_given_by_the_next_sentence_without_an_age() -> None:
    assert role_of(ZOOLOGIST, "Priya Lindqvist") == "zoologist"
    assert role_of(BAKER, "Tomasz Berecki") == "baker"
    assert role_of(WINGER, "Keanu Whitfield") == "winger"
    assert role_of(DETECTIVE, "Gloria Pratt") == "retired detective"


def test_no_role_from_a_noun_of_another_party() -> None:
    assert not role_agrees(role_of(JUDGE, "Marcus Thwaite"), "judge")
    assert role_agrees(role_of(JUDGE, "Marcus Thwaite"), "former bank clerk")
    assert not role_agrees(role_of(CURATOR, "Ines Carvalho"), "curator")
    assert not role_agrees(role_of(SELLER, "Ruth Okafor"), "seller")
    assert not role_agrees(role_of(RIDER, "Edith Garside"), "motorcyclist")
    assert not role_agrees(role_of(DOORMAN, "Lucy Tranter"), "doorman")
    assert not role_agrees(role_of(KEEPER, "Chidi Okafor"), "goalkeeper")


# --- a role held once: "who had been", "who was ... until" -------------------------------

# Broadsheet culture.
MUSEUM = """Row over closure of museum

The museum was the idea of Dr Helena Varro, who had been director of the city's heritage service until she retired in 2022. She said the closure was a mistake.

"People will not forgive this," Varro said."""

# Broadsheet banking.
BANKER = """Founder backs rival bid for Harland

The rival offer is backed by Simon Achebe, who was chief executive of Harland Bank until 2019.

"It is the right price for the bank," Achebe said."""

# Tabloid football.
COACH = """Club legend slams board

The criticism came from Dennis Morrow, who had been head coach of the Pirates for eleven seasons.

"The board has lost its way," Morrow said."""

# What someone was at a moment of the story is no former role.
PASSENGER = """Two hurt in bus crash

The crash was seen by Amira Hassan, who was a passenger on the number 12 bus.

"It happened so fast," Hassan said."""


# Wire business: an office left "as" it, in the main clause or a "who" clause.
SACKED = """Pell Foods sacks boss over pay row

Marta Ilves has been sacked as chief executive of Pell Foods after a row over her pay.

"I was not given a fair hearing," Ilves said."""

RETIRED = """Ward staff shortage 'worst in decades'

Godfrey Amadi retired as a nurse in 2019 after 35 years on the wards. He said the shortage was the worst he had seen."""

REMOVED = """Unit head says she was a scapegoat

Rosa Lindgren, who had been removed as head of the fraud unit, told the tribunal she had been made a scapegoat."""

# Wire courts, US: every word of a bare title, and the company the parser hung on "was".
CFO = """Former finance chief admits fraud

Rebecca Haines, who was chief financial officer at Lintel Corp until 2022, pleaded guilty on Monday to wire fraud.

"I take full responsibility," Haines said."""

# Wire sport: "stepped down", the parser's "down" an adverb.
HEAD_COACH = """Mensah quits national team

Kofi Mensah stepped down as head coach of the national team on Tuesday.

"It is time for new ideas," Mensah said."""

# Local sport: an owner's possessive stays before the former office; how long goes.
CAPTAIN = """Club legend attacks board

Owen Prydderch, who was the club's captain for a decade, said the board had lost touch with the fans."""

# Wire courts: an office given in a "who" clause is the office held.
ELECTED = """Prosecutor to seek retrial

Dana Whitlock, who was elected district attorney in 2020, said she would seek a retrial.

"The victims deserve a verdict," Whitlock said."""

# What someone will leave is still their office.
STEPPING_DOWN = """Trust chair to stand down

Yusuf Demir will step down as chair of the Larkfield Trust next year, he said."""


def test_role_held_once_is_the_former_role() -> None:
    assert role_of(MUSEUM, "Helena Varro") == "former director of the city's heritage service"
    assert role_of(BANKER, "Simon Achebe") == "former chief executive of Harland Bank"
    role = role_of(COACH, "Dennis Morrow")
    assert role is not None and role.startswith("former head coach of the Pirates")


def test_office_left_is_the_former_role() -> None:
    assert role_of(SACKED, "Marta Ilves") == "former chief executive of Pell Foods"
    assert role_of(RETIRED, "Godfrey Amadi") == "former nurse"
    assert role_of(REMOVED, "Rosa Lindgren") == "former head of the fraud unit"
    assert role_of(CAPTAIN, "Owen Prydderch") == "the club's former captain"
    assert role_of(CFO, "Rebecca Haines") == "former chief financial officer at Lintel Corp"
    assert role_of(HEAD_COACH, "Kofi Mensah") == "former head coach of the national team"


def test_office_given_in_a_who_clause_is_the_office_held() -> None:
    assert role_of(ELECTED, "Dana Whitlock") == "district attorney"


def test_office_to_be_left_is_not_yet_former() -> None:
    role = role_of(STEPPING_DOWN, "Yusuf Demir")
    assert not (role or "").startswith("former")


def test_what_someone_was_at_the_time_is_not_a_former_role() -> None:
    role = role_of(PASSENGER, "Amira Hassan")
    assert not (role or "").startswith("former")


# --- a role in brackets after the name ----------------------------------------------------

# Trade health.
DIRECTOR = """Trust brings in seven-day rota

Dr Anika Sorensen (medical director) said the new rota would start in May.

"Patients will see the difference quickly," Sorensen said."""

# Local council: the bracket says more than the title "Cllr".
COUNCILLOR = """Council delays vote on cycle lane

Cllr Jim Hawley (deputy leader) said the council needed more time.

"We want to get this right," Hawley said."""

# School newsletter: the bracket over the relation "Her successor".
HEADTEACHER = """School names new head

Mrs Okafor retired in July. Her successor, Mr Ravi Chandran (acting headteacher), said the school would reopen on Monday.

"The children come first," Chandran said."""

# Broadcaster health: an owner's possessive inside the brackets.
OWNED = """Wards to reopen after norovirus outbreak

Maria Kovacs (the trust's chief executive) said the wards would reopen on Monday."""

# A caption's bracket is no role.
CAPTION = """Gardener fined over hosepipe

Gardener Pauline Marsh (pictured) said the fine was unfair.

"It is a joke," Marsh said."""


def test_role_in_brackets_after_the_name() -> None:
    assert role_of(DIRECTOR, "Anika Sorensen") == "medical director"
    assert role_of(COUNCILLOR, "Jim Hawley") == "deputy leader"
    assert role_of(HEADTEACHER, "Ravi Chandran") == "acting headteacher"
    assert role_of(OWNED, "Maria Kovacs") == "the trust's chief executive"


def test_a_caption_in_brackets_is_no_role() -> None:
    assert role_of(CAPTION, "Pauline Marsh") == "Gardener"


# --- the lead's unnamed person the court deals with, named next ------------------------

# Local courts: two unnamed people in the lead; the court deals with one of them and with
# the person named next.
CARE_HOME = """Care home boss guilty of neglect

A care home manager has been found guilty of neglect after a resident was left on the floor for six hours.

Maria Kovacs, 51, was convicted by a jury at Leeds Crown Court on Friday."""

# Tabloid courts.
BUILDER = """Rogue builder jailed

A builder has been jailed after a pensioner was scammed out of her savings.

Darren Pike, 38, was sentenced to four years at Hull Crown Court."""

# Local motoring: the one named next pleads.
VAN_DRIVER = """Van driver fined over cyclist death

A van driver has been fined after a cyclist was killed on the A30.

Tom Reyes, 29, admitted causing death by careless driving at Truro Magistrates' Court."""

# Whom the court deals with is not the one named next when that one died.
STABBED = """Teenager charged over stabbing

A teenager has been charged after a nurse was stabbed in Lewisham.

Grace Adebayo, 34, died in hospital on Sunday."""


def test_lead_role_of_the_one_the_court_deals_with() -> None:
    assert role_of(CARE_HOME, "Maria Kovacs") == "care home manager"
    assert role_of(BUILDER, "Darren Pike") == "builder"
    assert role_of(VAN_DRIVER, "Tom Reyes") == "van driver"


def test_no_lead_role_for_one_the_court_does_not_deal_with() -> None:
    role = role_of(STABBED, "Grace Adebayo")
    assert not role_agrees(role, "teenager") and not role_agrees(role, "nurse")
