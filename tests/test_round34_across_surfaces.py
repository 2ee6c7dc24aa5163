# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The thirty-fourth round's classes (#21: rules written from four outside writers' probes,
measured on a fifth writer's) reach every surface the same way: the CLI (a subprocess,
as a user runs it), HTTP with the real extractive engine, the Slack bot, a batch briefed
by a `brief worker` process on a real Redis, the select strategy's candidates, and a
story across two articles. Synthetic regional health story written for this test
(invented bodies and people): the president of a body whose own name holds two "of"s,
named after it, speaks and holds that post (the lead's fix); the Commissioner of a
police force named after it speaks, not the force; "On Tuesday the X Association said"
is the association; a body named only through a person's post is an actor; an age is no
role; route numbers after "Bus services" are labels; a routine "as always" is no
outlook."""

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

ARTICLE = """Nurses' strike shuts wards across Westvale as talks collapse

By Health Correspondent

Nurses walked out at 14 hospitals across Westvale on Monday after pay talks with the regional health board collapsed.

"Every ward is running on goodwill and goodwill has run out," said the president of the Royal College of Nursing of Westvale, Dr Mara Quilty.

"Officers will keep every hospital entrance clear," said the Commissioner of the Westvale Metropolitan Police, Mark Dorrity.

On Tuesday the Westvale Medical Association said the walkout was "regrettable but understandable".

Kestrel Care chief executive Ruth Okafor said agency staff would cover some shifts. Ben Tully, who is 19, joined the picket line in Harbour Street.

Bus services 858 and 969 will be rerouted around the main hospital. The union said 3,200 members had voted and 2,900 backed the strike.

The board will, as always, publish its accounts on its website. Talks resume on Thursday."""

# The same walkout told by another outlet, the president's words under another introduction.
OTHER_OUTLET = """Westvale nurses out

Nurses at 14 Westvale hospitals struck on Monday. "Every ward is running on goodwill and goodwill has run out," Dr Mara Quilty, president of the Royal College of Nursing of Westvale, told reporters.
"""

GOODWILL = "Every ward is running on goodwill and goodwill has run out"


def _check_brief(brief: dict[str, Any]) -> None:
    speakers = {q["text"]: q["speaker"] for q in brief["quotes"]}
    assert speakers[GOODWILL] == "Mara Quilty"
    assert speakers["Officers will keep every hospital entrance clear"] == "Mark Dorrity"
    assert speakers["regrettable but understandable"] == "Westvale Medical Association"
    actors = {a["name"]: a for a in brief["actors"]}
    assert (
        actors["Mara Quilty"]["role"] == "the president of the Royal College of Nursing of Westvale"
    )
    assert "Kestrel Care" in actors
    assert actors["Ben Tully"]["role"] is None
    assert not any(name.startswith(("Tuesday", "Commissioner")) for name in actors)
    figures = {f["text"] for f in brief["figures"]}
    assert {"3,200", "2,900"} <= figures and not {"858", "969"} & figures
    assert "Talks resume on Thursday." in brief["outlook"]
    assert "as always" not in brief["outlook"]


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "westvale")
    lines = text.split("\n")
    # the quote's line (the situation may carry the words too) and its credit after it
    at = [i for i, line in enumerate(lines) if "goodwill has run out" in line]
    assert at and any("— _Mara Quilty_" in lines[i + 1] for i in at if i + 1 < len(lines))
    assert not any("— _Westvale Metropolitan Police_" in line for line in lines)


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "westvale"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    offered = {q.text: [names[s] for s in q.speakers] for q in candidates.quotes}
    [president] = [speakers for text, speakers in offered.items() if text.startswith(GOODWILL[:20])]
    assert president[:1] == ["Mara Quilty"]
    [commissioner] = [
        speakers for text, speakers in offered.items() if text.startswith("Officers will keep")
    ]
    assert (
        commissioner[:1] == ["Mark Dorrity"]
        and "Westvale Metropolitan Police" not in commissioner[:1]
    )


async def test_a_story_credits_the_president_in_both_articles() -> None:
    items = [
        StoryInput("westvale_a", text=ARTICLE),
        StoryInput("westvale_b", text=OTHER_OUTLET),
    ]
    story = (await make_story(items, ExtractiveEngine())).story
    [theirs] = [q for q in story.quotes if q.text.startswith(GOODWILL[:20])]
    assert theirs.speaker == "Mara Quilty" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"westvale_a", "westvale_b"}
    [commissioners] = [q for q in story.quotes if q.text.startswith("Officers will keep")]
    assert commissioners.speaker == "Mark Dorrity"
