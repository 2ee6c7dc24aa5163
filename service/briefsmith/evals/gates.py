"""The eval gates CI runs: the extractive engine on every shipped dataset, the story
eval and the probes (evals/probes/), each against its committed baseline in
evals/baselines/, in one process.

The extractive engine is deterministic, so a fresh run scores exactly its baseline until
a rule changes; a field that drops by more than the threshold (or a "lower is better"
field that rises by more) fails the gate. `brief eval gates --save-baselines` rewrites
the baselines after an intended change (docs/evals.md).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from briefsmith.config.package_data import package_dir
from briefsmith.engines.base import Engine
from briefsmith.evals.dataset import load_dataset
from briefsmith.evals.probes import (
    ProbeOutcome,
    compare_probe_runs,
    load_outcomes,
    load_probes,
    outcomes_jsonl,
    run_probes_sync,
)
from briefsmith.evals.results import GateResult, RunResults
from briefsmith.evals.runner import (
    DEFAULT_THRESHOLD,
    compare_runs,
    load_run,
    run_eval,
    shared_engine,
    write_run,
)
from briefsmith.evals.stories import (
    StoryRun,
    compare_story_runs,
    load_story_run,
    run_story_eval,
    write_story_run,
)

BASELINES_DIR = package_dir("evals") / "baselines"
# Dataset name -> its extractive baseline file in evals/baselines/.
EXTRACTIVE_BASELINES: dict[str, str] = {
    "seeds": "extractive.json",
    "general": "extractive-general.json",
    "news-dev": "extractive-news-dev.json",
    "news-test": "extractive-news-test.json",
    "news-holdout": "extractive-news-holdout.json",
}
STORY_BASELINE = "stories-extractive.json"
PROBES_DIR = package_dir("evals") / "probes"
PROBE_BASELINE = "probes-extractive.jsonl"


@dataclass(frozen=True)
class DatasetGate:
    dataset: str
    results: RunResults
    gate: GateResult | None
    run_dir: Path


@dataclass(frozen=True)
class StoryGate:
    run: StoryRun
    gate: list[tuple[str, float, float, bool]] | None
    run_dir: Path

    @property
    def passed(self) -> bool:
        return not self.gate or not any(bad for *_, bad in self.gate)


@dataclass(frozen=True)
class ProbeGate:
    outcomes: list[ProbeOutcome]
    gate: list[tuple[str, float, float, bool]] | None

    @property
    def passed(self) -> bool:
        return not self.gate or not any(bad for *_, bad in self.gate)


@dataclass(frozen=True)
class GatesOutcome:
    datasets: list[DatasetGate]
    stories: StoryGate
    probes: ProbeGate

    @property
    def failures(self) -> list[str]:
        lines = []
        for item in self.datasets:
            if item.gate is not None and not item.gate.passed:
                fields = ", ".join(
                    f"{c.field} {c.delta:+.3f}" if c.delta is not None else f"{c.field} (no score)"
                    for c in item.gate.regressions
                )
                lines.append(f"extractive on {item.dataset}: {fields}")
            if item.results.info.failed:
                lines.append(
                    f"extractive on {item.dataset}: {item.results.info.failed} articles failed"
                )
        if not self.stories.passed and self.stories.gate:
            lost = ", ".join(f"{n} {a - b:+.3f}" for n, b, a, bad in self.stories.gate if bad)
            lines.append(f"story eval: {lost}")
        if not self.probes.passed and self.probes.gate:
            lost = ", ".join(f"{n} {a - b:+.3f}" for n, b, a, bad in self.probes.gate if bad)
            lines.append(f"probes (share right): {lost}")
        return lines


def baseline_json(results: RunResults) -> str:
    """A run as a committed baseline. A frozen test split's baseline keeps its scores
    and facts but not its articles' briefs and misses: the repository never shows
    which test articles fail (the run folder under runs/ still has them)."""
    if results.info.frozen:
        results = results.model_copy(update={"articles": []})
    return results.model_dump_json(indent=2) + "\n"


def run_gates(
    engine: Engine,
    out_dir: Path,
    *,
    baselines_dir: Path = BASELINES_DIR,
    threshold: float = DEFAULT_THRESHOLD,
    save: bool = False,
    show_frozen: bool = False,
) -> GatesOutcome:
    """Every dataset, the stories and the probes with `engine` (the extractive one in CI),
    each gated on its baseline in `baselines_dir` (or, with `save`, written there
    instead)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    datasets = []
    for name, filename in EXTRACTIVE_BASELINES.items():
        data = load_dataset(name)
        results = asyncio.run(
            run_eval(
                data,
                shared_engine(engine),
                engine_name="extractive",
                model=None,
                mode="local",
                out_dir=out_dir,
                concurrency=4,
            )
        )
        path = baselines_dir / filename
        gate = None if save else compare_runs(results, load_run(path), threshold)
        run_dir = write_run(results, out_dir, gate, show_frozen=show_frozen)
        if save:
            path.write_text(baseline_json(results), encoding="utf-8")
        datasets.append(DatasetGate(name, results, gate, run_dir))
    story_run = run_story_eval(engine, "extractive", out_dir)
    story_path = baselines_dir / STORY_BASELINE
    story_gate = (
        None if save else compare_story_runs(story_run, load_story_run(story_path), threshold)
    )
    story_dir = write_story_run(story_run, out_dir, story_gate)
    if save:
        story_path.write_text(story_run.model_dump_json(indent=2) + "\n", encoding="utf-8")
    probe_outcomes = run_probes_sync(load_probes(PROBES_DIR), engine)
    probe_path = baselines_dir / PROBE_BASELINE
    probe_gate = (
        None if save else compare_probe_runs(probe_outcomes, load_outcomes(probe_path), threshold)
    )
    if save:
        probe_path.write_text(outcomes_jsonl(probe_outcomes), encoding="utf-8")
    return GatesOutcome(
        datasets, StoryGate(story_run, story_gate, story_dir), ProbeGate(probe_outcomes, probe_gate)
    )
