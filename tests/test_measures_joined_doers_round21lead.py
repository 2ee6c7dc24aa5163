"""What two or more joined doers did is told of all of them (round 21, lead):
"Bluecrest and Tarran Airways cancelled 40 flights" counts the flights both cancelled,
never "flights cancelled by Bluecrest" (which credits one firm with the other's
flights). "or" joins no doers, and a doer alone keeps its own phrase. Synthetic passages:
invented firms, people and places."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import build_brief


def _measures(passage: str) -> dict[str, str]:
    text = clean_article(ArticleInput(text=passage)).text
    return {f.text: f.measures for f in build_brief(text).figures}


@pytest.mark.parametrize(
    ("passage", "figure", "doers"),
    [
        (
            "Bluecrest and Tarran Airways cancelled 40 flights on Monday.",
            "40",
            "Bluecrest and Tarran Airways",
        ),
        (
            "Kestrel Foods and Marlow Dairies will cut 300 jobs, the firms said.",
            "300",
            "Kestrel Foods and Marlow Dairies",
        ),
        ("Police and paramedics treated 12 people at the scene.", "12", "Police and paramedics"),
        ("Acme, Zenith and Orbis cut 900 jobs last year.", "900", "Acme, Zenith and Orbis"),
        (
            "Dunmere and Calloway councils approved 1,200 homes on Tuesday.",
            "1,200",
            "Dunmere and Calloway councils",
        ),
    ],
)
def test_joined_doers_are_all_named(passage: str, figure: str, doers: str) -> None:
    measures = _measures(passage)
    assert doers in measures[figure], measures


def test_doers_joined_by_or_are_not_all_credited() -> None:
    measures = _measures("Acme, Zenith or Orbis will cut 900 jobs, analysts said.")
    assert " and " not in measures["900"] and "Zenith" not in measures["900"], measures


def test_a_lone_doer_keeps_its_own_phrase() -> None:
    measures = _measures("Bluecrest cancelled 40 flights on Monday, and rail services were cut.")
    assert "Bluecrest" in measures["40"] and " and " not in measures["40"], measures
