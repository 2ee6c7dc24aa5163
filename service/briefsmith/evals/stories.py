"""`brief eval --stories`: score story briefs against hand-written references.

References live in evals/references/stories/*.yaml (see seeds.yaml for the format):
each names its articles, the entities with their spelling in each article, the key
quotes with every article that reports them, and the conflicts between the articles.

Three scores per story, and pooled over all stories (micro-averaged):
- actors: pairwise precision/recall of same-entity decisions. A decision is "article
  a's mention and article b's mention are one entity"; only mentions of entities the
  reference lists are scored (it lists the ones that matter, and the look-alikes that
  must stay apart).
- quotes: the same, for "article a's and article b's quote are one statement".
- conflicts: precision/recall of flagged conflicts (figures marked `conflict`, quotes
  credited to different speakers) against the reference's conflicts.
With nothing to find and nothing found, a score is 1.0 (no mistake was possible or made).
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import yaml
from pydantic import BaseModel

from briefsmith.config.package_data import package_dir
from briefsmith.core.grounding import normalize
from briefsmith.core.segments import sentences
from briefsmith.core.story.schema import StoryBrief
from briefsmith.evals.metrics import Miss

REFERENCES_DIR = package_dir("evals") / "references" / "stories"


def _article_path(relative: str) -> Path:
    """Story references name articles as `seeds/<stem>.txt` or `evals/<path>`, relative
    to the repository; resolved through the data folders so an installed wheel works."""
    folder, _, rest = relative.partition("/")
    if folder not in ("seeds", "evals"):
        raise StoryReferenceError(f"article path {relative!r} is not under seeds/ or evals/")
    return package_dir(folder) / rest  # type: ignore[arg-type]


class StoryReferenceError(ValueError):
    pass


@dataclass(frozen=True)
class StoryReference:
    story: str
    articles: dict[str, Path]
    actors: list[dict]
    quotes: list[dict]
    conflicts: list[dict]


def load_story_references(directory: Path | None = None) -> list[StoryReference]:
    directory = directory or REFERENCES_DIR
    references = []
    for path in sorted(directory.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            references.append(
                StoryReference(
                    story=str(data["story"]),
                    articles={k: _article_path(v) for k, v in data["articles"].items()},
                    actors=list(data.get("actors") or []),
                    quotes=list(data.get("quotes") or []),
                    conflicts=list(data.get("conflicts") or []),
                )
            )
        except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as error:
            raise StoryReferenceError(f"{path}: not a story reference ({error})") from error
    if not references:
        raise StoryReferenceError(f"no story references (*.yaml) in {directory}")
    return references


@dataclass
class Counts:
    """Right predictions over predictions (precision), found gold items over gold items
    (recall). For pairs the two "right" counts are the same number."""

    right: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.right += other.right
        self.predicted += other.predicted
        self.found += other.found
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


def _pairs(groups: list[set[tuple[str, int]]]) -> set[frozenset]:
    return {
        frozenset((a, b))
        for group in groups
        for a, b in itertools.combinations(sorted(group), 2)
        if a[0] != b[0]  # decisions across articles
    }


def _pairwise(predicted: list[set[tuple[str, int]]], gold: list[set[tuple[str, int]]]) -> Counts:
    predicted_pairs, gold_pairs = _pairs(predicted), _pairs(gold)
    right = len(predicted_pairs & gold_pairs)
    return Counts(right, len(predicted_pairs), right, len(gold_pairs))


def score_actors(story: StoryBrief, reference: StoryReference) -> Counts:
    """Mentions are (article, reference entity); a merged actor that covers an article
    under a spelling the reference gives there holds that mention."""
    gold = [
        {(article_id, number) for article_id in entity["mentions"]}
        for number, entity in enumerate(reference.actors)
    ]
    predicted = []
    for actor in story.actors:
        spellings = {s.casefold() for s in [actor.name, *actor.aliases]}
        articles = {s.article_id for s in actor.sources}
        predicted.append(
            {
                (article_id, number)
                for number, entity in enumerate(reference.actors)
                for article_id, spelling in entity["mentions"].items()
                if article_id in articles and str(spelling).casefold() in spellings
            }
        )
    return _pairwise(predicted, gold)


def _words(text: str) -> str:
    return " ".join(normalize(text, casefold=True).text.replace("’", "'").split())


def score_quotes(story: StoryBrief, reference: StoryReference) -> Counts:
    gold = [
        {(article_id, number) for article_id in quote["sources"]}
        for number, quote in enumerate(reference.quotes)
    ]
    predicted = []
    for quote in story.quotes:
        predicted.append(
            {
                (source.article_id, number)
                for source in quote.sources
                for number, ref in enumerate(reference.quotes)
                if source.article_id in ref["sources"]
                and _words(str(ref["sources"][source.article_id])) in _words(source.text)
            }
        )
    return _pairwise(predicted, gold)


def score_conflicts(story: StoryBrief, reference: StoryReference) -> Counts:
    """A flagged figure conflict matches a reference conflict when it holds at least two
    of the reference's values (article and text as written)."""
    flagged = [
        {(s.article_id, v.text) for v in figure.values for s in v.sources}
        for figure in story.conflicting_figures
    ] + [{(s.article_id, s.speaker) for s in q.sources} for q in story.disputed_quotes]
    wanted = [
        {(article_id, str(text)) for article_id, text in conflict["values"].items()}
        for conflict in reference.conflicts
    ]
    right = sum(any(len(f & w) >= 2 for w in wanted) for f in flagged)
    found = sum(any(len(f & w) >= 2 for f in flagged) for w in wanted)
    return Counts(right, len(flagged), found, len(wanted))


@dataclass
class StoryScores:
    story: str
    actors: Counts
    quotes: Counts
    conflicts: Counts
    notes: list[str] = field(default_factory=list)


def score_story(story: StoryBrief, reference: StoryReference) -> StoryScores:
    return StoryScores(
        reference.story,
        score_actors(story, reference),
        score_quotes(story, reference),
        score_conflicts(story, reference),
    )


# --------------------------------------------------------------------------------------
# Misses, by class, with the sentence each came from

STORY_MISS_CLASSES: dict[str, str] = {
    "actors-not-merged": "one actor left apart across articles",
    "actors-merged-wrongly": "two actors merged into one",
    "quotes-not-merged": "one statement left apart across articles",
    "missed-conflict": "conflicting figures not flagged",
    "false-conflict": "conflict flagged that the reference does not hold",
}


def _sentence_with(text: str, needle: str) -> str | None:
    words = re.findall(r"\w+", needle)[:12]
    if not words:
        return None
    pattern = r"\W+".join(re.escape(w) for w in words)
    found = re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE)
    if not found:
        return None
    for sentence in sentences(text):
        if sentence.start <= found.start() < max(sentence.end, sentence.start + 1):
            return sentence.text.strip()
    return None


def story_misses(story: StoryBrief, reference: StoryReference, texts: dict[str, str]) -> list[Miss]:
    """The story's mistakes: entities and statements the merge left apart or joined
    wrongly, and conflicts missed or invented; each with its article sentences."""
    misses: list[Miss] = []

    def where(article_id: str, needle: str) -> str:
        sentence = _sentence_with(texts.get(article_id, ""), needle)
        return f"[{article_id}] {sentence}" if sentence else f"[{article_id}] {needle}"

    for entity in reference.actors:
        mentions = {str(k): str(v) for k, v in entity["mentions"].items()}
        if len(mentions) < 2:
            continue
        holders = []
        for article_id, spelling in mentions.items():
            holder = next(
                (
                    number
                    for number, actor in enumerate(story.actors)
                    if spelling.casefold() in {s.casefold() for s in [actor.name, *actor.aliases]}
                    and article_id in {src.article_id for src in actor.sources}
                ),
                None,
            )
            holders.append(holder)
        if len(set(holders)) > 1 or None in holders:
            misses.append(
                Miss(
                    kind="actors-not-merged",
                    item=str(entity["name"]),
                    detail=", ".join(f"{a}: {m}" for a, m in mentions.items()),
                    sentence=" / ".join(where(a, m) for a, m in mentions.items()),
                )
            )
    distinct = [{(a, str(v)) for a, v in entity["mentions"].items()} for entity in reference.actors]
    for actor in story.actors:
        spellings = {s.casefold() for s in [actor.name, *actor.aliases]}
        articles = {src.article_id for src in actor.sources}
        held = [
            number
            for number, mentions in enumerate(distinct)
            if any(a in articles and m.casefold() in spellings for a, m in mentions)
        ]
        if len(held) > 1:
            names = [str(reference.actors[n]["name"]) for n in held]
            misses.append(
                Miss(
                    kind="actors-merged-wrongly",
                    item=actor.name,
                    detail="holds " + " and ".join(names),
                    sentence=" / ".join(
                        where(src.article_id, actor.name) for src in actor.sources[:3]
                    ),
                )
            )
    for ref_quote in reference.quotes:
        sources = {str(k): str(v) for k, v in ref_quote["sources"].items()}
        if len(sources) < 2:
            continue
        holders = []
        for article_id, start in sources.items():
            holder = next(
                (
                    number
                    for number, quote in enumerate(story.quotes)
                    for src in quote.sources
                    if src.article_id == article_id and _words(start) in _words(src.text)
                ),
                None,
            )
            holders.append(holder)
        if len(set(holders)) > 1 or None in holders:
            misses.append(
                Miss(
                    kind="quotes-not-merged",
                    item=str(ref_quote["text"]),
                    sentence=" / ".join(where(a, t) for a, t in sources.items()),
                )
            )
    flagged = [
        {(s.article_id, v.text) for v in figure.values for s in v.sources}
        for figure in story.conflicting_figures
    ]
    for conflict in reference.conflicts:
        values = {(str(a), str(t)) for a, t in conflict["values"].items()}
        if not any(len(f & values) >= 2 for f in flagged):
            misses.append(
                Miss(
                    kind="missed-conflict",
                    item=str(conflict.get("measures", "")),
                    detail=", ".join(f"{a}: {t}" for a, t in sorted(values)),
                    sentence=" / ".join(where(a, t) for a, t in sorted(values)),
                )
            )
    wanted = [
        {(str(a), str(t)) for a, t in conflict["values"].items()}
        for conflict in reference.conflicts
    ]
    for figure, values in zip(story.conflicting_figures, flagged, strict=True):
        if not any(len(values & w) >= 2 for w in wanted):
            misses.append(
                Miss(
                    kind="false-conflict",
                    item=figure.measures,
                    detail=", ".join(f"{a}: {t}" for a, t in sorted(values)),
                    sentence=" / ".join(where(a, t) for a, t in sorted(values)[:3]),
                )
            )
    return misses


# --------------------------------------------------------------------------------------
# A story eval run: results, report, baseline and gate

STORY_FIELDS: tuple[str, ...] = (
    "actors_precision",
    "actors_recall",
    "quotes_precision",
    "quotes_recall",
    "conflicts_precision",
    "conflicts_recall",
)
STORY_RESULTS_FILE = "story-results.json"


class StoryCounts(BaseModel):
    right: int
    predicted: int
    found: int
    gold: int


class StoryRecord(BaseModel):
    story: str
    scores: dict[str, float]
    counts: dict[str, StoryCounts]
    misses: list[Miss]


class StoryRunInfo(BaseModel):
    run_id: str
    created_at: datetime
    engine: str
    git_commit: str | None = None
    git_dirty: bool | None = None
    references_fingerprint: str


class StoryRun(BaseModel):
    info: StoryRunInfo
    # Micro-averaged over the stories (pooled counts), like the "all" row.
    summary: dict[str, float]
    stories: list[StoryRecord]


def _scores(actors: Counts, quotes: Counts, conflicts: Counts) -> dict[str, float]:
    return {
        "actors_precision": actors.precision,
        "actors_recall": actors.recall,
        "quotes_precision": quotes.precision,
        "quotes_recall": quotes.recall,
        "conflicts_precision": conflicts.precision,
        "conflicts_recall": conflicts.recall,
    }


def _counts(c: Counts) -> StoryCounts:
    return StoryCounts(right=c.right, predicted=c.predicted, found=c.found, gold=c.gold)


def references_fingerprint(directory: Path | None = None) -> str:
    digest = hashlib.sha256()
    for path in sorted((directory or REFERENCES_DIR).glob("*.yaml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


async def evaluate_stories(references: list[StoryReference], engine) -> list[StoryRecord]:
    from briefsmith.briefing.stories import StoryInput, make_story

    records = []
    for reference in references:
        items = [
            StoryInput(article_id, text=path.read_text(encoding="utf-8"))
            for article_id, path in reference.articles.items()
        ]
        result = await make_story(items, engine)
        scores = score_story(result.story, reference)
        texts = {a.article_id: a.text for a in result.articles}
        records.append(
            StoryRecord(
                story=reference.story,
                scores=_scores(scores.actors, scores.quotes, scores.conflicts),
                counts={
                    "actors": _counts(scores.actors),
                    "quotes": _counts(scores.quotes),
                    "conflicts": _counts(scores.conflicts),
                },
                misses=story_misses(result.story, reference, texts),
            )
        )
    return records


def pooled(records: list[StoryRecord]) -> dict[str, float]:
    totals = {"actors": Counts(), "quotes": Counts(), "conflicts": Counts()}
    for record in records:
        for name, c in record.counts.items():
            totals[name].add(Counts(c.right, c.predicted, c.found, c.gold))
    return _scores(totals["actors"], totals["quotes"], totals["conflicts"])


def build_story_run(records: list[StoryRecord], engine: str, run_id: str) -> StoryRun:
    from briefsmith.evals.runner import git_state

    commit, dirty = git_state()
    return StoryRun(
        info=StoryRunInfo(
            run_id=run_id,
            created_at=datetime.now(UTC),
            engine=engine,
            git_commit=commit,
            git_dirty=dirty,
            references_fingerprint=references_fingerprint(),
        ),
        summary=pooled(records),
        stories=records,
    )


def compare_story_runs(
    current: StoryRun, baseline: StoryRun, threshold: float
) -> list[tuple[str, float, float, bool]]:
    """(field, baseline, current, regressed) for every pooled score."""
    rows = []
    for name in STORY_FIELDS:
        before, after = baseline.summary.get(name), current.summary[name]
        regressed = before is not None and before - after > threshold + 1e-12
        rows.append((name, before if before is not None else float("nan"), after, regressed))
    return rows


def load_story_run(path: Path) -> StoryRun:
    from briefsmith.evals.runner import RunError

    try:
        return StoryRun.model_validate_json(path.read_bytes())
    except (OSError, ValueError) as error:
        raise RunError(f"{path}: not a story eval results file ({error})") from None


def story_report_markdown(
    run: StoryRun, gate: list[tuple[str, float, float, bool]] | None = None
) -> str:
    lines = [
        f"# Story eval `{run.info.run_id}`",
        "",
        f"- **engine**: {run.info.engine}",
        f"- **git commit**: {(run.info.git_commit or 'unknown')[:12]}"
        + (" (dirty)" if run.info.git_dirty else ""),
        f"- **references**: {len(run.stories)} stories, fingerprint "
        f"{run.info.references_fingerprint}",
        "",
        "## Scores (pairwise P/R; conflicts P/R)",
        "",
        story_scores_table(run),
        "",
    ]
    if gate is not None:
        verdict = "FAILED" if any(r for *_, r in gate) else "PASSED"
        lines += [
            f"**Regression gate {verdict}**",
            "",
            "| field | baseline | now | |",
            "|---|---:|---:|---|",
        ]
        lines += [
            f"| {name} | {before:.3f} | {after:.3f} | {'REGRESSED' if bad else ''} |"
            for name, before, after, bad in gate
        ]
        lines.append("")
    groups = story_misses_by_class(run)
    lines += ["## Misses by class", ""]
    if not groups:
        lines += ["None.", ""]
    for heading, items in groups:
        lines += [f"### {heading} ({len(items)})", ""]
        for story, miss in items:
            detail = f" ({miss.detail})" if miss.detail else ""
            lines.append(f"- `{story}`: {miss.item}{detail}")
            if miss.sentence:
                lines.append(f"  > {miss.sentence}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def story_misses_by_class(run: StoryRun) -> list[tuple[str, list[tuple[str, Miss]]]]:
    grouped: dict[str, list[tuple[str, Miss]]] = {slug: [] for slug in STORY_MISS_CLASSES}
    for record in run.stories:
        for miss in record.misses:
            grouped.setdefault(miss.kind, []).append((record.story, miss))
    return [(STORY_MISS_CLASSES.get(k, k), v) for k, v in grouped.items() if v]


def write_story_run(
    run: StoryRun, out_dir: Path, gate: list[tuple[str, float, float, bool]] | None = None
) -> Path:
    """runs/<run-id>/{story-results.json, report.md, report.html}."""
    from briefsmith.evals.report import render_story_html

    run_dir = out_dir / run.info.run_id
    run_dir.mkdir(parents=True, exist_ok=False)
    (run_dir / STORY_RESULTS_FILE).write_text(
        run.model_dump_json(indent=2) + "\n", encoding="utf-8"
    )
    (run_dir / "report.md").write_text(story_report_markdown(run, gate), encoding="utf-8")
    (run_dir / "report.html").write_text(
        render_story_html(run, gate, STORY_FIELDS, story_misses_by_class(run)), encoding="utf-8"
    )
    return run_dir


def story_scores_table(run: StoryRun) -> str:
    """The per-story Markdown table with the pooled row (docs/stories.md is generated
    from the committed baseline with it)."""
    header = "| story | actors P | actors R | quotes P | quotes R | conflicts P | conflicts R |"
    lines = [header, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for record in run.stories:
        cells = " | ".join(f"{record.scores[f]:.3f}" for f in STORY_FIELDS)
        lines.append(f"| {record.story} | {cells} |")
    cells = " | ".join(f"{run.summary[f]:.3f}" for f in STORY_FIELDS)
    lines.append(f"| all (micro) | {cells} |")
    return "\n".join(lines)


def story_table(run: StoryRun):
    from rich.table import Table

    table = Table(title="story evals (pairwise P/R; conflicts P/R)")
    for column in ("story", *STORY_FIELDS):
        table.add_column(column, justify="left" if column == "story" else "right")
    for record in run.stories:
        table.add_row(record.story, *(f"{record.scores[f]:.3f}" for f in STORY_FIELDS))
    table.add_row("[bold]all (micro)[/bold]", *(f"{run.summary[f]:.3f}" for f in STORY_FIELDS))
    return table


def run_story_eval(engine, engine_name: str, out_dir: Path) -> StoryRun:
    from briefsmith.evals.runner import new_run_id

    references = load_story_references()
    records = asyncio.run(evaluate_stories(references, engine))
    run_id = new_run_id(engine_name, "stories", out_dir, datetime.now(UTC))  # type: ignore[arg-type]
    return build_story_run(records, engine_name, run_id)


def run_story_eval_command(
    engine_name: str | None,
    out_dir: Path = Path("runs"),
    baseline: Path | None = None,
    threshold: float = 0.05,
    save_baseline: Path | None = None,
) -> int:
    """The `brief eval --stories` command body; returns the exit code."""
    from rich.console import Console

    from briefsmith.core.errors import BriefsmithError
    from briefsmith.engines import build_engine
    from briefsmith.surfaces.cli.support import EXIT_BAD_INPUT, load_settings

    settings = load_settings()
    try:
        base = load_story_run(baseline) if baseline else None
        name = settings.resolve_engine(engine_name)
        engine = build_engine(settings, name)
        run = run_story_eval(engine, name, out_dir)
    except (StoryReferenceError, BriefsmithError, OSError) as error:
        Console(stderr=True).print(f"error: {error}")
        return EXIT_BAD_INPUT
    gate = compare_story_runs(run, base, threshold) if base else None
    run_dir = write_story_run(run, out_dir, gate)
    if save_baseline is not None:
        save_baseline.parent.mkdir(parents=True, exist_ok=True)
        save_baseline.write_text(run.model_dump_json(indent=2) + "\n", encoding="utf-8")
    Console().print(story_table(run))
    print(f"report: {run_dir / 'report.html'} (and report.md, {STORY_RESULTS_FILE})")
    if gate and any(bad for *_, bad in gate):
        lost = ", ".join(f"{n} {a - b:+.3f}" for n, b, a, bad in gate if bad)
        print(f"story regression gate FAILED (threshold {threshold:.3f}): {lost}", file=sys.stderr)
        return 1
    if gate:
        print("story regression gate passed")
    return 0
