# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The fourteenth round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, and a story across two articles. Synthetic local page written for this test
(invented village, people, peers and outlet): two people known only by a title and the
surname they share ("Dr Bhatti", "Mrs Bhatti"), each with their own words; peers named
by a title and a territory ("The Duke and Duchess of Harrowby"), and "the Duchess said";
a double-barrelled surname the recognizer may cut at its hyphen; words a log recorded
(nobody's speech); an office named by its area ("Minister for Health Orla Brennan"); a
help line written as a sentence (furniture); a road that "would remain closed overnight"
(outlook)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from briefsmith.briefing.stories import StoryInput, make_story
from briefsmith.core.candidates import build_candidates
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import UNATTRIBUTED, ArticleInput
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.engines.linguistic import analysis_of

from tests.surface_runs import (
    brief_from_a_worker,
    brief_from_the_cli,
    brief_over_http,
    slack_reply_text,
)

ARTICLE = """Royal visit lifts flood-hit village as pharmacy vows to reopen

The Duke and Duchess of Harrowby visited flood-hit Cresswell on Tuesday, meeting families and volunteers at the village hall.

Dr Bhatti and Mrs Bhatti, who have run the village pharmacy for 22 years, showed the couple the damage.

"We lost every box of medicine on the ground floor," Mrs Bhatti said.

"We will reopen on Monday, whatever it takes," Dr Bhatti said.

"The spirit here is extraordinary," the Duchess said.

Officers said the valley road would remain closed overnight.

The flood warden's log recorded "water over the sill at 3am" before the village was evacuated.

Minister for Health Orla Brennan praised the volunteers.

Hydrologist Dr Shirin Vasquez-Lowe, who has studied the valley for a decade, said: "The river rose faster than any model predicted."

For advice on flood claims, call the council helpline on 0300 123 4567."""

# The same visit told by another outlet, naming the pharmacist's wife alone.
OTHER_OUTLET = """Pharmacy to reopen after floods

Cresswell's pharmacy will reopen on Monday, its owners said.

"We lost every box of medicine on the ground floor," Mrs Bhatti said.

The Duchess of Harrowby, who visited on Tuesday, praised the volunteers."""

HELP_LINE = "For advice on flood claims"
HERS = "We lost every box of medicine on the ground floor"
HIS = "We will reopen on Monday, whatever it takes"
DUCHESS = "The spirit here is extraordinary"
LOG = "water over the sill at 3am"
HYDROLOGIST = "The river rose faster than any model predicted."
OUTLOOK = "Officers said the valley road would remain closed overnight."


def _check(text: str, quotes: list[tuple[str, str]]) -> None:
    assert HELP_LINE not in text
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[HERS] == "Mrs Bhatti"
    assert speakers[HIS] == "Dr Bhatti"
    assert speakers[DUCHESS] == "Duchess of Harrowby"
    assert speakers.get(LOG, UNATTRIBUTED) == UNATTRIBUTED
    assert speakers[HYDROLOGIST.rstrip(".")] == "Shirin Vasquez-Lowe"


def _check_brief(brief: dict[str, Any]) -> None:
    _check(
        brief["situation"] + " " + (brief["outlook"] or ""),
        [(q["text"], q["speaker"]) for q in brief["quotes"]],
    )
    actors = {a["name"]: a for a in brief["actors"]}
    for name in ("Mrs Bhatti", "Dr Bhatti", "Duke of Harrowby", "Duchess of Harrowby"):
        assert actors[name]["kind"] == "person", name
    assert actors["Orla Brennan"]["role"] == "Minister for Health"
    assert "Harrowby" not in actors
    assert (brief["outlook"] or "").startswith(OUTLOOK)


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "flood")
    assert f"> “{HERS}”\n— _Mrs Bhatti_" in text
    assert f"> “{HIS}”\n— _Dr Bhatti_" in text
    assert f"> “{DUCHESS}”\n— _Duchess of Harrowby_" in text
    assert HELP_LINE not in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "flood"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    quotes = [
        (q.text, names[q.speakers[0]] if q.speakers else UNATTRIBUTED) for q in candidates.quotes
    ]
    _check(cleaned, quotes)


async def test_a_story_keeps_the_namesakes_apart_and_the_peer_one() -> None:
    items = [StoryInput("visit_a", text=ARTICLE), StoryInput("visit_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story

    def named(name: str) -> list[Any]:
        return [a for a in story.actors if a.name == name or name in a.aliases]

    assert len(named("Mrs Bhatti")) == 1 and len(named("Dr Bhatti")) == 1
    assert named("Mrs Bhatti")[0] is not named("Dr Bhatti")[0]
    [duchess] = named("Duchess of Harrowby")
    assert {s.article_id for s in duchess.sources} == {"visit_a", "visit_b"}
    [hers] = [q for q in story.quotes if q.text.startswith(HERS)]
    assert not hers.speaker_conflict
    assert {s.article_id for s in hers.sources} == {"visit_a", "visit_b"}
