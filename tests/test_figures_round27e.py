"""Round 27e figures: golf scores to par and round scores, a race time in minutes and
seconds, grid places, world rankings by number, a pair of violations, and bare clock
times after "at" and "from" (the dev misses and the round's leftovers).

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


def _none_holds(text: str, digits: str) -> None:
    found = _texts(text)
    assert not [t for t in found if digits in t], (digits, found)


@pytest.mark.parametrize(
    ("text", "wanted", "value"),
    [
        # US wire, Mexican winner; Indian broadsheet, "par" said
        ("Castellanos finished at 11 under for his first major title.", "11 under", 11),
        ("Kaur, who closed with a 67, finished at 9 under par at Royal Delhi.", "9 under par", 9),
        # Irish broadsheet, "on"; South African local, hyphenated
        ("The Irishman ended the week on 14 under, two clear of the field.", "14 under", 14),
        ("Mokoena was 6-under for the tournament after a birdie at the last.", "6-under", 6),
        # Canadian broadcaster, spelled; Singaporean local, over par
        ("She finished at eight under par, a shot behind the winner.", "eight under par", 8),
        ("Tan Wei Ming slipped to 3 over after a double bogey at the 12th.", "3 over", 3),
    ],
)
def test_a_golf_score_to_par_is_a_figure(text: str, wanted: str, value: float) -> None:
    figure = _one(text, wanted)
    assert figure.value == value
    assert figure.unit is not None and "par" in figure.unit
    assert figure.measures


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        # ages and limits told with "under" or "over" are no score to par
        ("The curfew applies to anyone under 17 in the town centre.", "17"),
        ("Children aged 5 and under travel free on Luas, the operator said.", "5"),
        ("The council has 12 under review, a spokeswoman said.", "12"),
        ("Brisbane kept 30 over the limit in custody overnight, police said.", "30"),
        ("Lagos State said 14 over the age of 70 had been vaccinated.", "14 over"),
    ],
)
def test_a_number_under_or_over_something_else_is_no_golf_score(text: str, digits: str) -> None:
    found = [f for f in _figures(text) if "par" in (f.unit or "") or digits in f.text]
    assert not [f for f in found if " " in f.text or "par" in (f.unit or "")], (digits, found)


@pytest.mark.parametrize(
    ("text", "wanted", "value"),
    [
        # US wire, with the score to par before it; Nigerian local, "closed with"
        ("Smith shot a 4-under 68 to win by two shots.", "4-under 68", 68),
        ("Okonkwo closed with a 66 to win the Lagos Open by three strokes.", "66", 66),
        # Australian broadsheet, "fired a final-round"; Irish local, "signed for"
        ("The Australian fired a final-round 64 to win at Kingston Heath.", "64", 64),
        ("Whitlock signed for a 74 and finished tied for third.", "74", 74),
        # UK wire, "carded"; Indian local, a bogey-free round after "after"
        ("Brennan carded a 69 on Sunday to take the Irish Open title.", "69", 69),
        ("Singh moved up after a bogey-free 66, the low round of the day.", "66", 66),
    ],
)
def test_a_golf_round_score_is_a_figure(text: str, wanted: str, value: float) -> None:
    figure = _one(text, wanted)
    assert figure.value == value
    assert figure.unit == "strokes"


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Police said officers shot a 70 year old man in the leg.", "70"),
        ("The FTSE 100 closed with a 65 point gain on Friday.", "65 point"),
        ("Doyle posted a 60 on Instagram after the final, fans said.", "60"),
    ],
)
def test_no_round_score_outside_a_golf_round(text: str, digits: str) -> None:
    found = [f for f in _figures(text) if f.unit == "strokes"]
    assert not found, (digits, found)


@pytest.mark.parametrize(
    ("text", "wanted", "seconds"),
    [
        # Kenyan wire, "won the race in"; Irish local, "clocked"
        ("Joyce Wanjiru won the race in 14:52 at the Nairobi meeting.", "14:52", 892),
        ("Aoife Brennan clocked 4:31 for the mile at Santry on Saturday.", "4:31", 271),
        # Canadian broadcaster, "finished in"; South African, "ran"
        ("Dubois finished in 13:48 to take the 5,000m title in Moncton.", "13:48", 828),
    ],
)
def test_a_race_time_in_minutes_and_seconds_is_a_figure(
    text: str, wanted: str, seconds: float
) -> None:
    figure = _one(text, wanted)
    assert figure.unit == "seconds"
    assert figure.value == pytest.approx(seconds)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("The race starts at 14:30 at the Nairobi meeting.", "14:30"),
        ("The session finished at 16:45 after a delay, organisers said.", "16:45"),
        ("The last bus leaves at 23:15 from the rank in Durban.", "23:15"),
        ("The match finished in 10:30 traffic chaos, fans said.", "10:30"),
    ],
)
def test_a_clock_time_stays_no_race_time(text: str, digits: str) -> None:
    _none_holds(text, digits)


@pytest.mark.parametrize(
    ("text", "wanted", "value"),
    [
        ("Brandauer climbed from 11th on the grid to finish third.", "11th", 11),
        ("Hamid started 14th on the grid in Jeddah after a penalty.", "14th", 14),
        ("Whitlock, the world No. 4, was put on the clock on the 11th tee.", "world No. 4", 4),
        ("The Nigerian, world number 37, beat the top seed in Abuja.", "world number 37", 37),
    ],
)
def test_a_grid_place_or_a_world_number_is_a_figure(text: str, wanted: str, value: float) -> None:
    figure = _one(text, wanted)
    assert figure.value == value


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("She scored in the 89th minute to seal the win.", "89th"),
        ("The 11th car on the road was hit, the driver said.", "11th"),
        ("Rinaldi's No. 16 car crossed the line first.", "16"),
        ("The No. 4 bus was diverted around the market, the council said.", "4"),
    ],
)
def test_other_ordinals_and_numbers_stay_out(text: str, digits: str) -> None:
    _none_holds(text, digits)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The policy treats two violations in a round as a one-stroke penalty.", "two"),
        ("He admitted two breaches of the FA's betting rules, the panel said.", "two"),
        ("The driver was convicted of two offences of dangerous driving.", "two"),
        ("Pillay was reported for two code violations during the Durban Test.", "two"),
    ],
)
def test_a_pair_of_violations_is_a_figure(text: str, wanted: str) -> None:
    figure = _one(text, wanted)
    assert figure.value == 2


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Two men were seen leaving the shop, police said.", "Two"),
        ("She has two children and lives in Cork.", "two"),
        ("The pair were spotted by two officers on patrol.", "two"),
    ],
)
def test_other_pairs_stay_colour(text: str, digits: str) -> None:
    _none_holds(text, digits)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Buses will run every 15 minutes from 6.30 on Saturday.", "6.30"),
        ("Trains will run every 20 minutes from 5.45 until midnight.", "5.45"),
        ("The first band is on stage at 8 and the headliners at 10.", "8"),
        ("Mass is at 11 in St Mary's, the parish said.", "11"),
    ],
)
def test_a_bare_clock_time_is_no_figure(text: str, digits: str) -> None:
    _none_holds(text, digits)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Sterling rose from 1.25 on Friday to 1.27 on Monday.", "1.25"),
        ("Petrol prices have risen from 1.65 a litre in March.", "1.65"),
        ("Unemployment is at 8.5 per cent, the agency said.", "8.5 per cent"),
    ],
)
def test_a_level_after_from_or_at_stays_a_figure(text: str, wanted: str) -> None:
    assert [t for t in _texts(text) if wanted in t], _texts(text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # Australian broadsheet; Irish broadcaster
        ("Talks ended after a 16-hour debate in the Senate in Canberra.", "16-hour"),
        ("Divers called off a 40-hour search for the missing fisherman off Kerry.", "40-hour"),
        # Nigerian wire, twice; Canadian local
        ("The 72-hour standoff in Ikeja ended peacefully.", "72-hour"),
        ("Lagos declared a 14-day state of emergency after the floods.", "14-day"),
        ("A nine-hour walkout by nurses hit hospitals across Ontario.", "nine-hour"),
        # UK tabloid, an apostrophe after the noun; Singaporean broadsheet
        ("Red Lantern kept the cup after a 14-minute stewards' enquiry.", "14-minute"),
        ("Singapore's two-day summit closed without a deal.", "two-day"),
        # Indian local, a rescue
        ("Three miners were brought out alive after a 31-hour rescue in Dhanbad.", "31-hour"),
    ],
)
def test_the_length_of_an_event_told_as_an_adjective_is_a_figure(text: str, wanted: str) -> None:
    figure = _one(text, wanted)
    assert figure.unit in ("minutes", "hours", "days", "months", "years")


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("He bought a two-year fixed mortgage at 4.5%.", "two-year"),
        ("The 10-year gilt yield rose to 4.1%.", "10-year"),
        ("Sterling hit a two-month low against the dollar.", "two-month"),
        ("She posted a five-minute video on TikTok.", "five-minute"),
        ("They took a three-hour train to Galway.", "three-hour"),
        ("The 24-hour helpline is open to customers.", "24-hour"),
        ("A 10-minute walk from the station, the cafe is busy.", "10-minute"),
    ],
)
def test_a_length_that_names_a_kind_of_thing_stays_out(text: str, digits: str) -> None:
    _none_holds(text, digits)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Singh won by two shots at the Delhi Golf Club.", "two"),
        ("Leinster lost by two points to Munster at Thomond Park.", "two"),
        ("The Proteas won by two wickets with an over to spare in Durban.", "two"),
        ("He faces two charges of assault at Naas District Court.", "two"),
    ],
)
def test_a_margin_of_two_or_two_charges_is_a_figure(text: str, wanted: str) -> None:
    assert _one(text, wanted).value == 2


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("He was attacked by two men outside a pub in Salford.", "two"),
        ("The bill was backed by two senators from Ohio.", "two"),
        ("She was joined by two friends on the walk to Uluru.", "two"),
        ("Kick-off is at 3 on Saturday at Dalymount Park.", "3"),
    ],
)
def test_two_people_by_whom_and_a_kick_off_hour_stay_out(text: str, digits: str) -> None:
    _none_holds(text, digits)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # UK broadsheet; Malaysian broadsheet; US wire; Australian local
        ("She had asked head office for new trucks three times.", "three"),
        ("Residents had been flooded three times since 2021, the MP said.", "three"),
        ("The bank said it would cut rates three times in 2026.", "three"),
        ("The pump station has failed five times this year, Sydney Water said.", "five"),
        # English and Irish football, a gap in the table
        ("Calder Vale are two points above the relegation zone.", "two"),
        ("The result leaves Rovers 19th, two points above the relegation zone.", "two"),
    ],
)
def test_a_count_of_times_or_a_gap_in_a_table_is_a_figure(text: str, wanted: str) -> None:
    assert _one(text, wanted).value in (2, 3, 5)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("The bins are collected three times a week in Leeds.", "three"),
        ("He trains five times a week in Nairobi.", "five"),
        ("The drug is taken three times daily, the leaflet says.", "three"),
        ("She checks the lock three times before bed, she said.", "three"),
        ("He raised two points at the meeting in Cork.", "two"),
    ],
)
def test_how_often_and_points_made_stay_out(text: str, digits: str) -> None:
    _none_holds(text, digits)


@pytest.mark.parametrize(
    ("text", "wanted", "value"),
    [
        (
            "Whitlock's group took 5 hours, 31 minutes to complete the round.",
            "5 hours, 31 minutes",
            331,
        ),
        ("He was timed at 1 minute, 12 seconds over his second shot.", "1 minute, 12 seconds", 72),
        (
            "The round ran to 5 hours, 31 minutes, 46 minutes longer than the target time.",
            "46 minutes",
            46,
        ),
    ],
)
def test_a_span_told_in_two_units_or_longer_than_a_target_is_a_figure(
    text: str, wanted: str, value: float
) -> None:
    assert _one(text, wanted).value == value
