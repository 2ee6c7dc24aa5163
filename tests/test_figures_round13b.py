"""Round 13b figures: ratings, codes and a person's background are not the story's figures.
A star rating ("gave the production four stars", "four and a half stars", "a five-star
hotel", "two Michelin stars") and the scale it is out of ("three stars out of five") judge
a thing; a number glued to a letter that reads like a unit ("seat 14C", "flat 9C",
"Apartment 12B") after the noun it numbers is a code, not fourteen degrees or twelve
billion; and how long a person has done their work, told in the present perfect of a
plain active clause ("Mr Okonkwo has driven a taxi for 21 years", "The couple have run the
guest house for 27 years") or in an apposition ("Ms Dlamini, a nurse for 26 years,"), is
their background. The news figures beside them stay: counts of reviews, hotels, staff and
stars in the sky, temperatures, and spans a closure, a strike or a wait has lasted.
Every sentence here is synthetic, written for these tests (invented people, companies,
places and outlets)."""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _values(text: str) -> set[float]:
    return {f.value for f in _figures(text)}


# --- star ratings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        # broadsheet culture review
        ("The Clarion's critic gave the production four stars, calling it bold.", 4),
        # magazine food review
        ("Our reviewer awarded the new bistro in Ponsonby four and a half stars.", 4.5),
        # tabloid music review
        ("The album gets three stars: competent, rarely thrilling.", 3),
        # Irish food guide
        ("The guide gave the Dublin restaurant two Michelin stars, the city's first.", 2),
    ],
)
def test_a_star_rating_is_no_figure(text: str, rating: float) -> None:
    assert rating not in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        # motoring trade: a crash-test rating and its scale
        "The safety body awarded the Korvo hatchback three stars out of five in its tests.",
        # local food safety
        "Hygiene inspectors gave the takeaway a rating of one star out of five in July.",
        # travel wire: a hotel downgraded
        "The hotel was downgraded from five stars to four by the inspectors in June.",
    ],
)
def test_a_rating_and_its_scale_leave_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # tourism wire: the hotels are counted, their class is not a figure
        ("The resort, one of 14 five-star hotels on the island, employs 900 staff.", {14, 900}),
        # Irish local: reviews are counted
        ("Diners have left more than 1,200 five-star reviews for the Clontarf cafe.", {1200}),
    ],
)
def test_a_star_class_before_its_noun_is_no_figure(text: str, kept: set[float]) -> None:
    assert _values(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # science wire
        ("Astronomers catalogued 1.8 billion stars in the survey.", 1.8e9),
        # US local TV
        ("The flag has had 50 stars since 1960.", 50),
    ],
)
def test_stars_counted_in_the_sky_or_on_a_flag_stay(text: str, kept: float) -> None:
    assert kept in _values(text)


# --- a number glued to a letter after the noun it numbers ------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # aviation broadcaster
        ("Ms Ferreira, who sat in seat 14C, said the cabin filled with smoke.", 14),
        # local fire
        ("The fire started in flat 9C on the third floor, the brigade said.", 9),
        # US local TV crime
        ("Apartment 12B was searched by officers on Tuesday.", 12),
        # health broadcaster
        ("Bed 14B in the ward was closed after the outbreak.", 14),
    ],
)
def test_a_code_after_the_noun_it_numbers_is_no_figure(text: str, code: float) -> None:
    assert code not in _values(text)


def test_a_flat_s_code_leaves_the_price() -> None:
    # Irish property
    assert _values("Flat 4B at Harcourt Road sold for €385,000.") == {385000}


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("Temperatures reached 14C in Belfast on Monday.", 14),
        ("It was 38C in Adelaide, the hottest day of the year.", 38),
        ("The mercury in the town's square hit 9C by noon.", 9),
    ],
)
def test_a_temperature_glued_to_its_letter_stays(text: str, degrees: float) -> None:
    assert degrees in _values(text)


# --- how long a person has done their work ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # wire: a title before the surname the recognizer misreads
        ("Mr Okonkwo has driven a taxi in Lagos for 21 years and says fuel costs more.", 21),
        # Indian local
        ("Sandeep Rao has sold tea outside the station for 40 years.", 40),
        # Irish tourism
        ("The couple have run the guest house in Killarney for 27 years.", 27),
        # South African health: an apposition
        ("Ms Dlamini, a nurse for 26 years, said the ward was understaffed.", 26),
        # Canadian local
        ("Corporal Jean Tremblay has served with the regiment for 18 years.", 18),
        # Australian elections: an apposition to a person's noun, no name
        ("The party's candidate, a nurse for 15 years, said the result was a message.", 15),
        # Australian property: people told by a noun of what they do
        ("The vendors had owned the house for 31 years, the agent said.", 31),
    ],
)
def test_a_person_s_working_life_is_background(text: str, span: float) -> None:
    assert span not in _values(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # South African local politics
        ("In his 12 years as mayor, Mr Dube opened three clinics.", 12),
        # Irish education
        ("Her 25 years as a teacher in Galway ended in June, when the school closed.", 25),
        ("In her 20 years at the school, Ms Byrne has never seen a flood like it.", 20),
    ],
)
def test_a_person_s_years_in_a_post_are_background(text: str, span: float) -> None:
    assert span not in _values(text)


def test_a_term_a_person_serves_in_prison_stays() -> None:
    assert 12 in _values("She served her 12 years in prison before the appeal was heard.")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # local transport: a closure
        ("The road has been closed for 18 months while engineers repair the bridge.", 18),
        # broadcaster: a strike
        ("The striking pilots have been out for 11 days, the union said.", 11),
        # courts: a sentence
        ("He was jailed for eight years at Auckland High Court on Friday.", 8),
        # health: a wait
        ("Mrs Achterberg has waited for 14 months for a hip operation.", 14),
        # business: a body's span
        ("The airport has been without a permanent chief for 14 months.", 14),
    ],
)
def test_spans_the_story_reports_stay(text: str, span: float) -> None:
    assert span in _values(text)


# --- help lines told with spaces or after whom to call ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Australian broadcaster: a 13 number and 1300/1800 numbers in short groups
        "Call Lifeline on 13 11 14 if you need support.",
        "Beyond Blue can be reached on 1300 22 4636.",
        "Kids Helpline: 1800 55 1800.",
        # UK local: a freephone number in two groups
        "Young people can call Childline on 0800 1111.",
        # UK police appeal: whom to call, then a service number
        "Contact police on 101 quoting log 432 of 3 December.",
        "If you are affected, call the NHS on 111.",
    ],
)
def test_a_help_line_is_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # local crime: calls taken in are counted, whatever their shape
        ("Police received 312 calls on the night of the storm.", 312),
        ("The charity received 4,200 calls on its helpline last year.", 4200),
        # wire business: customers to be contacted on a day
        ("The company will contact 14,000 customers on Monday.", 14000),
        # thousands grouped by a space stay one number
        ("The festival drew 70 000 visitors, the organisers said.", 70000),
    ],
)
def test_counts_beside_calls_stay(text: str, kept: float) -> None:
    assert kept in _values(text)


# --- South African rand ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # South African wire: a sum with its scale
        ("The City of Johannesburg owes Eskom R4.2 billion, the utility said.", 4.2e9),
        # South African local: grouped digits
        ("Fines rose to R1,500 for drivers caught without a licence.", 1500),
        # broadcaster: rands and cents
        ("Petrol will rise by 42 cents a litre to R22.15 in Gauteng.", 22.15),
        # charity
        ("The 24-hour telethon raised R3.4 million for children's hospitals.", 3.4e6),
    ],
)
def test_a_rand_sum_is_money(text: str, value: float) -> None:
    assert any(f.value == value and f.unit == "ZAR" for f in _figures(text))


@pytest.mark.parametrize(
    "text",
    [
        # Irish local transport: a regional road
        "The R445 was closed near Naas after a lorry overturned.",
        # culture: a name
        "The film's R2 droid was sold at auction on Friday.",
    ],
)
def test_a_capital_r_before_bare_digits_is_no_rand(text: str) -> None:
    assert not any(f.unit == "ZAR" for f in _figures(text))


# --- an acronym and its number opening a sentence -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name_number"),
    [
        # gaming trade
        ("FIFA 23 sold 10.3 million copies in its first month.", 23),
        # US local TV: a station's name
        ("KXLY 4 News reported that the fire started around 3 a.m.", 4),
    ],
)
def test_an_acronym_s_number_opening_a_sentence_names(text: str, name_number: float) -> None:
    assert name_number not in _values(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # headline style: a count of a plural after a country's initials
        ("US 300 troops to leave Iraq by March, Pentagon says.", 300),
        ("UK 2,000 jobs at risk, union warns.", 2000),
        # a share after a firm's initials
        ("BHP 12% lower after the results.", 12),
    ],
)
def test_a_count_after_initials_opening_a_headline_stays(text: str, kept: float) -> None:
    assert kept in _values(text)


# --- a lakh of crores ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Indian wire: banknotes exchanged
        ("Banks exchanged notes worth Rs 15.4 lakh crore after the withdrawal.", 1.54e13),
        # Indian broadsheet politics: a budget
        ("The finance minister presented a ₹50.65 lakh crore budget on Saturday.", 5.065e13),
    ],
)
def test_a_lakh_crore_is_a_lakh_of_crores(text: str, value: float) -> None:
    assert any(f.value == pytest.approx(value) and f.unit == "INR" for f in _figures(text))


# --- a lottery draw ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # UK tabloid: the main numbers and the stars drawn
        (
            "The numbers drawn on Tuesday were 3, 17, 22, 41 and 48, with Lucky Stars 2 and 9."
            " One ticket won £61 million.",
            {61e6},
        ),
        # US local TV: the white balls and the Powerball
        ("The winning numbers were 7, 11, 24, 38 and 59, and the Powerball was 13.", set()),
        # UK broadcaster: the bonus ball, then a count of winners
        (
            "Saturday's Lotto numbers were 4, 9, 15, 28, 33 and 40. The bonus ball was 21, and"
            " 14 players matched five.",
            {14, 5},
        ),
    ],
)
def test_the_numbers_drawn_are_no_figures(text: str, kept: set[float]) -> None:
    assert _values(text) == kept


def test_a_prize_called_a_bonus_ball_stays_money() -> None:
    assert 500 in _values("The bonus ball of £500 goes to the winner of the raffle.")


# --- later provisions in a list ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Indian wire crime
        "A case was registered under Sections 302 and 307 of the BNS.",
        "He was booked under Sections 302, 307 and 34 of the IPC.",
        # Indian broadsheet courts
        "The petition invoked Articles 14 and 21 of the Constitution.",
    ],
)
def test_numbers_in_a_list_of_provisions_name_them(text: str) -> None:
    assert _figures(text) == []


def test_a_count_after_a_provision_stays() -> None:
    # trade politics: a count of amendments, not a clause
    assert 30 in _values("MPs debated clause 4 and 30 amendments on Tuesday.")


# --- a number the story told, said again inside a quote ---------------------------------------


def test_a_margin_said_again_in_a_quote_is_one_figure() -> None:
    # Australian elections: a margin, then the loser's words
    text = (
        "Ms Petrakis lost the seat of Dunmore by 212 votes after a recount.\n\n"
        '"We lost Dunmore by 212 votes. That is a street, not a swing," she said.'
    )
    assert [f.value for f in _figures(text)].count(212) == 1


def test_a_new_number_inside_a_quote_stays() -> None:
    # New Zealand business: a new count in the organiser's words
    text = (
        "The Taupo mill will cut 140 jobs by March, the company said.\n\n"
        '"Another 60 contractors will go too," union organiser Wiremu Hale said.'
    )
    assert {140, 60} <= _values(text)
