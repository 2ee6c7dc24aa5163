"""Synthetic fixtures for the LLM engine tests: a made-up article, made-up model answers
in the OpenAI chat-completion shape, and Settings pointing at an unroutable endpoint
that respx serves. Nothing here is a real model output (those live in cassettes/)."""

from __future__ import annotations

import json
from typing import Any

import httpx
from briefsmith.config.settings import Settings
from briefsmith.core.schema import CleanArticle

SYNTHETIC_BASE_URL = "http://synthetic-llm.invalid/v1"
SYNTHETIC_KEY = "synthetic-key-not-a-secret"

SYNTHETIC_ARTICLE = CleanArticle(
    text=(
        "The city council of Springfield voted on Tuesday to spend 4.5 million dollars on new "
        'buses. "We cannot wait any longer," said Mayor Ada Lovelace. About 70,000 residents '
        "ride the buses every day. The first buses arrive next spring."
    )
)

GROUNDED_DRAFT: dict[str, Any] = {
    "situation": "Springfield's council approved money for new buses.",
    "actors": [{"name": "Ada Lovelace", "kind": "person", "role": "Mayor", "aliases": []}],
    "quotes": [{"text": "We cannot wait any longer,", "speaker": "Ada Lovelace"}],
    "figures": [
        {
            "text": "About 70,000",
            "value": 70000,
            "unit": "residents",
            "measures": "daily bus riders",
        }
    ],
    "outlook": "The first buses arrive next spring.",
}

FABRICATED_QUOTE = "Buses are the future of our great city."
UNGROUNDED_DRAFT: dict[str, Any] = {
    **GROUNDED_DRAFT,
    "quotes": [{"text": FABRICATED_QUOTE, "speaker": "Ada Lovelace"}],
}


def synthetic_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "_env_file": None,
        "engine": "openai",
        "base_url": SYNTHETIC_BASE_URL,
        "model": "synthetic-model",
        "api_key": SYNTHETIC_KEY,
        "fallback_to_extractive": False,
        # The synthetic answers here are drafts (the select strategy's synthetic model is
        # in tests/test_llm_select.py).
        "llm_strategy": "draft",
        "llm_max_attempts": 3,
        "llm_max_reasks": 1,
        "llm_max_tokens": 300,
        "llm_backoff_s": 0.01,
        "llm_backoff_max_s": 0.05,
        "llm_timeout_s": 5.0,
        "brief_deadline_s": 10.0,
    }
    values.update(overrides)
    return Settings(**values)


def synthetic_completion(
    arguments: dict[str, Any] | str,
    *,
    finish_reason: str = "tool_calls",
    prompt_tokens: int = 100,
    completion_tokens: int = 40,
) -> dict[str, Any]:
    """A chat completion whose single tool call carries `arguments` (TOOLS mode)."""
    text = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return {
        "id": "chatcmpl-synthetic",
        "object": "chat.completion",
        "created": 0,
        "model": "synthetic-model",
        "choices": [
            {
                "index": 0,
                "finish_reason": finish_reason,
                "message": {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_synthetic",
                            "type": "function",
                            "function": {"name": "BriefDraft", "arguments": text},
                        }
                    ],
                },
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def synthetic_ok(arguments: dict[str, Any] | str = GROUNDED_DRAFT, **kwargs: Any) -> httpx.Response:
    return httpx.Response(200, json=synthetic_completion(arguments, **kwargs))


def synthetic_error(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        headers=headers or {},
        json={"error": {"message": f"synthetic {status}", "type": "synthetic"}},
    )


def request_json(route_call: Any) -> dict[str, Any]:
    return json.loads(route_call.request.content)


def synthetic_text_ok(content: str, **kwargs: Any) -> httpx.Response:
    """A synthetic answer as plain message text (JSON / MD_JSON modes), no tool call."""
    completion = synthetic_completion("{}", **kwargs)
    completion["choices"][0]["message"] = {"role": "assistant", "content": content}
    completion["choices"][0]["finish_reason"] = "stop"
    return httpx.Response(200, json=completion)
