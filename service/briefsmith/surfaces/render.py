"""Human-readable renderings of a brief. Pure."""

from __future__ import annotations

from briefsmith.core.schema import BriefResult


def _figure_line(figure) -> str:
    what = f" — {figure.measures}" if figure.measures else ""
    return f"- **{figure.text}**{what}"


def brief_to_markdown(result: BriefResult) -> str:
    brief, article, meta = result.brief, result.article, result.brief.meta
    lines = [f"# {article.title or 'Brief'}", ""]
    if article.source or article.url:
        lines += [" · ".join(x for x in (article.source, article.url) if x), ""]
    lines += ["## Situation", "", brief.situation, ""]
    if brief.actors:
        lines += ["## Actors", ""]
        for actor in brief.actors:
            role = f" — {actor.role}" if actor.role else ""
            lines.append(f"- **{actor.name}** ({actor.kind}){role}")
        lines.append("")
    if brief.quotes:
        lines += ["## Quotes", ""]
        for quote in brief.quotes:
            lines.append(f"> “{quote.text}”  \n> — {quote.speaker}")
            lines.append("")
    if brief.figures:
        lines += ["## Figures", ""]
        lines += [_figure_line(f) for f in brief.figures]
        lines.append("")
    if brief.outlook:
        lines += ["## Outlook", "", brief.outlook, ""]
    footer = f"engine: {meta.engine}"
    if meta.model:
        footer += f" · model: {meta.model}"
    if meta.prompt_version:
        footer += f" · prompt: {meta.prompt_version}"
    if meta.fallback_from:
        footer += f" · fell back from: {meta.fallback_from}"
    lines += ["---", f"_{footer}_"]
    if meta.warnings:
        lines += ["", "**Warnings**", ""] + [f"- {w.message}" for w in meta.warnings]
    return "\n".join(lines) + "\n"
