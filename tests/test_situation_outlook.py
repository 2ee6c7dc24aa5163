"""Issue 9 "situation as good as the lead" and issue 15 items 1 and 6, on the seeds and on
hand-written articles of other kinds: the situation is the story's first sentences (no
headline, no dateline, no furniture); the outlook looks ahead, not back."""

import asyncio

import pytest
from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.extraction.summary import outlook, situation
from briefsmith.core.schema import ArticleInput, fit_situation
from briefsmith.engines.extractive import ExtractiveEngine

from tests.seed_articles import cleaned_seed, raw_seed

COURT = (
    "MANCHESTER, England — A former nurse was cleared on Wednesday of harming patients at a "
    "care home, after a trial that lasted 11 weeks.\n\n"
    "The jury took two days to reach its verdicts.\n\n"
    "The home had closed in 2019 after inspectors rated it inadequate.\n\n"
    "Prosecutors said they would not seek a retrial.\n\n"
    "The nurse plans to return to work next year, her lawyer said."
)


def test_situation_is_the_first_story_sentences_without_the_dateline():
    text, lead = situation(COURT)
    assert text.startswith("A former nurse was cleared on Wednesday")
    assert "MANCHESTER" not in text
    assert len(lead) == 3
    assert fit_situation(text) == text


def test_outlook_holds_what_comes_next_and_not_background():
    _, lead = situation(COURT)
    ahead = outlook(COURT, lead)
    assert "The nurse plans to return to work next year" in ahead
    assert "Prosecutors said they would not seek a retrial." in ahead
    assert "closed in 2019" not in ahead


def test_outlook_ignores_may_the_month_and_will_the_name():
    text = (
        "The festival opened on Friday with a record crowd of 40,000.\n\n"
        "Will Harper, the organiser, thanked the volunteers.\n\n"
        "Tickets first went on sale in May.\n\n"
        "Organisers expect to announce next year's line-up in March."
    )
    _, lead = situation(text)
    assert outlook(text, lead) == "Organisers expect to announce next year's line-up in March."


def test_a_subhead_and_a_list_of_numbers_are_not_situation_sentences():
    text = (
        "Results At A Glance\n\n1, 2, 3, 4\n\n"
        "The ruling party lost its majority in Sunday's regional election."
    )
    assert situation(text)[0] == "The ruling party lost its majority in Sunday's regional election."


def test_a_run_on_without_punctuation_is_cut_at_a_word():
    text = "officials said the river kept rising " * 100
    brief_situation, _ = situation(text)
    assert len(brief_situation) < 520
    assert brief_situation.endswith(" …")


def test_seed_004_outlook_has_the_tank_deliveries():
    text = cleaned_seed("004").text
    _, lead = situation(text)
    assert (
        "The first deliveries are expected to arrive in Ukraine within the next three months."
        in outlook(text, lead)
    )


@pytest.mark.parametrize(
    "title",
    [
        "As Russia Closes In on Bakhmut, Ukraine Bars Aid Workers From the City",
        "As Russia closes in on Bakhmut, Ukraine bars aid workers from the city",
        "As Russia Closes In on Bakhmut Ukraine Bars Aid Workers From the City.",
    ],
)
def test_seed_000_with_its_title_given_keeps_headline_and_dateline_out(title):
    result = asyncio.run(
        make_brief(ArticleInput(text=raw_seed("000"), title=title), ExtractiveEngine())
    )
    assert result.brief.situation.startswith("Ukraine’s military on Monday barred aid workers")
    assert "Closes In" not in result.article.text
