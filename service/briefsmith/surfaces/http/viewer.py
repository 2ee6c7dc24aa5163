"""GET /briefs/{id} and GET /stories/{id}: the viewer's HTML page of a stored brief or
story (service/briefsmith/surfaces/viewer.py renders it). The same API-key check and
owner scoping as the JSON routes: with API keys on, only the key that made a brief or story
sees its page, and another key gets the same 404 as an unknown id. The page is rendered in a
worker thread, off the event loop."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from briefsmith.briefing.stories import StoryService
from briefsmith.surfaces.http.deps import ApiKey, CallerOwner, ServiceDep
from briefsmith.surfaces.http.problems import ApiProblem, problem_responses

pages = APIRouter(tags=["viewer"], dependencies=[ApiKey])

_HTML: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/html": {}}, "description": "The viewer page."}
}


@pages.get(
    "/briefs/{brief_id}",
    response_class=HTMLResponse,
    summary="A stored brief next to its article (HTML)",
    responses={**_HTML, **problem_responses(401, 404)},
)
async def brief_page(brief_id: str, service: ServiceDep, owner: CallerOwner) -> HTMLResponse:
    from briefsmith.surfaces.viewer import render_brief_html

    stored = await service.get(brief_id, owner)
    if stored is None:
        raise ApiProblem(404, "not-found", f"no brief with id {brief_id!r}")
    return HTMLResponse(await run_in_threadpool(render_brief_html, stored.result))


@pages.get(
    "/stories/{story_id}",
    response_class=HTMLResponse,
    summary="A stored story brief next to its articles (HTML)",
    responses={**_HTML, **problem_responses(401, 404)},
)
async def story_page(story_id: str, service: ServiceDep, owner: CallerOwner) -> HTMLResponse:
    from briefsmith.surfaces.viewer import render_story_html

    result = await StoryService(service).get(story_id, owner)
    if result is None:
        raise ApiProblem(404, "not-found", f"no story with id {story_id!r}")
    return HTMLResponse(await run_in_threadpool(render_story_html, result))
