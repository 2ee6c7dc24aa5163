# ruff: noqa: E501 - each page line is one line, as pages deliver them
"""Picture captions standing between story paragraphs, on synthetic pages written for
these tests (invented outlets and people): captions in the present tense ("Fans gather
outside the ground on Saturday", "Councillor X arrives at the town hall"), and captions
that point at the picture after a comma ("X, pictured with his daughter last year").
Above the story a line without a stop is a summary bullet and stays; a story sentence
in the present tense ends with a stop and stays; and a line without a stop whose verb is
not a caption's stays."""

from __future__ import annotations

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput

SPORT = """Rovers boss sacked after fifth straight defeat

Harbourside Rovers sacked manager Colm Reidy on Sunday after a 3-0 home defeat by Ashdown Town left them 21st in the table.

Rovers fans display a banner calling for the board to resign before Saturday's defeat

The club said assistant Pete Maddox would take charge for Tuesday's trip to Kingsmere.

Colm Reidy speaks to reporters at the training ground on Friday, a day before the game

"It has been a privilege," Reidy said in a statement."""

COURTS = """Builder jailed for cash-in-hand scam on pensioners

A builder who took £48,000 from elderly homeowners for work he never finished has been jailed for four years.

Gareth Olowe arrives at Teesside Crown Court on Wednesday, where he was sentenced

Olowe, 51, of Stockton, admitted six counts of fraud at an earlier hearing.

Margery Platt, pictured with her late husband at their golden wedding last year

Mrs Platt, 84, paid him £9,000 for a roof that was never fixed, the court heard."""

POLITICS = """Minister faces protest over hospital closure plan

Health Minister Aileen Strachan was met by about 300 protesters when she visited Carrick General Hospital on Monday.

Protesters gather outside the main entrance of the hospital before the minister's visit

Campaigners say the closure of the maternity unit would mean a 60-mile journey for some mothers.

Ms Strachan is greeted by hospital staff on the ward after her arrival

The health board will publish its final plan in March."""

SCIENCE = """Team finds new deep-sea species off Azores

Marine biologists are seen here aboard the research ship Meridian during the survey

Scientists from the University of Porto said they had found 14 species new to science on a 30-day survey.

Dr Inês Carvalho holds one of the specimens in the ship's laboratory

The specimens will go on display at the city's natural history museum next year."""


@pytest.mark.parametrize(
    ("page", "captions", "story"),
    [
        (
            SPORT,
            [
                "Rovers fans display a banner calling for the board to resign before Saturday's defeat",
                "Colm Reidy speaks to reporters at the training ground on Friday, a day before the game",
            ],
            [
                "The club said assistant Pete Maddox would take charge",
                '"It has been a privilege," Reidy said',
            ],
        ),
        (
            COURTS,
            [
                "Gareth Olowe arrives at Teesside Crown Court on Wednesday, where he was sentenced",
                "Margery Platt, pictured with her late husband at their golden wedding last year",
            ],
            ["Olowe, 51, of Stockton, admitted six counts", "Mrs Platt, 84, paid him £9,000"],
        ),
        (
            POLITICS,
            [
                "Protesters gather outside the main entrance of the hospital before the minister's visit",
                "Ms Strachan is greeted by hospital staff on the ward after her arrival",
            ],
            ["Campaigners say the closure of the maternity unit", "The health board will publish"],
        ),
        (
            SCIENCE,
            ["Dr Inês Carvalho holds one of the specimens in the ship's laboratory"],
            ["Scientists from the University of Porto said", "The specimens will go on display"],
        ),
    ],
    ids=["sport", "courts", "politics", "science"],
)
def test_captions_between_story_paragraphs_go_and_the_story_stays(page, captions, story):
    cleaned = clean_article(ArticleInput(text=page)).text
    for caption in captions:
        assert caption not in cleaned
    for sentence in story:
        assert sentence in cleaned


def test_a_line_above_the_story_is_a_summary_and_stays():
    """Before the first sentence of the story a line without a stop is a tabloid's summary
    bullet, not a caption (the same rule the bracketed pointers follow)."""
    cleaned = clean_article(ArticleInput(text=SCIENCE)).text
    assert "Marine biologists are seen here aboard the research ship Meridian" in cleaned


def test_story_lines_in_the_present_tense_stay():
    page = """Club fined over pitch invasion

Kingsmere City have been fined £25,000 after fans ran on to the pitch in April.

The club faces a further charge over the use of flares

Insiders say the board will meet the fans' group after the season

Fans gather outside the ground on match days, the club said.

Manager Ray Doyle speaks highly of the supporters in his programme notes."""
    cleaned = clean_article(ArticleInput(text=page)).text
    assert "The club faces a further charge over the use of flares" in cleaned
    assert "Insiders say the board will meet the fans' group after the season" in cleaned
    assert "Fans gather outside the ground on match days, the club said." in cleaned
    assert "Manager Ray Doyle speaks highly of the supporters" in cleaned
