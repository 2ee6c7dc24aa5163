# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""Speakers, round 9d, on synthetic articles written for these tests (invented people and
talks): a state body news writes in lower case after its country or nationality
("Russia's foreign ministry said", "a spokesperson for the German economy ministry
said", "The Japanese defence ministry said") speaks its quote, as the body the phrase
names. A spokesperson for "the ministry" with no country stays as before. Beats:
world, business, politics, health, defence; outlets: wire, broadcaster, broadsheet."""

from __future__ import annotations

import pytest
from briefsmith.engines.extractive import build_brief

LEAD = "Talks end without a deal\n\nNegotiators from six governments ended three days of talks in Geneva on Thursday without agreeing a text.\n\n"

STATE_BODIES = [
    (
        'A spokesperson for the Russian foreign ministry said in Moscow that the patrol was "a provocation dressed up as safety".',
        "Russian foreign ministry",
    ),
    (
        'Russia\'s foreign ministry said: "The patrol is a provocation dressed up as safety."',
        "Russia's foreign ministry",
    ),
    (
        'A spokeswoman for the German economy ministry told reporters in Berlin: "The subsidy will not be extended beyond next year."',
        "German economy ministry",
    ),
    (
        'The Japanese defence ministry said the incursion was "unacceptable and dangerous" and lodged a protest.',
        "Japanese defence ministry",
    ),
    (
        'India\'s health ministry said in a statement: "Every district hospital will have oxygen stocks for thirty days."',
        "India's health ministry",
    ),
    (
        'The French government said in a statement: "We will not be rushed into signing a bad deal."',
        "French government",
    ),
    (
        'A spokeswoman for the Chinese embassy in London said the claims were "groundless and malicious".',
        "Chinese embassy",
    ),
    (
        'A spokesman for the French interior ministry said the officers had acted "within the law at every stage".',
        "French interior ministry",
    ),
]


@pytest.mark.parametrize(("sentence", "body"), STATE_BODIES)
def test_a_state_body_in_lower_case_speaks(sentence: str, body: str) -> None:
    brief = build_brief(LEAD + sentence)
    assert len(brief.quotes) == 1
    assert brief.quotes[0].speaker.casefold() == body.casefold()


def test_a_spokesperson_for_a_ministry_of_no_country_is_no_country() -> None:
    brief = build_brief(
        LEAD
        + 'Greece and Turkey sent delegations. A spokesman for the ministry said the offer was "not a serious proposal at all".'
    )
    assert len(brief.quotes) == 1
    assert brief.quotes[0].speaker not in {"Greece", "Turkey"}


DISMISSED_AS = [
    (
        'The Indian foreign ministry said it was "deeply concerned" by the tests, a statement Pakistani minister Imran Qadir dismissed as "theatre for a domestic audience".',
        "theatre for a domestic audience",
        "Imran Qadir",
    ),
    (
        'Opposition leader Ruth Kenning dismissed the plan as "a gimmick that will not survive the winter".',
        "a gimmick that will not survive the winter",
        "Ruth Kenning",
    ),
    (
        'Club chairman Tom Reedham dismissed the reports as "complete fiction from start to finish".',
        "complete fiction from start to finish",
        "Tom Reedham",
    ),
]


@pytest.mark.parametrize(("sentence", "words", "speaker"), DISMISSED_AS)
def test_words_someone_dismissed_something_as_are_theirs(
    sentence: str, words: str, speaker: str
) -> None:
    brief = build_brief(LEAD + sentence)
    by_text = {q.text.rstrip(".,"): q.speaker for q in brief.quotes}
    assert by_text[words] == speaker


def test_words_dismissed_as_a_claim_are_still_denied() -> None:
    brief = build_brief(
        LEAD
        + 'The minister, Carl Hebden, dismissed claims that he had "misled the House of Commons twice".'
    )
    assert len(brief.quotes) == 1
    assert brief.quotes[0].speaker != "Carl Hebden"


THE_MINISTRY_AFTER = [
    (
        'Denmark\'s energy ministry on Wednesday suspended the permit for a 900-megawatt wind farm. The ministry said the suspension would last "until every foundation has been checked".',
        "Denmark's energy ministry",
    ),
    (
        'Japan\'s health ministry ordered a recall of the tablets on Monday. The ministry said they posed "a small but real risk to patients".',
        "Japan's health ministry",
    ),
    (
        'The French interior ministry banned the march on Friday. A spokesman for the ministry said the organisers had "ignored every warning we gave them".',
        "French interior ministry",
    ),
]


@pytest.mark.parametrize(("sentence", "body"), THE_MINISTRY_AFTER)
def test_the_ministry_is_the_state_body_named_before(sentence: str, body: str) -> None:
    brief = build_brief(LEAD + sentence)
    assert len(brief.quotes) == 1
    assert brief.quotes[0].speaker.casefold() == body.casefold()


def test_the_ministry_after_two_state_bodies_is_neither() -> None:
    brief = build_brief(
        LEAD
        + "Japan's health ministry ordered a recall on Monday and China's trade ministry banned imports of the tablets. "
        + 'The ministry said they posed "a small but real risk to patients".'
    )
    assert len(brief.quotes) == 1
    assert brief.quotes[0].speaker not in {"Japan's health ministry", "China's trade ministry"}
