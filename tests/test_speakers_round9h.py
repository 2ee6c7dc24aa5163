"""Speakers, round 9h, on synthetic articles written for these tests (invented players,
traders and clubs): "the Norwegian said", "the Italian added" for someone the article
gave no such word is read like a pronoun of either gender: the one person both
readings name (the subject brought in just before), given no age. Nobody when a man
and a woman who both spoke are in reach. Beats: sport, business, local; outlets:
broadcaster, tabloid, wire, local."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

DESCRIBED = [
    (
        """Berg beaten in Halle quarter-final

Top seed Marco Lind reached the semi-finals in Halle with a straight-sets win on Friday.

Tomas Berg, who won the title here last year, said his opponent had deserved the win.

"He served better than anyone I have played this year," the Norwegian said.""",
        "Tomas Berg",
    ),
    (
        """City held at home

City were held to a goalless draw by Rovers on Saturday.

Defender Luca Ferri, who joined in January, said the team had been unlucky in front of goal.

"We made enough chances to win two games," the Italian added.""",
        "Luca Ferri",
    ),
    (
        """Market traders hit by roadworks

Traders at Eastgate market say their takings have halved since roadworks began.

Mara Oduya, who has run a fruit stall there for eleven years, said customers could not park.

"Some days I go home with less than I paid for the pitch," the Kenyan said.""",
        "Mara Oduya",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), DESCRIBED)
def test_a_description_given_to_nobody_reads_like_a_pronoun(text: str, speaker: str) -> None:
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


def test_a_description_between_a_man_and_a_woman_who_spoke_is_nobody() -> None:
    text = """Mixed doubles pair split

Anna Kerr said on Monday that she would play with a new partner next season.

Her partner, Tom Vance, said he had been told by text message.

"I found out from my phone like everyone else," the Scot said."""
    quotes = build_brief(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker == "unattributed"
