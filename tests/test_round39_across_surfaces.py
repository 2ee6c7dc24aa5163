# ruff: noqa: E501 - each article paragraph is one line, as pages deliver them
"""The thirty-ninth round's classes (#21) reach every surface the same way: the CLI (a
subprocess, as a user runs it), HTTP with the real extractive engine, the Slack bot, a
batch briefed by a `brief worker` process on a real Redis, the draft strategy when the
grounding puts the article's own lead in place of a situation with an invented number,
and a story across two outlets. Synthetic tabloid page written for this test (invented
town, club and people): its long headline turns on a dash ("... - as ..."), so it once
stayed in the body and the situation opened with it, run into the bullet lines under it
with no stop between them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from briefsmith.briefing.stories import StoryInput, make_story
from briefsmith.engines.extractive import ExtractiveEngine

from tests.surface_runs import (
    brief_from_a_draft,
    brief_from_a_worker,
    brief_from_the_cli,
    brief_over_http,
    slack_reply_text,
)

HEADLINE = "Non-league Brackwater Town stun Premier League side in FA Cup third round as 19-year-old postman scores twice in front of 4,200 fans - and his mum watches from the dugout"
ARTICLE = f"""{HEADLINE}

Part-timers Brackwater beat Eastfield Athletic 2-1 at Moss Lane
Teenage striker Callum Reddin scored both goals in the second half
The club will earn at least £400,000 from the next round

By SAM TREVELYAN FOR THE DAILY COURIER

Non-league Brackwater Town pulled off the shock of the FA Cup third round on Saturday, beating Premier League Eastfield Athletic 2-1 at a packed Moss Lane.

Callum Reddin, 19, who works as a postman, scored twice after the break.

"I still can't believe it," Reddin said."""

LEAD = "Part-timers Brackwater beat Eastfield Athletic 2-1 at Moss Lane. Non-league Brackwater Town pulled off the shock of the FA Cup third round on Saturday"


def _check_situation(situation: str) -> None:
    assert situation.startswith(LEAD)
    assert "in front of 4,200 fans" not in situation  # the headline
    assert "Teenage striker Callum Reddin" not in situation  # the next bullet line


def test_the_cli_brief(tmp_path: Path) -> None:
    _check_situation(brief_from_the_cli(tmp_path, ARTICLE)["situation"])


async def test_the_http_brief(tmp_path: Path) -> None:
    _check_situation((await brief_over_http(tmp_path, ARTICLE))["situation"])


async def test_the_slack_reply(tmp_path: Path, slack_api) -> None:
    text = await slack_reply_text(tmp_path, slack_api, ARTICLE, "brackwater")
    # the headline heads the reply as its title; the situation under it is the story's
    head, _, rest = text.partition("*Situation*\n")
    assert head.startswith(HEADLINE[:60])
    _check_situation(rest.split("\n", 1)[0])


@pytest.mark.worker_processes  # like tests/test_batch_queue.py
async def test_a_batch_briefed_by_a_worker_process(tmp_path: Path, redis_url, monkeypatch) -> None:
    brief = await brief_from_a_worker(tmp_path, redis_url, monkeypatch, ARTICLE, "brackwater")
    _check_situation(brief["situation"])


async def test_a_story_across_two_tabloids_opens_with_the_story_not_a_headline() -> None:
    other = (
        "Postman Callum Reddin, 19, scores twice as non-league Brackwater Town dump Premier "
        "League Eastfield out of the FA Cup - and says he will be back on his round on Monday"
        "\n\nBrackwater Town, a non-league club, knocked Eastfield Athletic out of the FA Cup on "
        "Saturday with a 2-1 win.\n\nCallum Reddin scored both goals."
    )
    items = [StoryInput("courier", text=ARTICLE), StoryInput("sentinel", text=other)]
    situation = (await make_story(items, ExtractiveEngine())).story.situation.text
    assert situation  # a story of two briefs has a situation
    assert "in front of 4,200 fans" not in situation and "back on his round" not in situation
    assert "Moss Lane Teenage" not in situation  # no run-on of two lines


async def test_a_draft_with_an_invented_number_falls_back_to_the_lead() -> None:
    def answer(_article: str) -> dict[str, Any]:
        return {
            # 7,500 fans: not in the article, so grounding puts the lead in its place
            "situation": "Brackwater Town beat Eastfield Athletic in front of 7,500 fans.",
            "actors": [
                {"name": "Callum Reddin", "kind": "person", "role": "striker", "aliases": []}
            ],
            "quotes": [],
            "figures": [],
            "outlook": "",
        }

    result = await brief_from_a_draft(ARTICLE, answer)
    assert "7,500" not in result.brief.situation
    _check_situation(result.brief.situation)
