# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 34f roles, from classes that at least two of four outside writers' probes
share: an age is no role, whether it is written as the only description of a person
("Fifteen-year-old Ann Lee", "A 52-year-old Carlow man, Tom Bell,", "Ann Lee, a
23-year-old from Leeds,") or as a relative clause with a copula and a number ("Ann Lee,
who is 19,"); a description that says more than the age (a calling, a side, a team)
stays.

Every passage here is synthetic, written for these tests (invented people, bodies and
places of no consequence), across British, Irish, Kenyan, Nigerian, South African,
Australian, Canadian, Indian, Singaporean and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _brief(text: str):
    return build_brief("Headline\n\n" + text)


def _roles(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in _brief(text).actors}


# --- An age alone is no role -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # UK tabloid, charity swim
        (
            "Fifteen-year-old Poppy Ashgrove raised £3,200 for the children's ward by cycling from Hull to York.",
            "Poppy Ashgrove",
        ),
        # Irish local paper, courts
        (
            "A 52-year-old Carlow man, Ciaran Moloney, was charged with criminal damage at Carlow District Court on Monday. Moloney was remanded on bail.",
            "Ciaran Moloney",
        ),
        # Singaporean broadsheet, courts
        (
            "A 38-year-old woman, Lim Hui Wen, was charged on Tuesday with cheating an elderly couple of $60,000.",
            "Lim Hui Wen",
        ),
        # US wire, sport (a hometown after the age)
        (
            "Marcus Tillery, a 20-year-old from Tulsa, scored 28 points as the Rams beat Wichita.",
            "Marcus Tillery",
        ),
        # Kenyan athletics, a relative clause with the age alone
        (
            "Kiptanui Chebet, who is 19, won the 10,000m title in Nairobi on Saturday, beating the world champion.",
            "Kiptanui Chebet",
        ),
        # Australian local, court report
        (
            'Shane Pedley, who is 44, pleaded guilty in Dubbo Local Court to drink-driving. Pedley told the magistrate he had been "stupid".',
            "Shane Pedley",
        ),
    ],
)
def test_an_age_alone_is_no_role(text, person):
    roles = _roles(text)
    assert person in roles
    assert roles[person] is None


@pytest.mark.parametrize(
    ("text", "person", "word"),
    [
        # A calling after the age stays (Nigerian broadsheet)
        (
            "A 41-year-old trader, Chinedu Okafor, told the court he had paid the deposit in cash.",
            "Chinedu Okafor",
            "trader",
        ),
        # A team's player with the age (UK broadsheet, football)
        (
            "Nineteen-year-old midfielder Kofi Mensah-Hart scored on his debut for Rovers on Saturday.",
            "Kofi Mensah-Hart",
            "midfielder",
        ),
        # A post after the age, joined to it (Indian broadsheet)
        (
            "Meera Pillai, who is 62 and a retired schoolteacher, led the march to the collector's office in Thrissur.",
            "Meera Pillai",
            "schoolteacher",
        ),
        # An age-group noun that says what the person is in the story (South African local)
        (
            "Thabo Nkosi, a 67-year-old pensioner from Soweto, said the clinic had turned him away twice.",
            "Thabo Nkosi",
            "pensioner",
        ),
        # A post given by "who is" with no number (Canadian city hall)
        (
            "Brenda Tallman, who is the city's chief planner, said the rezoning would go to council in May.",
            "Brenda Tallman",
            "planner",
        ),
    ],
)
def test_a_description_beyond_the_age_stays(text, person, word):
    roles = _roles(text)
    assert person in roles
    assert word in (roles[person] or "")
