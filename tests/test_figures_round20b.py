"""Round 20b figures: a thing's age that only sets the scene, and a person's age that
opens the sentence, across local papers, sport, politics, culture and business pages.

"Birdwatchers gathered at the 30-year-old hide", "sits beside a 30-year-old test track",
"Residents met in the 150-year-old chapel": the age of a thing inside a phrase of where
something happened (the preposition hung on the verb; "at", "in" and the like only where
people did something) is told in passing, as a person's age is. A thing the story is about
keeps its age: "records for a 90-year-old rail bridge", "Members of the 160-year-old
mutual", "Cracks were found in the 60-year-old dam", "A fire broke out at the 40-year-old
factory".
"At 16 he was playing with the band", "By 18 she had signed for Rovers": an age (13 or
more, never a bare clock hour) in a phrase that opens the sentence, with a person as the
subject right after it, is the person's age told in passing ("At 30 the club had 200
members" keeps both counts).
"Puffin burrows were down a quarter on 2019", "Profits were up a third in the year": a
share after "down" or "up" is a change as after "by".
Every sentence here is synthetic, written for these tests (invented people, firms and
places of no consequence).
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
    ("text", "kept", "story", "value"),
    [
        # local paper, wildlife: the hide birdwatchers used; the bridge investigators
        # look into keeps its age (wire)
        (
            "Birdwatchers gathered at the 30-year-old hide to watch 12 marsh harriers.",
            ["12"],
            "Investigators will examine records for a 90-year-old rail bridge.",
            90,
        ),
        # motoring broadsheet: what a plant sits beside; a body's age (business)
        (
            "The Corby plant, which opened in 1998 and sits beside a 30-year-old test "
            "track, built 112,000 cars last year.",
            ["112,000"],
            "Members of the 160-year-old mutual will get a payout.",
            160,
        ),
        # sport: where fans queued; the bridge itself is the subject (transport)
        (
            "Fans queued outside the 120-year-old stadium before kick-off.",
            [],
            "The 90-year-old bridge will be demolished.",
            90,
        ),
        # local paper, religion: where residents met; "in" a thing that is the story
        (
            "Residents met in the 150-year-old chapel to discuss the plans.",
            [],
            "Cracks were found in the 60-year-old dam.",
            60,
        ),
        # politics: where the minister spoke; what a car hit (crash report)
        (
            "The minister spoke from a 200-year-old pulpit in the town's main church.",
            [],
            "The car crashed into a 200-year-old wall.",
            200,
        ),
        # regional paper: where walkers rested; where an event happened (local news)
        (
            "Walkers rested under a 200-year-old oak on the hill.",
            [],
            "A fire broke out at the 40-year-old factory on Monday.",
            40,
        ),
    ],
)
def test_a_thing_s_age_in_a_place_phrase_is_no_figure(
    text: str, kept: list[str], story: str, value: float
) -> None:
    assert _texts(text) == kept
    # the age of the thing the story is about stays
    assert [f.value for f in _figures(story)] == [value]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # obituary: the age the musician was playing at
        ("At 16 he was playing with the Ramblers Dance Band in Accra.", []),
        # sport: the age a footballer signed at
        ("By 18 she had signed for Corvane Rovers on a two-year deal.", []),
        # local politics: the age of the youngest mayor
        ("At 23 she became the youngest mayor in the town's history.", []),
        # health feature: a later career
        ("At 40 he retrained as a nurse, and now runs 12 clinics.", ["12"]),
        # Irish broadcaster: a farmer's start, then the farm's size stays
        ("At 19 he took over the family's 80-hectare farm.", ["80"]),
    ],
)
def test_an_age_opening_the_sentence_before_its_person_is_no_figure(
    text: str, kept: list[str]
) -> None:
    assert _texts(text) == kept
    # no person after the number: a count, which stays
    assert [f.value for f in _figures("At 30 the club had 200 members.")] == [30, 200]


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        # local paper, wildlife: a fall told with "down" for "by"
        ("Puffin burrows were down a quarter on 2019.", 0.25, "fall"),
        # business wire: a fall on last year
        ("Sales were down a fifth on last year, the retailer said.", 0.2, "fall"),
        # trade title: a rise in a year
        ("Profits were up a third in the year to March.", 0.333, "rise"),
        # politics: a rise before a comma
        ("Turnout was up a fifth, and the count ran late.", 0.2, "rise"),
    ],
)
def test_a_share_after_down_or_up_is_a_change(text: str, value: float, change: str) -> None:
    found = _figures(text)
    assert [f.value for f in found] == [value]
    assert found[0].measures.startswith(change)
    # "up a third division side": no share ends the phrase, no figure
    assert _texts("She moved up a third division side.") == []
