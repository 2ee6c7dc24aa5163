"""Round 37: story text told after a page's furniture in the same paragraph is kept.
A call to the reader or a help line's notice opens the paragraph, and the story goes on
after it ("For the latest updates, follow us on X. Police said three people were
rescued."); before this round the whole paragraph went as furniture, and the story's
sentence with it. Only the furniture goes now: a following sentence that reports (a
speech verb or "according to") and neither addresses the reader nor is furniture itself
stays. Every passage is synthetic."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput

LEAD = "Flooding closed the coast road on Tuesday."


def _cleaned(paragraph: str) -> str:
    return clean_article(ArticleInput(text=f"{LEAD}\n\n{paragraph}")).text


@pytest.mark.parametrize(
    ("furniture", "story"),
    [
        # Each story sentence was lost before round 37.
        (
            "If you have been affected by any of the issues raised in this article, "
            "support is available.",
            "Residents said the water rose within minutes.",
        ),
        (
            "For the latest updates, follow us on Twitter.",
            "Police said three people were rescued from cars.",
        ),
        (
            "For all the latest news, download our free app.",
            "The coastguard told reporters two boats had been launched.",
        ),
        (
            "If you've been affected by the issues in this story, help is available.",
            "According to the council, 40 homes were flooded.",
        ),
    ],
)
def test_the_story_after_furniture_in_one_paragraph_is_kept(furniture: str, story: str) -> None:
    cleaned = _cleaned(f"{furniture} {story}")
    assert story in cleaned
    assert furniture not in cleaned


@pytest.mark.parametrize(
    "paragraph",
    [
        # Guards: furniture all through, however many sentences.
        "If you have been affected by any of the issues raised in this article, support is "
        "available. Samaritans can be contacted on 116 123.",
        "If you have been affected by any of the issues in this story, help is available. "
        "Lines are open 24 hours a day.",
        "Our journalism relies on your support. Subscribe today.",
        "The Courier's health coverage receives funding from the Aldgate Foundation. The "
        "Courier retains full editorial control.",
        "For the latest updates, follow us on Twitter. You can also sign up for alerts.",
    ],
)
def test_furniture_of_several_sentences_still_goes(paragraph: str) -> None:
    assert _cleaned(paragraph) == LEAD
