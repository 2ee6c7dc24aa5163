"""Roles from the article's own apposition (issue 15, item 5): "Name, a family doctor"
gives "a family doctor"; a description before the name or with a nickname is kept whole;
never junk ("Husband and wife", "The commander", "led by ..."). Articles written for
these tests; the seed check reads the seeds' own wording."""

from __future__ import annotations

import pathlib

from briefsmith.core.extraction.actors import extract_actors

SEEDS = pathlib.Path(__file__).resolve().parents[1] / "seeds"


def _roles(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in extract_actors(text) if a.kind == "person"}


def test_appositive_roles_without_the_clause_after_them():
    text = (
        "Dr. Priya Nair, a family doctor who runs the only clinic in the valley, said the "
        "road had been closed for a week. Tom Reyes, a retired firefighter, said he would "
        "stay."
    )
    roles = _roles(text)
    assert roles["Priya Nair"] == "a family doctor"
    assert roles["Tom Reyes"] == "a retired firefighter"


def test_a_description_before_the_name_and_a_nickname():
    text = (
        "The captain of the visiting side, Jo Marsh, said the pitch was poor. A veteran "
        "trader who goes by the nickname Ace said prices would rise."
    )
    roles = _roles(text)
    assert roles["Jo Marsh"] == "The captain of the visiting side"
    assert roles["Ace"] == "A veteran trader who goes by the nickname Ace"


def test_no_junk_roles():
    text = (
        "Husband and wife Carl Pike and Ann Pike, who run the bakery, said they would "
        "reopen. The club, led by chairman Ian Webb, said the coach had resigned. "
        "The manager, Ray Holt, said nothing. Residents said the council had been "
        "defeating every plan. Officials said two-term incumbent Robert Hale had conceded."
    )
    roles = _roles(text)
    assert roles.get("Carl Pike") is None
    assert roles["Ian Webb"] == "chairman"
    assert roles.get("Ray Holt") is None  # "The manager": nothing the name does not say
    assert roles["Robert Hale"] == "two-term incumbent"


def test_seed_roles_come_from_their_own_apposition():
    (path,) = SEEDS.glob("001_*.txt")
    roles = _roles(path.read_text(encoding="utf-8"))
    assert roles["Olena Molchanova"] == "a family doctor"
    assert roles["Yevgeny Prigozhin"] == "Putin ally"
    (path,) = SEEDS.glob("000_*.txt")
    assert _roles(path.read_text(encoding="utf-8"))["Madyar"].startswith("a Ukrainian commander")
