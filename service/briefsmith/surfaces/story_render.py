"""The story brief as Markdown, conflicts first. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from briefsmith.core.story.schema import (
    SourceRef,
    StoryFigure,
    StoryQuote,
    StoryResult,
    StorySentence,
)


def _cite(sources: Sequence[SourceRef]) -> str:
    ids = list(dict.fromkeys(s.article_id for s in sources))
    return "[" + ", ".join(ids) + "]" if ids else ""


def _sentence(sentence: StorySentence) -> str:
    cited = _cite(sentence.sources)
    return f"{sentence.text} {cited}".rstrip()


def _figure_conflict(figure: StoryFigure) -> str:
    what = figure.measures or figure.unit or "a figure"
    values = " vs ".join(f"**{v.text}** {_cite(v.sources)}" for v in figure.values)
    return f"- **{what}**: {values}"


def _quote_conflict(quote: StoryQuote) -> str:
    by = "; ".join(
        f"{speaker} {_cite([s for s in quote.sources if s.speaker == speaker])}"
        for speaker in quote.speakers
    )
    return f"- quote “{quote.text}” is attributed to different people: {by}"


def story_to_markdown(result: StoryResult) -> str:
    story, meta = result.story, result.story.meta
    lines = [f"# Story brief ({len(result.articles)} articles)", ""]
    for article in result.articles:
        label = " · ".join(x for x in (article.title, article.source, article.url) if x)
        lines.append(f"- [{article.article_id}] {label}".rstrip())
    lines.append("")
    conflicts = [_figure_conflict(f) for f in story.conflicting_figures]
    conflicts += [_quote_conflict(q) for q in story.disputed_quotes]
    if conflicts:
        lines += ["## ⚠ Conflicts between sources", "", *conflicts, ""]
    lines += ["## Situation", "", _sentence(story.situation), ""]
    if story.actors:
        lines += ["## Actors", ""]
        for actor in story.actors:
            role = f" — {actor.role}" if actor.role else ""
            also = f" · also: {', '.join(actor.aliases)}" if actor.aliases else ""
            lines.append(f"- **{actor.name}** ({actor.kind}){role}{also} {_cite(actor.sources)}")
        lines.append("")
    if story.quotes:
        lines += ["## Quotes", ""]
        for quote in story.quotes:
            speaker = (
                "disputed: " + " / ".join(quote.speakers)
                if quote.speaker_conflict
                else quote.speaker
            )
            lines += [f"> “{quote.text}”  \n> — {speaker} {_cite(quote.sources)}", ""]
    if story.figures:
        lines += ["## Figures", ""]
        for figure in story.figures:
            what = f" — {figure.measures}" if figure.measures else ""
            if figure.status == "conflict":
                lines.append(f"- ⚠ CONFLICT{what}: " + _figure_conflict(figure).split(": ", 1)[1])
            else:
                lines.append(f"- **{figure.values[0].text}**{what} {_cite(figure.sources)}")
        lines.append("")
    if story.outlook:
        lines += ["## Outlook", "", _sentence(story.outlook), ""]
    footer = f"engine: {meta.engine}"
    if meta.model:
        footer += f" · model: {meta.model}"
    if meta.prompt_version:
        footer += f" · prompt: {meta.prompt_version}"
    lines += ["---", f"_{footer}_"]
    if meta.warnings:
        lines += ["", "**Warnings**", ""] + [f"- {w}" for w in meta.warnings]
    return "\n".join(lines) + "\n"
