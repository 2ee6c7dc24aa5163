"""Round 26e figures: race times, storeys, innings totals, gaps, shirt-free distances,
idioms with numbers, aggregate scores and vote tallies (the issue's figures classes).

Every passage here is synthetic, written for these tests (invented people, clubs and
places of no consequence), across US, Australian, Irish, Nigerian, Indian, Canadian,
Singaporean, South African and British copy.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _texts(text: str) -> list[str]:
    return [f.text for f in _figures(text)]


def _one(text: str, wanted: str) -> FoundFigure:
    found = [f for f in _figures(text) if f.text == wanted]
    assert len(found) == 1, (wanted, _texts(text))
    return found[0]


@pytest.mark.parametrize(
    ("text", "wanted", "seconds", "no_race"),
    [
        # Kenyan wire copy, a distance with a thousands comma before "in"; Irish local
        (
            "Kenyan Joyce Wanjiru won the 5,000m in 14 minutes 52 seconds.",
            "14 minutes 52 seconds",
            892,
            "Crews crossed the border in 20 minutes after the alarm.",
        ),
        # US broadcaster, the 10,000m at a track meet; UK local, a river
        (
            "Chebet won the 10,000m in 29 minutes 4 seconds in Eugene.",
            "29 minutes 4 seconds",
            1744,
            "Migrants crossed the river in 15 minutes, police said.",
        ),
        # South African local, a second in the singular; Indian local, a charity's year
        (
            "Naidoo won the 1,500m in 4 minutes 1 second at the SA champs.",
            "4 minutes 1 second",
            241,
            "The charity raised 5,000 in 12 months for the hospice.",
        ),
        # Canadian broadsheet, the time told by crossing the line; a town's burglaries
        (
            "The Canadian crossed the line in 27 minutes 12.4 seconds to win the 10,000m.",
            "27 minutes 12.4 seconds",
            1632.4,
            "The town recorded 1,200 burglaries in 12 months.",
        ),
        # Nigerian wire, a sprint by stopping the clock; Singapore local, a gig
        (
            "Okonjo stopped the clock at 10.04 seconds in Abuja.",
            "10.04 seconds",
            10.04,
            "The 10,000m runners set off at 9pm.",
        ),
    ],
)
def test_a_race_time_after_a_distance_or_the_line_is_a_figure(
    text: str, wanted: str, seconds: float, no_race: str
) -> None:
    figure = _one(text, wanted)
    assert figure.unit == "seconds"
    assert figure.value == pytest.approx(seconds)
    assert not [f for f in _figures(no_race) if f.unit in ("minutes", "seconds", "metres")]


@pytest.mark.parametrize(
    ("described", "planned", "height"),
    [
        # US wire, a skyscraper fire; Irish planning copy
        (
            "Fire crews tackled a blaze in a 22-story tower in Chicago.",
            "The council approved a 15-storey hotel on the quayside.",
            "15",
        ),
        # Australian local, a fire; Nigerian business copy, a plan
        (
            "A fire broke out on a 30-floor tower in Sydney's west.",
            "Developers plan a 60-storey hotel with 450 rooms in Lagos.",
            "60",
        ),
        # UK local, an evacuation; Canadian local, a tribunal
        (
            "Residents of the 40-storey block in Salford were evacuated.",
            "A 14-storey condominium tower proposed for the marina goes back to council.",
            "14",
        ),
        # Indian wire, a fall; Singapore broadsheet, a refusal
        (
            "A worker fell from the 19-storey scaffold in Pune.",
            "The board refused a 25-storey office block on the waterfront.",
            "25",
        ),
    ],
)
def test_storeys_glued_to_a_building_are_its_kind_unless_it_is_planned(
    described: str, planned: str, height: str
) -> None:
    assert _texts(described) == []
    assert height in _texts(planned)


@pytest.mark.parametrize(
    ("text", "wanted", "on_the_way"),
    [
        # South African wire, a two-legged tie with no verb of winning; a pause
        (
            "Shamrock Rovers went through 4-2 on aggregate.",
            "4-2",
            "Bohemians led 2-0 on aggregate at the break.",
        ),
        (
            "Orlando Pirates went out 2-3 on aggregate.",
            "2-3",
            "Leeds led 2-1 on aggregate at half-time.",
        ),
        # Irish broadcaster, "go through"; a quote
        (
            "Dundalk go through 5-1 on aggregate to face Celtic.",
            "5-1",
            '"We won 3-1 on aggregate," he said.',
        ),
        # after the second leg's own result
        (
            "Sundowns won 2-0 on the night and 3-1 on aggregate.",
            "3-1",
            "Chiefs were 1-0 up on aggregate after 20 minutes.",
        ),
        (
            "Cork City won 1-0 on the night but lost 2-3 on aggregate.",
            "2-3",
            "Derry led 2-2 on aggregate at the break.",
        ),
        # "winners on aggregate"
        (
            "The second leg finished 0-0, with Rovers 2-1 winners on aggregate.",
            "2-1",
            "Rovers led 2-1 on aggregate at half-time.",
        ),
    ],
)
def test_an_aggregate_score_is_kept_unless_on_the_way(
    text: str, wanted: str, on_the_way: str
) -> None:
    figure = _one(text, wanted)
    assert figure.unit == "score"
    assert figure.measures.startswith("aggregate score")
    assert _texts(on_the_way) == []


def test_an_aggregate_score_after_the_night_s_result_names_the_team() -> None:
    assert _one("Sundowns won 2-0 on the night and 3-1 on aggregate.", "3-1").measures == (
        "aggregate score: Sundowns won"
    )


@pytest.mark.parametrize(
    ("text", "wanted", "measures"),
    [
        # UK broadcaster, athletics
        (
            "Quaid faded to fifth, 14.6 seconds off the winner.",
            "14.6 seconds",
            "Quaid's gap off the winner",
        ),
        # Australian motor sport
        ("Norris finished 14.6 seconds off the lead.", "14.6 seconds", "Norris's gap off the lead"),
        # Irish cycling, a gap told by "down" after a place
        (
            "The cyclist was sixth on the road stage, 1 minute 12 seconds down.",
            "1 minute 12 seconds",
            "cyclist's gap to the leader",
        ),
        ("The Irishman finished 40 seconds back.", "40 seconds", "Irishman's gap to the leader"),
    ],
)
def test_a_gap_to_the_front_is_a_figure(text: str, wanted: str, measures: str) -> None:
    assert _one(text, wanted).measures == measures


def test_a_delay_told_by_down_is_no_gap_to_a_leader() -> None:
    # UK transport copy: minutes down is a train's delay
    figure = _one("The train arrived 40 minutes down.", "40 minutes")
    assert "leader" not in figure.measures


@pytest.mark.parametrize(
    ("named", "amount", "wanted"),
    [
        # UK broadcaster, a doping ban; a contract
        (
            "He forfeits his 200m bronze medal.",
            "The firm won a 400m contract for the runway.",
            "400m",
        ),
        # Jamaican-style wire copy, a record; a runway
        (
            "She holds the 400m world record.",
            "The council approved a 200m extension to the runway.",
            "200m",
        ),
        # Kenyan wire, a runner; a fee
        (
            "A 5,000m runner from Eldoret was banned.",
            "The club paid a 50m fee for the striker.",
            "50m",
        ),
        # Australian, a gold; a deal
        (
            "She added the 1,500m title to her 800m gold.",
            "The club signed a 20m deal for the record signing.",
            "20m",
        ),
        (
            "Her 400m hurdles record stood for 20 years.",
            "The city spent 300m on its tram line.",
            "300m",
        ),
    ],
)
def test_a_distance_naming_a_medal_a_record_or_a_runner_is_no_figure(
    named: str, amount: str, wanted: str
) -> None:
    assert not [t for t in _texts(named) if t.endswith("m") and t[0].isdigit()]
    assert wanted in _texts(amount)


@pytest.mark.parametrize(
    ("text", "wanted", "value", "no_share"),
    [
        (
            "Asante beat Fairley by eight hundredths of a second.",
            "eight hundredths of a second",
            0.08,
            "The six quarter-finalists will meet on Sunday.",
        ),
        (
            "Botha won by six hundredths of a second.",
            "six hundredths of a second",
            0.06,
            "Growth came in six quarters of the last eight.",
        ),
        (
            "Khan edged Rossi by eight tenths of a second.",
            "eight tenths of a second",
            0.8,
            "The eight quarter-finals will be played in Pune.",
        ),
    ],
)
def test_six_and_eight_hundredths_are_a_margin(
    text: str, wanted: str, value: float, no_share: str
) -> None:
    figure = _one(text, wanted)
    assert figure.unit == "seconds"
    assert figure.value == pytest.approx(value)
    assert not [f for f in _figures(no_share) if f.unit in ("fraction", "percent", "seconds")]


@pytest.mark.parametrize(
    ("idiom", "kept", "number", "wanted"),
    [
        (
            "The coach said it was six of one and half a dozen of the other.",
            [],
            "Six of the 11 councillors voted against.",
            "Six",
        ),
        ("Fans were on cloud nine after the promotion.", [], "Sales rose 110% to £4m.", "110%"),
        (
            "The keeper grabbed forty winks on the bus home.",
            [],
            "The fire claimed nine lives, the fire service said.",
            "nine",
        ),
        (
            "The sponsor paid for the whole nine yards, and 3,000 rand went to the club.",
            ["3,000"],
            "The team sold 2,000 tickets, up 110 percent.",
            "110 percent",
        ),
    ],
)
def test_idioms_with_numbers_are_no_figures(
    idiom: str, kept: list[str], number: str, wanted: str
) -> None:
    assert _texts(idiom) == kept
    assert wanted in _texts(number)


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("The motion was passed by 2,110 votes to 1,204.", "(2,110 to 1,204)"),
        ("Members backed the merger by 412 votes to 96.", "(412 to 96)"),
        ("Councillors voted 23 to 19 to approve the scheme.", "(23 to 19)"),
    ],
)
def test_a_vote_tally_keeps_the_count_against_in_its_measure(text: str, tally: str) -> None:
    (figure,) = [f for f in _figures(text) if f.unit == "votes"]
    assert figure.measures.endswith(tally)


@pytest.mark.parametrize(
    ("text", "wanted", "on_the_way"),
    [
        (
            "Western Province ended day two on 301 for 6.",
            "301 for 6",
            "Northern Districts began the day on 88 for 2.",
        ),
        (
            "Mumbai closed on 412 for 8 in Chennai.",
            "412 for 8",
            "Kent resumed the day on 171 for three.",
        ),
        (
            "Sri Lanka closed the first day on 263 for 7 in Galle.",
            "263 for 7",
            "Hampshire, 45 for 1 overnight, were all out in the afternoon.",
        ),
        ("Kerala finished the day on 120 for 4.", "120 for 4", "Punjab were 120 for 4 at tea."),
    ],
)
def test_an_innings_total_at_the_close_is_kept(text: str, wanted: str, on_the_way: str) -> None:
    assert _one(text, wanted).unit == "score"
    assert not [f for f in _figures(on_the_way) if f.unit == "score"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Kerala, 120 for 4 overnight, were bowled out for 198.", ["198"]),
        ("Kent reached 180 for 4 in 20 overs to win by six wickets.", ["180 for 4", "six"]),
    ],
)
def test_an_innings_total_overnight_or_its_overs_give_no_figure(text: str, kept: list[str]) -> None:
    assert _texts(text) == kept


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        # Indian wire: "their" beside the overs does not name the side twice
        ("Punjab made 120 for 4 in their 20 overs.", "Punjab's total"),
        # Australian broadsheet: a plural side takes the bare apostrophe
        ("The hosts ended on 312 for 9 declared.", "hosts' total"),
        # a name the tagger reads as a plural keeps "'s"
        ("Wales made 241 for six.", "Wales's total"),
    ],
)
def test_an_innings_total_names_its_side_once(text: str, measures: str) -> None:
    (figure,) = [f for f in _figures(text) if f.unit == "score"]
    assert figure.measures == measures
