"""Outlook, round 25 (b): a Singaporean broadsheet rail-extension story and a probe
across beats (health, science, climate, business, consumer tech, events; UK, US,
Australian and Singaporean copy).

- A stock pledge told with "take" ("The company said it would take the lessons on
  board") is an attitude, as "would learn lessons" was: no step.
- A product's claim ("The app will let users track parcels in real time") tells what a
  thing does, no step; a body that will let people do a thing ("The council will allow
  residents to ...") is not touched.
- A projection to a horizon beyond any next step ("by the end of the century", "within
  decades") or a quantity projected to a bare year ("Sea levels could rise by up to a
  metre by 2100") is background; "The new line will open by 2028" stays a plan.
- What most or many of a kind will do of themselves with a span ("Most patients will
  recover within a week") is the course of a thing; "Many residents will be rehoused
  within six months" (done to them) stays.
- A part of a year named by its order ("in the second half") puts a forecast ahead, as
  "in the new year" does; and an event's doors opening at an hour ("Doors open at
  6.30pm") is its timetable, as "kick-off is at 3pm" is.

Every passage here is synthetic: written for these tests (invented people, firms and
towns), not taken from any eval set.
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
        "The company said it would take the lessons on board.",
        "The trust said it would take on board the recommendations.",
        "The app will let users track parcels in real time.",
        "The platform will allow riders to book a seat in advance.",
        "Global temperatures are projected to rise by 2.7C by the end of the century.",
        "The Arctic may be ice-free in summer within decades.",
        "Sea levels could rise by up to a metre by 2100.",
        "Cases of type 2 diabetes are expected to double by 2045, according to earlier research.",
        "Most patients will recover within a week.",
        "Most fractures will heal within six weeks.",
    ],
)
def test_pledges_claims_projections_and_a_course_of_things_are_no_outlook(
    sentence: str,
) -> None:
    assert _outlook(LEAD + sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Oil prices are forecast to rise in the second half.",
        "Rates are forecast to fall in the second half of the year.",
        "Doors open at 6.30pm.",
    ],
)
def test_a_forecast_for_a_part_of_the_year_and_an_event_s_doors_are_outlook(
    sentence: str,
) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    ("left_out", "kept"),
    [
        (
            "The app will let users track parcels in real time.",
            "The council will allow residents to park on the verge from Monday.",
        ),
        ("Sea levels could rise by up to a metre by 2100.", "The new line will open by 2028."),
        (
            "Most patients will recover within a week.",
            "Many residents will be rehoused within six months.",
        ),
        (
            "The company said it would take the lessons on board.",
            "The council said it would take the proposals to a vote on Tuesday.",
        ),
        (
            "The Arctic may be ice-free in summer within decades.",
            "Profits are forecast to rise in the second half.",
        ),
    ],
)
def test_each_class_leaves_its_neighbour_a_step(left_out: str, kept: str) -> None:
    # a claim, a projection, a course of things or a pledge goes; a body's act, a plan
    # with its year, an act done to people and a dated step stay
    assert _outlook(LEAD + left_out) == ""
    assert kept.rstrip(".") in _outlook(LEAD + kept)


@pytest.mark.parametrize(
    ("past", "ahead"),
    [
        (
            "City scored twice in the second half.",
            "Oil prices are forecast to rise in the second half.",
        ),
        ("The library doors open at 9am on weekdays.", "Doors open at 6.30pm."),
    ],
)
def test_a_past_half_and_a_place_s_hours_stay_out_where_the_future_s_do_not(
    past: str, ahead: str
) -> None:
    assert _outlook(LEAD + past) == ""
    assert ahead.rstrip(".") in _outlook(LEAD + ahead)


def test_the_rail_story_s_promises_claims_and_projections_are_no_outlook() -> None:
    article = (
        "The opening of the Tanjong Selat rail extension has been pushed back to 2030, "
        "the Harbour Transit Board said on Monday.\n\n"
        "The line was to have opened in 2026.\n\n"
        "The board's new Railgo app will let commuters see when the next shuttle is due.\n\n"
        "Passenger numbers on the network are expected to double by 2040.\n\n"
        "The board said it would take the lessons on board."
    )
    assert _outlook(article) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The council said it would take the community's feedback on board.",
        "Over the coming decades, rainfall in southern Australia is projected to decline.",
        "By 2030, India's urban population is expected to reach 600 million.",
    ],
)
def test_fresh_variants_in_other_englishes_are_no_outlook(sentence: str) -> None:
    assert _outlook(LEAD + sentence) == ""


def test_a_plan_over_a_decade_and_a_dated_year_plan_stay() -> None:
    # a passive is a plan someone carries out; a terminal opening by a year is a plan
    assert "will be built over the next decade" in _outlook(
        LEAD + "The bridge will be built over the next decade."
    )
    assert "expected to open by 2028" in _outlook(
        LEAD + "The new terminal is expected to open by 2028."
    )
    assert (
        _outlook(LEAD + "Over the coming decades, rainfall in the north is projected to decline.")
        == ""
    )


def test_a_thing_that_stays_pending_a_decision_looks_ahead_to_it() -> None:
    assert "remains pending approval" in _outlook(
        LEAD + "The sale remains pending approval from the competition watchdog."
    )
    assert _outlook(LEAD + "The road stayed closed pending repairs.") == ""
