"""The nightly eval workflow: scheduled, live against the secrets' provider, gated on a
committed baseline, uploading the runs."""

from __future__ import annotations

from pathlib import Path

import yaml
from briefsmith.evals.runner import load_run

WORKFLOW = Path(".github/workflows/nightly-eval.yml")


def load_workflow() -> dict:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    # YAML 1.1 reads the bare key `on` as True.
    workflow["on"] = workflow.pop(True, workflow.get("on"))
    return workflow


def test_nightly_runs_on_a_schedule_and_by_hand():
    triggers = load_workflow()["on"]
    (schedule,) = triggers["schedule"]
    minute, hour, *rest = schedule["cron"].split()
    assert minute.isdigit() and hour.isdigit() and rest == ["*", "*", "*"]
    assert "workflow_dispatch" in triggers


def test_nightly_evals_live_with_secrets_and_gates_on_a_committed_baseline():
    (job,) = load_workflow()["jobs"].values()
    env = job["env"]
    for name in ("BRIEF_BASE_URL", "BRIEF_MODEL", "OPENAI_API_KEY"):
        assert env[name] == f"${{{{ secrets.{name} }}}}"
    steps = {step.get("name", step.get("uses")): step for step in job["steps"]}
    assert "pip install -e '.[dev]'" in steps["Install"]["run"]
    script = steps["Eval (live) and gate against the baseline"]["run"]
    command = " ".join(script.replace("\\\n", " ").split())
    assert command.startswith('brief eval --engine openai --live --baseline "$BASELINE"')
    assert "--out runs" in command
    baseline = load_run(Path(env["BASELINE"]))  # committed, and a valid results file
    assert baseline.info.engine == "openai"

    upload = next(
        s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact")
    )
    assert upload["with"]["path"] == "runs/" and upload["if"] == "always()"
