"""Round 29b (A), what a figure measures, from the misses of dev articles written by a hand
that had never seen the rules: a vote tally says what the vote was for, past an aside
("voted 22 to 9, with two abstentions, to approve the scheme"), in favour of or against
something ("voted 104-91 in favour of the bill"), or what passed or fell by it ("The
motion passed 5-2": the vote on the motion); an amount followed at once by the time it
held at ("lost 1.8 billion crowns last year", "from R12.3 billion a year earlier", "a
profit of Rs 517 crore in the same quarter last year") keeps that time; "rather than"
ends a counted noun ("40 homes rather than 64" counts homes, not "rather"); and a share
"more likely" to do something is told of the clause's "those who" subject, also under a
verb of finding ("found that those who ... were 18% more likely to ...").

Every passage here is synthetic, written for these tests (invented people, firms, bodies
and places of no consequence), across Irish, US, British, Indian, South African,
Nigerian, Australian, Canadian and Singaporean copy.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figure(text: str, wanted: str) -> FoundFigure:
    found = {f.text: f for f in find_figures(text, analysis_of(text))}
    assert wanted in found, list(found)
    return found[wanted]


def _check(text: str, figure: str, wanted: list[str], unwanted: list[str]) -> None:
    measures = _figure(text, figure).measures.casefold()
    assert wanted or unwanted  # every case says something
    for word in wanted:
        assert word.casefold() in measures, (measures, word)
    for word in unwanted:
        assert word.casefold() not in measures, (measures, word)


# synthetic: text, figure, words the measure holds, words it must not hold
VOTES = [
    # Irish local paper: the purpose past an aside on abstentions
    (
        "Councillors voted 22 to 9, with two abstentions, to approve the Part 8 scheme.",
        "22 to 9",
        ["to approve", "scheme"],
        ["abstentions"],
    ),
    # Nigerian broadsheet: the same, another body
    (
        "Members of the assembly voted 48-12, with three abstentions, to suspend the speaker.",
        "48-12",
        ["to suspend", "speaker"],
        [],
    ),
    # European wire: in favour of a bill
    (
        "Lawmakers voted 104-91 in favour of the bill, which will raise the retirement age.",
        "104-91",
        ["in favour of", "bill"],
        ["retirement"],
    ),
    # US wire: against
    ("The board voted 5-4 against the merger.", "5-4", ["against", "merger"], []),
    # US broadcaster: for a measure
    ("Senators voted 61-38 for the measure on Thursday.", "61-38", ["for", "measure"], []),
    # US local: what passed by the tally
    ("The motion passed 5-2.", "5-2", ["vote", "motion"], []),
    # Australian broadsheet: a bill
    ("The bill passed 51-49 in the upper house.", "51-49", ["vote", "bill"], []),
    # Canadian local: a bylaw, carried
    ("The amendment was carried 31 votes to 12.", "31 votes to 12", ["vote", "amendment"], []),
    # US local: a singular abstention, the purpose parsed as its relative clause
    (
        "Aldermen voted 11-4, with one abstention, to rezone the Eastgate lot.",
        "11-4",
        ["to rezone", "lot"],
        [],
    ),
    # negatives: the purpose already read stays; a person's choice is no "for" of a bill
    ("MPs voted 320 to 250 to back the plan.", "320 to 250", ["to back", "plan"], []),
    ("The council voted 9-4 on Tuesday.", "9-4", ["council", "voted"], ["for", "against"]),
    ("The jury voted 10-2 to convict.", "10-2", ["to convict"], ["favour"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), VOTES)
def test_a_tally_says_what_the_vote_was_for(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


TIMES = [
    # South African wire: the earlier level of a loss
    (
        "Its loss widened to R23.9 billion in the year to March from R12.3 billion a year earlier.",
        "R12.3 billion",
        ["loss", "a year earlier"],
        [],
    ),
    # Norwegian story on a wire: the unit between
    (
        "Nordavia, which lost 1.8 billion crowns last year as fuel costs rose, was for sale.",
        "1.8 billion",
        ["last year"],
        [],
    ),
    # British local: an "of" amount
    (
        "The company, which had a turnover of £27m last year, could face an unlimited fine.",
        "£27m",
        ["turnover", "last year"],
        [],
    ),
    # Indian broadsheet: the same quarter last year
    (
        "The Pune-based company had posted a profit of Rs 517 crore in the same quarter last year.",
        "Rs 517 crore",
        ["profit", "same quarter last year"],
        [],
    ),
    # Irish broadsheet: a gap a year ago
    (
        "Students averaged 412 points, compared with a gap of 31 points a year ago.",
        "31",
        ["gap", "a year ago"],
        [],
    ),
    # Canadian broadcaster: patients treated
    (
        "The hospital treated 4,000 patients last year.",
        "4,000",
        ["patients", "last year"],
        [],
    ),
    # negatives: a time already told is not told twice; a time of the other amount stays off
    (
        "Rents in Perth rose 4% last year.",
        "4%",
        ["rents", "last year"],
        ["last year last year"],
    ),
    (
        "Net income fell to $88 million from $102 million in the same period a year earlier.",
        "$102 million",
        ["income"],
        ["earlier a year earlier", "period in the same period"],
    ),
    (
        "The council will spend €3m on roads this year, against €2m last year.",
        "€3m",
        ["roads"],
        ["last year"],
    ),
    (
        "The club signed 14 players last summer and sold 9.",
        "14",
        ["players"],
        ["last year"],
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), TIMES)
def test_an_amount_keeps_the_time_it_held_at(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


RATHER = [
    # Irish local: homes asked for
    ("Residents had asked for 40 homes rather than 64.", "40", "homes"),
    # Singaporean broadsheet: buses wanted
    ("The operator wanted 30 buses rather than 20.", "30", "buses"),
    # Australian local: trucks chosen over trains
    ("The miner chose 12 trucks rather than trains.", "12", "trucks"),
]


@pytest.mark.parametrize(("text", "figure", "unit"), RATHER)
def test_rather_than_ends_the_counted_noun(text: str, figure: str, unit: str) -> None:
    found = _figure(text, figure)
    assert found.unit == unit, found
    assert "rather" not in found.measures, found


LIKELY = [
    # British tabloid: a "those who" subject
    (
        "Those who ate 14 or more eggs a week were 19 per cent more likely to suffer a"
        " heart attack or stroke.",
        "19 per cent",
        ["more likely to suffer", "heart attack"],
        [],
    ),
    # British broadcaster: under "found that"
    (
        "Researchers found that those who had worked night shifts for 10 years or more were"
        " 18% more likely to develop atrial fibrillation than day workers.",
        "18%",
        ["more likely to develop", "atrial fibrillation"],
        [],
    ),
    # Indian broadsheet: less likely, the adjective parsed on the amount
    (
        "Those who cycled to work were 22 per cent less likely to report back pain, the"
        " survey found.",
        "22 per cent",
        ["less likely to report", "back pain"],
        [],
    ),
    # British broadcaster: what it is set against ("than") is left off, nothing hangs
    (
        "Researchers found that those who ate 14 or more eggs a week were 19 per cent more"
        " likely to suffer a heart attack or stroke than those who ate fewer than two.",
        "19 per cent",
        ["more likely to suffer", "stroke"],
        ["than"],
    ),
    # negative: a plain subject already read stays as it is
    (
        "Smokers were 40 per cent more likely to develop dementia than non-smokers.",
        "40 per cent",
        ["smokers", "more likely to develop dementia"],
        [],
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), LIKELY)
def test_more_likely_says_to_do_what(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


STAKES = [
    # British broadsheet: a shareholder with a stake, the body it is
    (
        "Ardmore Capital, Brackenfield's largest shareholder with a 14% stake, said it"
        " supported the changes.",
        "14%",
        ["stake", "Ardmore Capital"],
        [],
    ),
    # US wire: a shareholder with a bare share
    (
        "Okafor Partners, the second-largest shareholder with 9%, backed the offer.",
        "9%",
        ["stake", "Okafor Partners"],
        ["with"],
    ),
    # Norwegian story on a wire: a founder who owns a share of the company
    (
        "Jon Brekka, a former pilot who still owns 17% of the company, backed the deal.",
        "17%",
        ["stake", "Jon Brekka", "company"],
        [],
    ),
    # Nigerian business daily: a group that owns a share of a named firm
    (
        "Oyelaran Group owns 51% of Lekki Cables, filings show.",
        "51%",
        ["stake", "Oyelaran Group", "Lekki Cables"],
        [],
    ),
    # Singaporean broadsheet: a fund with a holding
    (
        "The state pension fund, with a 6.5% holding, abstained.",
        "6.5%",
        ["stake", "pension fund"],
        [],
    ),
    # Singaporean wire: "per cent" written out, the number and "cent" both on "stake"
    (
        "Temasek, an investor with a 4.9 per cent stake, declined to comment.",
        "4.9 per cent",
        ["stake", "Temasek"],
        [],
    ),
    # negatives: a share of homes is no stake; a town "with" a rate holds none
    ("Voters who own 60% of homes in the area are older.", "60%", ["homes"], ["stake"]),
    ("A town with 9% unemployment voted for change.", "9%", ["unemployment"], ["stake"]),
    ("The firm has a 40% share of the market.", "40%", ["market"], ["stake"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), STAKES)
def test_a_holding_names_whose_it_is(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)


OR_MORE = [
    # British tabloid: eggs a week
    ("Those who ate 14 or more eggs a week were at higher risk.", "14", "eggs"),
    # Canadian local: bags a month
    ("Households that recycled 20 or more bags a month got a rebate.", "20", "bags"),
    # Indian broadsheet: books a year
    ("Pupils who read 10 or more books a year did better in the test.", "10", "books"),
    # negatives: a plain count is read as before; a span so told keeps its old reading
    ("Fans who bought three tickets were refunded.", "three", "tickets"),
]


@pytest.mark.parametrize(("text", "figure", "unit"), OR_MORE)
def test_or_more_before_the_noun_still_counts_it(text: str, figure: str, unit: str) -> None:
    assert _figure(text, figure).unit == unit


FLOATING = [
    # British broadsheet (a quote): "both" read as a second subject
    ("Motor and home premiums both grew by more than 10%.", "more than 10%", ["premiums"]),
    # Australian wire: "each"
    ("Gold and silver prices each climbed by about 2% on Friday.", "about 2%", ["prices"]),
    # negatives: a subject read well stays
    ("Exports and imports both fell by 3% in March.", "3%", ["exports and imports"]),
    ("Ticket sales both rose by 12 per cent.", "12 per cent", ["ticket sales"]),
]


@pytest.mark.parametrize(("text", "figure", "wanted"), FLOATING)
def test_a_floating_quantifier_is_no_subject(text: str, figure: str, wanted: list[str]) -> None:
    _check(text, figure, wanted, ["both", "each", " by"])


RANGES = [
    # Indian broadsheet: margins told in a band (a quote)
    (
        'The company expects operating margins "in the 18 to 20 per cent band".',
        "18 to 20 per cent",
        ["operating margins"],
        ["band"],
    ),
    # US wire: the range on the verb, what it says of its object
    ("Analysts see growth in the 5-7% range next year.", "5-7%", ["growth"], ["range"]),
    # Canadian broadcaster: the subject of a copula
    (
        "Margins will be in the 18-20% range this year, the CFO said.",
        "18-20%",
        ["margins"],
        ["range"],
    ),
    # negatives: a doer is not what lies in a band; a bracket with its own noun before
    # it is left as it was read
    (
        "Analysts had pencilled in growth in the 2.5-3% band for the quarter.",
        "2.5-3%",
        ["pencilled"],
        [],
    ),
    (
        "Most households fall in the 20 to 30 per cent tax bracket.",
        "20 to 30 per cent",
        ["tax bracket"],
        [],
    ),
]


@pytest.mark.parametrize(("text", "figure", "wanted", "unwanted"), RANGES)
def test_a_band_s_ends_measure_what_lies_in_it(
    text: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check(text, figure, wanted, unwanted)
