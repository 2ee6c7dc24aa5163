"""Page furniture of kinds the thirteenth round's new dev pages carried and cleaning
left: a timestamp with a dash between the date and the time ("Updated April 11 2026 -
9:47PM"), an agency credit in brackets ("(With inputs from agencies)", "(With agency
inputs)"), a link to another story after a bar ("Also Read | <headline>") and a fact
box of labelled fields on one line ("Polling date: December 1 | Counting: December 4").
Synthetic lines written for these tests (invented outlets and places, Indian, Australian,
UK and US styles); story sentences that open with the same words or hold a colon stay,
word for word."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput


def _cleaned(line: str) -> str:
    page = (
        "Council to review parking scheme\n\n"
        "The council said on Monday that it would review the parking scheme.\n\n"
        f"{line}\n\n"
        "The review is expected to take six months, a spokesman said."
    )
    text = clean_article(ArticleInput(text=page)).text
    assert "The review is expected to take six months" in text
    return text


@pytest.mark.parametrize(
    "line",
    [
        "Updated April 11 2026 - 9:47PM",
        "Published March 3 2026 - 6:15AM",
        "Updated: 14 May 2026 – 10:02 am",
        "Last Modified: Dec 4, 2026 | 10:15 IST",
        "(With inputs from agencies)",
        "(With inputs from PTI)",
        "(With inputs from Reuters and AFP)",
        "With agency inputs",
        "(With agency inputs)",
        "Also Read | Ward-wise results: full list of winners",
        "ALSO READ | Five things to know about the new metro line",
        "Polling date: December 1 | Counting: December 4",
        "Date: 4 May | Venue: Eden Gardens | Tickets: from Rs 500",
        "Kick-off: 3pm | TV: Sky Sports Main Event",
        "Where: Civic Centre | When: 7pm Thursday | Cost: free",
    ],
)
def test_the_furniture_line_goes(line: str) -> None:
    assert line not in _cleaned(line)


@pytest.mark.parametrize(
    "line",
    [
        "Also read by thousands of people was a letter from the mayor, which was posted online.",
        "Updated figures showed that 42 people had died in the floods since Monday.",
        "With inputs from local farmers, the council drew up a new flood plan in 2024.",
        "Counting began at 8am and the first results were declared by noon, officials said.",
        "The verdict: guilty on all counts, the jury said after four hours.",
        "Score: the visitors led 2-1 at half-time before collapsing in the second half.",
        "Rovers 2 Town 1: the home side held on for a vital win.",
        "Mr Patel said: 'We have nothing to hide.'",
    ],
)
def test_the_story_sentence_stays(line: str) -> None:
    assert line in _cleaned(line)
