"""scipy, nltk, rouge-score and vcrpy are the `evals` extra (numpy is a runtime dependency:
spaCy needs it): only the eval harness
(briefsmith.evals) and LLM cassettes (briefsmith.engines.cassettes, and `brief record`
through briefsmith.briefing.recording) import them. Everything else imports and `brief
summarize` runs with them blocked (a meta-path blocker in a sitecustomize on PYTHONPATH)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTRA = {"scipy", "nltk", "rouge_score", "vcr"}
MAY_IMPORT_THEM = (
    "briefsmith.evals",
    "briefsmith.engines.cassettes",
    "briefsmith.briefing.recording",
)
SEED = ROOT / "seeds" / "000_34f6a8431284eca3.txt"

BLOCKER = f"""
import sys

BLOCKED = {sorted(EXTRA)!r}


class _Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"blocked: {{name}} (the evals extra)", name=name)
        return None


sys.meta_path.insert(0, _Blocker())
"""


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    environment = {key: value for key, value in os.environ.items() if not key.startswith("BRIEF_")}
    environment["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(ROOT / "service"), str(ROOT)])
    environment["BRIEF_DB_PATH"] = str(tmp_path / "briefs.db")
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=environment,
        cwd=tmp_path,
    )


def test_the_blocker_blocks(tmp_path):
    outcome = _run(tmp_path, "-c", "import scipy")
    assert outcome.returncode != 0 and "blocked: scipy" in outcome.stderr


def test_brief_summarize_runs_without_the_evals_extra(tmp_path):
    outcome = _run(
        tmp_path,
        "-m",
        "briefsmith.surfaces.cli.main",
        "summarize",
        "--engine",
        "extractive",
        str(SEED),
    )
    assert outcome.returncode == 0, outcome.stderr
    assert '"engine": "extractive"' in outcome.stdout


def test_every_module_but_the_evals_imports_without_the_extra(tmp_path):
    code = (
        "import importlib, pkgutil, briefsmith\n"
        f"skip = {MAY_IMPORT_THEM!r}\n"
        "bad = []\n"
        "for module in pkgutil.walk_packages(briefsmith.__path__, 'briefsmith.'):\n"
        "    if module.name.startswith(skip):\n"
        "        continue\n"
        "    try:\n"
        "        importlib.import_module(module.name)\n"
        "    except ImportError as error:\n"
        "        bad.append(f'{module.name}: {error}')\n"
        "assert not bad, bad\n"
        "print('imported')\n"
    )
    outcome = _run(tmp_path, "-c", code)
    assert outcome.returncode == 0, outcome.stderr
    assert outcome.stdout.strip() == "imported"


def test_the_eval_commands_say_what_is_missing(tmp_path):
    for command in (["eval", "--engine", "extractive", "--out", "runs"], ["record"]):
        outcome = _run(tmp_path, "-m", "briefsmith.surfaces.cli.main", *command)
        assert outcome.returncode == 2, (command, outcome.stderr)
        assert "pip install 'briefsmith[evals]'" in outcome.stderr
        assert "Traceback" not in outcome.stderr


def test_the_extra_holds_them_and_dev_pulls_it_in():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {
        dep.split(">")[0].split("[")[0].split("<")[0].strip() for dep in project["dependencies"]
    }
    extra = project["optional-dependencies"]["evals"]
    assert not names & {"scipy", "nltk", "rouge-score", "vcrpy"}
    assert {d.split(">")[0] for d in extra} == {"scipy", "nltk", "rouge-score", "vcrpy"}
    assert "numpy" in names  # spaCy's arrays: a runtime dependency since the parse
    assert "briefsmith[evals]" in project["optional-dependencies"]["dev"]
