"""Round 28b E figures: a name or code written as a digit glued to one capital letter
("the union 3F", "a 5G mast", "its 3D printers") is no figure, while a glued letter that
tells a unit or a scale ("35C", "300K users", "a 60W bulb") and a Fahrenheit reading
told with a word of temperature stay.

Every passage here is synthetic, written for these tests (invented people, firms and
places of no consequence), across Danish-wire, US, Australian, Irish, Nigerian, Indian,
Canadian, Singaporean, South African and British copy.
"""

from __future__ import annotations

import pytest
from briefsmith.core.extraction.figures import FoundFigure, find_figures
from briefsmith.engines.linguistic import analysis_of


def _figures(text: str) -> list[FoundFigure]:
    return find_figures(text, analysis_of(text))


def _texts(text: str) -> list[str]:
    return [f.text for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        # wire from Copenhagen: a union's name; the same name before a post
        (
            "Workers were told their jobs were safe, according to the union 3F, which "
            "represents about 600 of them.",
            "3",
        ),
        ('"That worried me," said Jonas Friis, a 3F shop steward.', "3"),
        # Nigerian business: a network's generation; Singaporean tech
        ("Lagos-based Tolu Mobile said its 5G masts now reach Ikeja and Lekki.", "5"),
        ("Tan Hock Seng said the 5G trial at Jurong would end in March.", "5"),
        # Indian broadsheet: printers; Canadian local: a film format
        ("The Pune start-up sells its 3D printers to schools in Maharashtra.", "3"),
        ("The Moncton cinema will screen the film in 4D from Friday.", "4"),
        # Irish local: a grade of a fuel, read as a code; South African wire: a bus route
        ("The council said the Ballinacurra stretch of the R445 road would shut.", "445"),
        ("Commuters on the 7X route to Soweto faced delays of an hour.", "7"),
        # British tabloid: a Fahrenheit-looking code with no temperature about it
        ("Darts star Kerry Oldroyd threw for the 9F Club in the Bolton league.", "9"),
    ],
)
def test_a_digit_glued_to_a_capital_code_is_no_figure(text: str, digits: str) -> None:
    found = _texts(text)
    assert not [t for t in found if t.startswith(digits) and len(t) <= 3], (digits, found)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a unit or a scale glued to the digits stays a figure
        ("Temperatures reached 35C in Adelaide on Tuesday.", "35"),
        ("The rival app has 300K users in Lagos, the company said.", "300K"),
        ("Officers seized 2kg of cocaine at Durban harbour.", "2"),
        # a Fahrenheit reading told with a word of temperature (US broadcaster)
        ("Temperatures in Phoenix hit 112F on Sunday, the weather service said.", "112"),
        ("The high in Winnipeg was forecast at -4F overnight.", "-4"),
        # ordinary counts near a code are untouched
        ("The union 3F said about 600 members at the Esbjerg yard would strike.", "about 600"),
    ],
)
def test_a_glued_unit_or_a_count_beside_a_code_stays(text: str, wanted: str) -> None:
    found = _texts(text)
    assert wanted in found, (wanted, found)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        # Australian broadcaster, an election count; the part read with "only"
        ("In Perth, the Greens held three of their four inner-city seats.", ("three", "four")),
        ("Labor needed only two of the six seats still in doubt to govern.", ("two", "six")),
        # Swedish wire, a board; Indian broadsheet, a council's committee
        ("Two of the board's five members entered reservations against the cut.", ("five",)),
        ("Three of the panel's seven members in Nagpur voted against the plan.", ("seven",)),
        # British sport, a side's run; Irish racing, a trainer's week
        ("Ashvale, who had won four of their first six matches, drop to fifth.", ("four", "six")),
        ("Doyle has trained five of the seven winners at Listowel so far.", ("five", "seven")),
        # Nigerian business, suppliers; Canadian tech, customers
        ("The Kano miller supplies four of Nigeria's five largest bakers.", ("four", "five")),
        ("Nordwyn now serves three of the four biggest carriers in Ontario.", ("three", "four")),
    ],
)
def test_a_small_part_of_a_small_whole_told_in_words_is_no_figure(
    text: str, digits: tuple[str, ...]
) -> None:
    found = [t.lower() for t in _texts(text)]
    assert not [t for t in found if any(d in t.split() for d in digits)], (digits, found)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # digits stay: a part of a whole told in figures (South African local; UK local)
        ("Cable theft has damaged 38 of its 212 substations in Gauteng.", "38"),
        ("The council will close 14 of its 31 libraries next year.", "14"),
        # a casualty count stays however small (Singaporean, US wire)
        ("Three of the four victims were children, police in Woodlands said.", "Three"),
        ("Police in Tulsa said two of the three men were injured in the blast.", "two"),
        # an arrest told before the part (Nigerian wire)
        ("Police arrested five of the eight suspects in Ibadan on Sunday.", "five"),
    ],
)
def test_a_part_in_digits_or_a_casualty_count_stays(text: str, wanted: str) -> None:
    found = _texts(text)
    assert wanted in found, (wanted, found)
