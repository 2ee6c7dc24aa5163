"""The `openai` engine: any OpenAI-compatible endpoint, through instructor.

Three layers of retrying, each with one job:
- transport (tenacity, here): 429, 5xx, timeouts and connection errors, with
  exponential backoff and jitter, honouring Retry-After. The openai client's own retries
  are off, so this is the only transport policy. 400/401/403/404 are never retried.
- validation (instructor): the answer's validators run the grounding check (`draft`) or
  check every id against the numbered candidates (`select`, service/briefsmith/core/candidates.py);
  a
  failure is sent back to the model as a re-ask naming each bad item, up to
  `llm_max_reasks` times.
- room: output cut off at max_tokens is tried once more with twice the room.

When the re-ask budget is spent the brief does not fail: the last usable answer is read
leniently, and the pipeline's grounding check (as for every engine) drops and lists in
the warnings whatever the article does not support. Every HTTP attempt's tokens are
counted, re-asks included.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import instructor
import openai

# The SDK imports its resource modules on first use (~1.5 s here); importing them with
# this module keeps that cost out of the first brief's deadline.
import openai.resources
from instructor.core import IncompleteOutputException, InstructorRetryException
from openai.types.chat import ChatCompletion, ChatCompletionMessageFunctionToolCall
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
    wait_random,
)

from briefsmith.config.settings import Settings
from briefsmith.core.candidates import Candidates, build_candidates
from briefsmith.core.errors import (
    BriefsmithError,
    DeadlineExceeded,
    EngineFailed,
    EngineNotConfigured,
)
from briefsmith.core.schema import Brief, BriefMeta, BriefWarning, CleanArticle, Usage, WarningCode
from briefsmith.engines.linguistic import analysis_of
from briefsmith.engines.llm_draft import BriefDraft, UnusableDraft, salvage_draft
from briefsmith.engines.llm_select import SelectAnswer, assemble, salvage_answer
from briefsmith.engines.prompts import BriefPrompt, load_prompt

# stdlib logging, not structlog: unconfigured (the CLI) it goes to stderr, never into a
# brief printed on stdout; configured (the API) it is rendered like every other record.
log = logging.getLogger(__name__)

OPENAI_BASE_URL = "https://api.openai.com/v1"
# Local servers (llama.cpp, Ollama, vLLM) ignore the key, but the SDK insists on one.
KEYLESS_PLACEHOLDER = "no-key-needed"
READY_TIMEOUT_S = 5.0
RETRYABLE_STATUS = frozenset({408, 429})

# instructor logs every re-ask and transport error at ERROR, article excerpts included;
# here those are expected events, reported in the brief's warnings and errors instead.
logging.getLogger("instructor").setLevel(logging.CRITICAL)

INSTRUCTOR_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json": instructor.Mode.JSON,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "md_json": instructor.Mode.MD_JSON,
}

_KEY_SHAPED = re.compile(r"\b(sk|xox[abposr]|xapp)-[A-Za-z0-9_\-*]{6,}")


def _candidates_of(text: str) -> Candidates:
    """The select strategy's candidates, from the article's one analysis."""
    return build_candidates(text, analysis_of(text))


def scrub(text: str) -> str:
    """Error text may quote a (partly masked) key back at us; never pass that on."""
    return _KEY_SHAPED.sub("[redacted]", text)


@dataclass
class CallLedger:
    """Everything one brief cost: HTTP attempts, tokens, and each completion received."""

    attempts: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    completions: list[ChatCompletion] = field(default_factory=list)
    # Answers whose body was not even a chat completion (not JSON): no completion to
    # keep, but an answer all the same.
    unreadable_answers: int = 0

    @property
    def answers(self) -> int:
        return len(self.completions) + self.unreadable_answers

    last_failure: openai.APIError | None = None

    def record(self, completion: ChatCompletion) -> None:
        self.completions.append(completion)
        if completion.usage is not None:
            self.prompt_tokens += completion.usage.prompt_tokens or 0
            self.completion_tokens += completion.usage.completion_tokens or 0

    def deadline_exceeded(self, deadline_s: float) -> DeadlineExceeded:
        """The one message for a brief that ran out of time, however the deadline hit."""
        tries = f"{self.attempts} HTTP attempt{'' if self.attempts == 1 else 's'}"
        failure = self.last_failure
        if failure is None:
            detail = f"{tries}, none answered yet"
        else:
            detail = f"{tries}; the last: {describe_failure(failure)}"
            hinted = retry_after_s(failure)
            if hinted is not None:
                detail += f", which asked to wait {hinted:.1f}s"
        return DeadlineExceeded(
            f"the LLM did not finish within the {deadline_s:g}s brief deadline ({detail})"
        )

    def usage(self) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            attempts=self.attempts,
        )


# --------------------------------------------------------------------------------------
# Transport faults


def is_transient(error: BaseException) -> bool:
    if isinstance(error, openai.APIConnectionError):  # includes APITimeoutError
        return True
    if isinstance(error, openai.APIStatusError):
        return error.status_code in RETRYABLE_STATUS or error.status_code >= 500
    return False


def retry_after_s(error: BaseException) -> float | None:
    """The server's Retry-After (seconds or HTTP date; or OpenAI's retry-after-ms)."""
    response = getattr(error, "response", None)
    if response is None:
        return None
    headers = response.headers
    if (millis := headers.get("retry-after-ms")) is not None:
        try:
            return max(float(millis) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None  # unreadable: fall back to our own backoff
    return max(when.timestamp() - time.time(), 0.0)


def describe_failure(error: BaseException) -> str:
    if isinstance(error, openai.APITimeoutError):
        return "the request timed out"
    if isinstance(error, openai.APIConnectionError):
        return "could not connect"
    if isinstance(error, openai.APIStatusError):
        code = error.status_code
        if code in (401, 403):
            return (
                f"HTTP {code}: the endpoint refused the credentials; check BRIEF_API_KEY "
                "or OPENAI_API_KEY"
            )
        if code == 404:
            return "HTTP 404: check BRIEF_BASE_URL and BRIEF_MODEL"
        detail = error.body.get("message") if isinstance(error.body, dict) else None
        return f"HTTP {code}" + (f": {scrub(str(detail))[:200]}" if detail else "")
    return scrub(f"{type(error).__name__}: {error}")[:300]


class _TransportPolicy:
    """tenacity settings for one brief: attempts, backoff and Retry-After.

    The brief has one deadline, the `asyncio.timeout` around the whole brief; this policy
    only reads it, to give up at once on a wait that could not end before it.
    """

    def __init__(self, settings: Settings, deadline: asyncio.Timeout):
        self.max_attempts = settings.llm_max_attempts
        self.deadline = deadline
        self.backoff = wait_exponential(
            multiplier=settings.llm_backoff_s, max=settings.llm_backoff_max_s
        ) + wait_random(0, settings.llm_backoff_s)
        self.out_of_time = False

    def wait(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        hinted = retry_after_s(error) if error else None
        return hinted if hinted is not None else self.backoff(state)

    def stop(self, state: RetryCallState) -> bool:
        if stop_after_attempt(self.max_attempts)(state):
            return True
        ends_at = self.deadline.when()
        loop_now = asyncio.get_running_loop().time()
        self.out_of_time = ends_at is not None and loop_now + state.upcoming_sleep >= ends_at
        return self.out_of_time

    @staticmethod
    def log_retry(state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        log.warning(
            "LLM transport attempt %d failed (%s); retrying in %.2fs",
            state.attempt_number,
            describe_failure(error) if error else "?",
            state.upcoming_sleep,
        )

    def retrying(self) -> AsyncRetrying:
        return AsyncRetrying(
            stop=self.stop,
            wait=self.wait,
            before_sleep=self.log_retry,
            retry=retry_if_exception(is_transient),
            reraise=True,
        )


# --------------------------------------------------------------------------------------
# The engine


class OpenAIEngine:
    name = "openai"

    def __init__(
        self,
        settings: Settings,
        prompt: BriefPrompt | None = None,
        candidates_for: Callable[[str], Candidates] | None = None,
    ):
        self.settings = settings
        # How the select strategy's candidates are built for an article: from its one
        # analysis, or (replaying an older recording) the candidates frozen with it.
        self.candidates_for = candidates_for or _candidates_of
        self.model = settings.model
        self.base_url = (settings.base_url or OPENAI_BASE_URL).rstrip("/")
        # The strategy is the prompt's: each has its own templates and answer schema, so
        # its own prompt_version, and briefs (and cached briefs) of the two never mix.
        self.prompt = prompt or load_prompt(settings.llm_strategy)
        self.strategy = self.prompt.strategy
        self.prompt_version = self.prompt.version
        self.mode = INSTRUCTOR_MODES[settings.instructor_mode]
        self._api_key = (
            settings.api_key.get_secret_value() if settings.api_key else KEYLESS_PLACEHOLDER
        )
        # Loading CA certificates takes ~50 ms; do it once, not per brief.
        self._tls = httpx.create_ssl_context()

    def _client(self, http: httpx.AsyncClient) -> openai.AsyncOpenAI:
        # A plain httpx client, so vcrpy (cassettes) and respx (fault tests) can see it.
        return openai.AsyncOpenAI(
            base_url=self.base_url,
            api_key=self._api_key,
            max_retries=0,
            timeout=self.settings.llm_timeout_s,
            # The SDK's stubs name its own httpx build; a plain httpx client is what it
            # runs with (and what vcrpy and respx can see).
            http_client=http,  # type: ignore[arg-type]
        )

    async def ready(self) -> tuple[bool, str]:
        try:
            async with httpx.AsyncClient(timeout=READY_TIMEOUT_S, verify=self._tls) as http:
                models = await self._client(http).models.list(timeout=READY_TIMEOUT_S)
        except (openai.APIError, httpx.HTTPError) as error:
            return False, f"LLM endpoint {self.base_url}: {describe_failure(error)}"
        listed = {model.id for model in models.data}
        if listed and self.model not in listed:
            return True, f"{self.base_url} is up; it does not list model {self.model!r}"
        return True, f"{self.base_url} is up (model {self.model})"

    async def aclose(self) -> None:
        """Holds nothing between briefs: each brief opens and closes its own client."""

    async def summarize(self, article: CleanArticle) -> Brief:
        ledger = CallLedger()
        try:
            return await self._summarize(article, ledger)
        except BriefsmithError as error:
            # What the failed attempts cost, for whoever answers instead (FallbackEngine).
            error.usage = ledger.usage()
            raise

    async def _summarize(self, article: CleanArticle, ledger: CallLedger) -> Brief:
        deadline_s = self.settings.brief_deadline_s
        started = time.perf_counter()
        candidates: Candidates | None = None
        try:
            async with asyncio.timeout(deadline_s) as deadline:
                if self.strategy == "select":
                    # CPU work linear in the article; off the event loop.
                    candidates = await asyncio.to_thread(self.candidates_for, article.text)
                    answer, warnings = await self._ask(
                        self.prompt.messages(article, candidates),
                        SelectAnswer,
                        {"candidates": candidates},
                        salvage_answer,
                        ledger,
                        deadline,
                    )
                else:
                    answer, warnings = await self._ask(
                        self.prompt.messages(article),
                        BriefDraft,
                        {"article": article.text},
                        salvage_draft,
                        ledger,
                        deadline,
                    )
        except TimeoutError:
            raise ledger.deadline_exceeded(deadline_s) from None
        meta = BriefMeta(
            engine=self.name,
            model=self.model,
            prompt_version=self.prompt.version,
            strategy=self.strategy,
            usage=ledger.usage(),
            warnings=warnings,
            timings_ms={"llm_ms": round((time.perf_counter() - started) * 1000, 3)},
        )
        if candidates is not None:
            return assemble(answer, candidates, meta)
        # Ungrounded items stay in: the pipeline's grounding check drops and names them,
        # as for every engine, and the evals can see what the model made up.
        return answer.to_brief(meta)

    async def _ask(
        self,
        messages: list[dict[str, str]],
        response_model: type[Any],
        context: dict[str, Any],
        salvage: Callable[[str], tuple[Any, list[BriefWarning]]],
        ledger: CallLedger,
        deadline: asyncio.Timeout,
    ) -> tuple[Any, list[BriefWarning]]:
        """The model's answer, validated with `context` (re-asks name what failed); once
        the re-asks are spent, the newest answer `salvage` can still read."""
        policy = _TransportPolicy(self.settings, deadline)
        room = self.settings.llm_max_tokens
        # A client per brief: it never outlives the event loop it was used on.
        async with httpx.AsyncClient(timeout=self.settings.llm_timeout_s, verify=self._tls) as http:
            create = self._structured_create(http, ledger, policy)
            transport_failure: BriefsmithError | None = None
            for attempt_room in (room, room * 2):
                try:
                    answer = await create(
                        model=self.model,
                        messages=messages,
                        response_model=response_model,
                        context=context,
                        max_retries=self.settings.llm_max_reasks,
                        strict=False,
                        max_tokens=attempt_room,
                        temperature=self.settings.llm_temperature,
                    )
                    return answer, []
                except InstructorRetryException as error:
                    if not isinstance(error.__cause__, BriefsmithError):
                        return self._salvage(ledger, salvage, reason=str(error.__cause__ or error))
                    transport_failure = error.__cause__
                    break
                except IncompleteOutputException:
                    if any(
                        c.choices and c.choices[0].finish_reason != "length"
                        for c in ledger.completions
                    ):
                        # A re-ask ran out of room; an earlier complete answer remains.
                        return self._salvage(ledger, salvage, reason="a re-ask was cut off")
        if transport_failure is not None:
            # Our own error, which instructor wrapped; raised out here, outside the handler,
            # so it keeps its own cause chain.
            raise transport_failure
        raise EngineFailed(
            f"the model's output was cut off at the token limit twice (finish_reason "
            f"'length', last try with {room * 2} tokens); raise BRIEF_LLM_MAX_TOKENS "
            "or use a model that answers more briefly"
        )

    def _structured_create(
        self, http: httpx.AsyncClient, ledger: CallLedger, policy: _TransportPolicy
    ) -> Any:
        """instructor's create over this engine's transport: every HTTP attempt goes
        through the retry policy, and every completion is recorded in the ledger."""
        client = self._client(http)

        async def send(**request: Any) -> ChatCompletion:
            completion = await self._send(client, request, ledger, policy)
            ledger.record(completion)
            return completion

        # Typed Any: instructor's patch() is typed as returning the model itself, but a
        # patched coroutine function returns an awaitable.
        return instructor.patch(create=send, mode=self.mode)

    async def _send(
        self,
        client: openai.AsyncOpenAI,
        request: dict[str, Any],
        ledger: CallLedger,
        policy: _TransportPolicy,
    ) -> ChatCompletion:
        try:
            async for attempt in policy.retrying():
                with attempt:
                    ledger.attempts += 1
                    try:
                        completion = await client.chat.completions.create(**request)
                    except ValueError:  # a 200 whose body is not JSON
                        ledger.unreadable_answers += 1
                        raise
                    except openai.APIError as error:
                        ledger.last_failure = error
                        raise
        except openai.APIError as error:
            if policy.out_of_time:
                # No retry fits before the deadline: fail now, as the deadline would.
                raise ledger.deadline_exceeded(self.settings.brief_deadline_s) from error
            tries = "attempt" if ledger.attempts == 1 else "attempts"
            raise EngineFailed(
                f"LLM endpoint {self.base_url} failed after {ledger.attempts} {tries}: "
                f"{describe_failure(error)}"
            ) from error
        return completion

    async def complete(
        self, messages: list[dict[str, str]], response_model: type[Any]
    ) -> tuple[Any, Usage]:
        """One structured answer to another prompt (the story narration), with this
        engine's transport policy, re-asks, deadline and token accounting."""
        deadline_s = self.settings.brief_deadline_s
        ledger = CallLedger()
        try:
            async with (
                asyncio.timeout(deadline_s) as deadline,
                httpx.AsyncClient(timeout=self.settings.llm_timeout_s, verify=self._tls) as http,
            ):
                policy = _TransportPolicy(self.settings, deadline)
                create = self._structured_create(http, ledger, policy)
                answer = await create(
                    model=self.model,
                    messages=messages,
                    response_model=response_model,
                    max_retries=self.settings.llm_max_reasks,
                    strict=False,
                    max_tokens=self.settings.llm_max_tokens,
                    temperature=self.settings.llm_temperature,
                )
        except TimeoutError:
            raise ledger.deadline_exceeded(deadline_s) from None
        except InstructorRetryException as error:
            if isinstance(error.__cause__, BriefsmithError):
                raise error.__cause__ from None
            raise EngineFailed(
                f"the model gave no usable answer: {scrub(str(error.__cause__ or error))[:300]}"
            ) from None
        except IncompleteOutputException:
            raise EngineFailed("the model's answer was cut off at the token limit") from None
        return answer, ledger.usage()

    def _salvage(
        self,
        ledger: CallLedger,
        salvage: Callable[[str], tuple[Any, list[BriefWarning]]],
        reason: str,
    ) -> tuple[Any, list[BriefWarning]]:
        """The newest answer that still reads as a brief, grounding left to the caller."""
        failures: list[str] = []
        for completion in reversed(ledger.completions):
            if not completion.choices or completion.choices[0].finish_reason == "length":
                continue
            try:
                draft, warnings = salvage(output_json(completion))
            except UnusableDraft as error:
                failures.append(str(error))
                continue
            reasks = self.settings.llm_max_reasks
            log.warning(
                "LLM answer from %s still invalid after %d re-asks; keeping what "
                "the article supports",
                self.model,
                reasks,
            )
            note = BriefWarning(
                code=WarningCode.REASKS_SPENT,
                message=(
                    f"the model's answer still failed validation after {reasks} "
                    f"re-ask{'' if reasks == 1 else 's'}; what the article does not support "
                    "was dropped"
                ),
            )
            return draft, [note, *warnings]
        detail = failures[0] if failures else scrub(reason)[:300]
        if not failures and ledger.unreadable_answers:
            detail = f"the endpoint's answer is not JSON ({detail})"
        raise EngineFailed(
            f"the model gave no usable brief in {ledger.answers} "
            f"answer{'' if ledger.answers == 1 else 's'}: {detail}"
        )


def output_json(completion: ChatCompletion) -> str:
    """The JSON the model produced, whether as a tool call or as (fenced) text."""
    message = completion.choices[0].message
    call = message.tool_calls[0] if message.tool_calls else None
    if isinstance(call, ChatCompletionMessageFunctionToolCall):
        return call.function.arguments
    content = message.content or ""
    start, end = content.find("{"), content.rfind("}")
    return content[start : end + 1] if 0 <= start < end else content


def build_llm_engine(settings: Settings, prompt: BriefPrompt | None = None) -> OpenAIEngine:
    if not settings.llm_configured:
        raise EngineNotConfigured(
            "the openai engine needs BRIEF_BASE_URL (any OpenAI-compatible server) or "
            "OPENAI_API_KEY / BRIEF_API_KEY (api.openai.com)"
        )
    return OpenAIEngine(settings, prompt)
