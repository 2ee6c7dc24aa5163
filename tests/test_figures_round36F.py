# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 36F figure precision, three classes of numbers an editor would not keep.

A bound set against a reading: a measure of a physical unit (a speed, a span of time, a
temperature, a length) written before a noun of a bound (a limit, a zone, a target, a
threshold, a ceiling, a goal, a benchmark; "in a 30mph zone", "beyond the 18-week
target", "above the 40C threshold") is the comparison base when the same sentence gives
a reading of the same unit ("clocked at 94mph in a 30mph zone"); the reading is the
figure and the bound is not. A bound told alone stays ("Campaigners want a 20mph
limit"), and money and percentages are no such bound ("short of the 56% interim target").

A window a later ordinal is told in: "its third increase in 12 months", "for the second
time in three days" count within the span, and the span is no figure; "the first album
in nine years" tells the wait that ended and stays, as does a span after an auxiliary
("The second phase will open in 18 months").

A train named by its time of departure and its route: "the 10.15 Cardiff to Manchester
service", like "the 8.15 from Paddington" before it, is a name and no figure (not "fell
to 1.15", "the 10.15 per cent rise").

Every passage here is synthetic, written for these tests (invented people, bodies and
places of no consequence), across British, Irish, Welsh, Scottish, Kenyan, Spanish,
Australian, Ghanaian, Indian, US and New Zealand copy.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _figures(text: str) -> list[tuple[str, float]]:
    return sorted((f.text, f.value) for f in build_brief("Headline\n\n" + text).figures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UK local paper, courts (speeding); fails before: the zone's 30 was listed
        (
            "Police said the 19-year-old driver was clocked at 94mph in a 30mph zone outside a primary school in Leeds. He was fined £1,200 and banned for 18 months.",
            [("18 months", 18.0), ("94", 94.0), ("£1,200", 1200.0)],
        ),
        # New Zealand local, courts; fails before: the zone's 40 was listed
        (
            "A lorry driver was caught doing 71km/h in a 40km/h zone past a school in Tauranga, police said. He was fined $630.",
            [("$630", 630.0), ("71", 71.0)],
        ),
        # Irish broadcaster, motoring (a speed limit); fails before: the limit's 120 was listed
        (
            "Gardaí said the car was travelling at 162km/h on the M7 near Portlaoise, where there is a 120km/h speed limit.",
            [("162", 162.0)],
        ),
        # Welsh broadsheet, health (a target of weeks); fails before: the target's 18-week was listed
        (
            "Patients in Powys waited 26 weeks on average, well beyond the 18-week target, the health board said.",
            [("26 weeks", 26.0)],
        ),
        # Spanish wire copy, weather (a threshold in C); fails before: the threshold's 40 was listed
        (
            "Temperatures in Seville reached 44C on Tuesday, above the 40C threshold for a red warning, and 310 people were treated for heatstroke.",
            [("310", 310.0), ("44", 44.0)],
        ),
        # Kenyan wire, fisheries (a limit in miles); guard: the bound beside a reading stays dropped
        (
            "The trawler was boarded 9 miles inside the 12-mile limit off Mombasa, the fisheries service said.",
            [("9", 9.0)],
        ),
        # Irish local, transport: a limit told alone is the news; guard: a bound with no reading beside it stays
        (
            "Campaigners want a 20mph limit on all residential streets in Cork after 14 pedestrians were injured this year.",
            [("14", 14.0), ("20", 20.0)],
        ),
        # New Zealand local, planning: a limit told alone; guard: the dev convention keeps a limit brought in
        (
            "Before a 40km/h limit was brought in, up to 900 logging trucks a day passed through the main street.",
            [("40", 40.0), ("up to 900", 900.0)],
        ),
        # UK broadsheet, climate: a percentage target stays; guard: shares are no bound of this kind
        (
            "Scotland's emissions were 50.9% below 1990 levels, short of the 56% interim target, the Climate Change Committee said.",
            [("50.9%", 50.9), ("56%", 56.0)],
        ),
        # UK local, council: a money limit stays; guard: money is no bound of this kind
        (
            "The council spent £5.2m on repairs, against a £4m limit set in March.",
            [("£4m", 4000000.0), ("£5.2m", 5200000.0)],
        ),
        # Irish broadcaster, weather: a speed with no bound; guard: a reading alone stays
        (
            "Storm Edda brought gusts of up to 100mph to the coast of Galway, leaving 30,000 homes without power.",
            [("30,000", 30000.0), ("up to 100", 100.0)],
        ),
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
def test_figures(text: str, expected: list[tuple[str, float]]) -> None:
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
    ],
)
def test_window_of_a_later_ordinal(text: str, expected: list[tuple[str, float]]) -> None:
    assert _figures(text) == expected
