"""Domain errors. Each edge maps these in one place (HTTP:
service/briefsmith/surfaces/http/problems.py;
CLI: service/briefsmith/surfaces/cli/main.py) so a user always gets a clear message, never a
traceback."""

from __future__ import annotations

from typing import Any


class BriefsmithError(Exception):
    """Base class. `code` is a stable machine-readable slug."""

    code = "briefsmith-error"
    # When a surface answers with it, for people: the error tables in docs/ are
    # generated from it (briefsmith.doc_tables).
    when = "an error of Briefsmith's own"
    # What an engine spent before failing (a briefsmith.core.schema.Usage), when it knows.
    usage: Any = None

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class InvalidArticle(BriefsmithError):
    code = "invalid-article"
    when = "bad or missing fields of the article"


class EmptyArticle(InvalidArticle):
    code = "empty-article"
    when = "empty or boilerplate-only article"


class NotText(InvalidArticle):
    code = "not-text"
    when = "binary or non-UTF-8 text"


def describe_size(size: int) -> str:
    """Bytes exactly, plus a rounded kB/MB figure once the exact count is hard to read."""
    if size < 10_000:
        return f"{size:,} bytes"
    scaled, unit = (size / 1_000_000, "MB") if size >= 1_000_000 else (size / 1_000, "kB")
    return f"{size:,} bytes ({scaled:.1f} {unit})".replace(".0 ", " ")


class ArticleTooLarge(InvalidArticle):
    code = "article-too-large"
    when = "the article text is over `BRIEF_MAX_INPUT_BYTES`"

    def __init__(self, size: int | None, limit: int):
        """`size` is None when only a stream's first limit + 1 bytes were read (a pipe):
        then the message says "more than" the limit rather than a made-up size."""
        stated = f"more than {describe_size(limit)}" if size is None else describe_size(size)
        super().__init__(f"article is {stated}; the limit is {describe_size(limit)}")
        self.size = size
        self.limit = limit


class UrlRefused(InvalidArticle):
    """A URL we will not fetch (SSRF guard, scheme, size, content type) or could not."""

    code = "url-refused"
    when = "the URL was refused or could not be fetched (the detail says why)"


class InvalidUrl(UrlRefused):
    """A URL that cannot name a fetchable place: it does not parse, its port is outside
    1-65535, or its host is not a valid host name."""

    code = "invalid-url"
    when = (
        "the URL is not a valid http(s) URL: it does not parse, its port is outside "
        "1-65535 or its host is not a host name"
    )


class EngineNotConfigured(BriefsmithError):
    code = "engine-not-configured"
    when = (
        "the requested engine is not set up on this server, or no engine has that name "
        "(the detail names the variable, or the known engines)"
    )


class UnknownEngine(EngineNotConfigured):
    """No engine is registered under that name (briefsmith.engines.registry); `known`
    lists the names that are."""

    def __init__(self, name: str, known: tuple[str, ...]):
        super().__init__(f"unknown engine {name!r}; choose one of: {', '.join(known)}")
        self.name = name
        self.known = known


class EngineFailed(BriefsmithError):
    """The engine could not produce a brief (e.g. the upstream LLM failed after retries)."""

    code = "engine-failed"
    when = "the engine failed: the upstream LLM failed after its retries (and no fallback answered)"


class DeadlineExceeded(BriefsmithError):
    code = "deadline-exceeded"
    when = "the request deadline, or the LLM's own brief deadline, passed"


class StoreUnavailable(BriefsmithError):
    """The brief store (SQLite file or PostgreSQL server) cannot be reached or used now.
    The message names the setting, never the URL (it may hold a password)."""

    code = "store-unavailable"
    when = (
        "the brief store (the SQLite file, or PostgreSQL at `BRIEF_DATABASE_URL`) cannot "
        "be used now; retry later"
    )


class Overloaded(BriefsmithError):
    code = "overloaded"
    when = "the engine queue is full (`Retry-After`)"

    def __init__(self, message: str, retry_after_s: int = 1):
        super().__init__(message)
        self.retry_after_s = retry_after_s


class ClientOverLimit(Overloaded):
    """One client (API key, or address without keys) already has its share of briefs
    waiting or running; answered like Overloaded (429 with Retry-After)."""

    code = "client-over-limit"
    when = (
        "this client (API key, or address without keys) already has its share of briefs "
        "in flight (`BRIEF_CLIENT_MAX_IN_FLIGHT`, `Retry-After`)"
    )


class InvalidBatch(BriefsmithError):
    """A batch request that cannot be queued: a bad item, duplicate ids (items named)."""

    code = "invalid-batch"
    when = (
        "`POST /v1/batches`: an item without exactly one of `text`/`url`, a non-string "
        "field, a JSONL line that is not a JSON object, duplicate ids (the detail names "
        "the items)"
    )


class EmptyBatch(InvalidBatch):
    code = "empty-batch"
    when = "`POST /v1/batches` with no articles at all"


class BatchTooLarge(InvalidBatch):
    code = "batch-too-large"
    when = (
        "`POST /v1/batches` with more than `BRIEF_BATCH_MAX_ARTICLES` articles (its body "
        "is capped by `BRIEF_BATCH_MAX_BYTES`)"
    )


class QueueUnavailable(BriefsmithError):
    """The batch queue (Redis at BRIEF_REDIS_URL) cannot be reached; briefs still work."""

    code = "queue-unavailable"
    when = (
        "`POST`/`GET /v1/batches` while the batch queue (Redis at `BRIEF_REDIS_URL`) "
        "cannot be reached; briefs still work"
    )
