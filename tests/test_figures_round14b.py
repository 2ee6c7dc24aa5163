"""Round 14b figures: a ranked group, a radio station's call sign and an animal's age are
not the story's figures. "The top 10 hotels", "in the top 20 places to live", "the top 1%
of earners" name a group by its rank; "told 3AW", "Speaking to 2GB" name an Australian
radio station by its call sign; "the 12-year-old gelding", "a seven-year-old labrador"
give a horse's or a dog's age in passing, as "the 27-year-old man" does a person's (a
death keeps the age, as it does a person's). The news figures beside them stay: counts
of earners, the sum a strike cost, a thing's age ("a 90-year-old bridge"), memory sizes
and what a race was won by.
Every sentence here is synthetic, written for these tests (invented people, companies,
places, animals and outlets)."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _values(text: str) -> set[float]:
    return {f.value for f in _figures(text)}


# --- a group named by its rank ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # travel magazine listicle
        "The resort was named in the top 10 hotels in Europe by readers of Wanderlight magazine.",
        # tourism wire
        "Kestrel Bay made the list of the top 50 beaches in the world for the second year.",
        # Australian property supplement
        "The Brisbane suburb was ranked in the top 20 places to live in Australia by the survey.",
        # markets wire, in a fund manager's words
        'Ms Qadir said: "The top 10 holders have been selling for weeks."',
        # local education
        "The academy has been in the top five in the county's league tables for a decade.",
        # football local: the bottom three is a place in the table
        "Rovers sit just two points above the bottom three after the defeat.",
    ],
)
def test_a_group_named_by_its_rank_is_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # business broadsheet: the women are counted, the group is named
        ("Three of the top 10 earners at the bank are women, the report found.", {3}),
        # economics wire: the pay rise is the figure
        ("Wages of the top 1% of earners rose 9% last year.", {9}),
        # fund trade magazine: a possessor before the rank
        ("The fund's top 10 holdings make up 45% of its assets.", {45}),
        # sport: a points total stays
        ("The top four clubs have 71 points between them.", {71}),
        # "top" as a verb: the crowd the club expects is a figure
        ("The club expects average crowds to top 12,000 by next spring.", {12_000}),
    ],
)
def test_a_ranked_group_leaves_the_counts_beside_it(text: str, kept: set[float]) -> None:
    assert _values(text) == kept


# --- radio call signs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Sydney political round
        "Speaking to 2GB on Tuesday morning, the premier said the budget would be on time.",
        # Melbourne local
        "The mayor told 3AW that the tram works would be finished by Christmas.",
        # Brisbane state politics
        "Speaking on 4BC this morning, the treasurer ruled out a land tax rise.",
        # Adelaide football
        "The coach told 5AA he had no plans to resign after the loss.",
    ],
)
def test_a_radio_call_sign_is_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Perth industrial: the station named, the cost counted
        ("Ms Talbot told radio station 6PR the strike had cost the port $3 million.", {3_000_000}),
        # Sydney transport
        ("He told 2UE listeners the toll would rise by 40 cents on July 1.", {0.4}),
    ],
)
def test_a_call_sign_leaves_the_story_s_figures(text: str, kept: set[float]) -> None:
    assert _values(text) == kept


# --- animals' ages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # local coastguard story
        "Rex, a seven-year-old labrador, was rescued from the cliff by coastguards on Sunday.",
        # regional zoo
        "Keepers said the 45-year-old elephant, Kamala, had been moved to a new enclosure.",
        # US local: a pet adopted
        "The shelter said the three-year-old tabby cat was adopted within a day.",
    ],
)
def test_an_animal_s_age_in_passing_is_no_figure(text: str) -> None:
    assert {f.value for f in _figures(text) if f.unit == "years"} == set()


def test_a_horse_s_age_goes_and_its_winning_margin_stays() -> None:
    # horse racing: the margin is the result
    text = "The 12-year-old gelding won by three lengths at Ayr on Saturday."
    assert _values(text) == {3}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a death keeps the age, as it does a person's
        ("Bibi, the zoo's oldest gorilla, died on Monday, aged 61.", 61),
        # a thing's age is kept
        ("A 90-year-old bridge in the town will be replaced at a cost of £4 million.", 90),
    ],
)
def test_an_age_that_is_news_stays(text: str, kept: float) -> None:
    assert kept in _values(text)


# --- numbered areas and titles held ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # US local paper: a ward's alderman opens the sentence
        "Ward 3 Alderman Pete Novak said the vote would come up at the next council meeting.",
        # California county board
        "District 4 Supervisor Ana Ruiz voted against the budget on Tuesday.",
        # trade magazine: an award's past winner
        "The company is a three-time winner of the Golden Gear award.",
        # Kenyan sport: a past champion in apposition
        "Ms Wanjiru, a three-time winner of the Lake Naivasha marathon, pulled out.",
    ],
)
def test_a_numbered_area_and_titles_held_are_no_figures(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the arrests are counted, the precinct is named
        ("Officers from Precinct 12 made 14 arrests at the protest.", {14}),
        # the votes are counted, the ward is named
        ("She held Ward 7 by 312 votes.", {312}),
        # the champion's score is the figure
        ("The four-time champion shot a 67 to lead by two.", {67}),
    ],
)
def test_numbered_areas_and_titles_leave_the_story_s_figures(text: str, kept: set[float]) -> None:
    assert kept <= _values(text)


# --- a place reached in a chart ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # music broadcaster: the chart places go, the weeks stay
        ("The single spent 12 weeks in the top 40, peaking at number seven.", {12}),
        # tabloid music
        ("The track entered the chart at number 14 and climbed to number three.", set()),
        # books trade magazine
        (
            "Her memoir went in at number one on the bestseller list, selling 41,000 copies.",
            {41_000},
        ),
    ],
)
def test_a_chart_place_reached_is_no_figure(text: str, kept: set[float]) -> None:
    assert _values(text) == kept


def test_a_world_ranking_is_still_kept() -> None:
    # broadcaster tennis (the convention of earlier rounds)
    assert 6 in _values("Lena Marsh beat world number 6 Ada Kerr in Doha.")


# --- two or more days of one month ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Scottish health: strike dates
        "Nurses will strike on 14 and 15 January, the Royal College of Nursing said.",
        # rail labour
        "Rail workers will walk out on 3 and 5 March in a dispute over pay.",
        # Scottish music festival
        "The festival runs from 14 to 16 August at Kelburn Castle.",
        # Welsh education
        "Teachers in Wales will strike between 10 and 12 June unless talks resume.",
    ],
)
def test_the_first_of_several_days_of_a_month_is_a_date(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the routes are counted
        ("Drivers will walk out on 3, 4 and 5 March, affecting 40 routes.", {40}),
        # a range of people before a month is a count
        ("Between 10 and 12 people were hurt in March, police said.", {10}),
    ],
)
def test_days_of_a_month_leave_the_counts(text: str, kept: set[float]) -> None:
    assert _values(text) == kept


# --- a place among siblings ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Nigerian obituary
        "Born in Lagos in 1941, the second of six children, he trained as an engineer.",
        # Scottish obituary
        "The eldest of four children, she grew up above her father's shop in Dundee.",
        # Welsh local obituary
        "He was the youngest of 11 children born to a miner and his wife.",
    ],
)
def test_a_place_among_siblings_is_no_figure(text: str) -> None:
    assert _figures(text) == []


def test_the_grandchildren_who_survive_stay() -> None:
    # the dev references list survivors counted in an obituary
    text = "The second of six children, she is survived by her husband and nine grandchildren."
    assert _values(text) == {9}


# --- a horizon set and a career's span ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # markets wire: the target price stays, its horizon goes
        ("Analysts at Dornan Securities set a 12-month price target of 450p on the stock.", {450}),
        # Indian markets wire
        ("The broker cut its 12-month target price for the shares to 180 rupees.", {180}),
        # obituary: the albums stay, the career's span goes
        ("She recorded 27 albums over a career spanning six decades.", {27}),
        # engineering obituary
        ("In a career spanning 40 years, he designed more than 200 bridges.", {200}),
    ],
)
def test_a_horizon_and_a_career_s_span_are_no_figures(text: str, kept: set[float]) -> None:
    assert _values(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a forecast's figure stays (no span glued before the noun)
        ("The bank's forecast for growth next year is 1.2%.", {1.2}),
        # a strike's length is the story's
        ("Matatu operators in Nairobi began a two-day strike over the 16% fuel tax.", {2, 16}),
    ],
)
def test_spans_that_are_news_stay(text: str, kept: set[float]) -> None:
    assert _values(text) == kept


# --- a grade given to a runner --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # horse racing broadsheet
        "The horse, rated 142 by the BHA, carries top weight in the Grand National.",
        # racing trade paper
        "The gelding runs off a mark of 95 in the handicap at Musselburgh.",
        # Irish racing local
        "Silver Tern, officially rated 88, was sent off favourite.",
        # racing wire
        "The chaser has a Timeform rating of 170.",
    ],
)
def test_a_grade_given_to_a_runner_is_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # politics: an approval rating is a share, kept
        ("The premier has an approval rating of 38%, the poll found.", 38),
        # science wire: a magnitude told on its scale is a size, kept
        ("The quake was rated 6.1 on the Richter scale.", 6.1),
    ],
)
def test_a_share_or_a_size_told_as_a_rating_stays(text: str, kept: float) -> None:
    assert kept in _values(text)


# --- a work's title set off after its noun --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # music broadcaster
        ("Her third album, 33 Revolutions, is out on Friday.", set()),
        # books trade magazine: the sales stay
        ("His new book, 12 Rules for Leaders, sold 40,000 copies in a week.", {40_000}),
        # film review
        ("The film, 28 Summers, opens in cinemas on Friday.", set()),
        # maritime: people set off after a vessel are counted
        ("The ship, 12 Irish crew on board, sank off Cork.", {12}),
    ],
)
def test_a_title_set_off_after_its_work_s_noun_is_no_figure(text: str, kept: set[float]) -> None:
    assert _values(text) == kept


# --- a car's speed test ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # motoring magazine: the price stays, the test's speeds go
        ("The new Corvano GT does 0-62mph in 3.9 seconds and costs £84,500.", {84_500}),
        # motoring wire
        ("The electric hatch goes from 0-60mph in 6.1 seconds.", set()),
        # Australian motoring
        ("It accelerates from 0 to 100km/h in 3.5 seconds.", set()),
        # the top speed stays
        ("The saloon reaches 0-62mph in 5.2sec and tops out at 155mph.", {5.2, 155}),
    ],
)
def test_the_speeds_that_name_a_car_s_test_are_no_figures(text: str, kept: set[float]) -> None:
    assert _values(text) == kept


# --- Nigerian and Kenyan money ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # Lagos business daily
        ("The naira fell to N1,580 against the dollar on Friday.", 1580, "NGN"),
        # Abuja politics: the naira sign
        ("The state budget of ₦2.3 trillion was passed on Tuesday.", 2.3e12, "NGN"),
        # Nairobi business daily
        (
            "The Kenya Revenue Authority collected Sh2.1 trillion in the year to June.",
            2.1e12,
            "KES",
        ),
        # Kenyan consumer: pump prices
        ("Fuel rose to KSh217.36 a litre on Sunday.", 217.36, "KES"),
        # Kenyan farming
        ("Traders were paid Ksh 3,500 per bag of maize.", 3500, "KES"),
    ],
)
def test_naira_and_shillings_are_money(text: str, value: float, unit: str) -> None:
    assert any(f.value == value and f.unit == unit for f in _figures(text))


@pytest.mark.parametrize(
    "text",
    [
        # Irish roads and a mask's grade keep their letter and number
        "The N7 was closed at Naas after the crash.",
        "Staff were given N95 masks during the outbreak.",
    ],
)
def test_a_road_or_a_grade_with_n_is_no_naira(text: str) -> None:
    assert all(f.unit != "NGN" for f in _figures(text))
