"""The eval gates (`brief eval gates`, run by .ci/run): a deliberately broken rule in the
extractive engine makes them fail; the story gate fails on a drop."""

from __future__ import annotations

from pathlib import Path

from briefsmith.core.schema import UNATTRIBUTED, Brief, CleanArticle
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.evals.gates import BASELINES_DIR, EXTRACTIVE_BASELINES, STORY_BASELINE
from briefsmith.evals.stories import compare_story_runs, load_story_run
from briefsmith.surfaces.cli.main import app
from typer.testing import CliRunner


def test_a_broken_speaker_rule_fails_the_gates(tmp_path: Path, monkeypatch):
    # Break one rule on purpose: the extractive engine forgets every quote's speaker.
    original = ExtractiveEngine.summarize

    async def without_speakers(self, article: CleanArticle) -> Brief:
        brief = await original(self, article)
        quotes = [q.model_copy(update={"speaker": UNATTRIBUTED}) for q in brief.quotes]
        return brief.model_copy(update={"quotes": quotes})

    monkeypatch.setattr(ExtractiveEngine, "summarize", without_speakers)
    result = CliRunner().invoke(app, ["eval", "gates", "--out", str(tmp_path)])
    assert result.exit_code == 1, result.output
    failed = [line for line in result.output.splitlines() if "regression gate FAILED" in line]
    # Every dataset with named speakers catches it, the frozen test split included.
    for dataset in EXTRACTIVE_BASELINES:
        assert any(f"on {dataset}:" in line and "speaker_recall" in line for line in failed), (
            dataset,
            result.output,
        )
    assert "Traceback" not in result.output
    # Each dataset and the story eval wrote its run and report.
    reports = [p for p in tmp_path.iterdir() if (p / "report.html").is_file()]
    assert len(reports) == len(EXTRACTIVE_BASELINES) + 1


def test_the_story_gate_fails_on_a_drop_and_passes_on_its_own_baseline():
    baseline = load_story_run(BASELINES_DIR / STORY_BASELINE)
    assert not any(bad for *_, bad in compare_story_runs(baseline, baseline, 0.0))
    worse = baseline.model_copy(deep=True)
    worse.summary["actors_recall"] -= 0.1
    regressed = [name for name, _, _, bad in compare_story_runs(worse, baseline, 0.05) if bad]
    assert regressed == ["actors_recall"]
    assert not any(bad for *_, bad in compare_story_runs(worse, baseline, 0.2))


def test_every_gate_has_a_committed_baseline():
    for filename in [*EXTRACTIVE_BASELINES.values(), STORY_BASELINE]:
        assert (BASELINES_DIR / filename).is_file(), filename
