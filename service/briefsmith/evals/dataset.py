"""Eval datasets: articles plus hand-written reference briefs. Format: evals/README.md.

A dataset is a folder holding the articles (`articles/*.txt`, or `*.txt` directly in the
folder) and `references/<article-stem>.yaml`, one reference per article. The default
dataset is the repository's seeds/ with evals/references/.

Loading validates every reference with pydantic and checks it against its own cleaned
article with the one grounding check, so a paraphrased "verbatim" quote or a figure the
article never states is refused up front. Every problem is reported as
`<file>: <field path>: <message>`; loading never ends in a traceback.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Self

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from briefsmith.config.package_data import package_dir
from briefsmith.core.cleaning import clean_article, decode_article_bytes
from briefsmith.core.errors import BriefsmithError
from briefsmith.core.grounding import check_grounding
from briefsmith.core.schema import (
    UNATTRIBUTED,
    Actor,
    ActorKind,
    ArticleInput,
    Brief,
    BriefMeta,
    CleanArticle,
    Figure,
    Quote,
)
from briefsmith.engines.linguistic import analysis_of

REPO_ROOT = package_dir("evals").parent
# The default dataset ships inside the packages, so an installed wheel can run it.
DEFAULT_ARTICLES = package_dir("seeds")
DEFAULT_REFERENCES = package_dir("evals") / "references"
MAX_ARTICLE_BYTES = 1_000_000
# Datasets shipped with the repository, by name: the seeds (one story, five outlets) and
# hand-written articles of other kinds (courts, sports, business, science, wire copy...).
NAMED_DATASETS: dict[str, Path | None] = {
    "seeds": None,
    "general": package_dir("evals") / "general",
}


class DatasetError(BriefsmithError):
    """A dataset that cannot be evaluated. `problems` lists every issue found."""

    code = "invalid-dataset"

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("invalid dataset:\n" + "\n".join(f"  {p}" for p in problems))


class _Strict(BaseModel):
    # A misspelt key ("alias:" for "aliases:") must be an error, not silently ignored.
    model_config = ConfigDict(extra="forbid")


class ReferenceActor(_Strict):
    name: str = Field(min_length=1)
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = Field(default_factory=list)
    optional: bool = False

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


class ReferenceQuote(_Strict):
    text: str = Field(min_length=1)
    speaker: str = Field(min_length=1)
    optional: bool = False


class ReferenceFigure(_Strict):
    text: str = Field(min_length=1, description="The figure as the article writes it.")
    value: float
    value_max: float | None = None
    unit: str | None = None
    measures: str = Field(min_length=1)
    optional: bool = False


class Reference(_Strict):
    """A hand-written reference brief. `optional` items may be named without penalty but
    are not required: recall counts only the required ones."""

    situation: str = Field(min_length=1)
    outlook: str = ""
    actors: list[ReferenceActor] = Field(default_factory=list)
    quotes: list[ReferenceQuote] = Field(default_factory=list)
    figures: list[ReferenceFigure] = Field(default_factory=list)

    @field_validator("situation", "outlook")
    @classmethod
    def _single_spaced(cls, value: str) -> str:
        return " ".join(value.split())

    @model_validator(mode="after")
    def _speakers_are_actors(self) -> Self:
        known = {name.casefold() for actor in self.actors for name in actor.names}
        for index, quote in enumerate(self.quotes):
            speaker = quote.speaker.strip()
            if speaker.casefold() != UNATTRIBUTED and speaker.casefold() not in known:
                raise ValueError(
                    f"quotes[{index}].speaker: {speaker!r} is not the name or alias of an actor "
                    f"in this reference; add the actor (optional: true if minor) or use "
                    f"{UNATTRIBUTED!r}"
                )
        return self

    def speaker_actor(self, speaker: str) -> ReferenceActor | None:
        wanted = speaker.strip().casefold()
        return next((a for a in self.actors if wanted in {n.casefold() for n in a.names}), None)

    def as_brief(self) -> Brief:
        """The reference as a Brief, e.g. to check that it scores 1.0 against itself."""
        return Brief(
            situation=self.situation,
            outlook=self.outlook,
            actors=[
                Actor(name=a.name, kind=a.kind, role=a.role, aliases=a.aliases) for a in self.actors
            ],
            quotes=[Quote(text=q.text, speaker=q.speaker) for q in self.quotes],
            figures=[
                Figure(
                    text=f.text,
                    value=f.value,
                    value_max=f.value_max,
                    unit=f.unit,
                    measures=f.measures,
                )
                for f in self.figures
            ],
            meta=BriefMeta(engine="reference"),
        )


@dataclass(frozen=True)
class Case:
    """One article of a dataset with its reference."""

    article_id: str
    article_path: Path
    reference_path: Path
    article: ArticleInput
    cleaned: CleanArticle
    reference: Reference


@dataclass(frozen=True)
class Dataset:
    name: str
    articles_dir: Path
    references_dir: Path
    cases: tuple[Case, ...]

    @property
    def fingerprint(self) -> str:
        """Changes whenever an article or a reference changes; baselines record it."""
        digest = hashlib.sha256()
        for case in self.cases:
            for path in (case.article_path, case.reference_path):
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
        return digest.hexdigest()[:16]


def format_location(location: tuple[int | str, ...]) -> str:
    """('figures', 2, 'value') -> 'figures[2].value'."""
    out = ""
    for part in location:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _validation_problems(label: str, error: ValidationError) -> list[str]:
    problems = []
    for item in error.errors():
        where = format_location(tuple(item["loc"]))
        message = item["msg"].removeprefix("Value error, ")
        # Model-level checks already name their field in the message.
        problems.append(f"{label}: {where}: {message}" if where else f"{label}: {message}")
    return problems


def parse_reference(data: bytes, label: str) -> Reference:
    """YAML bytes -> Reference, or DatasetError naming `label` and the field."""
    try:
        raw = yaml.safe_load(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DatasetError([f"{label}: not UTF-8 text"]) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise DatasetError([f"{label}: invalid YAML{where}: {problem}"]) from None
    if not isinstance(raw, dict):
        raise DatasetError(
            [
                (
                    f"{label}: a reference is a YAML mapping with situation, outlook, "
                    "actors, quotes and figures"
                )
            ]
        )
    try:
        return Reference.model_validate(raw)
    except ValidationError as error:
        raise DatasetError(_validation_problems(label, error)) from None


def grounding_problems(reference: Reference, article_text: str, label: str) -> list[str]:
    """Reference items that the cleaned article does not support, as located messages."""
    report = check_grounding(reference, article_text, analysis_of(article_text))
    plural = {"actor": "actors", "quote": "quotes", "figure": "figures"}
    return [
        f"{label}: {plural[v.field]}[{v.index}]: {v.reason}" for v in report.verdicts if v.reason
    ]


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _article_files(articles_dir: Path) -> list[Path]:
    return sorted(p for p in articles_dir.glob("*.txt") if p.is_file())


def load_cases(articles_dir: Path, references_dir: Path) -> list[Case]:
    problems: list[str] = []
    if not articles_dir.is_dir():
        raise DatasetError([f"{_display(articles_dir)}: no such folder of articles"])
    if not references_dir.is_dir():
        raise DatasetError(
            [
                (
                    f"{_display(references_dir)}: no such folder of references "
                    "(a dataset needs references/<article-stem>.yaml)"
                )
            ]
        )
    articles = {p.stem: p for p in _article_files(articles_dir)}
    references = {p.stem: p for p in sorted(references_dir.glob("*.y*ml")) if p.is_file()}
    if not articles:
        problems.append(f"{_display(articles_dir)}: no articles (*.txt)")
    for stem in sorted(set(articles) - set(references)):
        problems.append(
            f"{_display(articles[stem])}: no reference; write "
            f"{_display(references_dir / (stem + '.yaml'))}"
        )
    for stem in sorted(set(references) - set(articles)):
        problems.append(
            f"{_display(references[stem])}: no article {stem}.txt in {_display(articles_dir)}"
        )

    cases: list[Case] = []
    for stem in sorted(set(articles) & set(references)):
        article_path, reference_path = articles[stem], references[stem]
        label = _display(reference_path)
        try:
            reference = parse_reference(reference_path.read_bytes(), label)
        except DatasetError as error:
            problems.extend(error.problems)
            continue
        try:
            text = decode_article_bytes(article_path.read_bytes(), MAX_ARTICLE_BYTES)
            # Exactly what `brief summarize FILE` sends, so recorded LLM cassettes replay.
            article = ArticleInput(text=text)
            cleaned = clean_article(article, MAX_ARTICLE_BYTES)
        except BriefsmithError as error:
            problems.append(f"{_display(article_path)}: {error.message}")
            continue
        problems.extend(grounding_problems(reference, cleaned.text, label))
        cases.append(Case(stem, article_path, reference_path, article, cleaned, reference))
    if problems:
        raise DatasetError(problems)
    return cases


def load_dataset(folder: Path | str | None = None) -> Dataset:
    """The dataset in `folder` (or named in NAMED_DATASETS), or the default one
    (seeds/ + evals/references/)."""
    if isinstance(folder, str):
        folder = NAMED_DATASETS[folder] if folder in NAMED_DATASETS else Path(folder)
    if folder is None:
        articles_dir, references_dir, name = DEFAULT_ARTICLES, DEFAULT_REFERENCES, "seeds"
    else:
        if not folder.is_dir():
            raise DatasetError([f"{_display(folder)}: no such dataset folder"])
        articles_dir = folder / "articles" if (folder / "articles").is_dir() else folder
        references_dir, name = folder / "references", folder.resolve().name
    cases = load_cases(articles_dir, references_dir)
    return Dataset(name, articles_dir, references_dir, tuple(cases))
