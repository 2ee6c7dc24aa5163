"""The story brief as Slack messages (Block Kit), conflicts first. Pure.

Built from the same block helpers and limits as a single brief
(service/briefsmith/surfaces/slack/blocks.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefsmith.core.story.schema import SourceRef, StoryResult
from briefsmith.surfaces.slack.blocks import (
    BLOCKS_PER_MESSAGE,
    ITEM_LIMIT,
    MESSAGE_TEXT_BUDGET,
    SlackMessage,
    context_block,
    header_block,
    section_block,
    split_blocks,
    titled_sections,
    truncate,
)


def _fit(text: str) -> str:
    return truncate(text, ITEM_LIMIT, escape=True)


def _cite(sources: Sequence[SourceRef]) -> str:
    return "[" + ", ".join(dict.fromkeys(s.article_id for s in sources)) + "]"


def story_blocks(result: StoryResult) -> list[dict]:
    story = result.story
    blocks = [header_block(f"Story brief ({len(result.articles)} articles)")]
    conflicts = [
        _fit(
            f":warning: {f.measures or f.unit}: "
            + " vs ".join(f"{v.text} {_cite(v.sources)}" for v in f.values)
        )
        for f in story.conflicting_figures
    ] + [
        _fit(f":warning: “{q.text}” is credited to " + " / ".join(q.speakers))
        for q in story.disputed_quotes
    ]
    blocks += titled_sections("Conflicts between sources", conflicts)
    blocks.append(section_block(_fit(f"{story.situation.text} {_cite(story.situation.sources)}")))
    blocks += titled_sections(
        "Actors",
        [
            _fit(
                f"• {a.name}"
                + (f" (also {', '.join(a.aliases)})" if a.aliases else "")
                + f" {_cite(a.sources)}"
            )
            for a in story.actors
        ],
    )
    blocks += titled_sections(
        "Quotes", [_fit(f"> “{q.text}” — {q.speaker} {_cite(q.sources)}") for q in story.quotes]
    )
    blocks += titled_sections(
        "Figures",
        [
            _fit(f"• {f.text} — {f.measures} {_cite(f.sources)}")
            for f in story.figures
            if f.status != "conflict"
        ],
    )
    if story.outlook:
        blocks.append(
            section_block(_fit(f"*Outlook* {story.outlook.text} {_cite(story.outlook.sources)}"))
        )
    return blocks


def render_story_messages(
    result: StoryResult, *, max_messages: int | None = None
) -> list[SlackMessage]:
    chunks = split_blocks(
        story_blocks(result), max_blocks=BLOCKS_PER_MESSAGE - 1, text_budget=MESSAGE_TEXT_BUDGET
    )
    if max_messages is not None and len(chunks) > max_messages:
        left_out = sum(len(c) for c in chunks[max_messages:])
        chunks = chunks[:max_messages]
        chunks[-1].append(
            context_block([f":scissors: {left_out} more block(s) were left out (too long)."])
        )
    text = truncate(f"Story brief: {result.story.situation.text}", 300)
    return [SlackMessage(text=text, blocks=chunk) for chunk in chunks]
