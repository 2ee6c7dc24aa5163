"""Round 40: a body's role from the description the article refers to it by, when that
description is all in lower case ("the trade body added", "the energy regulator
confirmed", "the charity said", "the Gurugram-based low-cost carrier" after a dateline
in capitals).

Before the round a description was read back to the body named just before only when a
word of it was a name or a number ("the Frankfurt-based lender"); in lower case the body
kept no role. On the dev split, organizations were the largest share of role misses (78
of 282 organizations with a reference role had none).

A lower-case description is trusted only when the kind of body its noun names fits the
body's name: "the regulator" is never the water company just fined, "the union" never
the employer, "the charity" never a company or a council. A description whose word names
a body's field ("the aviation regulator", "the competition watchdog") stands for the one
body of that field and kind wherever it is named. Synthetic passages across beats
(invented bodies and people)."""

from __future__ import annotations

import pytest
from briefsmith.core.schema import ArticleInput

from tests.surface_runs import brief_from_the_cli, brief_over_http, extractive_brief

CASES = [
    # (beat, passage, body, role)
    (
        "housing, broadsheet: a trade body adding to its own figures",
        "Mortgage arrears rose by 4% in the third quarter, the Association of Home "
        "Lenders said on Tuesday.\n\nA third of borrowers in arrears had been behind for "
        "more than a year, the trade body added.",
        "Association of Home Lenders",
        "trade body",
    ),
    (
        "consumer, local paper: the regulator named before it is named",
        "Households across the valleys will pay more from April after the energy watchdog "
        "confirmed another rise in the price cap.\n\nThe Domestic Energy Pricing Authority "
        "said a typical bill would rise by £149 a year.",
        "Domestic Energy Pricing Authority",
        "energy watchdog",
    ),
    (
        "charity, local paper",
        "The Harbour Lights Trust said 400 families in the city were living in temporary "
        "rooms.\n\nThe charity said it needed £2m to open a second hostel by the winter.",
        "Harbour Lights Trust",
        "charity",
    ),
    (
        "aviation, Indian broadsheet: a dateline in capitals that the recognizer reads as a body",
        "MUMBAI: Skyway Aviation Services flew 1.2 crore passengers in the quarter, up 6 "
        "per cent from a year earlier.\n\nThe Pune-based low-cost carrier said its net "
        "profit rose to Rs 210 crore.",
        "Skyway Aviation Services",
        "Pune-based low-cost carrier",
    ),
    (
        "transport, wire: the regulator of a field, named three paragraphs on",
        "Fares on busy routes rose sharply and the aviation regulator sought an "
        "explanation for the cancellations.\n\nKestrel Jet said it would reply within "
        "15 days.\n\nData from the Directorate General of Civil Aviation showed on-time "
        "performance fell to 71 per cent.",
        "Directorate General of Civil Aviation",
        "aviation regulator",
    ),
    (
        "business, Australian wire: the watchdog as the object of a preposition",
        "Grain handler Toolbarra agreed to merge with Wallaroo Grain, subject to approval "
        "by the competition watchdog.\n\nThe Australian Competition and Markets "
        "Commission said it would review the deal.",
        "Australian Competition and Markets Commission",
        "competition watchdog",
    ),
    (
        "labour, broadcaster: a union",
        "Bus drivers at Redline Coaches will strike next week, the National Transport "
        "Workers Union said.\n\nThe union said members had rejected a 3% pay offer.",
        "National Transport Workers Union",
        "union",
    ),
]


@pytest.mark.parametrize(("beat", "passage", "body", "role"), CASES, ids=[c[0] for c in CASES])
def test_the_body_takes_its_lower_case_description_as_its_role(
    beat: str, passage: str, body: str, role: str
) -> None:
    actors = {a.name: a for a in extractive_brief(passage).actors}
    assert body in actors, sorted(actors)
    assert actors[body].role == role  # before the round: None


# Guards: a description of another kind of body, or one pointing to another body, gives
# the body named before no role (each held before the round and must still hold).
GUARDS = [
    (
        "water, broadsheet: the regulator is not the company it fined",
        "Northmere Water was fined £3m on Tuesday.\n\nThe regulator said the company had "
        "failed its customers for a decade.",
        "Northmere Water",
    ),
    (
        "aviation, wire: the union is not the airline",
        "Skyline Air will cut 300 jobs at its Glasgow base.\n\nThe union said members "
        "would be balloted on strike action.",
        "Skyline Air",
    ),
    (
        "business, wire: a rival is some other body",
        "Harwood Foods lifted its profit forecast on Monday.\n\nThe rival grocer said "
        "sales had slowed.",
        "Harwood Foods",
    ),
    (
        "energy, wire: two bodies of the field, so neither",
        "The energy regulator approved a 12% rise.\n\nThe National Energy Tariff Board and "
        "the Energy Supply Commission both said the rise was fair.",
        "National Energy Tariff Board",
    ),
    (
        "charity, local: a council is no charity",
        "Westbrook Borough Council said 80 families were living in hotels.\n\nThe charity "
        "said the figure was far higher.",
        "Westbrook Borough Council",
    ),
]


@pytest.mark.parametrize(("beat", "passage", "body"), GUARDS, ids=[g[0] for g in GUARDS])
def test_a_description_of_another_body_gives_no_role(beat: str, passage: str, body: str) -> None:
    actors = {a.name: a for a in extractive_brief(passage).actors}
    assert body in actors, sorted(actors)
    assert actors[body].role is None


def test_on_the_cli(tmp_path) -> None:
    _, passage, body, role = CASES[0]
    brief = brief_from_the_cli(tmp_path, passage)
    roles = {a["name"]: a["role"] for a in brief["actors"]}
    assert roles.get(body) == role


async def test_over_http(tmp_path) -> None:
    _, passage, body, role = CASES[2]
    brief = await brief_over_http(tmp_path, passage)
    roles = {a["name"]: a["role"] for a in brief["actors"]}
    assert roles.get(body) == role


def test_the_select_strategys_candidates_carry_the_role() -> None:
    from briefsmith.core.candidates import build_candidates
    from briefsmith.core.cleaning import clean_article
    from briefsmith.engines.linguistic import analysis_of

    _, passage, body, role = CASES[6]
    cleaned = clean_article(ArticleInput(text=passage)).text
    offered = {a.name: a.role for a in build_candidates(cleaned, analysis_of(cleaned)).actors}
    assert offered.get(body) == role, offered
