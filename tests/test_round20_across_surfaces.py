# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The twentieth round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, and a story across two articles. Synthetic port page written for this test
(invented secretary, minister, head of research, lawyer, maker and outlet): an office's
portfolio is no body and its words no person ("Secretary for Trade and Industry X",
"The Minister for Foreign Affairs and Trade, Y,"); a post's listed brief is no part of
its holder's name and the whole post is the role ("Head of Research and Development
Z"); a client's words given by his lawyer are not the lawyer's; an aircraft named with
its maker's model code is no actor; a hall's age is no figure; "rose 2m" is metres;
terms for residents are no outlook."""

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

ARTICLE = """Port expansion approved after trade talks

Secretary for Trade and Industry Mere Tavake said on Tuesday the Harbourside port expansion would go ahead after talks with shipping firms.

"This is the biggest investment in the port for a generation," Tavake said.

The Minister for Foreign Affairs and Trade, Ann Hale, said partners had been told of the decision.

Head of Research and Development Priya Raman said the new cranes would be built locally. The Vantor V40 will enter service on the ferry route next year.

Campaigners met at the 30-year-old harbour hall on Monday night to oppose the plan.

The tide rose 2m above normal during last week's storm, flooding the quay.

A fisherman whose boat hit the harbour wall is due in court next month. His lawyer, Daniel Price, said his client's words to police were: "I never saw the light."

Residents will be able to comment online. The consultation closes on 14 March."""

# The same decision told by another outlet, the secretary's words quoted first.
OTHER_OUTLET = """Port plan gets green light

"This is the biggest investment in the port for a generation," said Secretary for Trade and Industry Mere Tavake."""

SECRETARY = "This is the biggest investment in the port for a generation"
CLIENT = "I never saw the light"


def _check(quotes: list[tuple[str, str]]) -> None:
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[SECRETARY] == "Mere Tavake"
    assert speakers[CLIENT] == "unattributed"


def _check_brief(brief: dict[str, Any]) -> None:
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    actors = {a["name"]: a for a in brief["actors"]}
    assert not {"Trade and Industry", "Affairs", "Vantor V40", "Vantor"} & set(actors)
    assert actors["Mere Tavake"]["role"] == "Secretary for Trade and Industry"
    assert actors["Priya Raman"]["role"] == "Head of Research and Development"
    assert "Minister for Foreign Affairs and Trade" in actors["Ann Hale"]["role"]
    figures = {f["text"]: f for f in brief["figures"]}
    assert not [text for text in figures if "30" in text]
    assert figures["2m"]["value"] == 2 and figures["2m"]["unit"] == "metres"
    assert "comment online" not in brief["outlook"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "port")
    assert f"> “{SECRETARY}”\n— _Mere Tavake_" in text
    assert f"> “{CLIENT}.”\n— _unattributed_" in text
    assert "• *Priya Raman* _(person)_ — Head of Research and Development" in text
    assert "Trade and Industry_" not in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "port"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    _check(
        [
            (q.text, names[q.speakers[0]] if q.speakers else "unattributed")
            for q in candidates.quotes
        ]
    )
    assert not {"Trade and Industry", "Affairs"} & set(names.values())


async def test_a_story_credits_the_secretary_in_both_articles() -> None:
    items = [StoryInput("port_a", text=ARTICLE), StoryInput("port_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story
    names = [a.name for a in story.actors]
    assert not {"Trade and Industry", "Affairs"} & set(names)
    [theirs] = [q for q in story.quotes if q.text.startswith(SECRETARY)]
    assert theirs.speaker == "Mere Tavake" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"port_a", "port_b"}
