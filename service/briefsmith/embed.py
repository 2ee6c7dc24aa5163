"""The public API behind `import briefsmith` (re-exported lazily by briefsmith/__init__):
brief an article, brief a story, the schema. The same pipeline as the CLI: clean, brief
with the chosen engine, ground every item in the article.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from briefsmith.briefing.pipeline import make_brief
from briefsmith.briefing.stories import StoryInput, make_story
from briefsmith.config.settings import Settings
from briefsmith.core.errors import InvalidArticle
from briefsmith.core.requests import BadLine, CorpusItem, parse_record
from briefsmith.core.schema import ArticleInput, Brief, BriefResult
from briefsmith.core.story.schema import StoryResult
from briefsmith.engines.base import Engine
from briefsmith.engines.registry import build_engine


async def _with_engine(engine: str | Engine, settings: Settings | None) -> tuple[Engine, bool]:
    """The engine to use, and whether it was built here (and so is closed here)."""
    if isinstance(engine, str):
        return build_engine(settings or Settings(), engine), True
    return engine, False


async def brief_article(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    engine: str | Engine = "extractive",
    settings: Settings | None = None,
) -> BriefResult:
    """Brief one article's text. `engine`: a registered name ("extractive", "openai",
    "auto") or an Engine; `settings`: default, the environment's (BRIEF_*). Raises
    briefsmith.BriefsmithError subclasses (e.g. InvalidArticle for empty text)."""
    chosen, owned = await _with_engine(engine, settings)
    limit = (settings or Settings()).max_input_bytes if owned else None
    try:
        article = ArticleInput(text=text, title=title, source=source, url=url)
        return await make_brief(article, chosen, max_input_bytes=limit)
    finally:
        if owned:
            await chosen.aclose()


async def brief_story(
    articles: Sequence[Mapping[str, Any] | CorpusItem],
    *,
    engine: str | Engine = "extractive",
    settings: Settings | None = None,
) -> StoryResult:
    """One story brief from 2-20 articles about one event, each `{"id"?, "text",
    "title"?, "source"?}` (the one request shape; texts only: fetch URLs yourself)."""
    items: list[StoryInput] = []
    for number, article in enumerate(articles, start=1):
        parsed = (
            article
            if isinstance(article, CorpusItem)
            else parse_record(f"article-{number}", dict(article))
        )
        if isinstance(parsed, BadLine):
            raise InvalidArticle(f"article {parsed.id}: {parsed.reason}")
        if parsed.text is None:
            raise InvalidArticle(f"article {parsed.id}: give its text (URLs are not fetched)")
        items.append(parsed)
    chosen, owned = await _with_engine(engine, settings)
    try:
        return await make_story(items, chosen)
    finally:
        if owned:
            await chosen.aclose()


def brief_schema() -> dict[str, Any]:
    """The Brief's JSON Schema (what `brief_article(...).brief` holds)."""
    return Brief.model_json_schema()
