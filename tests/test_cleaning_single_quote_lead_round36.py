"""Round 36 (lead): a story's first paragraph that ends in a straight single quote mark
closing a sentence ("... said: 'He took my savings.'", the way tabloid and many wire pages
quote) is the lead, not a headline. Before this round, with no title given, the cleaning
took it for the page's headline and the brief lost the lead and its quote. A short
headline ending in a quoted phrase with no sentence stop ("Minister: 'I will not
resign'") is still a headline. Every passage is synthetic (invented people and places).
"""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import build_brief

# Each fails on the code before round 36 (the first paragraph became the title).
LEADS_ENDING_IN_A_QUOTE = [
    # courts, UK tabloid
    (
        "In a victim statement read to Carlisle Crown Court, pensioner Edna Loweth, 81, "
        "said: 'He took my husband's savings and my trust in people.'\n\n"
        "Prosecutor Ruth Daley said the defendant showed no remorse."
    ),
    # local show, Irish local paper: a split quote ending the paragraph
    (
        "'Look at that,' beamed Padraig Nolan, pointing at the giant turnip. "
        "'Twenty-two pounds. Beat that, Seamus.'\n\nSeamus Grady came second."
    ),
    # sport, wire
    (
        "Striker Leon Baptiste was blunt after the defeat at Kingsmere: 'We were not "
        "good enough today.'\n\nThe loss leaves the club fourth in the table."
    ),
    # politics, a one-word answer with an exclamation
    (
        "Asked whether she would resign, the council leader was emphatic. 'Never!'\n\n"
        "She faces a confidence vote on Monday."
    ),
    # business, Australian copy: a question closing the paragraph
    (
        "Asked if the miner would cut more jobs, chief executive Dale Markham replied: "
        "'Why would we?'\n\nThe company employs 4,100 people in Western Australia."
    ),
]


@pytest.mark.parametrize("text", LEADS_ENDING_IN_A_QUOTE)
def test_a_lead_ending_in_a_straight_single_quote_is_kept(text: str) -> None:
    first = text.split("\n\n")[0]
    cleaned = clean_article(ArticleInput(text=text))
    assert cleaned.title is None
    assert cleaned.text.startswith(first)


def test_the_lead_s_quote_reaches_the_brief_with_its_speaker() -> None:
    text = LEADS_ENDING_IN_A_QUOTE[0]
    cleaned = clean_article(ArticleInput(text=text)).text
    quotes = {q.text: q.speaker for q in build_brief(cleaned).quotes}
    assert quotes.get("He took my husband's savings and my trust in people.") == "Edna Loweth"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Guards (pass before and after): headlines ending in a quoted phrase, no stop.
        (
            "Minister: 'I will not resign'\n\nThe minister said on Monday she would stay.",
            "Minister: 'I will not resign'",
        ),
        (
            "Mum's fury over 'disgusting' school dinners\n\nA mother has complained.",
            "Mum's fury over 'disgusting' school dinners",
        ),
    ],
)
def test_a_headline_ending_in_a_quoted_phrase_is_still_a_headline(text: str, title: str) -> None:
    assert clean_article(ArticleInput(text=text)).title == title
