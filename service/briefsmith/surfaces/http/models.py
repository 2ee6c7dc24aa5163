"""Request and response bodies of the HTTP API (the Brief itself is briefsmith.core.schema's)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from briefsmith.config.settings import EngineChoice
from briefsmith.core.requests import MAX_LABEL_LENGTH, MAX_URL_LENGTH, ArticleFields
from briefsmith.core.schema import BriefResult

__all__ = ["MAX_LABEL_LENGTH", "MAX_URL_LENGTH", "BriefRequest", "BriefResponse"]


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


class BriefRequest(ArticleFields):
    """An article to brief: its text, or a URL to fetch it from (the one request shape,
    briefsmith.core.requests), and how to brief it."""

    model_config = ConfigDict(extra="forbid")

    engine: EngineChoice | None = Field(
        None, description="Engine to use; default: the server's BRIEF_ENGINE."
    )
    # Strict: JSON true or false, as the schema says (not 0, 1 or "yes").
    fresh: bool = Field(
        False,
        strict=True,
        description="Make a new brief even if a stored one matches (no cache).",
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
