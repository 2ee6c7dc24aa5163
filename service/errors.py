"""Domain errors. Each edge maps these in one place (HTTP: service/api/problems.py;
CLI: service/cli.py) so a user always gets a clear message, never a traceback."""

from __future__ import annotations


class BriefsmithError(Exception):
    """Base class. `code` is a stable machine-readable slug."""

    code = "briefsmith-error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class InvalidArticle(BriefsmithError):
    code = "invalid-article"


class EmptyArticle(InvalidArticle):
    code = "empty-article"


class NotText(InvalidArticle):
    code = "not-text"


class ArticleTooLarge(InvalidArticle):
    code = "article-too-large"

    def __init__(self, size: int, limit: int):
        super().__init__(f"article is {size:,} bytes; the limit is {limit:,} bytes")
        self.size = size
        self.limit = limit


class UrlRefused(InvalidArticle):
    """A URL we will not fetch (SSRF guard, scheme, size, content type) or could not."""

    code = "url-refused"


class EngineNotConfigured(BriefsmithError):
    code = "engine-not-configured"


class EngineFailed(BriefsmithError):
    """The engine could not produce a brief (e.g. the upstream LLM failed after retries)."""

    code = "engine-failed"


class DeadlineExceeded(BriefsmithError):
    code = "deadline-exceeded"


class Overloaded(BriefsmithError):
    code = "overloaded"

    def __init__(self, message: str, retry_after_s: int = 1):
        super().__init__(message)
        self.retry_after_s = retry_after_s


class ClientOverLimit(Overloaded):
    """One client (API key, or address without keys) already has its share of briefs
    waiting or running; answered like Overloaded (429 with Retry-After)."""

    code = "client-over-limit"
