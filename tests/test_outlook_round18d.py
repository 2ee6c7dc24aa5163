"""Outlook, round 18 (d): futures that are no next step, found by a probe across beats
(business wire, local government, music and food features, leisure, health, science).

- A time between a report and its clause's subject is the report's, wherever the parser
  hangs it: "The bank said last year it would cut 400 jobs", "The council said in 2022
  it would build 500 homes", "The board said five years ago it would move" (guidance
  given long ago, as "Last year the bank said" was); a month with its year and no day
  is a period too ("said in a statement in March 2024 that");
  "said on Tuesday it would close the plant in June" stays.
- A year or a weekday that modifies a thing someone has tells which thing, not when:
  "Fans will recognise the riff from the band's 1994 single", "Regulars will know the
  pub for its Sunday roasts" (how people will take a thing); "will publish its 2027
  budget on Friday" keeps its day.
- How far or how tall a thing will be, the measure straight on the verb or its
  dimension: "The new wall will stand three metres high", "The pipeline will stretch
  200 miles across the desert", "The cake will keep for up to a week".
- Terms for a class picked out by a clause or an age: "Guests who book before March
  will get a 10% discount" (the date is the booking's), "Those over 65 will get the jab
  free of charge"; "Patients over 80 will be offered the vaccine from next month" and
  "Residents who live near the site will be moved out on Monday" stay.
- A dated plan and, after "but", what came of it, told of the same pronoun by the
  plan's own verb or a verb of a thing left as it was: "The firm said it would reopen
  the plant in March, but it stayed shut", "said it would sign a striker in January,
  but it signed nobody"; "but it gave no further details" and "but workers remain
  sceptical" keep the plan.
- Recall: a window opening or closing whose verb the tagger reads as an adjective
  after its noun, with a weekday or a month ("Nominations close at 5pm on Friday",
  "Applications open on 1 March"); "Applications open to anyone over 18" and "Shops
  close early on Sundays" tell no step.
- How a thing behaves, with nothing done to anything and no date: "The sauce will
  thicken as it cools", "The vaccine will protect against four strains", "The battery
  will charge fully in 40 minutes"; "The new vaccine will protect residents from next
  month" stays, and "work" is no such verb ("curators will work with the museum", a
  people's noun no list has, found by a dev article).

Every article here is synthetic: written for these tests (invented people, firms,
councils and towns; wire, local, broadcaster and broadsheet copy), not taken from any
eval set.
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
    "aside",
    [
        # business wire, local government: said long ago
        "The bank said last year it would cut 400 jobs.",
        "The council said in 2022 it would build 500 homes.",
        "The board said five years ago it would move the headquarters to Leeds.",
        "The club said in a statement in March 2024 that it would build a new stand.",
        # music, pubs: a thing dated by its year or day
        "Fans will recognise the riff from the band's 1994 single.",
        "Regulars will know the pub for its Sunday roasts.",
        # building, engineering, food: measures
        "The new wall will stand three metres high.",
        "The pipeline will stretch 200 miles across the desert.",
        "The cake will keep for up to a week in an airtight tin.",
        # leisure, health: terms for a class
        "Guests who book before March will get a 10% discount.",
        "Those over 65 will get the jab free of charge.",
        # business, sport, aviation: a dated plan and what came of it after "but"
        "The firm said it would reopen the plant in March, but it stayed shut.",
        "The club said it would sign a striker in January, but it signed nobody.",
        "The airline said it would resume flights in May, but it remained grounded.",
    ],
)
def test_no_step(aside: str) -> None:
    assert _outlook(LEAD + aside + "\n") == ""


@pytest.mark.parametrize(
    "ahead",
    [
        "The firm said on Tuesday it would close the plant in June.",
        "The chancellor said on Wednesday the tax would rise in April.",
        "The club said in a statement on 3 March that it would build a new stand.",
        "The operator said in a statement it would restore services by Sunday.",
        "The council will publish its 2027 budget on Friday.",
        "The band will release its 2027 tour dates next week.",
        "Residents who live near the site will be moved out on Monday.",
        "Patients over 80 will be offered the vaccine from next month.",
        "The new bridge will stretch across the river when it opens in 2028.",
        "The festival will run for three days from 1 June.",
        "The viaduct will be closed for six months.",
        "Passengers with tickets for strike days will be able to claim a full refund.",
        "The firm said it would reopen the plant in March, but it gave no further details.",
        "The council said it would review the decision, but it gave no date.",
        "He said he would appeal, but he declined to comment further.",
        "The firm said it would reopen the plant in March, but workers remain sceptical.",
    ],
)
def test_step_stays(ahead: str) -> None:
    assert ahead[:30] in _outlook(LEAD + ahead + "\n")


@pytest.mark.parametrize(
    "ahead",
    [
        # elections, competitions, admissions: a window whose verb reads as an adjective
        "Nominations close at 5pm on Friday.",
        "Applications open on 1 March.",
    ],
)
def test_window_with_its_day(ahead: str) -> None:
    assert ahead[:20] in _outlook(LEAD + ahead + "\n")


@pytest.mark.parametrize(
    "aside",
    [
        "Applications open to anyone over 18.",
        "Shops close early on Sundays.",
    ],
)
def test_window_without_a_day(aside: str) -> None:
    assert _outlook(LEAD + aside + "\n") == ""


@pytest.mark.parametrize(
    "aside",
    [
        # food, gardening, health, consumer tech: how a thing behaves
        "The sauce will thicken as it cools.",
        "The paint will dry in about four hours.",
        "Roses will thrive in a sunny, sheltered spot.",
        "The vaccine will protect against four strains.",
        "The chocolate will melt at body temperature.",
        "The battery will charge fully in 40 minutes.",
    ],
)
def test_a_things_behaviour(aside: str) -> None:
    assert _outlook(LEAD + aside + "\n") == ""


@pytest.mark.parametrize(
    "ahead",
    [
        "Nigerian curators will work with the museum on a new gallery.",
        "The new vaccine will protect residents from next month.",
        "The bread will rise in price from Monday, the bakery said.",
    ],
)
def test_behaviour_with_a_date_or_people_stays(ahead: str) -> None:
    assert ahead[:25] in _outlook(LEAD + ahead + "\n")
