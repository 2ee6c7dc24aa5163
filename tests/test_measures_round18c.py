"""Round 18c, what a figure measures, from a probe of personal-finance, company results,
courts, sport, science, health and politics reports (tabloid money pages, business
wires, broadsheets, trade titles): a line of the accounts qualified by "before" or
"after" ("profit before tax", "earnings before interest and tax", "income after housing
costs") keeps its noun and its qualifier, where the parser read the qualifier as a
clause's subject ("before [tax fell] 12%") or took the sum's "of" for the qualifier's.
Every sentence here is synthetic, written for these tests (invented people, bodies and
places)."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> dict[str, FoundFigure]:
    return {f.text: f for f in find_figures(text, analysis_of(text))}


def _figure(text: str, figure: str) -> FoundFigure:
    found = _figures(text)
    assert figure in found, list(found)
    return found[figure]


# synthetic: (text, the figure, the words its measure keeps)
QUALIFIED_LINES = [
    # company results, business wire
    (
        "Profit before tax fell 12% to £48m in the six months to September.",
        "12%",
        "profit before tax",
    ),
    (
        "Profit before tax fell 12% to £48m in the six months to September.",
        "£48m",
        "profit before tax",
    ),
    # personal-finance page, a building society's half-year
    (
        "Ashcombe Mutual reported on Wednesday that profit before tax fell 12% to £48m.",
        "12%",
        "profit before tax",
    ),
    # retail trade title
    ("Operating profit after tax dropped 9% to €310m last year.", "9%", "profit after tax"),
    # broadsheet, engineering group
    ("Underlying profit before tax rose 4% to £1.9bn at Harwell Group.", "4%", "profit before tax"),
    # wire, a loss
    ("Losses before tax widened to £27m from £19m.", "£27m", "Losses before tax"),
    # social policy, broadcaster
    (
        "Income after housing costs fell 2% for the poorest families.",
        "2%",
        "Income after housing costs",
    ),
    # the sum's "of" hung on the qualifier
    ("Group profit before tax of £212m was ahead of forecasts.", "£212m", "profit"),
    ("The lender reported profit after tax of $1.2bn for the year.", "$1.2bn", "profit"),
]


@pytest.mark.parametrize(("text", "figure", "kept"), QUALIFIED_LINES)
def test_a_qualified_line_of_the_accounts_keeps_its_noun(text: str, figure: str, kept: str) -> None:
    measures = _figure(text, figure).measures
    assert kept.lower() in measures.lower()


# synthetic: (text, the count, the words of its measure that say which ones are counted)
COUNTED_WITH_A_THRESHOLD = [
    # personal-finance page, a trade body's arrears figures
    (
        "The number of homeowners three or more months behind on their repayments rose 14% "
        "to 96,400.",
        "14%",
        "behind on their repayments",
    ),
    # housing, local paper
    (
        "The number of tenants behind on their rent rose 9% to 4,120 in Dunmere.",
        "4,120",
        "behind on their rent",
    ),
]


@pytest.mark.parametrize(("text", "figure", "kept"), COUNTED_WITH_A_THRESHOLD)
def test_what_the_frame_holds_after_the_counted_noun_stays(
    text: str, figure: str, kept: str
) -> None:
    assert kept in _figure(text, figure).measures


# synthetic: a span of time that says which ones are counted, not a figure
THRESHOLDS = [
    (
        "The number of homeowners three or more months behind on their repayments rose 14% "
        "to 96,400.",
        "three",
    ),
    (
        "About 8,200 borrowers three months behind face higher charges from Kelmont Bank.",
        "three months",
    ),
    ("Some 12,000 households two months behind on rent were contacted.", "two months"),
]


@pytest.mark.parametrize(("text", "span"), THRESHOLDS)
def test_how_far_behind_a_group_is_is_no_figure(text: str, span: str) -> None:
    found = _figures(text)
    assert found  # the story's own figure is still there
    assert not any(span in f for f in found)


# synthetic: (text, the share, a word of what the share did, a word it must not take)
BARE_SHARES = [
    # personal-finance survey, tabloid money page
    (
        "The survey of 2,000 adults by Penfold Money found 43% had no savings.",
        "43%",
        "savings",
        "found",
    ),
    # health, broadcaster
    (
        "Researchers found that 30% said they had skipped meals to pay rent.",
        "30%",
        "skipped",
        "Researchers",
    ),
    # politics, broadsheet: the share opens the sentence
    (
        "Some 43% had no savings at all, the survey by Penfold Money found.",
        "Some 43%",
        "savings",
        "Penfold",
    ),
]


@pytest.mark.parametrize(("text", "figure", "did", "not_taken"), BARE_SHARES)
def test_a_bare_share_as_subject_measures_what_its_clause_says(
    text: str, figure: str, did: str, not_taken: str
) -> None:
    measures = _figure(text, figure).measures
    assert did in measures
    assert not_taken not in measures


# synthetic: (text, the change, the "of" phrase its measure keeps)
CHANGED_WITH_AN_OF = [
    # science, broadcaster: a trial's result
    (
        "The drug cut the risk of a second stroke by 27%, the Harlen trial found.",
        "27%",
        "second stroke",
    ),
    # health, broadsheet
    ("The new jab reduced the risk of hospital admission by 40%.", "40%", "hospital admission"),
    # sport science, trade title
    ("Balance training lowered the chance of a fall by 23% in older runners.", "23%", "fall"),
]


@pytest.mark.parametrize(("text", "figure", "whose"), CHANGED_WITH_AN_OF)
def test_a_changed_object_keeps_its_of_phrase(text: str, figure: str, whose: str) -> None:
    assert whose in _figure(text, figure).measures


# synthetic: (text, the share, the subject its measure keeps)
LEVELS_AS_A_SHARE = [
    # environment, local paper
    ("The Tarnby reservoir is at 61% of capacity after the dry spring.", "61%", "reservoir"),
    # water, broadcaster
    ("Reservoirs in the region are at 48% of capacity.", "48%", "Reservoirs"),
    # farming, trade title
    ("Gas storage sites in Europe are at 71% of capacity.", "71%", "storage"),
]


@pytest.mark.parametrize(("text", "figure", "subject"), LEVELS_AS_A_SHARE)
def test_a_level_at_a_share_keeps_its_subject(text: str, figure: str, subject: str) -> None:
    assert subject in _figure(text, figure).measures


# synthetic: (text, the share, a word of the group its own words tell)
SHARES_OF_A_GROUP_TOLD_THERE = [
    # personal-finance page, a trade body's arrears figures
    ("A third of those in arrears had been behind for more than a year.", "A third", "arrears"),
    # politics, broadsheet poll
    ("Two-thirds of those polled by Carrow Research backed the plan.", "Two-thirds", "polled"),
    # education, local paper
    ("A third of those who applied to Dunmere College were accepted.", "A third", "applied"),
]


@pytest.mark.parametrize(("text", "figure", "group"), SHARES_OF_A_GROUP_TOLD_THERE)
def test_a_share_of_those_told_by_their_own_words_is_a_figure(
    text: str, figure: str, group: str
) -> None:
    assert group in _figure(text, figure).measures


def test_a_share_of_those_counted_just_before_keeps_the_count_s_noun() -> None:
    # sport, local paper: "those" points back at the tickets counted before
    text = "Brackley Town sold 300 tickets. A third of those went to members."
    assert "tickets" in _figure(text, "A third").measures


# synthetic: (text, the figure): "asking prices" read by the parser as a gerund clause
ASKING_PRICES = [
    # property portal report, tabloid money page
    ("According to Nestly, asking prices rose 1.1% to £368,000.", "£368,000"),
    ("Asking prices fell 0.8% to £359,000 in December, Homewise said.", "£359,000"),
]


@pytest.mark.parametrize(("text", "figure"), ASKING_PRICES)
def test_a_participle_before_its_noun_is_no_clause(text: str, figure: str) -> None:
    assert "asking prices" in _figure(text, figure).measures.lower()


# synthetic: (text, the figure, the hyphened modifier its measure keeps whole)
HYPHENED_MODIFIERS = [
    # retail, business wire
    (
        "Like-for-like sales at Corran Foods, which strip out new stores, rose 3.2%.",
        "3.2%",
        "Like-for-like sales",
    ),
    (
        "Like-for-like sales rose 3.2% in the 12 weeks to March at Pellow's.",
        "3.2%",
        "Like-for-like sales",
    ),
]


@pytest.mark.parametrize(("text", "figure", "kept"), HYPHENED_MODIFIERS)
def test_a_long_hyphened_modifier_stays_whole(text: str, figure: str, kept: str) -> None:
    assert kept in _figure(text, figure).measures
