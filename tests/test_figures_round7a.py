"""Round 7a figures: sport tallies. A gap in a table or a field ("four points behind",
"three shots clear") counts points or shots, not "behind"; a cricket total stays one
figure when it is declared ("430 for six declared") or is where an innings ended ("ended
on 276 for eight"), while a total passed on the way ("were 88 for five when rain came")
is no figure; a penalty written as a hyphenated count ("a 10-point deduction") is one.
Every sentence here is synthetic, written for these tests (invented people, clubs and
counties)."""

from __future__ import annotations

from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _texts(text: str) -> set[str]:
    return {f.text for f in _figures(text)}


def _unit_of(text: str, span: str) -> str | None:
    found = [f for f in _figures(text) if f.text == span]
    assert found, f"{span!r} not found in {_texts(text)}"
    return found[0].unit


# --- a gap counts its own noun ------------------------------------------------------


def test_football_points_behind_counts_points():
    # local football story
    text = (
        "The win lifts Harrowgate Town to third in the Northern Premier, four points "
        "behind the leaders Dunmere Rovers with five games left."
    )
    assert _unit_of(text, "four") == "points"


def test_golf_shots_clear_counts_shots():
    # wire golf story
    text = "Lena Marsh shot a closing 66 to finish three shots clear of Ayaka Morimoto."
    assert _unit_of(text, "three") == "shots"


def test_cricket_runs_behind_counts_runs():
    # broadcaster cricket story
    text = "Following on 197 runs behind, Westerley batted through the final day."
    assert _unit_of(text, "197") == "runs"


# --- a cricket total kept whole, or dropped when passed on the way ------------------


def test_declared_total_is_one_figure():
    # broadsheet county cricket story
    texts = _texts(
        "Ravensholt made 430 for six declared, with Amir Coutts scoring 151, and then "
        "bowled Kentmere out for 187."
    )
    assert "430 for six declared" in texts
    assert "six" not in texts


def test_innings_that_ended_on_a_total_is_kept():
    # local cricket story
    texts = _texts(
        "Set 307 to win, Carnforth Park ended on 276 for eight after Devon Achterberg "
        "took four for 41."
    )
    assert "276 for eight" in texts


def test_total_passed_when_something_happened_is_dropped():
    # wire cricket story
    texts = _texts(
        "Brackley were 88 for five when rain ended play, and they were bowled out for "
        "164 the next morning."
    )
    assert "88 for five" not in texts


def test_total_passed_with_overs_left_is_dropped():
    # tabloid cricket story
    texts = _texts(
        "Portmere were 143 for six with 12 overs left before Nadia Voss hit 61 from 30 "
        "balls to win the match."
    )
    assert "143 for six" not in texts


def test_a_total_at_the_end_with_balls_to_spare_is_kept():
    # broadcaster cricket story: the winning total with the balls to spare is the result
    texts = _texts(
        "Chasing 212, Elmbridge reached 213 for seven with nine balls to spare to win "
        "the Borough Cup."
    )
    assert "213 for seven" in texts


# --- a hyphenated penalty ---------------------------------------------------------------


def test_hyphenated_points_penalty_is_a_figure():
    # broadcaster rugby story
    figures = _figures(
        "Castleford Saints will appeal against a two-point penalty imposed on Tuesday for "
        "breaching the league's salary cap."
    )
    assert [f.value for f in figures] == [2]
    assert (figures[0].unit or "").startswith("point")


def test_hyphenated_goal_lead_is_a_figure():
    # wire football story
    texts = _texts(
        "Orlund City take a two-goal lead into the second leg against Vasterby on Thursday."
    )
    assert "two" in texts


def test_a_pair_of_rooms_glued_to_a_noun_stays_colour():
    # local property story: the rule is for score nouns, not every hyphenated count
    texts = _texts("The couple bought a two-bedroom flat in Marlow Street for £240,000.")
    assert "two" not in texts
    assert "£240,000" in texts
