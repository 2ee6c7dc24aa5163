"""The viewer's pages as files: what `--format html` prints and what `brief eval` writes
beside its report (the eval harness may use the CLI's helpers, not the other surfaces).
Jinja2 is imported only when a page is made, so the CLI starts without it."""

from __future__ import annotations

from briefsmith.core.schema import BriefResult
from briefsmith.core.story.schema import StoryResult


def brief_page(result: BriefResult) -> str:
    from briefsmith.surfaces.viewer import render_brief_html

    return render_brief_html(result)


def story_page(result: StoryResult) -> str:
    from briefsmith.surfaces.viewer import render_story_html

    return render_story_html(result)
