"""The lead-3 baseline: the first three sentences of the cleaned article, as they stand.

A brief's situation should say at least as much as a reader gets from the article's own
opening. The harness scores this baseline on the same articles with the same metric as
the engine's situation, and reports it as an extra row next to the fields.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from briefsmith.core.segments import sentences
from briefsmith.evals.metrics import FieldSummary, bootstrap_ci, score_text

LEAD_SENTENCES = 3
LEAD3_ROW = "situation (lead-3 baseline)"
LEAD3_HELP = "the article's first three sentences, scored like the situation"


def lead_sentences(text: str, count: int = LEAD_SENTENCES) -> str:
    """The first `count` sentences of `text`, joined by single spaces."""
    return " ".join(s.text.strip() for s in sentences(text)[:count])


def lead3_situation_score(article_text: str, reference_situation: str) -> float | None:
    score = score_text(lead_sentences(article_text), reference_situation)
    return score.score if score else None


def summarize_scores(values: Sequence[float | None]) -> FieldSummary:
    """Mean and bootstrap CI over the articles that have a score, like every field."""
    present = [v for v in values if v is not None]
    if not present:
        return FieldSummary(mean=None, ci_low=None, ci_high=None, n=0)
    low, high = bootstrap_ci(present)
    return FieldSummary(mean=statistics.fmean(present), ci_low=low, ci_high=high, n=len(present))
