"""Round 16b figures: the scores of a match a brief keeps and the ones it passes on the
way, across football, rugby and cricket pages (wire, local, broadsheet).

"Led 1-0 at half-time but lost 3-1", "were 2-0 up after 20 minutes before losing 3-2": the
score at a pause or a lead held on the way is not the result; the final one is. "Were 187
for six in the 38th over", "At tea Wessex were 142 for four": an innings passed on the
way. "Finished with 3-42 from his 10 overs", "the most successful bowler with 4-51": a
bowler's wickets for runs told with a hyphen (not a score, nor "4-15 shooting"). "A 2-1
lead in the five-match series", "level at 1-1 in the series": where a series stands.
"Unbeaten on 78": a batter's score.
Every sentence here is synthetic, written for these tests (invented people, teams and
grounds of no consequence)."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _values(text: str) -> list[float]:
    return [f.value for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "result"),
    [
        # football, local paper
        ("The home side led 1-0 at half-time but lost 3-1.", "3-1"),
        ("Dunmore were 2-0 up after 20 minutes before losing 3-2.", "3-2"),
        # rugby union, broadsheet
        ("The visitors led 13-6 at the break before losing 27-19.", "27-19"),
    ],
)
def test_a_score_on_the_way_is_not_the_result(text: str, result: str) -> None:
    figures = _figures(text)
    assert [f.text for f in figures] == [result]
    assert figures[0].unit == "score"


@pytest.mark.parametrize(
    "text",
    [
        # cricket wire: an innings in a given over, or at a pause of play
        "Harrow were 187 for six in the 38th over before a late stand.",
        "At tea Wessex were 142 for four.",
        "Wessex were 142 for four at lunch on the second day.",
    ],
)
def test_an_innings_at_a_pause_or_in_an_over_is_passed_on_the_way(text: str) -> None:
    assert _figures(text) == []


def test_the_final_total_beside_a_passed_one_stays() -> None:
    text = (
        "Harrow were 187 for six in the 38th over, and they were bowled out for 204, "
        "Pendle having reached 288 for seven in the 50th over."
    )
    assert _values(text) == [204, 288]


@pytest.mark.parametrize(
    ("text", "wickets", "bowler"),
    [
        # Indian wire, a one-day international
        (
            "Left-arm spinner Farai Chidzikwe, who finished with 3-42 from his 10 overs, "
            "was the pick of the attack.",
            3,
            "Chidzikwe",
        ),
        ("Fast bowler Harshit Bhamre was the most successful bowler with 4-51.", 4, "Bhamre"),
        # county cricket, broadsheet
        ("Dev Sandhu returned 5-38 as Wessex collapsed.", 5, "Sandhu"),
    ],
)
def test_bowling_figures_by_a_hyphen_are_wickets(text: str, wickets: int, bowler: str) -> None:
    figures = _figures(text)
    assert [f.value for f in figures] == [wickets]
    assert figures[0].unit == "wickets"
    assert bowler in figures[0].measures
    assert "bowling figures" in figures[0].measures


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # basketball wire: a shooting line after the numbers is no bowler's return
        ("Oduya finished with 4-15 shooting, and Sandhu returned 5-38.", [5]),
        # football, a result with "with": the winner's score first
        ("Harton won with a 3-1 victory, Sandhu finishing with 5-38 from 12 overs.", [3, 5]),
    ],
)
def test_other_hyphened_pairs_are_no_bowling_figures(text: str, kept: list[float]) -> None:
    figures = _figures(text)
    assert [f.value for f in figures] == kept
    assert [f.unit for f in figures if f.value != 5] == ["score"] * (len(kept) - 1)
    assert figures[-1].unit == "wickets"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("India chased down 289 to take a 2-1 lead in the five-match series.", 2),
        ("The Test series is level at 1-1 with one match to play.", 1),
        # Sri Lankan broadsheet: the series named before the standing
        ("Sri Lanka lead the three-match series 1-0 after the rain.", 1),
    ],
)
def test_where_a_series_stands_is_a_score(text: str, value: float) -> None:
    scores = [f for f in _figures(text) if f.unit == "score"]
    assert [f.value for f in scores] == [value]
    assert "series" in scores[0].measures


def test_a_match_result_and_the_series_standing_are_both_kept() -> None:
    text = "Harton beat Millbrook 3-1 on Sunday to take a 2-1 lead in the series."
    assert [f.text for f in _figures(text)] == ["3-1", "2-1"]


def test_a_lead_in_a_match_is_no_series_standing() -> None:
    # a two-goal lead told in a sentence with no series is passed on the way
    text = "Rovers took a 2-0 lead before the hour. India hold a 2-1 series lead."
    assert [f.text for f in _figures(text)] == ["2-1"]


def test_unbeaten_on_a_score_is_the_batter_s_score() -> None:
    figures = _figures("Aditya Rane was unbeaten on 78 at the close.")
    assert [f.value for f in figures] == [78]
    assert figures[0].unit == "runs"
    assert "Rane" in figures[0].measures


@pytest.mark.parametrize(
    "text",
    [
        # motorsport wire, racing local: the total shares the ordinal's noun
        "The race was the 18th of 24 this season.",
        "Saturday's meeting is the third of four at Lingfield.",
        "Her win was the fifth of 11 on the tour, she said.",
    ],
)
def test_a_total_after_a_later_ordinal_is_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a programme's first announces the total (health wire)
        (
            "The clinic is the first of 40 new hospitals, and the ward the third of four so far.",
            [40],
        ),
        # a later ordinal beside a count that stands on its own (politics local)
        ("The sitting was the last of 30, and 12 bills passed.", [12]),
    ],
)
def test_counts_beside_an_ordinal_s_total_stay(text: str, kept: list[float]) -> None:
    assert _values(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # football local, rugby broadsheet: players left on the field
        ("The 10-man hosts held on for a 1-0 win, and 412 fans stayed to applaud.", [1, 412]),
        ("The 14-man visitors conceded 12 points in the last 10 minutes.", [12]),
    ],
)
def test_a_side_s_strength_glued_to_its_noun_is_no_figure(text: str, kept: list[float]) -> None:
    assert _values(text) == kept


def test_a_crew_s_size_stays() -> None:
    text = "The 10-man hosts lost, and a 10-man crew was rescued off Dunmore."
    figures = _figures(text)
    assert [f.value for f in figures] == [10]
    assert figures[0].start == text.index("10-man crew")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Indian wire: the crowd is news, the ground's size is not
        ("A crowd of about 27,000 watched at the 32,000-capacity ground.", [27000]),
        # rugby broadsheet: a new stand's seats told in passing
        (
            "Harton have won 12 games at the Quarry Ground, where a 2,000-seat east stand is due.",
            [12],
        ),
    ],
)
def test_a_venue_s_size_glued_before_it_is_no_figure(text: str, kept: list[float]) -> None:
    assert _values(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        # a score passed on the way, told before a pronoun (quoted or not)
        "At 61 for three we were in trouble, but Rane made 78 not out.",
        '"At 61 for three you cannot think about the target," Rane, who made 78 not out, said.',
    ],
)
def test_an_innings_passed_before_a_pronoun_is_no_figure(text: str) -> None:
    assert _values(text) == [78]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # county cricket broadsheet: a season's average after the tally
        ("Mulvey has taken 27 wickets at 19.4 this season.", [27]),
        ("Ashdown has 612 runs at an average of 51 this summer.", [612]),
    ],
)
def test_the_average_a_tally_came_at_is_no_figure(text: str, kept: list[float]) -> None:
    assert _values(text) == kept
