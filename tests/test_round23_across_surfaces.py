# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The twenty-third round's classes (#21: what the twenty-second round's sweep found and
left, fixed as classes) reach every surface the same way: the CLI (a subprocess, as a
user runs it), HTTP with the real extractive engine, the Slack bot, a batch briefed by a
`brief worker` process on a real Redis, the select strategy's candidates, and a story
across two articles. Synthetic harbour page written for this test (invented ferry firm,
regulator, airline, sergeant, councillor, board chair and minister): a plural possessive
before "and" inside straight single quotes closes no quote, and a dotted rank ("Sgt.")
does not cut the attribution; a line-wrap dot after "with" is rejoined before the
minister's title; "he said"/"she said" after two subjects it fits credits nobody; "the
airline said" after a firm that declined to comment credits the firm; two bodies over
"and" are two actors when one is also named alone; "Waves of 3-4m" are metres and
"R3,2 billion" a decimal comma; "Tarrow Ferries CFO Nadia Okafor" is a person with her
post as the role; a time of day after "at" is no figure (round 24)."""

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

ARTICLE = """Storm shuts harbour as ferry firm and regulator agree repair bill

Waves of 3-4m battered the Port Elwyn breakwater on Tuesday, forcing Tarrow Ferries to cancel every sailing, the harbour master said.

The Maritime Safety Executive and Tarrow Ferries have agreed to share repairs that will cost R3,2 billion over five years.

'The passengers' and the crews' safety has to come first,' Sgt. Ana Ruiz said at the quayside.

Tarrow Ferries CFO Nadia Okafor said the firm had set money aside. Its chief executive met with . Transport Minister Colm Baird on Wednesday.

Councillor Ruth Caldwell clashed with harbour board chair Amy Hollis at a public meeting, and Hollis walked out. 'Nobody asked the fishermen,' she said.

Talks between the ferry crews and the harbour board resumed at 10.30 on Thursday.

Kestrel Air declined to comment on the disruption to its connecting flights. 'We are rebooking every passenger,' the airline said."""

# The same day told by another outlet, the sergeant quoted with double marks.
OTHER_OUTLET = """Harbour closed by storm

"The passengers' and the crews' safety has to come first," Sgt. Ana Ruiz said."""

SERGEANT = "The passengers' and the crews' safety has to come first"
AIRLINE = "We are rebooking every passenger"
BOARD_ROW = "Nobody asked the fishermen"


def _check(quotes: list[tuple[str, str]]) -> None:
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[SERGEANT] == "Ana Ruiz"
    assert speakers[AIRLINE] == "Kestrel Air"
    # two women the pronoun fits, the nearer in a clause of its own: nobody
    assert speakers[BOARD_ROW] == "unattributed"


def _check_brief(brief: dict[str, Any]) -> None:
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    actors = {a["name"]: a for a in brief["actors"]}
    assert actors["Tarrow Ferries"]["kind"] == "organization"
    assert actors["Maritime Safety Executive"]["kind"] == "organization"
    assert not [name for name in actors if " and " in name]
    assert actors["Nadia Okafor"]["role"] == "Tarrow Ferries CFO"
    assert actors["Colm Baird"]["role"] == "Transport Minister"
    figures = {f["text"]: f for f in brief["figures"]}
    assert figures["3-4m"]["unit"] == "metres"
    assert (figures["3-4m"]["value"], figures["3-4m"]["value_max"]) == (3, 4)
    assert figures["R3,2 billion"]["unit"] == "ZAR"
    assert figures["R3,2 billion"]["value"] == 3.2e9
    assert not [text for text in figures if "10.30" in text]  # a time of day (round 24)


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "harbour")
    assert f"> “{SERGEANT}”\n— _Ana Ruiz_" in text
    assert f"> “{AIRLINE}”\n— _Kestrel Air_" in text
    assert "• *Nadia Okafor* _(person)_ — Tarrow Ferries CFO" in text
    assert "• *Maritime Safety Executive* _(organization)_" in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "harbour"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    analysis = analysis_of(cleaned)
    candidates = build_candidates(cleaned, analysis)
    names = {a.id: a.name for a in candidates.actors}
    offered = {q.text.rstrip(",."): [names[s] for s in q.speakers] for q in candidates.quotes}
    assert offered[SERGEANT][0] == "Ana Ruiz"
    assert offered[AIRLINE][0] == "Kestrel Air"
    # The article leaves "she said" open between two women: the analysis credits nobody
    # and offers both, so the model may choose but the rules never pick one.
    [board_row] = [q for q in analysis.quotes if q.text.startswith(BOARD_ROW)]
    assert board_row.speaker == "unattributed"
    assert {"Ruth Caldwell", "Amy Hollis"} <= set(offered[BOARD_ROW])
    assert {"Tarrow Ferries", "Maritime Safety Executive"} <= set(names.values())


async def test_a_story_credits_the_sergeant_in_both_articles() -> None:
    items = [StoryInput("harbour_a", text=ARTICLE), StoryInput("harbour_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(SERGEANT)]
    assert theirs.speaker == "Ana Ruiz" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"harbour_a", "harbour_b"}
