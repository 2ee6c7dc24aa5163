"""Dependencies injected into the routes: the service, settings and the API-key check.

Each is `async def` although none awaits: FastAPI runs a plain `def` dependency in its
thread pool, a thread hop per dependency per request (most of the HTTP layer's own
cost; benches/service_overhead.py). These only read the request and settings.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from briefsmith.briefing.briefs import BriefService
from briefsmith.config.monitoring import Metrics
from briefsmith.config.settings import Settings
from briefsmith.store.base import owner_id
from briefsmith.surfaces.http.problems import ApiProblem

_bearer = HTTPBearer(auto_error=False, description="An API key from BRIEF_API_KEYS.")
WWW_AUTHENTICATE = 'Bearer realm="briefsmith"'


async def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


async def get_service(request: Request) -> BriefService:
    return request.app.state.service


async def get_metrics(request: Request) -> Metrics:
    return request.app.state.metrics


def key_matches(presented: str, keys: list[str]) -> bool:
    """Constant-time comparison against every key, without stopping at the first match,
    so the time taken says nothing about which key (or how much of one) matched."""
    presented_bytes = presented.encode("utf-8")
    matched = False
    for key in keys:
        matched |= hmac.compare_digest(presented_bytes, key.encode("utf-8"))
    return matched


async def caller_is_trusted(
    settings: Annotated[Settings, Depends(get_settings_dep)], request: Request
) -> bool:
    """True when no API keys are configured or the caller sent a valid one. For open
    routes that show more detail to trusted callers; it reads the header itself rather
    than through the Bearer scheme, so OpenAPI does not mark those routes as secured."""
    keys = [key.get_secret_value() for key in settings.api_keys]
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return not keys or (scheme.lower() == "bearer" and key_matches(token.strip(), keys))


async def caller_owner(
    settings: Annotated[Settings, Depends(get_settings_dep)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> str | None:
    """Who owns the briefs this caller makes and may read: a hash of its API key, or
    None when API keys are off (then every brief is open to every caller). Used after
    require_api_key, so the key is valid."""
    if not settings.api_keys or credentials is None:
        return None
    return owner_id(credentials.credentials)


async def require_api_key(
    settings: Annotated[Settings, Depends(get_settings_dep)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> None:
    """Open when BRIEF_API_KEYS is empty; otherwise a valid `Authorization: Bearer` key."""
    keys = [key.get_secret_value() for key in settings.api_keys]
    if not keys:
        return
    if credentials is None:
        raise ApiProblem(
            401,
            "unauthorized",
            "send an API key as 'Authorization: Bearer <key>'",
            headers={"WWW-Authenticate": WWW_AUTHENTICATE},
        )
    if not key_matches(credentials.credentials, keys):
        raise ApiProblem(
            401,
            "unauthorized",
            "the API key is not valid",
            headers={"WWW-Authenticate": f'{WWW_AUTHENTICATE}, error="invalid_token"'},
        )


async def client_identity(
    request: Request,
    settings: Annotated[Settings, Depends(get_settings_dep)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> str:
    """Who is asking, for the per-client limit: the API key (as a digest, never the key
    itself) when keys are on, else the caller's address."""
    if settings.api_keys and credentials is not None:
        digest = hashlib.sha256(credentials.credentials.encode("utf-8")).hexdigest()[:16]
        return f"key:{digest}"
    return f"addr:{request.client.host if request.client else 'unknown'}"


ServiceDep = Annotated[BriefService, Depends(get_service)]
SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
MetricsDep = Annotated[Metrics, Depends(get_metrics)]
ApiKey = Depends(require_api_key)
TrustedCaller = Annotated[bool, Depends(caller_is_trusted)]
CallerOwner = Annotated[str | None, Depends(caller_owner)]
ClientId = Annotated[str, Depends(client_identity)]
