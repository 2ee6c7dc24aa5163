"""Round 6b figure precision: the head count of a group doing a job in the story ("a team
of 20 followed"), a count the parse hangs on a possessor ("three children's books"), and a
size written as an adjective of a thing ("the 38-metre ferry", "a 20-yard shot") next to
the figures an editor keeps ("sent a team of 11 investigators", "a crew of six was
rescued", "a 4-mile stretch was closed"). Every sentence here is synthetic, written for
these tests (invented people, places, firms and clubs)."""

from __future__ import annotations

from briefsmith.core.extraction.figures import find_figures
from briefsmith.engines.linguistic import analysis_of


def _texts(text: str) -> set[str]:
    return {f.text for f in find_figures(text, analysis_of(text))}


# --- the size of a group doing something incidental --------------------------------


def test_crime_a_team_that_follows_is_colour():
    # local crime story
    texts = _texts(
        "Two officers forced the door at the Greyling Road unit; a team of 18 followed "
        "with a dog and seized cannabis worth £90,000."
    )
    assert "18" not in texts
    assert "£90,000" in texts


def test_sea_rescuers_counted_as_agents_are_colour():
    # broadcaster rescue story
    texts = _texts(
        "Harriet Molvey, 63, was rescued by a crew of five from the Penmarrow lifeboat "
        "station after 14 hours clinging to her upturned dinghy."
    )
    assert "five" not in texts


def test_farming_a_buying_syndicate_is_colour():
    # wire agriculture story
    texts = _texts(
        "The bull was sold for A$310,000 to a syndicate of four studs from Victoria after "
        "a bidding duel."
    )
    assert "four" not in texts
    assert "A$310,000" in texts


def test_a_team_sent_out_stays_a_figure():
    # wire transport story: the response an authority sends is news
    texts = _texts(
        "The safety board sent a team of 14 investigators to the crash site near Orlund."
    )
    assert "14" in texts


def test_a_crew_that_is_rescued_stays_a_figure():
    # broadcaster maritime story: the group is itself the casualty
    texts = _texts("A crew of seven was rescued from the trawler Kestrel Rose off Brannock Head.")
    assert "seven" in texts


# --- a count the parse hangs on a possessor -----------------------------------------


def test_crime_a_count_on_a_possessor_is_colour():
    # local crime story
    texts = _texts(
        "A neighbour said four children's coats and a pram had been left in the hallway of "
        "the house, where 300 plants were found."
    )
    assert "four" not in texts
    assert "300" in texts


# --- a size written as an adjective of a thing --------------------------------------


def test_courts_a_vessel_s_length_is_colour():
    # wire courts story
    texts = _texts(
        "The jury heard the 42-metre ferry struck the yacht at 14 knots, killing two of its crew."
    )
    assert "42" not in texts


def test_sport_a_shot_s_length_is_colour():
    # tabloid football story
    texts = _texts(
        "Okoro curled a 25-yard shot into the top corner to give Pellham a 2-1 win in "
        "front of 6,200 fans."
    )
    assert "25" not in texts
    assert "6,200" in texts


def test_arts_a_painting_s_width_is_colour():
    # broadsheet culture story
    texts = _texts(
        "The gallery removed Harvest Hymn, a 4-metre-wide canvas by the painter Ines "
        "Carrow, after 1,300 people signed a petition."
    )
    assert "4" not in texts
    assert "1,300" in texts


def test_a_closed_stretch_keeps_its_length():
    # local traffic story: the length of road shut is the news
    texts = _texts("A 6-mile stretch of the B2140 was closed for seven hours after the crash.")
    assert "6" in texts


def test_a_tailback_keeps_its_length():
    # broadcaster traffic story
    texts = _texts("Drivers faced a 12-mile tailback on the M9 after a lorry overturned.")
    assert "12" in texts


# --- tenure and review points against kept spans -----------------------------------


def test_economy_a_tenure_after_which_a_job_was_lost_is_background():
    # broadcaster economy story
    texts = _texts(
        "Dora Pikeley, 52, from Hexby, lost her job at a bakery in March after 11 years, "
        "one of 240 staff laid off."
    )
    assert "11 years" not in texts
    assert "240" in texts


def test_council_a_review_point_is_no_figure():
    # local government story
    texts = _texts("The £2 parking charge will be reviewed after 18 months, the council said.")
    assert "18 months" not in texts
    assert "£2" in texts


def test_business_a_tenure_at_the_helm_is_background():
    # wire business story
    texts = _texts(
        "After nine years at the helm, Corwen Adeyemi said he would step down as chief "
        "executive of Talbrook, which lost £31m last year."
    )
    assert "nine years" not in texts


def test_a_release_after_a_span_keeps_it():
    # wire world story: how long someone was held is the news
    texts = _texts("The aid worker was released after 18 months, her family said.")
    assert "18 months" in texts


def test_a_span_spent_in_a_place_keeps_it():
    # broadsheet courts story
    texts = _texts("Halloran walked free after three years in prison awaiting his appeal.")
    assert "three years" in texts
