"""A lone capital between name words is part of the name (round 20, lead): a middle
initial written without its stop ("Michael J Fox", house style in much British copy) and
the Irish "Ó" ("Ciarán Ó Dálaigh", where the recognizer found only a body "Dálaigh").
Capitals that open or close a run stay out ("Plan B", "Class A"). Synthetic passages,
invented people but for the two public names of the style's examples."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import build_brief

TAIL = "\n\nThe plan was welcomed by councils."


def _brief(passage: str):
    return build_brief(clean_article(ArticleInput(text=passage + TAIL)).text)


@pytest.mark.parametrize(
    ("passage", "person"),
    [
        ("Ciarán Ó Dálaigh said the scheme would open in May.", "Ciarán Ó Dálaigh"),
        ("Sean O Casey wrote the play in a fortnight, his agent said.", "Sean O Casey"),
        ("Councillor Tomás Ó Ruairc said the bridge would be repaired.", "Tomás Ó Ruairc"),
    ],
)
def test_an_irish_o_is_part_of_the_name(passage: str, person: str) -> None:
    actors = {a.name: a.kind for a in _brief(passage).actors}
    assert actors.get(person) == "person", actors
    assert not [name for name in actors if name != person and name in person]


def test_an_office_holder_with_an_irish_o_speaks() -> None:
    brief = _brief(
        'Minister for Arts, Heritage and Gaeltacht Ciarán Ó Dálaigh said: "It is a great day."'
    )
    assert [q.speaker for q in brief.quotes] == ["Ciarán Ó Dálaigh"]
    [actor] = brief.actors
    assert actor.role == "Minister for Arts, Heritage and Gaeltacht"


@pytest.mark.parametrize(
    "passage",
    [
        "Plan B Lee said the vote was close.",
        "The Class A Drugs unit said arrests had risen.",
    ],
)
def test_a_capital_opening_or_closing_a_run_makes_no_person(passage: str) -> None:
    assert not [a for a in _brief(passage).actors if a.kind == "person"]
