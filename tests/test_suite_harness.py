"""The test harness itself, run on small synthetic suites in a subprocess with this
project's own pytest options (pyproject's addopts and markers, with this conftest):

- a worker that crashes (a segmentation fault, as a C extension's bug would cause) fails
  the test it was running and the run still ends, with every other test run: under
  `--dist loadgroup` xdist 3.8 waited forever at the end of such a run, until CI's limit;
- tests marked worker_processes never run side by side, whichever xdist worker takes
  them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Only a guard against the hang this file is about: nothing asserts how long a run takes.
HANG_GUARD_S = 300


def _options() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]


def _run_suite(folder: Path, files: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run a synthetic suite in `folder` with the project's addopts, markers and conftest."""
    options = _options()
    markers = "\n".join(f"    {marker}" for marker in options["markers"])
    (folder / "pytest.ini").write_text(
        f"[pytest]\naddopts = {options['addopts']}\nmarkers =\n{markers}\n", encoding="utf-8"
    )
    (folder / "conftest.py").write_text(
        "from tests.conftest import one_worker_process_test_at_a_time  # noqa: F401\n",
        encoding="utf-8",
    )
    for name, source in files.items():
        (folder / name).write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "2", "-q", "."],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_S,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


# Synthetic suite: a scope per test file, so a crashed worker has finished scopes behind it
# (the case loadgroup re-queued as empty work and then waited on).
_PASSING = "".join(f"def test_passes_{n}():\n    assert {n} + 1 == {n + 1}\n\n" for n in range(6))
_CRASHING = (
    "import os, signal\n\n"
    "def test_before_the_crash():\n    assert True\n\n"
    "def test_crashes_its_worker():\n    os.kill(os.getpid(), signal.SIGSEGV)\n\n"
    "def test_after_the_crash():\n    assert True\n"
)


def test_a_crashed_worker_fails_its_test_and_the_run_still_ends(tmp_path: Path) -> None:
    files = {f"test_a{n}.py": _PASSING for n in range(4)}
    files["test_b_crash.py"] = _CRASHING
    files.update({f"test_c{n}.py": _PASSING for n in range(4)})
    outcome = _run_suite(tmp_path, files)
    output = outcome.stdout + outcome.stderr
    assert outcome.returncode == 1, output
    assert "1 failed" in outcome.stdout, output
    # Every other test ran: 8 files of 6, and the two beside the crash.
    assert "50 passed" in outcome.stdout, output
    assert "test_crashes_its_worker" in outcome.stdout


# Synthetic suite: each marked test notes when it starts and ends in a shared log.
_MARKED = """import os, time
from pathlib import Path

import pytest

LOG = Path(os.environ["HARNESS_LOG"])


@pytest.mark.worker_processes
@pytest.mark.parametrize("n", range(4))
def test_marked_{file}(n):
    with LOG.open("a") as log:
        log.write(f"start {{os.getpid()}}\\n")
    time.sleep(0.3)  # long enough that an unlocked pair of workers would overlap
    with LOG.open("a") as log:
        log.write(f"end {{os.getpid()}}\\n")
"""


def test_worker_process_tests_never_run_side_by_side(tmp_path: Path, monkeypatch) -> None:
    log = tmp_path / "log.txt"
    monkeypatch.setenv("HARNESS_LOG", str(log))
    suite = tmp_path / "suite"
    suite.mkdir()
    files = {f"test_m{n}.py": _MARKED.format(file=n) for n in range(3)}
    outcome = _run_suite(suite, files)
    assert outcome.returncode == 0, outcome.stdout + outcome.stderr
    events = log.read_text().split("\n")[:-1]
    assert len(events) == 24
    # Both xdist workers took marked tests, so the lock, not the scheduler, kept them apart.
    assert len({event.split()[1] for event in events}) == 2, events
    # Strictly start, end, start, end...: no test started while another was running.
    assert [event.split()[0] for event in events] == ["start", "end"] * 12, events
