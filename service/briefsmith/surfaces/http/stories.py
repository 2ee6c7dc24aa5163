"""POST /v1/stories and GET /v1/stories/{id}: one story brief from 2-20 articles.

Thin, like the brief routes: the same API-key check, body-size refusal, validation
errors and problem mapping (service/briefsmith/surfaces/http/problems.py); each article goes through
BriefService exactly as POST /v1/briefs would (URL guard, size limit, cache, engine
slots, deadline), and the story is stored in the same SQLite file.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from briefsmith.briefing.stories import MAX_ARTICLES, MIN_ARTICLES, StoryInput, StoryService
from briefsmith.config.settings import EngineChoice
from briefsmith.core.requests import MAX_ID_LENGTH, ArticleFields
from briefsmith.core.story.schema import StoryResult
from briefsmith.surfaces.http.bodies import (
    JSON_ENVELOPE_BYTES,
    JSON_MEDIA_TYPE,
    json_body,
    media_type_of,
    read_body,
)
from briefsmith.surfaces.http.deps import ApiKey, CallerOwner, ServiceDep, SettingsDep
from briefsmith.surfaces.http.models import request_body_schema
from briefsmith.surfaces.http.problems import ApiProblem, problem_responses


class StoryArticleRequest(ArticleFields):
    """One article of a story: the one request shape (briefsmith.core.requests) and the
    id its sources carry, which story briefs cite, so word characters, dots and dashes."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(
        None,
        min_length=1,
        max_length=MAX_ID_LENGTH,
        pattern=r"^[\w.-]+$",
        description="The id this article's sources carry (default: article-1, article-2, …).",
    )


class StoryRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[StoryArticleRequest] = Field(min_length=MIN_ARTICLES, max_length=MAX_ARTICLES)
    engine: EngineChoice | None = None
    fresh: bool = Field(False, strict=True)

    @model_validator(mode="after")
    def _unique_ids(self) -> StoryRequest:
        ids = [a.id for a in self.articles if a.id is not None]
        if len(set(ids)) != len(ids):
            raise ValueError("article ids must be unique")
        return self

    def inputs(self) -> list[StoryInput]:
        return [
            StoryInput(
                a.id or f"article-{n}",
                text=a.text,
                url=a.url,
                title=a.title,
                source=a.source,
            )
            for n, a in enumerate(self.articles, start=1)
        ]


class StoryResponse(StoryResult):
    id: str = Field(description="Stored story id, for GET /v1/stories/{id}.")


stories = APIRouter(prefix="/v1", tags=["stories"], dependencies=[ApiKey])


@stories.post(
    "/stories",
    status_code=201,
    response_model=StoryResponse,
    summary="One story brief from 2-20 articles about the same event",
    responses=problem_responses(400, 401, 413, 415, 422, 429, 502, 504),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {JSON_MEDIA_TYPE: {"schema": request_body_schema(StoryRequest)}},
        }
    },
)
async def create_story(
    request: Request,
    response: Response,
    service: ServiceDep,
    settings: SettingsDep,
    owner: CallerOwner,
) -> StoryResponse:
    """With API keys on, the story and the briefs behind it belong to the key that made
    them: that key reads them all, another key gets 404."""
    media_type, _ = media_type_of(request)
    if media_type != JSON_MEDIA_TYPE:
        raise ApiProblem(
            415, "unsupported-media-type", f"send application/json, not {media_type or 'no type'}"
        )
    limit = MAX_ARTICLES * settings.max_input_bytes + JSON_ENVELOPE_BYTES
    body = await read_body(request, limit)
    fields = await json_body(body)
    try:
        payload = StoryRequest.model_validate(fields)
    except ValidationError as error:
        raise RequestValidationError(
            [{**item, "loc": ("body", *item["loc"])} for item in error.errors()]
        ) from None
    outcome = await StoryService(service).story(
        payload.inputs(), engine=payload.engine, fresh=payload.fresh, owner=owner
    )
    response.headers["Location"] = f"/v1/stories/{outcome.id}"
    return StoryResponse(id=outcome.id, **outcome.result.model_dump())


@stories.get(
    "/stories/{story_id}",
    response_model=StoryResponse,
    summary="A stored story brief",
    responses=problem_responses(401, 404),
)
async def get_story(story_id: str, service: ServiceDep, owner: CallerOwner) -> StoryResponse:
    """With API keys on, only the key that made a story reads it; another key gets 404,
    exactly as for an id that does not exist."""
    result = await StoryService(service).get(story_id, owner)
    if result is None:
        raise ApiProblem(404, "not-found", f"no story with id {story_id!r}")
    return StoryResponse(id=story_id, **result.model_dump())
