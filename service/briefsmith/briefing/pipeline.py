"""Article in, grounded brief out: clean, run the engine, enforce grounding, time it.

Every surface (CLI, HTTP, Slack, evals) goes through `make_brief`, so every brief gets
the same cleaning and the same final grounding check.
"""

from __future__ import annotations

import asyncio
import time

from pydantic import ValidationError

from briefsmith.core.cleaning import clean_article
from briefsmith.core.errors import EngineFailed
from briefsmith.core.grounding import enforce_grounding
from briefsmith.core.schema import ArticleInput, BriefResult, CleanArticle
from briefsmith.engines.base import Engine
from briefsmith.engines.linguistic import analysis_of


async def brief_clean_article(article: CleanArticle, engine: Engine) -> BriefResult:
    started = time.perf_counter()
    # The one analysis of the article (parse and index), made first: the engine and
    # grounding read this same one (the linguistic module keeps it by text).
    analysis = await asyncio.to_thread(analysis_of, article.text)
    analysis_ms = (time.perf_counter() - started) * 1000
    engine_started = time.perf_counter()
    try:
        brief = await engine.summarize(article)
    except ValidationError as error:
        # Engines repair what they can (e.g. a situation trimmed to three sentences); a
        # brief that still breaks the schema is the engine's failure, said plainly.
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'brief'}: {e['msg']}" for e in error.errors()[:3]
        )
        raise EngineFailed(
            f"the {engine.name} engine produced a brief that breaks the schema ({problems})"
        ) from None
    engine_ms = (time.perf_counter() - engine_started) * 1000
    # CPU-bound on long articles: off the event loop, so other requests keep moving.
    grounded = await asyncio.to_thread(enforce_grounding, brief, article.text, analysis)
    timings = {
        **grounded.meta.timings_ms,
        "analysis_ms": round(analysis_ms, 3),
        "engine_ms": round(engine_ms, 3),
        "total_ms": round((time.perf_counter() - started) * 1000, 3),
    }
    meta = grounded.meta.model_copy(update={"timings_ms": timings})
    return BriefResult(brief=grounded.model_copy(update={"meta": meta}), article=article)


async def make_brief(
    article: ArticleInput, engine: Engine, *, max_input_bytes: int | None = None
) -> BriefResult:
    """Raises InvalidArticle subclasses for bad input and engine errors as they come."""
    cleaned = await asyncio.to_thread(clean_article, article, max_input_bytes)
    return await brief_clean_article(cleaned, engine)
