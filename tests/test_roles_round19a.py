# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles of people, round 19, on synthetic passages written for these tests (invented
university officers, bank and firm heads, club secretaries). A post of a body that opens
the sentence right before its holder's name ("Chief executive of Norland Bank Kirsty
Vale said", "Registrar and secretary of Carrowmere University Helen Marsh-Dyer said",
"Director of Kestrel Energy Maria Lund said") is the holder's role; the body's name,
closed by its head word, is no part of the person's name, and the post's first word
is no body of its own. A family line, a pastime or a former calling set beside the name
gives way to a post a later sentence sets before the name ("Mrs Rita Cole, a mother of
three, ... The Minister for Schools, Rita Cole,") and to a relative clause of a calling
on the family line ("a mother of two who has taught history at the college for 14
years"); a relative clause telling an event is no role ("a father of two who has denied
all the charges"). An office named by its brief before a name whose given name is not
known is a brief of two words and a name of two ("Union Minister for Road Transport
Arvind Rao"), and a title qualified by a title before it still opens the office ("State
Minister for Higher Education Joseph Okello"). Beats: education, business, energy, sport (a club's officer),
politics (Indian, Ugandan, Ghanaian), courts, local news."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief
from briefsmith.evals.metrics import role_agrees

H = "Headline here\n\n"


def actor(text: str, name: str):  # type: ignore[no-untyped-def]
    actors = build_brief(text).actors
    found = [a for a in actors if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in actors]}"
    return found[0]


def names(text: str) -> list[str]:
    return [a.name for a in build_brief(text).actors]


BANK = H + "Chief executive of Norland Bank Kirsty Vale said profits fell."
REGISTRAR = (
    H
    + "Registrar and secretary of Carrowmere University Helen Marsh-Dyer said students would get extra sessions."
)
ENERGY = H + "Director of Kestrel Energy Maria Lund said the plant would close."
CLUB = H + "Secretary of the Farley Cricket Club Ron Tate said the pavilion was flooded."
COLLEGE = H + "Principal of Westmoor College Dev Anand said courses would be cut."


def test_a_post_of_a_body_opening_the_sentence_is_the_role_of_the_name_after_it() -> None:
    assert role_agrees(actor(BANK, "Kirsty Vale").role, "Chief executive of Norland Bank")
    assert role_agrees(
        actor(REGISTRAR, "Helen Marsh-Dyer").role,
        "Registrar and secretary of Carrowmere University",
    )
    assert role_agrees(actor(ENERGY, "Maria Lund").role, "Director of Kestrel Energy")
    assert role_agrees(actor(CLUB, "Ron Tate").role, "Secretary of the Farley Cricket Club")
    assert role_agrees(actor(COLLEGE, "Dev Anand").role, "Principal of Westmoor College")


def test_the_body_before_the_holder_is_no_part_of_the_holders_name() -> None:
    assert "Norland Bank Kirsty Vale" not in names(BANK)
    assert "Bank Kirsty Vale" not in names(BANK)
    assert "Kestrel Energy Maria Lund" not in names(ENERGY)
    assert "Westmoor College Dev Anand" not in names(COLLEGE)
    assert "Farley Cricket Club Ron Tate" not in names(CLUB)


def test_the_posts_first_word_is_no_body() -> None:
    assert "Registrar" not in names(REGISTRAR)


MINISTER = (
    H
    + "Mrs Rita Cole, a mother of three, said the school was failing. The Minister for Schools, Rita Cole, later said she would review it."
)
COUNCIL = (
    H
    + "Mrs Joy Akande, a mother of four, said the rent rise was unfair. The council leader, Joy Akande, said later she would fight it."
)
LECTURER = (
    H
    + "Dr Nadia Farrant, a mother of two who has taught history at Carrowmere for 14 years, said she was told by video call."
)
DENIED = (
    H
    + "Rhys Nolan, a father of two who has denied all the charges against him, will be sentenced in May."
)


def test_a_post_given_later_outranks_a_family_line_given_first() -> None:
    assert role_agrees(actor(MINISTER, "Rita Cole").role, "Minister for Schools")
    assert role_agrees(actor(COUNCIL, "Joy Akande").role, "council leader")


def test_a_calling_in_a_clause_on_the_family_line_is_the_role() -> None:
    assert role_agrees(
        actor(LECTURER, "Nadia Farrant").role, "has taught history at Carrowmere for 14 years"
    )


def test_an_event_in_a_clause_on_the_family_line_is_no_role() -> None:
    role = actor(DENIED, "Rhys Nolan").role
    assert role is not None and "denied" not in role


UNION = H + "Union Minister for Road Transport Arvind Rao said tolls would rise."
STATE = H + "State Minister for Higher Education Joseph Okello said loans would rise."
FOREIGN = H + "Minister for Foreign Affairs Kwame Mensah said the talks would go on."


def test_an_office_with_a_brief_of_two_words_before_an_unknown_given_name() -> None:
    assert role_agrees(actor(UNION, "Arvind Rao").role, "Union Minister for Road Transport")
    assert "Transport Arvind Rao" not in names(UNION)
    assert role_agrees(actor(FOREIGN, "Kwame Mensah").role, "Minister for Foreign Affairs")


def test_a_title_qualified_by_a_title_opens_the_office() -> None:
    assert role_agrees(actor(STATE, "Joseph Okello").role, "State Minister for Higher Education")
