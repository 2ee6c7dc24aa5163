"""Make a story brief: brief each article through the usual pipeline, merge, narrate.

`make_story` is for a process with an engine in hand (the CLI, the evals, benches);
`StoryService` is for the long-running edges (HTTP, Slack): it briefs each article
through `BriefService` (URL ingestion, cache, engine slots, deadlines), so a story
costs no more than its articles' briefs, then stores the story.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from briefsmith.briefing.briefs import BriefService
from briefsmith.briefing.narrate import narrate
from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.errors import InvalidArticle
from briefsmith.core.requests import CorpusItem
from briefsmith.core.schema import ArticleInput, BriefResult
from briefsmith.core.story.merge import merge_story
from briefsmith.core.story.schema import StoryArticle, StoryBrief, StoryMeta, StoryResult
from briefsmith.engines.base import Engine

MIN_ARTICLES = 2
MAX_ARTICLES = 20


# One article of a story: its text or a URL, and the id its sources will carry
# (`article_id`): the one request shape, briefsmith.core.requests.
StoryInput = CorpusItem


def check_story_size(count: int) -> None:
    if not MIN_ARTICLES <= count <= MAX_ARTICLES:
        raise InvalidArticle(
            f"a story needs {MIN_ARTICLES} to {MAX_ARTICLES} articles; got {count}"
        )


async def story_from_briefs(
    briefed: Sequence[tuple[StoryArticle, BriefResult]],
    engine: Engine,
    *,
    briefs_ms: float = 0.0,
    fallback: bool = True,
) -> StoryResult:
    """Merge the articles' briefs and narrate the story. Raises ValueError on repeated ids."""
    pairs = [(article.article_id, result) for article, result in briefed]
    started = time.perf_counter()
    merged = merge_story(pairs)
    merge_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    narrative = await narrate(merged, pairs, engine, fallback=fallback)
    narrate_ms = (time.perf_counter() - started) * 1000
    warnings = [
        f"[{article_id}] {warning}"
        for article_id, result in pairs
        for warning in result.brief.meta.warnings
    ]
    story = StoryBrief(
        situation=narrative.situation,
        outlook=narrative.outlook,
        actors=merged.actors,
        quotes=merged.quotes,
        figures=merged.figures,
        meta=StoryMeta(
            engine=narrative.engine,
            model=narrative.model,
            prompt_version=narrative.prompt_version,
            usage=narrative.usage,
            warnings=[*narrative.warnings, *warnings],
            timings_ms={
                "briefs_ms": round(briefs_ms, 3),
                "merge_ms": round(merge_ms, 3),
                "narrate_ms": round(narrate_ms, 3),
            },
        ),
    )
    return StoryResult(story=story, articles=[article for article, _ in briefed])


def _article(item: StoryInput, result: BriefResult, brief_id: str | None = None) -> StoryArticle:
    cleaned = result.article
    return StoryArticle(
        article_id=item.article_id,
        title=cleaned.title,
        source=cleaned.source,
        url=cleaned.url or item.url,
        brief_id=brief_id,
        text=cleaned.text,
    )


def _check_ids(items: Sequence[StoryInput]) -> None:
    check_story_size(len(items))
    ids = [item.article_id for item in items]
    if len(set(ids)) != len(ids):
        raise InvalidArticle("each article of a story needs its own id")


async def make_story(
    items: Sequence[StoryInput], engine: Engine, *, max_input_bytes: int | None = None
) -> StoryResult:
    """Texts only (a URL is fetched by the caller or by StoryService)."""
    _check_ids(items)
    started = time.perf_counter()
    results = await asyncio.gather(
        *(
            make_brief(
                ArticleInput(
                    text=item.text or "", title=item.title, source=item.source, url=item.url
                ),
                engine,
                max_input_bytes=max_input_bytes,
            )
            for item in items
        )
    )
    briefs_ms = (time.perf_counter() - started) * 1000
    briefed = [
        (_article(item, result), result) for item, result in zip(items, results, strict=True)
    ]
    return await story_from_briefs(briefed, engine, briefs_ms=briefs_ms)


@dataclass(frozen=True)
class StoryOutcome:
    id: str
    result: StoryResult


class StoryService:
    """Stories over a BriefService: same ingestion, cache, limits, errors and store."""

    def __init__(self, briefs: BriefService):
        self.briefs = briefs

    async def story(
        self,
        items: Sequence[StoryInput],
        *,
        engine: str | None = None,
        fresh: bool = False,
        owner: str | None = None,
    ) -> StoryOutcome:
        """`owner` (an API key's owner_id, a Slack workspace's, None when keys are off)
        owns the story and every brief behind it, so it can read the brief ids the story
        names, and nobody else can read either."""
        _check_ids(items)
        chosen = self.briefs.engine(engine)
        started = time.perf_counter()
        outcomes = await asyncio.gather(
            *(
                self.briefs.brief(
                    text=item.text,
                    url=item.url,
                    title=item.title,
                    source=item.source,
                    engine=engine,
                    fresh=fresh,
                    owner=owner,
                )
                for item in items
            )
        )
        briefs_ms = (time.perf_counter() - started) * 1000
        briefed = [
            (_article(item, outcome.result, outcome.id), outcome.result)
            for item, outcome in zip(items, outcomes, strict=True)
        ]
        result = await story_from_briefs(
            briefed,
            chosen,
            briefs_ms=briefs_ms,
            fallback=self.briefs.settings.fallback_to_extractive,
        )
        story_id = uuid.uuid4().hex
        await self.briefs.store.save_story(story_id, result.model_dump_json(), owner)
        return StoryOutcome(id=story_id, result=result)

    async def get(self, story_id: str, owner: str | None = None) -> StoryResult | None:
        """The story; with an `owner`, only if that owner made it."""
        stored = await self.briefs.store.get_story(story_id, owner)
        return StoryResult.model_validate_json(stored) if stored is not None else None
