"""GET /briefs/{id} and GET /stories/{id}: the viewer pages over HTTP, with the same
API-key check and owner scoping as the JSON routes (synthetic engine and articles)."""

from __future__ import annotations

from briefsmith.surfaces.http import create_app

from tests.api_synthetic import (
    SYNTHETIC_ARTICLE,
    SyntheticEngine,
    api_client,
    make_app,
    make_settings,
)
from tests.viewer_articles import HARBOUR_PAGE, HARBOUR_TITLE, SECOND_OUTLET

KEYS = ["synthetic-key-one", "synthetic-key-two"]


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


async def test_a_brief_page_is_scoped_to_the_key_that_made_it(tmp_path):
    app = make_app(tmp_path, SyntheticEngine(), settings={"api_keys": KEYS})
    async with api_client(app) as client:
        made = await client.post(
            "/v1/briefs",
            content=SYNTHETIC_ARTICLE,
            headers={"Content-Type": "text/plain", **_bearer(KEYS[0])},
        )
        assert made.status_code == 201
        brief_id = made.json()["id"]
        page = await client.get(f"/briefs/{brief_id}", headers=_bearer(KEYS[0]))
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert "<mark" in page.text and "Riverton" in page.text
        other = await client.get(f"/briefs/{brief_id}", headers=_bearer(KEYS[1]))
        unknown = await client.get("/briefs/no-such-brief", headers=_bearer(KEYS[1]))
        assert other.status_code == unknown.status_code == 404
        assert other.headers["content-type"] == "application/problem+json"
        anonymous = await client.get(f"/briefs/{brief_id}")
        assert anonymous.status_code == 401


async def test_a_story_page_renders_and_an_unknown_one_is_a_problem(tmp_path):
    app = create_app(make_settings(tmp_path, engine="extractive"))
    async with api_client(app) as client:
        made = await client.post(
            "/v1/stories",
            json={
                "articles": [
                    {"id": "gazette", "text": HARBOUR_PAGE, "title": HARBOUR_TITLE},
                    {"id": "courier", "text": SECOND_OUTLET},
                ]
            },
        )
        assert made.status_code == 201, made.text
        page = await client.get(f"/stories/{made.json()['id']}")
        assert page.status_code == 200 and 'id="col-1"' in page.text
        assert "Conflicting figures" in page.text
        missing = await client.get("/stories/no-such-story")
        assert missing.status_code == 404
        assert missing.headers["content-type"] == "application/problem+json"


def test_the_page_escapes_what_the_article_says(tmp_path):
    """An article is untrusted text: markup in it is shown, never run."""
    import asyncio

    from briefsmith.briefing.pipeline import make_brief
    from briefsmith.core.schema import ArticleInput
    from briefsmith.engines.extractive import ExtractiveEngine
    from briefsmith.surfaces.viewer import render_brief_html

    text = (
        'The mayor said on Monday that "<script>alert(1)</script> is not a plan," and '
        "the council agreed.\n\nThe vote was 7 to 2, with <img src=x onerror=alert(2)> absent."
    )
    result = asyncio.run(make_brief(ArticleInput(text=text), ExtractiveEngine()))
    page = render_brief_html(result)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_page_allows_its_own_script_and_nothing_else(tmp_path):
    """A Content-Security-Policy in the page itself (so the CLI's file has it too): no
    source may load anything, and the one inline script is allowed by its hash."""
    import asyncio
    import base64
    import hashlib
    import re

    from briefsmith.briefing.pipeline import make_brief
    from briefsmith.core.schema import ArticleInput
    from briefsmith.engines.extractive import ExtractiveEngine
    from briefsmith.surfaces.viewer import render_brief_html

    result = asyncio.run(make_brief(ArticleInput(text=SECOND_OUTLET), ExtractiveEngine()))
    page = render_brief_html(result)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None and "default-src 'none'" in policy.group(1)
    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.DOTALL)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy.group(1)


def test_overlapping_highlights_are_cut_into_segments_that_add_up_to_each_item():
    """Synthetic text: a figure inside a quote, an actor mention overlapping the quote's
    end, and a removed piece between the paragraphs."""
    import html
    import re

    from briefsmith.surfaces.viewer import Highlight, highlighted_text

    text = 'She said "we need 40 more buses now" on Friday.\n\nThe council met.'
    quote = (text.index("we"), text.index('now"') + 3)
    figure = (text.index("40"), text.index("40") + 2)
    actor = (text.index("now"), text.index(" on Friday"))
    page = highlighted_text(
        text,
        [
            Highlight("q1", "quote", *quote, speaker=0),
            Highlight("f1", "figure", *figure),
            Highlight("a1", "actor", *actor),
        ],
        removed=[(text.index("The council"), "Photo: Getty Images")],
    )
    marks = re.findall(
        r'data-items="([^"]+)" data-primary="([^"]+)" data-start="(\d+)" data-end="(\d+)">'
        r"([^<]*)</mark>",
        str(page),
    )
    for item, (start, end) in {"q1": quote, "f1": figure, "a1": actor}.items():
        pieces = [m for m in marks if item in m[0].split()]
        assert "".join(html.unescape(m[4]) for m in pieces) == text[start:end]
        assert int(pieces[0][2]) == start and int(pieces[-1][3]) == end
    # The figure inside the quote is the innermost item there: a click selects it.
    assert [m[1] for m in marks if m[4] == "40"] == ["f1"]
    assert '<del class="removed" hidden' in str(page)
    assert str(page).index("Photo: Getty Images") < str(page).index("The council met.")
