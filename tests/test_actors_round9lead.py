# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors: a music group described as one ("the rock band", "The folk duo", "the pop
trio", "a choir") is a body, not a person, whether the description stands before its name
or in apposition after it. Synthetic articles written for these tests (invented bands,
musicians and festivals); beats: culture, local, tabloid entertainment."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


@pytest.mark.parametrize(
    ("paragraph", "band"),
    [
        (
            "Velvet Harbour, the rock band, cancelled their tour after singer Tom Raine fell ill. The band said refunds would be issued.",
            "Velvet Harbour",
        ),
        (
            "The rock band Velvet Harbour cancelled their tour after singer Tom Raine fell ill.",
            "Velvet Harbour",
        ),
        (
            "The folk duo Marram Grass will headline the festival on Saturday, organisers said.",
            "Marram Grass",
        ),
    ],
)
def test_a_band_described_as_one_is_a_body(paragraph, band):
    kinds = _kinds(f"Tour cancelled\n\n{paragraph}")
    assert kinds.get(band) == "organization"


def test_a_singer_described_as_one_stays_a_person():
    kinds = _kinds(
        "Tour cancelled\n\nGrace Obi, the singer, cancelled her tour after falling ill, her manager said."
    )
    assert kinds == {"Grace Obi": "person"}
