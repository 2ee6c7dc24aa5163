"""What an eval run produces: every article's brief and scores, the run's facts, and the
regression gate's verdict. Plain pydantic models: the runner makes them, the reports
render them, and the reports need nothing else (they never import the runner).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from briefsmith.core.schema import Brief
from briefsmith.evals.metrics import ArticleScores, FieldSummary

Mode = Literal["live", "replay", "local"]


class ArticleRecord(BaseModel):
    article_id: str
    article_path: str
    brief: Brief | None
    raw_brief: Brief | None
    error: str | None = None
    latency_ms: float
    scores: ArticleScores
    # The lead-3 baseline's situation score on the same article (briefsmith.evals.lead).
    lead3_situation: float | None = None


class Tokens(BaseModel):
    prompt: int = 0
    completion: int = 0
    total: int = 0


class Latency(BaseModel):
    wall_ms: float
    mean_ms: float | None
    max_ms: float | None


class RunInfo(BaseModel):
    run_id: str
    created_at: datetime
    engine: str
    model: str | None
    prompt_versions: list[str]
    mode: Mode
    # The LLM strategy (draft or select) and, for a replay, the cassette set answered
    # from; both absent in runs written before there was a choice.
    strategy: str | None = None
    cassettes: str | None = None
    git_commit: str | None
    git_dirty: bool | None
    dataset: str
    dataset_path: str
    dataset_fingerprint: str
    # A frozen test split (a MANIFEST.sha256 beside it): its reports hide per-article
    # failures unless asked (`brief eval --show-test-failures`).
    frozen: bool = False
    articles: int
    failed: int
    fallbacks: int
    tokens: Tokens
    latency: Latency
    metrics_version: str
    weights: dict[str, float]


class RunResults(BaseModel):
    info: RunInfo
    summary: dict[str, FieldSummary]
    articles: list[ArticleRecord]
    # Reference rows scored by the harness itself, e.g. the lead-3 situation baseline.
    baselines: dict[str, FieldSummary] = Field(default_factory=dict)

    def means(self) -> dict[str, float | None]:
        return {field: s.mean for field, s in self.summary.items()}


class FieldChange(BaseModel):
    field: str
    baseline: float | None
    current: float | None
    delta: float | None
    regressed: bool


class GateResult(BaseModel):
    baseline_run: str
    threshold: float
    changes: list[FieldChange]
    warnings: list[str]

    @property
    def regressions(self) -> list[FieldChange]:
        return [c for c in self.changes if c.regressed]

    @property
    def passed(self) -> bool:
        return not self.regressions
