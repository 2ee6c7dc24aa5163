"""Round 8c, groups named by age and by "those": a cohort written "18-year-olds" is part
of what is counted ("applications from 18-year-olds in England", not "applications from
18") and no figure of its own, and "those" with its own phrase in a clause that answers
another stands for that clause's noun ("Exports to Germany rose 4%, while those to France
fell 2%": a fall in exports to France); a share set after a count says what part of a
whole the count is ("64,000 students found a place through clearing, roughly one in
eight of all those accepted"), and a share "of them" that is no subject of its own
clause is left alone ("made 310 arrests, around a third of them for drug offences"). And a wait
the parser reads as a verb ("The median wait for a hip replacement was 41 weeks") is
still the median wait, not "median".
Every sentence here is synthetic, written for these tests (invented names, bodies and
places), across wire, broadsheet, local and broadcaster styles."""

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
    # education, broadsheet: a cohort named by age
    (
        "Applications from 18-year-olds in Northumbria rose by 3.1% to 41,700.",
        "41,700",
        {"applications", "18-year-olds", "northumbria"},
        set(),
    ),
    # employment, broadcaster
    (
        "Unemployment among 16-year-olds in the Rhondda fell 9% last quarter.",
        "9%",
        {"unemployment", "16-year-olds"},
        set(),
    ),
    # trade, wire: "those" answers the clause before
    (
        "Exports of lamb to Germany rose 4%, while those to France fell 2%.",
        "2%",
        {"fall", "exports", "france"},
        {"those"},
    ),
    # education, wire: a share of a whole set after a count
    (
        "Last year about 52,000 students found a place through clearing, roughly one in "
        "nine of all those accepted.",
        "roughly one in nine",
        {"students", "clearing", "share", "accepted"},
        set(),
    ),
    # charities, local
    (
        "The Larkfield food bank helped 4,100 families, nearly 40% of those who applied.",
        "nearly 40%",
        {"families", "helped", "share", "applied"},
        set(),
    ),
    # education, broadsheet
    (
        "Applications from school leavers rose by 2.4% to 298,500, while those from mature "
        "students dropped 6%.",
        "6%",
        {"applications", "mature", "students"},
        {"those"},
    ),
]


@pytest.mark.parametrize(("text", "figure", "must", "must_not"), CASES)
def test_groups_named_by_age_and_by_those(
    text: str, figure: str, must: set[str], must_not: set[str]
) -> None:
    figures = _figures(text)
    assert figure in figures, sorted(figures)
    words = _words(figures[figure].measures)
    assert must <= words, figures[figure].measures
    assert not (must_not & words), figures[figure].measures


@pytest.mark.parametrize(
    "text",
    [
        "Applications from 18-year-olds in Northumbria rose by 3.1% to 41,700.",
        "Unemployment among 16-year-olds in the Rhondda fell 9% last quarter.",
    ],
)
def test_a_cohort_s_age_is_no_figure(text: str) -> None:
    figures = _figures(text)
    assert figures, "the change itself is a figure"
    assert not any(f.value in (16, 18) for f in figures.values()), sorted(figures)


def test_a_share_of_them_that_is_no_subject_is_not_read_as_one() -> None:
    """ "around a third of them for drug offences" hangs on "made": no share of arrests
    is told as what the arrests did."""
    figures = _figures(
        "Police in Dunmere made 310 arrests, around a third of them for drug offences."
    )
    assert "310" in figures, sorted(figures)
    assert not any(
        f.measures.startswith("share of") and "arrests" in f.measures for f in figures.values()
    ), [(f.text, f.measures) for f in figures.values()]


@pytest.mark.parametrize(
    ("text", "figure", "must"),
    [
        (
            "The median wait for a knee replacement in Gwynedd was 37 weeks.",
            "37 weeks",
            {"median", "wait", "knee", "replacement"},
        ),
        (
            "The average wait for a first outpatient appointment was 19 weeks.",
            "19 weeks",
            {"average", "wait", "outpatient", "appointment"},
        ),
    ],
)
def test_a_wait_read_as_a_verb_is_still_the_wait(text: str, figure: str, must: set[str]) -> None:
    figures = _figures(text)
    assert figure in figures, sorted(figures)
    assert must <= _words(figures[figure].measures), figures[figure].measures
