"""Round 38: after a phrase that opens the sentence ("In a statement after the hearing,",
"Outside court,"), the parser can join the subject to the phrase's last noun as a list
item with no "and", or read the place itself as the subject; the verb is then left with
no subject, and the speaker's later "she said" went to the person before or to nobody.
Every passage is synthetic (invented people and bodies)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

JUDGE = (
    "Judge Miriam Ashdown fined the water company £2m on Monday. "
    '"They chose to pay dividends instead," she said.\n\n'
)


@pytest.mark.parametrize(
    ("passage", "speaker"),
    [
        # The first two gave "Miriam Ashdown" and "unattributed" before round 38.
        (
            JUDGE + "In a statement after the hearing, Wendmoor's chief executive, Fiona "
            'Castellane, said the company accepted the judgment. "We are deeply sorry," she '
            "said.",
            "Fiona Castellane",
        ),
        (
            JUDGE + "Outside court, Wendmoor's chief executive, Fiona Castellane, said the "
            'company accepted the judgment. "We are deeply sorry," she said.',
            "Fiona Castellane",
        ),
        # Guards in other beats, which held before.
        (
            JUDGE + "Outside court, the family's solicitor, Ruth Ames, said they were "
            'relieved. "Justice has been done," she said.',
            "Ruth Ames",
        ),
        (
            'Referee Paul Tierney sent off two players. "It was a straight red," he said.'
            "\n\nAfter the match, the visitors' manager, Gary Pound, said his side had been "
            'robbed. "We deserved a point," he said.',
            "Gary Pound",
        ),
        (
            'Governor Tom Bryce said rates would stay on hold. "Inflation is falling," he '
            "said.\n\nIn a note to clients on Friday, the bank's chief economist, Priya "
            'Natarajan, said a cut was likely by June. "The data point one way," she said.',
            "Priya Natarajan",
        ),
        (
            JUDGE + "After the floods and the fires, the town's mayor, Joan Pike, said help "
            'was coming. "We will rebuild," she said.',
            "Joan Pike",
        ),
    ],
)
def test_the_subject_after_a_fronted_phrase_speaks_on(passage: str, speaker: str) -> None:
    quotes = build_brief(passage).quotes
    assert len(quotes) == 2
    assert quotes[1].speaker == speaker


@pytest.mark.parametrize(
    "passage",
    [
        "In Leeds, Manchester, Liverpool and York, the counts were delayed overnight.",
        "Outside the court, a crowd of 200 people gathered in the rain.",
    ],
)
def test_a_real_list_or_a_place_names_nobody(passage: str) -> None:
    assert not [a for a in build_brief(passage).actors if a.kind == "person"]
