"""Request and response bodies of the HTTP API (the Brief itself is briefsmith.core.schema's)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from briefsmith.config.settings import EngineChoice
from briefsmith.core.schema import BriefResult

MAX_URL_LENGTH = 2048
MAX_LABEL_LENGTH = 500


# "Exactly one of text or url" in JSON Schema terms, so that a body the schema accepts
# is one the validators accept (`{}` and `{"text": "…", "url": "…"}` match neither).
TEXT_OR_URL_SCHEMA: dict[str, Any] = {
    "oneOf": [
        {"required": ["text"], "properties": {"text": {"type": "string"}}},
        {"required": ["url"], "properties": {"url": {"type": "string"}}},
    ]
}


def request_body_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema for an `openapi_extra` request body, self-contained: the
    nested models pydantic puts under `$defs` are written in place, since a `$defs`
    reference cannot resolve from inside the OpenAPI document."""
    schema = model.model_json_schema()
    definitions = schema.pop("$defs", {})

    def inlined(node: Any) -> Any:
        if isinstance(node, dict):
            reference = node.get("$ref", "")
            if reference.startswith("#/$defs/"):
                rest = {key: value for key, value in node.items() if key != "$ref"}
                return {**inlined(definitions[reference.removeprefix("#/$defs/")]), **rest}
            return {key: inlined(value) for key, value in node.items()}
        if isinstance(node, list):
            return [inlined(value) for value in node]
        return node

    return inlined(schema)


UrlText = Annotated[
    str,
    Field(min_length=1, max_length=MAX_URL_LENGTH, json_schema_extra={"format": "uri"}),
]


class BriefRequest(BaseModel):
    """An article to brief: its text, or a URL to fetch it from."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=TEXT_OR_URL_SCHEMA)

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
    # Strict: JSON true or false, as the schema says (not 0, 1 or "yes").
    fresh: bool = Field(
        False,
        strict=True,
        description="Make a new brief even if a stored one matches (no cache).",
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
