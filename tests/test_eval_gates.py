"""The eval gates (`brief eval gates`, run by .ci/run): a deliberately broken rule in the
extractive engine makes them fail; the story and probe gates fail on a drop."""

from __future__ import annotations

from pathlib import Path

from briefsmith.core.schema import UNATTRIBUTED, Brief, CleanArticle
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.evals.gates import (
    BASELINES_DIR,
    EXTRACTIVE_BASELINES,
    PROBE_BASELINE,
    STORY_BASELINE,
)
from briefsmith.evals.probes import compare_probe_runs, load_outcomes
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
    # So do the probes: every speakers probe with a named speaker goes wrong.
    assert any("probes (share right): speakers" in line for line in failed), result.output
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


def test_the_probe_gate_fails_on_a_drop_of_one_field_and_passes_on_its_baseline():
    baseline = load_outcomes(BASELINES_DIR / PROBE_BASELINE)
    assert not any(bad for *_, bad in compare_probe_runs(baseline, baseline, 0.0))
    # Synthetic: every roles probe that was right turns wrong.
    worse = [o.model_copy(update={"right": False}) if o.field == "roles" else o for o in baseline]
    regressed = [field for field, _, _, bad in compare_probe_runs(worse, baseline, 0.05) if bad]
    # (and so does the share over every field: a fifth of the probes are roles probes)
    assert regressed == ["roles", "all"]
    # One probe broken is within the threshold, as an article's small move is.
    one = [*baseline]
    index = next(i for i, o in enumerate(one) if o.field == "roles" and o.right)
    one[index] = one[index].model_copy(update={"right": False})
    assert not any(bad for *_, bad in compare_probe_runs(one, baseline, 0.05))
    assert any(bad for *_, bad in compare_probe_runs(one, baseline, 0.0))


def test_every_gate_has_a_committed_baseline():
    for filename in [*EXTRACTIVE_BASELINES.values(), STORY_BASELINE, PROBE_BASELINE]:
        assert (BASELINES_DIR / filename).is_file(), filename
