# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Words a written thing "read" are never the previous speaker's, round 16 (the lead), on
synthetic passages written for these tests (invented people and places). "The note left
by the driver read ‘…’, coroner X said" after another person's quote went to that
person: "the note" was taken for the document the previous quote came from, because the
quote's own frame names it. A document the paragraph before names ("Ann Lee said in a
statement ... The statement read: ‘…’") still speaks for its author.

Beats: inquests, courts, local news, business."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

BEFORE = '"The road was closed within minutes," Sergeant Tom Reyes said.\n\n'


def speaker(text: str, fragment: str) -> str:
    quotes = [q for q in build_brief(text).quotes if fragment in q.text]
    assert quotes, f"no quote holds {fragment!r}"
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("passage", "fragment"),
    [
        (
            'The note left by the driver read "I am sorry for everything I have done", coroner Helen Marsh said.',
            "sorry for everything",
        ),
        ('The statement read: "The company will not comment on an ongoing case."', "not comment"),
        (
            'The text message read "I will be home late tonight, do not wait up", the court heard.',
            "home late",
        ),
        (
            'The card on the flowers read "For the best dad in the world, we miss you", his cousin said.',
            "best dad",
        ),
    ],
)
def test_a_written_thing_after_anothers_quote_is_not_theirs(passage: str, fragment: str) -> None:
    assert speaker(BEFORE + passage, fragment) != "Tom Reyes"


def test_a_statement_the_paragraph_before_names_is_its_authors() -> None:
    text = 'Ms Ann Lee said in a statement: "We are heartbroken by the loss of our son."\n\nThe statement read: "We will not comment further on the case."'
    assert speaker(text, "not comment further") == "Ann Lee"
