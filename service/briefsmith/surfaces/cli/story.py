"""`brief story`: read the articles (files, `-` or URLs), make the story, print it."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import typer

from briefsmith.core.errors import BriefsmithError
from briefsmith.surfaces.cli.support import exit_code_for, fail, is_url, load_settings


def _article_id(raw: str, taken: set[str]) -> str:
    """A file's stem or a URL's last path part; numbered when two would clash."""
    base = Path(raw.rstrip("/")).stem if not is_url(raw) else raw.rstrip("/").rsplit("/", 1)[-1]
    base = re.sub(r"[^\w.-]+", "-", base).strip("-") or "article"
    chosen, n = base, 2
    while chosen in taken:
        chosen, n = f"{base}-{n}", n + 1
    taken.add(chosen)
    return chosen


def run_story(inputs: list[str], engine_name: str | None, output_format: str) -> None:
    from briefsmith.briefing.ingest import UrlFetcher, fetch_article
    from briefsmith.briefing.stories import StoryInput, check_story_size, make_story
    from briefsmith.core.cleaning import decode_article_bytes
    from briefsmith.engines import build_engine
    from briefsmith.surfaces.cli.support import read_input_bytes
    from briefsmith.surfaces.story_render import story_to_markdown

    settings = load_settings()
    if inputs.count("-") > 1:
        fail("stdin (-) can be read only once")
    taken: set[str] = set()
    try:
        check_story_size(len(inputs))
        chosen = build_engine(settings, engine_name)

        async def gather_and_make():
            fetcher = UrlFetcher.from_settings(settings)
            items = []
            for raw in inputs:
                article_id = _article_id(raw, taken)
                if is_url(raw):
                    fetched = await fetch_article(fetcher, raw)
                    items.append(
                        StoryInput(article_id, fetched.text, raw, fetched.title, fetched.source)
                    )
                    continue
                data = read_input_bytes(raw, settings.max_input_bytes)
                text = decode_article_bytes(data, settings.max_input_bytes)
                items.append(StoryInput(article_id, text=text))
            return await make_story(items, chosen, max_input_bytes=settings.max_input_bytes)

        result = asyncio.run(gather_and_make())
    except BriefsmithError as error:
        fail(error.message, exit_code_for(error))
    if output_format == "markdown":
        typer.echo(story_to_markdown(result))
    elif output_format == "html":
        from briefsmith.surfaces.cli.html import story_page

        typer.echo(story_page(result))
    else:
        typer.echo(result.model_dump_json(indent=2))
