"""Figure precision, round 4b: values below zero, prefixed currencies, length units, and
spans of time that tell a person's background.

Every article here is synthetic, written for these tests (invented names, towns, firms
and numbers), in the styles of wire, broadcaster, local, tabloid and sports copy.
"""

from __future__ import annotations

from briefsmith.core.extraction.figures import find_figures
from briefsmith.core.numbers import find_numbers
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str):
    return find_figures(text, analysis_of(text))


def _by_value(text: str) -> dict[float, object]:
    return {f.value: f for f in _figures(text)}


# --- values below zero -----------------------------------------------------------------


def test_minus_before_a_temperature_is_a_negative_value():
    text = (
        "Overnight lows fell to minus 8C in Braemoor, the forecaster said, and 35 schools "
        "stayed shut across the glen."
    )
    figures = _by_value(text)
    assert -8 in figures and 8 not in figures
    assert figures[-8].unit == "celsius"
    assert 35 in figures


def test_a_minus_sign_before_degrees_is_negative_but_a_range_is_not():
    assert [m.value for m in find_numbers("The prairie shivered through -31C on Tuesday.")] == [-31]
    assert [m.value for m in find_numbers("Highs of 5-8C are expected.")] == [5, 8]


def test_minus_word_works_for_shares_too():
    (mention,) = find_numbers("The economy grew by minus 0.3 per cent in the quarter.")
    assert mention.value == -0.3 and mention.percent


# --- currencies written before the amount ----------------------------------------------


def test_prefixed_dollars_keep_their_country():
    text = (
        "The airline group Koorana Air posted a loss of A$3.2bn for the year. Ottawa-based "
        "Lestrade Mining agreed to buy the mine for C$740 million in cash."
    )
    figures = _by_value(text)
    assert figures[3.2e9].unit == "AUD"
    assert figures[7.4e8].unit == "CAD"


def test_an_iso_code_before_an_amount_is_its_currency():
    text = "The lender, Fjellbank, reported a profit of NOK 2.3bn for the quarter."
    figures = _by_value(text)
    assert figures[2.3e9].unit == "NOK"
    assert "profit" in figures[2.3e9].measures


# --- inches and centimetres are lengths ------------------------------------------------


def test_inches_of_snow_are_a_length():
    text = "The storm dumped up to 14 inches of snow on Fairhaven by Sunday morning."
    assert _by_value(text)[14].unit == "inches"


# --- a person's background told as a span ----------------------------------------------


def test_a_relative_clause_on_a_person_holds_background_years():
    text = (
        "Grower Ailsa Penhale, whose family has farmed the valley for 80 years, lost 40 "
        "acres of wheat to the flood."
    )
    figures = _by_value(text)
    assert 80 not in figures
    assert 40 in figures


def test_seasons_at_a_club_in_a_who_clause_are_background():
    text = (
        "Goalkeeper Rhys Manning, who has played for the club for 14 seasons, was sent off "
        "as Dunmere lost 3-1 in front of 4,200 fans."
    )
    figures = _by_value(text)
    assert 14 not in figures
    assert 4200 in figures


def test_the_years_someone_was_too_ashamed_to_speak_are_background():
    text = (
        "A widow from Tadley said she had been too frightened to tell her children for "
        "three years after handing over £48,000 to the fraudster."
    )
    figures = _by_value(text)
    assert 3 not in figures
    assert 48000 in figures


def test_a_teacher_s_tenure_goes_but_the_suspension_stays():
    text = "The teacher, who has taught at the school for 22 years, was suspended for six months."
    figures = _by_value(text)
    assert 22 not in figures
    assert 6 in figures


def test_people_stranded_for_hours_in_a_relative_clause_is_the_story():
    text = "Passengers who have been stranded for 14 hours were given vouchers worth £25."
    assert 14 in _by_value(text)


def test_a_thing_that_has_done_something_for_months_is_not_a_person():
    text = (
        "A European spacecraft that has been shadowing a comet for 14 months has detected "
        "at least 27 carbon-based molecules, scientists said."
    )
    figures = _by_value(text)
    assert 14 in figures and 27 in figures


# --- what a group is made of, and the set a ranking counts in --------------------------


def test_a_jury_s_make_up_is_not_a_figure():
    text = (
        "A jury of seven women and five men convicted Colm Pardew of stealing £84,000 from "
        "the Tansley credit union."
    )
    figures = _by_value(text)
    assert 7 not in figures and 5 not in figures
    assert 84000 in figures


def test_a_family_of_four_is_colour_but_the_homes_destroyed_are_news():
    text = (
        "A family of four escaped unhurt after the blaze, which destroyed 12 homes on the "
        "Orchard estate in Kelby."
    )
    figures = _by_value(text)
    assert 4 not in figures
    assert 12 in figures


def test_the_set_a_ranking_counts_in_is_not_a_figure():
    text = (
        "Brellow Foods, which supplies four of Britain's five largest supermarkets, will cut "
        "340 jobs at its plant in Hexley."
    )
    figures = _by_value(text)
    assert 4 not in figures and 5 not in figures
    assert 340 in figures


def test_a_gang_s_size_is_still_counted():
    text = "A gang of four men stole 60 laptops from Marsh Lane primary school overnight."
    figures = _by_value(text)
    assert 60 in figures
    assert 4 in figures


# --- a count a speaker gives of their own doings ---------------------------------------


def test_a_speaker_s_own_tally_in_a_quote_is_colour():
    text = (
        '"I\'ve sent off 45 applications since March and heard nothing," said Dana '
        "Whitlow, one of 230 workers laid off by the Ashby paper mill."
    )
    figures = _by_value(text)
    assert 45 not in figures
    assert 230 in figures


def test_a_body_s_we_and_a_speaker_s_money_stay_news():
    text = (
        '"We have already rehoused 38 families and we will rehouse the rest," the council '
        'leader said. "I lost £40,000 and my marriage," said Colin Reddy, a former tenant.'
    )
    figures = _by_value(text)
    assert 38 in figures
    assert 40000 in figures


# --- one sum told twice, once with its country and once as plain dollars ---------------


def test_prefixed_dollars_and_plain_dollars_are_one_sum():
    text = (
        "Grain growers in the Morrow district face losses of A$36 million after the hail, "
        "the farmers' federation said.\n\n"
        '"Thirty-six million dollars of wheat is gone in an afternoon," chair Lachlan '
        "Birtles said."
    )
    amounts = [f for f in _figures(text) if f.value == 36_000_000]
    assert len(amounts) == 1
    assert amounts[0].unit == "AUD"


# --- the size of a person's own thing --------------------------------------------------


def test_the_size_of_someone_s_own_block_or_boat_is_colour():
    text = (
        "Renata Vossberg walked her 45-hectare block on Sunday as crews cleared 300 "
        "hectares of burnt scrub. Skipper Jon Brady moored his 40-foot yacht at Harwich, "
        "where 120 boats had gathered."
    )
    figures = _by_value(text)
    assert 45 not in figures and 40 not in figures
    assert 300 in figures and 120 in figures


def test_the_size_of_a_planned_road_stays():
    text = "The council will build a 3.2-mile relief road costing £58m, it said on Friday."
    figures = _by_value(text)
    assert 3.2 in figures and 58_000_000 in figures


# --- a fraction of an amount told before -----------------------------------------------


def test_a_fraction_of_that_or_it_adds_no_figure():
    text = (
        "Jewellery worth £310,000 was taken in the raids. Less than a third of it has been "
        "recovered. Her orchard normally yields 90 tonnes of apples; this year she expects "
        "less than a fifth of that."
    )
    figures = _figures(text)
    assert not [f for f in figures if f.unit == "fraction"]
    assert 310000 in {f.value for f in figures}


def test_a_fraction_of_a_named_whole_stays():
    text = "Around a third of the 1,200 staff at the Dunmore plant will lose their jobs."
    figures = _by_value(text)
    assert 0.333 in figures and 1200 in figures


# --- a number glued into the name of a kind of thing -----------------------------------


def test_a_nine_darter_or_a_six_pointer_counts_nothing():
    text = (
        "Keld Harmon hit a nine-darter on his way to the £40,000 title. Stanmore face a "
        "relegation six-pointer at Ebbfield on Saturday, when 6,400 fans are expected."
    )
    figures = _by_value(text)
    assert 9 not in figures and 6 not in figures
    assert 40000 in figures and 6400 in figures


def test_a_length_glued_to_its_noun_is_still_a_unit():
    text = "Officials said the new 400-meter bridge would open to 9,000 vehicles a day."
    assert 400 in _by_value(text)
