# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The twenty-fifth round's classes (#21: what the twenty-fourth round left, fixed as
classes, and the lead's sweep of them) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, and a story across two articles. Synthetic council-and-ferry page written
for this test (invented council, ferry firm, police command, inspector, prosecutor,
insurer and minister): a body speaking "through its spokesman, Inspector X," is X's
words; one who left court without comment is not the next "he"; a nickname given in
quotes after "dubbed" is nobody's words; a sum a budget includes is measured by its
purpose; a measure opening a sentence ("Revenue fell ..., the company said") is no body;
"Insurer X Y" is a firm; a post of a body opening the sentence before a person named
once is her role; a clock time after "Doors open at" is no figure; a product's "will
let passengers" is no outlook."""

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

ARTICLE = """Council budget sets aside €2.1m for ferry pier as operator reports slump

Carrowmore County Council's budget includes a €2.1m grant to rebuild the ferry pier at Inishbeg, councillors heard on Monday.

Minister of State at the Department of Rural Affairs Sinead Folan said the money would be released in the spring.

Westway Ferries cut 40 seasonal jobs last month. Revenue fell sharply in the third quarter, the company said.

The Western Police Command, through its spokesman, Inspector Emeka Obi, said: "Two men have been arrested over the fire at the ticket office."

Prosecutor Dermot Kealy left the courthouse without comment. "This was a reckless act that put lives at risk," he said.

Regulars at the harbour bar have dubbed the new pier "the Golden Mile".

Insurer Harmon Kelly said it would cover most of the damage.

The operator's new booking app will let passengers track sailings in real time.

Fuel costs are forecast to ease in the second half, Westway Ferries said.

Doors open at 7.30 for a public meeting on the pier in the parish hall on Thursday."""

# The same arrests told by another outlet, the inspector named without his rank.
OTHER_OUTLET = """Two held over ferry office fire

The Western Police Command, through its spokesman, Emeka Obi, said: "Two men have been arrested over the fire at the ticket office.\""""

POLICE = "Two men have been arrested over the fire at the ticket office"
PROSECUTOR = "This was a reckless act that put lives at risk"
MINISTER_ROLE = "Minister of State at the Department of Rural Affairs"


def _check(quotes: list[tuple[str, str]]) -> None:
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[POLICE] == "Emeka Obi"
    # he left the courthouse without comment: not the "he" who speaks next
    assert speakers[PROSECUTOR] == "unattributed"
    assert not [words for words in speakers if "Golden Mile" in words]


def _check_brief(brief: dict[str, Any]) -> None:
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    actors = {a["name"]: a for a in brief["actors"]}
    assert actors["Sinead Folan"]["kind"] == "person"
    assert actors["Sinead Folan"]["role"] == MINISTER_ROLE
    assert actors["Harmon Kelly"]["kind"] == "organization"
    assert "Revenue" not in actors
    assert not [name for name in actors if name.endswith(" Sinead Folan")]
    figures = {f["text"]: f for f in brief["figures"]}
    assert figures["€2.1m"]["measures"].startswith("grant to rebuild the ferry pier")
    assert not [text for text in figures if "7.30" in text]
    assert "booking app" not in brief["outlook"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "pier")
    assert f"> “{POLICE}.”\n— _Emeka Obi_" in text
    assert f"• *Sinead Folan* _(person)_ — {MINISTER_ROLE}" in text
    assert "Golden Mile" not in text.split("Quotes", 1)[-1]


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "pier"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    analysis = analysis_of(cleaned)
    candidates = build_candidates(cleaned, analysis)
    names = {a.id: a.name for a in candidates.actors}
    offered = {q.text.rstrip(",."): [names[s] for s in q.speakers] for q in candidates.quotes}
    assert offered[POLICE][0] == "Emeka Obi"
    [silent] = [q for q in analysis.quotes if q.text.startswith(PROSECUTOR)]
    assert silent.speaker == "unattributed"
    assert {"Sinead Folan", "Westway Ferries"} <= set(names.values())


async def test_a_story_credits_the_inspector_in_both_articles() -> None:
    items = [StoryInput("pier_a", text=ARTICLE), StoryInput("pier_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(POLICE)]
    assert theirs.speaker == "Emeka Obi" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"pier_a", "pier_b"}
