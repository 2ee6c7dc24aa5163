"""Request and response bodies of the HTTP API (the Brief itself is briefsmith.core.schema's)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from briefsmith.config.settings import EngineChoice
from briefsmith.core.requests import MAX_LABEL_LENGTH, MAX_URL_LENGTH, ArticleFields
from briefsmith.core.schema import BriefResult

__all__ = ["MAX_LABEL_LENGTH", "MAX_URL_LENGTH", "BriefRequest", "BriefResponse"]


class BriefRequest(ArticleFields):
    """An article to brief: its text, or a URL to fetch it from (the one request shape,
    briefsmith.core.requests), and how to brief it."""

    model_config = ConfigDict(extra="forbid")

    engine: EngineChoice | None = Field(
        None, description="Engine to use; default: the server's BRIEF_ENGINE."
    )
    fresh: bool = Field(
        False, description="Make a new brief even if a stored one matches (no cache)."
    )


class BriefResponse(BriefResult):
    """The brief, its metadata, and the cleaned article text its spans index into."""

    id: str = Field(description="Stored brief id, for GET /v1/briefs/{id}.")


class Health(BaseModel):
    status: str
    version: str = Field(description="The installed briefsmith version.")


class Readiness(BaseModel):
    status: str
    engine: str
    reason: str
