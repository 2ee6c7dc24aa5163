"""Round 43 (#21): roles told through another person, a later epithet or a taken post.

- A post told through another person's ("Her predecessor, Alan Reid,", "her deputy,
  Rob Mears,", "his Ghanaian counterpart, Ama Boateng,") is spelled out from that
  person's post: "the council's former director of social work", "deputy finance
  director", "Ghanaian foreign minister". Only from a post, never from a description.
- "the agency" alone stands for a public agency named just before ("... Service",
  "... Executive", "... Corps"), never for a firm; "the bourse" for an exchange; a body
  the recognizer did not name ("Fernmoor has been fined ... The insurer charged ...") is
  described as any other.
- A club's name ("Millbrook United") is no second person beside the scorer, so the
  epithet that opens the next sentence ("The 27-year-old winger") is the scorer's; so is
  a post the tokenizer split at its hyphen ("The scrum-half") or a party noun that a
  nationality makes an epithet ("The Swedish goaltender").
- "who took over as interim headteacher", "who stepped in as caretaker manager", "who
  joined as finance director in 2021": the post taken up.
- A long apposition of two posts joined without an article keeps the first; a post
  drops how long it has been held ("since 1989", "for 30 years"); "who stepped down as
  X and is now Y" holds Y.
- A quote ending "... this report" does not make its speaker a credit line.
- One described only by age, sex or home ("A 34-year-old woman, Stacey Pell, has been
  charged") whom the court deals with is a defendant, as one named alone was.
- "Sinead Rourke, who runs Rourke Cakes": the surname that opens the firm's name is no
  more of her name, and "runs" stays with the firm it governs.

Synthetic passages across beats (invented people, places and bodies)."""

from __future__ import annotations

import pytest

from tests.surface_runs import brief_from_the_cli, extractive_brief

# (case, passage, person or body, words the role must hold)
ROLES = [
    (
        "predecessor, local government",
        "Priya Anand, the borough's director of public health, stepped down on Monday.\n\n"
        "Her predecessor, Gareth Lowe, said the post had become impossible.",
        "Gareth Lowe",
        "former director of public health",
    ),
    (
        "predecessor in the job, schools",
        "Fiona Grant, the headteacher of Marsh Lane Primary, has resigned after an "
        "inspection.\n\nHer predecessor in the job, Alan Pike, said the school had been let "
        "down.",
        "Alan Pike",
        "former headteacher",
    ),
    (
        "deputy, business",
        "Chief operating officer Sarah Lund and her deputy, Kwame Ofori, have left "
        "Brightwell Logistics.",
        "Kwame Ofori",
        "deputy chief operating officer",
    ),
    (
        "deputy, police",
        "Chief Constable Helen Marsh and her deputy, Mark Tate, will face the committee on Friday.",
        "Mark Tate",
        "deputy chief constable",
    ),
    (
        "counterpart, diplomacy",
        "Kenya's trade minister, Joseph Kariuki, met his Tanzanian counterpart, Amina Said, "
        "in Arusha on Monday.",
        "Amina Said",
        "tanzanian trade minister",
    ),
    (
        "the agency, a public body",
        "The Coastal Fisheries Service said 14 boats had been impounded this month.\n\nThe "
        "agency said the crews had fished inside a protected zone.",
        "Coastal Fisheries Service",
        "agency",
    ),
    (
        # (the recognizer names no entity in "Fernmoor": the body is read from its record)
        "a body the recognizer missed, consumer",
        "Fernmoor has been slapped with a £1.4million fine for overcharging loyal customers "
        "with sky-high renewal prices.\n\nThe insurer charged long-standing policyholders up "
        "to 60 per cent more than new customers, the watchdog found.\n\nFernmoor said it had "
        "'fully co-operated'.",
        "Fernmoor",
        "insurer",
    ),
    (
        # (the surname opening the firm's name is no more of her name)
        "a firm named after its owner, courts",
        "A bakery owner has been fined £3,000 over mouse droppings found in her kitchen.\n\n"
        "Sinead Rourke, who runs Rourke Cakes in Tralee, admitted two food hygiene offences "
        "at Listowel District Court.",
        "Sinead Rourke",
        "runs rourke cakes",
    ),
    (
        # described only by age and sex: the court's dealing says more
        "charged, described by age, crime",
        "A 34-year-old woman, Stacey Pell, has been charged with murder and will appear "
        "before magistrates tomorrow.",
        "Stacey Pell",
        "defendant",
    ),
    (
        # the parser hangs the name on the hometown ending the description
        "jailed, described by age and home, courts",
        "A 52-year-old man from Leeds, Gary Holt, was jailed for fraud on Friday.",
        "Gary Holt",
        "defendant",
    ),
    (
        "the bourse, markets",
        "The Lakeshore Stock Exchange suspended trading for an hour on Tuesday. The bourse "
        "said a software fault was to blame.",
        "Lakeshore Stock Exchange",
        "bourse",
    ),
    (
        "a club beside the scorer, football",
        "Kieran Walsh struck twice as Ashgrove Rovers beat Millbrook United 2-1 on "
        "Saturday.\n\nThe 27-year-old winger now has nine goals this season.",
        "Kieran Walsh",
        "winger",
    ),
    (
        # (the recognizer reads "Kelby Town 4-0" as a person's name, score and all)
        "a club and its score beside the scorer, football",
        "Jordan Blake scored a hat-trick as Redford Athletic thrashed Kelby Town 4-0 on "
        "Tuesday night.\n\nThe 23-year-old striker has now scored 14 goals this season.",
        "Jordan Blake",
        "striker",
    ),
    (
        "a hyphened post, rugby",
        "Sean Gallagher kicked 18 points as Dunbrook Rovers beat Castleview Wanderers "
        "28-20.\n\nThe scrum-half, who joined in the summer, was named man of the match.",
        "Sean Gallagher",
        "scrum-half",
    ),
    (
        "a nationality on a party noun, ice hockey",
        "Erik Lindqvist made 41 saves for the Riverton Hawks on Tuesday, and the Hawks won "
        "3-2 in overtime.\n\nThe Swedish goaltender was named the game's first star.",
        "Erik Lindqvist",
        "goaltender",
    ),
    (
        "a nationality on the keeper, football",
        "Liam Foyle made 38 saves as the Carlton Bears beat the Riverside Kings 2-1.\n\nThe "
        "Irish goalkeeper has kept three clean sheets this month.",
        "Liam Foyle",
        "goalkeeper",
    ),
    (
        "took over as, schools, with a quote ending 'this report'",
        "Redbrook Academy has been rated good by inspectors.\n\nKeith Ambersley, who took "
        'over as interim headteacher in January, said pupils had "earned every word of this '
        'report".',
        "Keith Ambersley",
        "interim headteacher",
    ),
    (
        "two posts joined without an article, science",
        '"The acceleration is startling," said Dr Priya Venkataraman, a glaciologist at '
        "the University of Northmoor and lead author of the study, published in the "
        "Journal of Cold Regions Research.",
        "Priya Venkataraman",
        "glaciologist",
    ),
    (
        "is now, business",
        "Geoffrey Lamb, who stepped down as chief executive in 2022 and is now chairman, "
        "said the board had full confidence in the plan.",
        "Geoffrey Lamb",
        "chairman",
    ),
]


@pytest.mark.parametrize(("case", "passage", "actor", "role"), ROLES, ids=[c[0] for c in ROLES])
def test_the_role_the_story_tells(case: str, passage: str, actor: str, role: str) -> None:
    roles = {a.name: a.role for a in extractive_brief(passage).actors}
    assert actor in roles, roles
    assert role in (roles[actor] or "").casefold(), roles


# (case, passage, person or body, the role it must be, exactly)
EXACT = [
    (
        "tenure since a year, local sport",
        "Alf Cotterill, 74, puts the accolade down to patience. He has been the club's "
        "groundsman since 1989.",
        "Alf Cotterill",
        "the club's groundsman",
    ),
    (
        "tenure in years, retail",
        "Mary Dunn said the shop would close. She has been the owner of the shop for 30 years.",
        "Mary Dunn",
        "the owner of the shop",
    ),
    (
        "stepped in as, football",
        "Tom Hale, who stepped in as caretaker manager in March, said the players were ready.",
        "Tom Hale",
        "caretaker manager",
    ),
    (
        "a post joined in a year, finance",
        "Ann Okafor, who joined as finance director in 2021, said the figures were strong.",
        "Ann Okafor",
        "finance director",
    ),
]


@pytest.mark.parametrize(("case", "passage", "actor", "role"), EXACT, ids=[c[0] for c in EXACT])
def test_the_post_without_its_tenure(case: str, passage: str, actor: str, role: str) -> None:
    roles = {a.name: a.role for a in extractive_brief(passage).actors}
    assert roles.get(actor) == role, roles


# (case, passage, person or body, words the role must not hold)
GUARDS = [
    (
        # no nationality: whose counterpart, and of which country, is not said
        "counterpart without a nationality",
        "Trade minister Joseph Kariuki met his counterpart, Amina Said, on Monday.",
        "Amina Said",
        "trade minister",
    ),
    (
        # a description is no post to be the predecessor in
        "predecessor of a description",
        "Ann Cole, a retired teacher, opened the fete.\n\nHer predecessor, Jim Hale, said "
        "the village was lucky.",
        "Jim Hale",
        "teacher",
    ),
    (
        # "the agency" alone is never a firm's name
        "the agency after a firm",
        "Harlow Foods will cut 300 jobs at its Leeds plant.\n\nThe agency said it would help "
        "staff find work.",
        "Harlow Foods",
        "agency",
    ),
    (
        # with no nationality, the goalkeeper may be the other side's
        "a party noun alone",
        "Dan Price scored twice against Westfield Town.\n\nThe goalkeeper was at fault for both.",
        "Dan Price",
        "goalkeeper",
    ),
    (
        # a post set beside the name says more than the court's dealing
        "charged, described by a post",
        "The club's treasurer, Gary Holt, was jailed for fraud.",
        "Gary Holt",
        "defendant",
    ),
    (
        # a former post stays former when nothing says what is held now
        "no post held now",
        "Rhys Owen, who stepped down as chairman in 2020, said the club had lost its way.",
        "Rhys Owen",
        "outgoing",
    ),
]


@pytest.mark.parametrize(("case", "passage", "actor", "role"), GUARDS, ids=[c[0] for c in GUARDS])
def test_no_role_the_story_does_not_tell(case: str, passage: str, actor: str, role: str) -> None:
    roles = {a.name: a.role for a in extractive_brief(passage).actors}
    assert actor in roles, roles
    assert role not in (roles[actor] or "").casefold(), roles


def test_a_public_agency_s_description_alone() -> None:
    # the guard above is no vacuous pass: the same sentence after a public agency names it
    passage = (
        "The National Roads Executive will close the bridge for a month.\n\nThe agency said "
        "diversions would be signed."
    )
    roles = {a.name: a.role for a in extractive_brief(passage).actors}
    assert roles.get("National Roads Executive") == "agency", roles


def test_on_the_cli(tmp_path) -> None:
    _, passage, person, role = ROLES[0]
    brief = brief_from_the_cli(tmp_path, passage)
    roles = {a["name"]: a["role"] for a in brief["actors"]}
    assert role in (roles.get(person) or ""), roles
