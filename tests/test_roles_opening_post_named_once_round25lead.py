# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""A post of a body opening the sentence before a person named only once ("Minister of
State at the Department of Rural Affairs Sinead Folan said"): the recognizer makes one
body of the department and the person. Round 25's helper split it when the article names
the person again; named once, the brief listed the body "Department of Rural Affairs
Sinead Folan" (and credited it with her words) or nobody. Now the person is listed with
the whole post as her role. Synthetic passages (invented councils, ministers and
officials; Irish and British copy); a body named after a person stays a body."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

LEAD = "Carrowmore County Council has set aside money for the pier.\n\n"


@pytest.mark.parametrize(
    ("sentence", "person", "role"),
    [
        (
            'Minister of State at the Department of Rural Affairs Sinead Folan said: "The money will be released in the spring."',
            "Sinead Folan",
            "Minister of State at the Department of Rural Affairs",
        ),
        (
            "Minister of State at the Department of Transport Aoife Kinsella said the money would be released in the spring.",
            "Aoife Kinsella",
            "Minister of State at the Department of Transport",
        ),
        (
            'Head of the Office of Public Works Tom Bell said: "The money will be released in the spring."',
            "Tom Bell",
            "Head of the Office of Public Works",
        ),
    ],
)
def test_the_person_holds_the_post(sentence: str, person: str, role: str) -> None:
    brief = build_brief(LEAD + sentence)
    actors = {a.name: a for a in brief.actors}
    assert actors[person].kind == "person"
    assert actors[person].role == role
    assert not [name for name in actors if name.endswith(" " + person)]


def test_her_words_are_hers_not_the_departments() -> None:
    brief = build_brief(
        LEAD
        + 'Minister of State at the Department of Rural Affairs Sinead Folan said: "The money will be released in the spring."'
    )
    [quote] = brief.quotes
    assert quote.speaker == "Sinead Folan"


def test_a_body_named_after_a_person_stays_a_body() -> None:
    brief = build_brief(
        "Funding for the hospice was confirmed on Monday.\n\nThe Friends of Ashworth Cathedral said the money would be spent on the roof."
    )
    assert not [a for a in brief.actors if a.kind == "person"]


def test_a_post_opening_is_read_only_when_short_enough_to_be_one() -> None:
    # The bench's 1 MB shape took 87 s when every name re-read its whole sentence: an
    # opening longer than any post is not read (and not sliced) per name.
    from briefsmith.core.extraction.actors import _post_opening_between

    opening = "Head of the Office of Public Works "
    assert _post_opening_between(opening, 0, len(opening)) == opening.rstrip()
    long_run = "it's the Smiths' car, " * 500 + opening
    assert _post_opening_between(long_run, 0, len(long_run)) is None
