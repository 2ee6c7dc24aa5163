"""Round 20c, what a figure measures, from a probe of drug-trial reports (broadsheet and
wire health desks) and of floods, weather, science and business pages: a glued "m" with
no currency is metres, not millions, when a dimension follows ("2m deep", "1.2m higher"),
when "a" makes it describe a thing ("a 2m wall"; not a change or a counted whole, "a 2m
increase in visitors", "a 1.2m population"), or when water rises or falls by it ("The
river rose 2m"; not "Visitor numbers rose 2m").
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


# synthetic: (text, the figure, its value in metres)
GLUED_METRES = [
    ("The river rose 2m overnight at Calbridge.", "2m", 2.0),
    ("Flood water rose 1.5m in the village square.", "1.5m", 1.5),
    ("The tide was 1.2m higher than forecast.", "1.2m", 1.2),
    ("The snow was 2m deep at the pass.", "2m", 2.0),
    ("A 2m wall will be built along the riverbank.", "2m", 2.0),
    ("The fence is 1.8m high.", "1.8m", 1.8),
    ("The telescope's mirror is 6.5m across.", "6.5m", 6.5),
    ("The cliff path fell away in a 5m landslip.", "5m", 5.0),
    ("The river rose by 1.5m.", "1.5m", 1.5),
]


@pytest.mark.parametrize(("text", "figure", "metres"), GLUED_METRES)
def test_a_glued_m_of_a_size_or_a_water_level_is_metres(
    text: str, figure: str, metres: float
) -> None:
    found = _figure(text, figure)
    assert found.value == pytest.approx(metres)
    assert found.unit == "metres"


# synthetic: (a glued "m" in metres, its figure; a glued "m" of a count or a sum, its
# figure and value): both read in one test, so the guard fails with the metres before
PAIRS = [
    ("The river rose 2m overnight.", "2m", "Visitor numbers rose 2m last year.", "2m", 2e6),
    ("The fence is 1.8m high.", "1.8m", "The firm sold 1.6m units.", "1.6m", 1.6e6),
    ("A 2m wall was built.", "2m", "It was a 2m increase in visitors.", "2m", 2e6),
    ("A 2m wall was built.", "2m", "The town has a 1.2m population.", "1.2m", 1.2e6),
    ("The snow was 2m deep.", "2m", "The club signed the striker for £12m.", "£12m", 12e6),
    ("The tide rose 1.5m.", "1.5m", "Unemployment rose 2m in a decade.", "2m", 2e6),
    ("A 2m wall was built.", "2m", "The council agreed a 2m budget for the works.", "2m", 2e6),
    (
        "The tide was 1.2m higher than forecast.",
        "1.2m",
        "Turnout was 2m higher than at the last election.",
        "2m",
        2e6,
    ),
]


@pytest.mark.parametrize(("metres", "figure", "count", "counted", "value"), PAIRS)
def test_a_glued_m_of_a_count_or_a_sum_stays_millions(
    metres: str, figure: str, count: str, counted: str, value: float
) -> None:
    assert _figure(metres, figure).unit == "metres"
    assert _figure(count, counted).value == pytest.approx(value)


# synthetic: (text, the sum, its measure) inside quotes, with no amount before to restate
COSTS_SAID_OF_THAT = [
    (
        '"At that price, that is another £6,000 a year per patient," he said.',
        "£6,000",
        "extra cost per year per patient",
    ),
    (
        '"That is another £90 a month for a family already struggling," she said.',
        "£90",
        "extra cost per month for a family already struggling",
    ),
    (
        '"It is an extra £200 a year on our bills," said Mr Ladd.',
        "£200",
        "extra cost per year on our bills",
    ),
    ('"That works out at £45 a week," said Ms Corran.', "£45", "cost per week"),
    ('"That\'s £2,000 a year out of our pockets," said one tenant.', "£2,000", "cost per year"),
]


@pytest.mark.parametrize(("text", "figure", "measures"), COSTS_SAID_OF_THAT)
def test_a_sum_said_of_that_is_a_cost_per_its_period(text: str, figure: str, measures: str) -> None:
    assert _figure(text, figure).measures == measures


def test_a_sum_said_of_that_after_an_amount_still_restates_it() -> None:
    # synthetic: the amount before is what "that" restates, and a difference stays one
    found = _figures(
        "A season ticket will cost £420. This is £35 more than last season. "
        '"That is another £90 a month for us," said Ms Pell.'
    )
    assert found["£35"].measures.startswith("rise in cost of season ticket")
    assert found["£90"].measures == "extra cost per month for us"


# synthetic: (text, the span, its measure) with the span told as an average of a clause's
AVERAGED_SPANS = [
    (
        "They were followed for a median of 2.5 years.",
        "2.5 years",
        "median length of time were followed",
    ),
    (
        "The patients stayed in hospital for an average of 11 days.",
        "11 days",
        "average length of time patients stayed in hospital",
    ),
    (
        "Participants were followed up for an average of 3.2 years.",
        "3.2 years",
        "average length of time Participants were followed up",
    ),
]


@pytest.mark.parametrize(("text", "figure", "measures"), AVERAGED_SPANS)
def test_an_averaged_span_is_the_clause_s_span_on_average(
    text: str, figure: str, measures: str
) -> None:
    assert _figure(text, figure).measures == measures


# synthetic: (text, the share, its measure) where the share is a passive verb's agent
SHARES_AS_AGENTS = [
    (
        "Nausea was reported by 12% of patients on Zelvora and 4% of those given the placebo.",
        "4%",
        "share of those given the placebo who reported nausea",
    ),
    (
        "Rashes were reported by 6% of those taking the tablet.",
        "6%",
        "share of those taking the tablet who reported rashes",
    ),
    (
        "Side effects were reported by 30% of Welsh patients.",
        "30%",
        "share of Welsh patients who reported side effects",
    ),
]


@pytest.mark.parametrize(("text", "figure", "measures"), SHARES_AS_AGENTS)
def test_a_share_that_is_a_passive_verb_s_agent_did_what_it_tells(
    text: str, figure: str, measures: str
) -> None:
    assert _figure(text, figure).measures == measures


# synthetic: (text, the share kept) where "those" with a clause is people whose age follows
AGES_OF_THOSE = [
    ("Only 8% of those enrolled were over 80.", "Only 8%"),
    ("A third of those surveyed were under 25.", "A third"),
    ("A quarter of those affected were under 18, the council said.", "A quarter"),
]


@pytest.mark.parametrize(("text", "share"), AGES_OF_THOSE)
def test_the_age_of_those_a_clause_describes_is_no_figure(text: str, share: str) -> None:
    found = _figures(text)
    assert list(found) == [share]


def test_a_figure_whose_phrase_runs_to_the_text_s_end_is_read() -> None:
    # synthetic: a headline-like last line with no full stop (it raised IndexError)
    found = _figures("How a 4mg pill is changing heart care")
    assert list(found) == ["4"]
