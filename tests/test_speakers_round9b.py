# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers, round 9b, on synthetic articles written for these tests (invented people,
councils, clubs, firms and courts): a speaker's "she said" after a sentence in which that
speaker, as "she", reports what a new woman did ("She said a loss adjuster, Ellen Marsh,
had visited only once. ‘…,’ she said") is still the speaker's: the new woman is only
spoken of by the "she". Where the reporter is someone else ("The court heard ..."), the
old rule stands (nobody). Beats: local, courts, sport, business, health; outlets: local,
wire, tabloid, trade, broadsheet."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

REPORTED_BY_THE_SPEAKER = [
    (
        """Flooded homeowner fights insurer

Resident Carol Benn said the water had reached the top of her kitchen units.

Mrs Benn said she had spent her savings on repairs. She said a loss adjuster, Ellen Marsh, had visited only once.

"I have paid my premiums for 30 years," she said.""",
        "Carol Benn",
    ),
    (
        """Captain hails young squad

Captain Ruth Odell said the team had surprised everyone this season.

She said the club's new goalkeeper, Hannah Price, had kept nine clean sheets in a row.

"Nobody gave us a chance in August," she said.""",
        "Ruth Odell",
    ),
    (
        """Retailer boss defends store closures

Chief executive Linda Farrow defended the decision to shut 40 stores.

She said her finance director, Joanne Keyes, had warned the board about rents in March.

"We could not keep losing money on every one of those shops," she said.""",
        "Linda Farrow",
    ),
    (
        """Father tells of stabbing terror

Gary Whitton said he had been woken by shouting at 2am.

He told the court his neighbour, Paul Ince, had run into the street holding a knife.

"I thought he was going to kill somebody," he said.""",
        "Gary Whitton",
    ),
    (
        """Nurse says ward was short-staffed

Senior nurse Grace Ambler said the ward had been running with half its staff for months.

She said a colleague, Megan Doyle, had raised the same concern in writing in January.

"We were told to get on with it," she said.""",
        "Grace Ambler",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), REPORTED_BY_THE_SPEAKER)
def test_a_new_person_the_speaker_reports_on_does_not_take_the_pronoun(
    text: str, speaker: str
) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


def test_a_new_woman_reported_by_a_man_still_blocks_the_earlier_woman() -> None:
    text = """Ward staffing row at hospital

Senior nurse Grace Ambler said the ward had been running with half its staff for months.

Union official Tom Reed said a colleague, Megan Doyle, had raised the same concern in writing in January.

"We were told to get on with it," she said."""
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker != "Grace Ambler"
