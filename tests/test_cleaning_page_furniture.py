# ruff: noqa: E501 - each page line is one line, as pages deliver them
"""Page furniture of broadcaster, local, trade, US TV and wire pages, on synthetic pages
written for these tests (invented outlets, reporters and people): reporters' posts
without "By", meta lines of date, section and reading time, calls to the reader,
contributor and copyright lines, picture labels and captions are removed; story
sentences that look a little like them stay, word for word."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput

# Broadcaster page: outlet label, relative time, picture label + caption, topics box.
BROADCASTER = """Flood defences overwhelmed as river bursts its banks

Northern Rivers Radio News

3 hours ago

Share

Save

By Idris Vaughan-Hale
Environment correspondent, NRR News

Image source, Harbour Pictures

Image caption,
Residents waded through the high street on Sunday afternoon

More than 300 homes in Caldbeck were flooded after the River Tarn burst its banks on Sunday.

The Environment Agency said its defences had been "overwhelmed" by two months of rain in a day.

Related topics

Flooding

Caldbeck"""

# Local paper: post line, calls to the reader, a partner credit at the foot.
LOCAL = """Parking charges approved for seafront

Harriet Lowe-Brennan
Local Democracy Reporter

Councillors voted by seven votes to three to bring in charges at 410 seafront spaces from May.

Traders said visitors would stay away. "This will finish us," said café owner Bryn Ashworth.

Do you have a story for us? Email news@harbourgazette-example.co.uk

Want more local news? Sign up to our free morning newsletter

This article was produced by the Local Democracy Reporting Service."""

# US TV station and trade pages: lower-case "by:", bar-separated meta lines, a
# copyright notice, a phone-in.
US_TV = """Governor signs school meals bill

by: Dana Whitlock-Reyes

Posted: Jun 4, 2026 / 05:12 PM CDT

Tuesday 13 January 2026 | Education | 4 min read

Gov. Marla Quist signed the bill on Tuesday, extending free lunches to 140,000 more pupils.

Reach Dana Whitlock-Reyes at dwr@kvtx-example.com or 555-0173.

Copyright 2026 KVTX-TV. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed."""

# Wire: a contributor line. Tabloid: captions pointing at pictures, share counts.
TABLOID = """Gran fights off burglar with walking stick

Maud Pellington (pictured) fought off a burglar at 2am

2.1k shares

Maud Pellington, 83, hit the intruder three times before he fled through a window.

Her grandson Kyle (left) with the walking stick she used

Maud Pellington (pictured at her home on Tuesday), who has lived alone since 2019

Mrs Pellington (pictured last year) said: 'He picked the wrong house.'

Police said a man had been arrested. Reuters contributed to this report."""


def clean(text: str):
    return clean_article(ArticleInput(text=text))


@pytest.mark.parametrize(
    ("page", "furniture", "story"),
    [
        (
            BROADCASTER,
            [
                "Northern Rivers Radio News",
                "3 hours ago",
                "Environment correspondent, NRR News",
                "Image source, Harbour Pictures",
                "Image caption,",
                "Residents waded through the high street on Sunday afternoon",
                "Related topics",
                "Caldbeck",
            ],
            [
                "More than 300 homes in Caldbeck were flooded after the River Tarn burst its banks on Sunday.",
                'The Environment Agency said its defences had been "overwhelmed" by two months of rain in a day.',
            ],
        ),
        (
            LOCAL,
            [
                "Local Democracy Reporter",
                "Do you have a story for us? Email news@harbourgazette-example.co.uk",
                "Want more local news? Sign up to our free morning newsletter",
                "This article was produced by the Local Democracy Reporting Service.",
            ],
            [
                "Councillors voted by seven votes to three to bring in charges at 410 seafront spaces from May.",
                'Traders said visitors would stay away. "This will finish us," said café owner Bryn Ashworth.',
            ],
        ),
        (
            US_TV,
            [
                "by: Dana Whitlock-Reyes",
                "Tuesday 13 January 2026 | Education | 4 min read",
                "Reach Dana Whitlock-Reyes at dwr@kvtx-example.com or 555-0173.",
                "Copyright 2026 KVTX-TV. All rights reserved.",
            ],
            [
                "Gov. Marla Quist signed the bill on Tuesday, extending free lunches to 140,000 more pupils."
            ],
        ),
        (
            TABLOID,
            [
                "2.1k shares",
                "Her grandson Kyle (left) with the walking stick she used",
                "Maud Pellington (pictured at her home on Tuesday), who has lived alone since 2019",
            ],
            [
                # A line that goes on with a verb may be the tabloid's summary: kept.
                "Maud Pellington (pictured) fought off a burglar at 2am",
                "Maud Pellington, 83, hit the intruder three times before he fled through a window.",
                # A story sentence pointing at a picture ends like a sentence: it stays.
                "Mrs Pellington (pictured last year) said: 'He picked the wrong house.'",
                "Police said a man had been arrested. Reuters contributed to this report.",
            ],
        ),
    ],
    ids=["broadcaster", "local", "us-tv", "tabloid"],
)
def test_page_furniture_goes_and_the_story_stays(page, furniture, story):
    cleaned = clean(page)
    paragraphs = cleaned.text.split("\n\n")
    for line in furniture:
        assert not any(
            line in paragraph for paragraph in paragraphs if len(paragraph) < 2 * len(line)
        ), line
        assert any(line in removed for removed in cleaned.removed), line
    for sentence in story:
        assert sentence in paragraphs, sentence


@pytest.mark.parametrize(
    "paragraph",
    [
        # Synthetic story lines that share words with furniture, each kept whole.
        "Copyright lawyers said the ruling would cost musicians millions.",
        "From Monday, buses will run every 20 minutes on the coast road.",
        "Reporters Without Borders said the arrests were unlawful.",
        "Contact with the crew was lost at 3.15pm, the coastguard said.",
        "Sign-ups for the scheme have doubled, the council said.",
        "Ms Okafor (pictured) has run the shop for 30 years and said she would not close it.",
        "The station's news editor, Priya Dhillon, said the report was accurate.",
    ],
)
def test_story_lines_that_resemble_furniture_stay(paragraph):
    page = f"Council row deepens\n\nThe council met on Tuesday to discuss the budget.\n\n{paragraph}\n\nA decision is due next month."
    assert paragraph in clean(page).text
