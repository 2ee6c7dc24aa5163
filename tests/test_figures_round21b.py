"""Round 21b figures: numbers that mark a kind or tell a history, not a figure of the
story, across rural, crime, politics, weather and business pages.

"a 12-bore shotgun", "a 20-gauge shotgun", "a three-line whip": a small number in a
compound before a noun marks what kind of gun or order it is, as "a four-cylinder
engine" does a machine's (not "a five-seat majority", nor "a 46-seat coach").
"the 1-in-100-year flood", "a 1-in-20-year bushfire season": how rare an event is names
its kind. "for four generations", "five generations of the Okafor family": a lineage's
length is a family's history. "The bakery, which has traded for 40 years, closed": a
body's history told in a relative clause, as a person's in a who-clause ("Patel, who has
run the shop for 22 years"); a span the story reports stays ("was jailed for 10 years").
Every sentence here is synthetic, written for these tests (invented people, firms and
places of no consequence).
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _values(text: str) -> list[float]:
    return [f.value for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "told", "value"),
    [
        # local paper (UK), courts: a gun's bore; a coach's size is told
        (
            "Police said the farmer kept a 12-bore shotgun in the kitchen.",
            "A 46-seat coach overturned on the A39 near Tallow.",
            46.0,
        ),
        # US local, crime: a gun's gauge
        (
            "He took a 12-gauge shotgun from the truck, deputies said.",
            "Deputies seized 12 shotguns from the truck, the sheriff said.",
            12.0,
        ),
        # broadsheet, politics: a whip's strength; an election's margin stays
        (
            "The government imposed a three-line whip on the vote, MPs were told.",
            "Labour won with a five-seat majority in the council.",
            5.0,
        ),
        # Australian broadcaster, weather: how rare a flood is; "1 in 5" is a share (20%)
        (
            "Residents are still recovering from the 1-in-100-year flood.",
            "About 1 in 5 farms in the shire were hit by the frost.",
            20.0,
        ),
        (
            "Firefighters in Queensland called it a 1-in-20-year bushfire season.",
            "The fires burnt 20,000 hectares of bush near Gympie.",
            20000.0,
        ),
        # Irish rural paper and Nigerian business page: a lineage
        (
            "The farm at Kilbrack has been held by the family for four generations.",
            "The farm at Kilbrack lost 40 ewes in the storm.",
            40.0,
        ),
        (
            "The business has passed through five generations of the Okafor family.",
            "The business employs 85 people in Onitsha.",
            85.0,
        ),
        # Indian and Canadian local pages: a body's history in a which-clause; a span the
        # story reports stays
        (
            "The charity, which has run in Pune for 25 years, lost its grant.",
            "Darnell Pyke was jailed for 10 years at Ballarat County Court.",
            10.0,
        ),
        (
            "The co-operative, which has operated in the district for 70 years, will merge.",
            "The road has been closed for six weeks after the landslip near Ruthin.",
            6.0,
        ),
    ],
)
def test_a_kind_or_a_history_is_no_figure(text: str, told: str, value: float) -> None:
    assert _values(text) == []
    assert value in _values(told)


def test_a_body_s_history_goes_but_its_staff_stay() -> None:
    values = _values("The mill, which has traded for 60 years, employs 140 people in Yass.")
    assert values == [140.0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # rural broadcaster (Australian), regional trade title: a gauge past twelve, a
        # guitar's strings
        ("The Dublin firm makes a 20-gauge cartridge for clay shooting.", 20.0),
        ("He played a 12-string guitar at the Cork folk festival.", 12.0),
    ],
)
def test_a_kind_mark_past_twelve_and_a_string_count(text: str, value: float) -> None:
    assert value not in _values(text)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # rural broadcaster: a count, then how often something is done to it (round 29: the
        # owner's whole set as a setting, "carted water to the station's 14 dams", only
        # describes the station; here the verb acts on the count)
        ("He has filled the station's 14 dams three times a week since August.", "dams"),
        # Canadian local paper
        ("The county inspects its 40 bridges three times a year.", "bridges"),
    ],
)
def test_a_count_s_noun_ends_before_another_number(text: str, unit: str) -> None:
    assert [f.unit for f in _figures(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "told", "value"),
    [
        # Irish regional paper: a paper's history; a jail term stays
        (
            "The paper has served Galway readers for 150 years.",
            "The editor was jailed for two years at Galway Circuit Court.",
            2.0,
        ),
        # Nigerian business page: a bank's history; a term ahead stays
        (
            "The bank has operated in Lagos for 40 years.",
            "The firm will run the Lagos line for 10 years under the deal.",
            10.0,
        ),
        # US trade title: a maker's history; an investigation's length stays
        (
            "Acme Foods has made biscuits in Leeds for 80 years.",
            "The company has been under investigation for two years.",
            2.0,
        ),
    ],
)
def test_a_body_s_history_in_the_perfect_is_no_figure(text: str, told: str, value: float) -> None:
    assert _values(text) == []
    assert value in _values(told)


def test_the_span_an_amount_fell_in_is_not_told_apart() -> None:
    # Australian broadcaster, weather: the 24 hours are the span the rain fell in, past a
    # short place phrase; a trial's own period after "over" stays (trade title, health)
    assert _values("The storm dumped 250mm of rain on Cairns in 24 hours.") == [250.0]
    told = "Patients lost an average of 13.7% of their body weight over 68 weeks."
    assert 68.0 in _values(told)
