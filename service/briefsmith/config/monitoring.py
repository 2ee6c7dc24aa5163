"""Prometheus instruments, one set per app, in the app's own CollectorRegistry.

A registry per app (instead of prometheus-client's global one) lets tests and several
apps in one process create instruments without "Duplicated timeseries" errors.

Labels are bounded: `route` is the route template (`/v1/briefs/{brief_id}`), never the
raw path, and unmatched paths share one label, so a scanner cannot blow up cardinality.
"""

from __future__ import annotations

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from briefsmith.core.injection import has_instruction_warning
from briefsmith.core.schema import Brief

# Seconds. Briefs range from milliseconds (extractive) to minutes (a slow LLM).
BRIEF_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
HTTP_BUCKETS = (
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1,
    2.5,
    5,
    10,
    30,
    60,
    120,
    300,
)


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self, registry: CollectorRegistry | None = None):
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.http_requests = Counter(
            "briefsmith_http_requests",
            "HTTP requests by route and status.",
            ["method", "route", "status"],
            registry=r,
        )
        self.http_latency = Histogram(
            "briefsmith_http_request_duration_seconds",
            "HTTP request latency.",
            ["method", "route", "status"],
            buckets=HTTP_BUCKETS,
            registry=r,
        )
        self.briefs = Counter(
            "briefsmith_briefs",
            "Brief requests by engine and outcome: made, cache_hit, or an error code.",
            ["engine", "outcome"],
            registry=r,
        )
        self.brief_latency = Histogram(
            "briefsmith_brief_duration_seconds",
            "Time to make a brief (engine + grounding).",
            ["engine"],
            buckets=BRIEF_BUCKETS,
            registry=r,
        )
        self.tokens = Counter(
            "briefsmith_llm_tokens",
            "LLM tokens used, by engine and kind (prompt|completion).",
            ["engine", "kind"],
            registry=r,
        )
        self.llm_attempts = Counter(
            "briefsmith_llm_attempts",
            "LLM calls made, retries and re-asks included.",
            ["engine"],
            registry=r,
        )
        self.cache_lookups = Counter(
            "briefsmith_cache_lookups",
            "Stored-brief lookups by result (hit|miss).",
            ["engine", "result"],
            registry=r,
        )
        self.fallbacks = Counter(
            "briefsmith_engine_fallbacks",
            "Briefs answered by a fallback engine.",
            ["engine", "fallback_from"],
            registry=r,
        )
        self.engine_in_flight = Gauge(
            "briefsmith_engine_in_flight", "Engine calls running now.", registry=r
        )
        self.engine_waiting = Gauge(
            "briefsmith_engine_waiting", "Requests waiting for an engine slot.", registry=r
        )
        self.instruction_like_articles = Counter(
            "briefsmith_instruction_like_articles",
            "Briefs made of an article holding text addressed to a language model "
            "(possible prompt injection).",
            ["engine"],
            registry=r,
        )
        self.rejected = Counter(
            "briefsmith_overload_rejections",
            "Requests refused because the queue was full.",
            registry=r,
        )

    def observe_http(self, method: str, route: str, status: int, seconds: float) -> None:
        labels = (method, route, str(status))
        self.http_requests.labels(*labels).inc()
        self.http_latency.labels(*labels).observe(seconds)

    def observe_brief(self, brief: Brief, seconds: float) -> None:
        meta = brief.meta
        self.brief_latency.labels(meta.engine).observe(seconds)
        if meta.fallback_from:
            self.fallbacks.labels(meta.engine, meta.fallback_from).inc()
        if has_instruction_warning(meta.warnings):
            self.instruction_like_articles.labels(meta.engine).inc()
        if meta.usage is not None:
            # A fallback brief's usage was spent by the engine that failed.
            spender = meta.fallback_from or meta.engine
            self.tokens.labels(spender, "prompt").inc(meta.usage.prompt_tokens)
            self.tokens.labels(spender, "completion").inc(meta.usage.completion_tokens)
            self.llm_attempts.labels(spender).inc(meta.usage.attempts)

    def render(self) -> bytes:
        return generate_latest(self.registry)
