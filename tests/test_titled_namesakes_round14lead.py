"""People the article names only by a gendered title and a surname they share with
someone else ("Lord Felton" and "Lady Felton", "Mr and Mrs Okafor", "Sir Alan Brisk" and
"Lady Brisk") are different people: each is an actor of their own, named with the title,
and each one's words are theirs, never their namesake's.

The articles are synthetic, written for these tests; the people are invented.
"""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _actor_names(brief) -> set[str]:
    return {a.name for a in brief.actors if a.kind == "person"}


def _speaker_of(brief, words: str) -> str:
    quotes = [q for q in brief.quotes if words in q.text]
    assert quotes, f"no quote with {words!r}"
    return quotes[0].speaker


@pytest.mark.parametrize(
    ("text", "first", "second", "first_words", "second_words"),
    [
        (
            "Lord Pellow and Lady Pellow opened the new hospice wing on Friday. "
            '"It is a proud day for the town," Lord Pellow said. '
            '"We have waited a long time for this," Lady Pellow added.',
            "Lord Pellow",
            "Lady Pellow",
            "proud day",
            "waited a long time",
        ),
        (
            "Mr and Mrs Adebayo were asleep when the fire started in the early hours. "
            '"We lost everything we owned," Mrs Adebayo told reporters. '
            '"The firefighters were heroes," Mr Adebayo said.',
            "Mrs Adebayo",
            "Mr Adebayo",
            "lost everything",
            "firefighters were heroes",
        ),
        (
            "Baroness Quarrie and Lord Quarrie both sat on the committee that approved "
            'the grant. "The money was spent exactly as agreed," Baroness Quarrie said. '
            '"I declared my interest at the start," said Lord Quarrie.',
            "Baroness Quarrie",
            "Lord Quarrie",
            "spent exactly",
            "declared my interest",
        ),
    ],
)
def test_a_couple_named_by_titles_is_two_people_each_with_their_words(
    text, first, second, first_words, second_words
):
    brief = build_brief(text)
    assert {first, second} <= _actor_names(brief)
    assert _speaker_of(brief, first_words) == first
    assert _speaker_of(brief, second_words) == second


@pytest.mark.parametrize(
    ("text", "full", "titled", "words"),
    [
        (
            "Sir Martin Gledhill and Lady Gledhill hosted the charity gala at the "
            'racecourse. "Every penny goes to the children\'s ward," Lady Gledhill said. '
            "Sir Martin said the night had raised £40,000.",
            "Martin Gledhill",
            "Lady Gledhill",
            "Every penny",
        ),
        (
            "Lord Ashworth, the former trade minister, said the plan was flawed. His wife, "
            "Lady Ashworth, a magistrate, said she had not been consulted. "
            '"Nobody asked the people who live here," Lady Ashworth said.',
            "Ashworth",
            "Lady Ashworth",
            "Nobody asked",
        ),
        (
            "Councillor Derek Voss proposed the motion. Mrs Voss, who runs the village "
            'shop, opposed it. "It will drive trade away from the high street," Mrs Voss '
            "said at the meeting.",
            "Derek Voss",
            "Mrs Voss",
            "drive trade away",
        ),
    ],
)
def test_a_titled_namesake_of_the_other_gender_keeps_her_words(text, full, titled, words):
    brief = build_brief(text)
    names = _actor_names(brief)
    assert titled in names
    assert any(full in n for n in names if n != titled)
    assert _speaker_of(brief, words) == titled


def test_one_titled_person_alone_keeps_the_bare_surname_as_before():
    # Nobody shares the surname: the actor is named as before, and credited.
    brief = build_brief(
        'Mrs Hollins, 71, said the bus was her lifeline. "Without it I would not see '
        'anyone all week," Mrs Hollins said.'
    )
    assert "Hollins" in {n.split()[-1] for n in _actor_names(brief)}
    assert _speaker_of(brief, "Without it") in {"Hollins", "Mrs Hollins"}


def test_a_bare_surname_two_titled_people_share_is_credited_to_neither_wrongly():
    brief = build_brief(
        "Mr Tennick and Mrs Tennick have run the farm shop for 30 years. "
        '"We are not giving up," Mrs Tennick said. Tennick said: "The council has let us '
        'down."'
    )
    assert _speaker_of(brief, "not giving up") == "Mrs Tennick"
    # Either of them may have said it: the brief must not pick her by default.
    assert _speaker_of(brief, "let us down") != "Mrs Tennick"


@pytest.mark.parametrize(
    ("text", "judge", "other", "words"),
    [
        (
            "Mr Justice Harlow sentenced the pair at the Crown Court. Mrs Harlow, the "
            'victim\'s mother, said outside court: "Justice has been done."',
            "Harlow",
            "Mrs Harlow",
            "Justice has been done",
        ),
        (
            "Mrs Justice Pendry refused bail. Mr Pendry, the defendant's uncle, said after "
            'the hearing: "We will keep fighting for him."',
            "Pendry",
            "Mr Pendry",
            "keep fighting",
        ),
    ],
)
def test_a_judge_and_a_namesake_of_the_other_gender_are_two_people(text, judge, other, words):
    brief = build_brief(text)
    people = [a for a in brief.actors if a.kind == "person"]
    # Neither is lost in the other: the judge is listed, and the namesake too.
    assert any(judge in a.name and a.name != other for a in people)
    assert other in {a.name for a in people}
    assert _speaker_of(brief, words) == other


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Dr Bhatti and Mrs Bhatti run the pharmacy on the high street. "
            '"We were robbed twice this year," Mrs Bhatti said. '
            '"We will reopen on Monday," Dr Bhatti said.',
            {"robbed twice": "Mrs Bhatti", "reopen on Monday": "Dr Bhatti"},
        ),
        (
            "Prof Lindqvist and Mr Lindqvist gave evidence on the same morning. "
            '"The data is clear," Prof Lindqvist said. "I saw nothing," Mr Lindqvist said.',
            {"data is clear": "Prof Lindqvist", "saw nothing": "Mr Lindqvist"},
        ),
        (
            "Cllr Doherty and Mrs Doherty were both at the planning meeting. "
            '"The plan is dead," Cllr Doherty said. "I disagree," Mrs Doherty said.',
            {"plan is dead": "Cllr Doherty", "I disagree": "Mrs Doherty"},
        ),
    ],
)
def test_a_courtesy_title_and_a_gendered_one_name_two_people_when_neither_is_named_in_full(
    text, pairs
):
    brief = build_brief(text)
    assert set(pairs.values()) <= _actor_names(brief)
    for words, speaker in pairs.items():
        assert _speaker_of(brief, words) == speaker


def test_a_person_named_in_full_keeps_every_title_written_for_them():
    # Named in full, the councillor is "Mrs Marsh" too: the titles do not split her.
    brief = build_brief(
        'Cllr Helen Marsh proposed the motion. "It is time," Mrs Marsh said. Cllr Marsh '
        "said the vote would be held in June."
    )
    assert [a.name for a in brief.actors if a.kind == "person"] == ["Helen Marsh"]
    assert _speaker_of(brief, "It is time") == "Helen Marsh"


def test_an_office_before_a_surname_names_the_same_person_as_mr():
    brief = build_brief(
        'President Okonjo spoke at the rally in the capital. "We will win," Mr Okonjo '
        "said to cheers."
    )
    [person] = [a.name for a in brief.actors if a.kind == "person"]
    assert person.split()[-1] == "Okonjo"
    assert _speaker_of(brief, "We will win") == person
