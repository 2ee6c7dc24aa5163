"""Round 8d, a count told as "a record N" ("Shoplifting offences hit a record 516,000
last year") is a figure of what hit it (the parser hangs the number on "record", and the
count was lost), and the change told after it leans on it ("a rise of 20%": the rise in
shoplifting offences). A count's clause does not end on a dangling "because". A margin
that "narrowed to 2.9% from 3.1%" is the margin at both levels (not "narrowed from %"); "by
23%" the parser hung on a noun inside the object of "cut" is the cut ("cut the risk of a
second heart attack by 23%"); and a share after ", or" says what part of a whole the count
before is ("cut about 400 jobs, or 8% of its workforce"). A rate expected "to slow to
2.1%" is that rate, also when a remark set off by commas stands between the object and
"to slow" ("expects CPIF inflation, its target measure, to slow"). A count's noun phrase
cut at a time leaves none of the time's words ("fires attended by crews last year": not
"... by crews last"), and a share after "Fewer than" keeps what its group did ("Fewer
than one in three buses ran on time"). A level after a "to" the parser tags a particle
is still the subject's level ("revenue edged up 2% to £1.1bn": revenue, not "edged up 2
to").
Every sentence here is synthetic, written for these tests (invented names, bodies and
places), across wire, broadcaster, local and trade styles."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> dict[str, FoundFigure]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _words(phrase: str) -> set[str]:
    words = (w.strip(",.:()").casefold() for w in phrase.split())
    return {w.removesuffix("'s").removesuffix("’s").strip("'’") for w in words}


# synthetic: (text, figure text, words its measures must hold, words it must not hold)
CASES = [
    # crime, broadcaster
    (
        "Recorded shoplifting offences in Kent hit a record 51,600 last year.",
        "51,600",
        {"shoplifting", "offences"},
        set(),
    ),
    (
        "Recorded shoplifting offences in Kent hit a record 51,600 last year, a rise of 20%.",
        "20%",
        {"rise", "shoplifting", "offences"},
        {"hit"},
    ),
    # tourism, local
    (
        "Visitors to Carrick Castle reached a record 212,000 over the summer.",
        "212,000",
        {"visitors", "castle"},
        set(),
    ),
    # banking, wire: a level that narrowed
    (
        "The Harrow Mutual's net interest margin narrowed to 2.9% from 3.1%.",
        "3.1%",
        {"net", "interest", "margin"},
        {"%", "narrowed"},
    ),
    # economy, wire: a level a rate slows to, with a remark set off before the verb
    (
        "The Norland central bank expects core inflation, its preferred gauge, to slow to "
        "2.4% next year from 3.3% in October.",
        "2.4%",
        {"core", "inflation"},
        {"gauge", "%"},
    ),
    # fire service, local: a noun phrase cut at its time
    (
        "Of the 1,900 fires attended by Wexmoor crews last year, 412 were started deliberately.",
        "1,900",
        {"fires", "attended", "crews"},
        {"last"},
    ),
    # transport, broadcaster: a share after "Fewer than"
    (
        "Fewer than one in three buses in Calder ran on time in November.",
        "Fewer than one in three",
        {"buses", "ran", "time"},
        set(),
    ),
    # health, broadsheet: "by" hung on a noun inside the object of a change
    (
        "The Velcor tablet cut the risk of a second heart attack by 23%.",
        "23%",
        {"cut", "risk"},
        {"by"},
    ),
    # business, wire: a share after ", or"
    (
        "Brackwell Foods said it would cut about 400 jobs, or 8% of its workforce.",
        "8%",
        {"jobs", "share", "workforce"},
        set(),
    ),
    # retail, wire: a level after a "to" tagged a particle
    (
        "Pre-tax profit at Dunmore Stores fell 12% to £84m, while revenue edged up 2% to £1.1bn.",
        "£1.1bn",
        {"revenue"},
        {"2", "to"},
    ),
    # employment, wire
    (
        "About 2.8 million people in Norland are out of work because of long-term sickness.",
        "About 2.8 million",
        {"people", "out", "work"},
        {"because"},
    ),
]


@pytest.mark.parametrize(("text", "figure", "must", "must_not"), CASES)
def test_a_record_count_and_its_change(
    text: str, figure: str, must: set[str], must_not: set[str]
) -> None:
    figures = _figures(text)
    assert figure in figures, sorted(figures)
    words = _words(figures[figure].measures)
    assert must <= words, figures[figure].measures
    assert not (must_not & words), figures[figure].measures


def test_a_grade_is_still_no_record() -> None:
    """ "a grade 4" names a grade; only "a record" makes a bare number a count."""
    assert "4" not in _figures("Most pupils in Tarrow got a grade 4 in the mock exam.")
