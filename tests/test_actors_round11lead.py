"""An occupation capitalised before a name at the start of a sentence is the person's role,
not part of the name ("Astronaut Sam Idowu returned ..." is Sam Idowu, astronaut). Before
this, words ending in "-naut" stayed in the name, and the quote went to "Astronaut Sam
Idowu". The articles are synthetic, written for these tests (invented people)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

OCCUPATIONS = ["Astronaut", "Cosmonaut", "Sculptor", "Jockey", "Paramedic", "Pianist"]


@pytest.mark.parametrize("occupation", OCCUPATIONS)
def test_an_occupation_before_a_name_is_the_role(occupation: str) -> None:
    text = (
        f'{occupation} Noor Haddad returned home on Tuesday. "It feels strange to be '
        f'back," Haddad said.\n\nShe will speak at a conference next week.'
    )
    brief = build_brief(text)
    actors = {a.name: a.role for a in brief.actors}
    assert actors.get("Noor Haddad") == occupation
    assert [q.speaker for q in brief.quotes] == ["Noor Haddad"]
