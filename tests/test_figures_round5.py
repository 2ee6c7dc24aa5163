"""Figures an editor would not keep, and the ones they would, across beats and outlet
styles (Australian and Irish property pages, UK and Irish local crime and weather,
tabloid captions, sport quotes): house numbers, "the big four" names, hyperbole in
quotes, caption lines, casualties taken to hospital and a margin hung on "above".
Every article here is synthetic, written for these tests (invented people, firms,
streets and places)."""

from __future__ import annotations

from briefsmith.core.cleaning import picture_lines
from briefsmith.core.extraction.figures import find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str):
    return find_figures(text, analysis_of(text))


def _texts(text: str) -> list[str]:
    return [f.text for f in _figures(text)]


def _by_text(text: str) -> dict[str, tuple[float, str | None, str]]:
    return {f.text: (f.value, f.unit, f.measures) for f in _figures(text)}


# --- house numbers --------------------------------------------------------------------


def test_local_crime_a_house_number_is_not_a_figure():
    # Irish local crime report
    text = (
        "Gardaí were called to a house at 27 Larchmont Avenue, Kilbeggan, shortly after "
        "2am on Sunday, where a man in his 30s had been stabbed. Two men were arrested."
    )
    assert "27" not in _texts(text)


def test_property_a_house_number_goes_but_the_sale_price_stays():
    # Australian property page
    text = "The four-bedroom home at 112 Ocean Parade, Coogee, sold for A$3.15 million on Saturday."
    figures = _by_text(text)
    assert "112" not in figures
    assert figures["A$3.15 million"][:2] == (3_150_000, "AUD")


def test_fire_at_a_numbered_street_keeps_its_casualty_count():
    # UK local news, fire
    text = (
        "Fire crews were called to a blaze at 9 Mercer Street in Dunmore, and 14 residents "
        "were evacuated from neighbouring flats."
    )
    texts = _texts(text)
    assert "9" not in texts
    assert any(t.startswith("14") for t in texts)


def test_a_count_of_high_street_shops_is_still_a_figure():
    # business, broadsheet: the street name counts shops, not a door
    text = (
        "More than 40 High Street shops have closed in Barrowfield since January, the council said."
    )
    assert any("40" in t for t in _texts(text))


# --- "the big four" -------------------------------------------------------------------


def test_the_big_four_banks_is_a_name_not_a_count():
    # Australian business wire
    text = (
        "The Reserve Bank cut the cash rate by 25 basis points to 3.35 per cent, and the "
        "big four banks passed the cut on in full within a day."
    )
    texts = _texts(text)
    assert "four" not in texts
    assert "3.35 per cent" in texts


def test_the_big_three_agencies_is_a_name_not_a_count():
    text = (
        "The Big Three ratings agencies kept Ireland's outlook stable, and bond yields fell 0.2%."
    )
    texts = _texts(text)
    assert "Three" not in texts
    assert "0.2%" in texts


# --- hyperbole in quotes --------------------------------------------------------------


def test_a_million_miles_in_a_quote_is_a_figure_of_speech():
    # sport, broadcaster
    text = '"It\'s a million miles from where we were in August," said Carrow coach Danny Roake.'
    assert _texts(text) == []


def test_money_told_as_a_million_pounds_in_a_quote_is_kept():
    # local business: money in someone's words is still money
    text = '"We lost a million pounds of stock in one night," said warehouse owner Keir Madden.'
    figures = _by_text(text)
    assert figures["a million"][:2] == (1_000_000, "GBP")


# --- casualties taken to hospital ----------------------------------------------------


def test_two_people_taken_to_hospital_are_a_casualty_count():
    # Irish local, road crash
    text = "Two people were taken to hospital after a collision on the N7 near Naas, gardaí said."
    figures = _by_text(text)
    assert figures["Two"][:2] == (2, "people")
    assert "hospital" in figures["Two"][2]


def test_men_airlifted_to_hospital_are_a_casualty_count():
    # UK local weather, mountain rescue
    text = "Two walkers were airlifted to hospital after being caught in the storm on Pen Crug."
    assert "Two" in _texts(text)


def test_two_children_in_the_car_stay_colour():
    # the same small count with no casualty verb is colour
    text = (
        "Firefighters rescued a woman and her two children from a car stuck in floodwater "
        "on the B3181."
    )
    assert "two" not in _texts(text)


# --- a margin hung on "above" ---------------------------------------------------------


def test_an_auction_margin_above_the_reserve_is_kept_with_what_it_measures():
    # Australian property page
    text = "The house sold at auction for $1.34 million, $190,000 above its reserve."
    figures = _by_text(text)
    assert "$1.34 million" in figures
    value, unit, measures = figures["$190,000"]
    assert (value, unit) == (190_000, "USD")
    assert "above its reserve" in measures


# --- caption lines ---------------------------------------------------------------------


def test_numbers_in_a_tabloid_caption_line_are_not_figures():
    # tabloid sport: the caption repeats and adds colour; the story's own figures stay
    text = (
        "Striker Dion Maffey has handed in a transfer request, Ashbury Town confirmed.\n\n"
        "Dion Maffey (pictured) has scored six goals in 27 games since his move from Ghent\n\n"
        "Town paid £2.4million for the forward in the summer."
    )
    texts = _texts(text)
    assert "27" not in texts
    assert "six" not in texts
    assert "£2.4million" in texts


def test_a_story_sentence_that_points_at_a_picture_keeps_its_figures():
    # tabloid crime: a full sentence with a full stop is the story
    text = (
        "Ms Lark (pictured with her spaniel last summer) has put up more than 300 posters "
        "across the city, and her family has offered a £5,000 reward."
    )
    assert picture_lines(text) == []
    texts = _texts(text)
    assert "more than 300" in texts
    assert "£5,000" in texts


def test_picture_lines_finds_only_the_unfinished_pointing_line():
    text = (
        "Mr Bray was jailed for six years.\n\n"
        "Mr Bray (pictured outside court) had been the club's treasurer for 19 years\n\n"
        "He must repay £48,000."
    )
    spans = picture_lines(text)
    assert len(spans) == 1
    start, end = spans[0]
    assert text[start:end].startswith("Mr Bray (pictured outside court)")


# --- ages in passing --------------------------------------------------------------------


def test_the_age_someone_left_school_at_is_not_a_figure():
    # broadsheet obituary
    text = (
        "Born in Tralee, she was the daughter of a docker and left school at 15 to work in "
        "a bakery. She sold 40,000 copies of her first cookbook."
    )
    texts = _texts(text)
    assert "15" not in texts
    assert "40,000" in texts


def test_a_toll_standing_at_a_number_is_still_a_figure():
    # wire disaster report: the subject is no person, so "at 15" is a count
    text = "The death toll stood at 15 on Sunday night, officials said."
    assert "15" in _texts(text)


def test_a_widow_of_88_is_an_age_even_when_the_parse_hangs_it_on_the_next_noun():
    # local courts, prosecutor's words
    text = (
        '"In one case he showed a widow of 88 a photograph of a damp wall that was not in '
        'her house," the prosecutor said. He took £61,000 from 11 victims.'
    )
    texts = _texts(text)
    assert "88" not in texts
    assert "£61,000" in texts


# --- codes, spans of years and numbers to dial ----------------------------------------


def test_a_junction_number_with_a_letter_is_a_code():
    # UK local travel
    text = "Traffic was diverted off the M4 at junction 23A after a lorry shed 12 tonnes of gravel."
    texts = _texts(text)
    assert "23" not in texts
    assert any(t.startswith("12") for t in texts)


def test_fahrenheit_and_celsius_readings_are_not_codes():
    # US and Spanish weather wires
    assert "28" in _texts("Temperatures fell to 28F overnight in Denver.")
    assert "41" in _texts("It hit 41C in Seville, the highest reading in Spain this year.")


def test_the_second_year_of_a_financial_year_is_not_a_figure():
    # Australian budget story
    text = "The 2024-25 budget set aside A$1.2 billion for 1,200 social homes."
    texts = _texts(text)
    assert "25" not in texts
    assert "A$1.2 billion" in texts
    assert "1,200" in texts


def test_a_round_count_of_calls_is_not_a_number_to_dial():
    # Irish local weather: "999 calls" is a number dialled, "300 calls" a count
    figures = _by_text("Gardaí received more than 300 calls between 6pm and midnight.")
    assert figures["more than 300"][0] == 300
    assert "calls" in figures["more than 300"][2]


def test_a_golfer_finishing_at_a_score_is_no_age():
    # sport wire: "at 12" followed by the rest of a score is not an age
    # (round 27: the score to par is one figure, "12 under par")
    texts = _texts("Orla Keane finished at 12 under par, three shots clear of the field.")
    assert "12 under par" in texts


def test_a_house_number_on_a_court_is_not_a_figure():
    # Australian property page
    texts = _texts("The auction at 3 Wattle Court attracted 12 registered bidders.")
    assert "3" not in texts
    assert "12" in texts


def test_a_brand_written_with_digits_and_a_number_word_is_no_range():
    # Australian local crime
    text = "A 7-Eleven store on Smith Street was held up at knifepoint, and £400 was taken."
    texts = _texts(text)
    assert not any(t.startswith("7") for t in texts)
    assert "£400" in texts


def test_the_top_ten_per_cent_of_a_market_is_a_group_not_a_figure():
    # Australian property page
    text = "Properties in the top 10% of the Sydney market now cost more than A$3 million."
    texts = _texts(text)
    assert "10%" not in texts
    assert "more than A$3 million" in texts


def test_irish_sale_over_asking_keeps_the_margin_and_drops_the_house_number():
    # Irish property supplement: "over" parsed onto the house, not the margin
    text = (
        "A three-bed house at 27 Ashfield Park, Terenure, sold for €1.05m, €155,000 over "
        "its asking price."
    )
    figures = _by_text(text)
    assert "27" not in figures
    assert figures["€1.05m"][:2] == (1_050_000, "EUR")
    assert "asking price" in figures["€155,000"][2]


def test_a_rent_set_against_a_ranked_place_is_kept():
    # Irish rent report
    text = "Galway City was the third most expensive place to rent, at €2,100 a month."
    figures = _by_text(text)
    assert figures["€2,100"][:2] == (2_100, "EUR")
    assert "place" in figures["€2,100"][2]


def test_a_cricket_six_over_long_on_is_no_margin():
    # local cricket report: a spelled shot, not a sum hung on "over"
    text = "Okafor brought up his hundred with a six over long-on in the final over."
    assert "six" not in _texts(text)
