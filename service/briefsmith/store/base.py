"""The store of every brief made: one interface, two backends, chosen by one setting.

Every brief the service makes is kept, one row each (like a log), with what made it
(engine, model, prompt version) and a hash of the article it was made from. The same
article briefed by the same engine, model and prompt version can then be answered from
the store instead of the engine.

- SQLite (`briefsmith.store.sqlite`, the file at `BRIEF_DB_PATH`) is the zero-setup
  default for one machine.
- PostgreSQL (`briefsmith.store.postgres`, when `BRIEF_DATABASE_URL=postgresql://…`) lets
  several API processes, hosts and batch workers share one store and one cache.

Both apply the same numbered migrations (`briefsmith.store.migrations`) and pass the same test
suite (tests/test_store_backends.py). Slack delivery claims follow the same setting but
live behind their own interface: see briefsmith.store.slack_claims.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from briefsmith.core.schema import BriefResult, CleanArticle

if TYPE_CHECKING:
    pass


def owner_id(api_key: str) -> str:
    """Who owns a brief: a hash of the API key that asked for it (the key itself is
    never stored)."""
    return hashlib.sha256(b"briefsmith-brief-owner:" + api_key.encode("utf-8")).hexdigest()


def slack_workspace_owner(team_id: str) -> str:
    """Who owns a brief or story made from Slack: the workspace (team id) that asked.
    Never equal to an owner_id (those are hex digests)."""
    return f"slack-team:{team_id or 'unknown'}"


def article_hash(article: CleanArticle) -> str:
    """Identity of an article as an engine sees it: cleaned text, title, source and URL."""
    identity = article.model_dump(mode="json", exclude={"removed", "removed_at"})
    canonical = json.dumps(identity, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredBrief:
    id: str
    created_at: datetime
    article_hash: str
    result: BriefResult
    owner: str | None = None


@dataclass(frozen=True)
class CacheKey:
    article_hash: str
    engine: str
    model: str | None
    prompt_version: str | None


class BriefStore(Protocol):
    """What the service needs from a store. Safe to share across tasks; every method
    creates the schema on first use, so a store works without an explicit initialize().
    A store that cannot be reached raises `briefsmith.core.errors.StoreUnavailable`."""

    async def initialize(self) -> None:
        """Open connections and apply pending migrations."""
        ...

    async def aclose(self) -> None:
        """Finish pending writes and close every connection."""
        ...

    async def save(self, result: BriefResult, owner: str | None = None) -> StoredBrief:
        """Store a brief; `owner` is the owner_id of the API key that asked for it.
        Durable once this returns."""
        ...

    async def get(self, brief_id: str, owner: str | None = None) -> StoredBrief | None:
        """The brief with this id; with an `owner`, only if that owner made it."""
        ...

    async def find_cached(self, key: CacheKey) -> StoredBrief | None:
        """The newest brief of this article by this engine, model and prompt version.

        Briefs that an engine made only after another engine failed are not reused:
        they answer for a degraded moment, not for the engine that was asked.
        """
        ...

    async def save_story(self, story_id: str, story_json: str, owner: str | None = None) -> None:
        """Store a story; `owner` as for `save`."""
        ...

    async def get_story(self, story_id: str, owner: str | None = None) -> str | None:
        """The story's JSON; with an `owner`, only if that owner made it."""
        ...

    async def check(self) -> None:
        """Raise StoreUnavailable if the store cannot be read (readiness probe)."""
        ...


def stored_brief(
    *,
    id: str,
    created_at: datetime,
    article_hash: str,
    owner: str | None,
    brief: object,
    article: object,
) -> StoredBrief:
    """A StoredBrief from a row's columns (JSON text or already-decoded JSON)."""
    return StoredBrief(
        id=id,
        created_at=created_at,
        article_hash=article_hash,
        owner=owner,
        result=BriefResult.model_validate({"brief": _decoded(brief), "article": _decoded(article)}),
    )


def _decoded(value: object) -> object:
    return json.loads(value) if isinstance(value, str | bytes) else value
