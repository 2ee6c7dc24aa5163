"""Round 9a figures: a distance told in words with its conversion in brackets ("about
three miles (5km)") is one figure, not two; a share given after a market move ("closed
down 68.3 points, or 0.9%", "lost 58p, or 4.7%") restates that move and is kept with its
measure; a number after a noun that names a numbered stage, tier, class or grade
("a phase 2 inquiry", "tier 3 restrictions", "Year 9 pupils") is a label, not a count.
Every sentence here is synthetic, written for these tests (invented people, companies,
places and outlets)."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _texts(text: str) -> set[str]:
    return {f.text for f in _figures(text)}


# --- a spelled distance and its conversion in brackets: one figure -----------------


@pytest.mark.parametrize(
    ("text", "kept", "conversion"),
    [
        # broadcaster disaster
        ("The coach came down about three miles (5km) from the village.", "about three", "5"),
        # wire disaster
        ("Rescuers found the plane about two miles (3km) east of the runway.", "about two", "3"),
        # local news
        ("The hikers were stranded some five miles (8km) from the nearest road.", "some five", "8"),
        # broadsheet science
        (
            "The glacier has retreated nearly four miles (6.4km) since the survey.",
            "nearly four",
            "6.4",
        ),
        # tabloid
        ("The dog swam two kilometres (1.2 miles) to reach the boat.", "two", "1.2"),
    ],
)
def test_a_conversion_after_a_spelled_distance_is_not_a_second_figure(
    text: str, kept: str, conversion: str
) -> None:
    texts = _texts(text)
    assert conversion not in texts
    assert any(t.startswith(kept) for t in texts), texts


def test_a_bracketed_count_after_a_spelled_count_stays() -> None:
    # trade: the bracket gives a part of the count, in no unit: two figures
    text = "The yard built nine ferries (4 for export) and hired 120 welders."
    assert "4" in _texts(text)


# --- ", or 0.9%" after a move in points, pence or cents ----------------------------


@pytest.mark.parametrize(
    ("text", "share"),
    [
        # wire markets
        ("The blue-chip index closed down 68.3 points, or 0.9%, at 7,512.4.", "0.9%"),
        ("Carrick Resources lost 58p, or 4.7%, to 1,176p.", "4.7%"),
        ("Shares in Lanford Group fell 12 cents, or 3.2%, to $3.61 in New York.", "3.2%"),
        ("The Nikkei rose 412 points, or 1.1%, to 38,904.", "1.1%"),
        # broadsheet business
        ("Orwin Telecom shares slipped 9p, or 2.4%, to 368p after the warning.", "2.4%"),
    ],
)
def test_a_share_restating_a_move_is_kept_with_the_move_s_measure(text: str, share: str) -> None:
    found = [f for f in _figures(text) if f.text == share]
    assert found, _texts(text)
    move = [f for f in _figures(text) if f.start < found[0].start and f.unit != "percent"]
    assert move and found[0].measures == move[-1].measures


# --- a numbered stage, tier, class or grade is a label ------------------------------


@pytest.mark.parametrize(
    ("text", "label", "count"),
    [
        # broadsheet business
        ("The case will be referred to a phase 2 inquiry after 14 complaints.", "2", "14"),
        # broadcaster health
        (
            "The county was placed in tier 3 restrictions as 412 new cases were recorded.",
            "3",
            "412",
        ),
        # local education
        ("Exam boards said year 9 pupils at 180 schools sat the new paper.", "9", "180"),
        # tabloid health
        ("She was told she had stage 4 cancer, one of 30 patients in the trial.", "4", "30"),
        # trade property
        ("The grade 2 listed mill will be turned into 64 flats.", "2", "64"),
    ],
)
def test_a_number_naming_a_stage_or_tier_is_a_label(text: str, label: str, count: str) -> None:
    texts = _texts(text)
    assert label not in texts
    assert any(t.endswith(count) for t in texts), texts


def test_a_count_after_a_stage_that_ends_a_phrase_stays() -> None:
    # wire: "stage" ends its own phrase, the number counts the homes
    text = "At that stage 40 homes had flooded in the valley."
    assert "40" in _texts(text)


def test_a_record_count_is_no_label() -> None:
    # local: "record" describes an amount; the staff are counted
    text = "The hospital hired a record 400 staff last year."
    assert "400" in _texts(text)


# --- a small count of people in a casualty's condition is news ---------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # broadcaster disaster
        ("Two of the survivors are in a critical condition at Raigmore Hospital.", "Two"),
        # local transport
        ("Two pupils are in a serious condition after the coach overturned.", "Two"),
        # wire disaster
        ("Two of the walkers have leg injuries, the rescue team said.", "Two"),
        # tabloid
        ("Five of the walkers were in a stable condition on Sunday night.", "Five"),
        # broadsheet
        ("Two firefighters have serious injuries after the roof collapsed.", "Two"),
    ],
)
def test_a_small_count_in_a_casualty_s_condition_is_kept(text: str, count: str) -> None:
    assert count in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two of the candidates are in a strong position before the vote.",
        "The two sisters have minor roles in the film.",
    ],
)
def test_a_small_count_in_another_state_is_no_casualty(text: str) -> None:
    texts = _texts(text)
    assert not {"Two", "two"} & texts


def test_a_section_number_naming_a_notice_is_a_label() -> None:
    # local government: "section 114 notice" names the notice, the gap is the figure
    text = "The council issued a section 114 notice, admitting a £40m gap in its budget."
    texts = _texts(text)
    assert "114" not in texts
    assert "£40m" in texts


# --- "the 38 bus", "the 7.15 train": a number naming a service or road --------------


@pytest.mark.parametrize(
    ("text", "label", "count"),
    [
        # local transport
        ("Passengers on the 38 bus were evacuated, and 12 were treated for smoke.", "38", "12"),
        # broadcaster
        ("The 7.15 train from Leeds was cancelled, leaving 400 commuters stranded.", "7.15", "400"),
        # wire US
        ("Police closed the 101 freeway at 2am after 14 cars collided.", "101", "14"),
        # tabloid
        ("Drivers queued for the 6.40 ferry to Cherbourg as 300 lorries waited.", "6.40", "300"),
        # local
        ("The council will axe the 73 route, used by 900 people a day.", "73", "900"),
    ],
)
def test_a_number_naming_a_service_or_road_is_a_label(text: str, label: str, count: str) -> None:
    texts = _texts(text)
    assert label not in texts
    assert any(t.endswith(count) for t in texts), texts


def test_a_count_of_buses_stays() -> None:
    # trade transport: a plural noun is counted
    text = "The operator will replace the 38 buses with electric models by 2028."
    assert "38" in _texts(text)


# --- "closed up 1.2% at 39,104": the level after a move -----------------------------


@pytest.mark.parametrize(
    ("text", "level", "what"),
    [
        # wire markets
        ("The Nikkei 225 index closed up 1.2% at 39,104.", "39,104", "Nikkei"),
        ("The dollar index, which tracks six peers, was up 0.2% at 104.6.", "104.6", "dollar"),
        ("The pound was down 0.3% at 1.2650 against the dollar.", "1.2650", "pound"),
        # broadcaster business
        ("The Hang Seng was up 1.9% at 17,402 in afternoon trade.", "17,402", "Hang Seng"),
        # broadsheet markets
        ("The Topix gauge was up 0.6% at 2,718.4 by the lunch break.", "2,718.4", "Topix"),
    ],
)
def test_the_level_after_a_move_is_kept_as_the_level_of_what_moved(
    text: str, level: str, what: str
) -> None:
    found = [f for f in _figures(text) if f.text == level]
    assert found, _texts(text)
    assert what in found[0].measures


def test_a_count_after_a_move_keeps_its_own_noun() -> None:
    # local politics: the number counts polling stations, not a level
    text = "Turnout was up 4% at 61 polling stations across the borough."
    found = [f for f in _figures(text) if f.text == "61"]
    assert not found or "level" not in found[0].measures


# --- "a 3-for-1 stock split": the terms of a ratio are no amount --------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # wire business
        ("The board approved a 3-for-1 stock split and a $2 billion buyback.", "$2 billion"),
        # tabloid consumer
        ("The chain ran a 2-for-1 offer on pizzas as sales fell 6%.", "6%"),
        # trade
        (
            "A 10-for-1 share consolidation will leave the firm with 140 million shares.",
            "140 million",
        ),
        # broadsheet
        ("Investors cheered the 4-for-1 split, and the shares rose 5% on Monday.", "5%"),
    ],
)
def test_the_terms_of_a_ratio_are_no_figure(text: str, kept: str) -> None:
    texts = _texts(text)
    assert not {"1", "2", "3", "4", "10"} & texts
    assert kept in texts
