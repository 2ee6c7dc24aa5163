"""An office's portfolio is no actor (round 20, lead): the brief after a minister's,
secretary's or commissioner's "for" ("Secretary for Trade and Industry", "The Minister
for Foreign Affairs and Trade") names a portfolio, not a body, and its words are no
person ("Foreign" is a title in "Foreign Secretary", never in "Foreign Affairs"). Bodies
after other posts, or whose names have a body's head word, stay actors. Synthetic
passages: invented people, real kinds of offices in several countries."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import build_brief

TAIL = "\n\nThe plan was welcomed by councils."


def _actors(passage: str) -> dict[str, tuple[str, str | None]]:
    text = clean_article(ArticleInput(text=passage + TAIL)).text
    return {a.name: (a.kind, a.role) for a in build_brief(text).actors}


@pytest.mark.parametrize(
    ("passage", "holder", "role"),
    [
        (
            "Secretary for Trade and Industry Ann Lee said exports had grown.",
            "Ann Lee",
            "Secretary for Trade and Industry",
        ),
        (
            "The Minister for Foreign Affairs and Trade, Ann Lee, said talks would resume.",
            "Ann Lee",
            "The Minister for Foreign Affairs and Trade",
        ),
        (
            "The Secretary of State for Foreign Affairs, Tom Bell, said the embassy would reopen.",
            "Tom Bell",
            "The Secretary of State for Foreign Affairs",
        ),
    ],
)
def test_a_portfolio_is_no_body_and_its_words_no_person(
    passage: str, holder: str, role: str
) -> None:
    actors = _actors(passage)
    assert actors == {holder: ("person", role)}


@pytest.mark.parametrize(
    ("passage", "body"),
    [
        # Another post's "for" or "of": the body it names acts through its staff.
        ("A spokesman for Tesco said the stores would reopen. Tesco shares rose 2%.", "Tesco"),
        # A body after a commissioner, named again on its own.
        (
            "Commissioner for Trade Ann Lee said tariffs would be cut. The European "
            "Commission said talks would resume.",
            "European Commission",
        ),
        # The portfolio's word is also a party's name, which acts elsewhere.
        (
            "The Labour Party said the minister must resign. Minister for Labour Ann Lee "
            "said she would stay.",
            "Labour Party",
        ),
        # A department, not an office: its listed brief is its name.
        (
            "The Department for Culture, Media and Sport said the review would report soon.",
            "Department for Culture, Media and Sport",
        ),
    ],
)
def test_bodies_beside_offices_stay_actors(passage: str, body: str) -> None:
    assert _actors(passage).get(body, ("", None))[0] == "organization"


@pytest.mark.parametrize(
    ("passage", "holder", "role"),
    [
        # The brief's last item after "and the" is no title of its own ("Marine").
        (
            "Minister for Agriculture, Food and the Marine Ann Lee told the Dáil the scheme "
            "was open.",
            "Ann Lee",
            "Minister for Agriculture, Food and the Marine",
        ),
        # The parse hangs the brief on the name: the office is the whole title.
        (
            '"We will fight on," said Minister for Labour and Employment Ann Lee.',
            "Ann Lee",
            "Minister for Labour and Employment",
        ),
        (
            "Chair of the Health and Social Care Committee Tom Bell said waiting lists "
            "were too long.",
            "Tom Bell",
            "Chair of the Health and Social Care Committee",
        ),
    ],
)
def test_the_role_is_the_whole_office_not_its_brief(passage: str, holder: str, role: str) -> None:
    assert _actors(passage)[holder] == ("person", role)


@pytest.mark.parametrize(
    ("passage", "holder"),
    [
        # A post noun's listed brief, taken with the name for a body or a person.
        ("Head of Research and Development Anil Rao said the chip would ship in May.", "Anil Rao"),
        ("Head of Sales and Marketing Tom Bell said orders had doubled.", "Tom Bell"),
    ],
)
def test_a_posts_listed_brief_is_no_part_of_the_holders_name(passage: str, holder: str) -> None:
    actors = _actors(passage)
    assert set(actors) == {holder}
    assert actors[holder][0] == "person"


@pytest.mark.parametrize(
    ("passage", "holder", "role"),
    [
        (
            "Head of Research and Development Anil Rao said the chip would ship in May.",
            "Anil Rao",
            "Head of Research and Development",
        ),
        # The parse joins the given name to the brief's first item.
        (
            "Head of Research and Development Priya Raman said the new cranes would be "
            "built locally.",
            "Priya Raman",
            "Head of Research and Development",
        ),
        # The parse joins the whole name to the brief's first item.
        (
            "Head of Sales and Marketing Tom Bell said orders had doubled.",
            "Tom Bell",
            "Head of Sales and Marketing",
        ),
    ],
)
def test_the_head_of_a_listed_brief_holds_the_whole_post(
    passage: str, holder: str, role: str
) -> None:
    assert _actors(passage)[holder] == ("person", role)
