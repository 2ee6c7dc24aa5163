# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 36 (helper M) measures, from classes that passages of both outside writers of
round 35 and the dev articles share.

- An item of a body's own account (revenue, sales, profit, earnings, production,
  output...) that is the subject of a clause a named body or country reports ("Karoo
  Metals said ... production fell 6% to 812,000 ounces", "Profit fell to $410m, Nordvik
  Shipping said") is that body's ("Karoo Metals' production"). A sector's item
  ("retail sales", "tea production"), a person's, a pronoun's report and an item whose
  owner is told already stay as they were.
- A noun written with a hyphened prefix ("2,800 sub-postmasters", "640 co-workers",
  "ex-offenders", "non-residents") is the noun after the hyphen, not the prefix the
  parser can take for it.
- The scale letter glued to another sum's digits ("paid £138m ... to 2,800
  sub-postmasters", "a £38m rebuild") is no word of a figure's measure.

Every passage here is synthetic, written for these tests (invented people, bodies and
places of no consequence), across British, Irish, South African, Indian, Norwegian,
Canadian and Kenyan copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _measures(text: str) -> dict[str, str]:
    return {f.text: f.measures for f in build_brief("Headline\n\n" + text).figures}


# --- A named body's own account ------------------------------------------------------
# Each of these fails on the code before round 36 (no owner in the measure).


@pytest.mark.parametrize(
    ("text", "figure", "measures"),
    [
        # UK broadsheet, retail results
        (
            "Harbour Foods said revenue rose 5% to £3.1bn in the year to March.",
            "£3.1bn",
            "Harbour Foods' revenue in year",
        ),
        # South African wire, mining (a dateline; the item in a clause of concession)
        (
            "JOHANNESBURG, Sept 4 (Highveld Wire) - Karoo Metals said first-half headline earnings rose 22% to R3.1 billion, even though production fell 6% to 812,000 ounces.",
            "812,000",
            "Karoo Metals' production",
        ),
        # the same: the qualifiers stay with the item they qualify
        (
            "JOHANNESBURG, Sept 4 (Highveld Wire) - Karoo Metals said first-half headline earnings rose 22% to R3.1 billion, even though production fell 6% to 812,000 ounces.",
            "R3.1 billion",
            "Karoo Metals' first-half headline earnings",
        ),
        # South African business page, the report after the clause
        (
            "Operating profit fell to R840 million in the six months to June, Zululand Sugar said on Thursday.",
            "R840 million",
            "Zululand Sugar's operating profit in six months to June",
        ),
        # Indian wire, "said that"
        (
            "Keralam Spices said on Monday that pre-tax profit more than doubled to 4.1 billion rupees.",
            "4.1 billion",
            "Keralam Spices' pre-tax profit doubled",
        ),
        # Canadian trade press, carmaker
        (
            "Kestrel Motors said sales in Canada fell 12% to 14,000 vehicles in March.",
            "14,000",
            "Kestrel Motors' sales in Canada in March",
        ),
        # Norwegian wire, shipping; a change of the item
        (
            "Profit fell to $410m in the second quarter, Nordvik Shipping said.",
            "$410m",
            "Nordvik Shipping's profit in second quarter",
        ),
        (
            "Harbour Foods said revenue rose 5% to £3.1bn in the year to March.",
            "5%",
            "rise in Harbour Foods' revenue in year",
        ),
    ],
)
def test_an_account_s_item_is_the_reporting_body_s(text: str, figure: str, measures: str) -> None:
    assert _measures(text)[figure] == measures


# Guards: these hold on the code before round 36 and must stay as they are.


@pytest.mark.parametrize(
    ("text", "figure", "measures"),
    [
        # a statistics body reports a sector's sales, not its own
        ("The ONS said retail sales fell 2% to £9.4bn in June.", "£9.4bn", "retail sales in June"),
        # a country's crop told with its kind is the sector's, left as written
        (
            "Kenya said tea production rose to 570 million kilograms last year.",
            "570 million",
            "tea production last year",
        ),
        # a person (an analyst the recognizer may call a body) owns no company's profit
        (
            "Dr Amara Osei, an analyst at Harlow Securities, said profit would fall to £30m.",
            "£30m",
            "profit",
        ),
        # a pronoun reports no owner here
        ("She said turnover rose to £4m last year.", "£4m", "turnover last year"),
        # an owner told already ("its"), named once only
        (
            "Brightwater Utilities said its profit rose to £82m.",
            "£82m",
            "Brightwater Utilities' profit",
        ),
    ],
)
def test_an_account_s_item_stays_when_no_body_reports_it_as_its_own(
    text: str, figure: str, measures: str
) -> None:
    assert _measures(text)[figure] == measures


# --- A noun with a hyphened prefix ---------------------------------------------------
# Each fails on the code before round 36 (the measure said "ex", "co", "non", "sub").


@pytest.mark.parametrize(
    ("text", "figure", "measures"),
    [
        # UK local paper, justice
        (
            "The scheme has found jobs for 2,800 ex-offenders in Greater Manchester.",
            "2,800",
            "scheme found jobs for ex-offenders",
        ),
        # trade press, labour
        (
            "The union said 640 co-workers had signed the letter.",
            "640",
            "co-workers signed the letter",
        ),
        # Irish local paper, motoring
        (
            "Police in Galway said 300 non-residents had been fined for parking in the zone.",
            "300",
            "non-residents fined for parking",
        ),
        # politics
        ("The party said 4,500 ex-members had rejoined since May.", "4,500", "ex-members rejoined"),
        # UK broadsheet, business (and no "m" from the other sum, below)
        (
            "The Post Office has paid £138m in compensation to 2,800 sub-postmasters, the minister said.",
            "£138m",
            "compensation paid by Post Office to sub-postmasters",
        ),
    ],
)
def test_a_noun_with_a_hyphened_prefix_is_counted_whole(
    text: str, figure: str, measures: str
) -> None:
    assert _measures(text)[figure] == measures


# --- Another sum's scale letter ------------------------------------------------------
# Each fails on the code before round 36 (an "m" in the measure).


@pytest.mark.parametrize(
    ("text", "figure", "measures"),
    [
        (
            "The Post Office has paid £138m in compensation to 2,800 sub-postmasters, the minister said.",
            "2,800",
            "Post Office paid to sub-postmasters",
        ),
        # sport, a club's share issue
        ("The club sold £3m of shares to 4,200 fans.", "4,200", "club sold to fans"),
        # culture, a reopening
        (
            "After seven years and a £38m rebuild, the Victorian concert hall is ready for an audience.",
            "seven years",
            "time after which rebuild",
        ),
    ],
)
def test_another_sum_s_scale_letter_is_no_word_of_the_measure(
    text: str, figure: str, measures: str
) -> None:
    assert _measures(text)[figure] == measures


# Guard: the sum's own measure is untouched (holds before and after round 36).


def test_a_sum_s_own_measure_keeps_its_words() -> None:
    assert (
        _measures("The club sold £3m of shares to 4,200 fans.")["£3m"] == "club sold shares to fans"
    )
