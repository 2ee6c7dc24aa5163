"""Furniture removal never takes story text with it (issue 23, item 12): a paragraph of
the story that starts with words a page's furniture also uses ("You may also like…",
"Related:", "Read more", "Leave a comment") is kept, and so is everything after it, on
every surface that cleans (the core, HTTP briefs, stories, batches, the CLI). Headings
and link lines that are all furniture still go. Synthetic articles written for these
tests; no outlet's text."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput

from tests.api_synthetic import api_client, make_app

CLI = [sys.executable, "-m", "briefsmith.surfaces.cli.main"]

LEAD = (
    "The Dunmore library will open on Sundays from next month, the head librarian, "
    "Grace Adeyemi, said on Tuesday."
)
LAST = '"Readers asked for it for years," Adeyemi said, adding that 12 staff would be hired.'

# Story sentences that open with furniture's words: written for these tests.
PROSE = [
    "You may also like to know that the reading room will stay open until 9 p.m., she said.",
    "You may also like… the new children's corner, Adeyemi joked at the briefing.",
    "You might also enjoy the rebuilt garden, which reopens in May, the council said.",
    "Related: the council will also cut fees for late returns by half.",
    "Related stories from nearby towns show similar extensions, a survey found.",
    "Read more about the plan on the council's website, officials said.",
    "Read more: the council's report says Sunday visits doubled in a trial.",
    "Recommended reading lists will be posted weekly, the library said.",
    "More from the council: the budget for books rises by 8 percent.",
    "Leave a comment on the plan by Friday, the council urged residents.",
    "Leave a reply card at the desk if you want a call back, staff said.",
    "See also: a second branch will open on Saturdays, Adeyemi added.",
    "Most read titles last year were mysteries, according to the library's figures.",
]

# Whole paragraphs of furniture, each removed on its own, the story after them kept.
FURNITURE = [
    "You may also like",
    "You might also like:",
    "Related stories",
    "RELATED:",
    "Read more…",
    "Read more: Dunmore pool to close for repairs",
    "READ MORE: Council votes on parking fees",
    "See also: Library cards go digital",
    "More from Dunmore Gazette",
]


def _article(middle: str) -> str:
    return f"{LEAD}\n\n{middle}\n\n{LAST}"


@pytest.mark.parametrize("sentence", PROSE)
def test_story_text_with_furniture_words_is_kept_with_all_after_it(sentence):
    cleaned = clean_article(ArticleInput(text=_article(sentence)))
    assert cleaned.text.split("\n\n") == [LEAD, sentence, LAST]
    assert cleaned.removed == []


@pytest.mark.parametrize("furniture", FURNITURE)
def test_a_furniture_paragraph_goes_and_the_story_after_it_stays(furniture):
    cleaned = clean_article(ArticleInput(text=_article(furniture)))
    assert cleaned.text.split("\n\n") == [LEAD, LAST]
    assert cleaned.removed == [furniture]


def test_a_box_of_links_mid_story_goes_and_the_story_resumes():
    page = "\n\n".join(
        [LEAD, "Related coverage", "Dunmore pool to close", "Bus fares rise in June", LAST]
    )
    cleaned = clean_article(ArticleInput(text=page))
    assert cleaned.text.split("\n\n") == [LEAD, LAST]


def test_a_comment_form_at_the_end_still_takes_the_comments():
    page = "\n\n".join([LEAD, LAST, "Leave a Reply", "About time they did this.", "Agreed."])
    cleaned = clean_article(ArticleInput(text=page))
    assert cleaned.text.split("\n\n") == [LEAD, LAST]


# --- the surfaces ----------------------------------------------------------------------

ARTICLE = "\n\n".join([LEAD, *PROSE[:4], LAST])


@pytest.fixture
async def client(tmp_path):
    app = make_app(tmp_path, settings={"engine": "extractive"})
    async with api_client(app) as made:
        yield made


async def test_http_brief_keeps_the_story(client):
    response = await client.post("/v1/briefs", json={"text": ARTICLE})
    assert response.status_code == 201
    assert response.json()["article"]["text"].split("\n\n") == [LEAD, *PROSE[:4], LAST]


async def test_a_story_keeps_each_articles_text(client):
    other = "\n\n".join(
        ["The Dunmore council backed longer library hours on Monday.", PROSE[5], LAST]
    )
    response = await client.post(
        "/v1/stories", json={"articles": [{"text": ARTICLE}, {"text": other}]}
    )
    assert response.status_code == 201, response.text
    texts = [article["text"] for article in response.json()["articles"]]
    assert PROSE[3] in texts[0] and LAST in texts[0]
    assert PROSE[5] in texts[1] and LAST in texts[1]


async def test_a_batch_item_keeps_the_story(client):
    response = await client.post(
        "/v1/batches", json={"articles": [{"id": "library", "text": ARTICLE}]}
    )
    assert response.status_code == 202
    for _ in range(200):
        view = (await client.get(response.headers["Location"])).json()
        if view["status"] == "finished":
            break
        await asyncio.sleep(0.05)
    brief_id = view["items"][0]["brief_id"]
    brief = (await client.get(f"/v1/briefs/{brief_id}")).json()
    assert brief["article"]["text"].split("\n\n") == [LEAD, *PROSE[:4], LAST]


def test_the_cli_keeps_the_story(tmp_path):
    source = tmp_path / "library.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    completed = subprocess.run(
        [*CLI, "summarize", str(source), "--format", "json"],
        capture_output=True,
        timeout=180,
        check=False,
        env={**os.environ, "BRIEF_ENGINE": "extractive", "BRIEF_DB_PATH": str(tmp_path / "b.db")},
    )
    assert completed.returncode == 0, completed.stderr.decode()
    text = json.loads(completed.stdout)["article"]["text"]
    assert text.split("\n\n") == [LEAD, *PROSE[:4], LAST]
