"""One logging setup for the one-shot commands: every record, the standard library's and
structlog's, is one `level: message` line on stderr; stdout keeps only the output."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import structlog
from briefsmith.config.logging import configure_command_logging

REPO = Path(__file__).resolve().parent.parent
SEED = "001_4716ace5ad1b5109"  # its recorded answer needed a re-ask, so the engine warns


def test_eval_output_has_no_raw_stdlib_log_lines(tmp_path):
    # A real process: absl (under rouge-score) calls logging.basicConfig() on its first
    # log, which is what used to print `WARNING:briefsmith.engines.llm:` into rich's output.
    dataset = tmp_path / "dataset"
    (dataset / "references").mkdir(parents=True)
    shutil.copy(REPO / "seeds" / f"{SEED}.txt", dataset / f"{SEED}.txt")
    shutil.copy(REPO / "evals" / "references" / f"{SEED}.yaml", dataset / "references")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_LOG", "OPENAI"))}
    outcome = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefsmith.surfaces.cli.main",
            "eval",
            "--engine",
            "openai",
            "--replay",
            "--cassettes",
            str(REPO / "cassettes"),
            "--dataset",
            str(dataset),
            "--out",
            str(tmp_path / "runs"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        cwd=tmp_path,
    )
    assert outcome.returncode == 0, outcome.stderr
    assert "WARNING:" not in outcome.stderr + outcome.stdout
    # Issue 24 item 8: a spent re-ask is the brief's warning, shown in the report, not a
    # line on stderr in the middle of the progress display.
    assert "LLM answer from" not in outcome.stderr
    reports = [p.read_text(encoding="utf-8") for p in (tmp_path / "runs").glob("*/report.md")]
    assert any("still failed validation" in report for report in reports)
    assert "warning" not in outcome.stdout  # stdout: the score table and the report path
    assert "overall" in outcome.stdout


def test_stdlib_and_structlog_records_share_one_line_format(capsys):
    configure_command_logging()
    logging.getLogger("synthetic.library").warning("disk %s is %d%% full", "/tmp", 91)
    structlog.get_logger("synthetic.module").warning("engine_fallback", reason="HTTP 503")
    logging.getLogger("synthetic.library").info("below the command level: not shown")
    try:
        raise ValueError("synthetic failure")
    except ValueError:
        logging.getLogger("synthetic.library").exception("could not finish")

    err = capsys.readouterr().err.splitlines()
    assert err == [
        "warning: disk /tmp is 91% full",
        "warning: engine_fallback reason=HTTP 503",
        "error: could not finish error=ValueError: synthetic failure",
    ]


def test_a_library_basic_config_adds_no_second_handler():
    configure_command_logging()
    before = list(logging.getLogger().handlers)
    logging.basicConfig()
    assert logging.getLogger().handlers == before


def test_brief_log_level_lowers_the_command_level(capsys):
    configure_command_logging("INFO")
    logging.getLogger("synthetic.library").info("now shown")
    assert "info: now shown" in capsys.readouterr().err
    configure_command_logging()
