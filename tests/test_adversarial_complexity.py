"""The whole extractive pipeline is linear (or n log n) on hostile input shapes.

For each synthetic shape in tests/adversarial_inputs.py the pipeline (cleaning,
extraction, grounding) runs at n and at 8n characters. A linear pipeline takes about 8
times as long at 8n, an n log n one a little more; a quadratic stage takes 64 times as
long. The test asserts the ratio stays under 20, which no quadratic stage can meet at
these sizes. It compares CPU time of this process (all threads: the pipeline runs
stages in worker threads), best of a few runs, so other processes on a busy machine
hardly move the ratio; it is a ratio, never an absolute bound.
"""

from __future__ import annotations

import asyncio
import time

import pytest
from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.errors import BriefsmithError
from briefsmith.core.schema import ArticleInput, Brief
from briefsmith.engines.extractive import MAX_ITEMS, ExtractiveEngine, build_brief
from briefsmith.engines.linguistic import analysis_of, get_linguist

from tests.adversarial_inputs import SHAPES

SMALL_CHARS = 8_000
GROWTH = 8
# Linear: 8; n log n: about 9.9; quadratic: 64.
MAX_RATIO = 20


def _run_pipeline(text: str) -> Brief | BriefsmithError:
    try:
        return asyncio.run(make_brief(ArticleInput(text=text), ExtractiveEngine())).brief
    except BriefsmithError as error:  # a clear refusal is an answer too
        return error


def _best_cpu_seconds_of(call, text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        # Each run parses: an analysis kept from an earlier run (or test) is no measurement.
        get_linguist().clear_cache()
        started = time.process_time()
        call(text)
        best = min(best, time.process_time() - started)
    return best


def _best_cpu_seconds(text: str, runs: int) -> float:
    return _best_cpu_seconds_of(_run_pipeline, text, runs)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_synthetic_hostile_shape_costs_linear_time(shape: str):
    make = SHAPES[shape]
    small, large = make(SMALL_CHARS), make(SMALL_CHARS * GROWTH)
    assert len(large) >= (GROWTH - 1) * len(small)
    outcome = _run_pipeline(small)
    assert isinstance(outcome, Brief | BriefsmithError)
    small_s = max(_best_cpu_seconds(small, runs=3), 1e-3)
    large_s = _best_cpu_seconds(large, runs=2)
    ratio = large_s / small_s
    assert ratio < MAX_RATIO, (
        f"{shape}: {len(small):,} chars took {small_s:.3f}s of CPU, {len(large):,} chars "
        f"took {large_s:.3f}s: {ratio:.1f}x for {GROWTH}x the input (a super-linear stage)"
    )


def test_synthetic_article_with_too_many_quotes_keeps_the_first_and_says_so():
    lines = [f"“Quarter {n} sales rose again,” the treasurer said." for n in range(MAX_ITEMS + 40)]
    brief = build_brief("\n\n".join(lines))
    assert len(brief.quotes) == MAX_ITEMS
    assert brief.quotes[0].text == "Quarter 0 sales rose again"
    assert any(
        w.code == "items-capped" and w.field == "quotes" and f"first {MAX_ITEMS}" in w.message
        for w in brief.meta.warnings
    )


def test_synthetic_long_paragraph_of_attributed_quotes_is_attributed():
    text = " ".join(
        f"“The harbour wall will hold in storm number {n},” said Ruth Okafor." for n in range(300)
    )
    brief = build_brief(text)
    assert brief.quotes, "the quotes are found"
    assert {q.speaker for q in brief.quotes} == {"Ruth Okafor"}


def _build_select_prompt_input(text: str) -> int:
    """What the `select` strategy computes before calling the model: the numbered
    candidates and the article with their markers."""
    from briefsmith.core.candidates import build_candidates

    return len(build_candidates(text, analysis_of(text)).marked_text())


@pytest.mark.parametrize("shape", list(SHAPES))
def test_select_candidates_cost_linear_time_on_synthetic_hostile_shapes(shape: str):
    make = SHAPES[shape]
    small, large = make(SMALL_CHARS), make(SMALL_CHARS * GROWTH)
    assert _build_select_prompt_input(small) >= len(small)  # markers only add text
    small_s = max(_best_cpu_seconds_of(_build_select_prompt_input, small, runs=3), 1e-3)
    large_s = _best_cpu_seconds_of(_build_select_prompt_input, large, runs=2)
    ratio = large_s / small_s
    assert ratio < MAX_RATIO, (
        f"{shape}: candidates for {len(small):,} chars took {small_s:.3f}s of CPU, for "
        f"{len(large):,} chars {large_s:.3f}s: {ratio:.1f}x for {GROWTH}x the input"
    )
