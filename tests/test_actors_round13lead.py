"""A surname the rules took for a one-word body (its owner's given name read as a
country: "Georgia", "Jordan", "Chad") is the person's, with what was credited to it; a
firm the recognizer never calls a person stays a firm. A nationality of two words before
a name the recognizer calls a body describes the person ("New Zealander Aroha Ngata";
its kind stays a body's when no quote makes it a speaker, which is still open).
Synthetic passages written for these tests (invented people and firms), across beats
(athletics, football, politics, business)."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


@pytest.mark.parametrize(
    ("text", "person", "surname"),
    [
        (
            "Georgia Whitlock has won her third national 1500m title in a championship "
            "record, holding off 17-year-old Ellie Marsh down the home straight on Saturday "
            "night.\n\nWhitlock clocked 4min 01.38sec, taking 0.9sec off the mark she set "
            "in Brisbane two years ago.\n\nThe field went through 800m in 2min 12sec before "
            'Whitlock covered the last lap in 59.8sec.\n\n"I knew Ellie would come at me," '
            "Whitlock said.",
            "Georgia Whitlock",
            "Whitlock",
        ),
        (
            "Georgia Lambeth scored twice as Harrowgate beat Town 3-1 on Saturday.\n\n"
            "Lambeth struck after nine minutes.\n\nThe visitors pressed before Lambeth "
            'sealed it late on.\n\n"It was a special afternoon," Lambeth said.',
            "Georgia Lambeth",
            "Lambeth",
        ),
        (
            "Jordan Pryor won the seat for Labour by 212 votes.\n\nPryor thanked "
            "volunteers.\n\nThe count ended before Pryor gave a speech at 4am.\n\n"
            '"This is for the town," Pryor said.',
            "Jordan Pryor",
            "Pryor",
        ),
    ],
)
def test_a_surname_taken_for_a_body_is_the_person(text: str, person: str, surname: str) -> None:
    brief = build_brief(text)
    assert not [a for a in brief.actors if a.name == surname]
    assert any(a.name == person and a.kind == "person" for a in brief.actors)
    assert brief.quotes
    assert all(q.speaker == person for q in brief.quotes)


def test_a_firm_named_like_a_surname_stays_a_firm() -> None:
    brief = build_brief(
        "Kestrel Holdings said profits rose 5% to £40m.\n\nKestrel said it would open "
        "12 stores next year.\n\nThe results were published on Tuesday."
    )
    assert any(a.name.startswith("Kestrel") and a.kind == "organization" for a in brief.actors)


def test_a_two_word_nationality_before_a_name_describes_the_person() -> None:
    brief = build_brief(
        "Earlier, New Zealander Aroha Ngata won the women's 20km race walk.\n\n"
        "The championships end on Sunday."
    )
    assert [a.name for a in brief.actors] == ["Aroha Ngata"]


def test_a_two_word_nationality_before_a_speaker_describes_the_person() -> None:
    brief = build_brief(
        "New Zealander Aroha Ngata won the women's 20km race walk on Saturday.\n\n"
        '"It was hard from the gun," Ngata said.'
    )
    [walker] = [a for a in brief.actors if a.name == "Aroha Ngata"]
    assert walker.kind == "person"
    assert [q.speaker for q in brief.quotes] == ["Aroha Ngata"]
    assert not any(a.name.startswith("New Zealander") for a in brief.actors)
