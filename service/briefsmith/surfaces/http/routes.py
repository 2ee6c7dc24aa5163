"""The routes. Thin: parse and check the HTTP request, call BriefService, shape the reply."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

import structlog
from fastapi import APIRouter, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from briefsmith import __version__ as service_version
from briefsmith.config.settings import EngineChoice
from briefsmith.core.cleaning import decode_article_bytes
from briefsmith.surfaces.http.bodies import (
    JSON_ENVELOPE_BYTES,
    JSON_MEDIA_TYPE,
    json_body,
    media_type_of,
    read_body,
)
from briefsmith.surfaces.http.deps import (
    ApiKey,
    CallerOwner,
    ClientId,
    MetricsDep,
    ServiceDep,
    SettingsDep,
    TrustedCaller,
)
from briefsmith.surfaces.http.models import (
    MAX_LABEL_LENGTH,
    BriefRequest,
    BriefResponse,
    Health,
    Readiness,
    request_body_schema,
)
from briefsmith.surfaces.http.problems import ApiProblem, problem_response, problem_responses

log = structlog.get_logger(__name__)

CACHE_HEADER = "X-Brief-Cache"
TEXT_MEDIA_TYPE = "text/plain"
UTF8_CHARSETS = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})

_REQUEST_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": (
            "JSON with `text` or `url`, or the article itself as `text/plain` (UTF-8), in "
            "which case title, source, engine and fresh go in the query string."
        ),
        "content": {
            JSON_MEDIA_TYPE: {"schema": request_body_schema(BriefRequest)},
            TEXT_MEDIA_TYPE: {"schema": {"type": "string"}},
        },
    }
}

briefs = APIRouter(prefix="/v1", tags=["briefs"], dependencies=[ApiKey])
operations = APIRouter(tags=["operations"])


async def _brief_request(
    request: Request, max_input_bytes: int, query: dict[str, Any]
) -> BriefRequest:
    media_type, parameters = media_type_of(request)
    if media_type == JSON_MEDIA_TYPE:
        body = await read_body(request, max_input_bytes + JSON_ENVELOPE_BYTES)
        fields = await json_body(body)
        if not isinstance(fields, dict):
            raise ApiProblem(422, "validation-error", "the JSON body must be an object")
        fields = {**query, **fields}
    elif media_type == TEXT_MEDIA_TYPE:
        charset = parameters.get("charset")
        if charset is not None and charset not in UTF8_CHARSETS:
            raise ApiProblem(
                415, "unsupported-media-type", f"text/plain must be UTF-8, not {charset}"
            )
        body = await read_body(request, max_input_bytes)
        # Decoding (and the control-character scan) is CPU work: off the event loop.
        text = await asyncio.to_thread(decode_article_bytes, body, max_input_bytes)
        fields = {**query, "text": text}
    else:
        raise ApiProblem(
            415,
            "unsupported-media-type",
            f"send application/json or text/plain, not {media_type or 'no type'}",
        )
    try:
        return BriefRequest.model_validate(fields)
    except ValidationError as error:
        raise RequestValidationError(
            [{**item, "loc": ("body", *item["loc"])} for item in error.errors()]
        ) from None


@briefs.post(
    "/briefs",
    status_code=201,
    response_model=BriefResponse,
    summary="Brief an article (text or URL)",
    responses={
        200: {
            "model": BriefResponse,
            "description": f"A stored brief of the same article ({CACHE_HEADER}: hit).",
        },
        201: {"description": f"A new brief, stored ({CACHE_HEADER}: miss)."},
        **problem_responses(400, 401, 413, 415, 422, 429, 502, 504),
    },
    openapi_extra=_REQUEST_BODY_DOC,
)
async def create_brief(
    request: Request,
    response: Response,
    service: ServiceDep,
    settings: SettingsDep,
    owner: CallerOwner,
    client: ClientId,
    title: Annotated[str | None, Query(max_length=MAX_LABEL_LENGTH)] = None,
    source: Annotated[str | None, Query(max_length=MAX_LABEL_LENGTH)] = None,
    engine: EngineChoice | None = None,
    fresh: bool = False,
) -> BriefResponse:
    query: dict[str, str | bool] = {
        name: value
        for name, value in {"title": title, "source": source, "engine": engine}.items()
        if value is not None
    }
    if fresh:
        query["fresh"] = True
    payload = await _brief_request(request, settings.max_input_bytes, query)
    outcome = await service.brief(**payload.model_dump(), owner=owner, client=client)
    response.headers[CACHE_HEADER] = "hit" if outcome.cache_hit else "miss"
    response.headers["Location"] = f"/v1/briefs/{outcome.id}"
    if outcome.cache_hit:
        response.status_code = 200
    return BriefResponse(id=outcome.id, brief=outcome.result.brief, article=outcome.result.article)


@briefs.get(
    "/briefs/{brief_id}",
    response_model=BriefResponse,
    summary="A stored brief",
    responses=problem_responses(401, 404),
)
async def get_brief(brief_id: str, service: ServiceDep, owner: CallerOwner) -> BriefResponse:
    """With API keys on, only the key that made a brief reads it; another key gets 404,
    exactly as for an id that does not exist."""
    stored = await service.get(brief_id, owner)
    if stored is None:
        raise ApiProblem(404, "not-found", f"no brief with id {brief_id!r}")
    return BriefResponse(id=stored.id, brief=stored.result.brief, article=stored.result.article)


@operations.get("/healthz", response_model=Health, summary="Liveness (always open)")
async def healthz() -> Health:
    return Health(status="ok", version=service_version)


@operations.get(
    "/readyz",
    response_model=Readiness,
    summary="Readiness: engine configured and reachable, storage open",
    responses=problem_responses(503),
)
async def readyz(request: Request, service: ServiceDep, trusted: TrustedCaller) -> Any:
    """Open to probes. The reason (which may name an internal LLM endpoint) is shown only
    when API keys are off or the caller sends a valid one; it is always logged."""
    ok, reason = await service.ready()
    engine = service.settings.resolve_engine()
    log.info("readiness", ready=ok, engine=engine, reason=reason)
    shown = reason if trusted else ("ready" if ok else "the engine or storage is not ready")
    if not ok:
        return problem_response(
            503,
            "not-ready",
            shown,
            engine=engine,
            request_id=getattr(request.state, "request_id", None),
        )
    return Readiness(status="ready", engine=engine, reason=shown)


@operations.get(
    "/metrics",
    summary="Prometheus metrics",
    dependencies=[ApiKey],
    response_class=Response,
    responses={200: {"content": {"text/plain": {}}}, **problem_responses(401)},
)
async def metrics(metrics: MetricsDep) -> Response:
    return Response(metrics.render(), media_type=metrics.content_type)
