"""Two bodies joined by "and" stay two when the article also names one half on its own
(#21, class 5: "X and Y" merged into one actor). Synthetic passages (invented ferry
firm, regulators, airline, union and clubs), written for these tests: before this
change the half named alone kept the joined name from splitting ("Maritime Safety
Executive and Tarrow Ferries", "Lumen Air and the Cabin Crew Union" were one actor)."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    brief = build_brief(clean_article(ArticleInput(text=text)).text)
    return {actor.name: actor.kind for actor in brief.actors}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Storms forced Tarrow Ferries to cancel every sailing on Tuesday. The Maritime "
            "Safety Executive and Tarrow Ferries have agreed to share the cost of repairs.",
            ["Tarrow Ferries", "Maritime Safety Executive"],
        ),
        (
            "Lumen Air cut 40 flights on Monday. Talks between Lumen Air and the Cabin Crew "
            "Union broke down. The Cabin Crew Union and Lumen Air will meet again on Friday, "
            "the union said.",
            ["Lumen Air", "Cabin Crew Union"],
        ),
    ],
)
def test_each_half_is_its_own_actor(text: str, named: list[str]) -> None:
    actors = _actors(text)
    for name in named:
        assert actors.get(name) == "organization", actors
    assert not [name for name in actors if " and " in name], actors


def test_the_joined_name_is_never_listed_where_one_half_is_known() -> None:
    # The regulator acts only through a misparsed coordination here, so it may go
    # unlisted; the ferry firm must not carry the regulator's name.
    actors = _actors(
        "Storms forced Tarrow Ferries to cancel every sailing on Tuesday. The Maritime "
        "Safety Executive and Tarrow Ferries reached a settlement over a gangway collapse."
    )
    assert actors.get("Tarrow Ferries") == "organization", actors
    assert not [name for name in actors if " and " in name], actors


@pytest.mark.parametrize(
    "text",
    [
        "Ofgem fined Tesvale Water. Ofgem and the Competition Authority said the fine would stand.",
        "Emma Clarke won gold. Emma Clarke and the rest of the squad flew home on Sunday.",
    ],
)
def test_a_name_written_alone_does_not_split_what_is_no_body(text: str) -> None:
    actors = _actors(text)
    assert "rest of the squad" not in " ".join(actors)
    assert not [name for name in actors if " and " in name], actors
