"""Round 9e, whom a sum is paid to: "would pay each of its 410,000 members about £1,500"
is a payment to each of its members, and "paid the family £42,000 in compensation" is
compensation paid to the family; a bare pronoun ("paid him £9,500") adds nothing. Every
sentence here is synthetic, written for these tests (invented people and bodies),
across broadsheet, wire, local and tabloid styles."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> dict[str, FoundFigure]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _words(phrase: str) -> set[str]:
    return {w.strip(",.:()").casefold() for w in phrase.split()}


# synthetic: (text, figure text, words its measures must hold)
CASES = [
    # business, broadsheet: a pronoun payer, the recipients read as a first object
    (
        "The Frankfurt lender said it would pay each of Ormsby's 410,000 members about £1,500"
        " if they vote for the deal.",
        "about £1,500",
        {"payment", "to", "members"},
    ),
    # insurance, wire
    (
        "The insurer paid the Tennant family £42,000 in compensation.",
        "£42,000",
        {"compensation", "family"},
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted"), CASES)
def test_whom_a_sum_is_paid_to(text: str, figure: str, wanted: set[str]) -> None:
    found = _figures(text)
    assert figure in found, sorted(found)
    words = _words(found[figure].measures)
    assert wanted <= words, found[figure].measures
    assert not any(c.isdigit() for c in found[figure].measures)


def test_a_bare_pronoun_adds_nothing() -> None:
    found = _figures("Doreen Halsall said she paid him £9,500 in cash.")
    assert "£9,500" in found, sorted(found)
    assert "him" not in _words(found["£9,500"].measures)
