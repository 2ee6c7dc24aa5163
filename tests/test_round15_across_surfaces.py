# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The fifteenth round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the select strategy's
candidates, and a story across two articles. Synthetic local page written for this test
(invented shop, people, peer and outlet): a mother and a daughter known as "Mrs Obi" and
"Miss Obi", each with her own words; "Dr Singh" written in full as "Dr Ravi Singh" beside
his wife "Mrs Singh"; "the Earl said" after "The Earl of Wexcombe, 63,"; a sale price a
person got (a figure); "Turnout ... was 64%" (no actor); "That is £350 more than now"
(measures the rise, not "more"); a decision due on a date (outlook)."""

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

ARTICLE = """Corner shop closes after 40 years as parade is sold

Mrs Grace Obi, 71, and her daughter, Miss Obi, served their last customers at the corner shop on Saturday.

The Earl of Wexcombe, 63, who owns the parade, has sold it to a developer for £2.4m.

"We have been here forty years and nobody asked us," Mrs Obi said.

"The rent has doubled since the spring," Miss Obi said.

"The parade needs investment I cannot give," the Earl said.

Dr Ravi Singh, who runs the surgery next door, and his wife, Mrs Singh, a pharmacist, will also leave.

"We cannot take any more patients here," Dr Singh said.

"The queue starts at seven every morning," Mrs Singh said.

Turnout at the residents' meeting was 64%, organisers said.

The developer's rent for each unit will be £1,450 a month. That is £350 more than now.

The council's planning committee will decide on the scheme on 14 March."""

# The same closure told by another outlet, naming the daughter and the doctor alone.
OTHER_OUTLET = """Shop owners bow out

The family's shop on the parade has closed.

"The rent has doubled since the spring," Miss Obi said.

"We cannot take any more patients here," Dr Singh said."""

MOTHER = "We have been here forty years and nobody asked us"
DAUGHTER = "The rent has doubled since the spring"
EARL = "The parade needs investment I cannot give"
DOCTOR = "We cannot take any more patients here"
PHARMACIST = "The queue starts at seven every morning"
OUTLOOK = "The council's planning committee will decide on the scheme on 14 March."


def _check(quotes: list[tuple[str, str]]) -> None:
    speakers = {words.rstrip(",."): speaker for words, speaker in quotes}
    assert speakers[MOTHER] == "Grace Obi"
    assert speakers[DAUGHTER] == "Miss Obi"
    assert speakers[EARL] == "Earl of Wexcombe"
    assert speakers[DOCTOR] == "Ravi Singh"
    assert speakers[PHARMACIST] == "Mrs Singh"


def _check_brief(brief: dict[str, Any]) -> None:
    _check([(q["text"], q["speaker"]) for q in brief["quotes"]])
    actors = {a["name"]: a for a in brief["actors"]}
    assert "Miss Obi" not in actors["Grace Obi"]["aliases"]
    assert "Turnout" not in actors
    figures = {f["text"]: f for f in brief["figures"]}
    assert "£2.4m" in figures
    assert "rise" in figures["£350"]["measures"]
    assert (brief["outlook"] or "").endswith(OUTLOOK)


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_brief(brief_from_the_cli(tmp_path, ARTICLE))


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_brief(await brief_over_http(tmp_path, ARTICLE))


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "shop")
    assert f"> “{MOTHER}”\n— _Grace Obi_" in text
    assert f"> “{DAUGHTER}”\n— _Miss Obi_" in text
    assert f"> “{DOCTOR}”\n— _Ravi Singh_" in text
    assert f"> “{EARL}”\n— _Earl of Wexcombe_" in text


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    _check_brief(await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "shop"))


def test_the_select_candidates() -> None:
    cleaned = clean_article(ArticleInput(text=ARTICLE)).text
    candidates = build_candidates(cleaned, analysis_of(cleaned))
    names = {a.id: a.name for a in candidates.actors}
    _check([(q.text, names[q.speakers[0]]) for q in candidates.quotes if q.speakers])
    assert "Turnout" not in names.values()


async def test_a_story_keeps_mother_and_daughter_apart_and_the_doctor_one() -> None:
    items = [StoryInput("shop_a", text=ARTICLE), StoryInput("shop_b", text=OTHER_OUTLET)]
    story = (await make_story(items, ExtractiveEngine())).story

    def named(name: str) -> list[Any]:
        return [a for a in story.actors if a.name == name or name in a.aliases]

    [daughter] = named("Miss Obi")
    [mother] = named("Grace Obi")
    assert daughter is not mother
    assert {s.article_id for s in daughter.sources} == {"shop_a", "shop_b"}
    [doctor] = named("Dr Singh")
    assert doctor.name == "Ravi Singh"
    assert doctor is not named("Mrs Singh")[0]
    [theirs] = [q for q in story.quotes if q.text.startswith(DAUGHTER)]
    assert theirs.speaker == "Miss Obi" and not theirs.speaker_conflict
    assert {s.article_id for s in theirs.sources} == {"shop_a", "shop_b"}
