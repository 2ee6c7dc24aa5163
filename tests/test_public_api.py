"""`import briefsmith`: a small public API for embedding (brief an article, brief a
story, the schema), imported lazily. Synthetic articles."""

from __future__ import annotations

import subprocess
import sys

import briefsmith
import pytest

HEAVY = ["pydantic", "instructor", "openai", "fastapi", "rapidfuzz", "importlib.metadata"]

ARTICLE = (
    "Harbour officials closed the Eastgate bridge on Monday after inspectors found "
    "cracks in two supports. \u201cWe will not reopen it until it is safe,\u201d said "
    "Maria Okonjo, the port's chief engineer. About 12,000 vehicles cross the bridge "
    "each day.\n"
)
SECOND = (
    "The Eastgate bridge stays shut while engineers study cracked supports, Maria Okonjo "
    "said on Monday. Some 12,000 vehicles use it daily.\n"
)


def test_import_briefsmith_imports_nothing_heavy():
    code = (
        "import sys, briefsmith\n"
        f"loaded = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "assert callable(briefsmith.brief_article)\n"
        "assert 'pydantic' in sys.modules\n"  # once a name is used, it is loaded
    )
    outcome = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert outcome.returncode == 0, outcome.stderr


def test_the_public_names():
    assert set(briefsmith.__all__) >= {"brief_article", "brief_story", "brief_schema", "Brief"}
    assert "brief_article" in dir(briefsmith)
    with pytest.raises(AttributeError):
        briefsmith.no_such_name  # noqa: B018


async def test_brief_an_article():
    result = await briefsmith.brief_article(ARTICLE, title="Bridge shut", source="Synthetic")
    assert isinstance(result, briefsmith.BriefResult)
    assert result.brief.meta.engine == "extractive"
    assert any("Okonjo" in actor.name for actor in result.brief.actors)
    assert all(q.text in result.article.text for q in result.brief.quotes)


async def test_brief_a_story():
    story = await briefsmith.brief_story(
        [{"id": "first", "text": ARTICLE}, {"id": "second", "text": SECOND}]
    )
    assert isinstance(story, briefsmith.StoryResult)
    assert {a.article_id for a in story.articles} == {"first", "second"}


async def test_bad_input_is_a_briefsmith_error():
    with pytest.raises(briefsmith.BriefsmithError):
        await briefsmith.brief_article("   ")
    with pytest.raises(briefsmith.BriefsmithError, match="exactly one"):
        await briefsmith.brief_story([{"id": "a"}, {"id": "b", "text": SECOND}])


def test_the_schema():
    schema = briefsmith.brief_schema()
    assert schema["title"] == "Brief" and "situation" in schema["properties"]
