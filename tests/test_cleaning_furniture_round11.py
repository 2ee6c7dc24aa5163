# ruff: noqa: E501 - each page line is one line, as pages deliver them
"""Page furniture lines that survived the cleaning, on synthetic pages written for these
tests (invented outlets, reporters and people; a wire page, a broadcaster's page and a
local page): picture credits in brackets ("(AP Photo/Jane Doe)"), "Media caption, ...",
"Watch: ...", "Video: ...", "Pictured: ...", "Share this with", "Jump to comments",
"Supported by", a chart's "Source: ..." line, editors' notes ("This story has been
updated ..."), prompts to the reader ("Enjoyed this article? Share it with a friend",
"Want more stories like this? Sign up here.", "Send us your pictures at ..."). Story
sentences that start with the same words stay, word for word."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput

WIRE = """Storm knocks out power to 200,000 homes

A storm brought down power lines across three states on Tuesday, leaving 200,000 homes without electricity.

(AP Photo/Marisa Calloway)

Utility crews worked through the night, a spokeswoman for the grid operator said.

This story has been updated with comment from the grid operator.

Share this with

Repairs are expected to take until Friday."""

BROADCASTER = """Rail fares to rise by 4.6% in March

Media caption, Watch: commuters react to the fare rise

Fares on most routes will rise by 4.6% from March, the government has confirmed.

Watch: How the fare rise will hit season tickets

Source: Office of Rail and Road

Passenger groups said the rise would price people off trains.

Video: Passengers at a London station on Monday

Jump to comments

Ministers say the rise is below inflation."""

LOCAL = """Village hall reopens after flood repairs

Supported by

The village hall in Ashcombe reopened on Saturday after a year of repairs.

Pictured: The hall's new kitchen

Volunteers raised £40,000 towards the work.

Enjoyed this article? Share it with a friend

Want more stories like this? Sign up here.

Send us your pictures at news@ashcombe-echo.example

The hall will host its first wedding in June."""

PAGES = [
    (
        WIRE,
        ["(AP Photo/Marisa Calloway)", "This story has been updated", "Share this with"],
        ["Utility crews worked through the night", "Repairs are expected to take until Friday."],
    ),
    (
        BROADCASTER,
        [
            "Media caption",
            "Watch: How the fare rise",
            "Source: Office of Rail",
            "Video: Passengers",
            "Jump to comments",
        ],
        ["Passenger groups said the rise", "Ministers say the rise is below inflation."],
    ),
    (
        LOCAL,
        [
            "Supported by",
            "Pictured: The hall",
            "Enjoyed this article",
            "Want more stories",
            "Send us your pictures",
        ],
        [
            "Volunteers raised £40,000 towards the work.",
            "The hall will host its first wedding in June.",
        ],
    ),
]


@pytest.mark.parametrize(("page", "furniture", "story"), PAGES)
def test_furniture_lines_go_and_the_story_stays(
    page: str, furniture: list[str], story: list[str]
) -> None:
    cleaned = clean_article(ArticleInput(text=page)).text
    for line in furniture:
        assert line not in cleaned
    for sentence in story:
        assert sentence in cleaned


STORY_SENTENCES = [
    "Source: a council officer, who asked not to be named, said the plan had been dropped.",
    "Supported by 300 volunteers, the festival raised £12,000 for the hospice.",
    "Watch the skies tonight: the meteor shower peaks at about 2am, astronomers said.",
    "This story has been told many times, but never by the people who lived it.",
    "Pictured in court, the defendant looked calm as the verdict was read.",
]


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_story_sentences_that_start_the_same_way_stay(sentence: str) -> None:
    page = f"Headline for a synthetic story\n\nThe council met on Monday.\n\n{sentence}\n\nIt meets again in May."
    assert sentence in clean_article(ArticleInput(text=page)).text
