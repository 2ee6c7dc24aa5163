# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The thirty-eighth round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, the draft strategy with a synthetic model that writes the chief's name with a
straight apostrophe, and a story across two outlets of different typography. Synthetic wire story
written for this test (invented town, agency, people and council): the dateline's tag is
taken off by the cleaning, so its dash once opened the police chief's role ("- Police
chief"); the article's curly apostrophes ("O’Hara", "the council’s housing director")
once changed the parse and the owned post; the other outlet's straight "O'Hara" was
another person. The owned post (CLI, HTTP, the worker) and the one O’Hara in the story
fail on the code before the round; the Slack reply and the candidates are guards (this
dateline's role held before, with "O’Hara" as written)."""

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
    brief_from_a_draft,
    brief_from_a_worker,
    brief_from_the_cli,
    brief_over_http,
    slack_reply_text,
)

ARTICLE = """KESTWICK (Pennine Wire) — Police chief Aoife O’Hara said on Monday that four men had been arrested after a raid on the town’s biggest warehouse.

“We won’t tolerate this,” O’Hara told reporters.

The council’s housing director warned last month that thefts were rising. Speaking after the raid, the director, Kevin Dubrow, said the site would reopen within a week."""

# The same raid told by another outlet, with straight marks and no dateline.
OTHER_OUTLET = """Four held after warehouse raid

Police chief Aoife O'Hara said four men had been arrested.

"We won't tolerate this," O'Hara said."""

CHIEF = "Aoife O’Hara"
WORDS = "We won’t tolerate this"


def _check_brief(brief: dict[str, Any]) -> None:
    actors = {a["name"]: a for a in brief["actors"]}
    assert actors[CHIEF]["role"] == "Police chief"
    assert actors["Kevin Dubrow"]["role"] == "the council’s housing director"
    # one O’Hara, named as the article writes her
    assert [n for n in actors if "Hara" in n] == [CHIEF]
    speakers = {q["text"].rstrip(".,"): q["speaker"] for q in brief["quotes"]}
    assert speakers.get(WORDS) == CHIEF


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "kestwick")
    # (the bot sets a role after "— "; the dateline's dash once opened it: "— - Police")
    assert f"*{CHIEF}* _(person)_ — Police chief" in text
    lines = text.split("\n")
    at = [i for i, line in enumerate(lines) if WORDS in line]
    assert at and any(f"— _{CHIEF}_" in lines[i + 1] for i in at if i + 1 < len(lines))


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "kestwick"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    roles = {a.name: a.role for a in candidates.actors}
    assert roles.get(CHIEF) == "Police chief"
    offered = {q.text.rstrip(".,"): [names[s] for s in q.speakers] for q in candidates.quotes}
    assert offered[WORDS][:1] == [CHIEF]


async def test_a_story_across_two_typographies_has_one_chief() -> None:
    items = [
        StoryInput("raid_a", text=ARTICLE),
        StoryInput("raid_b", text=OTHER_OUTLET),
    ]
    story = (await make_story(items, ExtractiveEngine())).story
    chiefs = [a for a in story.actors if "Hara" in a.name]
    assert [a.name for a in chiefs] == [CHIEF]
    [theirs] = [q for q in story.quotes if q.text.replace("'", "’").startswith(WORDS)]
    assert theirs.speaker == CHIEF and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"raid_a", "raid_b"}


async def test_a_draft_naming_her_with_a_straight_apostrophe_credits_her_as_written() -> None:
    # (the model writes "O'Hara" where the article writes "O’Hara": one person, by the
    # one same-person test, which told them apart before round 38; the draft keeps the
    # model's own spelling of the names it lists)
    def answer(_article: str) -> dict[str, Any]:
        return {
            "situation": "Four men were arrested after a warehouse raid.",
            "actors": [
                {"name": "Aoife O'Hara", "kind": "person", "role": "Police chief", "aliases": []},
            ],
            "quotes": [{"text": WORDS, "speaker": "Aoife O'Hara"}],
            "figures": [],
            "outlook": "",
        }

    result = await brief_from_a_draft(ARTICLE, answer)
    credited = {q.text.rstrip(".,"): q.speaker for q in result.brief.quotes}
    # the quote is credited to an actor the brief lists, by that actor's own name (before
    # the round the speaker was "Aoife O’Hara" beside the listed "Aoife O'Hara")
    names = [a.name for a in result.brief.actors if "Hara" in a.name]
    assert len(names) == 1
    assert credited.get(WORDS) == names[0]
