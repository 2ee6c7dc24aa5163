"""Round 19c, what a figure measures, from a probe of disaster wires, prices on local and
tourism pages, surveys and polls (wire, local, broadsheet, trade): a bare "half" of all of
a kind is a share ("Nearly half of all firms"; not "less than half the figure", which dev
editors do not list); a second price after
", or" is the same charge for other payers ("Entry is €10, or €5 for students"), also in
dollars with a country prefix ("A$12, or A$7"), where it was read as a restatement.
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


# synthetic: (text, the figure, a word its measure keeps)
BARE_HALVES = [
    ("Nearly half of all firms in Tarnby plan to raise prices.", "Nearly half", "firms"),
    ("More than half of all councils face a shortfall next year.", "More than half", "councils"),
    ("Almost half of all voters in Ollerby backed the plan.", "Almost half", "voters"),
    ("Half of all adults in the survey skip breakfast.", "Half", "adults"),
]


@pytest.mark.parametrize(("text", "figure", "word"), BARE_HALVES)
def test_a_bare_half_after_approximation_is_a_share(text: str, figure: str, word: str) -> None:
    found = _figure(text, figure)
    assert found.value == pytest.approx(0.5)
    assert word in found.measures


def test_a_half_of_a_period_is_no_share_beside_one_that_is() -> None:
    # synthetic: a share and a half of a year in one sentence
    found = _figures(
        "Nearly half of all firms in Tarnby plan to raise prices in the second half of the year."
    )
    halves = [t for t in found if "half" in t.lower()]
    assert halves == ["Nearly half"]


# synthetic: (text, the second price, the words its measure keeps)
SECOND_PRICES = [
    ("Entry is €10, or €5 for students.", "€5", ["Entry", "students"]),
    ("Tickets cost A$12, or A$7 for concession holders.", "A$7", ["Tickets", "concession"]),
    ("A day pass to Brindle Zoo costs £8, or £4 for children under 12.", "£4", ["children"]),
    ("Adults pay $25, or $15 for seniors.", "$15", ["seniors"]),
]


@pytest.mark.parametrize(("text", "figure", "words"), SECOND_PRICES)
def test_a_second_price_after_or_is_for_other_payers(
    text: str, figure: str, words: list[str]
) -> None:
    measures = _figure(text, figure).measures
    assert all(w in measures for w in words), measures


def test_a_prefixed_dollar_restated_in_us_dollars_is_still_one_sum() -> None:
    # synthetic: a second price in Australian dollars, then a sum restated in US dollars
    found = _figures(
        "Tickets cost A$12, or A$7 for concession holders, and the tour costs A$40, or about US$26."
    )
    assert "A$7" in found
    assert not any("26" in t for t in found)


# synthetic: (text, the count, a word its measure must not hold): a count added to a list
# ("along with", "as were") is owned neither by the body that reports it nor by the
# counted thing before it
ADDED_TO_A_LIST = [
    (
        "The agency said 11,260 homes had been damaged, 3,900 of them severely, along with"
        " 87 schools and four hospitals.",
        "87",
        "agency",
    ),
    (
        "The agency said 11,260 homes had been damaged, 3,900 of them severely, along with"
        " 87 schools and four hospitals.",
        "four",
        "agency",
    ),
    ("The council said 420 homes had been flooded, along with 16 shops.", "16", "homes"),
    ("Officials said 11,260 homes were damaged, as were 87 schools.", "87", "schools's"),
]


@pytest.mark.parametrize(("text", "figure", "word"), ADDED_TO_A_LIST)
def test_a_count_added_to_a_list_has_no_owner(text: str, figure: str, word: str) -> None:
    assert word not in _figure(text, figure).measures


def test_a_further_amount_is_more_of_the_one_before() -> None:
    # synthetic: a pledge, then a further sum of the same value
    text = (
        "The Corvane Trust pledged $20 million in aid and said a further $20 million could follow."
    )
    found = find_figures(text, analysis_of(text))
    further = [f for f in found if f.start > text.index("further")]
    assert len(further) == 1
    assert "aid" in further[0].measures
    assert "said" not in further[0].measures


# synthetic: (text, the tally, a word its measure keeps)
TALLIES_BY = [
    ("The bill passed by 312 votes to 204.", "312 votes to 204", "bill"),
    ("The motion was carried by 41 votes to 9 at Ollerby town hall.", "41 votes to 9", "motion"),
]


@pytest.mark.parametrize(("text", "figure", "word"), TALLIES_BY)
def test_a_tally_after_by_is_the_vote_not_a_dangling_by(text: str, figure: str, word: str) -> None:
    measures = _figure(text, figure).measures
    assert word in measures
    assert not measures.endswith(" by")


# synthetic: (text, the amount, its currency)
CURRENCY_WORDS_TOLD = [
    ("The government of Sulawara would release 750 billion rupiah in emergency funds.", "IDR"),
    ("Exports from Tanjung Port rose to 2.1 trillion yuan in May.", "CNY"),
    ("A bowl of noodles at the Ollerby night market costs 60 baht.", "THB"),
    ("Brenkar Steel was fined 4 million zlotys by the regulator.", "PLN"),
]


@pytest.mark.parametrize(("text", "currency"), CURRENCY_WORDS_TOLD)
def test_a_currency_told_as_a_word_is_money(text: str, currency: str) -> None:
    assert [f.unit for f in find_figures(text, analysis_of(text))] == [currency]


def test_a_second_sum_after_a_currency_word_and_or_is_for_other_payers() -> None:
    # synthetic: two payments in rupiah, the second for other families
    text = (
        "Families whose homes were destroyed would receive 50 million rupiah each,"
        " or 25 million rupiah for those with lighter damage."
    )
    second = [f for f in find_figures(text, analysis_of(text)) if f.value == 25_000_000]
    assert len(second) == 1
    assert "lighter damage" in second[0].measures
    assert "received" in second[0].measures
