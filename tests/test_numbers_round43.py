"""Round 43 (#21): "half-a-million" hyphened as one word is "half a million" (and
"a-million" a million); a hyphen inside another phrase multiplies nothing. Synthetic
sentences (invented events)."""

from __future__ import annotations

import pytest
from briefsmith.core.numbers import find_numbers

# (case, text, the value read, the words it spans)
HYPHENED = [
    (
        "fun run, local",
        "The fun run raised half-a-million pounds for the ward.",
        500000,
        "half-a-million",
    ),
    ("transfer, tabloid", "City paid half-a-million for the teenager.", 500000, "half-a-million"),
    ("arrests, wire", "Half-a-dozen men were arrested at the port.", 6, "Half-a-dozen"),
    ("pitch, tabloid", "The club spent a-million on the new pitch.", 1000000, "a-million"),
]


@pytest.mark.parametrize(("case", "text", "value", "words"), HYPHENED, ids=[c[0] for c in HYPHENED])
def test_a_hyphened_half_a_scale(case: str, text: str, value: float, words: str) -> None:
    found = [(m.text, m.value) for m in find_numbers(text)]
    assert (words, value) in found, found


def test_a_hyphened_article_alone_is_no_number() -> None:
    # "a-list", "a-level": the hyphened article before no scale word stays a word
    assert find_numbers("The a-list guests and a-level pupils arrived.") == []
