"""Round 12b figures: numbers that name or describe something are not the story's figures.
A number before a capitalized span that opens a name ("the 10 Year Health Plan", "30
Hours Free Childcare", "its 5 Year Fixed Saver"); a road race's distance glued to its "K"
("a 10K run", "a 5k charity walk"); the rooms or floors of a home told as a compound
("a three-bedroom semi", "a four-bed terrace"); an age in passing whose "the N-year-old"
acts through a verb no list of "-ed" endings finds ("The 27-year-old wore", "the
34-year-old swore"); and a number that opens a work's title after the work's noun ("the
song 99 Problems", "the musical 9 to 5"); and the number of a book of scripture that comes
in parts ("1 Corinthians 13", "2 Timothy 4"); an airliner's model and variant after its
maker's possessive or a count of the jets ("Boeing's 737-9", "ordered 65 777-9 jets"),
where the count must not swallow the model as its thousands. Indian English sums are read
whole: the rupee ("Rs 3,800 crore", "₹12,400 crore", "Rs. 450") and the lakh and crore
scales ("5 lakh passengers"), rather than missed or listed as a bare "12,400". Betting
odds before the noun they price ("the 7-2 favourite", "a 33-1 outsider", "9-4 second
favourites") are no final score. A cricket score told with the balls or overs it came
from ("made 112 off 98 balls", "bowled out for 187 in 52.3 overs") is the runs, where the
parser hangs both numbers on the balls. A span of two units opened by "one" ("one hour and
45 minutes", "one year and eight months") or by "a" ("a year and eight months") is read
whole, not as its second part alone, and a whole number and a half ("two and a half
years", "two and a half million") is read with its half, not as the whole alone.
The news figures beside them stay: prices, sums,
counts of runners and homes, the size of a crowd in thousands, an institution's beds,
and the age of a thing.
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


def _values(text: str) -> set[float]:
    return {f.value for f in _figures(text)}


# --- a number that opens a name with a span of time ------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "kept"),
    [
        # broadsheet health politics
        ("Ministers said the 10 Year Health Plan would cost £2.4bn over the decade.", 10, 2.4e9),
        # trade environment
        ("The charity said the 25 Year Environment Plan had missed 14 of its targets.", 25, 14),
        # local business: a lender's product
        ("Pennant will cut the rate on its 10 Year Fix by 0.3 percentage points.", 10, 0.3),
        # broadcaster education
        ("About 410,000 families can claim 30 Hours Free Childcare from September.", 30, 410000),
        # trade motoring
        ("The 24 Hour Race at Brands Hatch drew 20,000 spectators on Sunday.", 24, 20000),
        # wire personal finance
        ("The lender's 5 Year Fixed Saver pays 4.1 per cent, the best rate on sale.", 5, 4.1),
    ],
)
def test_a_number_that_opens_a_name_with_a_span_is_part_of_it(
    text: str, label: float, kept: float
) -> None:
    values = _values(text)
    assert label not in values
    assert kept in values


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a real span stays: lower case, or a title-case word that is no name's
        ("The bank fixed the rate for 10 years, the lender said.", 10),
        ("Vance was jailed for 12 Years In 2019 after the fraud, court papers show.", 12),
    ],
)
def test_a_span_of_time_that_opens_no_name_stays(text: str, span: float) -> None:
    assert span in _values(text)


# --- a road race's distance -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # local charity
        ("Maisie Tolland completed a 10K run in Roundhay Park and raised £3,400.", 3400),
        # local sport
        ("More than 300 people took part in a 5k charity walk along the canal.", 300),
        # Irish local
        ("The club will hold a 10k race on New Year's Day with 450 places.", 450),
        # tabloid
        ("She trained for the 50K ultra by running 80 miles a week.", 80),
    ],
)
def test_a_race_distance_in_thousands_of_metres_is_no_figure(text: str, kept: float) -> None:
    values = _values(text)
    assert kept in values
    assert not values & {5000, 10000, 50000}


def test_a_course_opening_has_no_figure() -> None:
    assert _figures("Volunteers said a 5K course would open at Hollin Fields in March.") == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A 60k crowd watched the final at Murrayfield.", 60000),
        ("The startup paid its founder a £90k salary last year.", 90000),
    ],
)
def test_thousands_glued_to_a_k_stay(text: str, kept: float) -> None:
    assert kept in _values(text)


# --- the rooms or floors of a home -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # broadsheet housing
        ("A typical three-bedroom semi in the district now sells for £412,000.", 412000),
        # local property
        ("The couple bought a four-bedroom detached house in Cheadle for £640,000.", 640000),
        # tabloid property
        ("A three-bed terrace in the town costs an average of £198,000.", 198000),
        # Australian property
        ("A five-bedroom waterfront home in Manly sold for A$6.2 million.", 6.2e6),
    ],
)
def test_the_rooms_of_a_home_describe_it(text: str, kept: float) -> None:
    values = _values(text)
    assert values == {kept}


def test_beds_a_ward_or_a_jail_holds_stay() -> None:
    assert 46 in _values("The trust opened a 46-bed ward at the Royal Infirmary in March.")


# --- an age in passing, whoever the verb -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # sport broadsheet
        "The 27-year-old wore the captain's armband for the first time on Saturday.",
        # courts tabloid
        "The 34-year-old swore at officers and spat at a custody sergeant.",
        # local crime
        "The 41-year-old rang police herself, the court heard.",
    ],
)
def test_an_age_of_someone_who_acts_is_in_passing(text: str) -> None:
    assert _figures(text) == []


def test_a_golfer_s_round_stays_beside_the_age() -> None:
    values = _values("The 23-year-old shot a 68 to lead the Welsh Open by two strokes.")
    assert 23 not in values


def test_the_age_of_a_thing_stays() -> None:
    assert 80 in _values("The 80-year-old bridge collapsed during the storm, the council said.")


# --- a number that opens a work's title ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "kept"),
    [
        # culture broadsheet
        ("The band's song 99 Problems was streamed 40 million times last year.", 99, 4e7),
        # local theatre
        ("The hit musical 9 to 5 returns to the Palace Theatre for 18 nights in May.", 5, 18),
        # trade music
        ("Her single 7 Rings has sold 2.1 million copies in Britain.", 7, 2.1e6),
    ],
)
def test_a_number_in_a_work_s_title_is_part_of_it(text: str, title: float, kept: float) -> None:
    values = _values(text)
    assert title not in values
    assert kept in values


def test_times_a_work_was_played_stay() -> None:
    assert 40 in _values("The choir sang the song 40 times during the marathon concert.")


# --- a book of scripture told in parts ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # religion broadsheet
        "The vicar read from 1 Corinthians 13 at the funeral in Ashby.",
        # local religion
        "Readings from 1 Kings 19 and 2 Timothy 4 were chosen by the family.",
    ],
)
def test_the_number_of_a_book_of_scripture_is_part_of_its_name(text: str) -> None:
    assert _figures(text) == []


def test_a_count_before_a_capitalized_name_that_is_no_book_stays() -> None:
    assert 2 in _values("The diocese sent 2 Peterborough priests and 140 pilgrims to Rome.")


# --- an airliner's variant after a maker's possessive or a count ---------------------------


def test_a_variant_after_a_maker_s_possessive_is_a_model_name() -> None:
    text = "Boeing's 737-9 and the A321neo were both shown at Farnborough to 1,500 buyers."
    assert _values(text) == {1500}


def test_a_count_of_jets_keeps_apart_from_the_model_it_counts() -> None:
    # trade aviation: not "65 777" read as sixty-five thousand
    values = _values("Emirates ordered 65 777-9 jets worth $52bn at list prices.")
    assert 65 in values
    assert not values & {65777, 777, 9}


def test_a_number_grouped_by_a_plain_space_stays_one_number() -> None:
    assert 65777 in _values("The town had a population of 65 777 people at the census.")


# --- Indian English sums: rupees, lakh and crore --------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Indian wire business
        ("The Centre approved a Rs 3,800-crore package for shipyards on Wednesday.", 3.8e10),
        # Indian broadsheet politics
        ("The state will spend ₹12,400 crore on the new metro line, the minister said.", 1.24e11),
        # Indian local business
        ("Shares of the lender closed at Rs. 450 on the BSE on Tuesday.", 450),
    ],
)
def test_a_rupee_sum_is_read_whole(text: str, value: float) -> None:
    figures = _figures(text)
    assert [(f.value, f.unit) for f in figures] == [(value, "INR")]


def test_a_lakh_counts_hundreds_of_thousands() -> None:
    assert 500000 in _values(
        "The new line will serve about 5 lakh passengers a day, officials said."
    )


# --- betting odds are no score ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # racing broadsheet
        "The 7-2 favourite, Harbour Lights, won the Ebor Handicap by two lengths.",
        # racing wire
        "Copper Kettle, a 33-1 outsider, held on to win the Welsh National at Chepstow.",
        # politics tabloid
        "The Greens are 9-4 second favourites to win the seat, the bookmaker said.",
    ],
)
def test_odds_before_the_noun_they_price_are_no_score(text: str) -> None:
    assert _figures(text) == []


def test_the_result_after_the_odds_stays_the_score() -> None:
    figures = _figures("Rovers, the 5-2 favourites before kick-off, won 3-1 at Ashton Gate.")
    assert [(f.text, f.unit) for f in figures] == [("3-1", "score")]


# --- a cricket score told with the balls it came off ------------------------------------------


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        # sport broadsheet
        ("Ravindra Pillai made 112 off 98 balls, his fourth one-day century.", 112),
        # sport wire
        ("Northshire were bowled out for 187 in 52.3 overs at Grace Road.", 187),
        # Indian English sport
        ("Iyer hit 64 from 41 balls as Mumbai chased down the target.", 64),
    ],
)
def test_runs_told_with_the_balls_they_came_off_are_the_score(text: str, runs: float) -> None:
    figures = [f for f in _figures(text) if f.value == runs]
    assert [f.unit for f in figures] == ["runs"]


def test_laps_of_a_race_make_no_runs() -> None:
    figures = _figures("The race was cut to 40 from 57 laps after the crash, stewards said.")
    assert "runs" not in {f.unit for f in figures}


# --- a span of two units opened by "one" -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        # Scottish local transport
        ("The ferry crossing to Mull now takes one hour and 45 minutes, the operator said.", 105),
        # athletics broadcaster
        ("Dervla Quinn finished in one hour 45 minutes, a course record for the half.", 105),
    ],
)
def test_a_span_opened_by_one_is_read_whole(text: str, minutes: float) -> None:
    figures = _figures(text)
    assert [(f.value, f.unit) for f in figures] == [(minutes, "minutes")]


def test_a_sentence_of_one_year_and_some_months_is_one_term() -> None:
    figures = _figures("Colm Darcy was jailed for one year and eight months at Cork Circuit Court.")
    assert [(f.value, f.unit) for f in figures] == [(20, "months")]


def test_one_of_a_count_stays_no_figure() -> None:
    assert 1 not in _values("One of the 45 stewards was injured, and 12 fans were arrested.")


@pytest.mark.parametrize(
    ("text", "months", "part"),
    [
        # tabloid courts
        ("Shane Kilbride was jailed for a year and eight months at Hull Crown Court.", 20, 8),
        # Irish courts
        ("Judge Nolan imposed a sentence of a year and six months at Limerick.", 18, 6),
    ],
)
def test_a_span_opened_by_a_is_read_whole(text: str, months: float, part: float) -> None:
    values = _values(text)
    assert months in values
    assert part not in values


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # local courts
        ("Ann Varley was jailed for two and a half years at Truro Crown Court.", 2.5, "years"),
        # broadcaster culture
        ("About two and a half million people watched the final on BBC One.", 2.5e6, "people"),
        # trade construction
        ("The upgrade will take four-and-a-half years and cost £80m.", 4.5, "years"),
        # racing wire: lengths, not a fraction
        ("Silver Kettle won by two and a half lengths at Ascot on Saturday.", 2.5, "lengths"),
        # business wire: the percent after the half
        ("Brent crude rose three and a half per cent in May, traders said.", 3.5, "percent"),
    ],
)
def test_a_whole_number_and_a_half_is_read_with_its_half(
    text: str, value: float, unit: str
) -> None:
    figures = [f for f in _figures(text) if f.value == value]
    assert [f.unit for f in figures] == [unit]
