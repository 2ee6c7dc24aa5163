"""The `brief` command. A thin edge: read input, call the pipeline, print, map errors.

Every domain error becomes a one-line message on stderr and a non-zero exit; no user
input produces a traceback.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer._click.exceptions import ClickException, UsageError
from typer.core import TyperCommand, TyperGroup
from typer.exceptions import Abort

from briefsmith.core.errors import BriefsmithError
from briefsmith.surfaces.cli.support import (
    EXIT_BAD_INPUT,
    EXIT_ENGINE_FAILED,
    EngineOption,
    configure_command_logs,
    exit_code_for,
    fail,
    is_url,
    load_settings,
    read_input_bytes,
)

if TYPE_CHECKING:  # typer ships its own copy of click
    from typer._click.core import Command, Context
    from typer._click.formatting import HelpFormatter

# Sub-apps that live in packages built on this one (evals imports service, never the
# other way round): named here as "module:attribute" with their help line, and imported
# only when invoked, so importing briefsmith.surfaces.cli.main (or `brief --help`, which
# lists them by that line) never imports them.
LAZY_SUBCOMMANDS = {
    "eval": (
        "briefsmith.evals.cli:eval_app",
        "Score briefs against hand-written references; gate on a baseline.",
    )
}


# The import names of the `evals` extra (pyproject.toml).
EVALS_EXTRA = ("scipy", "numpy", "nltk", "rouge_score", "vcr")


def _import_extra(module_name: str) -> Any:
    """A module of a command that needs the `evals` extra: without the extra, a one-line
    error (exit 2), not a traceback. Its packages are located, not imported."""
    try:
        missing = [name for name in EVALS_EXTRA if importlib.util.find_spec(name) is None]
        module = importlib.import_module(module_name)
    except ImportError as error:
        missing = [error.name or str(error)]
    if missing:
        fail(
            f"this command needs the evals extra ({', '.join(missing)} missing): "
            "pip install 'briefsmith[evals]'",
            EXIT_BAD_INPUT,
        )
    return module


# How help shows a value's type: click's plain words, not typer's `<str>` or `<bool>`.
_PLAIN_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "NUMBER", "path": "PATH"}


def _plain_type(shown: str | None) -> str | None:
    if not shown:
        return shown
    many = shown.endswith("...")
    bare = shown.removesuffix("...").strip("<>")
    bare = bare.removeprefix("list[").removesuffix("]")
    if bare == "bool":
        return None
    word = _PLAIN_TYPES.get(bare, f"[{bare}]" if "|" in bare else bare.upper())
    return word + ("..." if many else "")


def _plain_option(param: Any) -> None:
    if getattr(param, "_plain_help", False) or not hasattr(param, "display_type_rich"):
        return
    shown = param.display_type_rich

    def plain(ctx: Context, shown: Any = shown) -> str | None:
        return _plain_type(shown(ctx))

    param.display_type_rich = plain
    param._plain_help = True


def _plain_help(command: Command) -> Command:
    """Arguments named in capitals (`PATH`, `PATHS...`), not `{path}`; a flag (`--help`
    too) shows no type and a value its plain type (`TEXT`, `[json|markdown|html]`).
    Applied once per command object."""
    if getattr(command, "_plain_help", False):
        return command
    for param in command.params:
        if param.param_type_name == "argument" and param.metavar is None:
            name = (param.name or "value").upper()
            param.metavar = f"{name}..." if param.nargs != 1 else name
            param.display_type_rich = lambda ctx: None  # type: ignore[attr-defined]
            param._usage_display_name = (  # type: ignore[attr-defined]
                lambda shown=param.metavar, required=param.required: (
                    shown if required else f"[{shown}]"
                )
            )
        elif param.param_type_name == "option":
            _plain_option(param)
    help_option = command.get_help_option

    def get_help_option(ctx: Context) -> Any:
        found = help_option(ctx)
        if found is not None:
            _plain_option(found)
        return found

    command.get_help_option = get_help_option  # type: ignore[method-assign]
    command._plain_help = True  # type: ignore[attr-defined]
    return command


class _LazyGroup(TyperGroup):
    _listing = False

    def list_commands(self, ctx: Context) -> list[str]:
        return [*super().list_commands(ctx), *LAZY_SUBCOMMANDS]

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        self._listing = True
        try:
            super().format_commands(ctx, formatter)
        finally:
            self._listing = False

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        if cmd_name not in LAZY_SUBCOMMANDS:
            found = super().get_command(ctx, cmd_name)
            return _plain_help(found) if found is not None else None
        target, help_line = LAZY_SUBCOMMANDS[cmd_name]
        if self._listing:  # a stand-in that only says what it is
            return TyperCommand(cmd_name, help=help_line)
        module_name, attribute = target.split(":")
        sub_app = getattr(_import_extra(module_name), attribute)
        command = typer.main.get_command(sub_app)
        command.name = cmd_name
        if isinstance(command, TyperGroup):
            _plain_group(command)
        return _plain_help(command)

    def main(  # type: ignore[override]
        self, args: Any = None, prog_name: str | None = None, **kwargs: Any
    ) -> Any:
        """A usage mistake is one line, `error: …`, exit status 2 (not a framed box)."""
        _plain_help(self)
        if not kwargs.pop("standalone_mode", True):
            return super().main(args, prog_name, standalone_mode=False, **kwargs)
        try:
            outcome = super().main(args, prog_name, standalone_mode=False, **kwargs)
        except ClickException as error:
            typer.echo(f"error: {_one_line(error)}", err=True)
            sys.exit(error.exit_code)
        except Abort:
            typer.echo("error: aborted", err=True)
            sys.exit(1)
        except Exception as error:  # noqa: BLE001 - the last guard: a bug, not the input
            # One line and no traceback, like every other failure; only the error's type,
            # since its message may carry article text or a setting's value.
            typer.echo(
                f"error: internal error ({type(error).__name__}); this is a bug in "
                "briefsmith, not in the input: please report it with the article",
                err=True,
            )
            sys.exit(EXIT_ENGINE_FAILED)
        sys.exit(outcome if isinstance(outcome, int) else 0)


def _plain_group(group: TyperGroup) -> None:
    original = group.get_command

    def get_command(ctx: Context, cmd_name: str) -> Command | None:
        found = original(ctx, cmd_name)
        return _plain_help(found) if found is not None else None

    group.get_command = get_command  # type: ignore[method-assign]
    _plain_help(group)


def _one_line(error: ClickException) -> str:
    message = " ".join(error.format_message().split())
    context = getattr(error, "ctx", None)
    if isinstance(error, UsageError) and context is not None:
        message += f" (see `{context.command_path} --help`)"
    return message


app = typer.Typer(
    cls=_LazyGroup,
    help="Briefsmith: turn news articles into structured, grounded briefs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help text: rich's help renderer costs more start-up than the rest of `brief`.
    rich_markup_mode=None,
)


class OutputFormat(StrEnum):
    json = "json"
    markdown = "markdown"
    html = "html"


FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format", "-f", help="json, markdown, or html (one self-contained viewer page)."
    ),
]
EngineChoiceOption = Annotated[
    EngineOption | None, typer.Option(help="Engine to use (default: BRIEF_ENGINE, auto).")
]


def _print_version(wanted: bool) -> None:
    if wanted:
        from briefsmith import __version__

        typer.echo(f"briefsmith {__version__}")
        raise typer.Exit()


@app.callback()
def _configure_command_logs(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    configure_command_logs()


@app.command()
def summarize(
    path: Annotated[str, typer.Argument(help="Article text file, - for stdin, or an http(s) URL.")],
    output_format: FormatOption = OutputFormat.json,
    engine: EngineChoiceOption = None,
    title: Annotated[str | None, typer.Option(help="Article title, if known.")] = None,
    source: Annotated[str | None, typer.Option(help="Publication name.")] = None,
    url: Annotated[str | None, typer.Option(help="Where the article came from.")] = None,
) -> None:
    """Print a brief of the article at PATH (a file, stdin or a URL)."""
    import asyncio

    from briefsmith.briefing.pipeline import make_brief
    from briefsmith.core.cleaning import decode_article_bytes
    from briefsmith.core.schema import ArticleInput
    from briefsmith.engines import build_engine
    from briefsmith.surfaces.render import brief_to_markdown

    settings = load_settings()
    try:
        chosen = build_engine(settings, engine.value if engine else None)
        if is_url(path):
            # The same URL guard (SSRF checks, size and time limits) as POST /v1/briefs.
            from briefsmith.briefing.ingest import UrlFetcher, fetch_article

            async def fetch() -> ArticleInput:
                return await fetch_article(UrlFetcher.from_settings(settings), path)

            fetched = asyncio.run(fetch())
            article = ArticleInput(
                text=fetched.text,
                title=title or fetched.title,
                source=source or fetched.source,
                url=url or fetched.url or path,
            )
        else:
            text = decode_article_bytes(
                read_input_bytes(path, settings.max_input_bytes), settings.max_input_bytes
            )
            article = ArticleInput(text=text, title=title, source=source, url=url)
        result = asyncio.run(make_brief(article, chosen, max_input_bytes=settings.max_input_bytes))
    except BriefsmithError as error:
        fail(error.message, exit_code_for(error))
    if output_format is OutputFormat.markdown:
        typer.echo(brief_to_markdown(result))
    elif output_format is OutputFormat.html:
        from briefsmith.surfaces.cli.html import brief_page

        typer.echo(brief_page(result))
    else:
        typer.echo(result.model_dump_json(indent=2))


@app.command()
def story(
    paths: Annotated[
        list[str], typer.Argument(help="2-20 article files, - for stdin, or http(s) URLs.")
    ],
    output_format: FormatOption = OutputFormat.json,
    engine: EngineChoiceOption = None,
) -> None:
    """Print one story brief of several articles about the same event, conflicts flagged."""
    from briefsmith.surfaces.cli.story import run_story

    run_story(paths, engine.value if engine else None, output_format.value)


@app.command()
def batch(
    corpus: Annotated[Path, typer.Argument(help="JSONL: one {id?, text|url, title?, source?}.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="JSONL of briefs (appended).")],
    concurrency: Annotated[int, typer.Option(help="Articles briefed at once.")] = 4,
    engine: Annotated[
        EngineOption | None, typer.Option(help="Engine to use (default: BRIEF_ENGINE, auto).")
    ] = None,
) -> None:
    """Brief every article of a JSONL corpus; rerun to resume (done ids are skipped)."""
    from briefsmith.surfaces.cli.batch import run_batch_command

    run_batch_command(corpus, out, concurrency, engine.value if engine else None)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a brief result (brief + cleaned article)."""
    from briefsmith.core.schema import BriefResult

    typer.echo(json.dumps(BriefResult.model_json_schema(), indent=2))


@app.command()
def settings() -> None:
    """Print every setting (environment variable), its default and meaning, as Markdown."""
    from briefsmith.config.settings_doc import settings_table

    typer.echo(settings_table(), nl=False)


@app.command()
def slack(
    socket: Annotated[
        bool, typer.Option("--socket", help="Connect with Socket Mode (needs SLACK_APP_TOKEN).")
    ] = False,
) -> None:
    """Run the Slack bot over Socket Mode (HTTP mode is served by `brief serve`)."""
    if not socket:
        fail(
            "the Slack bot's HTTP mode runs inside `brief serve` at POST /slack/events "
            "(set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET); pass --socket for Socket Mode"
        )
    import asyncio

    from briefsmith.config.logging import configure_logging
    from briefsmith.surfaces.slack.socket_mode import run_socket_mode

    settings = load_settings()
    configure_logging(settings.log_level, settings.log_json)
    try:
        asyncio.run(run_socket_mode(settings))
    except BriefsmithError as error:
        fail(error.message)
    except KeyboardInterrupt:
        typer.echo("Slack bot stopped.", err=True)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
) -> None:
    """Serve the HTTP API (POST /v1/briefs) with uvicorn; JSON logs go to stderr."""
    load_settings()  # a bad setting is one line here, not a traceback in a worker
    from briefsmith.surfaces.http.server import listen_problem, run_server

    problem = listen_problem(host, port)
    if problem is not None:
        fail(problem)
    run_server(host=host, port=port, workers=workers)


@app.command()
def worker(
    concurrency: Annotated[int, typer.Option(min=1, help="Batch items briefed at once.")] = 4,
) -> None:
    """Brief batch items (POST /v1/batches) from the Redis queue at BRIEF_REDIS_URL."""
    from briefsmith.config.logging import configure_logging

    settings = load_settings()
    if settings.redis_url is None:
        fail("brief worker needs BRIEF_REDIS_URL (redis://host:6379/0)")
    configure_logging(settings.log_level, settings.log_json)
    from briefsmith.surfaces.batch.queue import run_worker

    try:
        run_worker(settings, concurrency)
    except BriefsmithError as error:
        fail(error.message)


class LocalModelOption(StrEnum):
    smollm2 = "smollm2"
    gemma3 = "gemma3"


@app.command()
def record(
    seed: Annotated[
        list[str] | None,
        typer.Option(help="Seed to record (stem or prefix, e.g. 001); repeat it. Default: all."),
    ] = None,
    cassettes_dir: Annotated[
        Path | None, typer.Option(help="Where to write them (default: cassettes/).")
    ] = None,
) -> None:
    """Record the seed articles' LLM conversations into cassettes/ (BRIEF_BASE_URL etc.)."""
    import asyncio

    record_seeds = _import_extra("briefsmith.briefing.recording").record_seeds

    settings = load_settings()
    if not settings.llm_configured:
        fail(
            "set BRIEF_BASE_URL (and BRIEF_MODEL) or OPENAI_API_KEY before recording",
            EXIT_BAD_INPUT,
        )
    try:
        summaries = asyncio.run(record_seeds(settings, seed or None, cassettes_dir=cassettes_dir))
    except BriefsmithError as error:
        fail(error.message, exit_code_for(error))
    for summary in summaries:
        typer.echo(json.dumps(summary))


@app.command("local-server")
def local_server(
    model: Annotated[
        LocalModelOption | None, typer.Option(help="Bundled model (default: BRIEF_LOCAL_MODEL).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: BRIEF_LOCAL_PORT).")] = None,
) -> None:
    """Run an OpenAI-compatible server on a bundled small model (needs the 'local' extra)."""
    from briefsmith.engines.local_server import run_local_server

    settings = load_settings()
    try:
        code = run_local_server(
            model.value if model else settings.local_model, port or settings.local_port
        )
    except BriefsmithError as error:
        fail(error.message, exit_code_for(error))
    raise typer.Exit(code)


if __name__ == "__main__":  # pragma: no cover
    app()
