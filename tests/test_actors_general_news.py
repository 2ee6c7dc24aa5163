# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The extractive engine's people and organizations on hand-written articles from other
beats (court, sports, business, local politics): the lexicon's rules describe English
news in general, not the seed story's words."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.actors import extract_actors
from briefsmith.core.lexicon import is_demonym

COURT = """A federal judge in Denver on Tuesday sentenced a former bank manager to six years in prison for stealing $2.4 million from elderly customers.

Prosecutors said Martin Keogh, 52, moved money from 31 accounts at Harbor Savings Bank into a shell company over four years. Judge Alicia Moreno called the scheme "a calculated betrayal of people who trusted him."

Keogh's lawyer, Dana Whitfield, said her client had repaid part of the money. "He accepts the sentence and is sorry," Whitfield said outside the courthouse.

The prosecutors said the victims would be repaid from seized assets. Harbor Savings Bank said in a statement that it had changed its audit rules. The court ordered Keogh to report to prison by March 1.
"""

SPORTS = """Striker Lena Fischer scored twice as Northgate FC beat Riverside United 3-1 on Saturday to go top of the league.

Fischer, 24, headed in the opener after 12 minutes and added a second from the penalty spot. "We believed from the first whistle," Fischer said.

Coach Tomas Berg said the team had trained hard all week. Riverside manager Paul Grady said his players had been "second best all afternoon."

Supporters in Northgate celebrated late into the night. The supporters said it was the best season in Northgate since the club was founded. Police said the crowds in Northgate were peaceful, and the police made no arrests.
"""

BUSINESS = """Apex Holdings said on Thursday its quarterly profit rose 18 percent to $412 million, beating analysts' forecasts, as demand for its cloud software grew.

Chief executive Priya Raman said the company would hire 2,000 engineers next year. "Customers are moving faster than we expected," Raman told analysts on a call.

Shares of Apex rose 6 percent in early trading. Analyst Mark Chen of Lydgate Research said the results showed Apex was winning market share from larger rivals.

Apex also said it would buy back $1 billion of its own stock. Regulators at the Securities and Exchange Commission have not commented on the buyback.
"""

LOCAL = """City councillor Grace Obi won the mayoral race in Fairhaven on Tuesday, defeating two-term incumbent Robert Hale by 1,200 votes.

Obi, a former school teacher, promised to fix the town's roads within a year. "Fairhaven voted for change," Obi told supporters at a rally in Fairhaven.

Hale conceded late on Tuesday night. Officials said turnout reached 58 percent, the highest in Fairhaven for two decades. The Fairhaven Town Council will swear in Obi next month.
"""


def _by_kind(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for actor in extract_actors(text):
        found.setdefault(actor.kind, set()).add(actor.name)
    return found


def _all_names(found: dict[str, set[str]]) -> set[str]:
    return {name for names in found.values() for name in names}


def test_court_story_finds_defendant_judge_lawyer_and_the_bank():
    found = _by_kind(COURT)
    assert {"Martin Keogh", "Alicia Moreno", "Dana Whitfield"} <= found["person"]
    assert "Harbor Savings Bank" in found["organization"]
    # A capitalized common noun at a sentence start is not a person or a place.
    assert not any("Prosecutors" in name for name in _all_names(found))


def test_sports_story_finds_players_coaches_and_clubs():
    found = _by_kind(SPORTS)
    assert {"Lena Fischer", "Tomas Berg", "Paul Grady"} <= found["person"]
    assert "Northgate FC" in found["organization"]
    assert not {"Supporters", "Police", "Striker", "Coach"} & _all_names(found)


def test_business_story_finds_company_executive_and_analyst_firm():
    found = _by_kind(BUSINESS)
    assert {"Priya Raman", "Mark Chen"} <= found["person"]
    assert {"Apex Holdings", "Lydgate Research", "Securities and Exchange Commission"} <= (
        found["organization"]
    )
    # "Apex" alone is the company named in full earlier, not a place or a person.
    apex = next(a for a in extract_actors(BUSINESS) if a.name == "Apex Holdings")
    assert "Apex" in apex.aliases
    assert apex.mentions >= 4
    assert "Apex" not in found.get("place", set()) | found["person"]


def test_local_politics_story_finds_candidates_and_the_town_as_a_place():
    found = _by_kind(LOCAL)
    assert {"Grace Obi", "Robert Hale"} <= found["person"]
    assert "Fairhaven" in found["place"]
    assert any("Council" in name for name in found["organization"])


def test_a_numbered_product_is_not_a_place():
    text = (
        "The Falcon 9 rocket lifted off on Friday. Engineers in Houston said the Falcon 9 "
        "flew well. A second Falcon 9 flight is due next month from Houston, and the "
        "company said Houston would host the crew."
    )
    places = {a.name for a in extract_actors(text) if a.kind == "place"}
    assert "Falcon" not in places
    assert "Houston" in places


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Kenyan", True),
        ("Beijing-backed", True),
        ("Pro-European", True),
        ("London-based", True),
        ("Brian", False),
        ("Julian", False),
        ("Keogh", False),
    ],
)
def test_demonyms_by_list_and_by_compound_rule(word, expected):
    assert is_demonym(word) is expected


def test_one_word_organizations_and_possessives_inside_an_organizations_name():
    text = (
        "The ticket seller GigBox said on Monday that hackers stole customer data. "
        "The company told the Information Commissioner’s Office within a day.\n\n"
        "GigBox chief executive Tom Aldridge apologised. Shares in GigBox fell, and the "
        "Information Commissioner’s Office said it was making enquiries."
    )
    found = _by_kind(text)
    assert {"GigBox", "Information Commissioner’s Office"} <= found["organization"]
    assert "GigBox" not in found.get("place", set())
    # An owner before an organization stays outside its name when it is a country.
    owned = _by_kind("Japan’s Ministry of Finance said it would act. The ministry said so.")
    assert "Japan’s Ministry of Finance" in owned["organization"]


def test_a_given_name_ending_in_ed_opens_a_sentence():
    text = (
        "Ahmed Khan scored twice as Eastfield won on Sunday. “It was a good day,” Khan said.\n\n"
        "Reportedly Ana Ruiz will leave the club, a source said."
    )
    people = _by_kind(text)["person"]
    assert "Ahmed Khan" in people
    assert not any(name.startswith("Reportedly") for name in people)
