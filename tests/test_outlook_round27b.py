"""Outlook, round 27 (b): a Canadian city's transit strike and the return of service
(local TV) and a probe across beats (weather, transport, health, farming, demography,
events, consumer, politics; Canadian, UK, Irish, Australian, Indian, Nigerian,
Singaporean and South African copy).

- A general truth whose "when" clause tells a thing's own change of state, its subject
  with "the" ("Fog will lift when the sun warms the valley", "Ice will form when the
  temperature drops", "when the sun comes up"): nature's course, no step; "fares will
  rise when the new timetable starts" and a "when" clause with its date stay.
- What many, most or some of a kind of people will do, with an object and no time at
  all ("Many drivers will ignore the signs", "Some commuters will find other ways to
  work"): no step; a body's staff ("Many workers will lose their jobs"), a date and an
  act done to them stay.
- A share of a people projected to a bare year, whatever its verb ("By 2050, a quarter
  of Australians will be over 65", "one in three Canadians"), and a quantity that will
  "top" a figure by a year: background, as "sea levels could rise by 2100" is.
- A run of weekdays with no "from" ("open 9am to 5pm, Monday to Friday"): every week's
  days, no date; "from Monday to Friday" stays one week's.
- A season or a time of day naming a thing ("a winter fuel payment", "day workers"): no
  date; "the March deadline" stays one.
- "Next" before "to" or "door" ("farms 300 acres next to the reserve"): a place.
- What a sum is worth told with "go far" or "go a long way" ("said it would not go far"):
  a judgment.
- A word of frequency naming a kind of people by what they hold ("Monthly pass holders
  have until Dec. 31 to claim") is no habit.
- The tagger's misreads of a deadline and an event's doors: "Landlords have until March
  31 to register" ("have" read as an auxiliary), "Gates open at 11am" and "Doors open at
  7pm" ("open" read as an adjective): outlook, as their plain parses are; a place's
  hours ("on weekdays") and a past span ("had until") stay out.

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
        # a general truth of a thing's change of state
        "Fog will lift when the sun warms the valley.",
        "Ice will form when the temperature drops below freezing.",
        "Roads will ice over when the temperature drops.",
        "The dough will rise when the kitchen warms up.",
        "Snow will melt when the temperature rises above zero.",
        "Mist will clear when the sun rises.",
        "Mist will clear when the sun comes up over the hills.",
        "The fog will lift when the sun comes out.",
        "Temperatures will drop sharply when the sun goes down.",
        # many, most or some of a kind, with an object and no time
        "Many drivers will ignore the signs.",
        "Some commuters will find other ways to work.",
        "Most farmers will sell their lambs at the mart.",
        "Some shoppers will pay the higher price.",
        "Some punters will back the favourite regardless.",
        # a share of a people projected to a bare year
        "By 2050, a quarter of Australians will be over 65.",
        "By 2060, one in three Canadians will be over 65.",
        "By 2036, one in four Indians will be over 60.",
        "By 2045, 30% of Nigerians will live in cities.",
        "By 2030, half of all new cars will be electric.",
        "The world's population will top 9 billion by 2040.",
        # a place's hours
        "The helpline is open 9am to 5pm, Monday to Friday.",
        "Anyone struggling with their bills can call the helpline on 0800 118 2233, open "
        "9am to 5pm, Monday to Friday.",
        "The ward is open 8am to 8pm, Monday to Sunday.",
        "Visiting hours are 2pm to 4pm, Tuesday to Thursday.",
        "The clinic runs Monday-Friday, 8am to 6pm.",
        # a season or a time of day naming a thing
        "Pensioners will receive a winter fuel payment.",
        "Pensioners will get a summer travel pass.",
        "Pensioners will receive a winter energy payment.",
        "The professor warned that night workers differ from day workers in many ways.",
        # "next to", "next door"
        "Neil Ashdown, who farms 300 acres next to the reserve, said he had put in ditches "
        "to keep water on his own fields.",
        "Maria Obi, who lives next to the site, said she had complained twice.",
        # what a sum is worth
        "The NSW Farmers Association welcomed the money but said it would not go far.",
        "The charity said the grant would go a long way.",
    ],
)
def test_truths_habits_projections_hours_names_and_judgments_are_no_outlook(
    sentence: str,
) -> None:
    assert _outlook(LEAD + sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Landlords have until March 31 to register.",
        "Landlords have until March 31 to register with the council.",
        "Monthly pass holders have until Dec. 31 to claim a credit.",
        "Gates open at 11am.",
        "Doors open at 7pm.",
        "Doors open at 7.30pm, with the main act due on at 9pm.",
    ],
)
def test_misread_deadlines_and_an_event_s_doors_are_outlook(sentence: str) -> None:
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The river will rise when the snow melts.",
        "Gates open at 11am on weekdays.",
        "Campaigners said the measures would not go far enough.",
        "Unions said the R2 billion package would not go far enough.",
        "Residents had until March 31 to register.",
    ],
)
def test_neighbours_that_were_out_stay_out(sentence: str) -> None:
    # a truth, a place's hours, a judgment and a past span: the new readings add none
    assert _outlook(LEAD + sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Pass holders have until Dec. 31 to claim the credit.",
        "Tenants in Dublin have until 14 February to lodge objections.",
        "Gates open at 9.30am for the final on Sunday.",
        "Pensioners will receive a winter fuel payment in December.",
        "Pensioners will receive the winter fuel payment from November.",
        "Winter fuel payments will be paid in November.",
        "The night shift will be cut from next month.",
        "The council will meet before the March deadline.",
        "Fares will rise when the new timetable starts.",
        "Services will resume when the bridge reopens.",
        "Fares will rise when the new contract starts in April.",
        "Snow ploughs will be sent out when the temperature drops tonight.",
        "The festival will start when the sun goes down on Saturday.",
        "The vigil will begin when the sun goes down tonight.",
        "Many workers will lose their jobs.",
        "Many teachers will strike on Friday.",
        "Some staff will move to the new site in March.",
        "Some councils will raise council tax by 5% from April.",
        "The new line will open by 2028.",
        "By March, a quarter of the trains will be back in service.",
        "The council will cut its fleet by a quarter by 2030.",
        "The strike will run from Monday to Friday.",
        "Talks will take place between Tuesday and Thursday.",
        "The convoy will go to Lagos next week.",
        "The council said it would go ahead with the closure on Friday.",
        "The minister said the bill would go before the Dail next week.",
        "Patients next to the ward will be moved on Monday.",
    ],
)
def test_dated_steps_beside_each_class_stay_outlook(sentence: str) -> None:
    # neighbours of every class: a date, a body's staff, an event, a "from" run
    assert sentence.rstrip(".") in _outlook(LEAD + sentence)


def test_the_transit_story_keeps_its_steps_and_drops_its_traps() -> None:
    article = (
        "Buses will return to Riverton's streets on Monday after transit workers voted "
        "to accept a new contract, the city said.\n\n"
        "The strike began on Oct. 22 after talks broke down.\n\n"
        "Many riders will find other ways to get to work.\n\n"
        "Batteries die quickly in the cold, mechanics said.\n\n"
        "By 2040, one in four Rivertonians will be over 65.\n\n"
        "The customer line is open 7am to 7pm, Monday to Saturday.\n\n"
        "Monthly pass holders have until Dec. 31 to claim a credit."
    )
    got = _outlook(article)
    assert "Monthly pass holders have until Dec. 31 to claim a credit" in got
    for trap in ("Many riders", "one in four", "Monday to Saturday"):
        assert trap not in got
