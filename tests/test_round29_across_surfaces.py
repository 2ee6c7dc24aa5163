# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The twenty-ninth round's classes (#21: unseen news first, then the dev misses, and the
lead's cleaning and speaker fixes) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, and a story across two articles. Synthetic Ghanaian local page written for
this test (invented assembly, traders, officials and funder): a note on who funds the
reporting and a caption naming who is pictured where are page furniture; a timeline's
24-hour clock ("Friday, 20:00:") is no figure; a day's name as a surname beside a
courtesy title ("Mr Blessing Monday") is a person; "put the cost of the damage at" tells
what the sum measures; a person "of" a body whose name holds a possessive has that
post; and the one a quote addresses by name ("…, Kofi") is not its speaker."""

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

ARTICLE = """Market traders given 28 days to move after fire

By Kwame Asante

The Accra Metropolitan Assembly has given traders at Kantamanto market 28 days to leave the fire-damaged site, after a blaze on Sunday destroyed more than 300 stalls.

The fire service put the cost of the damage at GH¢4 million. Mr Blessing Monday, who sells shoes at the market, said he had lost everything. "Twenty years of work is gone in one night," he said.

Esi Quaye of the Market Women's Association said traders would march to the assembly on Friday.

Assemblyman Kofi Mensah opposed the eviction at Monday's meeting. "Where will these women go?" he asked.

When Mr Mensah called the notice cruel, the presiding member, Yaw Boateng, stopped him. "The site is not safe, Kofi," he said.

Friday, 20:00: The assembly closes the site to the public.

Ama Owusu at her stall in Kantamanto market

This reporting is supported by the West Africa Local News Initiative."""

# The same meeting told by another outlet, the presiding member's words under the same cue.
OTHER_OUTLET = """Assembly stands by Kantamanto notice

Assemblyman Kofi Mensah opposed the eviction at Monday's meeting. When Mr Mensah called the notice cruel, the presiding member, Yaw Boateng, stopped him. "The site is not safe, Kofi," he said."""

ADDRESSED = "The site is not safe, Kofi"
TRADER = "Twenty years of work is gone in one night"
FURNITURE = ("This reporting is supported", "Ama Owusu at her stall")


def _check_brief(brief: dict[str, Any]) -> None:
    assert brief["situation"].startswith("The Accra Metropolitan Assembly has given traders")
    assert not [piece for piece in FURNITURE if piece in brief["situation"] + brief["outlook"]]
    speakers = {q["text"].rstrip(",."): q["speaker"] for q in brief["quotes"]}
    assert speakers[ADDRESSED] == "Yaw Boateng"
    assert speakers[TRADER] == "Blessing Monday"
    actors = {a["name"]: a for a in brief["actors"]}
    assert actors["Blessing Monday"]["kind"] == "person"
    assert "Market Women's Association" in (actors["Esi Quaye"]["role"] or "")
    assert "West Africa Local News Initiative" not in actors
    figures = {f["text"]: f for f in brief["figures"]}
    assert "20" not in figures and "00" not in figures
    [damage] = [f for f in brief["figures"] if f["value"] == 4_000_000]
    assert "cost of the damage" in damage["measures"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "kantamanto")
    assert "— _Yaw Boateng_" in text and "— _Blessing Monday_" in text
    assert "This reporting is supported" not in text and "Ama Owusu" not in text
    assert "• *West Africa Local News Initiative*" not in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "kantamanto"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    assert not [piece for piece in FURNITURE if piece in cleaned]
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    offered = {q.text.rstrip(",."): [names[s] for s in q.speakers] for q in candidates.quotes}
    assert offered[ADDRESSED][0] == "Yaw Boateng"
    assert offered[TRADER][0] == "Blessing Monday"
    assert "West Africa Local News Initiative" not in names.values()


async def test_a_story_credits_the_presiding_member_in_both_articles() -> None:
    items = [
        StoryInput("kantamanto_a", text=ARTICLE),
        StoryInput("kantamanto_b", text=OTHER_OUTLET),
    ]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(ADDRESSED)]
    assert theirs.speaker == "Yaw Boateng" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"kantamanto_a", "kantamanto_b"}
