"""Round 39: the page's own headline is found at the head of a pasted page whatever its
length or its last mark, so that a brief reads the same whether the headline comes in
the text or as the `title`.

Two shapes stayed in the body before the round, and the situation then opened with the
headline run into the bullet lines under it, with no stop between them:
- a tabloid headline of 160 to 300 characters, a clause joined to a clause by a dash
  ("... dies in hospital - as his family demand answers");
- a headline ending on a quoted word ("... calls the offer 'final'", "... calls move
  "political"").

All pages here are synthetic (invented people, places and firms), across beats."""

from __future__ import annotations

import asyncio

import pytest
from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import ExtractiveEngine

HEALTH = (
    "Grandfather, 74, who waited nine hours for an ambulance after a fall at home dies in "
    "hospital - as his family demand answers from the health trust over 'shameful' delays",
    "Derek Amesbury lay on his kitchen floor in Hollinfield from 2pm until 11pm on Sunday, "
    "his daughter said.\n\nThe Westmere Ambulance Service said it had received 1,400 calls "
    "that day and apologised to the family.",
)
CRIME = (
    "Footballer's £2.5million mansion is raided by a masked gang while he played in front "
    "of 40,000 fans - as police hunt four men who were seen fleeing in a black saloon car",
    "Burglars took jewellery and two watches from the home of Calder Vale midfielder Ross "
    "Penhale on Saturday night, police said.\n\nOfficers are appealing for dashcam footage "
    "from the Brookwell Road area.",
)
TRANSPORT = (
    "'We've been left in the dark': Furious commuters stranded for five hours as a signal "
    "failure halts every train out of the city - and rail bosses warn chaos could last "
    "until Friday",
    "Thousands of passengers were stuck at Marlow Cross station on Tuesday evening after a "
    "cable fault near Ashby Junction stopped all services.\n\nNorthway Rail said engineers "
    "were working through the night.",
)
BUSINESS_WIRE = (
    'Orvella central bank holds rates at 11%; governor calls inflation outlook "fragile"',
    "PORT SELMA, May 6 (Reuters) - Orvella's central bank kept its main lending rate at 11% "
    "on Wednesday, saying food prices were still rising.\n\nGovernor Amara Quist told "
    "reporters the bank would act if the currency weakened further.",
)
POLITICS_UK = (
    "Health secretary tells striking nurses the pay offer is ‘final’",
    "The health secretary, Fiona Trelawny, said on Monday that there would be no more money "
    "for nurses in England, days before a third strike.\n\nThe union said its members would "
    "walk out on Thursday.",
)
PAGES = [HEALTH, CRIME, TRANSPORT, BUSINESS_WIRE, POLITICS_UK]
IDS = ["health-tabloid", "crime-tabloid", "transport-tabloid", "business-wire", "politics"]


@pytest.mark.parametrize(("headline", "body"), PAGES, ids=IDS)
def test_the_headline_at_the_head_of_the_text_is_the_title(headline: str, body: str) -> None:
    article = clean_article(ArticleInput(text=f"{headline}\n\n{body}"))
    assert article.title == headline  # fails before the round: it stayed in the body
    assert article.text == body


@pytest.mark.parametrize(("headline", "body"), PAGES, ids=IDS)
def test_the_brief_is_the_same_with_the_headline_given_as_the_title(
    headline: str, body: str
) -> None:
    in_text = _brief(ArticleInput(text=f"{headline}\n\n{body}"))
    given = _brief(ArticleInput(text=body, title=headline))
    assert in_text.situation == given.situation
    assert headline[:40] not in in_text.situation
    assert _figures(in_text) == _figures(given)


def test_a_tabloid_headline_over_bullet_lines_leaves_the_bullets_in_the_story() -> None:
    bullets = (
        "Derek Amesbury lay on his kitchen floor for nine hours\n"
        "The ambulance service says it received 1,400 calls that day\n"
        "His family have made a formal complaint to the health trust"
    )
    article = clean_article(ArticleInput(text=f"{HEALTH[0]}\n\n{bullets}\n\n{HEALTH[1]}"))
    assert article.title == HEALTH[0]
    assert article.text.startswith("Derek Amesbury lay on his kitchen floor for nine hours")
    brief = _brief(ArticleInput(text=f"{HEALTH[0]}\n\n{bullets}\n\n{HEALTH[1]}"))
    assert 1400 in {figure.value for figure in brief.figures}


def test_a_long_headline_with_no_dash_over_bullet_lines_is_the_title() -> None:
    headline = (
        "Retired postman, 74, who lay on his kitchen floor for nine hours waiting for an "
        "ambulance after a fall at his home in Hollinfield died in hospital two days later"
    )
    bullets = "Derek Amesbury called 999 at 2pm on Sunday\nThe first crew reached his house at 11pm"
    article = clean_article(ArticleInput(text=f"{headline}\n\n{bullets}\n\n{HEALTH[1]}"))
    assert len(headline) > 160
    assert article.title == headline
    assert article.text.startswith("Derek Amesbury called 999")


# Guards: these passed before the round and must still pass.


def test_a_long_lede_that_lost_its_full_stop_is_story() -> None:
    lede = (
        "Derek Amesbury, a 74-year-old retired postman from Hollinfield, waited nine hours "
        "for an ambulance after a fall at his home on Sunday and died in hospital two days "
        "later, his family said"
    )
    article = clean_article(ArticleInput(text=f"{lede}\n\n{HEALTH[1]}"))
    assert len(lede) > 160
    assert article.title is None
    assert article.text.startswith(lede)


def test_a_first_paragraph_that_ends_as_a_sentence_is_story() -> None:
    lede = HEALTH[0] + "."
    article = clean_article(ArticleInput(text=f"{lede}\n\n{HEALTH[1]}"))
    assert article.title is None
    assert article.text.startswith(lede)


def test_a_first_paragraph_with_a_sentence_inside_is_story() -> None:
    first = (
        "Derek Amesbury waited nine hours for an ambulance on Sunday. His family say the "
        "delay was shameful and want the health trust to explain why no ambulance crew came "
        "to the house until 11pm"
    )
    article = clean_article(ArticleInput(text=f"{first}\n\n{HEALTH[1]}"))
    assert article.title is None
    assert article.text.startswith(first)


def test_a_first_paragraph_longer_than_any_headline_is_story() -> None:
    first = " ".join([HEALTH[0]] * 2)  # over 300 characters
    article = clean_article(ArticleInput(text=f"{first}\n\n{HEALTH[1]}"))
    assert article.title is None
    assert article.text.startswith(first)


def test_a_lone_paragraph_is_never_taken_for_a_headline() -> None:
    article = clean_article(ArticleInput(text=HEALTH[0]))
    assert article.title is None
    assert article.text == HEALTH[0]


def _brief(article: ArticleInput):
    return asyncio.run(make_brief(article, ExtractiveEngine())).brief


def _figures(brief) -> list[tuple[float, str | None]]:
    return sorted((figure.value, figure.measures) for figure in brief.figures)


# The situation reads as sentences: under the headline, a tabloid's bullet lines and a
# broadsheet's standfirst end with no stop. Before the round they were run together with
# the lede ("... for nine hours The ambulance service says ... Derek Amesbury, 74, ...").

TABLOID_BULLETS = (
    "Derek Amesbury lay on his kitchen floor for nine hours\n"
    "The ambulance service says it received 1,400 calls that day\n"
    "His family have made a formal complaint to the health trust"
)
BYLINE = "By KERRY HOLME FOR THE DAILY ECHO"
LEDE = (
    "A retired postman who lay on his kitchen floor for nine hours waiting for an ambulance "
    "has died in hospital, his family said yesterday."
)
SECOND = "Derek Amesbury, 74, fell at his home in Hollinfield at about 2pm on Sunday."


def test_a_tabloids_bullet_lines_are_not_run_into_the_situation() -> None:
    page = f"{HEALTH[0]}\n\n{TABLOID_BULLETS}\n\n{BYLINE}\n\n{LEDE}\n\n{SECOND}"
    situation = _brief(ArticleInput(text=page)).situation
    first_bullet = TABLOID_BULLETS.split("\n")[0]
    # the first line sums the story up and gets a stop; the next lines are left out
    assert situation.startswith(f"{first_bullet}. {LEDE}")
    assert "The ambulance service says" not in situation
    assert "formal complaint" not in situation


@pytest.mark.parametrize(
    ("standfirst", "lede"),
    [
        (
            "Last-wicket pair survive 17 overs as the visitors fall one wicket short",
            "Wealdmoor held on for a draw at Carrow Fields on Thursday, when their last pair "
            "batted out the final hour.",
        ),
        (
            "Fraud drives the rise as the share of crimes solved falls below half",
            "Recorded crime in the county rose for a third year running in the year to March, "
            "official figures show.",
        ),
    ],
    ids=["sport-broadsheet", "statistics-broadsheet"],
)
def test_a_standfirst_with_no_stop_gets_one_before_the_lede(standfirst: str, lede: str) -> None:
    page = f"{HEALTH[0]}\n\n{standfirst}\n\n{lede}\n\n{SECOND}"
    situation = _brief(ArticleInput(text=page)).situation
    assert situation.startswith(f"{standfirst}. {lede}")


def test_a_page_of_lines_with_no_stops_keeps_its_lines() -> None:
    """Guard: with no sentence that ends as one, no line is left out of the situation
    (the first, over a line with no stop, is the headline, as before the round)."""
    lines = TABLOID_BULLETS.replace("\n", "\n\n")
    situation = _brief(ArticleInput(text=lines)).situation
    assert situation.startswith("The ambulance service says it received 1,400 calls that day")
    assert "formal complaint to the health trust" in situation
