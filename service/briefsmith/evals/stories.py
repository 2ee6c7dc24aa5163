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
import itertools
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefsmith.config.package_data import package_dir
from briefsmith.core.grounding import normalize
from briefsmith.core.story.schema import StoryBrief

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


async def run_story_evals(references: list[StoryReference], engine) -> list[StoryScores]:
    from briefsmith.briefing.stories import StoryInput, make_story

    scores = []
    for reference in references:
        items = [
            StoryInput(article_id, text=path.read_text(encoding="utf-8"))
            for article_id, path in reference.articles.items()
        ]
        result = await make_story(items, engine)
        scores.append(score_story(result.story, reference))
    return scores


def story_table(scores: list[StoryScores]):
    from rich.table import Table

    table = Table(title="story evals (pairwise P/R; conflicts P/R)")
    for column in (
        "story",
        "actors P",
        "actors R",
        "quotes P",
        "quotes R",
        "conflicts P",
        "conflicts R",
    ):
        table.add_column(column, justify="left" if column == "story" else "right")
    totals = {"actors": Counts(), "quotes": Counts(), "conflicts": Counts()}
    for s in scores:
        table.add_row(
            s.story,
            f"{s.actors.precision:.3f}",
            f"{s.actors.recall:.3f}",
            f"{s.quotes.precision:.3f}",
            f"{s.quotes.recall:.3f}",
            f"{s.conflicts.precision:.3f}",
            f"{s.conflicts.recall:.3f}",
        )
        totals["actors"].add(s.actors)
        totals["quotes"].add(s.quotes)
        totals["conflicts"].add(s.conflicts)
    conflicts = totals["conflicts"]
    table.add_row(
        "[bold]all (micro)[/bold]",
        f"{totals['actors'].precision:.3f}",
        f"{totals['actors'].recall:.3f}",
        f"{totals['quotes'].precision:.3f}",
        f"{totals['quotes'].recall:.3f}",
        f"{conflicts.precision:.3f}",
        f"{conflicts.recall:.3f}",
    )
    return table


def run_story_eval_command(engine_name: str | None) -> int:
    """The `brief eval --stories` command body; returns the exit code."""
    from rich.console import Console

    from briefsmith.core.errors import BriefsmithError
    from briefsmith.engines import build_engine
    from briefsmith.surfaces.cli.support import EXIT_BAD_INPUT, load_settings

    settings = load_settings()
    try:
        references = load_story_references()
        engine = build_engine(settings, engine_name)
        scores = asyncio.run(run_story_evals(references, engine))
    except (StoryReferenceError, BriefsmithError, OSError) as error:
        Console(stderr=True).print(f"error: {error}")
        return EXIT_BAD_INPUT
    Console().print(story_table(scores))
    return 0
