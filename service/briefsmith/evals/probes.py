"""Probes: short labelled passages, each checking one field of a brief.

An article's reference scores every field at once; a probe asks one question of one
passage ("who said these words?", "is 7.30pm kept?", "what does £4m measure?"), so a
writer can write hundreds of traps in the time one annotated article takes, and a change
can be counted as passages it fixes and passages it breaks. The engines never read
probes; they are only scored, by the same matchers the article evals use
(briefsmith.evals.metrics): one "same person" test, one role and measures agreement, one
figure tolerance, one look-ahead test for outlook.

A probe file is JSON Lines, one probe per line (format in evals/probes/README.md).
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.errors import BriefsmithError
from briefsmith.core.names import same_person
from briefsmith.core.schema import UNATTRIBUTED, ArticleInput, Brief
from briefsmith.engines.base import Engine
from briefsmith.evals.dataset import DatasetError
from briefsmith.evals.metrics import (
    QUOTE_THRESHOLD,
    looks_ahead,
    measures_agree,
    outlook_sentences,
    quote_overlap,
    role_agrees,
    values_match,
)

ProbeField = Literal["speakers", "actors", "roles", "figures", "measures", "outlook"]
PROBE_FIELDS: tuple[ProbeField, ...] = (
    "speakers",
    "actors",
    "roles",
    "figures",
    "measures",
    "outlook",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SpeakerExpectation(_Strict):
    quote: str = Field(min_length=1, description="Words of the quote, verbatim.")
    speaker: str = Field(min_length=1, description="Who the article says spoke, or 'unattributed'.")


class NamedActor(_Strict):
    name: str = Field(min_length=1)
    kind: Literal["person", "organization", "country", "place", "group"] | None = None


class ActorsExpectation(_Strict):
    actors: list[NamedActor] = Field(default_factory=list, description="Must be listed.")
    not_actors: list[str] = Field(default_factory=list, description="Must not be listed.")


class RoleExpectation(_Strict):
    actor: str = Field(min_length=1)
    role: str = Field(min_length=1, description="The role as the article gives it.")


class FigureMention(_Strict):
    text: str = Field(min_length=1, description="The number as the passage writes it.")
    value: float


class FiguresExpectation(_Strict):
    keep: list[FigureMention] = Field(default_factory=list, description="Must be listed.")
    drop: list[FigureMention] = Field(default_factory=list, description="Must not be listed.")


class MeasuresExpectation(_Strict):
    figure: str = Field(min_length=1, description="The number as the passage writes it.")
    value: float
    measures: str = Field(min_length=1, description="What the number counts.")


class OutlookExpectation(_Strict):
    outlook: str = Field(description="The sentence that looks ahead, or '' for none.")


class _ProbeBase(_Strict):
    id: str = Field(min_length=1)
    text: str = Field(min_length=1, description="The passage, paragraphs split by blank lines.")
    trap: bool = False
    beat: str | None = None
    outlet: str | None = None
    note: str | None = None


class SpeakerProbe(_ProbeBase):
    field: Literal["speakers"]
    expect: SpeakerExpectation


class ActorsProbe(_ProbeBase):
    field: Literal["actors"]
    expect: ActorsExpectation


class RoleProbe(_ProbeBase):
    field: Literal["roles"]
    expect: RoleExpectation


class FiguresProbe(_ProbeBase):
    field: Literal["figures"]
    expect: FiguresExpectation


class MeasuresProbe(_ProbeBase):
    field: Literal["measures"]
    expect: MeasuresExpectation


class OutlookProbe(_ProbeBase):
    field: Literal["outlook"]
    expect: OutlookExpectation


Probe = Annotated[
    SpeakerProbe | ActorsProbe | RoleProbe | FiguresProbe | MeasuresProbe | OutlookProbe,
    Field(discriminator="field"),
]
_PROBE: TypeAdapter[Probe] = TypeAdapter(Probe)


class ProbeOutcome(_Strict):
    id: str
    field: ProbeField
    right: bool
    detail: str = Field(description="What the brief said, when it is wrong.")


# --------------------------------------------------------------------------------------
# Reading


def parse_probes(lines: Iterable[str], label: str) -> list[Probe]:
    """Every probe of a JSON Lines text; a bad line is a DatasetError naming it."""
    probes: list[Probe] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            probe = _PROBE.validate_python(json.loads(line))
        except json.JSONDecodeError as error:
            raise DatasetError([f"{label}:{number}: not JSON ({error.msg})"]) from None
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "probe"
            raise DatasetError([f"{label}:{number}: {where}: {first['msg']}"]) from None
        if probe.id in seen:
            raise DatasetError([f"{label}:{number}: probe id {probe.id!r} is used twice"])
        seen.add(probe.id)
        probes.append(probe)
    return probes


def load_probes(path: Path) -> list[Probe]:
    """The probes of one .jsonl file, or of every .jsonl file in a folder and its subfolders."""
    files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
    if not files:
        raise DatasetError([f"{path}: no .jsonl probe files"])
    probes: list[Probe] = []
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise DatasetError([f"{file}: cannot read ({error})"]) from None
        probes += parse_probes(text.splitlines(), str(file))
    ids = Counter(p.id for p in probes)
    if twice := sorted(i for i, n in ids.items() if n > 1):
        raise DatasetError([f"{path}: probe ids used in two files: {', '.join(twice[:5])}"])
    return probes


# --------------------------------------------------------------------------------------
# Checking: one function per field, each answering "right?" and, if not, "what instead?"


def _names(brief: Brief) -> list[tuple[str, str, list[str]]]:
    return [(a.name, a.kind, [a.name, *a.aliases]) for a in brief.actors]


def _listed(brief: Brief, name: str, kind: str | None) -> bool:
    return any(
        any(same_person(n, name, kind or actor_kind) for n in names)
        for _, actor_kind, names in _names(brief)
    )


def _name_key(name: str) -> str:
    words = name.casefold().replace("’", "'").split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words).removesuffix("'s").removesuffix("'")


def _listed_by_that_name(brief: Brief, name: str) -> bool:
    """Is an actor listed under the very name a probe says is no actor ("Melbourne", "Tom
    and Kiri Ramsay")? Its name, not its aliases (the ways the article refers to it,
    which may take in a couple written together). Not `same_person`, which rightly lets
    a part of a name stand for the whole: there "Melbourne Comets" would count as
    "Melbourne", and "Tom Ramsay", listed as the probe wants, as the couple merged into
    one (round 36)."""
    key = _name_key(name)
    return any(_name_key(actor.name) == key for actor in brief.actors)


def _check_speakers(expect: SpeakerExpectation, brief: Brief) -> tuple[bool, str]:
    found = [q for q in brief.quotes if quote_overlap(q.text, expect.quote) >= QUOTE_THRESHOLD]
    if not found:
        return False, "quote not listed"
    said = (found[0].speaker or UNATTRIBUTED).strip()
    if expect.speaker.strip().casefold() == UNATTRIBUTED:
        return said.casefold() == UNATTRIBUTED, f"speaker {said!r}"
    if said.casefold() == UNATTRIBUTED:
        return False, "unattributed"
    actor = next((a for a in brief.actors if same_person(said, a.name, a.kind)), None)
    kind = actor.kind if actor else "person"
    return same_person(said, expect.speaker, kind), f"speaker {said!r}"


def _check_actors(expect: ActorsExpectation, brief: Brief) -> tuple[bool, str]:
    missing = [a.name for a in expect.actors if not _listed(brief, a.name, a.kind)]
    wrongly = [name for name in expect.not_actors if _listed_by_that_name(brief, name)]
    problems = [f"missing {n!r}" for n in missing] + [f"listed {n!r}" for n in wrongly]
    listed = ", ".join(a.name for a in brief.actors) or "none"
    return not problems, "; ".join(problems) + f" (actors: {listed})"


def _check_roles(expect: RoleExpectation, brief: Brief) -> tuple[bool, str]:
    actor = next(
        (
            a
            for a in brief.actors
            if any(same_person(n, expect.actor, a.kind) for n in [a.name, *a.aliases])
        ),
        None,
    )
    if actor is None:
        return False, "actor not listed"
    return role_agrees(actor.role, expect.role), f"role {actor.role!r}"


def _has_value(brief: Brief, value: float) -> bool:
    return any(
        values_match(f.value, value)
        or (f.value_max is not None and values_match(f.value_max, value))
        for f in brief.figures
    )


def _check_figures(expect: FiguresExpectation, brief: Brief) -> tuple[bool, str]:
    missing = [m.text for m in expect.keep if not _has_value(brief, m.value)]
    wrongly = [m.text for m in expect.drop if _has_value(brief, m.value)]
    problems = [f"missing {t!r}" for t in missing] + [f"listed {t!r}" for t in wrongly]
    listed = ", ".join(f.text for f in brief.figures) or "none"
    return not problems, "; ".join(problems) + f" (figures: {listed})"


def _check_measures(expect: MeasuresExpectation, brief: Brief) -> tuple[bool, str]:
    figures = [f for f in brief.figures if values_match(f.value, expect.value)]
    if not figures:
        return False, "figure not listed"
    right = any(measures_agree(f.measures, expect.measures) for f in figures)
    return right, f"measures {figures[0].measures!r}"


def _check_outlook(expect: OutlookExpectation, brief: Brief) -> tuple[bool, str]:
    said = outlook_sentences(brief.outlook)
    if not expect.outlook.strip():
        return not said, f"outlook {brief.outlook!r}"
    right = bool(said) and all(looks_ahead(s, expect.outlook) for s in said)
    return right, f"outlook {brief.outlook!r}"


_CHECKS = {
    "speakers": _check_speakers,
    "actors": _check_actors,
    "roles": _check_roles,
    "figures": _check_figures,
    "measures": _check_measures,
    "outlook": _check_outlook,
}


def check_probe(probe: Probe, brief: Brief) -> ProbeOutcome:
    right, detail = _CHECKS[probe.field](probe.expect, brief)  # type: ignore[operator]
    return ProbeOutcome(id=probe.id, field=probe.field, right=right, detail="" if right else detail)


# --------------------------------------------------------------------------------------
# Running


async def _brief_of(probe: Probe, engine: Engine) -> Brief | str:
    try:
        return (await make_brief(ArticleInput(text=probe.text), engine)).brief
    except BriefsmithError as failure:
        return f"{failure.code}: {failure.message}"


async def run_probes(probes: Sequence[Probe], engine: Engine) -> list[ProbeOutcome]:
    """Each probe's passage through the pipeline every surface uses, then checked."""
    outcomes: list[ProbeOutcome] = []
    for probe in probes:
        brief = await _brief_of(probe, engine)
        if isinstance(brief, str):
            outcomes.append(ProbeOutcome(id=probe.id, field=probe.field, right=False, detail=brief))
        else:
            outcomes.append(check_probe(probe, brief))
    return outcomes


def run_probes_sync(probes: Sequence[Probe], engine: Engine) -> list[ProbeOutcome]:
    return asyncio.run(run_probes(probes, engine))


def outcomes_jsonl(outcomes: Sequence[ProbeOutcome]) -> str:
    """Outcomes as JSON Lines, the format of `--out` and of the committed baseline."""
    return "".join(o.model_dump_json() + "\n" for o in outcomes)


def load_outcomes(path: Path) -> list[ProbeOutcome]:
    """Outcomes written by `outcomes_jsonl`; a file that is not one is a DatasetError."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [ProbeOutcome.model_validate_json(line) for line in lines if line.strip()]
    except (OSError, UnicodeDecodeError, ValidationError) as error:
        reason = error.errors()[0]["msg"] if isinstance(error, ValidationError) else error
        raise DatasetError([f"{path}: not a probe outcomes file ({reason})"]) from None


def compare_probe_runs(
    current: Sequence[ProbeOutcome], baseline: Sequence[ProbeOutcome], threshold: float
) -> list[tuple[str, float, float, bool]]:
    """(field, baseline share right, current share right, regressed) for every field
    both runs probed: like the article gates, a share that falls by more than the
    threshold fails."""

    def shares(outcomes: Sequence[ProbeOutcome]) -> dict[str, float]:
        return {field: 1 - wrong / total for field, (wrong, total) in tally(outcomes).items()}

    before, after = shares(baseline), shares(current)
    return [
        (field, before[field], after[field], before[field] - after[field] > threshold + 1e-12)
        for field in after
        if field in before
    ]


def changed_probes(
    current: Sequence[ProbeOutcome], baseline: Sequence[ProbeOutcome]
) -> tuple[list[str], list[str]]:
    """(fixed, broken): the ids right now and wrong in the baseline, and the reverse."""
    earlier = {o.id: o.right for o in baseline}
    fixed = sorted(o.id for o in current if o.right and earlier.get(o.id) is False)
    broken = sorted(o.id for o in current if not o.right and earlier.get(o.id) is True)
    return fixed, broken


def tally(outcomes: Sequence[ProbeOutcome]) -> dict[str, tuple[int, int]]:
    """Per field (and "all"): (wrong, total)."""
    counts: dict[str, tuple[int, int]] = {}
    for field in [*PROBE_FIELDS, "all"]:
        these = [o for o in outcomes if field in ("all", o.field)]
        if these:
            counts[field] = (sum(not o.right for o in these), len(these))
    return counts
