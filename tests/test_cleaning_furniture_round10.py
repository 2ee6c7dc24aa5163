# ruff: noqa: E501 - each page line is one line, as pages deliver them
"""Page furniture on US local and UK regional pages, on synthetic pages written for these
tests (invented outlets, reporters and people): the paper's name under the byline, "Story
continues below advertisement", "Trending now" boxes, "This article originally appeared
on ...", "Read the full story here", "Comments are closed". Story sentences that start
with the same words stay, word for word."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput

US_LOCAL = """Town council approves $4.2 million library expansion

Listen to this article
4 min read

Updated 10:42 a.m. ET Dec. 3, 2026

By Marisol Quintero
The Cedar Falls Courier

CEDAR FALLS — The city council voted 5-2 on Tuesday to approve a $4.2 million expansion of the public library.

Story continues below advertisement

"This is a long time coming," said council member Dave Pruitt.

Trending now

Work is expected to begin in the spring and take 18 months.

This article originally appeared on The Cedar Falls Courier.

Read the full story here

Comments are closed for this article."""

UK_REGIONAL = """Bus operator cuts six rural routes from January

By Owain Prydderch
Mid Wales Herald

Article continues after advert

Tanat Valley Coaches will stop running six routes from 5 January, the company has confirmed.

Trending

Passengers in Llanrhaeadr said the 79 service was their only way to reach the hospital.

This story first appeared in the Mid Wales Herald.

Click here to read more stories from your area

Comments have been disabled on this article"""


@pytest.mark.parametrize(
    ("page", "furniture", "story"),
    [
        (
            US_LOCAL,
            [
                "The Cedar Falls Courier\n",
                "Story continues below advertisement",
                "Trending now",
                "originally appeared on",
                "Read the full story here",
                "Comments are closed",
            ],
            [
                "The city council voted 5-2 on Tuesday",
                '"This is a long time coming," said council member Dave Pruitt.',
                "Work is expected to begin in the spring and take 18 months.",
            ],
        ),
        (
            UK_REGIONAL,
            [
                "Mid Wales Herald\n",
                "Article continues after advert",
                "Trending",
                "first appeared in",
                "Click here to read more",
                "Comments have been disabled",
            ],
            [
                "Tanat Valley Coaches will stop running six routes",
                "the 79 service was their only way to reach the hospital.",
            ],
        ),
    ],
    ids=["us-local", "uk-regional"],
)
def test_furniture_on_local_pages_goes_and_the_story_stays(page, furniture, story):
    cleaned = clean_article(ArticleInput(text=page)).text + "\n"
    for line in furniture:
        assert line not in cleaned
    for sentence in story:
        assert sentence in cleaned


def test_story_sentences_opening_with_the_same_words_stay():
    page = """Paper closes after 140 years

The Dunmore Herald will print its last edition on Friday, its owners said.

Trending topics on its website were dominated by tributes from readers.

Comments are closed, but the editor said letters would be printed in the final issue.

Read the full story of the paper's history in our archive, she added."""
    cleaned = clean_article(ArticleInput(text=page)).text
    assert "The Dunmore Herald will print its last edition on Friday" in cleaned
    assert "Trending topics on its website were dominated by tributes" in cleaned
    assert "Comments are closed, but the editor said letters would be printed" in cleaned
    assert "Read the full story of the paper's history in our archive, she added." in cleaned
