"""CI runs on every push and pull request, and runs `.ci/run`: the README's set-up and
test commands, with the suite in parallel workers (pytest-xdist, from pyproject's
addopts)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = REPO / ".github" / "workflows" / "ci.yml"


def test_the_workflow_runs_ci_run_on_every_push_and_pull_request():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as true
    assert "push" in triggers and "pull_request" in triggers
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    assert any(step.get("run", "").strip() == "bash .ci/run" for step in steps)


def test_ci_run_runs_the_readmes_test_command_in_parallel():
    ci_run = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert "pytest" in ci_run and "export BRIEF_REQUIRE_SERVERS=1" in ci_run
    pytest_options = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    addopts = pytest_options["tool"]["pytest"]["ini_options"]["addopts"].split()
    assert "-n" in addopts and "--dist" in addopts
