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


STORY_BEFORE = (
    "The council voted 7-2 on Monday to close the leisure centre's pool, the leader said."
)
STORY_AFTER = "Campaigners said they would take the decision to the High Court in the new year."


@pytest.mark.parametrize(
    "chrome",
    [
        "Skip to content",
        "Skip to main content",
        "Loading…",
        "Advertisement – Scroll to continue",
        "Gift this article",
        "Print this page",
        "Listen (5 min)",
        "Support our journalism",
        "Become a member today",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "All rights reserved.",
        "Filed under: Politics, Council",
        "Posted in News | 3 Comments",
        "Sign up here.",
        "Don't miss",
        "We use cookies to improve your experience.",
        "Accept all cookies",
        "Send us your news",
        "Copy link",
        "Link copied",
        "Toggle caption",
        "Hide caption",
        "Enlarge this image",
        "View gallery",
        "1 of 12",
    ],
)
def test_page_controls_between_story_paragraphs_go(chrome):
    """Synthetic: one line of a page's controls (buttons, cookie banners, galleries, pleas
    for support) between two story paragraphs."""
    page = f"Council votes to close pool\n\n{STORY_BEFORE}\n\n{chrome}\n\n{STORY_AFTER}"
    paragraphs = clean_article(ArticleInput(text=page)).text.split("\n\n")
    assert chrome not in paragraphs
    assert paragraphs == [STORY_BEFORE, STORY_AFTER]


def test_story_sentences_that_begin_like_page_controls_stay():
    page = """Club appeals for volunteers

Support our volunteers by giving two hours a month, the club's secretary Anne Ruddock said.

Become a member of the club and you can vote at the AGM, she added.

Send us your news was the slogan of the paper's 1990s campaign, which won an award.

Skip to the end of the season and the picture looks brighter, the manager said."""
    cleaned = clean_article(ArticleInput(text=page)).text
    for start in (
        "Support our volunteers",
        "Become a member of the club",
        "Send us your news was",
        "Skip to the end",
    ):
        assert start in cleaned


BROADSHEET_ARTS = """Steelworks drama takes top prize at regional theatre awards

Owen Achterberg Dance critic

A play about the last shift at a Teesside steelworks won best new play at the Northern Stage Awards on Sunday.

The musical Harbour Lights took three prizes, including best director.

More Northern Stage coverage: reviews, interviews and listings

Topics: Theatre, Awards, Arts funding

Follow Radio Tees on Facebook, X and Instagram. Send your story ideas to news@radiotees.example."""


def test_reader_calls_topic_lines_and_posts_with_a_critic_go():
    """Synthetic broadsheet and broadcaster furniture: a name with a critic's post on one
    line, a coverage link line, a topic line with its items, and a follow-us line that
    goes on to ask for story ideas."""
    cleaned = clean_article(ArticleInput(text=BROADSHEET_ARTS)).text
    for furniture in (
        "Dance critic",
        "More Northern Stage coverage",
        "Topics: Theatre",
        "Follow Radio Tees",
        "Send your story ideas",
    ):
        assert furniture not in cleaned
    assert "A play about the last shift at a Teesside steelworks won best new play" in cleaned
    assert "The musical Harbour Lights took three prizes, including best director." in cleaned


def test_story_lines_like_those_stay():
    page = """Critic quits after row over review

Topics: the review's tone and the theatre's reply were discussed at the board meeting, the chair said.

More coverage of the arts in the region was promised by the new editor, Jo Reyes.

Follow-up inspections found the stage safe, the council said."""
    cleaned = clean_article(ArticleInput(text=page)).text
    assert "Topics: the review's tone" in cleaned
    assert "More coverage of the arts in the region was promised" in cleaned
    assert "Follow-up inspections found the stage safe" in cleaned
