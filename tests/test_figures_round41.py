"""Round 41: what market moves, totals and scare-quoted amounts measure, and ages and
rankings told in ways the figure rules did not read.

- A trading session's close told by its direction ("ended 0.3 per cent higher", "closed
  11.2% weaker at R22.10", "before closing down 5.2 per cent at S$1.66"): the move is a
  rise or a fall in what moved, and the price after "at" its closing price. A participle
  after "before" or "after" has the subject of the verb it hangs on.
- "14 transfers totalling N1.85 billion", "debts amounting to £2.3m": the total of the
  noun before.
- "212 dogs were stolen, up from 151 the year before - a rise of 40 per cent": the rise
  is in the count that rose, not in the level it rose from.
- A tabloid's quote marks around an amount alone ("a club-record '£38million'"): the
  measure was the mark itself ("'"), and "'I paid '£40' for it,' she said" was cut into
  two quotes. The marks are now read as spaces (offsets kept) by the parser, the figure
  readers and the quote finder; the quote is taken verbatim as written.
- Ages told as a possessive ("the 24-year-old's first title") or a range ("ranged in age
  from 17 to 22", "aged from 19 to 31", "between the ages of 16 and 24") are no figures.
- "World No 3 Irina Vasko" (a capital W) is a ranking, and a ranking before a name is
  that name's ("beat world No 3 Sofia Lindqvist" is not the winner's ranking).

Synthetic passages across beats and outlets (invented people, firms and places)."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.quotes import amounts_unquoted, find_quotes

from tests.surface_runs import brief_from_the_cli, extractive_brief

SESSION_MOVES = [
    # (outlet, passage, value, words the measure must hold, words it must not)
    (
        "wire, Singapore",
        "Merlion's shares fell as much as 7.4 per cent to S$1.62 before closing down 5.2 per "
        "cent at S$1.66. The benchmark Straits Times Index ended 0.3 per cent higher.",
        5.2,
        ["fall", "Merlion"],
        ["closing down"],
    ),
    (
        "wire, Singapore (the index)",
        "Merlion's shares fell as much as 7.4 per cent to S$1.62 before closing down 5.2 per "
        "cent at S$1.66. The benchmark Straits Times Index ended 0.3 per cent higher.",
        0.3,
        ["rise", "Straits Times Index"],
        [],
    ),
    (
        "broadsheet, South Africa",
        "Shares in Karoo Home fell as much as 14.5% to R21.30 on the JSE on Friday before "
        "closing 11.2% weaker at R22.10.",
        11.2,
        ["fall", "Karoo Home"],
        ["weaker"],
    ),
    (
        "broadsheet, South Africa (the close)",
        "Shares in Karoo Home fell as much as 14.5% to R21.30 on the JSE on Friday before "
        "closing 11.2% weaker at R22.10.",
        22.1,
        ["closing price", "Karoo Home"],
        [],
    ),
    (
        "US wire",
        "Tollgate Bank's stock finished 2.7% higher at $18.40, while the Nasdaq closed 0.6% lower.",
        0.6,
        ["fall", "Nasdaq"],
        ["lower"],
    ),
    (
        "US wire (the close)",
        "Tollgate Bank's stock finished 2.7% higher at $18.40, while the Nasdaq closed 0.6% lower.",
        18.4,
        ["closing price", "Tollgate"],
        [],
    ),
    (
        "UK broadsheet, a possessive owner",
        "Shares in Dunmoor's parent closed down 4.1% at 1,136p in London.",
        1136,
        ["closing price", "Dunmoor"],
        [],
    ),
    (
        "Australian business",
        "Shares in Pellworth Mining closed 9.4 per cent lower at A$3.12 after the miner cut "
        "its output forecast.",
        9.4,
        ["fall", "Pellworth Mining"],
        [],
    ),
    (
        "currency, wire",
        "The rand ended 1.2% weaker against the dollar on Tuesday.",
        1.2,
        ["fall", "rand"],
        [],
    ),
]


@pytest.mark.parametrize(
    ("outlet", "passage", "value", "wanted", "unwanted"),
    SESSION_MOVES,
    ids=[c[0] for c in SESSION_MOVES],
)
def test_a_session_s_close_is_a_move_and_a_closing_price(
    outlet: str, passage: str, value: float, wanted: list[str], unwanted: list[str]
) -> None:
    measures = _measure_of(passage, value)
    for word in wanted:
        assert word.casefold() in measures.casefold(), (measures, word)
    for word in unwanted:
        assert word.casefold() not in measures.casefold(), (measures, word)


def test_a_comparison_is_still_a_comparison() -> None:
    # guard: "higher" outside a trading session compares, as before
    measures = _measure_of("Prices were 4% higher than a year earlier.", 4)
    assert "higher than a year earlier" in measures, measures


TOTALS = [
    (
        "courts, Nigerian broadsheet",
        "Investigators traced 14 transfers totalling N1.85 billion from the pension board to "
        "a shell company.",
        1_850_000_000,
        "total of transfers",
    ),
    (
        "business, local",
        "The club ran up losses amounting to £14.2m over three seasons.",
        14_200_000,
        "total of losses",
    ),
    (
        "council audit, US local",
        "Auditors found 38 invoices totalling $412,000 that had been paid twice.",
        412_000,
        "total of invoices",
    ),
]


@pytest.mark.parametrize(("beat", "passage", "value", "wanted"), TOTALS, ids=[c[0] for c in TOTALS])
def test_an_amount_after_totalling_is_the_total_of_the_noun_before(
    beat: str, passage: str, value: float, wanted: str
) -> None:
    measures = _measure_of(passage, value)
    assert measures.startswith(wanted), measures
    assert "totalling" not in measures and "amounting" not in measures, measures


CHANGES_AFTER_A_LEVEL = [
    (
        "crime, tabloid (a dash)",
        "Police said 212 dogs were reported stolen in Essex last year, up from 151 the year "
        "before - a rise of 40 per cent.",
        40,
        "rise in dogs reported stolen",
    ),
    (
        "charity, local (a comma)",
        "The food bank handed out 48,200 parcels in the year, up from 36,900 a year earlier, "
        "an increase of 31 per cent.",
        31,
        "increase in",
    ),
]


@pytest.mark.parametrize(
    ("beat", "passage", "value", "wanted"),
    CHANGES_AFTER_A_LEVEL,
    ids=[c[0] for c in CHANGES_AFTER_A_LEVEL],
)
def test_a_change_set_beside_a_level_is_in_the_count_that_rose(
    beat: str, passage: str, value: float, wanted: str
) -> None:
    measures = _measure_of(passage, value)
    assert measures.startswith(wanted), measures
    assert "a year earlier" not in measures and "the year before" not in measures, measures


SCARE_QUOTED_AMOUNTS = [
    (
        "football, tabloid",
        "Rovers have landed striker Kofi Mensah for a club-record '£38million' after a week "
        "of talks.",
        38_000_000,
    ),
    (
        "transport, tabloid",
        "Fuming rail passengers will have to fork out up to '£38' for a return to the "
        "seaside this summer.",
        38,
    ),
    (
        "consumer, tabloid",
        "Shoppers are paying '£4.50' for a loaf at the village store, campaigners said.",
        4.5,
    ),
]


@pytest.mark.parametrize(
    ("beat", "passage", "value"), SCARE_QUOTED_AMOUNTS, ids=[c[0] for c in SCARE_QUOTED_AMOUNTS]
)
def test_an_amount_in_a_tabloid_s_marks_is_measured_by_words(
    beat: str, passage: str, value: float
) -> None:
    measures = _measure_of(passage, value)
    assert any(ch.isalpha() for ch in measures), measures
    assert "'" not in measures.replace("'s", ""), measures


def test_a_quote_holding_an_amount_in_marks_is_one_quote_taken_as_written() -> None:
    text = "'I paid '£40' for it and it broke in a week,' she said. 'Do not buy it.'"
    quotes = [q.text for q in find_quotes(text)]
    assert "I paid '£40' for it and it broke in a week" in quotes, quotes
    brief = extractive_brief(text)  # (a quote split by its attribution is one quote in the brief)
    texts = [q.text for q in brief.quotes]
    assert any(t.startswith("I paid '£40' for it and it broke in a week") for t in texts), texts
    assert all(text[q.span.start : q.span.end].startswith("I paid '£40'") for q in brief.quotes)


def test_only_the_marks_around_an_amount_alone_are_read_as_spaces() -> None:
    text = "She said: 'It will cost £40,' and 'Tom's' bar charged '£12.50' for two."
    unquoted = amounts_unquoted(text)
    assert len(unquoted) == len(text)
    assert " £12.50 " in unquoted
    assert "'It will cost £40,'" in unquoted  # a quote of words keeps its marks
    assert "'Tom's'" in unquoted


AGES = [
    ("tennis, wire", "It was the 24-year-old's first title at the tournament, worth $1.2m.", 24),
    (
        "crime, local",
        "Police said the 19-year-old's car was found abandoned with £4,000 in the boot.",
        19,
    ),
    (
        "shooting, US local",
        "Police recovered 27 shell casings. The victims ranged in age from 17 to 22.",
        17,
    ),
    ("courts, UK", "The men, aged from 19 to 31, were arrested in dawn raids.", 19),
    (
        "jobs scheme, broadsheet",
        "The scheme is open to people between the ages of 16 and 24, the minister said, and "
        "will cost £12m.",
        16,
    ),
]


@pytest.mark.parametrize(("beat", "passage", "age"), AGES, ids=[c[0] for c in AGES])
def test_an_age_told_as_a_possessive_or_a_range_is_no_figure(
    beat: str, passage: str, age: float
) -> None:
    figures = extractive_brief(passage).figures
    assert age not in [f.value for f in figures], [(f.text, f.measures) for f in figures]


def test_the_news_beside_an_age_is_kept() -> None:
    # guard: the sum beside a possessive age, and the count beside an age range, stay
    assert 1_200_000 in [f.value for f in extractive_brief(AGES[0][1]).figures]
    assert 27 in [f.value for f in extractive_brief(AGES[2][1]).figures]


def test_a_ranking_before_a_name_is_that_name_s() -> None:
    text = (
        "Twelfth seed Anika Varga beat world No 3 Sofia Lindqvist in Melbourne. Varga, the "
        "world No 40, won in three sets.\n\nWorld No 8 Priya Raman also went through."
    )
    measures = {f.value: f.measures for f in extractive_brief(text).figures}
    assert "Lindqvist" in measures[3] and "Varga" not in measures[3], measures
    assert "Varga" in measures[40], measures
    assert measures[8].startswith("world ranking") and "Raman" in measures[8], measures


DISTANCES = [
    # (beat, passage, value, words the measure must hold)
    (
        "cycling, wire",
        "Danish rider Mads Kjeldsen set a new hour record on Saturday, covering 56.21km.",
        56.21,
        ["distance covered", "Kjeldsen"],
    ),
    (
        "maritime, broadsheet",
        "The ship travelled 3,400 nautical miles in 11 days.",
        3400,
        ["distance travelled", "ship"],
    ),
    (
        "charity, local",
        "Fundraiser Amy Cole walked 1,200 miles to raise money for a hospice.",
        1200,
        ["distance walked", "Amy Cole"],
    ),
    (
        "shipping, wire (a clause after the length)",
        "The tanker sailed 900 miles before the engine failed.",
        900,
        ["distance sailed", "tanker"],
    ),
    (
        "aviation, wire (a passive placed against a place)",
        "Debris from the missing light aircraft was found 210 nautical miles west of "
        "Carnarvon Point on Sunday.",
        210,
        ["distance", "Debris", "west of Carnarvon"],
    ),
]


@pytest.mark.parametrize(
    ("beat", "passage", "value", "wanted"), DISTANCES, ids=[c[0] for c in DISTANCES]
)
def test_a_length_someone_went_is_the_distance_they_went(
    beat: str, passage: str, value: float, wanted: list[str]
) -> None:
    measures = _measure_of(passage, value)
    for word in wanted:
        assert word.casefold() in measures.casefold(), (measures, word)


SUMS_AS_SUBJECTS = [
    (
        "health, local",
        "About £2.1m went on agency staff last year, the report found.",
        2_100_000,
        "went on agency staff",
    ),
    (
        "appeal, local",
        "Some £45,000 came from a crowdfunding appeal set up by the family.",
        45_000,
        "came from",
    ),
    (
        "banking, broadsheet",
        "The bank paid £1.2bn in fines last year. Of that total, £340m related to failures "
        "in its anti-money-laundering controls.",
        340_000_000,
        "related to failures",
    ),
]


@pytest.mark.parametrize(
    ("beat", "passage", "value", "wanted"), SUMS_AS_SUBJECTS, ids=[c[0] for c in SUMS_AS_SUBJECTS]
)
def test_a_sum_that_is_its_clause_s_subject_is_the_money_the_clause_tells_of(
    beat: str, passage: str, value: float, wanted: str
) -> None:
    assert wanted in _measure_of(passage, value)


FRONTED_WHOLES = [
    (
        "business, wire",
        "Nordvik said on Monday it would cut 1,400 jobs worldwide. Of the roles affected, 600 "
        "are in Sweden.",
        600,
        ["roles affected", "Sweden"],
    ),
    (
        "health, broadsheet",
        "Of the 220 deaths linked to the heatwave, 160 were among people aged over 80, the "
        "health agency said.",
        160,
        ["deaths linked to the heatwave", "over 80"],
    ),
    (
        "education, local",
        "Of the 40 schools inspected, 11 were rated inadequate.",
        11,
        ["schools inspected", "inadequate"],
    ),
    ("courts, wire", "Of those arrested, 14 have been charged.", 14, ["those arrested", "charged"]),
]


@pytest.mark.parametrize(
    ("beat", "passage", "value", "wanted"), FRONTED_WHOLES, ids=[c[0] for c in FRONTED_WHOLES]
)
def test_a_part_of_a_fronted_whole_counts_the_whole_s_noun(
    beat: str, passage: str, value: float, wanted: list[str]
) -> None:
    measures = _measure_of(passage, value)
    for words in wanted:
        assert words in measures, (measures, words)


def test_a_bracket_of_ages_is_no_age_at_death() -> None:
    # "people aged over 80" describes a group; one named person's age at death stays
    figures = extractive_brief(FRONTED_WHOLES[1][1]).figures
    assert 80 not in [f.value for f in figures], [(f.text, f.measures) for f in figures]
    kept = extractive_brief("Former miner Tom Hale has died aged 87.").figures
    assert [f.value for f in kept] == [87], [(f.text, f.measures) for f in kept]


def test_power_and_energy_are_units() -> None:
    from briefsmith.core.units import canonical_unit

    for written, name in [
        ("MW", "megawatts"),
        ("gigawatts", "gigawatts"),
        ("megawatt hours", "megawatt hours"),
        ("kWh", "kilowatt hours"),
        ("nautical miles", "nautical miles"),
    ]:
        found = canonical_unit(written)
        assert found is not None and found[1] == name, (written, found)


def test_on_the_cli(tmp_path) -> None:
    _, passage, value, wanted, _ = SESSION_MOVES[2]
    brief = brief_from_the_cli(tmp_path, passage)
    measures = {f["value"]: f["measures"] for f in brief["figures"]}
    assert wanted[0] in measures[value], measures


def _measure_of(passage: str, value: float) -> str:
    figures = extractive_brief(passage).figures
    found = [f.measures for f in figures if f.value == value]
    assert found, [(f.text, f.value, f.measures) for f in figures]
    return found[0]
