"""Issue 15 item 1: a given title is recognised at the head of the text (exact or near)
and taken out like an inferred one; a dateline opening the story is not part of the
situation. Headlines here are hand-written for these tests."""

import json

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.surfaces.cli.main import app
from typer.testing import CliRunner

from tests.api_synthetic import api_client, make_app

HEADLINE = "Harbour Town Votes to Ban Cruise Ships From Its Old Port"
BODY = (
    "HARBOUR TOWN, Maine — The town council voted 5-2 on Tuesday to ban cruise ships from "
    "the old port from next summer, saying the crowds were damaging the historic quay.\n\n"
    "Business owners said the ban would cost them a third of their summer trade."
)


@pytest.mark.parametrize(
    "head",
    [
        HEADLINE,
        HEADLINE.upper(),
        "Harbour Town votes to ban cruise ships from its old port",
        "Harbour  Town Votes to Ban Cruise-Ships From Its Old Port.",
        "Harbor Town Votes to Ban Cruise Ships From Its Old Port",  # spelling variant
        "“Harbour Town Votes to Ban Cruise Ships From Its Old Port”",
    ],
)
def test_a_given_title_is_removed_from_the_head_of_the_text(head):
    article = clean_article(ArticleInput(text=f"{head}\n\n{BODY}", title=HEADLINE))
    assert article.title == HEADLINE
    assert article.text == BODY


def test_a_title_run_into_the_first_paragraph_is_taken_off_its_head():
    text = f"{HEADLINE} {BODY}"
    article = clean_article(ArticleInput(text=text, title=HEADLINE))
    assert article.text == BODY


def test_a_different_title_leaves_a_first_sentence_alone():
    text = f"Cruise lines said on Monday that they will appeal.\n\n{BODY}"
    article = clean_article(ArticleInput(text=text, title=HEADLINE))
    assert article.text == text


@pytest.mark.parametrize(
    ("own_headline", "given_title"),
    [
        ("Cruise Lines Vow to Fight Harbour Town's Ban on Big Ships", HEADLINE),
        ("Orchard growers count the cost of a late frost", "Frost hits apple farms"),
        ("Striking Nurses Return to Wards as Talks Resume in Leeds", "Nurses end strike"),
    ],
)
def test_the_articles_own_headline_goes_whatever_title_is_given(own_headline, given_title):
    """Issue 24 item 11: a CMS or SEO title differs from the page's own headline; the
    headline-shaped first line is still the headline, listed as removed, and the
    dateline after it stays out of the situation."""
    text = f"{own_headline}\n\n{BODY}"
    article = clean_article(ArticleInput(text=text, title=given_title))
    assert article.title == given_title
    assert article.text == BODY
    assert own_headline in article.removed
    assert article.removed_at[article.removed.index(own_headline)] == 0
    situation = _situation(text, title=given_title)
    assert situation.startswith("The town council voted 5-2 on Tuesday")
    assert own_headline not in situation and "Maine —" not in situation


def test_a_first_sentence_that_merely_starts_like_the_title_is_kept():
    text = "Council approves budget after a four-hour debate on Monday.\n\nTaxes rise 2%."
    article = clean_article(ArticleInput(text=text, title="Council approves budget"))
    assert article.text == text


def _situation(text: str, title: str | None = None) -> str:
    import asyncio

    from briefsmith.briefing.pipeline import make_brief

    result = asyncio.run(make_brief(ArticleInput(text=text, title=title), ExtractiveEngine()))
    return result.brief.situation


@pytest.mark.parametrize(
    "dateline",
    ["HARBOUR TOWN, Maine — ", "LONDON (Reuters) - ", "WASHINGTON (AP) — ", "(CNN) -- ", ""],
)
def test_the_dateline_is_not_part_of_the_situation(dateline):
    text = (
        f"{dateline}The town council voted 5-2 on Tuesday to ban cruise ships from the old "
        "port.\n\nBusiness owners said the ban would cost them a third of their trade."
    )
    situation = _situation(text)
    assert situation.startswith("The town council voted 5-2 on Tuesday")
    assert "Reuters" not in situation and "—" not in situation


def test_cli_title_option_keeps_the_headline_out_of_the_situation(tmp_path):
    page = tmp_path / "story.txt"
    page.write_text(f"{HEADLINE.lower()}\n\n{BODY}", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["summarize", str(page), "--title", HEADLINE],
        env={"BRIEF_ENGINE": "extractive"},
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["article"]["title"] == HEADLINE
    assert body["brief"]["situation"].startswith("The town council voted 5-2 on Tuesday")
    assert "cruise ships from its old port" not in body["brief"]["situation"]


async def test_http_title_field_keeps_the_headline_out_of_the_situation(tmp_path):
    async with api_client(make_app(tmp_path, ExtractiveEngine())) as client:
        response = await client.post(
            "/v1/briefs", json={"text": f"{HEADLINE}\n{BODY}", "title": HEADLINE}
        )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["article"]["text"] == BODY
    assert body["brief"]["situation"].startswith("The town council voted 5-2 on Tuesday")
