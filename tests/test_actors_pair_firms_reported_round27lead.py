"""Two names joined by "and" that open a sentence are one firm when the sentence's report
is given by one business ("Barnes and Noble will close 20 stores, the company said";
"Hollis and Brandt cut 300 jobs, the department store chain said") or when the pair
says "it" will act ("Pembury and Lisle said it would close nine stores"). Two banks
reported by "the banks", two people who "said they would appeal", and an "it was" that
may be nobody's stay apart. Round 27, lead (after helper D's signals for such pairs);
synthetic passages written for these tests (invented firms and people)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _names(text: str) -> list[str]:
    return [a.name for a in build_brief(f"Headline\n\n{text}").actors]


@pytest.mark.parametrize(
    ("paragraph", "firm"),
    [
        ("Barnes and Noble will close 20 stores, the company said.", "Barnes and Noble"),
        ("Hollis and Brandt cut 300 jobs, the department store chain said.", "Hollis and Brandt"),
        ("Pembury and Lisle said it would close nine stores.", "Pembury and Lisle"),
        ("Crane and Harper said it had cut prices on 400 lines.", "Crane and Harper"),
        ("Dobbs and Farrow reported a 12% fall in sales, the retailer said.", "Dobbs and Farrow"),
    ],
)
def test_a_pair_one_business_reports_is_one_firm(paragraph, firm):
    names = _names(paragraph)
    assert firm in names, names
    assert not [n for n in names if n in firm.split(" and ")], names


@pytest.mark.parametrize(
    ("paragraph", "firm"),
    [
        ("Harlow and Crane raised their rates, the banks said.", "Harlow and Crane"),
        ("Harris and Cole said they would appeal against the ruling.", "Harris and Cole"),
        ("Ofwat and Ofgem said it was a matter for ministers.", "Ofwat and Ofgem"),
    ],
)
def test_a_pair_told_as_two_stays_apart(paragraph, firm):
    assert firm not in _names(paragraph)
