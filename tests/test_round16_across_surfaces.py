# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The sixteenth round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, and a story across two articles. Synthetic inquest report written for this
test (invented officers, coroner, engineers, priest and outlet): a broadcaster's bare
"READ:" link and a "—With a report from" credit (furniture); an inspector and her
brother the sergeant, and a professor and his daughter the doctor, each with their own
words; a note's words read out beside a coroner's "said" (nobody's, not the coroner's
nor the sergeant's quoted before); "Pressed by the family's lawyer, X, ... Inspector
Reyes replied" (the inspector's); a bridge's designer of 1868 (no actor); a cost set off
by commas (the barrier's); "45 fewer than in 2020" (a fall in the count before it)."""

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

ARTICLE = """Inquest hears driver left note before lorry crash

An inquest has heard how a lorry driver left a note in his cab before his vehicle left the coast road last winter.

READ: Council to review safety barriers after third crash this year

Detective Inspector Carla Reyes told the inquest that officers found the note on the passenger seat. Her brother, Sergeant Reyes, was first at the scene.

"The road was closed within minutes," Sergeant Reyes said.

The note left by the driver read "I am sorry for everything I have done", coroner Helen Marsh said.

Pressed by the family's lawyer, Tom Ibbot, on the delay, Inspector Reyes replied: "We acted as fast as we could."

Professor Alan Whitby, a road safety engineer, gave evidence. His daughter, Dr Whitby, reconstructed the crash for the court.

"The bend is far tighter than the signs suggest," Dr Whitby said.

The lorry came off the road beside Harbour Bridge, which was designed by Silas Penrose in 1868.

Father Tom Kiely, parish priest of Ballymore, led prayers at the roadside on Sunday.

The council approved a new crash barrier, costing £80,000, last night.

The county has 310 traffic officers, 45 fewer than in 2020.

Engineers hope to have the barrier in place by the end of March.

—With a report from Dana Okafor"""

# The same inquest told by another outlet, naming the sergeant and the doctor alone.
OTHER_OUTLET = """Officer tells inquest of closure

"The road was closed within minutes," Sergeant Reyes said.

"The bend is far tighter than the signs suggest," Dr Whitby said."""

SERGEANT = "The road was closed within minutes"
NOTE = "I am sorry for everything I have done"
INSPECTOR = "We acted as fast as we could"
DOCTOR = "The bend is far tighter than the signs suggest"
OUTLOOK = "Engineers hope to have the barrier in place by the end of March."


def _check(quotes: list[tuple[str, str]]) -> None:
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[SERGEANT] == "Sergeant Reyes"
    assert speakers[NOTE] == "unattributed"
    assert speakers[INSPECTOR] == "Carla Reyes"
    assert speakers[DOCTOR] == "Dr Whitby"


def _check_brief(brief: dict[str, Any]) -> None:
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    actors = {a["name"]: a for a in brief["actors"]}
    assert "Sergeant Reyes" not in actors["Carla Reyes"]["aliases"]
    assert actors["Dr Whitby"]["role"] == "daughter"
    assert "Silas Penrose" not in actors
    figures = {f["text"]: f for f in brief["figures"]}
    assert "barrier" in figures["£80,000"]["measures"]
    assert "traffic officers" in figures["45"]["measures"]
    assert (brief["outlook"] or "").endswith(OUTLOOK)
    text = " ".join(q["text"] for q in brief["quotes"]) + (brief["situation"] or "")
    assert "READ:" not in text and "Dana Okafor" not in text


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "inquest")
    assert f"> “{SERGEANT}”\n— _Sergeant Reyes_" in text
    assert f"> “{INSPECTOR}.”\n— _Carla Reyes_" in text
    assert f"> “{DOCTOR}”\n— _Dr Whitby_" in text
    assert "Helen Marsh_" not in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "inquest"))


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
    assert "Silas Penrose" not in names.values()


async def test_a_story_keeps_namesakes_by_rank_and_kin_apart() -> None:
    items = [StoryInput("inquest_a", text=ARTICLE), StoryInput("inquest_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story

    def named(name: str) -> list[Any]:
        return [a for a in story.actors if a.name == name or name in a.aliases]

    [sergeant] = named("Sergeant Reyes")
    [inspector] = named("Carla Reyes")
    assert sergeant is not inspector
    assert {s.article_id for s in sergeant.sources} == {"inquest_a", "inquest_b"}
    [doctor] = named("Dr Whitby")
    assert doctor is not named("Alan Whitby")[0]
    [theirs] = [q for q in story.quotes if q.text.startswith(SERGEANT)]
    assert theirs.speaker == "Sergeant Reyes" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"inquest_a", "inquest_b"}
