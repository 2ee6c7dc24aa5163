# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The twenty-sixth round's classes (#21: what the twenty-fifth round left, fixed as
classes, and the lead's sweep of them) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, and a story across two articles. Synthetic Malaysian parliament-and-rail
page written for this test (invented members, seats, police command, spokesperson,
watchdog, retailer and rail operator): a seat after a party in brackets is nobody, and
the "she" who speaks next is the member; a spokesperson named "through its" is the next
"she"; an office before a family-name-first name gives the whole name and the office as
its role; "Watchdog X", "Retailer X" and "Rail operator X" are bodies; people a body
speaks of ("Passengers will receive ..., the operator said") are no body; a count of
times says what happened; a building's storeys are no figure; ringgit are money; a
class's terms ("Season ticket holders will get ...") are no outlook."""

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

ARTICLE = """Flood levy vote passes as rail operator cancels services

The Dewan Rakyat passed the flood levy bill by 112 votes to 88 on Tuesday after a six-hour debate.

Minister for Transport Lim Hui Min said the levy would fund new drainage along the Klang rail corridor.

Opposition whip Aminah Rahim (PN–Sungai Lebar) led a walkout before the vote. "Families in the east have waited long enough," she said.

The Selangor Police Command, through its spokesperson, Norlia Hashim, said three suspects had been charged over the theft of signalling cable. "The cable was sold for scrap within hours," she said.

Watchdog Telcor fined Brellow Mobile for overcharging customers during the floods.

Retailer Halvoro said it would reopen its 14 flooded stores by the end of the month.

Rail operator Keretapi Kilat cancelled 240 services last week. Passengers will receive vouchers worth up to RM50, the operator said.

Crews were called out 1,240 times during the storm, the fire service said.

The operator's 30-storey headquarters was closed for two days.

Season ticket holders will get a 15% discount on their renewals.

The new drainage tunnels will be completed by June 2027, the ministry said."""

# The walkout told by another outlet, the seat written with spaces round the dash.
OTHER_OUTLET = """Opposition walks out over flood levy

Opposition whip Aminah Rahim (PN – Sungai Lebar) led the walkout. "Families in the east have waited long enough," she said."""

MEMBER = "Families in the east have waited long enough"
POLICE = "The cable was sold for scrap within hours"


def _check(quotes: list[tuple[str, str]]) -> None:
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[MEMBER] == "Aminah Rahim"
    assert speakers[POLICE] == "Norlia Hashim"


def _check_brief(brief: dict[str, Any]) -> None:
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    actors = {a["name"]: a for a in brief["actors"]}
    assert "Sungai Lebar" not in actors and "Passengers" not in actors
    assert actors["Lim Hui Min"]["role"] == "Minister for Transport"
    for body in ("Telcor", "Halvoro", "Keretapi Kilat"):
        assert actors[body]["kind"] == "organization", body
    assert not [name for name in actors if name.startswith(("Watchdog", "Retailer", "Rail"))]
    figures = {f["text"]: f for f in brief["figures"]}
    assert figures["1,240"]["measures"].startswith("times")
    assert [f["unit"] for text, f in figures.items() if text.endswith("RM50")] == ["MYR"]
    assert not [text for text in figures if text.startswith("30")]
    assert "Season ticket holders" not in brief["outlook"]
    assert "drainage tunnels" in brief["outlook"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "levy")
    assert "— _Aminah Rahim_" in text and "— _Norlia Hashim_" in text
    assert "Sungai Lebar" not in text.split("Quotes", 1)[-1]
    assert "• *Keretapi Kilat* _(organization)_" in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "levy"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    offered = {q.text.rstrip(",."): [names[s] for s in q.speakers] for q in candidates.quotes}
    assert offered[MEMBER][0] == "Aminah Rahim"
    assert offered[POLICE][0] == "Norlia Hashim"
    assert "Sungai Lebar" not in names.values()
    assert {"Keretapi Kilat", "Telcor", "Lim Hui Min"} <= set(names.values())


async def test_a_story_credits_the_member_in_both_articles() -> None:
    items = [StoryInput("levy_a", text=ARTICLE), StoryInput("levy_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(MEMBER)]
    assert theirs.speaker == "Aminah Rahim" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"levy_a", "levy_b"}
    assert "Sungai Lebar" not in [a.name for a in story.actors]
