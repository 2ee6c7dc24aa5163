"""Round 8a figures: race results and company results. A distance that names an event
("the women's 400m", "the Scottish indoor 200m record") is no figure; a race time
written as minutes, seconds and hundredths ("1:46.85") is one elapsed time in seconds
(and is grounded), and so is a bare time after a place or a race verb ("was second in
11.42", "ran 48.92"); "two tenths of a second" is one margin in seconds; a field
event's mark ("cleared 1.91m") is metres; an age told as the subject ("The 21-year-old
won") is no figure; "No 14" names a house. In company results: a margin in cents
("9 cents above estimates"), a per-share sum measures per share, "62 cents to 66 cents
a share" and "£3m-£4m" are one range, "rose from £2.5m to £3m" is two levels, and a bar
each item clears ("deals worth more than $10 million each") is no figure. Every
sentence here is synthetic, written for these tests (invented athletes, clubs and
companies)."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _texts(text: str) -> set[str]:
    return {f.text for f in _figures(text)}


def _found(text: str, span: str) -> FoundFigure:
    found = [f for f in _figures(text) if f.text == span]
    assert found, f"{span!r} not found in {_texts(text)}"
    return found[0]


# --- an event's distance after a possessive names the race -------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # local athletics
        ("Tamsin Holt won the women's 400m in 51.20 seconds at the county championships.", "400m"),
        # wire swimming
        ("Kwame Asante won the boys' 200m final in 21.94 seconds in Leeds.", "200m"),
        # broadsheet athletics
        ("Dean Okoro won the men's 60m hurdles in 7.61 seconds on Sunday.", "60m"),
    ],
)
def test_a_distance_after_a_possessive_names_the_event(text: str, event: str) -> None:
    texts = _texts(text)
    assert event not in texts
    assert any(t.endswith("seconds") for t in texts)


def test_a_distance_that_is_run_stays_a_figure() -> None:
    # tabloid: a distance covered is no event name
    text = "The pensioner ran 400m to raise £1,200 for the hospice."
    assert "400m" in _texts(text)


# --- race times in minutes, seconds and hundredths ----------------------------------


def test_a_minutes_seconds_hundredths_time_is_one_elapsed_time() -> None:
    # broadcaster athletics
    text = "Rafael Ortiz won the 800m title in 1:46.85, beating the defending champion."
    figure = _found(text, "1:46.85")
    assert figure.unit == "seconds"
    assert figure.value == pytest.approx(106.85)


def test_a_time_of_day_stays_no_figure() -> None:
    # local council: a clock time is no elapsed time
    text = "The meeting began at 14:30 and the council approved the £2.1m budget."
    texts = _texts(text)
    assert "14:30" not in texts and "30" not in texts
    assert "£2.1m" in texts


def test_a_bare_time_after_a_place_is_seconds() -> None:
    # wire athletics
    text = "Grace Dunmore was second in 11.42 and Leah Price third in 11.58."
    assert _found(text, "11.42").unit == "seconds"
    assert _found(text, "11.58").unit == "seconds"


def test_a_bare_decimal_after_in_without_a_place_is_not_made_seconds() -> None:
    # business wire: "in 2.5" is no race
    text = "The index closed up 1.25 after trading in 2.45 billion shares."
    units = {f.text: f.unit for f in _figures(text)}
    assert units.get("2.45 billion") != "seconds"


# --- an age told as the subject -----------------------------------------------------


def test_the_n_year_old_as_subject_is_no_figure() -> None:
    # sport wire
    text = "The 21-year-old won in 4:05.31, more than a second ahead of Sofia Marin."
    texts = _texts(text)
    assert "21" not in texts
    assert "4:05.31" in texts


# --- a margin in cents --------------------------------------------------------------


def test_a_margin_in_cents_is_a_figure() -> None:
    # business wire
    text = (
        "Excluding items, Halden Foods earned $2.05 per share, 12 cents above analysts' forecasts."
    )
    figure = _found(text, "12 cents")
    assert figure.value == pytest.approx(0.12)
    assert figure.measures


def test_a_minutes_seconds_hundredths_time_is_grounded() -> None:
    # the grounding check reads the race clock from its own wording
    from briefsmith.core.grounding import locate_figure

    article = "Nadia Ferris won the 1500m in 4:02.67 at the Oakvale Open."
    assert locate_figure("4:02.67", 242.67, None, article) is not None
    # a time of day is no elapsed time: 14 hours 30 minutes is not written there
    assert locate_figure("14:30", 52200.0, None, "The vote began at 14:30.") is None


def test_a_distance_naming_a_record_is_no_figure() -> None:
    # broadsheet athletics: "the Scottish indoor 200m record" names the record's event
    text = "Callum Reid clocked 20.61 seconds to break the Scottish indoor 200m record in Glasgow."
    texts = _texts(text)
    assert "200m" not in texts
    assert "20.61 seconds" in texts


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # wire athletics
        (
            "Lisa Brandt won the 100m in 10.98 seconds, three hundredths of a second "
            "ahead of Mia Cole.",
            "three hundredths of a second",
            0.03,
        ),
        # broadcaster skiing
        (
            "Anna Berg beat Ilse Moor by two tenths of a second in the giant slalom.",
            "two tenths of a second",
            0.2,
        ),
    ],
)
def test_fractions_of_a_second_are_one_margin_in_seconds(
    text: str, span: str, value: float
) -> None:
    figure = _found(text, span)
    assert figure.unit == "seconds"
    assert figure.value == pytest.approx(value)


# --- per-share sums -----------------------------------------------------------------


def test_a_sum_a_share_measures_per_share() -> None:
    # wire business
    text = "Volt Energy reported adjusted earnings of $2.14 a share on revenue of $8.9 billion."
    assert _found(text, "$2.14").measures.endswith("per share")
    assert "per share" not in _found(text, "$8.9 billion").measures


def test_pence_a_share_measures_per_share() -> None:
    # broadsheet business
    text = "Harwell Foods said pre-tax profit rose to £88m, or 12.4p a share, in the half."
    per_share = [f for f in _figures(text) if f.value == pytest.approx(12.4)]
    assert per_share and per_share[0].measures.endswith("per share")


def test_a_total_after_a_per_share_sum_is_not_per_share() -> None:
    # wire business: the year-earlier total does not borrow "per share"
    text = (
        "Corvine Labs earned $318 million, or 96 cents per share, compared with $241 "
        "million, or 73 cents per share, a year earlier."
    )
    assert "per share" not in _found(text, "$241 million").measures
    assert _found(text, "73 cents").measures.count("per share") == 1


# --- a field event's mark -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # broadcaster athletics
        ("Nia Obi cleared 1.91m to win the high jump in Cardiff.", "1.91m", 1.91),
        # local athletics
        ("Tom Wren threw 61.35m in the third round to take the discus title.", "61.35m", 61.35),
    ],
)
def test_a_mark_after_a_field_event_verb_is_metres(text: str, span: str, value: float) -> None:
    figure = _found(text, span)
    assert figure.value == pytest.approx(value)
    assert figure.unit == "metres"


def test_a_glued_m_after_another_verb_stays_millions() -> None:
    # wire business: "m" after a sale is millions
    text = "Brisk Media sold 2.45m copies of the game in its first week."
    figure = _found(text, "2.45m")
    assert figure.value == pytest.approx(2_450_000)


# --- a range of cents ---------------------------------------------------------------


def test_a_range_of_cents_a_share_is_one_figure() -> None:
    # wire business guidance
    text = (
        "Quillon Software expects adjusted earnings of 62 cents to 66 cents a share for the year."
    )
    figures = [f for f in _figures(text) if f.unit == "USD"]
    assert len(figures) == 1
    assert figures[0].value == pytest.approx(0.62)
    assert figures[0].value_max == pytest.approx(0.66)
    assert figures[0].measures.endswith("per share")


# --- "No 14": a number sign names, it does not count ---------------------------------


@pytest.mark.parametrize(
    ("text", "label", "kept"),
    [
        # tabloid: a house
        (
            "Gran Edna Piper said she had lived at No 14 for 61 years before the £90,000 fire.",
            "14",
            "£90,000",
        ),
        # local football: a shirt
        ("The striker, who wears the No. 9 shirt, has signed a £3,000-a-week deal.", "9", "£3,000"),
    ],
)
def test_a_number_after_no_is_a_label(text: str, label: str, kept: str) -> None:
    texts = _texts(text)
    assert label not in texts
    assert kept in texts


def test_a_world_ranking_stays_a_figure() -> None:
    # broadcaster tennis: "world No 6" ranks a player
    text = "Ella Brandt beat the world No 6 Marta Solis 6-4 6-3 in Madrid."
    assert any(f.value == 6 for f in _figures(text))


# --- more race clocks ---------------------------------------------------------------


def test_a_bare_time_after_a_race_verb_is_seconds() -> None:
    # broadsheet swimming
    text = "Holly Marsh touched in 58.41 to win the 100m butterfly, and Ada Quist ran 11.02."
    assert _found(text, "58.41").unit == "seconds"
    assert _found(text, "11.02").unit == "seconds"


def test_a_lap_time_in_thousandths_is_one_elapsed_time() -> None:
    # wire motor racing
    text = "Piet Verstegen took pole with a lap of 1:28.114 in Zandvoort on Saturday."
    assert _found(text, "1:28.114").value == pytest.approx(88.114)


def test_a_decimal_after_finished_with_a_word_after_is_not_a_time() -> None:
    # wire markets: "finished 12.45 points higher" is no race time
    text = "The Hang Seng index finished 12.45 points higher at 17,204.31 on Monday."
    assert all(f.unit != "seconds" for f in _figures(text))


# --- a bar each item clears ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bar", "kept"),
    [
        # wire business, in a quote
        (
            '"We signed 41 deals worth more than $10 million each in the quarter," Lund said.',
            "more than $10 million",
            "41",
        ),
        # trade: homes over a price
        ("Agents sold 212 homes worth over £1m each in the county last year.", "over £1m", "212"),
    ],
)
def test_a_bar_each_counted_item_clears_is_no_figure(text: str, bar: str, kept: str) -> None:
    texts = _texts(text)
    assert bar not in texts and bar.split(" ", 1 if bar.startswith("over") else 2)[-1] not in texts
    assert kept in texts


def test_a_value_each_without_a_bar_stays() -> None:
    # broadsheet business: "worth £5m each" is what each is worth
    text = "The council awarded two contracts worth £5m each to Harlow Civils."
    assert "£5m" in _texts(text)


# --- ranges of sums -----------------------------------------------------------------


def test_a_hyphenated_range_of_glued_sums_is_one_figure() -> None:
    # broadsheet business
    text = "Analysts value the division at £3m-£4m, according to people familiar with the talks."
    figure = _found(text, "£3m-£4m")
    assert figure.value == pytest.approx(3_000_000)
    assert figure.value_max == pytest.approx(4_000_000)


def test_a_change_from_one_level_to_another_is_no_range() -> None:
    # local council
    text = "Costs rose from £2.5m to £3m, the council said."
    texts = _texts(text)
    assert "£2.5m to £3m" not in texts
    assert "£3m" in texts


def test_a_margin_of_tenths_measures_who_beat_whom() -> None:
    # broadcaster skiing
    text = "Anna Berg beat Ilse Moor by two tenths of a second in the giant slalom."
    assert "Moor" in _found(text, "two tenths of a second").measures


def test_a_race_time_in_seconds_measures_a_time() -> None:
    # local athletics
    text = "Tamsin Holt won the women's 400m in 51.20 seconds at the county championships."
    measures = _found(text, "51.20 seconds").measures
    assert measures.startswith("time") and "Tamsin Holt" in measures


def test_a_hundredth_anniversary_is_no_fraction() -> None:
    # local: an ordinal, not a share
    text = "The club marked its one hundredth anniversary with a £40,000 appeal."
    texts = _texts(text)
    assert "one hundredth" not in texts
    assert "£40,000" in texts
