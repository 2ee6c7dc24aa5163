"""The LLM engine's eval, replayed from the committed cassettes, gated on its committed
baselines: one run per cassette set (each strategy, draft and select, for each recorded
model) in one report. Sockets are blocked: a replay that tried to reach a server would
fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefsmith.engines.cassettes import CASSETTES_DIR, read_manifest
from briefsmith.evals.dataset import load_dataset
from briefsmith.evals.metrics import FIELDS
from briefsmith.evals.runner import baseline_for, discover_cassette_sets, load_run
from briefsmith.surfaces.cli.main import app
from typer.testing import CliRunner

BASELINE = Path("evals/baselines/openai-replay.json")
SETS = discover_cassette_sets(CASSETTES_DIR)
SEEDS = load_dataset()


def test_replayed_llm_eval_reports_every_strategy_and_model_and_passes_the_gates(
    tmp_path, no_network
):
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "--engine",
            "openai",
            "--replay",
            "--out",
            str(tmp_path),
            "--baseline",
            str(BASELINE),
        ],
    )
    manifests = {s.relative: read_manifest(s.directory)["cassettes"] for s in SETS}
    recorded_failures = {
        relative: {stem for stem, entry in manifest.items() if "error" in entry["outcome"]}
        for relative, manifest in manifests.items()
    }
    assert result.exit_code == (3 if any(recorded_failures.values()) else 0), result.output
    assert {s.strategy for s in SETS} == {"draft", "select"}
    assert "FAILED" not in result.output and "no baseline" not in result.output

    run_dirs = sorted(p for p in tmp_path.iterdir() if p.is_dir())
    assert len(run_dirs) == len(SETS)
    (report,) = tmp_path.glob("*-strategies.md")
    table = report.read_text(encoding="utf-8")
    runs = {load_run(d).info.cassettes: load_run(d) for d in run_dirs}
    assert set(runs) == set(manifests)
    for cassettes in SETS:
        results = runs[cassettes.relative]
        assert f"regression gate passed for {cassettes.label} ({cassettes.relative})" in (
            result.output
        )
        assert f"| {cassettes.strategy} | {cassettes.model} | {cassettes.relative} |" in table
        assert results.info.engine == "openai" and results.info.mode == "replay"
        assert results.info.strategy == cassettes.strategy
        assert results.info.model == cassettes.model
        assert [a.article_id for a in results.articles] == [c.article_id for c in SEEDS.cases]
        failed = {a.article_id for a in results.articles if a.error}
        assert failed == recorded_failures[cassettes.relative]

        recorded = [manifests[cassettes.relative][a.article_id] for a in results.articles]
        assert results.info.prompt_versions == sorted({r["prompt_version"] for r in recorded})
        # What the replay counts is what the recording was billed: re-asks included.
        for usage in ("prompt_tokens", "completion_tokens"):
            assert getattr(results.info.tokens, usage.split("_")[0]) == sum(
                r["outcome"]["usage"][usage] for r in recorded if "usage" in r["outcome"]
            )

        # A replay is deterministic, so it reproduces the committed baseline exactly.
        baseline = baseline_for(cassettes, BASELINE)
        assert baseline is not None, cassettes.relative
        assert baseline.info.mode == "replay" and baseline.info.strategy == cassettes.strategy
        for field in FIELDS:
            assert results.summary[field].mean == pytest.approx(baseline.summary[field].mean), (
                cassettes.relative,
                field,
            )


def test_a_single_cassette_folder_is_one_run_gated_on_the_given_baseline(tmp_path, no_network):
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "--engine",
            "openai",
            "--replay",
            "--cassettes",
            str(CASSETTES_DIR / "gemma3"),
            "--out",
            str(tmp_path),
            "--baseline",
            str(BASELINE.with_name("openai-replay-draft-gemma3.json")),
        ],
    )
    assert "regression gate passed" in result.output, result.output
    (run_dir,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert not list(tmp_path.glob("*-strategies.md"))
    assert load_run(run_dir).info.strategy == "draft"


def test_the_cassettes_folder_given_runs_every_set_like_the_default(tmp_path, no_network):
    """Issue 24 item 5: `--cassettes cassettes` is the default spelled out, not one set."""
    result = CliRunner().invoke(
        app,
        [
            *("eval", "--engine", "openai", "--replay"),
            *("--cassettes", str(CASSETTES_DIR), "--out", str(tmp_path)),
        ],
    )
    assert result.exit_code == 0, result.output
    runs = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert len(runs) == len(SETS) > 1
    assert list(tmp_path.glob("*-strategies.md"))


def test_replay_outside_a_checkout_names_the_cassettes_option(tmp_path, monkeypatch):
    """After `pip install .` there is no cassettes/ folder where the command runs: the
    message says how to point at one instead of only suggesting a live recording."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["eval", "--engine", "openai", "--replay"])
    assert result.exit_code == 2
    assert "--cassettes DIR" in result.output
