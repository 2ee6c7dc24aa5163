# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Roles, round 28b, on synthetic passages written for these tests (invented retailers,
airlines, carmakers, clubs, parties and their people). A body or person named after
"Rival" or "Rivals" opening the sentence ("Rival Hatton and Bryce reported", "Rival
Jetcrest has complained", "Rivals Pemberton Ltd and Ashgrove Group declined") is the
story's rival: the word is their role and no part of their name, as "Its rival Marlow
Airways" already gave. Other glued words ("Former", "Fellow", "Outgoing") opening a name
are no role by themselves, and "rival" used as an adjective on another noun ("The rival
bid from Fennick Holdings") or in a possessive ("Mr Obi's rival, Tunde Bakare,") is left
to the readers that already handle it. Beats: retail, aviation, motoring, sport,
politics; UK, Irish, Australian, Nigerian, Indian and Canadian usage."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

H = "Headline here\n\n"


def actors_of(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in build_brief(H + text).actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rival Hatton and Bryce reported on Tuesday that its own sales had risen 2%, helped by its beauty halls.", "Hatton and Bryce"),
        ("Rival Jetcrest has complained that the deal would leave it facing a single operator on eight routes out of Belfast.", "Jetcrest"),
        ("Rival Northway Foods said its own sales fell 3% in the quarter to September.", "Northway Foods"),
        ("Rival Kingfisher Air cut its fares on the Lagos to Abuja route by 15 per cent last week.", "Kingfisher Air"),
        ("Rival Tasman Freight said on Monday it would match the price cut from January.", "Tasman Freight"),
        ("Rival Bharat Cement Ltd reported a 9 per cent rise in quarterly profit on Friday.", "Bharat Cement Ltd"),
        ("Rivals Pemberton Ltd and Ashgrove Group both declined to comment on the ruling.", "Pemberton Ltd"),
    ],
)
def test_rival_opening_the_sentence_is_the_role(text: str, name: str) -> None:
    found = actors_of(text)
    assert name in found, found
    assert (found[name] or "").casefold() == "rival"
    assert not any(n.casefold().startswith("rival") for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Former Rovers striker Danny Clegg said the club had lost its way.", "Danny Clegg"),
        ("Outgoing Maple Leaf Bank said it would sell the branch network by March.", "Maple Leaf Bank"),
        ("Fellow Kestrel Foods director Ann Kowal said the board had been misled.", "Ann Kowal"),
        ("Mr Obi's rival, Tunde Bakare, conceded defeat on Sunday night.", "Tunde Bakare"),
        ("Ann Kowalski, a rival of the mayor, said the budget would not pass.", "Ann Kowalski"),
    ],
)
def test_other_glued_words_and_rivals_read_elsewhere_unchanged(text: str, name: str) -> None:
    found = actors_of(text)
    assert name in found, found
    assert found[name] != "rival"


def test_rival_adjective_on_another_noun_gives_no_rival_role() -> None:
    found = actors_of("The rival bid from Fennick Holdings was rejected by the board on Friday.")
    assert "Fennick Holdings" in found, found
    assert found["Fennick Holdings"] is None
