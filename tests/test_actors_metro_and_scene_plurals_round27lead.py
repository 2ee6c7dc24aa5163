"""A light-rail network's name closes on "Metro" ("Tyne and Wear Metro said ..." gave a
person "Wear Metro"), and a plural noun opening the sentence with where it happened
("Services on the Tyne and Wear Metro were suspended") is no part of a body's name (it
gave a body "Services on the Tyne and Wear Metro"). Round 27, lead; synthetic passages
written for these tests (invented networks and firms; real place names)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(f"Headline\n\n{text}").actors}


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Tyne and Wear Metro said services would resume on Monday.", "Tyne and Wear Metro"),
        ("Kestrel Metro said trams would run every 12 minutes from Sunday.", "Kestrel Metro"),
    ],
)
def test_a_network_closing_on_metro_is_a_body(paragraph, body):
    actors = _actors(paragraph)
    assert actors.get(body) == "organization", actors
    assert not [name for name, kind in actors.items() if kind == "person"], actors


@pytest.mark.parametrize(
    "paragraph",
    [
        "Services on the Tyne and Wear Metro were suspended on Monday after a power failure.",
        "Delays on the Kestrel Metro lasted three hours on Friday, passengers said.",
    ],
)
def test_a_plural_noun_and_where_it_happened_is_no_body(paragraph):
    assert not [name for name in _actors(paragraph) if name.startswith(("Services", "Delays"))]
