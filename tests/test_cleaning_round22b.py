"""Round 22 (helper b), the issue's class 2 again: line-wrap dots and abbreviation dots.

Synthetic passages written for these tests (invented people, firms and places of no
consequence; UK tabloid, US wire, Indian, Australian and trade copy):

- a lone dot of a scraped page after a word no sentence ends with ("handed to the . Red
  Cross", "chief executive of . Harwell Foods", "Mr . Okafor") wraps a line: the words
  are rejoined, while a lone dot after a word a quote may end with ("what we are here
  for . We will ...") still ends the sentence;
- a lone dot after a closing quote, bracket or per cent sign before a lower-case word is
  a wrap too ("a 'disgrace' . and demanded"); a lone dot before a brand written in lower
  case ("eBay said ...") still ends the sentence;
- the sentence splitter: "No. 10", "approx. 40,000", "Rs. 1,200 crore", "est. 1887" hold
  their period only before a number ("he said no. He ..." ends a sentence); "Ft. Worth"
  and "Mt. Sinai" keep theirs ("30 ft. The river" ends one); "Pvt. Ltd.", "Warner Bros.",
  "Sdn. Bhd.", "Univ.", "govt." are abbreviations; "the U.S. It plans ..." and "Orrin
  Labs Inc. The sale ..." end a sentence before a word that can only open one.
"""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.core.segments import sentences


def _clean(text: str) -> str:
    return clean_article(ArticleInput(text=text)).text


@pytest.mark.parametrize(
    ("page", "joined"),
    [
        (
            "The money was handed to the . Red Cross after the appeal closed last week.",
            "handed to the Red Cross after",
        ),
        (
            "She is the chief executive of . Harwell Foods, which employs 400 people.",
            "chief executive of Harwell Foods, which",
        ),
        (
            "The bill was backed by Labour and . Plaid Cymru members in the vote.",
            "Labour and Plaid Cymru members",
        ),
        ("The home belonged to Mr . Okafor, a retired teacher from Lagos.", "to Mr Okafor, a"),
        ("Officers raided their . Leeds home at dawn on Tuesday.", "raided their Leeds home"),
        ("The singer bought a . Porsche for her manager last year.", "bought a Porsche for"),
        (
            "He called the plan a 'disgrace' . and demanded an inquiry into the spending.",
            "a 'disgrace' and demanded",
        ),
        (
            "Sophie Lane (pictured) . was found safe and well on Sunday, police said.",
            "(pictured) was found safe",
        ),
        ("Prices rose by 4.2% . in the year to March, the figures showed.", "4.2% in the year"),
    ],
)
def test_a_lone_dot_that_wraps_a_line_is_rejoined(page: str, joined: str) -> None:
    cleaned = _clean(page)
    assert joined in cleaned
    assert len(cleaned.split("\n\n")) == 1


@pytest.mark.parametrize(
    ("page", "joined", "first", "second"),
    [
        (
            "'That is what we are here for . We will not give up,' said Ama Owusu of the . "
            "Marsh Lane residents' group.",
            "Owusu of the Marsh Lane residents' group.",
            "here for.",
            "We will not give up",
        ),
        (
            "Officers raided their . Leeds home. Nobody knows where the money came from . "
            "Police are investigating.",
            "raided their Leeds home.",
            "came from.",
            "Police are investigating",
        ),
        (
            "Shares in the . Orrin Group rallied on Monday . eBay rose 3 per cent.",
            "Shares in the Orrin Group rallied",
            "on Monday.",
            "eBay rose 3 per cent",
        ),
    ],
)
def test_a_lone_dot_that_ends_a_sentence_still_ends_it(
    page: str, joined: str, first: str, second: str
) -> None:
    cleaned = _clean(page)
    # The page's wrap before a name is rejoined; its sentence end is still one.
    assert joined in cleaned
    assert first in cleaned
    assert second in cleaned
    assert "Monday eBay" not in cleaned


def test_a_lone_dot_byline_is_still_furniture() -> None:
    body = "The council met the . Harwell Foods board on Monday. Residents said it was overdue."
    page = f"By . Jane Okoro and . Tom Reilly . PUBLISHED: . 08:12 EST, 3 March 2024 .\n\n{body}"
    cleaned = _clean(page)
    assert cleaned == body.replace("the . Harwell", "the Harwell")


@pytest.mark.parametrize(
    "text",
    [
        "The crowd numbered approx. 40,000 people, organisers said.",
        "The project will cost Rs. 1,200 crore, the minister said.",
        "The club (est. 1887) is one of the oldest in Scotland.",
        "Platforms Nos. 3 and 4 were closed for repairs.",
        "As shown in Fig. 2, the rate fell sharply.",
        "The vase, made ca. 1750, sold for £40,000.",
        "The plant in Ft. Worth employs 1,200 people.",
        "Doctors at Mt. Sinai hospital treated the boy.",
        "Sharma Textiles Pvt. Ltd. Chairman Vikram Rao said approx. 40 staff would go.",
        "Warner Bros. Discovery said it would appeal.",
        "Kuala Holdings Sdn. Bhd. said the deal was worth RM50 million.",
        "Researchers at Harwick Univ. Hospital studied 200 patients.",
        "The govt. Hospital in Kochi treated 40 patients.",
        "No. 10 said the U.S. Defense Secretary would arrive approx. 40 minutes late.",
        "The store closes at 5 p.m. Friday, Rs. 200 off for Nos. 3 and 4.",
    ],
)
def test_an_abbreviation_dot_does_not_end_the_sentence(text: str) -> None:
    assert len(sentences(text)) == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Asked if he would quit, he said no. He said he would fight on.", 2),
        (
            "Asked again, he said no. The polls close at 9 p.m. EST. The water rose to 30 "
            "ft. The river burst its banks overnight.",
            4,
        ),
        ("The firm has 40 stores in the U.S. It plans to open ten more next year.", 2),
        ("The deal was agreed with Orrin Labs Inc. The sale closes next month.", 2),
        ("The fund was set up by Tom Vance Jr. He died in 2004.", 2),
    ],
)
def test_a_period_after_an_abbreviation_shaped_word_may_end_a_sentence(
    text: str, count: int
) -> None:
    assert len(sentences(text)) == count


_STORY = "The council met on Monday to discuss the plan. Residents said the scheme was overdue."
_LAST = "The mayor said work would start in June."


@pytest.mark.parametrize(
    "line",
    [
        "Edited By: Rohan Verma",
        "Additional reporting: Press Association",
        "___",
        "This story was originally published June 14, 2025, 7:41 AM.",
        "This report by The Canadian Press was first published June 14, 2025.",
        "(Except for the headline, this story has not been edited by Delta News staff and is "
        "published from a syndicated feed.)",
        "Catch all the Business News, Market News, Breaking News Events and Latest News "
        "Updates on Daily Ledger.",
        "Join our WhatsApp channel for breaking news",
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
        "Follow us on Telegram for more updates",
        "-ENDS-",
        "###",
        "Notes to Editors:",
        "MOST READ NEWS",
    ],
)
def test_page_and_release_furniture_goes(line: str) -> None:
    cleaned = _clean(f"{_STORY}\n\n{line}\n\n{_LAST}")
    assert cleaned == f"{_STORY}\n\n{_LAST}"


@pytest.mark.parametrize(
    "line",
    [
        "This story was first published in 1998 by the Gazette, and it changed the law.",
        "The rumour spread after it appeared in a syndicated feed.",
        "Most read the report before the vote, one councillor admitted.",
        "Join our campaign to save the library, the group urged residents.",
        "Reporting restrictions were lifted at the end of the trial.",
        "Edited by her daughter, the memoir was published in 2019.",
        "Notes to editors were found in the minister's red box, the inquiry heard.",
        "Catch the thief, the crowd shouted, according to witnesses.",
    ],
)
def test_story_lines_that_open_like_furniture_stay(line: str) -> None:
    # Each page also carries one furniture line of the kind above, which goes.
    cleaned = _clean(f"{_STORY}\n\n{line}\n\nAdditional reporting: Press Association\n\n{_LAST}")
    assert cleaned == f"{_STORY}\n\n{line}\n\n{_LAST}"


@pytest.mark.parametrize(
    "caption",
    [
        "Gemma Rowe and her family outside their motel in Missouri on Saturday",
        "Firefighters at the scene of the blaze on Tuesday night",
        "Jo Roe with her award last year",
        "Flood waters in Lismore earlier this week",
    ],
)
def test_a_verbless_caption_in_the_body_goes(caption: str) -> None:
    cleaned = _clean(f"{_STORY}\n\n{caption}\n\n{_LAST}")
    assert cleaned == f"{_STORY}\n\n{_LAST}"


@pytest.mark.parametrize(
    "line",
    [
        "The council will meet residents at the hall on Monday.",
        "'We were at home with the children on Saturday",
    ],
)
def test_a_story_line_ending_in_a_time_stays(line: str) -> None:
    # The page's verbless caption goes; the story's line stays.
    page = f"{_STORY}\n\n{line}\n\nJo Roe with her award last year\n\n{_LAST}"
    assert _clean(page) == f"{_STORY}\n\n{line}\n\n{_LAST}"
