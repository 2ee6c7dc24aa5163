"""Round 39: an occupation written before a name in headline style is the person's role,
not the first word of the name, when the recognizer takes it into the name and no list
knows it. Nouns of the person a thing is done to or for end in -ee ("Licensee",
"Retiree", "Nominee", "Detainee"); crafts end in -mason, -smith, -wright or -monger
("Stonemason", "Shipwright"). Before the round the actor was "Licensee Dorothy Makin",
with no role. Only before a given name and a surname, and never a given name itself.
Synthetic sentences across beats (invented people and places)."""

from __future__ import annotations

import pytest
from briefsmith.core.schema import ArticleInput

from tests.surface_runs import brief_over_http, extractive_brief

CASES = [
    # (beat, sentence, name, role)
    (
        "crime",
        "Licensee Dorothy Makin, 61, was taken to hospital after a brawl outside the bar.",
        "Dorothy Makin",
        "Licensee",
    ),
    (
        "local",
        "Retiree Margaret Oduya, 71, said the bus cuts had left her village cut off.",
        "Margaret Oduya",
        "Retiree",
    ),
    (
        "politics",
        "Nominee Daniel Forsythe told the committee he would recuse himself from the case.",
        "Daniel Forsythe",
        "Nominee",
    ),
    (
        "business",
        "Franchisee Priya Ramdas said the chain's new fees would close three of her shops.",
        "Priya Ramdas",
        "Franchisee",
    ),
    (
        "courts",
        "Detainee Samuel Okonkwo was held for 19 days without charge, the court heard.",
        "Samuel Okonkwo",
        "Detainee",
    ),
    (
        "heritage",
        "Stonemason Peter Hallworth has spent 14 years restoring the cathedral's west front.",
        "Peter Hallworth",
        "Stonemason",
    ),
    (
        "maritime",
        "Shipwright Helen Carrick said the schooner would sail again by the spring.",
        "Helen Carrick",
        "Shipwright",
    ),
]

OPENING = "Residents packed the town hall in Ashby on Tuesday evening.\n\n"


@pytest.mark.parametrize(("beat", "sentence", "name", "role"), CASES, ids=[c[0] for c in CASES])
def test_the_occupation_is_the_role_not_part_of_the_name(
    beat: str, sentence: str, name: str, role: str
) -> None:
    actors = {a.name: a for a in extractive_brief(OPENING + sentence).actors}
    assert name in actors, sorted(actors)  # before the round: "Licensee Dorothy Makin"
    assert actors[name].role == role


async def test_over_http(tmp_path) -> None:
    _, sentence, name, role = CASES[0]
    brief = await brief_over_http(tmp_path, OPENING + sentence)
    roles = {a["name"]: a["role"] for a in brief["actors"]}
    assert roles.get(name) == role


# Guards: these held before the round and must still hold.


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a three-word name whose first word is a given name ending like such a noun
        ("Renee Adele Foulkes, 58, was taken to hospital.", "Renee Adele Foulkes"),
        ("Desiree Ann Hartley said the gallery would reopen on Friday.", "Desiree Ann Hartley"),
        # a craft's ending before a name that is no known given name: left as it was
        ("Goldsmith Ebere Nwosu said the gallery would reopen on Friday.", "Nwosu"),
    ],
)
def test_a_name_of_that_shape_stays_a_name(sentence: str, name: str) -> None:
    names = [a.name for a in extractive_brief(OPENING + sentence).actors]
    assert any(n == name or n.endswith(name) for n in names), names


def test_the_select_strategys_candidates_name_the_person_with_the_role() -> None:
    from briefsmith.core.candidates import build_candidates
    from briefsmith.core.cleaning import clean_article
    from briefsmith.engines.linguistic import analysis_of

    _, sentence, name, role = CASES[4]  # courts
    cleaned = clean_article(ArticleInput(text=OPENING + sentence)).text
    offered = {a.name: a.role for a in build_candidates(cleaned, analysis_of(cleaned)).actors}
    assert offered.get(name) == role, offered
