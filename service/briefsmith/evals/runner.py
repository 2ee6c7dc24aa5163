"""Run an engine over a dataset, score every brief, write the run, gate on a baseline.

Every article goes through `briefsmith.briefing.pipeline.make_brief`, like any other surface. The
engine is wrapped so the run also keeps its raw output (before the pipeline dropped what
the article does not support): faithfulness is measured on that.

A run is the folder runs/<run-id>/ with results.json (every brief and score, plus the
engine, model, prompt version, git commit, tokens and latency), report.md and
report.html; each run is also appended to runs/history.jsonl.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.errors import BriefsmithError
from briefsmith.core.schema import Brief, CleanArticle
from briefsmith.engines.base import Engine, EngineWrapper
from briefsmith.evals.dataset import REPO_ROOT, Case, Dataset
from briefsmith.evals.lead import LEAD3_ROW, lead3_situation_score, summarize_scores
from briefsmith.evals.metrics import (
    FIELDS,
    LOWER_IS_BETTER,
    METRICS_VERSION,
    WEIGHTS,
    FieldSummary,
    score_article,
    summarize,
)
from briefsmith.evals.report import render_html, render_markdown
from briefsmith.evals.results import (
    ArticleRecord,
    FieldChange,
    GateResult,
    Latency,
    Mode,
    RunInfo,
    RunResults,
    Tokens,
)
from briefsmith.evals.viewer_pages import write_viewer_pages

# An engine for each case, as a context manager (a replayed cassette is open only while
# its case runs). Not briefsmith.briefing.briefs.EngineFactory, which builds an engine by name.
CaseEngines = Callable[[Case], AbstractContextManager[Engine]]
HISTORY_FILE = "history.jsonl"
RESULTS_FILE = "results.json"
DEFAULT_THRESHOLD = 0.05


class RunError(BriefsmithError):
    """A run or baseline that cannot be read, or a run that cannot be started."""

    code = "eval-error"


# --------------------------------------------------------------------------------------
# Running


class _RecordingEngine(EngineWrapper):
    """Passes calls through and keeps the engine's raw brief for the faithfulness score."""

    def __init__(self, engine: Engine):
        super().__init__(engine)
        self.raw: Brief | None = None

    async def summarize(self, article: CleanArticle) -> Brief:
        self.raw = await self.inner.summarize(article)
        return self.raw


async def _run_case(case: Case, engine_for: CaseEngines, gate: asyncio.Semaphore) -> ArticleRecord:
    async with gate:
        started = time.perf_counter()
        brief: Brief | None = None
        raw: Brief | None = None
        error: str | None = None
        try:
            with engine_for(case) as engine:
                recorder = _RecordingEngine(engine)
                try:
                    brief = (await make_brief(case.article, recorder)).brief
                finally:
                    raw = recorder.raw
        except BriefsmithError as failure:
            error = f"{failure.code}: {failure.message}"
        except Exception as failure:  # noqa: BLE001 - one broken article must not lose the run
            error = f"unexpected {type(failure).__name__}: {failure}"
        latency_ms = (time.perf_counter() - started) * 1000
    scores = score_article(brief, case.reference, case.cleaned.text, raw_brief=raw)
    return ArticleRecord(
        article_id=case.article_id,
        article_path=str(case.article_path),
        brief=brief,
        raw_brief=raw,
        error=error,
        latency_ms=round(latency_ms, 3),
        scores=scores,
        lead3_situation=lead3_situation_score(case.cleaned.text, case.reference.situation),
    )


async def evaluate_cases(
    cases: Sequence[Case],
    engine_for: CaseEngines,
    *,
    concurrency: int = 4,
    console: Console | None = None,
) -> list[ArticleRecord]:
    """Every case concurrently (at most `concurrency` at once), with a progress bar."""
    gate = asyncio.Semaphore(max(1, concurrency))
    progress = Progress(
        TextColumn("[bold]eval[/bold] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console or Console(stderr=True),
        transient=True,
    )

    async def tracked(case: Case, task_id) -> ArticleRecord:
        record = await _run_case(case, engine_for, gate)
        progress.update(task_id, advance=1, description=record.article_id)
        return record

    with progress:
        task_id = progress.add_task("articles", total=len(cases))
        return list(await asyncio.gather(*(tracked(case, task_id) for case in cases)))


def git_state(repo: Path = REPO_ROOT) -> tuple[str | None, bool | None]:
    """(commit, dirty) of the repository, or (None, None) outside a git checkout."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=repo,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        status = subprocess.run(
            ["git", "status", "--porcelain"],
            cwd=repo,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None, None
    return commit or None, bool(status.strip())


def _relative(path: Path) -> str:
    """Inside the repository, a path relative to it, so results read the same anywhere."""
    try:
        return str(path.resolve().relative_to(REPO_ROOT))
    except ValueError:
        return str(path)


def new_run_id(engine: str, mode: Mode, out_dir: Path, now: datetime) -> str:
    base = f"{now:%Y%m%dT%H%M%SZ}-{engine}-{mode}"
    run_id, suffix = base, 2
    while (out_dir / run_id).exists():
        run_id, suffix = f"{base}-{suffix}", suffix + 1
    return run_id


def build_results(
    records: list[ArticleRecord],
    dataset: Dataset,
    *,
    engine_name: str,
    model: str | None,
    mode: Mode,
    run_id: str,
    created_at: datetime,
    wall_ms: float,
) -> RunResults:
    briefs = [r.brief for r in records if r.brief is not None]
    usages = [b.meta.usage for b in briefs if b.meta.usage is not None]
    prompt_tokens = sum(u.prompt_tokens for u in usages)
    completion_tokens = sum(u.completion_tokens for u in usages)
    latencies = [r.latency_ms for r in records]
    commit, dirty = git_state()
    info = RunInfo(
        run_id=run_id,
        created_at=created_at,
        engine=engine_name,
        model=model or next((b.meta.model for b in briefs if b.meta.model), None),
        prompt_versions=sorted({b.meta.prompt_version for b in briefs if b.meta.prompt_version}),
        mode=mode,
        strategy=next((b.meta.strategy for b in briefs if b.meta.strategy), None),
        git_commit=commit,
        git_dirty=dirty,
        dataset=dataset.name,
        dataset_path=_relative(dataset.articles_dir),
        dataset_fingerprint=dataset.fingerprint,
        frozen=dataset.frozen,
        articles=len(records),
        failed=sum(r.error is not None for r in records),
        fallbacks=sum(b.meta.fallback_from is not None for b in briefs),
        tokens=Tokens(
            prompt=prompt_tokens,
            completion=completion_tokens,
            total=prompt_tokens + completion_tokens,
        ),
        latency=Latency(
            wall_ms=round(wall_ms, 3),
            mean_ms=round(statistics.fmean(latencies), 3) if latencies else None,
            max_ms=max(latencies) if latencies else None,
        ),
        metrics_version=METRICS_VERSION,
        weights=WEIGHTS,
    )
    summary = summarize([r.scores.fields for r in records])
    baselines = {LEAD3_ROW: summarize_scores([r.lead3_situation for r in records])}
    return RunResults(info=info, summary=summary, articles=records, baselines=baselines)


async def run_eval(
    dataset: Dataset,
    engine_for: CaseEngines,
    *,
    engine_name: str,
    model: str | None,
    mode: Mode,
    out_dir: Path,
    concurrency: int = 4,
    console: Console | None = None,
) -> RunResults:
    created_at = datetime.now(UTC)
    run_id = new_run_id(engine_name, mode, out_dir, created_at)
    started = time.perf_counter()
    records = await evaluate_cases(
        dataset.cases, engine_for, concurrency=concurrency, console=console
    )
    return build_results(
        records,
        dataset,
        engine_name=engine_name,
        model=model,
        mode=mode,
        run_id=run_id,
        created_at=created_at,
        wall_ms=(time.perf_counter() - started) * 1000,
    )


def shared_engine(engine: Engine) -> CaseEngines:
    """One engine for every article."""
    return lambda case: nullcontext(engine)


def replay_engines(cassettes_dir: Path | None = None) -> CaseEngines:
    """An engine per article that answers from that seed's recorded cassette."""
    from briefsmith.engines.cassettes import replaying

    return lambda case: replaying(case.article_id, cassettes_dir=cassettes_dir)


@dataclass(frozen=True)
class CassetteSet:
    """One folder of recorded cassettes (a manifest.json and one cassette per seed)."""

    directory: Path
    strategy: str
    model: str

    @property
    def label(self) -> str:
        return f"{self.strategy}/{self.model}"

    @property
    def relative(self) -> str:
        return _relative(self.directory)


def cassette_set(directory: Path) -> CassetteSet:
    from briefsmith.engines.cassettes import STRATEGY_BEFORE_CHOICE, read_manifest

    entries = list(read_manifest(directory)["cassettes"].values())
    recorded = entries[0]["settings"] if entries else {}
    return CassetteSet(
        directory,
        recorded.get("llm_strategy", STRATEGY_BEFORE_CHOICE),
        recorded.get("model", "?"),
    )


def discover_cassette_sets(root: Path) -> list[CassetteSet]:
    """`root` and every folder under it that holds a cassette manifest: one set per
    strategy and model (cassettes/, cassettes/gemma3/, cassettes/select/smollm2/, ...)."""
    from briefsmith.engines.cassettes import MANIFEST_NAME

    folders = sorted(path.parent for path in root.rglob(MANIFEST_NAME))
    return [cassette_set(folder) for folder in folders]


def baseline_for(cassettes: CassetteSet, baseline: Path) -> RunResults | None:
    """The baseline of a cassette set: among `baseline` and the results files beside it
    named like it (openai-replay.json, openai-replay-select-smollm2.json, ...), the one
    recorded from the same folder. A baseline from before cassette sets were recorded
    in results is the default folder's."""
    from briefsmith.engines.cassettes import CASSETTES_DIR

    default = _relative(CASSETTES_DIR)
    for path in [baseline, *sorted(baseline.parent.glob(f"{baseline.stem}-*.json"))]:
        if not path.is_file():
            continue
        run = load_run(path)
        if (run.info.cassettes or default) == cassettes.relative:
            return run
    return None


def baseline_path_for(cassettes: CassetteSet, baseline: Path) -> Path:
    """Where `--save-baseline` writes a set's baseline: the path itself for the default
    folder, `<stem>-<strategy>-<model>.json` beside it for the others."""
    from briefsmith.engines.cassettes import CASSETTES_DIR

    if cassettes.relative == _relative(CASSETTES_DIR):
        return baseline
    return baseline.with_name(f"{baseline.stem}-{cassettes.strategy}-{cassettes.model}.json")


# --------------------------------------------------------------------------------------
# Writing and reading runs


def write_run(
    results: RunResults,
    out_dir: Path,
    gate: GateResult | None = None,
    *,
    show_frozen: bool = False,
) -> Path:
    """runs/<run-id>/{results.json, report.md, report.html}, plus a line in history.jsonl.
    A frozen split's reports leave out its per-article failures unless `show_frozen`."""
    run_dir = out_dir / results.info.run_id
    run_dir.mkdir(parents=True, exist_ok=False)
    (run_dir / RESULTS_FILE).write_text(results.model_dump_json(indent=2) + "\n", encoding="utf-8")
    (run_dir / "report.md").write_text(
        render_markdown(results, gate, show_frozen), encoding="utf-8"
    )
    # A frozen split's articles get no viewer pages: they would show its failures.
    hidden = results.info.frozen and not show_frozen
    links = {} if hidden else write_viewer_pages(run_dir, results)
    (run_dir / "report.html").write_text(
        render_html(results, gate, links, show_frozen=show_frozen), encoding="utf-8"
    )
    history = {
        "run_id": results.info.run_id,
        "created_at": results.info.created_at.isoformat(),
        "engine": results.info.engine,
        "model": results.info.model,
        "prompt_versions": results.info.prompt_versions,
        "mode": results.info.mode,
        "git_commit": results.info.git_commit,
        "dataset": results.info.dataset,
        "dataset_fingerprint": results.info.dataset_fingerprint,
        "failed": results.info.failed,
        "scores": results.means(),
        "gate": None
        if gate is None
        else {
            "baseline": gate.baseline_run,
            "passed": gate.passed,
            "regressed": [c.field for c in gate.regressions],
        },
    }
    with (out_dir / HISTORY_FILE).open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(history) + "\n")
    return run_dir


def load_run(reference: str | Path, runs_dir: Path | None = None) -> RunResults:
    """A run from a results file, a run folder, or a run id under `runs_dir`."""
    path = Path(reference)
    candidates = [path, path / RESULTS_FILE]
    if runs_dir is not None:
        candidates.append(runs_dir / str(reference) / RESULTS_FILE)
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        where = f" or a run id in {runs_dir}" if runs_dir is not None else ""
        raise RunError(f"{reference}: not a results file, a run folder{where}")
    try:
        return RunResults.model_validate_json(found.read_bytes())
    except ValidationError as error:
        first = error.errors()[0]
        location = ".".join(str(part) for part in first["loc"])
        raise RunError(f"{found}: not an eval results file ({location}: {first['msg']})") from None


# --------------------------------------------------------------------------------------
# The regression gate


def compare_runs(
    current: RunResults, baseline: RunResults, threshold: float = DEFAULT_THRESHOLD
) -> GateResult:
    """Every field's mean against the baseline's. A field regresses when it drops by more
    than `threshold` (absolute, on the 0-1 scale; for LOWER_IS_BETTER fields, rises by
    more) or loses the score it had."""
    changes = []
    for field in FIELDS:
        before = baseline.summary.get(
            field, FieldSummary(mean=None, ci_low=None, ci_high=None, n=0)
        ).mean
        after = current.summary[field].mean if field in current.summary else None
        delta = None if before is None or after is None else after - before
        # A share of mistakes (furniture left, story sentences lost) regresses by rising.
        worse = None if delta is None else (delta if field in LOWER_IS_BETTER else -delta)
        regressed = (before is not None and after is None) or (
            worse is not None and worse > threshold + 1e-12
        )
        changes.append(
            FieldChange(
                field=field, baseline=before, current=after, delta=delta, regressed=regressed
            )
        )
    warnings = []
    if current.info.dataset_fingerprint != baseline.info.dataset_fingerprint:
        warnings.append(
            f"the baseline was scored on other articles or references (dataset "
            f"{baseline.info.dataset} {baseline.info.dataset_fingerprint}, now "
            f"{current.info.dataset} {current.info.dataset_fingerprint})"
        )
    if current.info.metrics_version != baseline.info.metrics_version:
        warnings.append(
            f"the baseline used metrics version {baseline.info.metrics_version}, "
            f"now {current.info.metrics_version}"
        )
    if current.info.engine != baseline.info.engine:
        warnings.append(
            f"comparing engine {current.info.engine} with a baseline of engine "
            f"{baseline.info.engine}"
        )
    return GateResult(
        baseline_run=baseline.info.run_id, threshold=threshold, changes=changes, warnings=warnings
    )
