"""Briefsmith: turn news articles into structured, grounded briefs.

The public API for embedding (docs/development.md, "Embedding"); nothing heavy is
imported until a name is first used (module `__getattr__`):

    import asyncio, briefsmith

    result = asyncio.run(briefsmith.brief_article("...", title="..."))
    story = asyncio.run(briefsmith.brief_story([{"id": "a", "text": "..."}, ...]))
    briefsmith.brief_schema()  # the Brief's JSON Schema
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefsmith.config.settings import Settings
    from briefsmith.core.errors import BriefsmithError
    from briefsmith.core.schema import Brief, BriefResult
    from briefsmith.core.story.schema import StoryBrief, StoryResult
    from briefsmith.embed import brief_article, brief_schema, brief_story

    __version__: str

# Public name -> the module it lives in.
_PUBLIC = {
    "brief_article": "briefsmith.embed",
    "brief_story": "briefsmith.embed",
    "brief_schema": "briefsmith.embed",
    "Brief": "briefsmith.core.schema",
    "BriefResult": "briefsmith.core.schema",
    "StoryBrief": "briefsmith.core.story.schema",
    "StoryResult": "briefsmith.core.story.schema",
    "BriefsmithError": "briefsmith.core.errors",
    "Settings": "briefsmith.config.settings",
}

__all__ = [
    "Brief",
    "BriefResult",
    "BriefsmithError",
    "Settings",
    "StoryBrief",
    "StoryResult",
    "__version__",
    "brief_article",
    "brief_schema",
    "brief_story",
]


def _version() -> str:
    # Read from the installed metadata on first use, not at import (the CLI starts
    # without importlib.metadata unless it prints its version).
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("briefsmith")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        value: Any = _version()
    elif name in _PUBLIC:
        value = getattr(importlib.import_module(_PUBLIC[name]), name)
    else:
        raise AttributeError(f"module 'briefsmith' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
