# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Actors, round 7b, on synthetic sport reports written for these tests (invented clubs
and players): a name that closes on a club's word no surname takes ("Town", "Rovers",
"Wanderers", "United") is a club, an organization, even where the small recognizer
called it a person; a name opened by a common given name stays a person's. Beats:
football, rugby league, local sport."""

from __future__ import annotations

from briefsmith.engines.extractive import build_brief

KESTRELS = """Kestrels win at last

Redbridge Kestrels ended a run of nine defeats by beating Lowther Town 2-1, striker Aaron Pike scoring the winner.

The 29-year-old, who joined from Harlow in the summer, said: "It has been a hard few months for everyone."
"""

DERBY = """Late try settles derby

Garston Wanderers came from behind to beat Pellow United 18-16 at Mill Lane on Sunday.

Pellow United coach Dan Ainsley said his side had "run out of legs" in the last ten minutes.
"""


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in build_brief(text).actors}


def test_a_club_the_recognizer_called_a_person_is_an_organization() -> None:
    found = kinds(KESTRELS)
    assert found.get("Lowther Town") == "organization"
    assert found.get("Aaron Pike") == "person"


def test_clubs_closing_on_wanderers_or_united_are_organizations() -> None:
    found = kinds(DERBY)
    clubs = {
        name: kind for name, kind in found.items() if name in ("Garston Wanderers", "Pellow United")
    }
    assert clubs, f"no club among {found}"
    assert set(clubs.values()) == {"organization"}


FALCONS = """Falcons edge derby

Dunholm Falcons beat Ashby Rovers 24-20 on Saturday, with winger Kieran Doyle scoring two tries.

Falcons coach Mark Ellery said the win was "the best of the season".
"""


def test_a_side_named_by_a_plural_nickname_is_an_organization() -> None:
    found = kinds(FALCONS)
    assert found.get("Dunholm Falcons") == "organization"
    assert found.get("Kieran Doyle") == "person"
