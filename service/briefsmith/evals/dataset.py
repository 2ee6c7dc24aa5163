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
from typing import Literal, Self, get_args

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
    # Annotated news written for the evals, no rule tuned on them (evals/news/README.md):
    # dev may be read while working on rules; test is frozen (MANIFEST.sha256).
    "news-dev": package_dir("evals") / "news" / "dev",
    "news-test": package_dir("evals") / "news" / "test",
    # Written on 2026-12-03 before the engine was run on it; frozen like test.
    "news-holdout": package_dir("evals") / "news" / "holdout",
}
# A dataset folder holding this file is a frozen split: the file lists the SHA-256 of
# every article and reference (`sha256sum` format, paths relative to the folder), loading
# refuses a split that differs from it, and reports hide its per-article failures.
MANIFEST_NAME = "MANIFEST.sha256"


class DatasetError(BriefsmithError):
    """A dataset that cannot be evaluated. `problems` lists every issue found."""

    code = "invalid-dataset"

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("invalid dataset:\n" + "\n".join(f"  {p}" for p in problems))


class _Strict(BaseModel):
    # A misspelt key ("alias:" for "aliases:") must be an error, not silently ignored.
    model_config = ConfigDict(extra="forbid")


QuoteKind = Literal["speech", "question", "denied", "false-claim", "sign", "written"]
# Words the article puts in quote marks that nobody in the story says: their speaker is
# always `unattributed` (denied words, false claims).
UNSPOKEN_KINDS: frozenset[str] = frozenset({"denied", "false-claim"})
# How a multi-part quote's parts are joined (a quote split by its attribution, or one
# running over several paragraphs): space, U+2026, space.
PART_SEPARATOR = " \u2026 "


class ReferenceActor(_Strict):
    name: str = Field(min_length=1)
    kind: ActorKind
    role: str | None = None
    aliases: list[str] = Field(default_factory=list)
    # Old datasets: `optional` actors may be named without penalty. News datasets: every
    # actor says `key:`; key actors must be found, the others may be listed for free.
    optional: bool = False
    key: bool | None = None

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    @property
    def required(self) -> bool:
        """Counted by recall: a key actor, or (old format) any actor not optional."""
        return self.key if self.key is not None else not self.optional


class ReferenceQuote(_Strict):
    text: str = Field(min_length=1)
    speaker: str = Field(min_length=1)
    kind: QuoteKind | None = None
    optional: bool = False

    @property
    def parts(self) -> list[str]:
        """The quote's parts (one for a quote in one piece)."""
        return [p.strip() for p in self.text.split(PART_SEPARATOR.strip()) if p.strip()]

    @property
    def attributed(self) -> bool:
        return self.speaker.strip().casefold() != UNATTRIBUTED


class ReferenceFigure(_Strict):
    text: str = Field(min_length=1, description="The figure as the article writes it.")
    value: float
    value_max: float | None = None
    unit: str | None = None
    measures: str = Field(min_length=1)
    # Other spans of the same figure an engine may reasonably pick ("£20,000" for
    # "around £20,000"): listed explicitly, never implied by `optional`.
    alternates: list[str] = Field(default_factory=list)
    optional: bool = False

    @field_validator("alternates", mode="before")
    @classmethod
    def _alternates_are_strings(cls, value: object) -> object:
        if isinstance(value, list) and not all(isinstance(item, str) for item in value):
            raise ValueError(
                f"every alternate must be a string, got {value!r}; quote an alternate with a "
                'comma in a YAML flow list (["£20,000"]), or YAML splits it in two'
            )
        return value


_KINDS: tuple[str, ...] = get_args(QuoteKind)


class ReferenceMeta(_Strict):
    outlet: Literal["wire", "tabloid", "broadsheet", "local", "broadcaster", "trade"]
    beat: str = Field(min_length=1)
    licence: str = Field(min_length=1)
    features: list[str] = Field(default_factory=list)


class Reference(_Strict):
    """A hand-written reference brief.

    Two formats. The old one (seeds, general): `optional` items may be named without
    penalty but are not required. The news format (a reference with `meta:`; the
    news-dev and news-test sets, spec in evals/README.md): no `optional` anywhere, every
    actor says `key:`, every quote its `kind:`, and the reference lists the page
    furniture that must not survive cleaning and story sentences that must."""

    meta: ReferenceMeta | None = None
    situation: str = Field(min_length=1)
    outlook: str = ""
    actors: list[ReferenceActor] = Field(default_factory=list)
    quotes: list[ReferenceQuote] = Field(default_factory=list)
    figures: list[ReferenceFigure] = Field(default_factory=list)
    furniture: list[str] = Field(default_factory=list)
    keep: list[str] = Field(default_factory=list)

    @field_validator("situation", "outlook")
    @classmethod
    def _single_spaced(cls, value: str) -> str:
        return " ".join(value.split())

    @property
    def news_format(self) -> bool:
        return self.meta is not None

    @model_validator(mode="after")
    def _formats_are_not_mixed(self) -> Self:
        problems: list[str] = []
        if self.news_format:
            for index, actor in enumerate(self.actors):
                if actor.optional:
                    problems.append(f"actors[{index}].optional: not allowed here; use key: false")
                if actor.key is None:
                    problems.append(f"actors[{index}].key: required (true or false)")
            for index, quote in enumerate(self.quotes):
                if quote.optional:
                    problems.append(
                        f"quotes[{index}].optional: not allowed here (list every quote)"
                    )
                if quote.kind is None:
                    problems.append(f"quotes[{index}].kind: required ({', '.join(_KINDS)})")
            for index, figure in enumerate(self.figures):
                if figure.optional:
                    problems.append(
                        f"figures[{index}].optional: not allowed here; an editor keeps the "
                        "figure or leaves it out (alternates: for other spans of it)"
                    )
        else:
            for name in ("furniture", "keep"):
                if getattr(self, name):
                    problems.append(f"{name}: only in the news format (a reference with meta:)")
            for index, actor in enumerate(self.actors):
                if actor.key is not None:
                    problems.append(f"actors[{index}].key: only in the news format (meta:)")
        for index, quote in enumerate(self.quotes):
            if quote.kind in UNSPOKEN_KINDS and quote.attributed:
                problems.append(
                    f"quotes[{index}].speaker: a {quote.kind} quote's speaker is "
                    f"{UNATTRIBUTED!r} (nobody in the story says these words)"
                )
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @model_validator(mode="after")
    def _speakers_are_actors(self) -> Self:
        known = {name.casefold() for actor in self.actors for name in actor.names}
        for index, quote in enumerate(self.quotes):
            speaker = quote.speaker.strip()
            if speaker.casefold() != UNATTRIBUTED and speaker.casefold() not in known:
                raise ValueError(
                    f"quotes[{index}].speaker: {speaker!r} is not the name or alias of an actor "
                    f"in this reference; add the actor (key: false, or optional: true in the "
                    f"old format, if minor) or use {UNATTRIBUTED!r}"
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
    frozen: bool = False

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


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def grounding_problems(reference: Reference, article_text: str, label: str) -> list[str]:
    """Reference items that the cleaned article does not support, as located messages.

    A news-format figure whose number the grounding check cannot read ("2:14:38", "nine
    in 10", "roughly tenfold") still stands when its text is verbatim in the cleaned
    article: the reference is right; reading such numbers is the engines' job, scored."""
    report = check_grounding(reference, article_text, analysis_of(article_text))
    plural = {"actor": "actors", "quote": "quotes", "figure": "figures"}
    folded = _folded(article_text)
    problems = []
    for v in report.verdicts:
        if not v.reason:
            continue
        if (
            v.field == "figure"
            and reference.news_format
            and _folded(reference.figures[v.index].text) in folded
        ):
            continue
        problems.append(f"{label}: {plural[v.field]}[{v.index}]: {v.reason}")
    return problems


def _spaced(text: str) -> str:
    return " ".join(text.split())


def news_problems(reference: Reference, raw_text: str, cleaned_text: str, label: str) -> list[str]:
    """The news format's own checks: furniture and keep lines are verbatim lines of the
    article as given (whitespace may differ); a figure's alternates are in the cleaned
    article, like its text."""
    problems: list[str] = []
    raw, cleaned = _spaced(raw_text), _folded(cleaned_text)
    for name in ("furniture", "keep"):
        for index, line in enumerate(getattr(reference, name)):
            if _spaced(line) not in raw:
                problems.append(f"{label}: {name}[{index}]: {line!r} is not in the article")
    for index, figure in enumerate(reference.figures):
        for number, alternate in enumerate(figure.alternates):
            if _folded(alternate) not in cleaned:
                problems.append(
                    f"{label}: figures[{index}].alternates[{number}]: {alternate!r} is not in "
                    "the cleaned article"
                )
    return problems


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
        found = grounding_problems(reference, cleaned.text, label)
        found += news_problems(reference, text, cleaned.text, label)
        if found and cleaned.title:
            # A reference may hold what only the headline says: it is in the article, and
            # an engine that briefs the cleaned text alone is scored as missing it.
            headed = f"{cleaned.title}\n\n{cleaned.text}"
            with_headline = set(grounding_problems(reference, headed, label))
            with_headline.update(news_problems(reference, text, headed, label))
            found = [problem for problem in found if problem in with_headline]
        problems.extend(found)
        cases.append(Case(stem, article_path, reference_path, article, cleaned, reference))
    if problems:
        raise DatasetError(problems)
    return cases


def _split_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for sub in ("articles", "references")
        if (folder / sub).is_dir()
        for p in (folder / sub).iterdir()
        if p.is_file()
    )


def manifest_text(folder: Path) -> str:
    """The manifest of a split: `<sha256>  <path>` for every article and reference."""
    return "".join(
        f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(folder).as_posix()}\n"
        for p in _split_files(folder)
    )


def write_manifest(folder: Path | str) -> Path:
    """Freeze a split: write its MANIFEST.sha256 (only when its references are final;
    `python -c "from briefsmith.evals.dataset import write_manifest as w; w('DIR')"`)."""
    path = Path(folder) / MANIFEST_NAME
    path.write_text(manifest_text(Path(folder)), encoding="utf-8")
    return path


def manifest_problems(folder: Path) -> list[str]:
    """How a frozen split differs from its committed manifest (empty when it does not)."""
    manifest = folder / MANIFEST_NAME
    wanted: dict[str, str] = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        digest, _, path = line.partition("  ")
        if digest and path:
            wanted[path] = digest
    actual: dict[str, str] = {}
    for line in manifest_text(folder).splitlines():
        digest, _, path = line.partition("  ")
        actual[path] = digest
    label = _display(folder)
    problems = [
        f"{label}/{p}: changed" for p in sorted(wanted) if p in actual and actual[p] != wanted[p]
    ]
    problems += [f"{label}/{p}: missing" for p in sorted(set(wanted) - set(actual))]
    problems += [f"{label}/{p}: not in {MANIFEST_NAME}" for p in sorted(set(actual) - set(wanted))]
    if problems:
        problems.append(f"{label} is a frozen test split: its files may not change (docs/evals.md)")
    return problems


def load_dataset(folder: Path | str | None = None) -> Dataset:
    """The dataset in `folder` (or named in NAMED_DATASETS), or the default one
    (seeds/ + evals/references/). A frozen split must match its manifest."""
    name: str | None = None
    if isinstance(folder, str):
        if folder in NAMED_DATASETS:
            name, folder = folder, NAMED_DATASETS[folder]
        else:
            folder = Path(folder)
    frozen = False
    if folder is None:
        articles_dir, references_dir, name = DEFAULT_ARTICLES, DEFAULT_REFERENCES, "seeds"
    else:
        if not folder.is_dir():
            raise DatasetError([f"{_display(folder)}: no such dataset folder"])
        articles_dir = folder / "articles" if (folder / "articles").is_dir() else folder
        references_dir = folder / "references"
        name = name or folder.resolve().name
        frozen = (folder / MANIFEST_NAME).is_file()
        if frozen and (problems := manifest_problems(folder)):
            raise DatasetError(problems)
    cases = load_cases(articles_dir, references_dir)
    return Dataset(name, articles_dir, references_dir, tuple(cases), frozen)
