# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""A job at a body, then the person's name, round 16 (the lead), on synthetic passages
written for these tests (invented people, hospitals, firms and councils). "A consultant
at Riverside Hospital, Dr Amir Khan, said" is parsed with the name in apposition to the
hospital; a person's name is never a body's apposition, so it names the holder of the
job, whatever the job is ("consultant", "economist", "director"), not only the posts of
the role list (round 16f). Before, such words were left unattributed or credited to the
firm. Beats: health, business, local government, science."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A consultant at Riverside Hospital, Dr Amir Khan, said: 'We are seeing more cases every week.'",
            "Amir Khan",
        ),
        (
            "An economist at Kestrel Capital, Priya Shah, said: 'Rates will stay high for another year.'",
            "Priya Shah",
        ),
        (
            "A director of Orbis Ltd, Sam Hale, said: 'The deal is off and we are walking away.'",
            "Sam Hale",
        ),
    ],
)
def test_the_name_after_a_job_at_a_body_speaks(text: str, expected: str) -> None:
    [quote] = build_brief(text).quotes
    assert quote.speaker == expected


def test_a_relative_of_a_person_still_needs_the_article_to_say_who() -> None:
    text = "The mother of the victim, Ann Lee, said: 'He was a gentle boy who loved football.'"
    [quote] = build_brief(text).quotes
    assert quote.speaker == "Ann Lee"
