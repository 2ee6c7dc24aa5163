"""Transport faults, re-asks and truncation, against a synthetic endpoint (respx).

Every response here is synthetic (tests/llm_synthetic.py). Each test asserts how many
HTTP attempts were made and what the brief or the error says; none asserts how long it
took (timing belongs in benches/).
"""

from __future__ import annotations

import asyncio
import json

import httpx
import openai
import pytest
import respx
from briefsmith.briefing.pipeline import brief_clean_article
from briefsmith.core.errors import DeadlineExceeded, EngineFailed
from briefsmith.engines.llm import OpenAIEngine, retry_after_s

from tests.llm_synthetic import (
    FABRICATED_QUOTE,
    GROUNDED_DRAFT,
    SYNTHETIC_ARTICLE,
    SYNTHETIC_BASE_URL,
    SYNTHETIC_KEY,
    UNGROUNDED_DRAFT,
    request_json,
    synthetic_error,
    synthetic_ok,
    synthetic_settings,
    synthetic_text_ok,
)


@pytest.fixture
def synthetic_llm():
    with respx.mock(base_url=SYNTHETIC_BASE_URL, assert_all_called=False) as mock:
        yield mock


def engine(**overrides) -> OpenAIEngine:
    return OpenAIEngine(synthetic_settings(**overrides))


async def test_synthetic_429_with_retry_after_then_success(synthetic_llm, caplog):
    route = synthetic_llm.post("/chat/completions")
    route.side_effect = [synthetic_error(429, {"Retry-After": "0.3"}), synthetic_ok()]

    with caplog.at_level("WARNING", logger="briefsmith.engines.llm"):
        brief = await engine().summarize(SYNTHETIC_ARTICLE)

    # The backoff is 0.01 s, so a 0.30 s wait means Retry-After was honoured.
    assert "attempt 1 failed (HTTP 429: synthetic 429); retrying in 0.30s" in caplog.text
    assert route.call_count == 2
    assert brief.meta.usage.attempts == 2
    assert [q.text for q in brief.quotes] == ["We cannot wait any longer,"]


async def test_synthetic_500_three_times_is_a_clear_failure_after_the_configured_attempts(
    synthetic_llm,
):
    route = synthetic_llm.post("/chat/completions")
    route.side_effect = [synthetic_error(500)] * 3 + [synthetic_ok()]

    with pytest.raises(EngineFailed) as failure:
        await engine(llm_max_attempts=3).summarize(SYNTHETIC_ARTICLE)

    assert route.call_count == 3
    assert "failed after 3 attempts" in failure.value.message
    assert "HTTP 500" in failure.value.message


async def test_synthetic_connection_error_is_retried(synthetic_llm):
    route = synthetic_llm.post("/chat/completions")
    route.side_effect = [httpx.ConnectError("synthetic refusal"), synthetic_ok()]

    brief = await engine().summarize(SYNTHETIC_ARTICLE)

    assert route.call_count == 2 and brief.meta.usage.attempts == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404])
async def test_synthetic_client_errors_are_never_retried(synthetic_llm, status):
    route = synthetic_llm.post("/chat/completions")
    route.side_effect = [synthetic_error(status), synthetic_ok()]

    with pytest.raises(EngineFailed) as failure:
        await engine(llm_max_attempts=5).summarize(SYNTHETIC_ARTICLE)

    assert route.call_count == 1
    assert f"HTTP {status}" in failure.value.message
    assert "after 1 attempt:" in failure.value.message
    assert SYNTHETIC_KEY not in failure.value.message


async def test_synthetic_401_message_points_at_the_key_setting(synthetic_llm):
    synthetic_llm.post("/chat/completions").mock(return_value=synthetic_error(401))

    with pytest.raises(EngineFailed, match="OPENAI_API_KEY"):
        await engine().summarize(SYNTHETIC_ARTICLE)


async def test_synthetic_retry_after_past_the_deadline_fails_without_waiting(synthetic_llm, caplog):
    route = synthetic_llm.post("/chat/completions")
    route.side_effect = [synthetic_error(429, {"Retry-After": "120"}), synthetic_ok()]

    with (
        caplog.at_level("WARNING", logger="briefsmith.engines.llm"),
        pytest.raises(DeadlineExceeded) as failure,
    ):
        await engine(brief_deadline_s=3.0).summarize(SYNTHETIC_ARTICLE)

    assert route.call_count == 1
    assert failure.value.message == (
        "the LLM did not finish within the 3s brief deadline (1 HTTP attempt; the last: "
        "HTTP 429: synthetic 429, which asked to wait 120.0s)"
    )
    # It gave up instead of scheduling a retry it knew could not finish in time.
    assert "retrying in" not in caplog.text


async def test_synthetic_malformed_json_then_a_reask(synthetic_llm):
    route = synthetic_llm.post("/chat/completions")
    route.side_effect = [
        synthetic_ok(
            '{"situation": "Springfield buys buses.", "actors": [',
            prompt_tokens=100,
            completion_tokens=10,
        ),
        synthetic_ok(GROUNDED_DRAFT, prompt_tokens=150, completion_tokens=60),
    ]

    brief = await engine(llm_max_reasks=1).summarize(SYNTHETIC_ARTICLE)

    assert route.call_count == 2
    reask = request_json(route.calls[1])["messages"][-1]
    assert "Validation Error" in reask["content"]
    # Tokens are summed over every attempt, the failed one included.
    assert (brief.meta.usage.prompt_tokens, brief.meta.usage.completion_tokens) == (250, 70)
    assert brief.meta.usage.attempts == 2
    assert brief.meta.warnings == []


async def test_synthetic_ungrounded_quote_triggers_a_reask_naming_it(synthetic_llm):
    route = synthetic_llm.post("/chat/completions")
    route.side_effect = [synthetic_ok(UNGROUNDED_DRAFT), synthetic_ok(GROUNDED_DRAFT)]

    brief = await engine(llm_max_reasks=2).summarize(SYNTHETIC_ARTICLE)

    assert route.call_count == 2
    reask = request_json(route.calls[1])["messages"][-1]["content"]
    assert f'quote 1 "{FABRICATED_QUOTE}" is not verbatim in the article' in reask
    assert [q.text for q in brief.quotes] == ["We cannot wait any longer,"]
    assert brief.meta.warnings == []


async def test_synthetic_spent_reask_budget_drops_the_ungrounded_quote_with_a_warning(
    synthetic_llm,
):
    route = synthetic_llm.post("/chat/completions")
    route.side_effect = [synthetic_ok(UNGROUNDED_DRAFT)] * 6  # two briefs, three calls each

    # The engine hands over what the model said; the pipeline's grounding check, the
    # same for every engine, drops what the article does not support.
    raw = await engine(llm_max_reasks=2).summarize(SYNTHETIC_ARTICLE)
    assert [q.text for q in raw.quotes] == [FABRICATED_QUOTE]
    result = await brief_clean_article(SYNTHETIC_ARTICLE, engine(llm_max_reasks=2))
    brief = result.brief

    assert route.call_count == 6 and brief.meta.usage.attempts == 3
    assert brief.quotes == []
    assert any(
        (w.code, w.field, w.item) == ("ungrounded-dropped", "quotes", 1)
        and FABRICATED_QUOTE in w.message
        for w in brief.meta.warnings
    )
    # Grounded items of the same answer survive, with spans computed by the service.
    assert [a.name for a in brief.actors] == ["Ada Lovelace"]
    span = brief.figures[0].span
    assert SYNTHETIC_ARTICLE.text[span.start : span.end] == "About 70,000"


async def test_synthetic_truncated_output_gets_one_retry_with_twice_the_room(synthetic_llm):
    route = synthetic_llm.post("/chat/completions")
    route.side_effect = [
        synthetic_ok('{"situation": "Springfield', finish_reason="length"),
        synthetic_ok(GROUNDED_DRAFT),
    ]

    brief = await engine(llm_max_tokens=300).summarize(SYNTHETIC_ARTICLE)

    assert route.call_count == 2
    assert [request_json(call)["max_tokens"] for call in route.calls] == [300, 600]
    assert brief.meta.usage.attempts == 2


async def test_synthetic_truncated_output_twice_is_a_clear_failure(synthetic_llm):
    route = synthetic_llm.post("/chat/completions")
    route.side_effect = [synthetic_ok('{"situation": "Springfield', finish_reason="length")] * 3

    with pytest.raises(EngineFailed, match="cut off at the token limit twice") as failure:
        await engine(llm_max_tokens=300).summarize(SYNTHETIC_ARTICLE)

    assert route.call_count == 2
    assert "BRIEF_LLM_MAX_TOKENS" in failure.value.message


async def test_synthetic_timeouts_then_the_brief_deadline(synthetic_llm):
    async def hang_then_time_out(request):
        # Synthetic slow upstream: respx bypasses httpx's own timer, so time out by hand.
        await asyncio.sleep(0.1)
        raise httpx.ReadTimeout("synthetic read timeout", request=request)

    route = synthetic_llm.post("/chat/completions")
    route.side_effect = hang_then_time_out

    with pytest.raises(DeadlineExceeded) as failure:
        await engine(llm_max_attempts=1000, brief_deadline_s=1.2).summarize(SYNTHETIC_ARTICLE)

    # Timeouts were retried until the one deadline stopped them, well short of the
    # attempt budget; whether the deadline struck mid-request or before a retry that
    # could not fit, the message is the same.
    assert 2 <= route.call_count < 1000
    message = failure.value.message
    assert message.startswith("the LLM did not finish within the 1.2s brief deadline (")
    assert message.endswith(" HTTP attempts; the last: the request timed out)")


async def test_ready_reports_a_reachable_endpoint(synthetic_llm):
    synthetic_llm.get("/models").mock(
        return_value=httpx.Response(
            200,
            json={
                "object": "list",
                "data": [
                    {
                        "id": "synthetic-model",
                        "object": "model",
                        "created": 0,
                        "owned_by": "synthetic",
                    }
                ],
            },
        )
    )

    ok, reason = await engine().ready()

    assert ok and "synthetic-model" in reason


async def test_ready_reports_an_unreachable_endpoint(synthetic_llm):
    synthetic_llm.get("/models").mock(side_effect=httpx.ConnectError("synthetic refusal"))

    ok, reason = await engine().ready()

    assert not ok and "could not connect" in reason


async def test_synthetic_error_text_quoting_a_key_is_redacted(synthetic_llm):
    leaked = "sk-" + "synthetic0123456789abcdef"
    synthetic_llm.post("/chat/completions").mock(
        return_value=httpx.Response(
            400, json={"error": {"message": f"bad request for key {leaked}"}}
        )
    )

    with pytest.raises(EngineFailed) as failure:
        await engine().summarize(SYNTHETIC_ARTICLE)

    assert leaked not in failure.value.message
    assert "HTTP 400: bad request for key [redacted]" in failure.value.message


@pytest.mark.parametrize(
    "headers, expected",
    [
        ({"Retry-After": "2"}, 2.0),
        ({"Retry-After": "-3"}, 0.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # a date in the past
        ({"Retry-After": "soon"}, None),  # unreadable: our own backoff applies
        ({}, None),
    ],
)
def test_retry_after_header_forms(headers, expected):
    error = openai.RateLimitError(
        "synthetic",
        response=httpx.Response(
            429, headers=headers, request=httpx.Request("POST", SYNTHETIC_BASE_URL)
        ),
        body=None,
    )

    assert retry_after_s(error) == expected


async def test_synthetic_json_mode_reads_the_answer_from_message_text(synthetic_llm):
    route = synthetic_llm.post("/chat/completions")
    route.side_effect = [synthetic_text_ok(json.dumps(GROUNDED_DRAFT))]

    brief = await engine(instructor_mode="json").summarize(SYNTHETIC_ARTICLE)

    sent = request_json(route.calls[0])
    assert "tools" not in sent and sent["response_format"] == {"type": "json_object"}
    assert [q.text for q in brief.quotes] == ["We cannot wait any longer,"]


async def test_synthetic_md_json_mode_salvages_a_fenced_answer(synthetic_llm):
    fenced = f"Here you go:\n```json\n{json.dumps(UNGROUNDED_DRAFT)}\n```"
    route = synthetic_llm.post("/chat/completions")
    route.side_effect = [synthetic_text_ok(fenced)] * 2

    result = await brief_clean_article(
        SYNTHETIC_ARTICLE, engine(instructor_mode="md_json", llm_max_reasks=1)
    )
    brief = result.brief

    assert route.call_count == 2
    assert brief.quotes == [] and [a.name for a in brief.actors] == ["Ada Lovelace"]
    assert any(
        (w.code, w.field, w.item) == ("ungrounded-dropped", "quotes", 1)
        for w in brief.meta.warnings
    )
