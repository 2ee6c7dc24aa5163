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


# --- whose total, score or bowling figures ------------------------------------------


def _measure_of(text: str, span: str) -> str:
    found = [f for f in _figures(text) if f.text == span]
    assert found, f"{span!r} not found in {_texts(text)}"
    return found[0].measures


def test_innings_total_measures_the_side_that_made_it():
    # wire cricket story
    text = "Tarrant Vale posted 288 for seven from their 50 overs at Moss Lane."
    assert _measure_of(text, "288 for seven") == "Tarrant Vale's total"


def test_bowling_figures_measure_the_bowler():
    # broadsheet cricket story
    text = "Spinner Keiko Ashworth took six for 54 as Harland were bowled out for 211."
    assert "Keiko Ashworth's bowling figures" in _measure_of(text, "six for 54")


def test_unbeaten_score_measures_the_batter():
    # local cricket story
    text = "Captain Rohan Dallimore, 31, made 96 not out before rain ended the match."
    assert "Rohan Dallimore's unbeaten score" in _measure_of(text, "96 not out")


# --- a points tally or gap says whose it is ------------------------------------------


def test_points_gap_behind_names_the_side_and_the_leaders():
    # broadcaster rugby league story
    text = (
        "Kelderby Rhinos are third on 22 points, six points behind the leaders Ashfield "
        "Saints with four rounds left."
    )
    measures = _measure_of(text, "six")
    assert "Kelderby Rhinos" in measures
    assert "behind" in measures and "leaders" in measures


def test_points_from_safety_names_the_side():
    # tabloid football story
    measures = _measure_of("Brinscombe United are five points from safety.", "five")
    assert "Brinscombe United" in measures
    assert "safety" in measures


def test_points_clear_takes_where_from_the_verb():
    # wire football story
    text = (
        "Real Castelo beat Unión Marbea 3-0 on Saturday to move four points clear at the "
        "top of the Segunda table."
    )
    measures = _measure_of(text, "four")
    assert "Real Castelo" in measures
    assert "top" in measures


def test_season_points_total_names_the_side():
    # local rugby story
    measures = _measure_of(
        "Tremorva end the campaign with 17 wins from 20 games and 81 points.", "81"
    )
    assert "Tremorva" in measures


def test_points_gap_after_leaves_names_the_side_left_there():
    # broadsheet rugby story: the win leaves the side behind, not the win
    text = "The defeat leaves Harlow Vale fifth, nine points behind the play-off places."
    measures = _measure_of(text, "nine")
    assert "Harlow Vale" in measures
    assert "defeat" not in measures


# --- points of a rate: the change of the rate, not "percentage points" -----------------


def test_percentage_points_measure_the_rate_that_changed():
    # wire business story
    figures = _figures(
        "Gross margin at Stellan Foods fell 0.8 percentage points in the half because of "
        "promotions."
    )
    margin = [f for f in figures if f.value == 0.8]
    assert margin
    assert margin[0].text == "0.8 percentage points"
    assert "margin" in margin[0].measures.lower()


def test_basis_points_measure_the_rate_that_changed():
    # broadcaster economy story
    figures = _figures("The Bank of Kestria raised its main rate by 50 basis points on Thursday.")
    rate = [f for f in figures if f.value == 50]
    assert rate
    assert rate[0].text == "50 basis points"
    assert "rate" in rate[0].measures.lower()


# --- a career record told to describe someone ------------------------------------------


def test_career_average_in_a_description_is_background():
    # local cricket story
    texts = _texts(
        "Piotr Ostrowski, whose career batting average is 12.3, hit 88 not out to win the "
        "game for Hollin Moor."
    )
    assert "12.3" not in texts
    assert "88 not out" in texts


def test_career_earnings_in_a_description_are_background():
    # wire golf story
    texts = _texts(
        "Kwame Mensah, whose career earnings stand at $3.2 million, won $450,000 at the "
        "Lakeside Classic on Sunday."
    )
    assert "$3.2 million" not in texts
    assert "$450,000" in texts


def test_a_career_best_today_stays_a_figure():
    # broadsheet cricket story: the day's own performance
    texts = _texts("Seamer Lily Thorne took a career-best seven for 45 as Dunholm won.")
    assert "seven for 45" in texts


# --- a small gap is still a gap; a time after a count is not what it counts -----------


def test_a_two_point_gap_is_kept():
    # local rugby story
    text = (
        "The victory lifts Clearwater Rovers to second in the table, two points behind Harlow Park."
    )
    assert _unit_of(text, "two") == "points"


def test_a_pair_of_things_stays_colour():
    # local crime story: a small spelled count with no gap after it
    assert "two" not in _texts("Two men broke into the Harlow Road pharmacy on Monday night.")


def test_count_before_next_year_does_not_count_years():
    # trade retail story: "open 12 next year" counts stores, not years
    figures = _figures("The chain said it would close 25 stores and open 12 next year.")
    opened = [f for f in figures if f.value == 12]
    assert all(f.unit != "years" for f in opened)


# --- athletics: the event's distance names it; the winning time is the figure ----------


def test_event_distance_is_a_name_and_the_time_a_figure():
    # wire athletics story
    figures = _figures(
        "Marnie Oakes won the 400m in 51.82 seconds, the fastest time by a British woman this year."
    )
    texts = {f.text for f in figures}
    assert "400m" not in texts
    assert "51.82 seconds" in texts


def test_event_distance_before_final_is_a_name():
    # broadcaster swimming story
    texts = _texts("Ines Corvalho won the 200m freestyle final in 1 minute 55.3 seconds.")
    assert "200m" not in texts


def test_a_distance_run_stays_a_figure():
    # local story: a length the story measures, not an event's name
    figures = _figures("The charity walkers covered 42km in a day to raise £3,200 for the hospice.")
    assert [f.value for f in figures] == [42, 3200]


def test_talks_lasting_minutes_stay_colour():
    # broadsheet politics story: minutes in passing, not a race time
    texts = _texts("The two leaders met in Vellmar and the talks lasted 40 minutes.")
    assert "40 minutes" not in texts


# --- an offset with its own clause only places an event ---------------------------------


def test_offset_after_a_clause_is_no_figure():
    # wire business story
    texts = _texts(
        "Bramwell Logistics collapsed three weeks after it lost a £40m contract with Orrin Foods."
    )
    assert "three weeks" not in texts
    assert "£40m" in texts


def test_offset_after_a_passive_clause_is_no_figure():
    # local crime story
    texts = _texts("Dean Larkin was arrested 48 hours after the van was found in Colton Woods.")
    assert "48 hours" not in texts


def test_notice_before_an_event_stays_a_figure():
    # broadcaster culture story: how little notice was given is the news
    texts = _texts("The Marsh Lights festival was cancelled nine days before it was due to open.")
    assert "nine days" in texts


def test_career_average_read_as_the_root_is_still_background():
    # broadsheet cricket story: the parse can hang the "whose" clause as the sentence root
    texts = _texts(
        "Hughes, whose career bowling average is 41.6, did not take a wicket, and Tarlow "
        "ended on 302 for seven."
    )
    assert "41.6" not in texts
    assert "302 for seven" in texts


# --- the last item of a seized list is measured by the clause, not the item before ----


def test_cash_at_the_end_of_a_seized_list_is_measured_by_the_seizure():
    # local crime story
    text = "Officers seized three cars, two motorbikes and £14,000 in cash from the house."
    measures = _measure_of(text, "£14,000")
    assert "seized" in measures and "cash" in measures
    assert "motorbikes" not in measures


def test_cash_after_drugs_in_a_list_is_not_measured_as_the_drugs():
    # wire crime story
    text = "Police recovered a shotgun, 2kg of cocaine and £30,000 in cash from the flat."
    measures = _measure_of(text, "£30,000")
    assert "cocaine" not in measures
    assert "recovered" in measures


# --- the games a tally is taken from only frame it ----------------------------------------


def test_goals_in_games_keep_the_games_played():
    # tabloid football story: the games played are a record of their own
    figures = _figures("Tayo Brennan has scored 23 goals in 34 games for Kilbride this season.")
    assert [f.value for f in figures] == [23, 34]


def test_points_from_a_possible_keep_the_points_only():
    # local football story
    figures = _figures("Ashby Vale have taken 16 points from a possible 18 since March.")
    assert [f.value for f in figures] == [16]


def test_points_from_fewer_games_keep_the_points_only():
    # broadcaster rugby story: the games can be fewer than the points
    figures = _figures("Brenlow finish second on 52 points from 18 games.")
    assert [f.value for f in figures] == [52]


def test_a_gap_within_points_of_the_top_is_kept():
    # broadcaster football story
    text = "Dunmore Ladies won 2-0 to move within two points of the top of the table."
    assert _unit_of(text, "two") == "points"


def test_a_list_of_prices_keeps_its_own_reading():
    # local story: "adults paying £8 and under-16s £2" is no list of seized things
    text = "Tickets stay cheap, with adults paying £9 and under-16s £3 at the gate."
    assert "payment by adults" not in _measure_of(text, "£3")


def test_runners_from_countries_keep_both_counts():
    # wire athletics story: a field's make-up, not a tally's games
    figures = _figures("About 38,000 runners from 120 countries started the race in Valmora.")
    assert 120 in [f.value for f in figures]
