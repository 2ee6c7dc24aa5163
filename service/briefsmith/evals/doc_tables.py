"""The score tables of README.md and docs/, rendered from the committed baselines in
evals/baselines/ (registered in briefsmith.generated_docs; `python -m
briefsmith.generated_docs` writes them, tests/test_generated_docs.py fails when one is
stale). Nothing here runs an engine: a table changes only when a baseline does.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefsmith.evals.gates import BASELINES_DIR, EXTRACTIVE_BASELINES, STORY_BASELINE
from briefsmith.evals.metrics import FIELDS, LOWER_IS_BETTER, FieldSummary
from briefsmith.evals.results import RunResults
from briefsmith.evals.stories import StoryRun, story_scores_table

# The summaries of every baseline before the spaCy extraction layer (issue 20): the
# scores the next engine work is judged against. Written once by `snapshot()`, never
# refreshed; the tables below set today's baselines beside it.
SNAPSHOT_BEFORE = BASELINES_DIR / "snapshots" / "before-spacy.json"
LLM_BASELINE = "openai-replay.json"
MODEL_NAMES = {"smollm2": "SmolLM2-135M", "gemma3": "Gemma 3 270M"}
# Fields shown for the replayed LLM sets (one row each); every field is in results.json.
LLM_COLUMNS = (
    "overall",
    "quotes",
    "quote_recall",
    "speaker_precision",
    "speaker_recall",
    "figures",
    "figure_precision",
    "measures",
    "actors",
    "actor_recall",
    "situation",
    "faithfulness",
)


def _load(path: Path) -> RunResults:
    return RunResults.model_validate_json(path.read_bytes())


def extractive_runs(baselines: Path = BASELINES_DIR) -> dict[str, RunResults]:
    return {name: _load(baselines / file) for name, file in EXTRACTIVE_BASELINES.items()}


def llm_runs(baselines: Path = BASELINES_DIR) -> list[RunResults]:
    """Every replayed LLM baseline (openai-replay.json and openai-replay-*.json), the
    default strategy first."""
    stem = Path(LLM_BASELINE).stem
    paths = [baselines / LLM_BASELINE, *sorted(baselines.glob(f"{stem}-*.json"))]
    runs = [_load(p) for p in paths if p.is_file()]
    default = default_strategy()
    return sorted(runs, key=lambda r: (r.info.strategy != default, r.info.model or ""))


def default_strategy() -> str:
    from briefsmith.config.settings import Settings

    return str(Settings.model_fields["llm_strategy"].default)


def _cell(summary: FieldSummary | None) -> str:
    if summary is None or summary.mean is None:
        return "–"
    if summary.ci_low is None or summary.ci_high is None or summary.n < 2:
        return f"{summary.mean:.3f}"
    return f"{summary.mean:.3f} [{summary.ci_low:.2f}, {summary.ci_high:.2f}]"


def _mean(summary: FieldSummary | dict | None) -> str:
    if summary is None:
        return "–"
    mean = summary.get("mean") if isinstance(summary, dict) else summary.mean
    return "–" if mean is None else f"{mean:.3f}"


def _field_label(field: str) -> str:
    return f"{field} (lower is better)" if field in LOWER_IS_BETTER else field


def _strategy_label(run: RunResults) -> str:
    strategy = run.info.strategy or "draft"
    return f"{strategy} (default)" if strategy == default_strategy() else strategy


def extractive_table() -> str:
    """docs/evals.md: every field of the extractive engine on every dataset."""
    runs = extractive_runs()
    header = "| field | " + " | ".join(f"{n} ({r.info.articles})" for n, r in runs.items()) + " |"
    lines = [header, "|---|" + "---|" * len(runs)]
    for field in FIELDS:
        cells = " | ".join(_cell(r.summary.get(field)) for r in runs.values())
        lines.append(f"| {_field_label(field)} | {cells} |")
    lead = " | ".join(_cell(next(iter(r.baselines.values()), None)) for r in runs.values())
    lines.append(f"| situation (lead-3 baseline) | {lead} |")
    return "\n".join(lines)


def llm_table() -> str:
    """docs/evals.md and docs/llm-strategies.md: one row per replayed cassette set. Each
    covers only the articles it was recorded on (the five seeds)."""
    columns = ("strategy", "model", "cassettes", "dataset", *LLM_COLUMNS, "output tokens/brief")
    lines = ["| " + " | ".join(columns) + " |", "|---|---|---|---|" + "---:|" * (len(columns) - 4)]
    for run in llm_runs():
        info = run.info
        briefs = info.articles - info.failed
        tokens = f"{info.tokens.completion / briefs:,.0f}" if briefs else "–"
        cells = [
            _strategy_label(run),
            MODEL_NAMES.get(info.model or "", info.model or "–"),
            f"`{info.cassettes or 'cassettes'}`",
            f"{info.dataset} ({info.articles})",
            *(_mean(run.summary.get(f)) for f in LLM_COLUMNS),
            tokens,
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def readme_llm_table() -> str:
    """README.md: the two strategies per model on the seeds, the default marked."""
    runs = llm_runs()
    order = sorted(runs, key=lambda r: (r.info.model or "", r.info.strategy or ""))
    heads = [
        f"{MODEL_NAMES.get(r.info.model or '', r.info.model)} {_strategy_label(r)}" for r in order
    ]
    lines = [
        "| five seeds, replayed, per brief ([all scores](docs/evals.md#scores)) | "
        + " | ".join(heads)
        + " |",
        "|---|" + "---:|" * len(order),
    ]

    def tokens(run: RunResults) -> str:
        briefs = run.info.articles - run.info.failed
        return f"{run.info.tokens.completion / briefs:,.0f}" if briefs else "–"

    rows = [
        ("output tokens", tokens),
        ("eval overall / quotes F1", lambda r: _both(r, "overall", "quotes")),
    ]
    for label, get in rows:
        lines.append(f"| {label} | " + " | ".join(get(r) for r in order) + " |")
    return "\n".join(lines)


def _both(run: RunResults, first: str, second: str) -> str:
    return f"{_mean(run.summary.get(first))} / {_mean(run.summary.get(second))}"


def situation_table() -> str:
    """docs/evals-datasets.md: situation against the lead-3 baseline on every dataset."""
    runs = extractive_runs()
    lines = [
        "| field | " + " | ".join(runs) + " |",
        "|---|" + "---:|" * len(runs),
        "| situation | "
        + " | ".join(_mean(r.summary.get("situation")) for r in runs.values())
        + " |",
        "| situation (lead-3 baseline) | "
        + " | ".join(_mean(next(iter(r.baselines.values()), None)) for r in runs.values())
        + " |",
        "| outlook | " + " | ".join(_mean(r.summary.get("outlook")) for r in runs.values()) + " |",
        "| outlook_precision | "
        + " | ".join(_mean(r.summary.get("outlook_precision")) for r in runs.values())
        + " |",
    ]
    return "\n".join(lines)


def story_table() -> str:
    """docs/stories.md: the story eval of the extractive engine."""
    run = StoryRun.model_validate_json((BASELINES_DIR / STORY_BASELINE).read_bytes())
    return story_scores_table(run)


# --------------------------------------------------------------------------------------
# The before-spaCy snapshot


def snapshot(path: Path = SNAPSHOT_BEFORE, baselines: Path = BASELINES_DIR) -> None:
    """Write the summaries of every current baseline to `path` (once, before an engine
    change; the docs set later baselines beside it)."""
    data: dict[str, dict] = {"extractive": {}, "llm": {}}
    for name, run in extractive_runs(baselines).items():
        data["extractive"][name] = {
            "articles": run.info.articles,
            "git_commit": run.info.git_commit,
            "dataset_fingerprint": run.info.dataset_fingerprint,
            "summary": {f: s.model_dump() for f, s in run.summary.items()},
        }
    for run in llm_runs(baselines):
        data["llm"][run.info.cassettes or "cassettes"] = {
            "strategy": run.info.strategy,
            "model": run.info.model,
            "dataset": run.info.dataset,
            "articles": run.info.articles,
            "summary": {f: s.model_dump() for f, s in run.summary.items()},
        }
    story = StoryRun.model_validate_json((baselines / STORY_BASELINE).read_bytes())
    data["stories"] = story.summary
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def before_after_table() -> str:
    """docs/evals.md: the snapshot taken before the spaCy layer beside today's
    baselines, for the extractive engine on every dataset (Δ = now - before)."""
    before = json.loads(SNAPSHOT_BEFORE.read_text(encoding="utf-8"))["extractive"]
    now = extractive_runs()
    names = list(now)

    def name_cell(name: str) -> str:
        # Δ compares engines only while the articles and references are the same.
        changed = before.get(name, {}).get("dataset_fingerprint") != (
            now[name].info.dataset_fingerprint
        )
        return f"{name} before" + (" (references changed since)" if changed else "")

    head = " | ".join(f"{name_cell(n)} | now | Δ" for n in names)
    lines = [f"| field | {head} |", "|---|" + "---:|" * (3 * len(names))]
    for field in FIELDS:
        cells = []
        for name in names:
            b = (before.get(name, {}).get("summary", {}).get(field) or {}).get("mean")
            a = now[name].summary.get(field)
            after = a.mean if a is not None else None
            delta = "–" if b is None or after is None else f"{after - b:+.3f}"
            cells += ["–" if b is None else f"{b:.3f}", _mean(a), delta]
        lines.append(f"| {_field_label(field)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def before_llm_table() -> str:
    """docs/evals.md: the replayed LLM sets in the before-spaCy snapshot."""
    before = json.loads(SNAPSHOT_BEFORE.read_text(encoding="utf-8"))["llm"]
    default = default_strategy()
    columns = ("strategy", "model", "covers", *LLM_COLUMNS)
    lines = ["| " + " | ".join(columns) + " |", "|---|---|---|" + "---:|" * len(LLM_COLUMNS)]
    for cassettes, item in before.items():
        strategy = item["strategy"] or "draft"
        label = f"{strategy} (default)" if strategy == default else strategy
        cells = [
            label,
            MODEL_NAMES.get(item["model"] or "", item["model"] or "–"),
            f"{item['dataset']} ({item['articles']}), `{cassettes}`",
            *(_mean(item["summary"].get(f)) for f in LLM_COLUMNS),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
