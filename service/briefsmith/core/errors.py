"""Domain errors. Each edge maps these in one place (HTTP:
service/briefsmith/surfaces/http/problems.py;
CLI: service/briefsmith/surfaces/cli/main.py) so a user always gets a clear message, never a
traceback."""

from __future__ import annotations

from typing import Any


class BriefsmithError(Exception):
    """Base class. `code` is a stable machine-readable slug."""

    code = "briefsmith-error"
    # What an engine spent before failing (a briefsmith.core.schema.Usage), when it knows.
    usage: Any = None

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class InvalidArticle(BriefsmithError):
    code = "invalid-article"


class EmptyArticle(InvalidArticle):
    code = "empty-article"


class NotText(InvalidArticle):
    code = "not-text"


def describe_size(size: int) -> str:
    """Bytes exactly, plus a rounded kB/MB figure once the exact count is hard to read."""
    if size < 10_000:
        return f"{size:,} bytes"
    scaled, unit = (size / 1_000_000, "MB") if size >= 1_000_000 else (size / 1_000, "kB")
    return f"{size:,} bytes ({scaled:.1f} {unit})".replace(".0 ", " ")


class ArticleTooLarge(InvalidArticle):
    code = "article-too-large"

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


class InvalidUrl(UrlRefused):
    """A URL that cannot name a fetchable place: it does not parse, its port is outside
    1-65535, or its host is not a valid host name."""

    code = "invalid-url"


class EngineNotConfigured(BriefsmithError):
    code = "engine-not-configured"


class EngineFailed(BriefsmithError):
    """The engine could not produce a brief (e.g. the upstream LLM failed after retries)."""

    code = "engine-failed"


class DeadlineExceeded(BriefsmithError):
    code = "deadline-exceeded"


class StoreUnavailable(BriefsmithError):
    """The brief store (SQLite file or PostgreSQL server) cannot be reached or used now.
    The message names the setting, never the URL (it may hold a password)."""

    code = "store-unavailable"


class Overloaded(BriefsmithError):
    code = "overloaded"

    def __init__(self, message: str, retry_after_s: int = 1):
        super().__init__(message)
        self.retry_after_s = retry_after_s


class ClientOverLimit(Overloaded):
    """One client (API key, or address without keys) already has its share of briefs
    waiting or running; answered like Overloaded (429 with Retry-After)."""

    code = "client-over-limit"


class InvalidBatch(BriefsmithError):
    """A batch request that cannot be queued: a bad item, duplicate ids (items named)."""

    code = "invalid-batch"


class EmptyBatch(InvalidBatch):
    code = "empty-batch"


class BatchTooLarge(InvalidBatch):
    code = "batch-too-large"


class QueueUnavailable(BriefsmithError):
    """The batch queue (Redis at BRIEF_REDIS_URL) cannot be reached; briefs still work."""

    code = "queue-unavailable"
