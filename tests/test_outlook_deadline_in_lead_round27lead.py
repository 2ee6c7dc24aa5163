"""A span left to act in ("has 14 days to sign it into law") is the story's next step,
even when the lead tells it: the outlook was empty for "President X has 14 days to sign
it into law" as the third sentence of a wire story. A span already behind ("had 14 days
to appeal but did not") stays out. Round 27, lead; synthetic passages written for these
tests (invented people, clubs and bodies)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _outlook(text: str) -> str:
    return build_brief(f"Headline\n\n{text}").outlook


@pytest.mark.parametrize(
    ("paragraph", "step"),
    [
        (
            "The national assembly on Tuesday approved a finance bill that raises taxes on"
            " bread. Lawmakers voted 195 to 106 in favour. President Amos Kariuki has 14 days"
            " to sign it into law.",
            "has 14 days to sign it into law",
        ),
        (
            "Harlow Rovers were fined £50,000 on Friday for crowd trouble. Fans were furious"
            " at the decision. The club has 14 days to appeal.",
            "has 14 days to appeal",
        ),
        (
            "The regulator ordered Brellow Water to cut leaks by a fifth. Customers have"
            " complained for years. The company has three months to submit a plan.",
            "has three months to submit a plan",
        ),
    ],
)
def test_a_span_left_to_act_in_is_the_outlook(paragraph, step):
    assert step in _outlook(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Harlow Rovers were fined £50,000 in March for crowd trouble. Fans were furious at"
        " the decision. The club had 14 days to appeal but did not.",
        "The striker joined in 2019 on a free transfer. He scored 40 goals in two seasons."
        " He had two weeks to decide and chose to stay.",
    ],
)
def test_a_span_already_behind_is_not(paragraph):
    assert "days to" not in _outlook(paragraph) and "weeks to" not in _outlook(paragraph)
