"""What every bench of issue 25 shares: paired rounds, medians, and one JSON result file
per bench and code version in benches/results/, from which docs/benches.md is generated
(`python -m briefsmith.generated_docs`; the renderer is benches_doc.py)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benches" / "results"


def median(values: list[float]) -> float:
    return statistics.median(values)


def code_label() -> str:
    """Which code the run measured: the briefsmith package this interpreter imports."""
    import briefsmith

    return str(Path(briefsmith.__file__).resolve().parent.parent.parent)


def machine() -> dict[str, Any]:
    return {"cores": os.cpu_count(), "load_average": [round(x, 2) for x in os.getloadavg()]}


def save(bench: str, label: str, figures: dict[str, Any], notes: str = "") -> Path:
    """Write benches/results/<bench>-<label>.json and print it."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{bench}-{label}.json"
    record = {"bench": bench, "label": label, "machine": machine(), "figures": figures}
    if notes:
        record["notes"] = notes
    path.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(record, indent=2, sort_keys=True))
    return path


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a `brief` child: this run's code (PYTHONPATH), no BRIEF_*
    settings of the developer's, quiet logs."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEF_", "OPENAI_"))}
    env.setdefault("PYTHONPATH", os.pathsep.join(sys.path))
    env["BRIEF_LOG_LEVEL"] = "WARNING"
    env.update(extra)
    return env


def brief_process(args: list[str], env: dict[str, str], **kwargs: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "briefsmith.surfaces.cli.main", *args], env=env, **kwargs
    )
