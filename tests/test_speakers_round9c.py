# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers, round 9c, on synthetic articles written for these tests (invented people,
places, clubs and firms): someone unnamed brought in as a speaker ("One mother, who
asked not to be named, said ...") is who a "she said" right after, in the same
paragraph, stands for: the quote is credited to the description, as a direct "One
mother said: ‘…’" is. Not across a paragraph, and not when the description's own word
tells the other gender. Beats: local, crime, sport, business, courts; outlets: local,
tabloid, wire, broadcaster, trade."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

UNNAMED_THEN_PRONOUN = [
    (
        """Parents angry over school bus cuts

Parents in Haddow Vale say their children are walking to school in the dark after the county council cut the village's only school bus.

One mother, who asked not to be named, said her two sons now walked two miles along an unlit road. "I lie awake worrying about them every winter night," she said.""",
        "One mother",
    ),
    (
        """Shops boarded up after night of disorder

Shopkeepers in Carrick Street spent Sunday boarding up windows after a night of disorder in which eleven people were arrested.

A shop worker, who did not want to be named, said staff had been told to stay in the stockroom. "We could hear the glass going all around us," he said.""",
        "A shop worker",
    ),
    (
        """Fans locked out of cup tie

Hundreds of Brackley Town supporters with tickets were locked out of Saturday's cup tie against Fenmoor.

Another supporter, who asked not to be identified, said stewards had shut the turnstiles twenty minutes before kick-off. "There were children crying in the crush," he said.""",
        "Another supporter",
    ),
    (
        """Warehouse staff describe heat on night shifts

Staff at a parcel warehouse near Corby say they were made to work through a heatwave without breaks.

One employee, who spoke on condition of anonymity, said the thermometer on the packing floor had read 34C in July. "People were fainting and we were told to drink more water," she said.""",
        "One employee",
    ),
    (
        """Neighbours describe raid on quiet cul-de-sac

Police have arrested a 41-year-old man after a dawn raid on a house in Orchard Close, Penhallow.

A neighbour, who asked not to be named, said armed officers had arrived at about 5am. "They smashed the front door in and dragged him out in his pyjamas," she said.""",
        "A neighbour",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), UNNAMED_THEN_PRONOUN)
def test_an_unnamed_speaker_takes_the_pronoun_in_its_paragraph(text: str, speaker: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


def test_a_description_of_the_other_gender_does_not_take_the_pronoun() -> None:
    text = """Parents angry over school bus cuts

Parents in Haddow Vale say their children are walking to school in the dark after the county council cut the village's only school bus.

One mother, who asked not to be named, said her two sons now walked two miles along an unlit road. "I lie awake worrying about them every winter night," he said."""
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker != "One mother"


def test_an_unnamed_speaker_does_not_reach_into_the_next_paragraph() -> None:
    text = """Parents angry over school bus cuts

Parents in Haddow Vale say their children are walking to school in the dark after the county council cut the village's only school bus.

Councillor Janet Hale said the route had been cut to save £90,000 a year.

One mother, who asked not to be named, said her two sons now walked two miles along an unlit road.

"The savings are modest and the council will review the route in the spring," she said."""
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker != "One mother"
