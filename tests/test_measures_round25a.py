"""Round 25a, what a figure measures, from a probe of council budgets, public finance,
crime statistics and votes (an Irish local paper's council budget, Canadian, South
African, Nigerian, Indian and Australian money news): a sum a budget or a plan only holds
("includes", "contains", "provides") is told by what it is for; a lone capitalized word
opening its sentence that the recognizer names as nothing is a common noun whose level a
count after "to" gives ("Fraud rose 7% to 50,510 offences"); a vote tally on "vote" is
its subject's vote for what the vote was to do; a share "above" a level on a verb of
change is the change in the verb's object. Every sentence here is synthetic, written for
these tests (invented people, bodies and places)."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figure(text: str, figure: str) -> FoundFigure:
    found = {f.text: f for f in find_figures(text, analysis_of(text))}
    assert figure in found, list(found)
    return found[figure]


# synthetic: a sum held by a budget or a plan, its figure, the words its measure holds,
# a word it must not hold
HELD_SUMS = [
    (
        "The budget includes a €3.2m grant to repair the harbour wall at Kilrush.",
        "€3.2m",
        "grant to repair the harbour wall",
        "includes",
    ),
    (
        "The plan includes $450,000 for 12 new playgrounds.",
        "$450,000",
        "for new playgrounds",
        "includes",
    ),
    (
        "The budget contains €900,000 for street lighting.",
        "€900,000",
        "for street lighting",
        "contains",
    ),
    (
        "The budget provides R45 million for new water pipes.",
        "R45 million",
        "for new water pipes",
        "provides",
    ),
]


@pytest.mark.parametrize(("text", "figure", "words", "not_words"), HELD_SUMS)
def test_a_sum_a_budget_holds_is_told_by_what_it_is_for(
    text: str, figure: str, words: str, not_words: str
) -> None:
    measures = _figure(text, figure).measures
    assert words in measures
    assert not_words not in measures


def test_a_fund_whose_own_phrase_says_its_purpose_says_it_once() -> None:
    # synthetic
    measures = _figure("The package includes a $2m fund for flood defences.", "$2m").measures
    assert measures.startswith("fund for flood defences")
    assert measures.count("flood defences") == 1


# synthetic: a common noun opening its sentence, tagged as a name, whose level is a count
LEVELS = [
    ("Burglary fell 4% to 12,300 offences, the ONS said.", "12,300", "Burglary"),
    ("Fraud rose to 50,510 offences last year.", "50,510", "Fraud"),
]


@pytest.mark.parametrize(("text", "figure", "measures"), LEVELS)
def test_a_count_after_to_is_the_level_of_a_common_noun_opening_the_sentence(
    text: str, figure: str, measures: str
) -> None:
    found = _figure(text, figure).measures
    assert found.startswith(measures)
    assert "rose to" not in found and "fell to" not in found


def test_a_vote_is_its_subject_s_for_what_it_was_to_do() -> None:
    # synthetic
    text = (
        "Ballinmore County Council has adopted a €212.4m budget for 2027 after councillors"
        " voted 22 to 14 on Monday night to raise the Local Property Tax by 10% above its"
        " base rate."
    )
    assert _figure(text, "22 to 14").measures == "councillors voted to raise Local Property Tax"
    board = _figure("The board voted 7-2 on Tuesday to approve the merger.", "7-2").measures
    assert board == "board voted to approve merger"
    senators = _figure("The motion passed after senators voted 51 to 49.", "51 to 49").measures
    assert senators == "senators voted"


def test_a_share_above_a_level_on_a_change_is_the_change_in_its_object() -> None:
    # synthetic
    text = "The council will raise the property tax by 10% above its base rate."
    assert _figure(text, "10%").measures == "rise in property tax above its base rate"
    # a level with no change stays the subject's
    text = "Rural bus journeys were 31% below their pre-pandemic level."
    assert _figure(text, "31%").measures.startswith("Rural bus journeys below")


def test_a_doer_offered_with_or_keeps_both() -> None:
    # synthetic
    measures = _figure("Acme or Zenith will cut 900 jobs by the summer.", "900").measures
    assert "Acme or Zenith" in measures
    joined = _figure("Bluecrest and Tarran Airways cancelled 40 flights.", "40").measures
    assert "Bluecrest and Tarran Airways" in joined


def test_a_lone_surname_named_before_owns_what_he_said_he_had() -> None:
    # synthetic
    text = "Dara Keaton, 17, needs 120 credits. Keaton said he had 96 credits."
    assert _figure(text, "96").measures == "Keaton's credits"
    # a judge's surname tells of someone else
    judge = "Judge Peter Lane heard the case. Lane said he had 14 convictions."
    assert "Lane" not in _figure(judge, "14").measures


# synthetic: a time something takes, its figure, the words its measure holds
TAKEN = [
    ("Work on the pier will take about 18 months.", "about 18 months", "Work on the pier"),
    ("Construction of the bridge will take three years.", "three years", "Construction of the"),
]


@pytest.mark.parametrize(("text", "figure", "words"), TAKEN)
def test_the_time_a_thing_takes_keeps_what_the_thing_is_on(
    text: str, figure: str, words: str
) -> None:
    assert words in _figure(text, figure).measures


# synthetic: a count "of" a noun phrase that a verb ends, its figure, its unit
OF_PHRASES = [
    ("Some 2m of water bills went unpaid last year.", "Some 2m", "bills"),
    ("Some 3m of the tickets went unsold.", "Some 3m", "tickets"),
]


@pytest.mark.parametrize(("text", "figure", "unit"), OF_PHRASES)
def test_a_count_of_a_phrase_is_in_the_phrase_s_noun_not_its_verb(
    text: str, figure: str, unit: str
) -> None:
    assert _figure(text, figure).unit == unit


def test_a_margin_on_a_comparative_keeps_what_was_done_longer() -> None:
    # synthetic
    text = "Participants slept an average of 38 minutes longer on the trial."
    assert _figure(text, "38 minutes").measures == "margin Participants slept longer"
    mice = _figure("Mice lived 12 days longer than the others.", "12 days").measures
    assert mice.startswith("margin Mice lived longer")


def test_a_gap_in_percentage_points_is_its_subject_s() -> None:
    # synthetic
    text = "Wales is 5.3 percentage points behind England."
    assert _figure(text, "5.3 percentage points").measures.startswith("Wales's")
