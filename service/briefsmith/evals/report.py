"""Reports of an eval run: Markdown and a self-contained HTML page. Pure: results in, text out.

The HTML has no external assets: styles are inline and the per-field chart is an SVG
drawn here (bars for the mean, whiskers for the 95% bootstrap interval, a tick for the
baseline when the run was gated).
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from briefsmith.evals.lead import LEAD3_HELP
from briefsmith.evals.metrics import FIELDS, MISS_CLASSES, WEIGHTS, Miss
from briefsmith.evals.results import ArticleRecord, GateResult, RunResults

FIELD_HELP = {
    "actors": "F1 of actors, alias-aware fuzzy names, one-to-one",
    "quotes": "F1 of quotes by normalized word overlap",
    "speaker_precision": "of matched quotes credited to someone, share credited rightly",
    "speaker_recall": "of matched quotes with a named speaker, share credited to them",
    "figures": "F1 of figures by value (2% tolerance) and unit, or an explicit alternate",
    "situation": "mean of ROUGE-L F1 and content-word recall",
    "outlook": "mean of ROUGE-L F1 and content-word recall",
    "faithfulness": "1 - share of raw items the article does not support",
    "actor_precision": "share of the engine's actors in the reference",
    "actor_recall": "share of the reference's key actors found",
    "actor_kinds": "share of matched actors whose kind agrees",
    "roles": "share of matched actors whose role agrees (content words)",
    "quote_recall": "share of the reference's quotes found",
    "figure_precision": "share of the engine's figures in the reference (no free optional ones)",
    "measures": "share of matched figures whose measures hold the reference's words",
    "outlook_precision": "share of outlook sentences that look ahead (none when the article says nothing)",
    "furniture_left": "share of the reference's furniture lines left after cleaning (lower is better)",
    "story_lost": "share of the reference's keep sentences lost by cleaning (lower is better)",
    "overall": "weighted mean of actors … faithfulness",
}


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def fmt_delta(value: float | None) -> str:
    return "–" if value is None else f"{value:+.3f}"


def _meta_lines(results: RunResults) -> list[tuple[str, str]]:
    info = results.info
    commit = (info.git_commit or "unknown")[:12] + (" (dirty)" if info.git_dirty else "")
    return [
        ("engine", info.engine),
        ("model", info.model or "–"),
        ("prompt version", ", ".join(info.prompt_versions) or "–"),
        ("mode", info.mode),
        *([("strategy", info.strategy)] if info.strategy else []),
        *([("cassettes", info.cassettes)] if info.cassettes else []),
        ("git commit", commit),
        (
            "dataset",
            (f"{info.dataset} ({info.articles} articles, fingerprint {info.dataset_fingerprint})"),
        ),
        ("failed articles", str(info.failed)),
        ("fallback briefs", str(info.fallbacks)),
        (
            "tokens",
            (
                f"{info.tokens.total:,} ({info.tokens.prompt:,} prompt + "
                f"{info.tokens.completion:,} completion)"
            ),
        ),
        (
            "latency",
            (
                f"wall {info.latency.wall_ms / 1000:.2f} s, per article mean "
                f"{fmt_ms(info.latency.mean_ms)}, max {fmt_ms(info.latency.max_ms)}"
            ),
        ),
        ("created", info.created_at.isoformat(timespec="seconds")),
        ("metrics version", info.metrics_version),
    ]


def fmt_ms(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f} ms"


def _details(record: ArticleRecord) -> list[tuple[str, list[str]]]:
    scores = record.scores
    sections = [
        ("error", [record.error] if record.error else []),
        ("actors missed", scores.actors.missed),
        ("actors not in the reference", scores.actors.extra),
        ("quotes missed", scores.quotes.missed),
        ("quotes not in the reference", scores.quotes.extra),
        ("misattributed quotes", scores.quotes.misattributed),
        ("figures missed", scores.figures.missed),
        ("figures not in the reference", scores.figures.extra),
        (
            "unsupported by the article (raw engine output)",
            scores.faithfulness.problems if scores.faithfulness else [],
        ),
        (
            "pipeline warnings",
            [w.message for w in record.brief.meta.warnings] if record.brief else [],
        ),
    ]
    return [(title, items) for title, items in sections if items]


def misses_by_class(results: RunResults) -> list[tuple[str, list[tuple[str, Miss]]]]:
    """(heading, [(article id, miss), ...]) for every class that has misses, in
    MISS_CLASSES order."""
    grouped: dict[str, list[tuple[str, Miss]]] = {slug: [] for slug in MISS_CLASSES}
    for record in results.articles:
        for miss in record.scores.misses:
            grouped.setdefault(miss.kind, []).append((record.article_id, miss))
    return [(MISS_CLASSES.get(slug, slug), items) for slug, items in grouped.items() if items]


def hides_articles(results: RunResults, show_frozen: bool) -> bool:
    return results.info.frozen and not show_frozen


HIDDEN_NOTE = (
    "This is the frozen test split: per-article failures are not shown, so no rule is "
    "tuned on them (`--show-test-failures` shows them; docs/evals.md)."
)


def _misses_markdown(results: RunResults, show_frozen: bool) -> list[str]:
    groups = misses_by_class(results)
    lines = ["## Misses by class", ""]
    if not groups:
        return [*lines, "None.", ""]
    lines += ["| class | misses | articles |", "|---|---:|---:|"]
    lines += [
        f"| {heading} | {len(items)} | {len({a for a, _ in items})} |" for heading, items in groups
    ]
    lines.append("")
    if hides_articles(results, show_frozen):
        return [*lines, HIDDEN_NOTE, ""]
    for heading, items in groups:
        lines += [f"### {heading} ({len(items)})", ""]
        for article_id, miss in items:
            detail = f" ({miss.detail})" if miss.detail else ""
            lines.append(f"- `{article_id}`: {miss.item}{detail}")
            if miss.sentence and miss.sentence != miss.item:
                lines.append(f"  > {miss.sentence}")
        lines.append("")
    return lines


# --------------------------------------------------------------------------------------
# Markdown


def render_markdown(
    results: RunResults, gate: GateResult | None = None, show_frozen: bool = False
) -> str:
    lines = [f"# Eval run `{results.info.run_id}`", ""]
    lines += [f"- **{label}**: {value}" for label, value in _meta_lines(results)]
    lines.append("")
    if gate is not None:
        verdict = "PASSED" if gate.passed else "FAILED"
        lines += [
            (
                f"**Regression gate {verdict}** against `{gate.baseline_run}` "
                f"(threshold {gate.threshold:.3f})"
            ),
            "",
        ]
        lines += [f"- warning: {w}" for w in gate.warnings]
        if gate.warnings:
            lines.append("")
    changes = {c.field: c for c in gate.changes} if gate else {}
    lines += ["## Scores", ""]
    header = "| field | mean | 95% CI | n |"
    rule = "|---|---:|---|---:|"
    if gate:
        header += " baseline | Δ | |"
        rule += "---:|---:|---|"
    lines += [header + " what it measures |", rule + "---|"]
    for field in FIELDS:
        s = results.summary[field]
        ci = "–" if s.ci_low is None else f"[{s.ci_low:.3f}, {s.ci_high:.3f}]"
        row = f"| {field} | {fmt(s.mean)} | {ci} | {s.n} |"
        if gate:
            c = changes[field]
            row += f" {fmt(c.baseline)} | {fmt_delta(c.delta)} | {'REGRESSED' if c.regressed else ''} |"
        lines.append(row + f" {FIELD_HELP[field]} |")
    for name, s in results.baselines.items():
        ci = "–" if s.ci_low is None else f"[{s.ci_low:.3f}, {s.ci_high:.3f}]"
        filler = " | | |" if gate else ""
        lines.append(f"| {name} | {fmt(s.mean)} | {ci} | {s.n} |{filler} {LEAD3_HELP} |")
    weights = ", ".join(f"{name} {weight:.2f}" for name, weight in WEIGHTS.items())
    lines += ["", f"Overall weights: {weights}.", ""]
    lines += _misses_markdown(results, show_frozen)
    if hides_articles(results, show_frozen):
        return "\n".join(lines).rstrip() + "\n"
    lines += ["## Per article", ""]
    lines += ["| article | " + " | ".join(FIELDS) + " |", "|---|" + "---:|" * len(FIELDS)]
    for record in results.articles:
        cells = " | ".join(fmt(record.scores.fields[f]) for f in FIELDS)
        flag = " (failed)" if record.error else ""
        lines.append(f"| {record.article_id}{flag} | {cells} |")
    lines += ["", "## Details", ""]
    for record in results.articles:
        lines += [f"### {record.article_id}", ""]
        scores = record.scores
        lines.append(
            f"actors P {scores.actors.precision:.2f} R {scores.actors.recall:.2f} · quotes P "
            f"{scores.quotes.precision:.2f} R {scores.quotes.recall:.2f} · figures P "
            f"{scores.figures.precision:.2f} R {scores.figures.recall:.2f} · figure meaning "
            f"{fmt(scores.figures.meaning_similarity)} · "
            f"actor kinds {fmt(scores.actors.kind_accuracy)} · "
            f"latency {record.latency_ms:,.0f} ms"
        )
        lines.append("")
        for title, items in _details(record):
            lines.append(f"**{title}**")
            lines += [f"- {item}" for item in items]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# --------------------------------------------------------------------------------------
# HTML


def field_chart_svg(results: RunResults, gate: GateResult | None = None) -> str:
    """Horizontal bars, one per field, on a 0-1 scale."""
    label_w, bar_w, row_h, top = 110, 420, 26, 24
    height = top + row_h * len(FIELDS) + 24
    width = label_w + bar_w + 70
    baseline = {c.field: c.baseline for c in gate.changes} if gate else {}
    regressed = {c.field for c in gate.regressions} if gate else set()
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="Mean score per field">'
        ),
        "<style>text{font:12px sans-serif;fill:#222}.axis{stroke:#bbb}</style>",
    ]
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        x = label_w + tick * bar_w
        parts.append(
            f'<line class="axis" x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 20}"/>'
        )
        parts.append(f'<text x="{x:.1f}" y="{top - 10}" text-anchor="middle">{tick:g}</text>')
    for row, field in enumerate(FIELDS):
        s = results.summary[field]
        y = top + row * row_h
        label_style = ' style="fill:#c0392b;font-weight:bold"' if field in regressed else ""
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end"{label_style}>'
            f"{escape(field)}</text>"
        )
        if (baseline_mean := baseline.get(field)) is not None:
            x = label_w + baseline_mean * bar_w
            parts.append(
                f'<line x1="{x:.1f}" y1="{y + 1}" x2="{x:.1f}" y2="{y + row_h - 3}" '
                'stroke="#e67e22" stroke-width="3"><title>baseline '
                f"{baseline[field]:.3f}</title></line>"
            )
        if s.mean is None:
            parts.append(f'<text x="{label_w + 4}" y="{y + 15}"{label_style}>no score</text>')
            continue
        color = (
            "#c0392b" if field in regressed else ("#2c3e50" if field == "overall" else "#2e86c1")
        )
        parts.append(
            f'<rect x="{label_w}" y="{y + 4}" width="{s.mean * bar_w:.1f}" '
            f'height="{row_h - 10}" fill="{color}"><title>{escape(field)}: '
            f"{s.mean:.3f}</title></rect>"
        )
        if s.ci_low is not None and s.ci_high is not None:
            x1, x2 = label_w + s.ci_low * bar_w, label_w + s.ci_high * bar_w
            mid = y + row_h / 2 - 1
            parts.append(
                f'<line x1="{x1:.1f}" y1="{mid:.1f}" x2="{x2:.1f}" y2="{mid:.1f}" '
                'stroke="#111" stroke-width="1.5"/>'
            )
            for x in (x1, x2):
                parts.append(
                    f'<line x1="{x:.1f}" y1="{mid - 5:.1f}" x2="{x:.1f}" '
                    f'y2="{mid + 5:.1f}" stroke="#111" stroke-width="1.5"/>'
                )
        parts.append(
            f'<text x="{label_w + bar_w + 8}" y="{y + 15}"{label_style}>{s.mean:.3f}</text>'
        )
    legend_y = height - 6
    parts.append(
        f'<text x="{label_w}" y="{legend_y}">bar: mean · whiskers: 95% bootstrap CI'
        + (" · orange tick: baseline" if gate else "")
        + "</text>"
    )
    parts.append("</svg>")
    return "".join(parts)


_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Eval run {{ info.run_id }}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
table{border-collapse:collapse;margin:.5em 0 1.5em}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:right}
th:first-child,td:first-child,td.text{text-align:left}
th{background:#f4f6f8}
.bad{color:#c0392b;font-weight:bold}.good{color:#1e8449;font-weight:bold}
details{margin:.4em 0}summary{cursor:pointer;font-weight:600}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 16px}dt{font-weight:600}
</style></head><body>
<h1>Eval run <code>{{ info.run_id }}</code></h1>
<dl>{% for label, value in meta %}<dt>{{ label }}</dt><dd>{{ value }}</dd>{% endfor %}</dl>
{% if gate %}
<p class="{{ 'good' if gate.passed else 'bad' }}">Regression gate {{ 'PASSED' if gate.passed else 'FAILED' }}
against <code>{{ gate.baseline_run }}</code> (threshold {{ '%.3f'|format(gate.threshold) }})</p>
{% for w in gate.warnings %}<p>warning: {{ w }}</p>{% endfor %}
{% endif %}
<h2>Scores</h2>
{{ chart }}
<table><tr><th>field</th><th>mean</th><th>95% CI</th><th>n</th>
{% if gate %}<th>baseline</th><th>Δ</th>{% endif %}<th>what it measures</th></tr>
{% for row in rows %}<tr><td>{{ row.field }}</td><td>{{ row.mean }}</td><td>{{ row.ci }}</td><td>{{ row.n }}</td>
{% if gate %}<td>{{ row.baseline }}</td><td class="{{ 'bad' if row.regressed else '' }}">{{ row.delta }}</td>{% endif %}
<td class="text">{{ row.help }}</td></tr>{% endfor %}
</table>
<p>Overall weights: {{ weights }}.</p>
<h2>Misses by class</h2>
{% if groups %}<table><tr><th>class</th><th>misses</th><th>articles</th></tr>
{% for heading, items in groups %}<tr><td><a href="#miss-{{ loop.index }}">{{ heading }}</a></td><td>{{ items|length }}</td><td>{{ items|map(attribute=0)|unique|list|length }}</td></tr>{% endfor %}
</table>{% else %}<p>None.</p>{% endif %}
{% if hidden %}<p>{{ hidden_note }}</p>{% else %}
{% for heading, items in groups %}<details id="miss-{{ loop.index }}"><summary>{{ heading }} ({{ items|length }})</summary>
<table><tr><th>article</th><th>item</th><th>what was wrong</th><th>sentence</th></tr>
{% for article_id, miss in items %}<tr><td class="text">{% if links.get(article_id) %}<a href="{{ links[article_id] }}">{{ article_id }}</a>{% else %}{{ article_id }}{% endif %}</td><td class="text">{{ miss.item }}</td><td class="text">{{ miss.detail }}</td><td class="text">{{ miss.sentence or '' }}</td></tr>{% endfor %}
</table></details>{% endfor %}
<h2>Per article</h2>
<table><tr><th>article</th>{% for f in fields %}<th>{{ f }}</th>{% endfor %}</tr>
{% for a in articles %}<tr><td>{{ a.id }}{% if a.failed %} <span class="bad">(failed)</span>{% endif %}</td>
{% for v in a.cells %}<td>{{ v }}</td>{% endfor %}</tr>{% endfor %}
</table>
<h2>Details</h2>
{% for a in articles %}<details><summary>{{ a.id }} — overall {{ a.cells[-1] }}</summary>
{% for title, items in a.details %}<p><b>{{ title }}</b>{% if a.viewer %} · <a href="{{ a.viewer }}">see the brief on its article</a>{% endif %}</p><ul>{% for item in items %}<li>{{ item }}</li>{% endfor %}</ul>{% endfor %}
{% if a.brief %}<p><b>situation</b>: {{ a.brief.situation }}</p><p><b>outlook</b>: {{ a.brief.outlook }}</p>{% endif %}
</details>{% endfor %}
{% endif %}
</body></html>
"""

_ENV = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
_TEMPLATE = _ENV.from_string(_HTML)


def render_html(
    results: RunResults,
    gate: GateResult | None = None,
    viewer_links: Mapping[str, str] | None = None,
    show_frozen: bool = False,
) -> str:
    """`viewer_links`: article id -> its viewer page (evals/viewer_pages.py), linked
    from that article's missed and wrong items and from its misses by class. A frozen
    split's per-article sections are left out unless `show_frozen`."""
    changes = {c.field: c for c in gate.changes} if gate else {}
    rows = []
    for field in FIELDS:
        s = results.summary[field]
        change = changes.get(field)
        rows.append(
            {
                "field": field,
                "mean": fmt(s.mean),
                "n": s.n,
                "help": FIELD_HELP[field],
                "ci": "–" if s.ci_low is None else f"[{s.ci_low:.3f}, {s.ci_high:.3f}]",
                "baseline": fmt(change.baseline) if change else "",
                "delta": fmt_delta(change.delta) if change else "",
                "regressed": bool(change and change.regressed),
            }
        )
    for name, s in results.baselines.items():
        rows.append(
            {
                "field": name,
                "mean": fmt(s.mean),
                "n": s.n,
                "help": LEAD3_HELP,
                "ci": "–" if s.ci_low is None else f"[{s.ci_low:.3f}, {s.ci_high:.3f}]",
                "baseline": "",
                "delta": "",
                "regressed": False,
            }
        )
    articles = [
        {
            "id": r.article_id,
            "failed": r.error is not None,
            "brief": r.brief,
            "cells": [fmt(r.scores.fields[f]) for f in FIELDS],
            "details": _details(r),
            "viewer": (viewer_links or {}).get(r.article_id),
        }
        for r in results.articles
    ]
    return _TEMPLATE.render(
        info=results.info,
        meta=_meta_lines(results),
        gate=gate,
        rows=rows,
        articles=articles,
        fields=FIELDS,
        weights=", ".join(f"{name} {weight:.2f}" for name, weight in WEIGHTS.items()),
        chart=Markup(field_chart_svg(results, gate)),
        groups=misses_by_class(results),
        links=viewer_links or {},
        hidden=hides_articles(results, show_frozen),
        hidden_note=HIDDEN_NOTE,
    )


# --------------------------------------------------------------------------------------
# The story eval's page (`brief eval --stories`)

_STORY_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Story eval {{ run.info.run_id }}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
table{border-collapse:collapse;margin:.5em 0 1.5em}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:right}
th:first-child,td:first-child,td.text{text-align:left}
th{background:#f4f6f8}.bad{color:#c0392b;font-weight:bold}.good{color:#1e8449;font-weight:bold}
details{margin:.4em 0}summary{cursor:pointer;font-weight:600}
</style></head><body>
<h1>Story eval <code>{{ run.info.run_id }}</code></h1>
<p>engine {{ run.info.engine }} · commit {{ (run.info.git_commit or 'unknown')[:12] }} ·
{{ run.stories|length }} stories · references {{ run.info.references_fingerprint }}</p>
{% if gate %}<p class="{{ 'bad' if failed else 'good' }}">Regression gate {{ 'FAILED' if failed else 'PASSED' }}</p>{% endif %}
<h2>Scores</h2>
<table><tr><th>story</th>{% for f in fields %}<th>{{ f }}</th>{% endfor %}</tr>
{% for s in run.stories %}<tr><td>{{ s.story }}</td>{% for f in fields %}<td>{{ '%.3f'|format(s.scores[f]) }}</td>{% endfor %}</tr>{% endfor %}
<tr><td><b>all (micro)</b></td>{% for f in fields %}<td><b>{{ '%.3f'|format(run.summary[f]) }}</b></td>{% endfor %}</tr>
{% if gate %}<tr><td>baseline</td>{% for name, before, after, bad in gate %}<td class="{{ 'bad' if bad else '' }}">{{ '%.3f'|format(before) }}</td>{% endfor %}</tr>{% endif %}
</table>
<h2>Misses by class</h2>
{% if not groups %}<p>None.</p>{% endif %}
<table>{% for heading, items in groups %}<tr><td>{{ heading }}</td><td>{{ items|length }}</td></tr>{% endfor %}</table>
{% for heading, items in groups %}<details><summary>{{ heading }} ({{ items|length }})</summary>
<table><tr><th>story</th><th>item</th><th>what was wrong</th><th>sentences</th></tr>
{% for story, miss in items %}<tr><td class="text">{{ story }}</td><td class="text">{{ miss.item }}</td><td class="text">{{ miss.detail }}</td><td class="text">{{ miss.sentence or '' }}</td></tr>{% endfor %}
</table></details>{% endfor %}
</body></html>
"""


_STORY_TEMPLATE = _ENV.from_string(_STORY_HTML)


def render_story_html(
    run: Any,
    gate: list[tuple[str, float, float, bool]] | None,
    fields: tuple[str, ...],
    groups: list[tuple[str, list[tuple[str, Miss]]]],
) -> str:
    """The story eval's page (briefsmith.evals.stories.StoryRun): scores per story and
    pooled, the gate, and the misses by class with their sentences."""
    return _STORY_TEMPLATE.render(
        run=run,
        gate=gate,
        failed=bool(gate) and any(bad for *_, bad in gate or []),
        fields=fields,
        groups=groups,
    )


def run_label(results: RunResults) -> str:
    """strategy/model of a run (and its cassettes folder, for a replay)."""
    info = results.info
    label = f"{info.strategy or info.engine}/{info.model or '–'}"
    return f"{label} ({info.cassettes})" if info.cassettes else label


def completion_tokens_per_brief(results: RunResults) -> float | None:
    briefs = results.info.articles - results.info.failed
    return results.info.tokens.completion / briefs if briefs else None


STRATEGY_COLUMNS = ("strategy", "model", "cassettes", *FIELDS, "output tokens/brief", "gate")


def strategy_row(results: RunResults, gate: GateResult | None, note: str | None) -> list[str]:
    info = results.info
    tokens = completion_tokens_per_brief(results)
    gate_cell = "no baseline" if note else "–"
    if gate is not None:
        gate_cell = "passed" if gate.passed else "FAILED"
    return [
        info.strategy or "–",
        info.model or "–",
        info.cassettes or "–",
        *(fmt(s.mean if (s := results.summary.get(field)) else None) for field in FIELDS),
        "–" if tokens is None else f"{tokens:,.0f}",
        gate_cell,
    ]


def strategies_markdown(
    outcomes: list[tuple[RunResults, GateResult | None, Any, str | None]],
) -> str:
    """One row per run (strategy x cassette set), side by side: the replayed LLM eval."""
    lines = [
        "# Replayed LLM eval: one row per strategy and cassette set",
        "",
        "| " + " | ".join(STRATEGY_COLUMNS) + " |",
        "|" + "|".join("---" for _ in STRATEGY_COLUMNS) + "|",
    ]
    for results, gate, _, note in outcomes:
        lines.append("| " + " | ".join(strategy_row(results, gate, note)) + " |")
    lines += ["", "Runs: " + ", ".join(f"`{r.info.run_id}`" for r, *_ in outcomes), ""]
    return "\n".join(lines)
