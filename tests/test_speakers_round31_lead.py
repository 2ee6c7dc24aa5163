# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 31, the lead's class, found while writing the round's cross-surface article: a
second name the parser hangs on the speaker's name as an apposition, when it names the
noun written right before it inside the speaker's own description ("Jo Reid, a friend of
the victim, Alan Price, said", "Priya Nair, acting for the driver, Tom Hale, said",
"X, who represents the farmer, Y, said"), is not the speaker: the subject is. A wrong
speaker is worse than "unattributed", and these went to the victim, the client, the
farmer. The round-16 case the rule was written for stays ("Pressed by the committee
chair, Alan Reeve, on bonuses, Ms Pitt replied": the name before the verb speaks), and
so does a description's own noun renamed ("Sam Hill, the manager, Joe Bloggs, said"
is Bloggs's, as the parser reads it).

Five of the eight positives credited the wrong person before; three held already and
guard the rule. Every passage here is synthetic, written for these tests (invented people and places),
in courts, sport, politics, local and business copy from British, Kenyan, Nigerian,
Australian, Irish and US outlets.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _speaker_of(text: str, part: str) -> str:
    speakers = [q.speaker for q in build_brief("Headline\n\n" + text).quotes if part in q.text]
    assert len(speakers) <= 1
    return speakers[0] if speakers else "(no quote)"


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        # an apposed noun's object renamed: a friend of the victim, the lawyer for the farmer
        (
            'Jo Reid, a friend of the victim, Alan Price, said: "He was the kindest man in the whole village."',
            "kindest man",
            "Jo Reid",
        ),
        (
            'Jo Reid, the lawyer for the farmer, Alan Price, said: "He did nothing wrong at all that day."',
            "nothing wrong",
            "Jo Reid",
        ),
        (
            'Wanjiru Kamau, the neighbour of the tenant, Otieno Mwangi, told the court: "I heard shouting through the wall every night."',
            "shouting through",
            "Wanjiru Kamau",
        ),
        # a participle hanging on the speaker
        (
            'Defence lawyer Priya Nair, acting for the driver, Tom Hale, said: "He is deeply sorry for what happened that night."',
            "deeply sorry",
            "Priya Nair",
        ),
        (
            'Senior Counsel Daniel Mbeki, representing the ringleader, Craig Fenwick, said his client had been "a frightened man in a very dangerous trade".',
            "frightened man",
            "Daniel Mbeki",
        ),
        # a "who" clause on the speaker
        (
            'Jo Reid, who represents the farmer, Alan Price, said: "He did nothing wrong at all that day."',
            "nothing wrong",
            "Jo Reid",
        ),
        (
            'Coach Sam Ade, who signed the striker, Tom Beck, in January, said: "He has been worth every penny of the fee."',
            "every penny",
            "Sam Ade",
        ),
        (
            'Senator Ana Cruz, an ally of the governor, Mike Dunn, told reporters: "This budget is dead on arrival in the Senate."',
            "dead on arrival",
            "Ana Cruz",
        ),
    ],
)
def test_a_name_renaming_a_noun_in_the_description_is_not_the_speaker(
    text: str, part: str, speaker: str
) -> None:
    assert _speaker_of(text, part) == speaker


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        # negatives: the rule's own cases stay
        (
            'Pressed by the committee chair, Alan Reeve, on bonuses, Ms Pitt replied: "No bonus will be paid this year."\n\nJane Pitt is chief executive of Marlow Water.',
            "No bonus",
            "Jane Pitt",
        ),
        (
            'Questioned by the club chairman, Sam Hill, the manager, Joe Bloggs, said: "We have a plan and we will stick to it."',
            "stick to it",
            "Joe Bloggs",
        ),
        (
            'Speaking outside court, Mary Otieno, the sister of the accused, James Otieno, said: "Our family has been torn apart by this."',
            "torn apart",
            "Mary Otieno",
        ),
    ],
)
def test_the_name_before_the_verb_still_speaks_where_it_should(
    text: str, part: str, speaker: str
) -> None:
    assert _speaker_of(text, part) == speaker
