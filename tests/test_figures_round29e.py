"""Round 29e figures: a named owner's whole set told as where (or by whom) a clause's act
happens ("carted water to the station's 14 dams", "led away by the club's 12 stewards")
only describes the owner; a count in a "who" aside dated to an earlier year or spell
("who took 38 wickets for the Lions in the 2024-25 season", "who had never passed 30 in
19 previous Test innings") is the person's background; a bound on things in general in
someone's words ("we can chase anything under 300") is a figure of speech. Counts the
clause acts on or does, parts of a whole, pronoun owners, money and shares stay.

Every passage here is synthetic, written for these tests (invented people, firms and
places of no consequence), across British, Irish, Australian, Indian, Nigerian, Kenyan,
Ghanaian, South African, Canadian and US copy.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _holds(text: str, digits: str) -> bool:
    return any(digits in f.text for f in _figures(text))


@pytest.mark.parametrize(
    ("text", "digits", "kept"),
    [
        # Australian broadcaster (farming), Irish local (utilities): a setting, dropped
        (
            "Mr Treadway said he had carted water to the station's 14 dams since August.",
            "14",
            False,
        ),
        ("Engineers were sent to the utility's 40 pumping stations overnight.", "40", False),
        # British tabloid (sport): a passive agent
        ("The fan was led away by the club's 12 stewards after play resumed.", "12", False),
        # Ghanaian broadsheet (education), US local (labour), Indian wire (aviation)
        (
            "Teachers from the district's 19 schools marched to the statehouse in Accra.",
            "19",
            False,
        ),
        ("Staff at the company's three depots will be balloted next month.", "three", False),
        ("The cleaning crews moved across the airport's 14 gates at Chennai.", "14", False),
        # Kenyan broadsheet (drought)
        ("Water was trucked to Kwale county's 200 schools, the governor said.", "200", False),
        # kept: the subject, a part of a whole, a pronoun owner, money, a plain count
        ("Solvane's 1,450 pilots will strike on Friday, the union said.", "1,450", True),
        ("Four of the line's 14 stations would be built in her district.", "14", True),
        ("The union said 19,000 of Kragveld's 38,000 employees would walk out.", "38,000", True),
        ("The bank will close 40 of its 310 branches by March.", "310", True),
        ("Pay for the trust's 9,000 nurses will rise by 4% from April.", "9,000", True),
        ("The council will spend £3m on the city's 14 libraries.", "£3m", True),
        ("Water was restored to 12,000 homes in Harare on Sunday.", "12,000", True),
    ],
)
def test_an_owner_s_whole_set_told_as_the_setting_is_no_figure(
    text: str, digits: str, kept: bool
) -> None:
    assert _holds(text, digits) is kept, [f.text for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "digits", "kept"),
    [
        # Nigerian broadsheet (football), British tabloid (cricket), Indian broadsheet
        (
            "Okafor, who scored 22 goals for Enugu Rangers in the 2019 season, was on the bench.",
            "22",
            False,
        ),
        (
            "The seamer, who took 38 wickets for the Lions in the 2024-25 season, was unplayable.",
            "38",
            False,
        ),
        (
            "Sharma, who took 27 wickets in the 2022-23 Ranji Trophy season, was recalled.",
            "27",
            False,
        ),
        # English tabloid (cricket), Irish broadsheet (rugby), Canadian broadcaster
        ("Ferris, who had never passed 30 in 19 previous Test innings, made 74.", "30", False),
        ("The flanker, who had played only 12 previous Tests, was named captain.", "12", False),
        (
            "The Canadian, who won three golds at the 2019 Pan Am Games, finished fifth.",
            "three",
            False,
        ),
        # South African broadsheet (racing)
        ("The jockey, who rode 140 winners in 2022, was banned for 10 days.", "140", False),
        # kept: the story's own spell, the main clause, money and shares in the aside
        ("Adeyemi, who scored 22 goals this season, won the award on Sunday.", "22", True),
        ("Ferris, who had never passed 30 in 19 previous Test innings, made 74.", "74", True),
        ("The farmer, who lost 300 sheep in the floods, is suing the water company.", "300", True),
        ("The mayor, who won 61% of the vote in 2021, faces a recall petition.", "61%", True),
        ("The striker, who cost £12m in 2022, scored twice against Hearts.", "£12m", True),
        ("Moyo, who made 88 off 70 balls, was caught at long-on.", "88", True),
    ],
)
def test_a_count_in_a_who_aside_dated_to_an_earlier_spell_is_background(
    text: str, digits: str, kept: bool
) -> None:
    assert _holds(text, digits) is kept, [f.text for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "digits", "kept"),
    [
        # English tabloid (cricket), Australian broadcaster (wine)
        ("'We can chase anything under 300,' the captain said.", "300", False),
        (
            "'But if we bowl well tomorrow we can chase anything under 300,' Lisle said.",
            "300",
            False,
        ),
        ("'Anything over 40C and the vines shut down,' the grower told ABC.", "40", False),
        # kept: a share named so, a plain count in quoted words, a bound outside quotes
        ("'We'll take anything above 2% at this point,' the union official said.", "2%", True),
        ("'We need 200 more nurses by winter,' the health board chief said.", "200", True),
        ("'We've lost 300 jobs in this town in a year,' the mayor said.", "300", True),
    ],
)
def test_a_bound_on_things_in_general_in_quoted_words_is_no_figure(
    text: str, digits: str, kept: bool
) -> None:
    assert _holds(text, digits) is kept, [f.text for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "wanted", "unit"),
    [
        # Australian broadcaster (election count), Canadian broadcaster (politics)
        ("Labour were ahead in 51 seats, the Greens in four.", "four", "seats"),
        ("The NDP won 14 seats and the Greens two.", "two", "seats"),
        # Kenyan wire (athletics), Indian broadsheet (election count)
        ("Kenya won 11 golds, Ethiopia seven.", "seven", "golds"),
        ("The Congress led in 62 constituencies, the BJP in 41.", "41", "constituencies"),
        # Canadian broadcaster (statistics), Australian broadsheet (politics)
        ("Ontario added 21,000 jobs in May and Quebec 9,000.", "9,000", "jobs"),
        ("The Liberals won 38 seats and the Nationals 12.", "12", "seats"),
        # not gapped: a numbered one after a count of its kind, a name ending in a number,
        # a verb between ("including" names a part)
        ("Flights were cancelled at 40 gates and Terminal 5.", "5", None),
        ("Staff walked out at 12 plants and Plant 4.", "4", None),
        ("The party won 40 wards, Route 9 and Ward 12.", "9", None),
        (
            "Nigeria won 12 medals at the games, including five golds, and Ghana three.",
            "three",
            None,
        ),
    ],
)
def test_a_gapped_count_counts_what_the_count_before_it_counts(
    text: str, wanted: str, unit: str | None
) -> None:
    found = [f for f in _figures(text) if f.text == wanted]
    if unit is None:
        assert found == [], [f.text for f in _figures(text)]
    else:
        assert [f.unit for f in found] == [unit], [f.text for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "digits", "kept"),
    [
        # English broadsheet (cricket), Nigerian broadsheet (politics), Irish local (music)
        ('"We must have had 40 chats," the captain said.', "40", False),
        ("'We must have knocked on 500 doors,' said the candidate in Ikeja.", "500", False),
        (
            '"They must have sold 3,000 tickets by Friday," the organiser told the Echo.',
            "3,000",
            False,
        ),
        # kept: money in the guess, the guess in the story's own voice, a plain count
        ("'The flood must have cost us £50,000,' the publican said.", "£50,000", True),
        ("The thieves must have taken 40 phones, police in Durban said.", "40", True),
        ('"We have had 40 complaints since Monday," the council said.', "40", True),
    ],
)
def test_a_quoted_guess_at_the_past_is_no_figure(text: str, digits: str, kept: bool) -> None:
    assert _holds(text, digits) is kept, [f.text for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # British broadsheet (football), Scottish broadcaster (aviation)
        (
            "The match was held up for four minutes after a coin struck the assistant referee.",
            "four minutes",
        ),
        ("The aircraft had been in the air for four minutes when it came down.", "four minutes"),
        # Irish local (transport), Singapore newspaper (power), Australian wire (music)
        ("Passengers were stuck on the tarmac for 45 minutes at Dublin.", "45 minutes"),
        ("The lights at Changi went out for 30 seconds during the speech.", "30 seconds"),
        ("The singer was on stage in Perth for 90 minutes.", "90 minutes"),
        # not: how long talks lasted, a crossing's time, a span in quoted words, a goal's
        # minute
        ("Talks at the depot lasted 30 minutes.", None),
        ("Crews crossed the border in 20 minutes after the alarm.", None),
        ('"I waited for 40 minutes in the rain," she said.', None),
        ("Okafor opened the scoring after 12 minutes.", None),
    ],
)
def test_how_long_a_stoppage_or_a_state_went_on_is_a_figure(text: str, wanted: str | None) -> None:
    spans = [f.text for f in _figures(text) if f.unit in ("minutes", "seconds")]
    assert spans == ([wanted] if wanted else []), spans


@pytest.mark.parametrize(
    ("text", "wanted", "words"),
    [
        # Welsh broadcaster (rugby), Indian local (health): a state that went on, its holder
        (
            "With Pryce off for 10 minutes, the home side scored three tries.",
            "10 minutes",
            "Pryce off",
        ),
        (
            "The patient was unconscious for 15 minutes, the inquest heard.",
            "15 minutes",
            "unconscious",
        ),
    ],
)
def test_how_long_a_state_went_on_is_measured_as_a_length_not_a_margin(
    text: str, wanted: str, words: str
) -> None:
    found = [f for f in _figures(text) if f.text == wanted]
    assert len(found) == 1, [f.text for f in _figures(text)]
    assert found[0].measures.startswith("length of time") and words in found[0].measures
