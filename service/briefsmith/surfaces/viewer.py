"""The viewer: a brief (or a story) next to the article it came from, as one HTML page.

Served at GET /briefs/{id} and GET /stories/{id}, and written by `brief summarize
--format html` and `brief story --format html`: the same page, self-contained (styles
and the little script inline, no CDN, no build step), so it works offline.

Every item's span becomes highlights in the article: the text is cut at every span edge
into segments, and each segment is one `<mark>` that lists the items covering it
(`data-items`) and its offsets (`data-start`, `data-end`), so overlapping items (a
figure inside a quote) need no nesting. Jinja2 is imported here only, and this module
only on the HTML path, so the CLI starts without it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from briefsmith.core.injection import find_instructions
from briefsmith.core.schema import UNATTRIBUTED, BriefResult, Span
from briefsmith.core.segments import sentences
from briefsmith.core.story.schema import SourceRef, StoryResult

if TYPE_CHECKING:
    from jinja2 import Environment

SPEAKER_COLOURS = 8  # speaker-0 … speaker-7 in viewer.css, then reused
# Names shorter than this are not searched for as further mentions ("US" stays, "A" not).
_MIN_MENTION = 2


@dataclass(frozen=True)
class Highlight:
    item: str  # the brief item's id: a1 (actor), q1 (quote), f1 (figure), s1, o1
    kind: str  # actor, quote, figure, sentence
    start: int
    end: int
    speaker: int | None = None  # a quote's speaker colour


@dataclass
class ViewItem:
    """One entry of the brief pane: what it says and how it links to the article."""

    id: str
    kind: str
    text: str
    detail: str = ""
    speaker: int | None = None
    badges: list[str] = field(default_factory=list)
    located: bool = True
    sources: list[dict[str, Any]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _script() -> tuple[Markup, str]:
    """The page's script and its CSP hash: the page allows that script and nothing else
    (no other script, no fetch, no image or font from anywhere), whatever an article
    holds."""
    from importlib.resources import files

    text = files("briefsmith.surfaces").joinpath("templates", "viewer.js").read_text("utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Markup(text), f"sha256-{digest}"


def _render(template: str, view: dict[str, Any]) -> str:
    script, script_hash = _script()
    return (
        _environment()
        .get_template(template)
        .render(view=view, script=script, script_hash=script_hash)
    )


@lru_cache(maxsize=1)
def _environment() -> Environment:
    """Built once per process: templates compile on first use and are kept."""
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=PackageLoader("briefsmith.surfaces", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _mentions(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Every whole-word occurrence of any of the names, longest name first (linear in
    the text for a fixed set of names)."""
    wanted = sorted({n for n in names if len(n.strip()) >= _MIN_MENTION}, key=len, reverse=True)
    if not wanted:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in wanted) + r")(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _valid(span: Span | None, text: str) -> bool:
    return span is not None and 0 <= span.start < span.end <= len(text)


def highlighted_text(
    text: str,
    highlights: Sequence[Highlight],
    removed: Sequence[tuple[int, str]] = (),
) -> Markup:
    """The article as HTML: plain text (escaped) with a `<mark>` per segment covered by
    one or more highlights, and each removed piece as a hidden `<del>` at its offset."""
    edges = {0, len(text)}
    for h in highlights:
        edges.update((h.start, h.end))
    for offset, _ in removed:
        edges.add(min(max(offset, 0), len(text)))
    cuts = sorted(edges)
    starting: dict[int, list[Highlight]] = {}
    for h in highlights:
        starting.setdefault(h.start, []).append(h)
    removed_at: dict[int, list[str]] = {}
    for offset, piece in removed:
        removed_at.setdefault(min(max(offset, 0), len(text)), []).append(piece)
    active: list[Highlight] = []
    out: list[str] = []
    for left, right in zip(cuts, [*cuts[1:], None], strict=True):
        for piece in removed_at.get(left, []):
            out.append(
                f'<del class="removed" hidden aria-label="removed by cleaning">{escape(piece)}'
                "</del>"
            )
        if right is None:
            break
        active = [h for h in active if h.end > left] + starting.get(left, [])
        segment = escape(text[left:right])
        if not active:
            out.append(str(segment))
            continue
        primary = min(active, key=lambda h: (h.end - h.start, h.item))
        kinds = sorted({f"k-{h.kind}" for h in active})
        speakers = [h.speaker for h in active if h.speaker is not None]
        if speakers:
            kinds.append(f"speaker-{speakers[0] % SPEAKER_COLOURS}")
        elif any(h.kind == "quote" for h in active):
            kinds.append("k-unattributed")
        items = " ".join(dict.fromkeys(h.item for h in active))
        out.append(
            f'<mark class="hl {" ".join(kinds)}" data-items="{items}" '
            f'data-primary="{primary.item}" data-start="{left}" data-end="{right}">'
            f"{segment}</mark>"
        )
    return Markup("".join(out))


class _Speakers:
    """A colour per speaker, in order of first appearance; none for unattributed."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, speaker: str) -> int | None:
        if speaker == UNATTRIBUTED:
            return None
        return self.index.setdefault(speaker.casefold(), len(self.index))


def _sentence_sources(
    prefix: str, text: str, article: str, sources: Sequence[Any]
) -> list[Highlight]:
    spans = [s.span for s in sources if _valid(s.span, article)]
    if not spans and text:
        # An extractive summary is the article's own sentences: find each one.
        for sentence in sentences(text):
            at = article.find(sentence.text)
            if at >= 0:
                spans.append(Span(start=at, end=at + len(sentence.text)))
    return [Highlight(prefix, "sentence", s.start, s.end) for s in spans]


def brief_view(result: BriefResult) -> dict[str, Any]:
    """Everything the brief page shows, as plain values for the template."""
    brief, article = result.brief, result.article
    text = article.text
    highlights: list[Highlight] = []
    colour = _Speakers()
    actors, quotes, figures = [], [], []
    for n, actor in enumerate(brief.actors, start=1):
        item = f"a{n}"
        names = [actor.name, *actor.aliases]
        if _valid(actor.span, text):
            assert actor.span is not None
            names.append(text[actor.span.start : actor.span.end])
            highlights.append(Highlight(item, "actor", actor.span.start, actor.span.end))
        found = _mentions(text, names)
        highlights += [Highlight(item, "actor", s, e) for s, e in found]
        actors.append(
            ViewItem(
                item,
                "actor",
                actor.name,
                detail=" · ".join(x for x in (actor.kind, actor.role) if x),
                badges=[f"also: {', '.join(actor.aliases)}"] if actor.aliases else [],
                located=bool(found) or _valid(actor.span, text),
            )
        )
    for n, quote in enumerate(brief.quotes, start=1):
        item = f"q{n}"
        speaker = colour(quote.speaker)
        if _valid(quote.span, text):
            assert quote.span is not None
            highlights.append(
                Highlight(item, "quote", quote.span.start, quote.span.end, speaker=speaker)
            )
        quotes.append(
            ViewItem(
                item,
                "quote",
                quote.text,
                detail=quote.speaker,
                speaker=speaker,
                badges=["unattributed"] if quote.speaker == UNATTRIBUTED else [],
                located=_valid(quote.span, text),
            )
        )
    for n, figure in enumerate(brief.figures, start=1):
        item = f"f{n}"
        if _valid(figure.span, text):
            assert figure.span is not None
            highlights.append(Highlight(item, "figure", figure.span.start, figure.span.end))
        figures.append(
            ViewItem(
                item,
                "figure",
                figure.text,
                detail=" · ".join(x for x in (figure.measures, figure.unit) if x),
                located=_valid(figure.span, text),
            )
        )
    instructions = []
    for n, passage in enumerate(find_instructions(text), start=1):
        highlights.append(Highlight(f"i{n}", "instruction", passage.start, passage.end))
        instructions.append(
            ViewItem(f"i{n}", "instruction", text[passage.start : passage.end], detail=passage.kind)
        )
    situation = _sentence_sources("s", brief.situation, text, brief.situation_sources)
    outlook = _sentence_sources("o", brief.outlook, text, brief.outlook_sources)
    highlights += situation + outlook
    removed = list(zip(article.removed_at, article.removed, strict=False))
    meta = brief.meta
    return {
        "title": article.title or "Brief",
        "byline": " · ".join(x for x in (article.source, article.url) if x),
        "article_html": highlighted_text(text, highlights, removed),
        "situation": brief.situation,
        "situation_located": bool(situation),
        "outlook": brief.outlook,
        "outlook_located": bool(outlook),
        "actors": actors,
        "quotes": quotes,
        "figures": figures,
        "unattributed": sum(1 for q in brief.quotes if q.speaker == UNATTRIBUTED),
        "instructions": instructions,
        "warnings": [
            {"code": w.code, "field": w.field, "item": w.item, "message": w.message}
            for w in meta.warnings
        ],
        "removed": article.removed,
        "removed_placed": bool(removed),
        "engine": " · ".join(
            x
            for x in (
                f"engine: {meta.engine}",
                f"model: {meta.model}" if meta.model else "",
                f"prompt: {meta.prompt_version}" if meta.prompt_version else "",
                f"fell back from: {meta.fallback_from}" if meta.fallback_from else "",
            )
            if x
        ),
    }


def render_brief_html(result: BriefResult) -> str:
    return _render("brief.html.j2", brief_view(result))


def _story_sources(
    item: str, sources: Sequence[SourceRef], columns: dict[str, int], texts: list[str]
) -> tuple[list[dict[str, Any]], dict[int, list[tuple[int, int]]]]:
    """The links of one story item (one per article it cites) and its spans by column."""
    links: list[dict[str, Any]] = []
    spans: dict[int, list[tuple[int, int]]] = {}
    for source in sources:
        column = columns.get(source.article_id)
        if column is None:
            continue
        if _valid(source.span, texts[column]):
            assert source.span is not None
            spans.setdefault(column, []).append((source.span.start, source.span.end))
        if all(link["column"] != column for link in links):
            links.append(
                {
                    "article_id": source.article_id,
                    "column": column,
                    "item": item,
                    "located": column in spans,
                }
            )
    return links, spans


def story_view(result: StoryResult) -> dict[str, Any]:
    story = result.story
    texts = [a.text for a in result.articles]
    columns = {a.article_id: n for n, a in enumerate(result.articles)}
    per_column: list[list[Highlight]] = [[] for _ in texts]
    colour = _Speakers()

    def add(item: str, kind: str, sources: Sequence[SourceRef], speaker: int | None = None):
        links, spans = _story_sources(item, sources, columns, texts)
        for column, found in spans.items():
            per_column[column] += [Highlight(item, kind, s, e, speaker) for s, e in found]
        return links

    actors = []
    for n, actor in enumerate(story.actors, start=1):
        links = add(f"a{n}", "actor", actor.sources)
        actors.append(
            ViewItem(
                f"a{n}",
                "actor",
                actor.name,
                detail=" · ".join(x for x in (actor.kind, actor.role) if x),
                badges=[f"also: {', '.join(actor.aliases)}"] if actor.aliases else [],
                sources=links,
            )
        )
    quotes = []
    for n, quote in enumerate(story.quotes, start=1):
        speaker = colour(quote.speaker)
        links = add(f"q{n}", "quote", quote.sources, speaker)
        badges = ["unattributed"] if quote.speaker == UNATTRIBUTED else []
        if quote.speaker_conflict:
            badges.append("disputed: " + " / ".join(quote.speakers))
        quotes.append(
            ViewItem(
                f"q{n}",
                "quote",
                quote.text,
                detail=quote.speaker,
                speaker=speaker,
                badges=badges,
                sources=links,
            )
        )
    figures = []
    for n, figure in enumerate(story.figures, start=1):
        values = []
        for v, value in enumerate(figure.values, start=1):
            item = f"f{n}v{v}"
            links = add(item, "figure", value.sources)
            values.append({"id": item, "text": value.text, "sources": links})
        figures.append(
            {
                "id": f"f{n}",
                "measures": figure.measures or figure.unit or "a figure",
                "status": figure.status,
                "cells": values,
            }
        )
    situation = add("s", "sentence", story.situation.sources)
    outlook = add("o", "sentence", story.outlook.sources) if story.outlook else []
    meta = story.meta
    return {
        "title": f"Story brief ({len(result.articles)} articles)",
        "articles": [
            {
                "column": n,
                "article_id": a.article_id,
                "label": " · ".join(x for x in (a.title, a.source, a.url) if x),
                "html": highlighted_text(a.text, per_column[n]),
            }
            for n, a in enumerate(result.articles)
        ],
        "situation": story.situation.text,
        "situation_sources": situation,
        "outlook": story.outlook.text if story.outlook else "",
        "outlook_sources": outlook,
        "actors": actors,
        "quotes": quotes,
        "figures": [f for f in figures if f["status"] != "conflict"],
        "conflicts": [f for f in figures if f["status"] == "conflict"],
        "warnings": list(meta.warnings),
        "engine": " · ".join(
            x
            for x in (
                f"engine: {meta.engine}",
                f"model: {meta.model}" if meta.model else "",
                f"prompt: {meta.prompt_version}" if meta.prompt_version else "",
            )
            if x
        ),
    }


def render_story_html(result: StoryResult) -> str:
    return _render("story.html.j2", story_view(result))
