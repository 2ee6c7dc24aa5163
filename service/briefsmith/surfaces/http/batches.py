"""POST /v1/batches and GET /v1/batches/{id}: up to BRIEF_BATCH_MAX_ARTICLES articles
briefed in the background, one brief each, with progress to poll.

Thin, like the brief routes: the same API-key check and owner scoping (a batch and its
briefs belong to the key that sent it; another key gets 404), body-size refusal and
problem mapping (service/briefsmith/surfaces/http/problems.py). Items are parsed by the same code as
`brief batch` corpora (briefsmith.surfaces.batch.corpus.parse_record); the batch runs in-process or
on Redis workers (briefsmith.surfaces.batch.runner.build_batches), behind the same API.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field

from briefsmith.config.settings import ENGINE_CHOICES, EngineChoice, Settings
from briefsmith.core.errors import BatchTooLarge, EmptyBatch, InvalidBatch
from briefsmith.core.requests import (
    DUPLICATE_ID,
    ID_INTEGER_SCHEMA,
    MAX_ID_LENGTH,
    TEXT_OR_URL_SCHEMA,
    BadLine,
    CorpusItem,
    parse_line,
    parse_record,
)
from briefsmith.store.batch_state import BatchState, ItemStatus
from briefsmith.surfaces.batch.runner import BatchRunner, new_batch_id
from briefsmith.surfaces.http.bodies import (
    JSON_MEDIA_TYPE,
    media_type_of,
    parse_json_body,
    read_body,
)
from briefsmith.surfaces.http.deps import ApiKey, CallerOwner, ServiceDep, SettingsDep
from briefsmith.surfaces.http.problems import ApiProblem, problem_responses

NDJSON_MEDIA_TYPES = frozenset({"application/x-ndjson", "application/jsonl"})
# Bad items named in one error detail; the rest are counted.
NAMED_BAD_ITEMS = 5


class BatchItemView(BaseModel):
    id: str
    status: ItemStatus
    brief_id: str | None = Field(None, description="The brief, at GET /v1/briefs/{brief_id}.")
    code: str | None = Field(None, description="Why it failed: a stable problem code.")
    reason: str | None = None


class BatchCounts(BaseModel):
    queued: int
    running: int
    done: int
    failed: int


class BatchView(BaseModel):
    id: str
    status: Literal["queued", "running", "finished"]
    created_at: datetime
    engine: str | None
    total: int
    counts: BatchCounts
    items: list[BatchItemView]


class BatchAccepted(BaseModel):
    id: str
    status: Literal["queued"] = "queued"
    total: int
    location: str


def get_batches(request: Request) -> BatchRunner:
    return request.app.state.batches


batches = APIRouter(prefix="/v1", tags=["batches"], dependencies=[ApiKey])

_OPTIONAL_TEXT: dict[str, Any] = {"anyOf": [{"type": "string"}, {"type": "null"}]}
# What briefsmith.core.requests.parse_record accepts, as JSON Schema (documentation and
# schema-driven tests; the parser is the authority). Duplicate ids and text that is not
# UTF-8 (a lone surrogate) are refused too, which JSON Schema cannot say.
BATCH_ARTICLE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "id": {
            "description": "Names the item in the batch's progress (default: item-N).",
            "anyOf": [
                {"type": "string", "maxLength": MAX_ID_LENGTH},
                ID_INTEGER_SCHEMA,
                {"type": "null"},
            ],
        },
        "text": _OPTIONAL_TEXT,
        "url": _OPTIONAL_TEXT,
        "title": _OPTIONAL_TEXT,
        "source": _OPTIONAL_TEXT,
    },
    **TEXT_OR_URL_SCHEMA,
}
BATCH_JSON_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["articles"],
    "additionalProperties": False,
    "properties": {
        "articles": {"type": "array", "minItems": 1, "items": BATCH_ARTICLE_SCHEMA},
        "engine": {"anyOf": [{"enum": list(ENGINE_CHOICES)}, {"type": "null"}]},
    },
}

_REQUEST_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": (
            'JSON `{"articles": [{"text"|"url", "title"?, "source"?, "id"?}, ...], '
            '"engine"?}`, or the same article objects one per line as '
            "`application/x-ndjson` (then `engine` goes in the query string)."
        ),
        "content": {
            JSON_MEDIA_TYPE: {"schema": BATCH_JSON_SCHEMA},
            "application/x-ndjson": {
                "schema": {
                    "type": "string",
                    "description": "One article object (as in the JSON form's `articles`) "
                    "per line, UTF-8; blank lines are skipped.",
                }
            },
        },
    }
}


def _check_engine(engine: object) -> EngineChoice | None:
    if engine is None:
        return None
    for choice in ENGINE_CHOICES:
        if engine == choice:
            return choice
    raise InvalidBatch(f'"engine" must be one of: {", ".join(ENGINE_CHOICES)}')


def _items_from_json(body: bytes) -> tuple[list[CorpusItem | BadLine], EngineChoice | None]:
    fields = parse_json_body(body)
    if not isinstance(fields, dict) or not isinstance(fields.get("articles"), list):
        raise InvalidBatch('the JSON body must be an object with an "articles" list')
    unknown = sorted(set(fields) - {"articles", "engine"})
    if unknown:
        raise InvalidBatch(f"unknown fields: {', '.join(unknown)}")
    parsed: list[CorpusItem | BadLine] = []
    for number, record in enumerate(fields["articles"], start=1):
        fallback_id = f"item-{number}"
        if isinstance(record, dict):
            parsed.append(parse_record(fallback_id, record))
        else:
            parsed.append(BadLine(fallback_id, "an article must be a JSON object"))
    return parsed, _check_engine(fields.get("engine"))


def _items_from_jsonl(body: bytes) -> list[CorpusItem | BadLine]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiProblem(400, "malformed-json", "the JSONL body is not UTF-8") from None
    parsed: list[CorpusItem | BadLine] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        try:
            entry = parse_line(number, raw)
        except (RecursionError, ValueError):  # nesting or integers Python will not parse
            entry = BadLine(f"line-{number}", "a JSON value Python cannot parse")
        if entry is not None:
            parsed.append(entry)
    return parsed


def checked_items(parsed: list[CorpusItem | BadLine], settings: Settings) -> list[CorpusItem]:
    """Every item good, ids unique, count within limits; else one error naming the bad."""
    if not parsed:
        raise EmptyBatch("the batch has no articles")
    if len(parsed) > settings.batch_max_articles:
        raise BatchTooLarge(
            f"the batch has {len(parsed):,} articles; the limit is "
            f"{settings.batch_max_articles:,} per batch"
        )
    problems = [f"{entry.id}: {entry.reason}" for entry in parsed if isinstance(entry, BadLine)]
    seen: set[str] = set()
    for entry in parsed:
        if entry.id in seen:
            problems.append(f"{entry.id}: {DUPLICATE_ID}")
        seen.add(entry.id)
    if problems:
        more = len(problems) - NAMED_BAD_ITEMS
        detail = "; ".join(problems[:NAMED_BAD_ITEMS]) + (f"; and {more} more" if more > 0 else "")
        raise InvalidBatch(f"{len(problems)} bad item(s): {detail}")
    return [entry for entry in parsed if isinstance(entry, CorpusItem)]


@batches.post(
    "/batches",
    status_code=202,
    response_model=BatchAccepted,
    summary="Queue up to BRIEF_BATCH_MAX_ARTICLES articles to brief in the background",
    responses=problem_responses(400, 401, 413, 415, 422, 503),
    openapi_extra=_REQUEST_BODY_DOC,
)
async def create_batch(
    request: Request,
    response: Response,
    service: ServiceDep,
    settings: SettingsDep,
    owner: CallerOwner,
    engine: Annotated[EngineChoice | None, Query()] = None,
) -> BatchAccepted:
    media_type, _ = media_type_of(request)
    if media_type not in NDJSON_MEDIA_TYPES | {JSON_MEDIA_TYPE}:
        raise ApiProblem(
            415,
            "unsupported-media-type",
            f"send application/json or application/x-ndjson, not {media_type or 'no type'}",
        )
    body = await read_body(request, settings.batch_max_bytes)
    if media_type == JSON_MEDIA_TYPE:
        # Parsing and checking every item is CPU work on up to batch_max_bytes: off the loop.
        parsed, body_engine = await asyncio.to_thread(_items_from_json, body)
        engine = body_engine or engine
    else:
        parsed = await asyncio.to_thread(_items_from_jsonl, body)
    items = checked_items(parsed, settings)
    service.engine(engine)  # an engine that is not set up: 422 now, not once per item
    batch_id = new_batch_id()
    await get_batches(request).submit(batch_id, owner, engine, items)
    location = f"/v1/batches/{batch_id}"
    response.headers["Location"] = location
    return BatchAccepted(id=batch_id, total=len(items), location=location)


def batch_view(state: BatchState) -> BatchView:
    counts = state.counts()
    status: Literal["queued", "running", "finished"] = "running"
    if state.finished:
        status = "finished"
    elif counts["queued"] == len(state.items):
        status = "queued"
    return BatchView(
        id=state.id,
        status=status,
        created_at=state.created_at,
        engine=state.engine,
        total=len(state.items),
        counts=BatchCounts(**counts),
        items=[
            BatchItemView(
                id=item.id,
                status=item.status,
                brief_id=item.brief_id,
                code=item.code,
                reason=item.reason,
            )
            for item in state.items
        ],
    )


@batches.get(
    "/batches/{batch_id}",
    response_model=BatchView,
    summary="A batch's progress: counts, and each item's status and brief id",
    responses=problem_responses(401, 404, 503),
)
async def get_batch(request: Request, batch_id: str, owner: CallerOwner) -> BatchView:
    """With API keys on, only the key that sent a batch reads it; another gets 404."""
    state = await get_batches(request).store.get(batch_id, owner)
    if state is None:
        raise ApiProblem(404, "not-found", f"no batch with id {batch_id!r}")
    return batch_view(state)
