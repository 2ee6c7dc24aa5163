"""Round 28b E figures: a name or code written as a digit glued to one capital letter
("the union 3F", "a 3F shop steward") is no figure, while a glued letter that tells a
unit or a scale ("35C", "300K users") and a Fahrenheit reading told with a word of
temperature stay; a whole told as an owner's ("Two of the board's five members") frames
its part and is no figure, as "of their" wholes already were (a total in digits told so,
"900 of the society's 1,450 staff", stays).

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
        ("It was 95F in Phoenix by noon, and the city opened cooling centres.", "95"),
        # ordinary counts near a code are untouched
        ("The union 3F said about 600 members at the Esbjerg yard would strike.", "about 600"),
    ],
)
def test_a_glued_unit_or_a_count_beside_a_code_stays(text: str, wanted: str) -> None:
    found = _texts(text)
    assert wanted in found, (wanted, found)


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        # Swedish wire, a board; Indian broadsheet, a panel
        ("Two of the board's five members entered reservations against the cut.", "Two", "five"),
        ("Three of the panel's seven members in Nagpur voted against the plan.", "Three", "seven"),
        # British local, a town's banks; Irish local, a council's wards
        ("Two of the town's three banks have closed since March.", "Two", "three"),
        ("Two of the council's seven wards in Sligo had no candidate.", "Two", "seven"),
        # Australian sport, a club's coaches
        ("Two of the club's three coaches left Geelong in the summer.", "Two", "three"),
    ],
)
def test_a_whole_told_as_an_owner_s_frames_its_part(text: str, part: str, whole: str) -> None:
    found = _texts(text)
    assert part in found, (part, found)
    assert whole not in found, (whole, found)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a total after "of the" stays (South African local; UK local)
        ("Cable theft has damaged 38 of its 212 substations in Gauteng.", "38"),
        ("The council will close 14 of its 31 libraries next year.", "14"),
        ("The Ottawa airline has grounded 41 of the 312 sailings it runs.", "312"),
        # a total in digits told as an owner's stays (Nigerian business; Indian broadsheet)
        ("Abuja Mills will cut 2,000 of the group's 6,400 jobs.", "6,400"),
        ("The union represents about 900 of the society's 1,450 staff in Pune.", "1,450"),
        # a casualty count stays (Singaporean, Nigerian wire)
        ("Three of the four victims were children, police in Woodlands said.", "Three"),
        ("Police arrested five of the eight suspects in Ibadan on Sunday.", "five"),
    ],
)
def test_a_part_or_a_total_of_the_whole_stays(text: str, wanted: str) -> None:
    found = _texts(text)
    assert wanted in found, (wanted, found)
