"""The Slack bot: `/brief`, @-mentions and the "Brief this" message shortcut.

A thin edge over `BriefService` (the same service, cache, concurrency bounds, deadlines
and SSRF-guarded URL ingestion as the HTTP API). Slack wants an answer within 3 seconds,
so every listener acks at once and a lazy listener makes the brief in the background,
then posts it (chat.postMessage, or the command's response_url).

Reliability:
- Every HTTP request's signature and timestamp are verified (bad, malformed, missing or
  stale -> 401) before bolt parses the body or any listener runs.
- Slack retries a delivery it thinks failed. Each delivery id (event_id / trigger_id)
  is claimed in the SQLite file (briefsmith.store.slack_claims), so only the first arrival is
  handled, whichever worker or process a retry reaches; a brief is never posted twice.
- Every failure is logged and reaches the user as a short ephemeral message.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from urllib.parse import parse_qsl

import structlog
from fastapi import FastAPI, Request, Response
from slack_bolt.adapter.fastapi.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.lazy_listener.async_internals import to_runnable_function
from slack_bolt.lazy_listener.async_runner import AsyncLazyListenerRunner
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from briefsmith.briefing.briefs import BriefService
from briefsmith.config.settings import Settings
from briefsmith.core.errors import BriefsmithError
from briefsmith.core.schema import BriefResult
from briefsmith.store.base import slack_workspace_owner
from briefsmith.store.slack_claims import DeliveryClaims
from briefsmith.surfaces.slack.blocks import (
    error_text,
    escape_mrkdwn,
    render_brief_messages,
    usage_text,
)
from briefsmith.surfaces.slack.text import (
    MENTION_USAGE,
    SHORTCUT_USAGE,
    EmptyRequest,
    SlackAsk,
    parse_request,
)

log = structlog.get_logger(__name__)

COMMAND = "/brief"
SHORTCUT_CALLBACK_ID = "brief_this"
# Slack accepts at most five posts to one response_url.
RESPONSE_URL_MAX_POSTS = 5
# Slack retries within minutes (at most three times); an hour covers every retry.
DELIVERY_CLAIM_TTL_S = 3600.0
# The claim is written before the ack; past this, handle the delivery unclaimed rather
# than miss Slack's 3-second budget (and provoke the very retry being guarded against).
DELIVERY_CLAIM_BUDGET_S = 1.0

# What to tell the user when Slack refuses our post, by Slack's error code.
_SLACK_ERROR_HINTS = {
    "not_in_channel": "I'm not in this channel. Invite me with `/invite @Briefsmith` "
    "and try again.",
    "channel_not_found": "I can't see this conversation. Invite me with "
    "`/invite @Briefsmith` and try again.",
    "is_archived": "this channel is archived.",
    "expired_url": "Slack stopped accepting replies to this command; run it again.",
}


class SlackNotConfigured(BriefsmithError):
    code = "slack-not-configured"


class SlackDeliveryFailed(Exception):
    """Slack did not accept a post to a response_url."""

    def __init__(self, status: int, reason: str):
        super().__init__(f"response_url answered HTTP {status}: {reason}")
        self.reason = reason


class BackgroundBriefs(AsyncLazyListenerRunner):
    """Runs lazy listeners as tasks it keeps references to.

    Bolt's default runner fires `asyncio.ensure_future` and forgets the task, which the
    event loop may garbage-collect mid-brief and which shutdown cannot wait for.
    """

    def __init__(self, logger: Any):
        self.logger = logger
        self.tasks: set[asyncio.Task[None]] = set()

    def start(self, function: Callable[..., Awaitable[None]], request: AsyncBoltRequest) -> None:
        task = asyncio.create_task(
            to_runnable_function(internal_func=function, logger=self.logger, request=request),
            name=f"slack:{getattr(function, '__name__', 'lazy')}",
        )
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def aclose(self, grace_s: float = 10.0) -> None:
        """Let running briefs finish for up to `grace_s`, then cancel the rest."""
        if not self.tasks:
            return
        _, pending = await asyncio.wait(set(self.tasks), timeout=grace_s)
        for task in pending:
            task.cancel()
        if pending:
            log.warning("slack_briefs_cancelled_at_shutdown", count=len(pending))
            await asyncio.gather(*pending, return_exceptions=True)


class _WithoutRejectedBodies(logging.Filter):
    """Bolt logs the whole body of a request whose signature fails, at INFO. That body
    holds a response_url (a capability to post into the channel) and, from a forger, up
    to a megabyte per request. Keep the line, drop the body; the access log still
    records every 401."""

    PREFIX = "Invalid request signature detected"

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and record.msg.startswith(self.PREFIX):
            record.msg, record.args = f"{self.PREFIX} (body not logged)", ()
        return True


def _quiet_rejected_bodies() -> None:
    bolt_logger = logging.getLogger("slack_bolt.RequestVerification")
    if not any(isinstance(f, _WithoutRejectedBodies) for f in bolt_logger.filters):
        bolt_logger.addFilter(_WithoutRejectedBodies())


def _first(values: Sequence[str] | None) -> str | None:
    return values[0] if values else None


def web_client(settings: Settings) -> AsyncWebClient:
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    return AsyncWebClient(token=token, base_url=settings.slack_api_url.rstrip("/") + "/")


class SlackBot:
    """The bolt app plus what it needs at runtime: the background runner, the brief
    service, and the claims that tell a first delivery from Slack's retries of it."""

    def __init__(
        self,
        settings: Settings,
        briefs: BriefService,
        *,
        claims: DeliveryClaims,
        socket_mode: bool = False,
    ):
        required = {"SLACK_BOT_TOKEN": settings.slack_bot_token}
        if socket_mode:
            required["SLACK_APP_TOKEN"] = settings.slack_app_token
        else:
            required["SLACK_SIGNING_SECRET"] = settings.slack_signing_secret
        missing = [name for name, value in required.items() if value is None]
        if missing:
            mode = "Socket Mode" if socket_mode else "HTTP mode"
            raise SlackNotConfigured(f"the Slack bot in {mode} needs {', '.join(missing)}")
        self.settings = settings
        self.briefs = briefs
        self.claims = claims
        signing_secret = settings.slack_signing_secret
        self.app = AsyncApp(
            name="briefsmith",
            client=web_client(settings),
            signing_secret=signing_secret.get_secret_value() if signing_secret else None,
            # Socket Mode messages arrive over an authenticated websocket, unsigned.
            request_verification_enabled=not socket_mode,
            # Ack first, then run the lazy listener: what makes the 3-second budget safe.
            process_before_response=True,
        )
        _quiet_rejected_bodies()
        self.background = BackgroundBriefs(self.app.logger)
        self.app.listener_runner.lazy_listener_runner = self.background
        self.app.middleware(self._skip_redeliveries)
        self.app.command(COMMAND)(ack=self._ack_command, lazy=[self._post_command_brief])
        self.app.event("app_mention")(ack=self._ack, lazy=[self._post_mention_brief])
        self.app.shortcut(SHORTCUT_CALLBACK_ID)(ack=self._ack, lazy=[self._post_shortcut_brief])

    async def aclose(self, grace_s: float = 10.0) -> None:
        await self.background.aclose(grace_s)

    # --- middleware ------------------------------------------------------------------
    async def _skip_redeliveries(
        self, body: dict, request: AsyncBoltRequest, next: Callable[[], Awaitable[None]]
    ) -> BoltResponse | None:
        # Runs after signature verification, so forged requests never reach the claims.
        delivery_id = body.get("event_id") or body.get("trigger_id")
        if delivery_id and not await self._claim(delivery_id):
            headers = request.headers
            log.info(
                "slack_redelivery_skipped",
                delivery_id=delivery_id,
                retry_num=_first(headers.get("x-slack-retry-num")),
                retry_reason=_first(headers.get("x-slack-retry-reason")),
            )
            return BoltResponse(status=200, body="", headers={"X-Slack-No-Retry": "1"})
        await next()
        return None

    async def _claim(self, delivery_id: str) -> bool:
        """Whether this process should handle the delivery. If the claims cannot answer
        in time the delivery is handled anyway: a brief posted twice (only if Slack also
        retries) beats a brief never posted."""
        try:
            return await asyncio.wait_for(
                self.claims.claim(delivery_id, DELIVERY_CLAIM_TTL_S),
                DELIVERY_CLAIM_BUDGET_S,
            )
        except (TimeoutError, sqlite3.Error, OSError) as error:
            log.error(
                "slack_delivery_claim_failed", delivery_id=delivery_id, error=type(error).__name__
            )
            return True

    # --- acks (must return within 3 s: no I/O beyond the ack itself) -----------------
    @staticmethod
    async def _ack(ack: Callable[..., Awaitable[None]]) -> None:
        await ack()

    @staticmethod
    async def _ack_command(ack: Callable[..., Awaitable[None]], command: dict) -> None:
        try:
            request = await asyncio.to_thread(parse_request, command.get("text", ""))
        except EmptyRequest as usage:
            await ack(text=str(usage), response_type="ephemeral")
            return
        subject = f"<{escape_mrkdwn(request.url)}>" if request.url else "your article"
        if request.urls:
            subject = f"a story from {len(request.urls)} links"
        await ack(
            text=f":hourglass_flowing_sand: Working on a brief of {subject}…",
            response_type="ephemeral",
        )

    # --- lazy listeners --------------------------------------------------------------
    async def _post_command_brief(
        self, command: dict, respond: Callable[..., Awaitable[Any]], context: AsyncBoltContext
    ) -> None:
        owner = slack_owner(context)
        try:
            request = await asyncio.to_thread(parse_request, command.get("text", ""))
        except EmptyRequest:
            return  # the ack already showed the usage

        async def work() -> None:
            response_type = "ephemeral" if request.private else "in_channel"
            if request.urls:
                messages = await self._make_story_messages(request, owner)
            else:
                result = await self._make_brief(request, owner)
                messages = render_brief_messages(result, max_messages=RESPONSE_URL_MAX_POSTS)
            for message in messages:
                await _respond_or_raise(
                    respond,
                    response_type=response_type,
                    replace_original=False,
                    **message.as_kwargs(),
                )

        async def report(text: str) -> None:
            await _respond_or_raise(
                respond, text=text, response_type="ephemeral", replace_original=False
            )

        await _run_reporting_errors(
            "command", work, report, channel=command.get("channel_id"), user=command.get("user_id")
        )

    async def _post_mention_brief(
        self, event: dict, client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        channel, user = event.get("channel"), str(event.get("user") or "")
        thread_ts = event.get("thread_ts") or event.get("ts")
        if not channel or not thread_ts:  # nowhere to answer: not a mention Slack sends
            log.info("slack_mention_ignored", reason="no channel or ts")
            return
        owner = slack_owner(context)

        async def work() -> None:
            request = await asyncio.to_thread(
                parse_request, event.get("text", ""), usage=MENTION_USAGE
            )
            result = await self._make_brief(request, owner)
            for message in render_brief_messages(result):
                if request.private:
                    await client.chat_postEphemeral(
                        channel=channel, user=user, thread_ts=thread_ts, **message.as_kwargs()
                    )
                else:
                    await client.chat_postMessage(
                        channel=channel, thread_ts=thread_ts, **message.as_kwargs()
                    )

        async def report(text: str) -> None:
            await client.chat_postEphemeral(
                channel=channel, user=user, thread_ts=thread_ts, text=text
            )

        await _run_reporting_errors("mention", work, report, channel=channel, user=user)

    async def _post_shortcut_brief(
        self,
        shortcut: dict,
        client: AsyncWebClient,
        respond: Callable[..., Awaitable[Any]],
        context: AsyncBoltContext,
    ) -> None:
        owner = slack_owner(context)
        message = shortcut.get("message", {})
        channel = _id_of(shortcut.get("channel"))
        thread_ts = message.get("thread_ts") or message.get("ts")
        if not channel:  # a global shortcut, or no message: nowhere to answer
            log.info("slack_shortcut_ignored", reason="no channel")
            return

        async def work() -> None:
            request = await asyncio.to_thread(
                parse_request, message.get("text", ""), allow_flags=False, usage=SHORTCUT_USAGE
            )
            result = await self._make_brief(request, owner)
            for part in render_brief_messages(result):
                await client.chat_postMessage(
                    channel=channel, thread_ts=thread_ts, **part.as_kwargs()
                )

        async def report(text: str) -> None:
            await _respond_or_raise(
                respond, text=text, response_type="ephemeral", replace_original=False
            )

        await _run_reporting_errors(
            "shortcut", work, report, channel=channel, user=_id_of(shortcut.get("user"))
        )

    async def _make_brief(self, request: SlackAsk, owner: str) -> BriefResult:
        outcome = await self.briefs.brief(text=request.text, url=request.url, owner=owner)
        return outcome.result

    async def _make_story_messages(self, request: SlackAsk, owner: str) -> list[Any]:
        from briefsmith.briefing.stories import StoryInput, StoryService
        from briefsmith.surfaces.slack.story import render_story_messages

        items = [StoryInput(f"link-{n}", url=url) for n, url in enumerate(request.urls, 1)]
        outcome = await StoryService(self.briefs).story(items, owner=owner)
        return render_story_messages(outcome.result, max_messages=RESPONSE_URL_MAX_POSTS)


def slack_owner(context: AsyncBoltContext) -> str:
    """Who owns what a Slack request makes: the workspace (team) it came from, or the
    enterprise for an org-wide install without one."""
    return slack_workspace_owner(context.team_id or context.enterprise_id or "")


def mount_slack_events(app: FastAPI, bot: SlackBot) -> None:
    """Serve the bot at POST /slack/events. Slack signs these requests; no API key."""
    handler = AsyncSlackRequestHandler(bot.app)
    secret = bot.settings.slack_signing_secret
    verifier = SignatureVerifier(secret.get_secret_value()) if secret else None

    # Slack's own bodies are a few kilobytes; room for an article pasted into a command.
    body_limit = bot.settings.max_input_bytes + SLACK_ENVELOPE_BYTES

    @app.post("/slack/events", include_in_schema=False)
    async def slack_events(request: Request) -> Response:
        declared = request.headers.get("content-length", "")
        if len(declared) > MAX_LENGTH_DIGITS or (declared.isdigit() and int(declared) > body_limit):
            log.info("slack_request_refused", reason="body too large")
            return Response(_TOO_LARGE, status_code=413, media_type="application/json")
        body = await request.body()
        if len(body) > body_limit:
            log.info("slack_request_refused", reason="body too large")
            return Response(_TOO_LARGE, status_code=413, media_type="application/json")
        # Decoding, the signature's HMAC and parsing the JSON are CPU work on the whole
        # body: in a worker thread, never on the event loop.
        refusal = await asyncio.to_thread(_unverifiable, request, body, verifier)
        if refusal is not None:
            response, reason = refusal
            log.info("slack_request_refused", reason=reason)
            return response
        return await handler.handle(request)


_INVALID_REQUEST = b'{"error": "invalid request"}'  # what bolt answers a bad signature
_TOO_LARGE = b'{"error": "request body too large"}'
SLACK_ENVELOPE_BYTES = 64 * 1024
# A Unix time in seconds has 10 digits until the year 2286; a longer header is not a
# timestamp (and int() of thousands of digits is slow, or refused, or overflows later).
MAX_TIMESTAMP_DIGITS = 12
# A Content-Length of more digits is over any body limit (and too long for int()).
MAX_LENGTH_DIGITS = 12

# The fields of Slack's envelopes that bolt or the listeners read, by the JSON type Slack
# sends them as. Real Slack never deviates; a signed body that does (a replayed secret, a
# test tool, a proxy bug) is refused before bolt indexes into it.
_STRING_FIELDS = frozenset(
    {"type", "token", "team_id", "enterprise_id", "api_app_id", "event_id", "trigger_id"}
    | {"callback_id", "command", "text", "response_url", "channel_id", "user_id", "challenge"}
    | {"action_ts", "message_ts"}
)
_OBJECT_FIELDS = frozenset({"event", "message", "view", "container", "state"})
_ID_OBJECT_FIELDS = frozenset({"team", "user", "channel", "enterprise"})  # {"id": ...} or str
_LIST_FIELDS = frozenset({"actions", "authorizations"})
_EVENT_STRING_FIELDS = frozenset({"type", "subtype", "channel", "ts", "thread_ts", "text"})
_EVENT_STRING_FIELDS |= frozenset({"bot_id", "event_ts", "channel_type"})


def _id_of(value: object) -> str | None:
    """The id of a user, team or channel, sent as an object with an id or as the id."""
    found = value.get("id") if isinstance(value, dict) else value
    return found if isinstance(found, str) else None


def _id_object_ok(value: object) -> bool:
    if value is None or isinstance(value, str):
        return True
    return isinstance(value, dict) and isinstance(value.get("id", ""), str)


def _string_fields_ok(document: dict[str, Any], names: frozenset[str]) -> bool:
    return all(isinstance(document.get(name, ""), str) for name in names)


def _shape_problem(document: object) -> str | None:
    """Why a parsed Slack body is not in a shape Slack sends, or None when it is."""
    if not isinstance(document, dict):
        return "the body is not a JSON object"
    if not _string_fields_ok(document, _STRING_FIELDS):
        return "a field that Slack sends as a string is not one"
    if not all(isinstance(document.get(name, {}), dict) for name in _OBJECT_FIELDS):
        return "a field that Slack sends as an object is not one"
    if not all(isinstance(document.get(name, []), list) for name in _LIST_FIELDS):
        return "a field that Slack sends as a list is not one"
    if not all(_id_object_ok(document.get(name)) for name in _ID_OBJECT_FIELDS):
        return "a user, team, channel or enterprise is neither an id nor an object with one"
    event = document.get("event", {})
    if not _string_fields_ok(event, _EVENT_STRING_FIELDS) or not all(
        _id_object_ok(event.get(name)) for name in ("user", "team")
    ):
        return "an event field that Slack sends as a string is not one"
    message = document.get("message", {})
    if not _string_fields_ok(message, frozenset({"text", "ts", "thread_ts"})):
        return "a message field that Slack sends as a string is not one"
    return None


def _refusal(
    reason: str, status: int = 401, body: bytes = _INVALID_REQUEST
) -> tuple[Response, str]:
    return Response(body, status_code=status, media_type="application/json"), reason


def _unverifiable(
    request: Request, body: bytes, verifier: SignatureVerifier | None
) -> tuple[Response, str] | None:
    """Refuse, before bolt parses anything, what bolt would crash on: a timestamp that is
    not a whole number (401 without computing any signature), a body that is not UTF-8,
    a bad signature, and signed JSON too deep or with a number too long to parse (400).
    The refusal and its reason, which the caller logs at INFO (a client's mistake, not
    the service's); None when bolt may have the request. Runs in a worker thread."""
    timestamp = request.headers.get("x-slack-request-timestamp", "")
    if not (timestamp.isascii() and timestamp.isdigit()):
        return _refusal("timestamp is not a whole number")
    if len(timestamp) > MAX_TIMESTAMP_DIGITS:
        return _refusal("timestamp is too long to be one")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return _refusal("body is not UTF-8")
    if verifier is not None and not verifier.is_valid_request(text, dict(request.headers)):
        return _refusal("bad or stale signature")
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    # Where bolt reads JSON: a JSON body, or the `payload` field of a form.
    if content_type == "application/json" or text.startswith("{"):
        documents = [text]
    else:
        documents = [value for name, value in parse_qsl(text) if name == "payload"]
    for document in documents:
        try:
            parsed = json.loads(document)
        except (RecursionError, ValueError):
            return _refusal(
                "JSON body Python cannot parse", 400, b'{"error": "unreadable JSON body"}'
            )
        problem = _shape_problem(parsed)
        if problem is not None:
            return _refusal(problem, 400, b'{"error": "not a Slack request"}')
    return None


async def _respond_or_raise(respond: Callable[..., Awaitable[Any]], **message: Any) -> None:
    # The webhook client reports a refused post in its return value, not as an exception.
    response = await respond(**message)
    if response.status_code != 200:
        raise SlackDeliveryFailed(response.status_code, (response.body or "").strip())


def _user_message(error: Exception, bound: Any) -> str:
    """Log the failure; the short message telling the user what they can do about it."""
    if isinstance(error, EmptyRequest):
        bound.info("slack_empty_request")
        return usage_text(str(error))
    return error_text(_failure_reason(error, bound))


def _failure_reason(error: Exception, bound: Any) -> str:
    if isinstance(error, BriefsmithError):
        bound.warning("slack_brief_failed", error=error.code, detail=error.message)
        return error.message
    if isinstance(error, SlackApiError):
        code = error.response.get("error", "unknown_error")
        bound.error("slack_post_failed", slack_error=code)
        return _SLACK_ERROR_HINTS.get(code, f"Slack refused the message ({code}).")
    if isinstance(error, SlackDeliveryFailed):
        bound.error("slack_post_failed", slack_error=error.reason)
        return _SLACK_ERROR_HINTS.get(error.reason, f"Slack refused the message ({error.reason}).")
    reference = uuid.uuid4().hex[:8]
    bound.error("slack_brief_crashed", reference=reference, exc_info=error)
    return f"something went wrong on our side (reference {reference})."


async def _run_reporting_errors(
    surface: str,
    work: Callable[[], Awaitable[None]],
    report: Callable[[str], Awaitable[None]],
    **context: Any,
) -> None:
    bound = log.bind(surface=surface, **context)
    try:
        await work()
    # Deliberately broad: any failure must be logged and told to the user, never dropped.
    except Exception as error:  # noqa: BLE001
        text = _user_message(error, bound)
        try:
            await report(text)
        except Exception as report_error:  # noqa: BLE001 - logged; nothing else can be done
            bound.error("slack_error_report_failed", exc_info=report_error)
        return
    bound.info("slack_brief_posted")
