"""A member's party and seat in brackets after her name ("Faridah Osman (PN–Kuala Nerus)",
"Ciara Walsh (FF, Cork South-West)") name a constituency, not a person, even when the
recognizer calls the seat a person: the seat is no actor and never the "she" who speaks
next. Found by the lead on round 26's Malaysian dev page, then swept across Malaysian,
Irish, British, Mexican and US copy. Every passage here is synthetic, written for these
tests (invented members, seats of no consequence)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _brief(text: str):
    return build_brief(f"Headline\n\n{text}")


@pytest.mark.parametrize(
    ("paragraph", "member", "seat"),
    [
        # Malaysian broadsheet: a party acronym and an en dash
        (
            "Opposition whip Faridah Osman (PN–Kuala Nerus) led a walkout before the vote. "
            '"Kelantan floods every year," she said outside the chamber.',
            "Faridah Osman",
            "Kuala Nerus",
        ),
        # Malaysian wire: spaced hyphen
        (
            "Backbencher Noor Aziz (PH - Bukit Mertajam) spoke against the bill. "
            '"The fund is too small," she said.',
            "Noor Aziz",
            "Bukit Mertajam",
        ),
        # Irish local: a party label, a comma and a hyphenated seat
        (
            "TD Ciara Walsh (FF, Cork South-West) said the plan was unfair. "
            '"It is a disgrace," she said.',
            "Ciara Walsh",
            "Cork South-West",
        ),
        # Mexican wire in English: a party acronym, en dash, a state
        (
            "Senator Rosa Diaz (PRI–Jalisco) voted against the reform. "
            '"We were ignored," she said.',
            "Rosa Diaz",
            "Jalisco",
        ),
    ],
)
def test_a_seat_after_a_party_in_brackets_is_no_speaker(paragraph, member, seat):
    brief = _brief(paragraph)
    names = [a.name for a in brief.actors]
    assert seat not in names, names
    assert member in names, names
    assert [q.speaker for q in brief.quotes] == [member]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a US party letter and state keep their reading
        (
            "Senator Maria Lopez (D-New Mexico) voted against the bill. "
            '"This is a bad deal," she said.',
            "Maria Lopez",
        ),
        # a person's name in brackets after a description is that person
        (
            "The head teacher (Ann Hale) wrote to parents on Monday. "
            '"We are doing everything we can," she said.',
            "Ann Hale",
        ),
    ],
)
def test_other_brackets_keep_their_people(paragraph, speaker):
    brief = _brief(paragraph)
    assert speaker in [a.name for a in brief.actors]
    assert [q.speaker for q in brief.quotes] == [speaker]


def test_a_seat_with_its_constituency_word_is_still_the_member_s_role():
    brief = _brief("Mr Ong Boon Keat (Serangoon Hills GRC) asked about the flood plan.")
    [actor] = brief.actors
    assert (actor.name, actor.role) == ("Ong Boon Keat", "MP for Serangoon Hills GRC")
