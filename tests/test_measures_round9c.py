"""Round 9c, a sum told per something: "£86 per household", "56.1p a day", "£11.20 an
hour" measure their thing per household, per day, per hour; "a" before a word that is
no unit of time or measure is no rate, and a share keeps its own rule ("$2.14 a share").
Every sentence here is synthetic, written for these tests (invented people, bodies and
places), across broadsheet, local, wire, trade, broadcaster and tabloid styles."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> dict[str, FoundFigure]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _words(phrase: str) -> set[str]:
    return {w.strip(",.:()").casefold() for w in phrase.split()}


# synthetic: (text, figure text, the base its measures must name)
CASES = [
    # utilities, broadsheet
    ("Water bills in Wexley will rise by an average of £86 per household.", "£86", "household"),
    # education, local
    ("The Kellby tutoring scheme costs £3,400 per pupil each year.", "£3,400", "pupil"),
    # energy, trade: pence
    ("The Norlight standing charge will rise to 56.1p a day.", "56.1", "day"),
    # transport, broadcaster
    ("Drivers will pay £12.50 a day to enter the Ashcombe clean air zone.", "£12.50", "day"),
    # care, wire
    ("Carers at Pellow Homes earn an average of £11.20 an hour.", "£11.20", "hour"),
    # health, tabloid
    ("Car parking at Dunmore General costs £4 per hour.", "£4", "hour"),
]


@pytest.mark.parametrize(("text", "figure", "base"), CASES)
def test_a_sum_told_per_something_names_it(text: str, figure: str, base: str) -> None:
    found = _figures(text)
    assert figure in found, sorted(found)
    words = _words(found[figure].measures)
    assert {"per", base} <= words, found[figure].measures


def test_a_sum_for_a_thing_is_no_rate() -> None:
    found = _figures("Harwick Rovers paid £5m a year for a striker they never played.")
    assert "£5m" in found, sorted(found)
    assert "year" in _words(found["£5m"].measures), found["£5m"].measures
    found = _figures("Harwick Rovers paid £5m a striker could only dream of.")
    assert "£5m" in found, sorted(found)
    assert "per" not in _words(found["£5m"].measures), found["£5m"].measures


def test_a_share_keeps_its_own_rule() -> None:
    found = _figures("Tollard Foods will pay a dividend of 12.4p per share in June.")
    assert "12.4" in found, sorted(found)
    assert found["12.4"].measures.endswith("per share")
    assert found["12.4"].measures.count("per") == 1
