"""THE error-to-HTTP mapping. Every error response is RFC 9457 `application/problem+json`.

Domain errors (briefsmith.core.errors), FastAPI's request validation, Starlette's HTTP errors
(404, 405, ...) and the API's own refusals (ApiProblem) all end here. Anything else is
a bug: the request middleware answers it with a generic 500 problem (no stack trace, no
message from the exception) and logs it in full.

| status | code                     | when                                               |
|--------|--------------------------|----------------------------------------------------|
| 400    | malformed-json           | the JSON body does not parse                       |
| 400    | json-too-deep, json-number-too-long | valid JSON nested too deeply, or an integer over Python's digit limit |
| 401    | unauthorized             | API keys are configured and the bearer is missing or wrong |
| 404    | not-found                | unknown route or brief id (or one another API key made) |
| 408    | request-timeout          | the body did not arrive within BRIEF_BODY_READ_TIMEOUT_S |
| 405    | method-not-allowed       | wrong method for a route                           |
| 413    | payload-too-large, article-too-large, batch-too-large | body, article or batch over its limit |
| 415    | unsupported-media-type   | body is neither application/json nor text/plain (UTF-8) |
| 422    | validation-error, empty-article, not-text, invalid-article, url-refused, invalid-url, engine-not-configured | the request is well-formed but cannot be briefed |
| 422    | invalid-batch, empty-batch | a batch with no articles, a bad item or duplicate ids |
| 429    | overloaded               | the engine queue is full (with Retry-After)        |
| 429    | client-over-limit        | this client already has its share of briefs in flight (with Retry-After) |
| 502    | engine-failed            | the engine (upstream LLM) failed after its retries |
| 503    | not-ready                | /readyz when no brief could be made now            |
| 503    | store-unavailable        | the brief store (SQLite file or PostgreSQL) cannot be used now |
| 503    | queue-unavailable        | /v1/batches when Redis (BRIEF_REDIS_URL) cannot be reached |
| 504    | deadline-exceeded        | the request deadline passed                        |
| 500    | internal-error           | a bug; generic body, details only in the log       |
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from briefsmith.core.errors import (
    ArticleTooLarge,
    BatchTooLarge,
    BriefsmithError,
    DeadlineExceeded,
    EngineFailed,
    EngineNotConfigured,
    InvalidArticle,
    InvalidBatch,
    Overloaded,
    QueueUnavailable,
    StoreUnavailable,
)

log = structlog.get_logger(__name__)

# A database restart or failover takes seconds; sooner retries would only add load.
STORE_RETRY_AFTER_S = 5
PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_TYPE_PREFIX = "urn:briefsmith:problem:"

# Most specific first: ArticleTooLarge is also an InvalidArticle.
_DOMAIN_STATUS: tuple[tuple[type[BriefsmithError], int], ...] = (
    (ArticleTooLarge, 413),
    (BatchTooLarge, 413),
    (InvalidArticle, 422),
    (InvalidBatch, 422),
    (EngineNotConfigured, 422),
    (Overloaded, 429),
    (EngineFailed, 502),
    (QueueUnavailable, 503),
    (DeadlineExceeded, 504),
    (StoreUnavailable, 503),
)
_HTTP_CODES = {
    400: "bad-request",
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    406: "not-acceptable",
    408: "request-timeout",
    413: "payload-too-large",
    415: "unsupported-media-type",
    422: "validation-error",
    500: "internal-error",
}


# Titles that capitalisation of the code would get wrong.
_TITLES = {
    "malformed-json": "Malformed JSON",
    "json-too-deep": "JSON too deep",
    "json-number-too-long": "JSON number too long",
    "url-refused": "URL refused",
    "payload-too-large": "Payload too large",
}


class Problem(BaseModel):
    """RFC 9457 problem details, plus a stable `code` and the request id."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(description="A URI naming the problem type.")
    title: str
    status: int
    detail: str
    code: str = Field(description="Stable machine-readable slug, e.g. url-refused.")
    request_id: str | None = None


class ProblemResponse(JSONResponse):
    media_type = PROBLEM_CONTENT_TYPE

    def render(self, content: Any) -> bytes:
        # A detail may name what the client sent (a field, an id); a lone surrogate in
        # it must not turn the refusal into a 500: it is written as "?".
        return json.dumps(
            content, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")
        ).encode("utf-8", "replace")


class ApiProblem(Exception):
    """A refusal decided by the HTTP layer itself (size, media type, auth, not found)."""

    def __init__(self, status: int, code: str, detail: str, headers: dict[str, str] | None = None):
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.headers = headers or {}


def status_for(error: BriefsmithError) -> int:
    return next((status for kind, status in _DOMAIN_STATUS if isinstance(error, kind)), 500)


def problem_response(
    status: int,
    code: str,
    detail: str,
    *,
    request_id: str | None = None,
    headers: dict[str, str] | None = None,
    **extensions: Any,
) -> ProblemResponse:
    body = Problem(
        type=f"{PROBLEM_TYPE_PREFIX}{code}",
        title=_TITLES.get(code) or code.replace("-", " ").capitalize(),
        status=status,
        detail=detail,
        code=code,
        request_id=request_id,
        **extensions,
    )
    return ProblemResponse(body.model_dump(exclude_none=True), status_code=status, headers=headers)


def internal_error_response(request_id: str | None) -> ProblemResponse:
    return problem_response(
        500,
        "internal-error",
        "the server hit an unexpected error; it has been logged"
        + (f" under request id {request_id}" if request_id else ""),
        request_id=request_id,
    )


def _request_id(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


def _validation_errors(error: RequestValidationError) -> list[dict[str, Any]]:
    """Where and what, without echoing the input back (it may be a whole article)."""
    return [
        {
            "loc": [str(part) for part in item.get("loc", ())],
            "msg": item.get("msg", ""),
            "type": item.get("type", ""),
        }
        for item in error.errors()
    ]


async def _domain_error(request: Request, error: Exception) -> ProblemResponse:
    assert isinstance(error, BriefsmithError)
    headers = {}
    if isinstance(error, Overloaded):
        headers["Retry-After"] = str(error.retry_after_s)
    elif isinstance(error, StoreUnavailable):
        headers["Retry-After"] = str(STORE_RETRY_AFTER_S)
    status = status_for(error)
    log.info("request_refused", status=status, code=error.code, detail=error.message)
    return problem_response(
        status, error.code, error.message, request_id=_request_id(request), headers=headers
    )


async def _api_problem(request: Request, error: Exception) -> ProblemResponse:
    assert isinstance(error, ApiProblem)
    log.info("request_refused", status=error.status, code=error.code, detail=error.detail)
    return problem_response(
        error.status,
        error.code,
        error.detail,
        request_id=_request_id(request),
        headers=error.headers,
    )


async def _validation_error(request: Request, error: Exception) -> ProblemResponse:
    assert isinstance(error, RequestValidationError)
    errors = _validation_errors(error)
    if any(item["type"] == "json_invalid" for item in errors):
        return problem_response(
            400,
            "malformed-json",
            "the request body is not valid JSON",
            request_id=_request_id(request),
        )
    detail = (
        "; ".join(f"{'.'.join(item['loc'][1:] or item['loc'])}: {item['msg']}" for item in errors)
        or "the request is invalid"
    )
    return problem_response(
        422, "validation-error", detail, request_id=_request_id(request), errors=errors
    )


async def _http_error(request: Request, error: Exception) -> ProblemResponse:
    assert isinstance(error, StarletteHTTPException)
    status = error.status_code
    code = _HTTP_CODES.get(status, f"http-{status}")
    detail = error.detail if isinstance(error.detail, str) else HTTPStatus(status).phrase
    if status == 404 and detail == "Not Found":
        detail = f"nothing at {request.url.path}"
    elif status == 405 and detail == "Method Not Allowed":
        detail = f"{request.method} is not allowed on {request.url.path}"
    return problem_response(
        status, code, detail, request_id=_request_id(request), headers=dict(error.headers or {})
    )


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(BriefsmithError, _domain_error)
    app.add_exception_handler(ApiProblem, _api_problem)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries documenting problem bodies for these statuses."""
    return {
        status: {
            "model": Problem,
            "description": HTTPStatus(status).phrase,
            "content": {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
