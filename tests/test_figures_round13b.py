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
    ],
)
def test_a_person_s_working_life_is_background(text: str, span: float) -> None:
    assert span not in _values(text)


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
