# ruff: noqa: E501 - each passage is one line, as pages deliver them
"""Round 28 (the lead): a name the recognizer reads as a body although the article
writes it after a form of address ("Mrs Ebiere Sunday": the recognizer's "Mrs Ebiere" is
an ORG and "Sunday" a date) is a person. Synthetic passages (invented people and
places, Nigerian local news); the negatives are names of people the
engine already reads right and a body named after a person, which must stay as they
are."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

PEOPLE = [
    (
        'At the Otuoke primary school camp, Mrs Ebiere Sunday said she had received one bag of rice in 10 days. "They came with cameras and left," she said.',
        "Ebiere Sunday",
    ),
    (
        'At the Yenagoa general hospital ward, Mrs Ebimo Friday said the beds were full. "We sleep on the floor," she said.',
        "Ebimo Friday",
    ),
    (
        'At the Bonny island jetty, Mr Tonye Monday said the boats had stopped. "There is no fuel," he said.',
        "Tonye Monday",
    ),
    (
        'At the Kaduna Polytechnic hostel, Mr Ibimina Dokubo said students had been moved. "Nobody told us," he said.',
        "Ibimina Dokubo",
    ),
]


@pytest.mark.parametrize(("passage", "name"), PEOPLE)
def test_a_name_after_a_form_of_address_is_a_person(passage, name):
    brief = build_brief(f"Headline\n\n{passage}")
    kinds = {a.name: a.kind for a in brief.actors}
    assert kinds.get(name) == "person", kinds
    assert [q.speaker for q in brief.quotes] == [name]


def test_a_body_named_after_a_person_stays_a_body():
    brief = build_brief(
        "Headline\n\nShares in Mr Kipling maker Premier Foods rose 3% after the company said sales had grown."
    )
    kinds = {a.name: a.kind for a in brief.actors}
    assert kinds.get("Premier Foods") == "organization", kinds
