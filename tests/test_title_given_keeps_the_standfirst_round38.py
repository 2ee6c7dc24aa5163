"""Round 38: with the headline given as the title (the HTTP `title` field, the CLI's
`--title`), a standfirst opening the text is story, not the page's own headline under a
CMS title. Before the round it was dropped, with its figures and names, where the same
page with its headline in the text kept it. A headline-shaped first line with a clause
break or more words than a headline takes is kept; a short one in title case still goes
(tests/test_title_and_dateline.py). Synthetic pages (invented places and people)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from briefsmith.core.cleaning import clean_article
from briefsmith.core.schema import ArticleInput
from briefsmith.surfaces.http import create_app

from tests.api_synthetic import api_client, make_settings

_CLI = (sys.executable, "-m", "briefsmith.surfaces.cli.main")

BODY = (
    "More than 5,000 people were ordered to leave the town of Kettle Bend on Tuesday as "
    "the Harrow Creek wildfire tripled in size.\n\n"
    '"This fire is moving faster than anything we have seen," said fire chief Dana Orr.'
)

# (headline, standfirst): beats and outlets of several kinds
PAGES = [
    (
        "Thousands ordered out of Kettle Bend as wildfire triples in size",
        "Wind-driven fire jumps the highway overnight; at least nine homes lost, officials say",
    ),
    (
        "Rediscovered painting sells for £4.2m",
        "The Ferryman's Daughter, which hung in a farmhouse kitchen for 66 years, goes to an "
        "anonymous bidder",
    ),
    (
        "Regulator approves once-weekly obesity pill",
        "Approval covers adults with a BMI of 30 or above; the label carries a warning",
    ),
]


@pytest.mark.parametrize(("headline", "standfirst"), PAGES)
def test_the_standfirst_stays_whether_the_headline_is_in_the_text_or_given(
    headline: str, standfirst: str
) -> None:
    in_text = clean_article(ArticleInput(text=f"{headline}\n\n{standfirst}\n\n{BODY}"))
    given = clean_article(ArticleInput(text=f"{standfirst}\n\n{BODY}", title=headline))
    assert in_text.text.startswith(standfirst)
    assert given.text == in_text.text
    assert given.title == in_text.title == headline


async def test_over_http_the_standfirsts_figure_is_kept(tmp_path: Path) -> None:
    headline, standfirst = PAGES[0]
    app = create_app(make_settings(tmp_path, engine="extractive"))
    async with api_client(app) as client:
        response = await client.post(
            "/v1/briefs", json={"text": f"{standfirst}\n\n{BODY}", "title": headline}
        )
    assert response.status_code == 201, response.text
    values = {f["value"] for f in response.json()["brief"]["figures"]}
    assert 9 in values  # "at least nine homes lost": only the standfirst tells it


def test_the_cli_title_option_keeps_the_standfirst(tmp_path: Path) -> None:
    headline, standfirst = PAGES[0]
    page = tmp_path / "page.txt"
    page.write_text(f"{standfirst}\n\n{BODY}", encoding="utf-8")
    outcome = subprocess.run(
        [*_CLI, "summarize", str(page), "--title", headline],
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, "BRIEF_ENGINE": "extractive"},
    )
    assert outcome.returncode == 0, outcome.stderr.decode()
    values = {f["value"] for f in json.loads(outcome.stdout)["brief"]["figures"]}
    assert 9 in values
