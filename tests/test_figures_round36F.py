# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 36F figure precision, three classes of numbers an editor would not keep.

A window a later ordinal is told in: "its third increase in 12 months", "for the second
time in three days" count within the span, and the span is no figure; "the first album
in nine years" tells the wait that ended and stays, as does a span after an auxiliary
("The second phase will open in 18 months").

Two estimates with the same hedge and number in different sentences are two figures
unless they count the same thing ("more than 100 people were arrested ... more than 100
officers were injured"): the lead took out a rule that merged them whatever noun
followed, since it lost one of two facts (round 36).

A train named by its time of departure and its route: "the 10.15 Cardiff to Manchester
service", like "the 8.15 from Paddington" before it, is a name and no figure (not "fell
to 1.15", "the 10.15 per cent rise").

Every passage here is synthetic, written for these tests (invented people, bodies and
places of no consequence), across British, Northern Irish, Irish, Welsh, Scottish,
Kenyan, Ghanaian, Indian, Australian, New Zealand, Canadian and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _figures(text: str) -> list[tuple[str, float]]:
    return sorted((f.text, f.value) for f in build_brief("Headline\n\n" + text).figures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Welsh local paper, transport (rail); fails before: the train's time 10.15 was listed
        (
            "The 10.15 Cardiff to Manchester service was cancelled on 43 days in the autumn, figures obtained by the Echo show.",
            [("43 days", 43.0)],
        ),
        # Scottish broadcaster, transport (rail); fails before: the train's time 18.05 was listed
        (
            "Passengers on the 18.05 Glasgow to Edinburgh train were stranded for four hours after a points failure.",
            [("four hours", 4.0)],
        ),
        # Australian local, transport (rail); fails before: the train's time 7.02 was listed
        (
            "The 7.02 Brisbane to Gold Coast service will be withdrawn from March, affecting 1,400 commuters, Queensland Rail said.",
            [("1,400", 1400.0)],
        ),
        # Irish local, transport (a station name of two words); fails before: the train's time 6.48 was listed
        (
            "Commuters on the 6.48 Newbridge to Dublin Heuston service said it was late 22 times in October.",
            [("22", 22.0)],
        ),
        # UK local, transport: 'the 8.15 from'; guard: the older rule still holds
        (
            "The 8.15 from Paddington was cancelled 31 times last year, the operator said.",
            [("31", 31.0)],
        ),
        # UK wire, markets: a rate after 'to'; guard: a level is no train
        (
            "The pound fell to 1.15 against the dollar, the lowest since 1985.",
            [("1.15", 1.15)],
        ),
        # Irish broadsheet, housing: a percentage; guard: a percentage is no train
        (
            "The 10.15 per cent rise in rents was the largest since 1990, the statistics agency said.",
            [("10.15 per cent", 10.15)],
        ),
        # UK wire, markets: a price move; guard: a move in pence stays
        (
            "Shares in Harwell Foods rose 12.35 to 480p after the results.",
            [("12.35", 12.35), ("480", 480.0)],
        ),
    ],
)
def test_a_train_named_by_its_time(text: str, expected: list[tuple[str, float]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ghanaian wire, agriculture; fails before: the window 12 months was listed
        (
            "The council raised the farmgate price by 45% to 51,660 cedis per tonne in October, its third increase in 12 months.",
            [("45%", 45.0), ("51,660", 51660.0)],
        ),
        # UK local, crime (heritage theft); fails before: the window two years was listed
        (
            "Thieves have stripped the lead from the roof of a village church in Norfolk for the third time in two years, causing £40,000 of damage.",
            [("£40,000", 40000.0)],
        ),
        # US wire, science (a launch); guard: the window stays dropped
        (
            "The launch of four astronauts was called off for the second time in three days after engineers found a helium leak.",
            [("four", 4.0)],
        ),
        # Irish broadcaster, roads; fails before: the window six months was listed
        (
            "It was the second fatal crash on the road in six months, police said. The driver, 41, died at the scene.",
            [],
        ),
        # UK broadsheet, education; guard: the window stays dropped
        (
            "Tuition fees will rise to £9,790 next year, the second increase in two years.",
            [("£9,790", 9790.0)],
        ),
        # Indian broadsheet, transport (a digit ordinal); guard: the window stays dropped
        (
            "The Mumbai-bound train derailed near Nashik, the 4th accident on the line in 18 months, injuring 37 passengers.",
            [("37", 37.0)],
        ),
        # UK tabloid, sport (a beaten finalist); fails before: the window four years was listed
        (
            "Hallowfield, beaten finalists for the third time in four years, lost 2-1.",
            [("2-1", 2.0)],
        ),
        # UK wire, culture: 'first' tells the wait that ended; guard: the dev convention keeps it
        (
            "The Kestrel Bay band will play their first tour in nine years, with 14 dates.",
            [("14", 14.0), ("nine years", 9.0)],
        ),
        # Scottish broadcaster, sport: 'for the first time in 63 years'; guard: the wait is news
        (
            "Kilbride Athletic won the Scottish Cup for the first time in 63 years.",
            [("63 years", 63.0)],
        ),
        # UK wire, economy: a superlative's frame; guard: the older rule still holds
        (
            "Inflation fell to 2.1%, its lowest level in three years.",
            [("2.1%", 2.1)],
        ),
        # Australian broadsheet, housing: a plan's span; guard: no ordinal, the span stays
        (
            "The firm will build 2,400 homes in five years, the minister said.",
            [("2,400", 2400.0)],
        ),
        # Irish local, transport: an ordinal phase and a long phrase; guard: the span stays
        (
            "The second phase of the tram line will open in 18 months, costing €210m.",
            [("18 months", 18.0), ("€210m", 210000000.0)],
        ),
        # UK local, transport: an ordinal phase, then a modal verb; guard: when it opens is news
        (
            "The second phase will open in 18 months, the transport authority said.",
            [("18 months", 18.0)],
        ),
        # UK broadsheet, aviation: a modal after the ordinal; guard: the span stays
        (
            "A third runway could be built in 10 years, the airport's owners said.",
            [("10 years", 10.0)],
        ),
        # Welsh broadsheet, history: a passive after the ordinal; guard: the span stays
        (
            "The second Severn crossing was built in four years at a cost of £330m.",
            [("four years", 4.0), ("£330m", 330000000.0)],
        ),
        # US trade press, tech: a fraction before 'in'; guard: the period of a change stays (no ordinal)
        (
            "Their share of new data centres has gone from about a third to under a fifth in 18 months, the report said.",
            [("18 months", 18.0), ("about a third", 0.333)],
        ),
        # Australian broadsheet, education: a fraction of a group; guard: the period stays
        (
            "The university has lost almost a third of its international students in two years, the vice-chancellor said.",
            [("almost a third", 0.333), ("two years", 2.0)],
        ),
        # UK wire, business: 'the fifth of' is a fraction; guard: the period stays
        (
            "The firm cut the fifth of its workforce in two years that had joined since 2015, the union said.",
            [("two years", 2.0)],
        ),
        # Indian broadcaster, transport: an ordinal with no noun; guard: left as it was
        (
            "The derailment was the second in 10 days on the line, officials said.",
            [("10 days", 10.0)],
        ),
    ],
)
def test_window_of_a_later_ordinal(text: str, expected: list[tuple[str, float]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UK local, sport and police: two facts with one hedge and number; guard: both stay
        (
            "Police said more than 100 people were arrested after the match. The Police Federation said more than 100 officers were injured during the disorder.",
            [("more than 100", 100.0), ("more than 100", 100.0)],
        ),
        # New Zealand broadcaster, disaster: two estimates in one sentence; guard: both stay
        (
            "More than 200 homes were evacuated in Gisborne, and more than 200 firefighters fought the blaze.",
            [("More than 200", 200.0), ("more than 200", 200.0)],
        ),
        # US local, police: the same noun told twice; guard: the older merge still holds
        (
            "About 30 officers have asked for transfers. The chief said about 30 officers had put in papers in a month.",
            [("about 30", 30.0)],
        ),
        # Indian broadsheet, weather (villages twice); guard: the older merge still holds
        (
            "Nearly 60 villages in Assam were cut off by the floods on Monday. Rescue teams said nearly 60 villages could only be reached by boat.",
            [("Nearly 60", 60.0)],
        ),
    ],
)
def test_two_estimates_with_one_hedge(text: str, expected: list[tuple[str, float]]) -> None:
    assert _figures(text) == expected
