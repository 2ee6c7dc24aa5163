"""A result score measures which sides met and how it went, not the words before it
(round 27, lead): "a 2-1 win over Manchester United" measured "final score: catch Arsenal
after a", "to draw 2-2 with Shamrock Rovers" measured "final score: goals down to draw".
Synthetic passages written for these tests (invented clubs and players; football, rugby,
hockey and baseball; UK, Irish and US styles)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _score_measure(text: str) -> str:
    scores = [f for f in build_brief(f"Headline\n\n{text}").figures if f.unit == "score"]
    assert len(scores) == 1, [(f.text, f.unit, f.measures) for f in scores]
    return scores[0].measures or ""


@pytest.mark.parametrize(
    ("paragraph", "sides"),
    [
        (
            "Kinvara Town came from two goals down to draw 2-2 with Ballymore Celtic on"
            " Friday night.",
            ("Kinvara Town", "Ballymore Celtic"),
        ),
        (
            "Ashgrove boss Tom Reilly insisted his side can still catch the leaders after a"
            " 2-1 win over Dunmore Rovers at Harbour Park.",
            ("Dunmore Rovers",),
        ),
        (
            "The forward struck twice as Rovers beat Hallowfield United 3-1 in front of a"
            " record crowd.",
            ("Rovers", "Hallowfield United"),
        ),
        (
            "Dunmore Rovers lost 3-0 to Ashcombe Athletic on Tuesday night.",
            ("Dunmore Rovers", "Ashcombe Athletic"),
        ),
        (
            "Kestrel Bay beat the Mariners 40-6 at Harbour Park on Saturday.",
            ("Kestrel Bay", "Mariners"),
        ),
        ("Okafor scored twice as Harlow won 2-1 at home to Selby Town.", ("Harlow", "Selby Town")),
        (
            "The Portland Ravens secured a 5-4 victory over the Sacramento Pioneers in the"
            " ninth inning.",
            ("Sacramento Pioneers",),
        ),
    ],
)
def test_a_result_score_names_the_sides(paragraph, sides):
    measure = _score_measure(paragraph)
    assert measure.startswith("final score"), measure
    for side in sides:
        assert side in measure, measure
    # no words of the sentence that are neither a side nor the result
    assert not any(w in measure.split() for w in ("down", "after", "catch", "struck", "twice")), (
        measure
    )


def test_a_score_with_no_other_side_named_keeps_the_words_before_it():
    # (synthetic) nothing names the other side: the old reading stays
    measure = _score_measure("Harlow won 2-1, with goals from Ann Lee and Tom Bell.")
    assert measure.startswith("final score"), measure
    assert "Harlow" in measure, measure
