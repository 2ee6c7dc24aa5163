# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The twenty-seventh round's classes (#21: the dev misses by frequency, fixed as classes,
and the lead's sweep of them) reach every surface the same way: the CLI (a subprocess,
as a user runs it), HTTP with the real extractive engine, the Slack bot, a batch briefed
by a `brief worker` process on a real Redis, the select strategy's candidates, and a
story across two articles. Synthetic Kenyan county page written for this test (invented
firm, officials and residents): a firm named with and without its legal form is one
body, and one whose name closes on its trade ("Kestrel Mining") is no person; a word
opening the sentence ("As Mr Otieno toured ...") is no role; a name in apposition to
"Its spokeswoman" is the "she" who speaks next; a short quote closed by a mark that
looks like a plural possessive ("'badly needs' clean water") does not run on into the
next sentence's quote or swallow its speaker; a span left to act in ("has 30 days to
lodge its appeal") is the outlook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from briefsmith.briefing.stories import StoryInput, make_story
from briefsmith.core.candidates import build_candidates
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.linguistic import analysis_of

from tests.surface_runs import (
    brief_from_a_worker,
    brief_from_the_cli,
    brief_over_http,
    slack_reply_text,
)

ARTICLE = """Mining firm fined as county assembly backs new water levy

Kestrel Mining Ltd was fined 40 million shillings on Monday for polluting the Tana river, the environment agency said.

Kestrel Mining said it would appeal. The company has 30 days to lodge its appeal.

As Mr Joseph Otieno toured the site on Tuesday, residents gathered at the gate. The county governor said the firm had to pay for the clean-up.

Its spokeswoman in Nairobi, Wanjiru Kamau, said the company had installed new filters. 'We regret the harm done to the river and the people who rely on it,' she said.

Ward representative Amina Hassan said the village 'badly needs' clean water. But elder Peter Mwangi said families felt 'completely and utterly ignored'.

The county assembly approved the water levy by 31 votes to 12 on Wednesday."""

# The firm's answer told by another outlet, under its full legal name only.
OTHER_OUTLET = """Polluter to appeal river fine

Kestrel Mining Ltd will appeal against the fine. Its spokeswoman in Nairobi, Wanjiru Kamau, said the filters were working. 'We regret the harm done to the river and the people who rely on it,' she said."""

FIRM = "We regret the harm done to the river and the people who rely on it"
ELDER = "completely and utterly ignored"


def _check(quotes: list[tuple[str, str]]) -> None:
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[FIRM] == "Wanjiru Kamau"
    assert speakers[ELDER] == "Peter Mwangi"
    assert not [words for words in speakers if "badly needs" in words and "ignored" in words]


def _check_brief(brief: dict[str, Any]) -> None:
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    actors = {a["name"]: a for a in brief["actors"]}
    firms = [
        a
        for a in brief["actors"]
        if {a["name"], *a["aliases"]} & {"Kestrel Mining Ltd", "Kestrel Mining"}
    ]
    assert len(firms) == 1 and firms[0]["kind"] == "organization", firms
    assert actors["Joseph Otieno"]["role"] != "As"
    assert actors["Peter Mwangi"]["kind"] == "person"
    assert "30 days to lodge its appeal" in brief["outlook"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "levy")
    assert "— _Wanjiru Kamau_" in text and "— _Peter Mwangi_" in text
    assert "• *Kestrel Mining Ltd* _(organization)_" in text
    assert "• *Kestrel Mining* " not in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "levy"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    offered = {q.text.rstrip(",."): [names[s] for s in q.speakers] for q in candidates.quotes}
    assert offered[FIRM][0] == "Wanjiru Kamau"
    assert offered[ELDER][0] == "Peter Mwangi"
    assert len([n for n in names.values() if n.startswith("Kestrel Mining")]) == 1


async def test_a_story_credits_the_spokeswoman_in_both_articles() -> None:
    items = [StoryInput("levy_a", text=ARTICLE), StoryInput("levy_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(FIRM)]
    assert theirs.speaker == "Wanjiru Kamau" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"levy_a", "levy_b"}
    assert len([a for a in story.actors if a.name.startswith("Kestrel Mining")]) == 1
