"""The eval harness end to end: runs, reports, history, the regression gate, the CLI.

CI runs exactly `pytest`, so the extractive eval over the seeds and its gate against the
committed baseline happen here, into temporary folders.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from briefsmith.core.errors import EngineFailed
from briefsmith.core.schema import Brief, CleanArticle, Quote
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.evals.dataset import load_dataset
from briefsmith.evals.metrics import FIELDS
from briefsmith.evals.runner import (
    RunError,
    compare_runs,
    load_run,
    run_eval,
    shared_engine,
    write_run,
)
from briefsmith.surfaces.cli.main import app
from typer.testing import CliRunner

BASELINE = Path("evals/baselines/extractive.json")
SEEDS = load_dataset()


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


class SyntheticDegradedEngine:
    """Synthetic fault injection: the extractive brief with its quotes and figures removed."""

    name = "extractive"
    model = None
    prompt_version = None

    async def summarize(self, article: CleanArticle) -> Brief:
        brief = await ExtractiveEngine().summarize(article)
        return brief.model_copy(update={"quotes": [], "figures": []})

    async def ready(self) -> tuple[bool, str]:
        return True, "synthetic"

    async def aclose(self) -> None:
        """Holds nothing."""


class SyntheticFabricatingEngine:
    """Synthetic: the extractive brief plus one quote the article never contains."""

    name = "synthetic-fabricating"
    model = "synthetic-model"
    prompt_version = None

    async def summarize(self, article: CleanArticle) -> Brief:
        brief = await ExtractiveEngine().summarize(article)
        made_up = Quote(
            text="We have already won this war <script>alert(1)</script>", speaker="unattributed"
        )
        return brief.model_copy(update={"quotes": [*brief.quotes, made_up]})

    async def ready(self) -> tuple[bool, str]:
        return True, "synthetic"

    async def aclose(self) -> None:
        """Holds nothing."""


class SyntheticFailingEngine:
    """Synthetic fault injection: fails on one article, answers extractively otherwise."""

    name = "synthetic-failing"
    model = None
    prompt_version = None

    async def summarize(self, article: CleanArticle) -> Brief:
        if "Olena Molchanova" in article.text:
            raise EngineFailed("upstream returned 502 three times")
        return await ExtractiveEngine().summarize(article)

    async def ready(self) -> tuple[bool, str]:
        return True, "synthetic"

    async def aclose(self) -> None:
        """Holds nothing."""


# --- must show: `brief eval --engine extractive` makes a full report; the gate holds ------


def test_extractive_eval_over_the_seeds_writes_a_full_run_and_passes_the_gate(tmp_path):
    result = invoke(
        "eval", "--engine", "extractive", "--out", str(tmp_path), "--baseline", str(BASELINE)
    )
    assert result.exit_code == 0, result.output
    assert "regression gate passed" in result.output

    (run_dir,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    results = load_run(run_dir)
    assert results.info.engine == "extractive" and results.info.mode == "local"
    assert [a.article_id for a in results.articles] == [c.article_id for c in SEEDS.cases]
    assert all(a.brief is not None and a.error is None for a in results.articles)
    assert results.info.git_commit and len(results.info.git_commit) == 40
    assert results.info.latency.mean_ms > 0
    assert set(results.summary) == set(FIELDS)
    for field in FIELDS:
        summary = results.summary[field]
        if field in ("furniture_left", "story_lost"):  # the seeds list no furniture
            assert summary.mean is None and summary.n == 0
            continue
        assert summary.ci_low <= summary.mean <= summary.ci_high

    markdown = (run_dir / "report.md").read_text()
    html = (run_dir / "report.html").read_text()
    for article in results.articles:
        assert article.article_id in markdown and article.article_id in html
    assert "| overall |" in markdown and "Regression gate PASSED" in markdown
    assert html.count("<svg") == 1 and "<rect" in html
    # Self-contained: no script, stylesheet or image is fetched from anywhere.
    assert "<script" not in html and "<link" not in html and "src=" not in html

    history = [json.loads(line) for line in (tmp_path / "history.jsonl").read_text().splitlines()]
    assert history[-1]["run_id"] == results.info.run_id
    assert history[-1]["gate"] == {
        "baseline": load_run(BASELINE).info.run_id,
        "passed": True,
        "regressed": [],
    }


def test_the_committed_extractive_baseline_matches_a_fresh_run(tmp_path):
    """The extractive engine is deterministic: a fresh run reproduces the baseline's scores,
    so the baseline is current (re-save it when the engine or the references change)."""
    baseline = load_run(BASELINE)
    assert baseline.info.dataset_fingerprint == SEEDS.fingerprint
    fresh = asyncio.run(
        run_eval(
            SEEDS,
            shared_engine(ExtractiveEngine()),
            engine_name="extractive",
            model=None,
            mode="local",
            out_dir=tmp_path,
        )
    )
    for field in FIELDS:
        assert fresh.summary[field].mean == pytest.approx(baseline.summary[field].mean), field
    assert fresh.info.metrics_version == baseline.info.metrics_version


# --- must show: the regression gate fails a degraded run ----------------------------------


def test_the_gate_fails_a_degraded_run(tmp_path, register_engine):
    register_engine("extractive", SyntheticDegradedEngine())
    result = invoke(
        "eval",
        "--engine",
        "extractive",
        "--out",
        str(tmp_path),
        "--baseline",
        str(BASELINE),
        "--threshold",
        "0.05",
    )
    assert result.exit_code == 1, result.output
    assert "regression gate FAILED" in result.output
    assert "quotes -" in result.output and "figures -" in result.output
    assert "Traceback" not in result.output
    (run_dir,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert "Regression gate FAILED" in (run_dir / "report.md").read_text()
    history = json.loads((tmp_path / "history.jsonl").read_text().splitlines()[-1])
    assert history["gate"]["passed"] is False
    assert {"quotes", "figures", "speaker_recall", "overall"} <= set(history["gate"]["regressed"])


async def test_compare_runs_flags_only_drops_beyond_the_threshold(tmp_path):
    baseline = load_run(BASELINE)
    degraded = await run_eval(
        SEEDS,
        shared_engine(SyntheticDegradedEngine()),
        engine_name="extractive",
        model=None,
        mode="local",
        out_dir=tmp_path,
    )
    gate = compare_runs(degraded, baseline, threshold=0.05)
    regressed = {c.field for c in gate.regressions}
    assert {"quotes", "figures"} <= regressed
    assert "actors" not in regressed and "situation" not in regressed
    # speakers have no score at all without quotes: losing a score is a regression too.
    speakers = next(c for c in gate.changes if c.field == "speaker_recall")
    assert speakers.current is None and speakers.regressed
    assert compare_runs(baseline, baseline, threshold=0.0).passed
    # A generous threshold lets a drop of this size through.
    assert "actors" not in {c.field for c in compare_runs(degraded, baseline, 1.0).regressions}


# --- must show: a dataset folder the harness has never seen -------------------------------

ARTICLE_A = """City council shuts bridge

Mayor Ann Lee said on Monday that the Old Mill bridge would close, possibly until summer.

"The bridge is no longer safe for heavy trucks," Lee said. Engineers found 14 cracked beams.

Repairs will cost about $2.5 million and take six months, the council said.
"""
REFERENCE_A = """\
situation: Mayor Ann Lee closed the Old Mill bridge for repairs after engineers found cracked beams.
outlook: Repairs will take six months and cost about $2.5 million.
actors:
  - {name: Ann Lee, kind: person, aliases: [Lee, Mayor Ann Lee]}
  - {name: Old Mill bridge, kind: place, optional: true}
quotes:
  - {text: The bridge is no longer safe for heavy trucks, speaker: Ann Lee}
figures:
  - {text: "14", value: 14, unit: beams, measures: cracked beams engineers found}
  - {text: about $2.5 million, value: 2500000, unit: USD, measures: cost of the repairs}
  - {text: six months, value: 6, unit: months, measures: duration of the repairs}
"""
ARTICLE_B = """Library extends hours

The central library will open until 10 pm from March, librarian Tom Park said.

"Students asked for it," Park said.
"""
REFERENCE_B = """\
situation: The central library will stay open until 10 pm from March.
outlook: ""
actors:
  - {name: Tom Park, kind: person, aliases: [Park]}
quotes:
  - {text: Students asked for it, speaker: Tom Park}
figures:
  - {text: "10", value: 10, unit: pm, measures: closing hour from March}
"""


def make_dataset(root: Path) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "references").mkdir()
    (root / "articles" / "bridge.txt").write_text(ARTICLE_A)
    (root / "references" / "bridge.yaml").write_text(REFERENCE_A)
    (root / "articles" / "library.txt").write_text(ARTICLE_B)
    (root / "references" / "library.yaml").write_text(REFERENCE_B)
    return root


def test_the_harness_runs_on_a_dataset_folder_it_has_never_seen(tmp_path):
    dataset = make_dataset(tmp_path / "town-news")
    out = tmp_path / "runs"
    result = invoke("eval", "--engine", "extractive", "--dataset", str(dataset), "--out", str(out))
    assert result.exit_code == 0, result.output
    (run_dir,) = [p for p in out.iterdir() if p.is_dir()]
    results = load_run(run_dir)
    assert results.info.dataset == "town-news"
    assert [a.article_id for a in results.articles] == ["bridge", "library"]
    bridge = results.articles[0].scores
    assert bridge.actors.recall == 1.0 and bridge.quotes.recall == 1.0
    # The library reference has no outlook: that field is left out, not scored 0.
    assert results.articles[1].scores.fields["outlook"] is None
    assert results.summary["outlook"].n == 1


# --- must show: a malformed reference gets a clear error naming file and field ------------


def test_a_malformed_reference_gets_a_clear_cli_error(tmp_path):
    dataset = make_dataset(tmp_path / "broken")
    reference = dataset / "references" / "bridge.yaml"
    reference.write_text(REFERENCE_A.replace("value: 14,", "value: fourteen-ish,"))
    result = invoke(
        "eval", "--engine", "extractive", "--dataset", str(dataset), "--out", str(tmp_path / "runs")
    )
    assert result.exit_code == 2
    assert f"{reference}: figures[0].value: Input should be a valid number" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "runs").exists()  # nothing was run


def test_a_bad_baseline_is_refused_before_running(tmp_path):
    not_results = tmp_path / "other.json"
    not_results.write_text('{"hello": 1}')
    result = invoke(
        "eval",
        "--engine",
        "extractive",
        "--baseline",
        str(not_results),
        "--out",
        str(tmp_path / "runs"),
    )
    assert result.exit_code == 2
    assert f"{not_results}: not an eval results file" in result.output
    result = invoke(
        "eval",
        "--engine",
        "extractive",
        "--baseline",
        "no-such-run",
        "--out",
        str(tmp_path / "runs"),
    )
    assert result.exit_code == 2 and "no-such-run: not a results file" in result.output
    with pytest.raises(RunError):
        load_run(tmp_path / "missing.json")


def test_replay_without_cassettes_is_a_clear_error(tmp_path):
    dataset = make_dataset(tmp_path / "town-news")
    result = invoke(
        "eval",
        "--engine",
        "openai",
        "--replay",
        "--dataset",
        str(dataset),
        "--cassettes",
        str(tmp_path / "none"),
        "--out",
        str(tmp_path / "runs"),
    )
    assert result.exit_code == 2
    assert "no recorded cassette" in result.output and "bridge, library" in result.output


# --- faithfulness, failures, compare ------------------------------------------------------


async def test_fabricated_quote_counts_against_faithfulness_though_the_pipeline_drops_it(tmp_path):
    results = await run_eval(
        SEEDS,
        shared_engine(SyntheticFabricatingEngine()),
        engine_name="synthetic-fabricating",
        model="synthetic-model",
        mode="live",
        out_dir=tmp_path,
    )
    for article in results.articles:
        assert all("already won" not in q.text for q in article.brief.quotes)
        assert any("already won" in q.text for q in article.raw_brief.quotes)
        faithfulness = article.scores.faithfulness
        assert faithfulness.unsupported == 1 and faithfulness.hallucination_rate > 0
    assert results.summary["faithfulness"].mean < 1.0
    assert results.info.model == "synthetic-model"

    run_dir = write_run(results, tmp_path)
    html = (run_dir / "report.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html


async def test_a_failed_article_is_recorded_and_scored_as_empty(tmp_path):
    results = await run_eval(
        SEEDS,
        shared_engine(SyntheticFailingEngine()),
        engine_name="synthetic-failing",
        model=None,
        mode="live",
        out_dir=tmp_path,
        concurrency=2,
    )
    failed = [a for a in results.articles if a.error]
    assert [a.article_id[:3] for a in failed] == ["001"]
    assert failed[0].error == "engine-failed: upstream returned 502 three times"
    assert failed[0].scores.overall == 0.0 and results.info.failed == 1


def test_failed_articles_make_the_cli_exit_3(tmp_path, register_engine):
    register_engine("openai", SyntheticFailingEngine())
    result = invoke("eval", "--engine", "openai", "--live", "--out", str(tmp_path / "runs"))
    assert result.exit_code == 3
    assert "1 of 5 articles failed" in result.output and "Traceback" not in result.output


def test_compare_prints_a_side_by_side_diff(tmp_path, register_engine):
    register_engine("extractive", SyntheticDegradedEngine())
    assert invoke("eval", "--engine", "extractive", "--out", str(tmp_path)).exit_code == 0
    (run_dir,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    result = invoke("eval", "compare", str(BASELINE), run_dir.name, "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    baseline = load_run(BASELINE)
    degraded = load_run(run_dir)
    quotes_row = next(line for line in result.output.splitlines() if "│ quotes" in line)
    assert f"{baseline.summary['quotes'].mean:.3f}" in quotes_row
    assert f"{degraded.summary['quotes'].mean:.3f}" in quotes_row
    delta = degraded.summary["quotes"].mean - baseline.summary["quotes"].mean
    assert f"{delta:+.3f}" in quotes_row
    for article in baseline.articles:
        assert article.article_id in result.output

    missing = invoke("eval", "compare", str(BASELINE), "nope", "--out", str(tmp_path))
    assert missing.exit_code == 2 and "nope: not a results file" in missing.output


def test_markdown_report_lists_what_was_missed(tmp_path):
    results = asyncio.run(
        run_eval(
            SEEDS,
            shared_engine(SyntheticDegradedEngine()),
            engine_name="extractive",
            model=None,
            mode="local",
            out_dir=tmp_path,
        )
    )
    markdown = (write_run(results, tmp_path) / "report.md").read_text()
    first_required_quote = next(q for q in SEEDS.cases[0].reference.quotes if not q.optional)
    assert "**quotes missed**" in markdown
    assert f"- {first_required_quote.text}" in markdown
