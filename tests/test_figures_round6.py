"""Round 6 figure precision: numbers an editor would not keep next to ones they would.
Time offsets ("three months later", "again two days after"), small spelled counts of
incidental things told inside another thing's description ("footage from five doorbell
cameras", "hedgerows on four farms"), and a score in a passer-by's background ("who beat
his neighbour 7-5"). Every sentence here is synthetic, written for these tests (invented
people, places, firms and clubs)."""

from __future__ import annotations

from briefsmith.core.extraction.figures import find_figures
from briefsmith.engines.linguistic import analysis_of


def _texts(text: str) -> set[str]:
    return {f.text for f in find_figures(text, analysis_of(text))}


# --- durations that only place an event in time -------------------------------------


def test_business_a_span_later_is_an_offset_not_a_figure():
    # local business story
    texts = _texts(
        "Harwell quietly resigned from the council four months later, taking a £60,000 payoff."
    )
    assert "£60,000" in texts
    assert "four months" not in texts


def test_crime_days_later_mid_sentence_is_an_offset():
    # broadcaster crime story
    texts = _texts(
        "Police were called again five days later, when a second fire destroyed 12 cars."
    )
    assert "five days" not in texts
    assert "12" in texts


def test_science_after_used_as_an_adverb_is_an_offset():
    # broadcaster science story: "again two days after," means "two days later"
    texts = _texts(
        "Volunteers counted 8,200 beetles at each pond, at dusk and again two days after, "
        "using a net and a torch."
    )
    assert "two days" not in texts
    assert "8,200" in texts


def test_a_sentence_followed_by_after_stays_a_figure():
    # wire courts story: "for two years after admitting" is a span the story reports
    texts = _texts("The chemist was jailed for two years after admitting fraud worth £86,000.")
    assert "two years" in texts
    assert "£86,000" in texts


def test_a_lead_time_before_the_event_stays_a_figure():
    # local culture story: how long before opening a festival was called off is news
    texts = _texts(
        "The Brindle Fields festival has been cancelled nine days before it was due to open."
    )
    assert "nine days" in texts


# --- small spelled counts of incidental things --------------------------------------


def test_crime_cameras_a_footage_comes_from_are_incidental():
    # tabloid crime story
    texts = _texts(
        "Detectives are reviewing footage from five doorbell cameras after £14,000 of "
        "jewellery was taken."
    )
    assert "£14,000" in texts
    assert "five" not in texts


def test_science_farms_a_sample_was_spread_over_are_incidental():
    # broadsheet science story
    texts = _texts(
        "The team fed the additive to 310 dairy cows on four farms in Somerset and cut "
        "their methane by 19%."
    )
    assert "four" not in texts
    assert {"310", "19%"} <= texts


def test_culture_continents_a_counted_sale_reached_are_incidental():
    # obituary style: the 300 works are the count; the continents only place them
    texts = _texts("Over her career she sold 300 tapestries to collectors on four continents.")
    assert "300" in texts
    assert "four" not in texts


def test_counts_the_event_acts_on_stay_figures():
    # local crime and wire disaster sentences: what the news verb acts on is the news
    assert "six" in _texts(
        "The gang targeted six pharmacies in a fortnight, stealing goods worth £31,000."
    )
    assert "four" in _texts("Police arrested four men on suspicion of robbery.")
    assert "Three" in _texts("Three children died in the fire, which started in a kitchen.")
    assert "four" in _texts(
        "Water samples were taken at four points along the river, the agency said."
    )


# --- a score in someone's background --------------------------------------------------


def test_a_score_in_a_passer_by_background_is_colour():
    # local crime story: a neighbour's bowls game names no contest the story is about
    texts = _texts(
        "Retired postman Alan Pike, 71, who beat his neighbour Gordon 7-5 at bowls on "
        "Sunday, said the van had been there since 2am."
    )
    assert "7-5" not in texts


def test_a_result_the_story_reports_stays_a_figure():
    # broadcaster sport story
    texts = _texts("Harton Rovers beat Millbrook 3-1 on Saturday to go top of the league.")
    assert "3-1" in texts


def test_places_a_striking_subject_works_at_stay_figures():
    # broadcaster health story: how many hospitals the strike hits is its scale
    texts = _texts("Nurses at four hospitals in Wenmouth will strike for 48 hours from Monday.")
    assert "four" in texts
    assert "48 hours" in texts


# --- windows: counts that frame a form guide ----------------------------------------


def test_sport_a_form_window_is_not_a_figure():
    # wire sport story: "their previous five matches" frames the form, it is no result
    texts = _texts(
        "Castlebrook, who had lost their previous four matches, won 2-0 in front of 6,200 fans."
    )
    assert "four" not in texts
    assert "6,200" in texts


def test_business_the_last_few_quarters_frame_a_change():
    # trade business story
    texts = _texts(
        "Orders at Pellow Tools fell 14% over its last three quarters, the company said."
    )
    assert "three" not in texts
    assert "14%" in texts
