"""A body the actor step finds only after the quotes are read still speaks its own words
(round 21, lead): "Loganair said: '…'", where the recognizer names no body and the
actor step finds the one-word body from the rest of the article, credits the body, as a
surname found late already did for people ("'…,' de los Santos said"). The name must be
written exactly as the body's: nothing else is credited. Synthetic passages: invented
carriers and firms; "Unite" and "Unison" are kinds of one-word union names."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import build_brief


def _brief(passage: str):  # type: ignore[no-untyped-def]
    return build_brief(clean_article(ArticleInput(text=passage)).text)


@pytest.mark.parametrize(
    ("passage", "words", "body"),
    [
        (
            "Fog grounded flights across the islands on Monday. Loganair cancelled 40 flights."
            '\n\nLoganair said: "We are sorry for the disruption."',
            "We are sorry for the disruption.",
            "Loganair",
        ),
        (
            "Fog grounded flights across the islands on Monday. Westjet cancelled 40 flights."
            '\n\nWestjet said: "We are sorry for the disruption."',
            "We are sorry for the disruption.",
            "Westjet",
        ),
        (
            "Heavy rain closed the terminal on Friday. Bluecrest cancelled 40 flights."
            '\n\nBluecrest said: "Passengers will be rebooked at no cost."',
            "Passengers will be rebooked at no cost.",
            "Bluecrest",
        ),
        (
            "Talks between Unite and Morrow Haulage collapsed on Friday."
            '\n\n"Our members have had enough," Unite said.'
            '\n\n"The offer is fair," Morrow Haulage said.',
            "Our members have had enough",
            "Unite",
        ),
    ],
)
def test_a_body_found_late_is_credited_with_its_words(passage: str, words: str, body: str) -> None:
    brief = _brief(passage)
    assert body in {a.name for a in brief.actors if a.kind == "organization"}
    speakers = {q.text: q.speaker for q in brief.quotes}
    assert speakers.get(words) == body, speakers


def test_a_name_no_actor_has_is_still_left_unattributed() -> None:
    # (synthetic) "Aerlink" is read as a common noun and never found as an actor: its
    # words stay with nobody rather than with the other carrier named.
    brief = _brief(
        "Fog grounded flights across the islands on Monday. Aerlink cancelled 40 flights, "
        "and Loganair cancelled 12.\n\n"
        'Aerlink said: "We are sorry for the disruption."'
    )
    speakers = [q.speaker for q in brief.quotes]
    assert speakers == ["unattributed"], speakers
