# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 32f roles, from classes both outside writers' probes share: an office written
before a name with its remit in brackets ("Assistant Commissioner of Police (Crime)
Ann Rao") is the role, remit and all; a short rank written with a hyphen ("Brig-Gen",
"Lt-Gen") is a rank the name is written under, so a post before it is the role ("Army
spokesman Brig-Gen Ann Eze"); a bare post set before the name ("The accused, Ann Lee,")
outranks a tie of kin after it ("son of Tom Lee of Karol Bagh"); what the next sentence
says "he" or "she" is, after a few words of time ("Now she is the deputy mayor"), is the
role of the one person the sentence before names, and outranks a tie of kin set beside
the name ("widow of the former chief ... She was a trustee of ..."); a comma that cuts a
second description off takes its dangling "and" with it; the noun a naming verb hangs on
with no "as" ("a nurse named Ann Dube") is the role, as is "suspect" ("The suspect,
identified as Ann Lee,"); a US title's party and town after the name hold before a
"who" clause ("State Sen. Ann Lee, a Democrat from Flint who ..."); a verb of heading a
body now or ahead gives the post ("Ann Lee will captain the side"); a post written short
in capitals after a verb of appointing ("was appointed interim MD of ...") is the post;
an epithet opening the next sentence after words of time ("Now the retired nurse is
...") refers back; an honour for a span ("named firefighter of the year") is no post
given; "Undersecretary" written in full is a title; and "the member representing Udi
North, Hon. Ann Eze," is her post.

Every passage here is synthetic, written for these tests (invented people, bodies and
places of no consequence), across Indian, Nigerian, South African, Kenyan, British,
Irish, Canadian, Australian, Singaporean and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _roles(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in build_brief("Headline\n\n" + text).actors}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # Indian broadsheet (crime), Indian broadcaster (traffic), Indian wire (protest)
        (
            "Deputy Commissioner of Police (Traffic) Meenal Joshi said the flyover would stay shut until Friday.",
            "Meenal Joshi",
            "Deputy Commissioner of Police (Traffic)",
        ),
        (
            "Superintendent of Police (Rural) S. Venkatraman said two men had been detained near Salem.",
            "S. Venkatraman",
            "Superintendent of Police (Rural)",
        ),
        (
            "Additional Director General of Police (Law and Order) Harish Bhat said the march had passed off peacefully.",
            "Harish Bhat",
            "Additional Director General of Police (Law and Order)",
        ),
        # Indian politics: a minister of state's portfolio in brackets
        (
            "Minister of State (Home) Arvind Kulkarni visited the camp on Sunday.",
            "Arvind Kulkarni",
            "Minister of State (Home)",
        ),
        # a club's league, a party and a body's short name in brackets: no office's remit
        (
            "Harbour Rovers (Premier Division) striker Tomas Ryan scored twice.",
            "Tomas Ryan",
            "striker",
        ),
        ("Ngozi Bello (APC) said the bill would pass.", "Ngozi Bello", None),
        (
            "The Ministry of Health (MoH) official Tom Barker said the wards were full.",
            "Tom Barker",
            "official",
        ),
    ],
)
def test_an_office_with_its_remit_in_brackets_before_a_name_is_the_role(
    text: str, person: str, role: str | None
) -> None:
    assert _roles(text)[person] == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # Nigerian broadsheet (military), South African broadcaster (police), UK broadsheet (defence)
        (
            "Army spokesman Brig-Gen Musa Adeyemi said troops had cleared the camp.",
            "Musa Adeyemi",
            "Army spokesman",
        ),
        (
            "Police spokesperson Lt-Col Zanele Khumalo said two suspects were arrested in Soweto.",
            "Zanele Khumalo",
            "Police spokesperson",
        ),
        (
            "Defence Headquarters spokesman Maj-Gen Tunde Bakare gave the figure on Monday.",
            "Tunde Bakare",
            "Defence Headquarters spokesman",
        ),
    ],
)
def test_a_post_before_a_hyphened_rank_is_the_role(text: str, person: str, role: str) -> None:
    roles = _roles(text)
    assert roles[person] == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # Indian court copy, UK local court, Kenyan crime
        (
            "The accused, Sandeep Arora, son of Mahesh Arora of Lajpat Nagar, was produced before the magistrate.",
            "Sandeep Arora",
            "The accused",
        ),
        (
            "The defendant, Liam Hurst, son of a Bolton councillor, denied the charge at Bolton Crown Court.",
            "Liam Hurst",
            "The defendant",
        ),
        (
            "The victim, Peter Mwangi, father of three, died at the scene on Mombasa Road.",
            "Peter Mwangi",
            "The victim",
        ),
        # a bare noun set before a calling after it keeps the calling (round 31's rule)
        (
            "The victim, Grace Otieno, a nurse, was taken to Kenyatta hospital.",
            "Grace Otieno",
            "a nurse",
        ),
        # a tie of kin with nothing set before it stays
        (
            "Aoife Nolan, daughter of the former county manager, opened the library on Friday.",
            "Aoife Nolan",
            "daughter of the former county manager",
        ),
    ],
)
def test_a_post_set_before_the_name_outranks_a_tie_of_kin_after_it(
    text: str, person: str, role: str
) -> None:
    assert _roles(text)[person] == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # Canadian local (politics), Scottish local (business), Australian broadsheet (harbour)
        (
            "Mireille Tremblay spent 15 years as a nurse before she ran for office. Now she is Moncton's deputy mayor, and on Monday she chaired the budget meeting.",
            "Mireille Tremblay",
            "Moncton's deputy mayor",
        ),
        (
            "Callum Baird spent a decade on the oil rigs. These days he runs a bakery in Leith.",
            "Callum Baird",
            "runs a bakery in Leith",
        ),
        (
            "Jarrah Wills left the navy in 2015. Since 2019 he has been the harbour master at Esperance.",
            "Jarrah Wills",
            "the harbour master at Esperance",
        ),
        # what "she" says or what is done to "he" is no role
        (
            "Ruth Adeyemi won the 800m in Lagos. Then she said she was delighted with the time.",
            "Ruth Adeyemi",
            None,
        ),
        (
            "Kevin Doyle was arrested on Monday. Later he was released without charge.",
            "Kevin Doyle",
            None,
        ),
    ],
)
def test_what_the_next_sentence_says_he_or_she_is_after_words_of_time(
    text: str, person: str, role: str | None
) -> None:
    assert _roles(text)[person] == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # UK broadsheet obituary, Irish local obituary, Singaporean broadsheet
        (
            "Lady Harriet Vane-Oakley, widow of the former Lord Chief Justice, has died aged 94. She was a founding trustee of the Ashgrove Trust and, for 20 years, chair of Ashgrove Magistrates.",
            "Harriet Vane-Oakley",
            "a founding trustee of the Ashgrove Trust",
        ),
        (
            "Declan Furey, son of the late Tipperary hurler, has died aged 71. He was the principal of Scoil Mhuire in Clonmel.",
            "Declan Furey",
            "the principal of Scoil Mhuire in Clonmel",
        ),
        (
            "Lim Hwee Ling, wife of the former minister, opened the centre on Saturday. She is a paediatrician at Orchard Children's Hospital.",
            "Lim Hwee Ling",
            "a paediatrician at Orchard Children's Hospital",
        ),
        # the next sentence names another, whose "she" it may be: the tie of kin stays
        (
            "Niamh Costello, wife of the Tánaiste, opened the fete in Ennis. Tom Barry said she was a great help.",
            "Niamh Costello",
            "wife of the Tánaiste",
        ),
    ],
)
def test_what_the_next_sentence_says_she_is_outranks_a_tie_of_kin(
    text: str, person: str, role: str
) -> None:
    assert _roles(text)[person] == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # South African broadsheet (crime), Kenyan wire, Filipino broadcaster (the suspect)
        (
            "A passer-by, a paramedic named Lindiwe Mokoena, tried to stop the bleeding.",
            "Lindiwe Mokoena",
            "paramedic",
        ),
        (
            "The first to reach the bus was a teacher named Wanjiru Kamau, who called for help.",
            "Wanjiru Kamau",
            "teacher",
        ),
        (
            "The suspect, identified as Reynaldo Bautista, 31, was detained at Camp Karingal.",
            "Reynaldo Bautista",
            "suspect",
        ),
        # a name given to an animal or a boat: the noun is no role
        (
            "A puppy named Bella Rose was rescued from the river by firefighter Dan Pike. Bella Rose is now recovering.",
            "Bella Rose",
            None,
        ),
        ("The yacht named Lady Grace sank off Howth on Sunday.", "Lady Grace", None),
    ],
)
def test_the_noun_a_naming_verb_hangs_on_is_the_role(
    text: str, person: str, role: str | None
) -> None:
    roles = _roles(text)
    assert person in roles
    assert roles[person] == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # US wire (state politics), US broadsheet (Congress), US local
        (
            "State Sen. Marisol Ortega, a Democrat from Pueblo who wrote the bill, said it would pass easily.",
            "Marisol Ortega",
            "Democratic State senator from Pueblo",
        ),
        (
            "Senator Wade Tillman, a Republican from Wyoming who sits on the Senate Energy Committee, called the plan reckless.",
            "Wade Tillman",
            "Republican senator from Wyoming",
        ),
        # no title before the name: the party and the town say no office
        (
            "Dwayne Pruitt, a Democrat from Flint who runs a hardware store, said the tax was unfair.",
            "Dwayne Pruitt",
            "a Democrat from Flint",
        ),
    ],
)
def test_a_title_with_party_and_town_after_the_name_before_a_clause(
    text: str, person: str, role: str
) -> None:
    assert _roles(text)[person] == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # Australian broadcaster (netball), South African broadsheet (rugby), Irish local (council)
        (
            "Mia Kowalczyk will captain the side for the first time against the Firebirds on Sunday.",
            "Mia Kowalczyk",
            "captain of the side",
        ),
        (
            "Siya Dlamini will captain the Sharks at Kings Park on Saturday.",
            "Siya Dlamini",
            "captain of the Sharks",
        ),
        (
            "Ruth Mensah will chair the committee, the council said.",
            "Ruth Mensah",
            "chair of the committee",
        ),
        # a past, or a ball: no post held
        ("Tom Bellamy captained the side in 2019.", "Tom Bellamy", None),
        ("Dan Corrigan will head the ball away if it comes near him.", "Dan Corrigan", None),
    ],
)
def test_a_verb_of_heading_a_body_now_or_ahead_gives_the_post(
    text: str, person: str, role: str | None
) -> None:
    assert _roles(text)[person] == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # Indian business wire, Singaporean broadsheet, Kenyan business daily
        (
            "Priya Raghavan, who was appointed interim MD of Sundaram Agro in March, has been confirmed in the role.",
            "Priya Raghavan",
            "interim MD of Sundaram Agro",
        ),
        (
            "Darren Lim was appointed CEO of Merlion Freight on Monday.",
            "Darren Lim",
            "CEO of Merlion Freight",
        ),
        (
            "Achieng Otieno was named CFO of Rift Valley Dairies last week.",
            "Achieng Otieno",
            "CFO of Rift Valley Dairies",
        ),
        # the state's letters after a US name are no post
        ("Tom Baxter was appointed in MD last year, his office said.", "Tom Baxter", None),
    ],
)
def test_a_post_written_short_in_capitals_after_a_verb_of_appointing(
    text: str, person: str, role: str | None
) -> None:
    assert _roles(text)[person] == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # US local (politics), Scottish local (business): an epithet after words of time
        (
            "Rosa Fonseca says she never expected to run for office. Now the retired nurse is the only candidate for the Ward 6 seat.",
            "Rosa Fonseca",
            "retired nurse",
        ),
        (
            "Callum Baird spent a decade on the oil rigs. These days the former welder runs a bakery in Leith.",
            "Callum Baird",
            "former welder",
        ),
        # another party to the story after words of time is someone else
        (
            "Kofi Mensah was charged with assault in Kumasi. Later the victim was taken to hospital.",
            "Kofi Mensah",
            "defendant",
        ),
    ],
)
def test_an_epithet_opening_the_next_sentence_after_words_of_time(
    text: str, person: str, role: str
) -> None:
    assert _roles(text)[person] == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # Filipino broadsheet (education, agriculture): the office "Usec." writes short
        (
            "DepEd Undersecretary Marites Dizon-Lim approved the request.",
            "Marites Dizon-Lim",
            "DepEd Undersecretary",
        ),
        (
            "Agriculture Undersecretary Ramon Villaruel inspected the rice stocks.",
            "Ramon Villaruel",
            "Agriculture Undersecretary",
        ),
    ],
)
def test_an_undersecretary_written_in_full_before_a_name(text: str, person: str, role: str) -> None:
    assert _roles(text)[person] == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # US local (fire service), Irish local (GAA), Australian regional (nursing)
        (
            "Dale Pruett, the fire chief who led the flood rescue, has been named firefighter of the year by the state association.",
            "Dale Pruett",
            "the fire chief who led the flood rescue",
        ),
        (
            "Ciara Nolan, the Ballyhale goalkeeper, has been named player of the year by the county board.",
            "Ciara Nolan",
            "the Ballyhale goalkeeper",
        ),
        # a post given is still the post
        (
            "Tom Ashby, a former paramedic, has been appointed chief executive of the ambulance trust.",
            "Tom Ashby",
            "chief executive of the ambulance trust",
        ),
    ],
)
def test_an_honour_for_a_span_is_no_post_given(text: str, person: str, role: str) -> None:
    assert _roles(text)[person] == role


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # Nigerian broadsheet (state assembly, National Assembly)
        (
            "The member representing Nsukka East, Hon. Obiora Nwafor, said the fire was an accident.",
            "Obiora Nwafor",
            "member representing Nsukka East",
        ),
        (
            "The member representing Ikeja Federal Constituency, Hon. Tunde Alabi, said the bill would pass.",
            "Tunde Alabi",
            "member representing Ikeja Federal Constituency",
        ),
        # a clause of another verb set before the title is still no post of this reading
        (
            "The man who found it, Dr Kelechi Obi, called the police.",
            "Kelechi Obi",
            "The man who found it",
        ),
    ],
)
def test_a_member_representing_a_seat_set_before_a_titled_name(
    text: str, person: str, role: str | None
) -> None:
    assert _roles(text)[person] == role
