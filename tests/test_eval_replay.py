"""The LLM engine's eval, replayed from the committed cassettes, gated on its committed
baseline. Sockets are blocked: a replay that tried to reach a server would fail."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from evals.dataset import load_dataset
from evals.metrics import FIELDS
from evals.runner import load_run
from service.cassettes import read_manifest
from service.cli import app

BASELINE = "evals/baselines/openai-replay.json"
MANIFEST = read_manifest()["cassettes"]
SEEDS = load_dataset()


def test_replayed_llm_eval_over_the_seeds_writes_a_full_run_and_passes_the_gate(
    tmp_path, no_network
):
    result = CliRunner().invoke(
        app,
        ["eval", "--engine", "openai", "--replay", "--out", str(tmp_path), "--baseline", BASELINE],
    )
    recorded_failures = {stem for stem, entry in MANIFEST.items() if "error" in entry["outcome"]}
    assert result.exit_code == (3 if recorded_failures else 0), result.output
    assert "regression gate passed" in result.output

    (run_dir,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    results = load_run(run_dir)
    assert {p.name for p in run_dir.iterdir()} == {"results.json", "report.md", "report.html"}
    assert results.info.engine == "openai" and results.info.mode == "replay"
    assert [a.article_id for a in results.articles] == [c.article_id for c in SEEDS.cases]
    assert {a.article_id for a in results.articles if a.error} == recorded_failures

    recorded = [MANIFEST[a.article_id] for a in results.articles]
    assert results.info.model == recorded[0]["settings"]["model"]
    assert results.info.prompt_versions == sorted({r["prompt_version"] for r in recorded})
    assert results.info.tokens.prompt == sum(
        r["outcome"]["usage"]["prompt_tokens"] for r in recorded if "usage" in r["outcome"]
    )
    assert results.info.tokens.completion > 0

    # A replay is deterministic, so it reproduces the committed baseline exactly.
    baseline = load_run(BASELINE)
    assert baseline.info.engine == "openai" and baseline.info.mode == "replay"
    for field in FIELDS:
        assert results.summary[field].mean == pytest.approx(baseline.summary[field].mean), field
