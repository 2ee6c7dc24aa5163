# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Quotes and their speakers round 23's sweep left open, on synthetic passages written
for these tests (invented people, clubs, firms and places; no article from any eval
split): a partial quote by a post the lead names only in the next sentence ("The manager
said his side were 'not at the races'. Kevin Marr, who took over in May, said: '…'");
a club's name between "the" and a person noun is not the speaker ("The Stannard Vale
coach admitted ..."); a headline's quote the story repeats word for word takes the
story's speaker; an elided word after a word of the sentence ("spread 'round the Pikes'
farm") opens no quote that only a plural possessive or the next quote would close.
Beats: English, Nigerian, Canadian and Indian sport, politics and business, US and
Irish local news."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.text.rstrip(" ,."), q.speaker) for q in build_brief(text).quotes]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "Sport\n\nThe manager said his side were 'not at the races' on Saturday.\n\nKevin Marr, who took over in May, said: 'We have to be much better than that.'",
            [
                ("not at the races", "Kevin Marr"),
                ("We have to be much better than that", "Kevin Marr"),
            ],
        ),
        (
            "Nigeria\n\nThe governor said the attack was 'an assault on our democracy'.\n\nBabajide Ade later added: 'Those responsible will be found.'",
            [
                ("an assault on our democracy", "Babajide Ade"),
                ("Those responsible will be found", "Babajide Ade"),
            ],
        ),
        (
            "Canada\n\nThe premier said the strike was 'unacceptable and unnecessary'.\n\nDana Holt later told reporters: 'Teachers deserve better than this.'",
            [
                ("unacceptable and unnecessary", "Dana Holt"),
                ("Teachers deserve better than this", "Dana Holt"),
            ],
        ),
    ],
)
def test_a_lead_post_is_the_one_the_next_sentence_names_speaking(
    article: str, expected: list[tuple[str, str]]
) -> None:
    assert _quotes(article) == expected


@pytest.mark.parametrize(
    "other",
    [
        # someone named before: the lawyer's words are not the defendant's
        "Courts\n\nJane Doe, 34, denies fraud.\n\n'We will appeal this verdict,' the lawyer said outside court.\n\nJane Doe said: 'I am innocent and always have been.'",
        # a post of their own: someone else
        "Sport\n\nThe coach said the defeat was 'hard to take'.\n\nStriker Tom Bell said: 'We let him down badly today.'",
    ],
)
def test_a_lead_post_is_not_someone_else_who_speaks_next(other: str) -> None:
    named = "Sport\n\nThe coach said the defeat was 'hard to take'.\n\nTom Bell said: 'We let them down badly today.'"
    assert _quotes(named)[0] == ("hard to take", "Tom Bell")
    assert _quotes(other)[0][1] == "unattributed"


@pytest.mark.parametrize(
    "article",
    [
        "Sport\n\nThe Stannard Vale coach admitted his players had been 'second best all day'.",
        "Sport\n\n'We were second best all day long,' the Stannard Vale coach said.",
        "Sport\n\nStannard Vale lost 3-0 at home.\n\n'We were second best all day long,' the Stannard Vale coach said.",
    ],
)
def test_a_name_between_the_and_a_person_noun_is_not_the_speaker(article: str) -> None:
    assert [speaker for _, speaker in _quotes(article)] == ["unattributed"]


def test_the_club_coach_still_credits_the_coach_named_with_it() -> None:
    article = "Sport\n\nStannard Vale coach Mick Farrow said: 'We were second best all day long.'"
    assert _quotes(article) == [("We were second best all day long", "Mick Farrow")]
    described = "Sport\n\nMick Farrow is in his second season.\n\n'We were second best all day long,' the Stannard Vale coach said."
    assert "Stannard Vale" not in [speaker for _, speaker in _quotes(described)]


def test_a_headline_quote_the_story_repeats_takes_the_storys_speaker() -> None:
    article = (
        "Boss says firm 'will not back down' over strike\n\n"
        "Managing director Ian Fenn said the company 'will not back down' in the dispute with drivers.\n\n"
        "'We have made a fair offer,' he said."
    )
    assert _quotes(article) == [
        ("will not back down", "Ian Fenn"),
        ("We have made a fair offer", "Ian Fenn"),
    ]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "Farming\n\nThe fire spread 'round the Pikes' farm and into the woods, firefighter Dan Cole said.",
            [],
        ),
        (
            "Farming\n\nCattle wander 'round the Joneses' fields, farmer Ed Hale said: 'It has been a nightmare for us.'",
            [("It has been a nightmare for us", "Ed Hale")],
        ),
        (
            "Music\n\nSinger Ann Roe said: 'We'll be singin' 'round the campfire all night, I reckon.'",
            [("We'll be singin' 'round the campfire all night, I reckon", "Ann Roe")],
        ),
    ],
)
def test_an_elided_word_after_a_word_opens_no_false_quote(
    article: str, expected: list[tuple[str, str]]
) -> None:
    assert _quotes(article) == expected


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "Music\n\n'Round and round we went all night long,' singer Lola Marsh said.",
            [("Round and round we went all night long", "Lola Marsh")],
        ),
        (
            "Local\n\n'round here we look after our own, and always will,' said landlady Kath Birch.",
            [("round here we look after our own, and always will", "Kath Birch")],
        ),
    ],
)
def test_a_quote_that_opens_with_round_stays(article: str, expected: list[tuple[str, str]]) -> None:
    false_quote = "Farming\n\nSmoke drifted 'round the Hendersons' barn, farmer Ola Dee said."
    assert _quotes(false_quote) == []
    assert _quotes(article) == expected


@pytest.mark.parametrize(
    ("article", "speaker"),
    [
        (
            "Sport\n\nFan Ann Lee said the mood was 'toxic' and called the display 'a complete embarrassment'.",
            "Ann Lee",
        ),
        (
            "Sport\n\nCoach Ed Ware said the pitch was 'a disgrace' and called the decision 'a joke, frankly'.",
            "Ed Ware",
        ),
    ],
)
def test_a_cue_coordinated_inside_what_was_said_is_the_sayers(article: str, speaker: str) -> None:
    assert [s for _, s in _quotes(article)] == [speaker, speaker]
