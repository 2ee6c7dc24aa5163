"""Package boundaries: evals builds on service, never the other way round, and an eval
report is rendered from the results alone (it does not import the runner)."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def imported_modules(statement: str) -> list[str]:
    """Every module a fresh interpreter imports to run `statement` (from -X importtime)."""
    outcome = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    lines = [line for line in outcome.stderr.splitlines() if line.startswith("import time:")]
    assert lines, outcome.stderr  # importtime wrote its table
    return [line.rsplit("|", 1)[1].strip() for line in lines[1:]]


def test_importing_the_cli_does_not_import_evals():
    modules = imported_modules("import briefsmith.surfaces.cli.main")
    assert "briefsmith.surfaces.cli.main" in modules
    assert [m for m in modules if m.startswith("briefsmith.evals")] == []


def test_the_eval_report_does_not_import_the_runner():
    modules = imported_modules("import briefsmith.evals.report")
    assert "briefsmith.evals.report" in modules and "briefsmith.evals.results" in modules
    assert "briefsmith.evals.runner" not in modules
