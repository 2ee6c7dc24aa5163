"""`brief eval` and `brief eval compare`: a thin edge over briefsmith.evals.runner.

Exit codes: 0 ok; 1 the regression gate failed; 2 bad input (dataset, reference,
baseline, options, engine not configured); 3 some articles failed in the engine.
Heavy imports stay inside the commands so `brief --help` stays fast.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Annotated

import typer

from briefsmith.surfaces.cli.support import (
    EXIT_ENGINE_FAILED,
    EngineOption,
    configure_command_logs,
    load_settings,
)
from briefsmith.surfaces.cli.support import fail as _fail

EXIT_REGRESSION = 1

eval_app = typer.Typer(
    help="Score briefs against hand-written references; gate on a baseline.",
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _score_table(results, gate=None):
    from rich.table import Table

    from briefsmith.evals.metrics import FIELDS
    from briefsmith.evals.report import fmt, fmt_delta

    table = Table(title=f"eval {results.info.run_id}")
    table.add_column("field")
    table.add_column("mean", justify="right")
    table.add_column("95% CI", justify="right")
    if gate is not None:
        table.add_column("baseline", justify="right")
        table.add_column("Δ", justify="right")
    changes = {c.field: c for c in gate.changes} if gate else {}
    for field in FIELDS:
        s = results.summary[field]
        ci = "–" if s.ci_low is None else f"[{s.ci_low:.3f}, {s.ci_high:.3f}]"
        row = [field, fmt(s.mean), ci]
        if gate is not None:
            change = changes[field]
            style = "bold red" if change.regressed else ""
            row += [
                fmt(change.baseline),
                f"[{style}]{fmt_delta(change.delta)}[/]" if style else fmt_delta(change.delta),
            ]
        table.add_row(*row)
    for name, s in getattr(results, "baselines", {}).items():
        ci = "–" if s.ci_low is None else f"[{s.ci_low:.3f}, {s.ci_high:.3f}]"
        table.add_row(f"[dim]{name}[/dim]", fmt(s.mean), ci, *([""] * 2 if gate else []))
    return table


def _strategies_table(outcomes):
    from rich.table import Table

    from briefsmith.evals.report import STRATEGY_COLUMNS, strategy_row

    # The terminal gets the headline columns; the strategies report has every field.
    shown = ("strategy", "model", "quotes", "figures", "overall", "output tokens/brief", "gate")
    table = Table(title="replayed LLM eval: one row per strategy and cassette set")
    for column in shown:
        table.add_column(column, justify="left" if column in shown[:2] else "right")
    for results, gate, _, note in outcomes:
        row = dict(zip(STRATEGY_COLUMNS, strategy_row(results, gate, note), strict=True))
        table.add_row(*(row[column] for column in shown))
    return table


@eval_app.callback(invoke_without_command=True)
def run(
    ctx: typer.Context,
    engine: Annotated[
        EngineOption | None, typer.Option(help="Engine to score (default: BRIEF_ENGINE).")
    ] = None,
    dataset: Annotated[
        str | None,
        typer.Option(
            help="'seeds' (default: seeds/ with evals/references/), 'general' (evals/general/: "
            "courts, sports, business, science, wire, tabloid), 'news-dev', 'news-test' or "
            "'news-holdout' (evals/news/: annotated news; test and holdout are frozen) or a "
            "dataset folder with "
            "articles/ (or *.txt) + references/."
        ),
    ] = None,
    replay: Annotated[
        bool,
        typer.Option(
            "--replay/--live",
            help="openai engine: answer from the recorded cassettes (no network), or call the "
            "configured endpoint.",
        ),
    ] = False,
    baseline: Annotated[
        str | None, typer.Option(help="Run id, run folder or results file to gate against.")
    ] = None,
    threshold: Annotated[
        float,
        typer.Option(min=0.0, max=1.0, help="Largest allowed drop of any field's mean score."),
    ] = 0.05,
    out: Annotated[Path, typer.Option(help="Folder for runs and history.jsonl.")] = Path("runs"),
    concurrency: Annotated[
        int | None,
        typer.Option(
            min=1, help="Articles in flight at once (default: BRIEF_LLM_MAX_CONCURRENCY)."
        ),
    ] = None,
    save_baseline: Annotated[
        Path | None,
        typer.Option(help="Also copy results.json here, e.g. evals/baselines/extractive.json."),
    ] = None,
    cassettes: Annotated[
        Path | None,
        typer.Option(
            help="Cassettes folder for --replay, every set under it (default: ./cassettes/)."
        ),
    ] = None,
    stories: Annotated[
        bool,
        typer.Option(
            "--stories",
            help="Score story briefs against evals/references/stories/ instead "
            "(--baseline: a story-results file, e.g. evals/baselines/stories-extractive.json).",
        ),
    ] = False,
    show_test_failures: Annotated[
        bool,
        typer.Option(
            "--show-test-failures",
            help="Also print the frozen test split's per-article failures in the reports "
            "(hidden by default: no rule is tuned on them).",
        ),
    ] = False,
) -> None:
    """Run an engine over a dataset and write runs/<run-id>/ (results.json, report.md,
    report.html)."""
    if ctx.invoked_subcommand is not None:
        return
    configure_command_logs()  # also when this app is run on its own, not under `brief`
    if stories:
        from briefsmith.evals.stories import run_story_eval_command

        raise typer.Exit(
            run_story_eval_command(
                engine.value if engine else None,
                out_dir=out,
                baseline=Path(baseline) if baseline else None,
                threshold=threshold,
                save_baseline=save_baseline,
            )
        )
    from rich.console import Console

    from briefsmith.core.errors import BriefsmithError
    from briefsmith.engines import build_engine
    from briefsmith.evals.dataset import DatasetError, load_dataset
    from briefsmith.evals.report import run_label, strategies_markdown
    from briefsmith.evals.results import GateResult, Mode, RunResults
    from briefsmith.evals.runner import (
        CaseEngines,
        CassetteSet,
        RunError,
        baseline_for,
        baseline_path_for,
        cassette_set,
        compare_runs,
        discover_cassette_sets,
        load_run,
        replay_engines,
        run_eval,
        shared_engine,
        write_run,
    )

    settings = load_settings().model_copy(update={"fallback_to_extractive": False})
    try:
        data = load_dataset(dataset)
        single_base = load_run(baseline, out) if baseline else None
    except (DatasetError, RunError) as error:
        _fail(error.message)

    try:
        name = settings.resolve_engine(engine.value if engine else None)
    except BriefsmithError as error:
        _fail(error.message)
    mode: Mode
    # One run per cassette set when replaying (each strategy x model recorded), else one.
    plans: list[tuple[CaseEngines, str | None, CassetteSet | None]] = []
    if name == "extractive":
        mode = "local"
        try:
            plans.append((shared_engine(build_engine(settings, "extractive")), None, None))
        except BriefsmithError as error:
            _fail(error.message)
    elif replay:
        mode = "replay"
        # A folder and every set under it, given or default: `--cassettes cassettes` runs
        # what the default runs, `--cassettes cassettes/gemma3` that one set.
        root = cassettes if cassettes is not None else Path("cassettes")
        sets = discover_cassette_sets(root) if root.is_dir() else []
        if not sets and cassettes is not None:
            sets = [cassette_set(cassettes)]  # named below: which articles have none
        if not sets:
            _fail(
                f"no recorded cassettes in {root}/ (they come with a checkout of the "
                "repository, not with the installed package): give their folder with "
                "--cassettes DIR, or record them with `brief record`"
            )
        for cassette_folder in sets:
            missing = [
                c.article_id
                for c in data.cases
                if not (cassette_folder.directory / f"{c.article_id}.yaml").is_file()
            ]
            if missing:
                _fail(
                    f"no recorded cassette in {cassette_folder.directory}/ for: "
                    f"{', '.join(missing)}; replay works for recorded seed articles only "
                    "(record with `brief record`)"
                )
            plans.append((replay_engines(cassette_folder.directory), None, cassette_folder))
    else:
        mode = "live"
        try:
            live = build_engine(settings, name)
        except BriefsmithError as error:
            _fail(error.message)
        plans.append((shared_engine(live), live.model, None))

    # vcrpy patches the HTTP client process-wide, so replayed articles run one at a time.
    in_flight = 1 if mode == "replay" else (concurrency or settings.llm_max_concurrency)
    console = Console(stderr=True)
    outcomes: list[tuple[RunResults, GateResult | None, Path, str | None]] = []
    for engine_for, model, recorded in plans:
        results = asyncio.run(
            run_eval(
                data,
                engine_for,
                engine_name=name,
                model=model,
                mode=mode,
                out_dir=out,
                concurrency=in_flight,
                console=console,
            )
        )
        note = None
        base = single_base
        if recorded is not None:
            info = results.info.model_copy(update={"cassettes": recorded.relative})
            results = results.model_copy(update={"info": info})
            if baseline is not None and len(plans) > 1:
                base = baseline_for(recorded, Path(baseline))
                if base is None:
                    note = f"no baseline for {recorded.relative}; not gated"
        gate = compare_runs(results, base, threshold) if base else None
        run_dir = write_run(results, out, gate, show_frozen=show_test_failures)
        if save_baseline is not None:
            target = (
                baseline_path_for(recorded, save_baseline)
                if recorded is not None and len(plans) > 1
                else save_baseline
            )
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(run_dir / "results.json", target)
        outcomes.append((results, gate, run_dir, note))

    if len(outcomes) == 1:
        results, gate, run_dir, _ = outcomes[0]
        Console().print(_score_table(results, gate))
    else:
        Console().print(_strategies_table(outcomes))
        summary = out / f"{outcomes[0][0].info.run_id}-strategies.md"
        summary.write_text(strategies_markdown(outcomes), encoding="utf-8")
        typer.echo(f"strategies report: {summary}")
    failed = 0
    regressions: list[str] = []
    for results, gate, run_dir, note in outcomes:
        if results.info.frozen and not show_test_failures:
            if results.info.failed:
                console.print(
                    f"[red]failed[/red] {results.info.failed} articles of the frozen test split "
                    "(--show-test-failures names them)"
                )
        else:
            for record in results.articles:
                if record.error:
                    console.print(f"[red]failed[/red] {record.article_id}: {record.error}")
        if note:
            console.print(f"[yellow]warning[/yellow]: {note}")
        if gate is not None:
            for warning in gate.warnings:
                console.print(f"[yellow]warning[/yellow]: {warning}")
        typer.echo(f"report: {run_dir / 'report.html'} (and report.md, results.json)")
        if gate is not None and not gate.passed:
            fields = ", ".join(
                f"{c.field} {c.delta:+.3f}" if c.delta is not None else f"{c.field} (no score)"
                for c in gate.regressions
            )
            regressions.append(
                f"regression gate FAILED for {run_label(results)} against {gate.baseline_run} "
                f"(threshold {threshold:.3f}): {fields}"
            )
        elif gate is not None:
            typer.echo(
                f"regression gate passed for {run_label(results)} against {gate.baseline_run}"
            )
        failed += results.info.failed
    if regressions:
        for line in regressions:
            typer.echo(line, err=True)
        raise typer.Exit(EXIT_REGRESSION)
    if failed:
        articles = sum(results.info.articles for results, *_ in outcomes)
        typer.echo(f"error: {failed} of {articles} articles failed", err=True)
        raise typer.Exit(EXIT_ENGINE_FAILED)


@eval_app.command()
def gates(
    out: Annotated[Path, typer.Option(help="Folder for the runs.")] = Path("runs"),
    threshold: Annotated[
        float,
        typer.Option(min=0.0, max=1.0, help="Largest allowed drop of any field's mean score."),
    ] = 0.05,
    save_baselines: Annotated[
        bool,
        typer.Option(
            "--save-baselines",
            help="Write every baseline in evals/baselines/ from this run instead of gating "
            "(after an intended change; then `python -m briefsmith.generated_docs`).",
        ),
    ] = False,
    show_test_failures: Annotated[
        bool, typer.Option("--show-test-failures", help="See `brief eval --help`.")
    ] = False,
) -> None:
    """The CI gates: the extractive engine on seeds, general, news-dev, news-test and
    news-holdout, the story eval and the probes (evals/probes/), each against its
    committed baseline (exit 1 on a regression)."""
    configure_command_logs()
    from briefsmith.core.errors import BriefsmithError
    from briefsmith.engines import build_engine
    from briefsmith.evals.gates import run_gates
    from briefsmith.evals.report import fmt
    from briefsmith.evals.stories import StoryReferenceError

    settings = load_settings()
    try:
        outcome = run_gates(
            build_engine(settings, "extractive"),
            out,
            threshold=threshold,
            save=save_baselines,
            show_frozen=show_test_failures,
        )
    except BriefsmithError as error:
        _fail(error.message)
    except StoryReferenceError as error:
        _fail(str(error))
    for item in outcome.datasets:
        means = item.results.means()
        verdict = "saved" if item.gate is None else ("passed" if item.gate.passed else "FAILED")
        typer.echo(
            f"extractive {item.dataset:<10} overall {fmt(means['overall'])} "
            f"speakers P {fmt(means['speaker_precision'])} R {fmt(means['speaker_recall'])} "
            f"figures P {fmt(means['figure_precision'])}: {verdict} ({item.run_dir})"
        )
    story = outcome.stories
    verdict = "saved" if story.gate is None else ("passed" if story.passed else "FAILED")
    typer.echo(
        f"stories              actors R {fmt(story.run.summary['actors_recall'])} "
        f"conflicts R {fmt(story.run.summary['conflicts_recall'])}: {verdict} ({story.run_dir})"
    )
    probe_gate = outcome.probes
    verdict = "saved" if probe_gate.gate is None else ("passed" if probe_gate.passed else "FAILED")
    wrong, total = sum(not o.right for o in probe_gate.outcomes), len(probe_gate.outcomes)
    typer.echo(f"probes               {wrong} wrong of {total}: {verdict}")
    if outcome.failures:
        for line in outcome.failures:
            typer.echo(f"regression gate FAILED: {line}", err=True)
        raise typer.Exit(EXIT_REGRESSION)


@eval_app.command()
def compare(
    first: Annotated[str, typer.Argument(help="Run id, run folder or results file (A).")],
    second: Annotated[str, typer.Argument(help="Run id, run folder or results file (B).")],
    out: Annotated[Path, typer.Option(help="Folder where run ids are looked up.")] = Path("runs"),
) -> None:
    """Side-by-side diff of two runs: every field, then every article's overall score."""
    from rich.console import Console
    from rich.table import Table

    from briefsmith.evals.metrics import FIELDS
    from briefsmith.evals.report import fmt, fmt_delta
    from briefsmith.evals.runner import RunError, load_run

    try:
        a, b = load_run(first, out), load_run(second, out)
    except RunError as error:
        _fail(error.message)
    console = Console()
    info = Table(title="runs")
    info.add_column("")
    info.add_column(f"A {a.info.run_id}")
    info.add_column(f"B {b.info.run_id}")
    for label, get in [
        ("engine", lambda r: r.info.engine),
        ("model", lambda r: r.info.model or "–"),
        ("prompt", lambda r: ", ".join(r.info.prompt_versions) or "–"),
        ("mode", lambda r: r.info.mode),
        ("commit", lambda r: (r.info.git_commit or "–")[:12]),
        ("dataset", lambda r: f"{r.info.dataset} {r.info.dataset_fingerprint}"),
        ("failed", lambda r: str(r.info.failed)),
        ("tokens", lambda r: f"{r.info.tokens.total:,}"),
    ]:
        info.add_row(label, get(a), get(b))
    console.print(info)

    def delta_cell(before: float | None, after: float | None) -> str:
        if before is None or after is None:
            return "–"
        delta = after - before
        style = "green" if delta > 0.0005 else "red" if delta < -0.0005 else ""
        return f"[{style}]{fmt_delta(delta)}[/]" if style else fmt_delta(delta)

    fields = Table(title="fields (mean over articles)")
    for column in ("field", "A", "B", "B - A"):
        fields.add_column(column, justify="left" if column == "field" else "right")
    for field in FIELDS:
        # A run from an older metrics version lacks the newer fields: "–", not an error.
        before = a.summary[field].mean if field in a.summary else None
        after = b.summary[field].mean if field in b.summary else None
        fields.add_row(field, fmt(before), fmt(after), delta_cell(before, after))
    console.print(fields)

    per_article = Table(title="overall per article")
    for column in ("article", "A", "B", "B - A"):
        per_article.add_column(column, justify="left" if column == "article" else "right")
    a_scores = {r.article_id: r.scores.overall for r in a.articles}
    b_scores = {r.article_id: r.scores.overall for r in b.articles}
    for article in sorted(set(a_scores) | set(b_scores)):
        before, after = a_scores.get(article), b_scores.get(article)
        per_article.add_row(article, fmt(before), fmt(after), delta_cell(before, after))
    console.print(per_article)


@eval_app.command()
def probes(
    path: Annotated[
        Path, typer.Argument(help="A probe file (.jsonl) or a folder of them (evals/probes/).")
    ],
    engine: Annotated[
        EngineOption | None, typer.Option(help="Engine to probe (default: BRIEF_ENGINE).")
    ] = None,
    field: Annotated[
        list[str] | None, typer.Option(help="Only these fields (repeat the option).")
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Print every wrong probe and why.")
    ] = False,
    out: Annotated[
        Path | None, typer.Option(help="Write every probe's outcome here (JSON Lines).")
    ] = None,
    against: Annotated[
        Path | None,
        typer.Option(help="An earlier --out file: list the probes fixed and broken since."),
    ] = None,
) -> None:
    """Score short labelled passages, one field each (format: evals/probes/README.md):
    the count of wrong probes per field, and with --against, which changed."""
    configure_command_logs()
    from briefsmith.core.errors import BriefsmithError
    from briefsmith.engines import build_engine
    from briefsmith.evals.dataset import DatasetError
    from briefsmith.evals.probes import (
        PROBE_FIELDS,
        changed_probes,
        load_outcomes,
        load_probes,
        outcomes_jsonl,
        run_probes_sync,
        tally,
    )

    unknown = sorted(set(field or []) - set(PROBE_FIELDS))
    if unknown:
        _fail(f"unknown field {unknown[0]!r}; one of {', '.join(PROBE_FIELDS)}")
    settings = load_settings()
    try:
        chosen = [p for p in load_probes(path) if not field or p.field in field]
        earlier = load_outcomes(against) if against else None
        outcomes = run_probes_sync(chosen, build_engine(settings, engine.value if engine else None))
    except DatasetError as error:
        _fail("; ".join(error.problems))
    except BriefsmithError as error:
        _fail(error.message)
    for outcome in outcomes:
        if verbose and not outcome.right:
            typer.echo(f"{outcome.id}: {outcome.detail}")
    for name, (wrong, total) in tally(outcomes).items():
        typer.echo(f"{name:<9} {wrong:>5} wrong of {total:>5}")
    if earlier is not None:
        fixed, broken = changed_probes(outcomes, earlier)
        typer.echo(f"fixed {len(fixed)}: {' '.join(fixed)}")
        typer.echo(f"broken {len(broken)}: {' '.join(broken)}")
    if out is not None:
        try:
            out.write_text(outcomes_jsonl(outcomes), encoding="utf-8")
        except OSError as error:
            _fail(f"{out}: cannot write ({error.strerror})")
