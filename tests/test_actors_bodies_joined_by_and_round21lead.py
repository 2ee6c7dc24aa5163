"""Two bodies joined by "and" are two actors (round 21, lead). "Loganair and Eastern
Airways said ...", "Talks between Unite and Carrow Logistics ...": where the article also
writes each half on its own ("Eastern Airways said ..."), the run is two names, whatever
head words they carry; where the recognizer takes "Norvale Council and Dunmere Council"
whole and the rules found each council by its own name, no third body is listed. One
body whose name holds "and" stays whole ("Brighton and Hove Albion", "Bath and North East
Somerset Council", "the Health and Safety Executive", "Marks and Spencer"), and so does a
country ("Trinidad and Tobago"). Also: a region's adjective before a body's head word
("Eastern Airways", "Southern Water") is part of the name, not a sentence opener cut off
it, and trades whose plural closes a firm's name ("Westbay Ferries", "Kestrel Ales")
make a body. Synthetic passages: invented firms, councils and clubs (the real names
here are only kinds of names that must stay whole)."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import build_brief


def _actors(passage: str) -> dict[str, str]:
    text = clean_article(ArticleInput(text=passage)).text
    return {a.name: a.kind for a in build_brief(text).actors}


@pytest.mark.parametrize(
    ("passage", "first", "second"),
    [
        (
            "Loganair and Eastern Airways said flights to the islands would resume on Monday. "
            "Loganair said about 40 flights had been cancelled. Eastern Airways said its crews "
            "were ready.",
            "Loganair",
            "Eastern Airways",
        ),
        (
            "Talks between Unite and Carrow Logistics broke down on Friday. Unite said drivers "
            "would strike next week. Carrow Logistics said its offer was fair.",
            "Unite",
            "Carrow Logistics",
        ),
        (
            "Ofgem and Tallis Power have agreed a refund for 80,000 customers. Ofgem said the "
            "refund was overdue. Tallis Power said it regretted the errors.",
            "Ofgem",
            "Tallis Power",
        ),
        (
            "The deal between Westbay Ferries and Portlin Harbour Board was signed on Tuesday. "
            "Westbay Ferries said sailings would rise. The Portlin Harbour Board said the berth "
            "would be rebuilt.",
            "Westbay Ferries",
            "Portlin Harbour Board",
        ),
        (
            "Kestrel Ales and Brandon Brewery will merge next year. Kestrel Ales said the deal "
            "was worth £30m. Brandon Brewery said no jobs would go.",
            "Kestrel Ales",
            "Brandon Brewery",
        ),
        (
            "Norvale Council and Dunmere Council will share a chief executive from May. Norvale "
            "Council said the move would save £1m. Dunmere Council agreed the plan on Tuesday.",
            "Norvale Council",
            "Dunmere Council",
        ),
        (
            "Talks between Sorrel and Penhale Mutual collapsed on Monday. Sorrel said the terms "
            "were unfair. Penhale Mutual said it would walk away.",
            "Sorrel",
            "Penhale Mutual",
        ),
    ],
)
def test_two_bodies_joined_by_and_are_two_bodies(passage: str, first: str, second: str) -> None:
    actors = _actors(passage)
    assert actors.get(first) == "organization", actors
    assert actors.get(second) == "organization", actors
    assert not any(" and " in name for name in actors), actors


@pytest.mark.parametrize(
    ("passage", "whole"),
    [
        (
            "Brighton and Hove Albion beat Fulham 2-0 on Saturday. Brighton manager Tom Bell "
            "said the team had been brilliant.",
            "Brighton and Hove Albion",
        ),
        (
            "Bath and North East Somerset Council approved the plan on Tuesday. Residents in "
            "Bath welcomed the decision.",
            "Bath and North East Somerset Council",
        ),
        (
            "The Health and Safety Executive said it was investigating. The Executive said no "
            "one had been hurt.",
            "Health and Safety Executive",
        ),
        (
            "Marks and Spencer said sales rose 4% in the quarter. Marks and Spencer said its "
            "food ranges did well.",
            "Marks and Spencer",
        ),
        (
            "The Polgarrow Museum and Art Gallery will reopen in June. The museum said visitor "
            "numbers had doubled.",
            "Polgarrow Museum and Art Gallery",
        ),
        (
            "Scientists from the Halden Institute of Water and Coastal Research tagged 30 seals "
            "during a survey. The institute said numbers had risen.",
            "Halden Institute of Water and Coastal Research",
        ),
        (
            "The Fernley Tenants and Residents Association said the repairs were overdue. The "
            "association said it would meet the council on Friday.",
            "Fernley Tenants and Residents Association",
        ),
    ],
)
def test_one_body_whose_name_holds_and_stays_whole(passage: str, whole: str) -> None:
    actors = _actors(passage)
    assert actors.get(whole) == "organization", actors


def test_a_country_joined_by_and_stays_one_country() -> None:
    actors = _actors(
        "Trinidad and Tobago beat Jamaica on Sunday. Trinidad and Tobago said the win was "
        "deserved. Jamaica said it would appeal."
    )
    assert "Trinidad and Tobago" in actors, actors
    assert "Tobago" not in actors and "Trinidad" not in actors, actors


@pytest.mark.parametrize(
    ("passage", "body"),
    [
        (
            "Flights resumed on Monday. Eastern Airways said its crews were ready.",
            "Eastern Airways",
        ),
        (
            "Supplies returned overnight. Southern Water said its engineers had fixed the main.",
            "Southern Water",
        ),
        (
            "Services resumed at noon. Northern Rail said its trains were running again.",
            "Northern Rail",
        ),
        (
            "Fares will rise in March. Western Ferries said its costs had doubled.",
            "Western Ferries",
        ),
    ],
)
def test_a_regions_adjective_before_a_bodys_head_is_part_of_its_name(
    passage: str, body: str
) -> None:
    assert _actors(passage).get(body) == "organization"


def test_a_regions_adjective_opening_a_sentence_still_names_no_body() -> None:
    actors = _actors(
        "Western officials said the talks had failed. Northern farmers said the rain came too late."
    )
    assert not any(name.startswith(("Western", "Northern")) for name in actors), actors
