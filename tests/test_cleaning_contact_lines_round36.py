# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Round 36 (lead): a call to the reader ("Call 0800 ... for advice", "For advice, call
...") is one sentence of page furniture; when the paragraph goes on with the story after
it ("Helpline staff answered 2,300 calls, the council said."), the paragraph is story text
and stays. Before this round the pattern ran on past the sentence's end, so the story's
sentence was removed with it, and a one-paragraph story was refused as empty. Calls to
the reader alone, or followed by more calls ("Follow us on ..."), still go. Every passage
is synthetic (invented councils, papers and numbers)."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput

LEAD = "Flooding hit 40 homes in Ashby on Monday, the council said."

# Each fails on the code before round 36 (the whole paragraph was removed).
STORY_AFTER_A_CALL = [
    # local council, floods
    "Call 0800 555 111 for advice. Helpline staff answered 2,300 calls in the first 48 hours, the council said.",
    # health, Irish copy: "For advice, call ..." then the story
    "For advice, call the HSE on 1850 241 850. Staff at the line took 640 calls on Tuesday, a spokeswoman said.",
    # police appeal then the investigation
    "Contact Kent Police on 01622 555 010 quoting reference 46/1123. Officers arrested two men on Friday.",
    # US local: text a number, then a count
    "Text 555-0142 for updates. More than 1,200 residents have signed up since Monday, officials said.",
]


@pytest.mark.parametrize("paragraph", STORY_AFTER_A_CALL)
def test_the_story_after_a_call_to_the_reader_stays(paragraph: str) -> None:
    cleaned = clean_article(ArticleInput(text=f"{LEAD}\n\n{paragraph}"))
    assert paragraph in cleaned.text


@pytest.mark.parametrize("paragraph", STORY_AFTER_A_CALL)
def test_a_one_paragraph_story_opening_with_a_call_is_not_refused(paragraph: str) -> None:
    assert clean_article(ArticleInput(text=paragraph)).text == paragraph


@pytest.mark.parametrize(
    "furniture",
    [
        # Guards (pass before and after, but the one marked): calls to the reader alone go.
        "Call 0800 555 111 for advice.",
        "Email newsdesk@ashbytimes.co.uk or call 01632 555 1234.",
        "Contact the newsroom on 01632 555 123. Follow us on Facebook.",
        # (new in round 36: a call ending in "!" after another; it stayed before)
        "Email newsdesk@ashbytimes.co.uk or call 01632 555 1234. Sign up to our newsletter!",
        "For more information, visit www.ashby.gov.uk/floods or call 0800 555 111.",
        "For confidential support call the Samaritans on 116 123.",
    ],
)
def test_calls_to_the_reader_alone_still_go(furniture: str) -> None:
    cleaned = clean_article(ArticleInput(text=f"{LEAD}\n\n{furniture}"))
    assert cleaned.text == LEAD
