# ruff: noqa: E501 - each page line is one line, as pages deliver them
"""Page furniture lines that survived the cleaning, on synthetic pages written for these
tests (invented outlets, reporters and people; a US metro page, a UK tabloid page and a
regional broadcaster's page): navigation ("Next article", "Back to top"), promotion slots
("Promoted stories", "Paid content", "Ad Feedback", "Skip Ad"), player and picture
labels ("Play video", "Video player", "File photo", "Stock photo"), calls to the reader
("Join the conversation", "Have your say in the comments below", "Download our free
app", "Contact the newsdesk", "Send us your news and pictures"), reader notices ("This
article is more than 2 years old", "Was this article helpful?", "Already a subscriber?
Log in", "This content is not available in your region", "Please enable JavaScript ..."),
pleas for funding, "Additional reporting by agencies" and the help line under a story
("If you have been affected by any of the issues in this story ..."). Story sentences
that start with the same words stay, word for word."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput

METRO = """Transit agency approves fare freeze

Skip Ad

The Lakeshore Transit Authority voted 7-2 on Thursday to freeze bus and rail fares until 2027.

Play video

Board chair Delia Moreno said riders had "carried enough of the burden" since the pandemic.

Promoted stories

Ad Feedback

Fares rose twice in 2024, and ridership has not recovered, agency figures show.

Already a subscriber? Log in

Next article"""

TABLOID = """Grandmother, 81, wins fight to keep her allotment

File photo

A grandmother who has tended the same allotment for 52 years has won her fight to keep it.

Have your say in the comments below

Edna Pryce, 81, was told in March that her plot would go to make way for a car park.

Download our free app for the latest news

Paid content

The council backed down on Friday after a petition gathered 4,000 names.

Send us your news and pictures

This article is more than 2 years old

Back to top"""

BROADCASTER = """Coroner calls for review after student's death

Video player

A coroner has called for a national review of student mental health support after the death of a 19-year-old.

Join the conversation

The inquest heard Liam Carver had been waiting eight weeks for counselling.

If you have been affected by any of the issues in this story, help is available.

Additional reporting by agencies

Our journalism relies on your support. Subscribe today.

Was this article helpful?

This content is not available in your region

Please enable JavaScript to view this content"""


@pytest.mark.parametrize(
    ("page", "furniture", "story"),
    [
        (
            METRO,
            ["Skip Ad", "Play video", "Promoted stories", "Ad Feedback", "Already a subscriber? Log in", "Next article"],
            ["The Lakeshore Transit Authority voted 7-2", "Board chair Delia Moreno said", "Fares rose twice in 2024"],
        ),
        (
            TABLOID,
            ["File photo", "Have your say in the comments below", "Download our free app for the latest news", "Paid content", "Send us your news and pictures", "This article is more than 2 years old", "Back to top"],
            ["A grandmother who has tended", "Edna Pryce, 81,", "The council backed down on Friday"],
        ),
        (
            BROADCASTER,
            ["Video player", "Join the conversation", "If you have been affected by any of the issues in this story", "Additional reporting by agencies", "Our journalism relies on your support", "Was this article helpful?", "This content is not available", "Please enable JavaScript"],
            ["A coroner has called for a national review", "The inquest heard Liam Carver"],
        ),
    ],
    ids=["us-metro", "uk-tabloid", "broadcaster"],
)
def test_page_controls_and_reader_notices_are_cleaned(
    page: str, furniture: list[str], story: list[str]
) -> None:
    cleaned = clean_article(ArticleInput(text=page))
    for line in furniture:
        assert line not in cleaned.text, line
    assert any("Skip Ad" in piece or "File photo" in piece or "Video player" in piece for piece in cleaned.removed)
    for sentence in story:
        assert sentence in cleaned.text, sentence


# Story sentences that open with the same words as a page control or a reader notice.
STORY_LOOKALIKES = [
    "Have your say on the plans at a consultation event on Friday.",
    "Contact us if you see him, a police spokesman said.",
    "Newsletter sales rose by a third last year.",
    "File photographs released by police show the suspect at a petrol station.",
    "Next year the club will play in the Championship.",
    "Back to top form, the striker scored twice.",
    "Paid content creators will face new rules, the regulator said.",
    "Join the conversation about knife crime, the campaign urges young people.",
    "Play resumed after a 40-minute delay.",
    "If you have been affected by the closure, the council said, you can claim a refund.",
    "Our journalism students won three national awards, the university said.",
    "Additional police patrols will be in place over the weekend.",
    "Download speeds will double under the plan, the company said.",
    "This article of the constitution is more than 200 years old, the judge said.",
    "Thank you for your support, the family said in a statement.",
    "Previous articles in the series looked at rents.",
]


@pytest.mark.parametrize("sentence", STORY_LOOKALIKES)
def test_story_sentences_with_the_same_openings_stay(sentence: str) -> None:
    page = "\n\n".join(
        [
            "Flood defences to be rebuilt",
            "Work to rebuild flood defences along the river will begin in the spring.",
            sentence,
            "The scheme is expected to cost £12m.",
        ]
    )
    cleaned = clean_article(ArticleInput(text=page))
    assert sentence in cleaned.text
    assert cleaned.removed == []
