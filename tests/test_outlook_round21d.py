"""Outlook, round 21 (d): a band's comeback tour and a probe across beats (music and
entertainment wire, weather and motoring explainers, US, Australian, Irish, Nigerian and
Canadian copy).

- A general truth told with a "when" clause of a state of a thing with "the" ("Snow will
  settle when the ground is cold enough", "Engines will overheat when the coolant runs
  low": the recognizer may call the bare noun a body) is no outlook; a "when" clause of an
  event ("Fares will rise when the new timetable starts") and a return ("Trains will run
  again when the line is safe") stay.
- An aside of a thing's own numbered year ("The festival, which will celebrate its 50th
  year in 2027, began on a farm") is no outlook, as "which will mark its centenary" was.
- What people of a bare class will get or pay, with no date ("Subscribers will get a free
  tote bag", "Diners will pay a 10% service charge"): a scheme's terms, as the dev
  references leave "Residents will get a larger bin" out; a class picked out ("Enterprise
  customers will receive service credits") and a date stay.
- What happens on any occasion of a kind ("On a good night the band will play for three
  hours", "On a busy day the hospital will see 500 patients") is a habit, whoever acts.
- A closing aside in the past on a noun is cut from an outlook sentence ("..., which
  signed the band in a three-album deal in October"); an aside with a modal stays.
- Recall: a season after "the" the recognizer leaves unread ("The band will tour Japan in
  the autumn", where "in the spring" is read) is a date; groups that perform act ("The
  band will tour Australia in the new year", as "The group will" did); "in the new year"
  puts a present ahead as "next year" does ("Registration opens in the new year").

Every passage here is synthetic: written for these tests (invented people, bands, firms
and towns), not taken from any eval set.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.engines.linguistic import analysis_of

# Past facts open every synthetic article: they are the situation.
LEAD = (
    "The announcement was made on Wednesday after weeks of speculation.\n\n"
    "Directors met in the morning to approve the statement.\n\n"
    "Staff were told in an email shortly before it was published.\n\n"
    "Several of them had already heard the news from friends.\n\n"
)


def _outlook(text: str) -> str:
    analysis = analysis_of(text)
    _, lead = situation(text, analysis.sentences.sentences)
    spans = [(p.open_at, p.close_at + 1) for p in analysis.passages]
    return outlook(text, lead, analysis.sentences.sentences, spans, analysis)


@pytest.mark.parametrize(
    "sentence",
    [
        "Snow will settle when the ground is cold enough.",
        "Engines will overheat when the coolant runs low.",
        "The festival, which will celebrate its 50th year in 2027, began on a farm.",
        "The club, which will play its 100th match in Europe on Thursday, was founded in 1905.",
    ],
)
def test_truths_of_a_state_and_numbered_asides_are_no_outlook(sentence: str) -> None:
    assert _outlook(LEAD + sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The band will tour Japan in the autumn.",
        "The choir will visit Ottawa in the autumn.",
        "The band will tour Australia and New Zealand in the new year.",
        "The band will play a free set at a record shop on the album's release day.",
    ],
)
def test_a_season_after_the_and_a_band_s_steps_are_outlook(sentence: str) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fares will rise when the new timetable starts.",
        "Trains will run again when the line is safe.",
        "Staff will return to work when the building is safe.",
        "The festival will celebrate its 50th year in 2027.",
    ],
)
def test_events_returns_and_a_milestone_of_the_news_stay(sentence: str) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Subscribers will get a free tote bag.",
        "Diners will pay a 10% service charge.",
        "Shoppers will receive a voucher.",
    ],
)
def test_what_a_bare_class_gets_or_pays_is_no_outlook(sentence: str) -> None:
    assert _outlook(LEAD + sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Enterprise customers will receive service credits.",
        "Workers will receive a 3% pay rise from April.",
        "Nurses will get a 5% pay rise.",
    ],
)
def test_a_class_picked_out_a_date_or_staff_stay(sentence: str) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    ("sentence", "kept", "cut"),
    [
        (
            "The new record is due out on 12 March on the label Copperline Records, which "
            "signed the band in a three-album deal in October.",
            "due out on 12 March on the label Copperline Records.",
            "three-album",
        ),
        (
            "The tour will visit Perth in May, where the band played their first gig.",
            "The tour will visit Perth in May.",
            "first gig",
        ),
        (
            "The hearing will resume on Monday at Tarnford Crown Court, which heard earlier "
            "that he fled.",
            "The hearing will resume on Monday at Tarnford Crown Court.",
            "fled",
        ),
    ],
)
def test_a_closing_past_aside_is_cut(sentence: str, kept: str, cut: str) -> None:
    said = _outlook(LEAD + sentence)
    assert kept in said
    assert cut not in said


def test_a_closing_aside_with_a_modal_stays() -> None:
    sentence = (
        "The stadium will host the final on Sunday, which organisers said would draw 80,000 fans."
    )
    assert "80,000 fans" in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "On a good night the band will play for three hours.",
        "On a busy day the hospital will see 500 patients.",
        "On an average weekend the pub will serve 2,000 meals.",
    ],
)
def test_what_happens_on_any_occasion_of_a_kind_is_a_habit(sentence: str) -> None:
    assert _outlook(LEAD + sentence) == ""


def test_a_dated_step_with_an_occasion_word_stays() -> None:
    sentence = "The band will play on a good night for them in Leeds on Friday."
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Registration for the marathon opens in the new year.",
        "The festival returns in the new year.",
        "The band tours Japan in the new year.",
    ],
)
def test_the_new_year_puts_a_present_ahead(sentence: str) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    ["The shop opened in the new year.", "Shares rose in the new year rally."],
)
def test_a_past_in_the_new_year_stays_out(sentence: str) -> None:
    assert _outlook(LEAD + sentence) == ""
