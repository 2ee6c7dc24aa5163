# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The twelfth round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, and the select strategy's
candidates. Synthetic regional page written for this test (invented people, campaign
and outlet): page furniture of kinds earlier rounds left (a "developing story" note, a
label, "Play video", an embedded post's signature, an agency line, "Was this article
helpful?"), a campaign name in quotes after "the" and a "so-called" nickname (no quotes),
a quote whose speaker is named, and a notice's words in apposition to the notice that
someone saw (not the words of the organiser who told of it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from briefsmith.core.candidates import build_candidates
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import UNATTRIBUTED, ArticleInput
from briefsmith.engines.linguistic import analysis_of

from tests.surface_runs import (
    brief_from_a_worker,
    brief_from_the_cli,
    brief_over_http,
    slack_reply_text,
)

ARTICLE = """Swimmers vow to keep up river protest

BREAKING

This is a developing story and will be updated.

Hundreds of swimmers joined the "Clean Our River" protest in Marlow Bridge on Sunday, the third this year.

Play video

The so-called "Tuesday Dippers", who swim every week, led the crowd into the water.

Organiser Nadia Fenwick said: "The water company has ignored us for three years, and we are not going away."

Swimmers arriving on Sunday saw a new notice, 'Bathing not advised', the organiser said.

— Marlow Dippers (@marlowdippers) June 7, 2026

(PA)

Was this article helpful?

The regulator will publish its report on the river in September."""

FURNITURE = [
    "BREAKING",
    "developing story",
    "Play video",
    "@marlowdippers",
    "(PA)",
    "Was this article helpful?",
]
SPOKEN = "The water company has ignored us for three years, and we are not going away."


def _check(text: str, quotes: list[tuple[str, str]]) -> None:
    for line in FURNITURE:
        assert line not in text, line
    speakers = dict(quotes)
    assert "Clean Our River" not in speakers
    assert "Tuesday Dippers" not in speakers
    assert speakers[SPOKEN] == "Nadia Fenwick"
    # The notice's words are what the swimmers saw, not the organiser's.
    assert speakers["Bathing not advised"] == UNATTRIBUTED


def _check_brief(brief: dict[str, Any]) -> None:
    _check(
        brief["situation"] + " " + (brief["outlook"] or ""),
        [(q["text"], q["speaker"]) for q in brief["quotes"]],
    )
    assert (brief["outlook"] or "").startswith("The regulator will publish its report")


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "river")
    assert f"> “{SPOKEN}”\n— _Nadia Fenwick_" in text
    assert "Bathing not advised”\n— _Nadia Fenwick_" not in text
    for line in [*FURNITURE, "Clean Our River”", "Tuesday Dippers”"]:
        assert line not in text, line


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "river"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    quotes = [
        (q.text, names[q.speakers[0]] if q.speakers else UNATTRIBUTED) for q in candidates.quotes
    ]
    _check(cleaned, quotes)
