"""Request and response bodies of the HTTP API (the Brief itself is briefsmith.core.schema's)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from briefsmith.config.settings import EngineChoice
from briefsmith.core.schema import BriefResult

MAX_URL_LENGTH = 2048
MAX_LABEL_LENGTH = 500


UrlText = Annotated[
    str,
    Field(min_length=1, max_length=MAX_URL_LENGTH, json_schema_extra={"format": "uri"}),
]


class BriefRequest(BaseModel):
    """An article to brief: its text, or a URL to fetch it from."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="The article text (UTF-8).")
    # Documented for clients and schema-driven tests; a URL the service will not fetch
    # (scheme, address) is still refused by ingestion with url-refused.
    url: UrlText | None = Field(
        None, description="An http(s) URL to fetch the article from (public addresses only)."
    )
    title: str | None = Field(None, max_length=MAX_LABEL_LENGTH)
    source: str | None = Field(None, max_length=MAX_LABEL_LENGTH, description="Publication name.")
    engine: EngineChoice | None = Field(
        None, description="Engine to use; default: the server's BRIEF_ENGINE."
    )
    fresh: bool = Field(
        False, description="Make a new brief even if a stored one matches (no cache)."
    )

    @model_validator(mode="after")
    def _text_or_url(self) -> BriefRequest:
        if (self.text is None) == (self.url is None):
            raise ValueError("give exactly one of text or url")
        return self


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
