# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers, round 16 (helper e), on synthetic passages written for these tests
(invented judges, soaps and parts): a name inside a relative clause on the speaker's
role noun ("The former soap star, 52, who played landlady Bridie Kinsella, told ...") is
the part she played, never the speaker. Beat and outlet: entertainment (tabloid); UK
English."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief

STAR = """Judge Donna Featherstone was criticised last night.

The former soap star, 52, who played scheming landlady Bridie Kinsella in Quay Street for 11 years, told the girl her audition was "like a cat stuck in a tumble dryer"."""

ALONE = """The former soap star, 52, who played scheming landlady Bridie Kinsella in Quay Street for 11 years, told the girl her audition was "like a cat stuck in a tumble dryer"."""


def test_a_name_in_a_clause_on_the_role_noun_is_not_the_speaker() -> None:
    (quote,) = build_brief(STAR).quotes
    assert quote.speaker == "Donna Featherstone"
    # (with nobody else named, nobody: a wrong speaker is worse than none)
    (alone,) = build_brief(ALONE).quotes
    assert alone.speaker != "Bridie Kinsella"
