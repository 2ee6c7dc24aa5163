"""Every shell command in README.md and docs/*.md is run by a test, so the docs cannot
show a command that no longer works (a missing file, a renamed option, a wrong path).

Each ```bash / ```sh / ```console block is preceded by one marker line:

- `<!-- runnable -->`: run here, as written, with `bash -euo pipefail` in a fresh folder
  holding copies of seeds/, evals/, cassettes/, prompts/ and benches/, with no LLM, Slack or
  network configured (so `auto` means the extractive engine). `brief` is this checkout's
  CLI. A server on port 8000 is moved to a free loopback port.
- `<!-- run by .ci/run -->`: the set-up commands; each must appear in .ci/run, which CI
  runs on every submission.
- `<!-- not runnable: REASON -->`: needs something a test may not use (an LLM endpoint,
  Slack, the network, a long compile); the reason must say what.

Generic on purpose: it reads whatever docs/*.md exist.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCUMENTS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
SHELL_FENCE = re.compile(r"^(\s*)```(bash|sh|shell|console)\s*$")
MARKER = re.compile(
    r"^\s*<!--\s*(runnable|run by \.ci/run|not runnable:\s*(?P<reason>.*?))\s*-->\s*$"
)
COPIED = ("seeds", "evals", "cassettes", "prompts", "benches", "manifest.yml")


@dataclass(frozen=True)
class Block:
    document: Path
    line: int  # 1-based line of the opening fence
    marker: str | None
    reason: str
    code: str

    @property
    def name(self) -> str:
        return f"{self.document.relative_to(REPO)}:{self.line}"


def shell_blocks(document: Path) -> list[Block]:
    lines = document.read_text(encoding="utf-8").splitlines()
    blocks = []
    index = 0
    while index < len(lines):
        fence = SHELL_FENCE.match(lines[index])
        if not fence:
            index += 1
            continue
        indent = fence.group(1)
        end = index + 1
        while end < len(lines) and lines[end].strip() != "```":
            end += 1
        code = "\n".join(line.removeprefix(indent) for line in lines[index + 1 : end])
        previous = next((lines[i] for i in range(index - 1, -1, -1) if lines[i].strip()), "")
        marker = MARKER.match(previous)
        blocks.append(
            Block(
                document=document,
                line=index + 1,
                marker=marker.group(1).split(":")[0] if marker else None,
                reason=(marker.group("reason") or "") if marker else "",
                code=code,
            )
        )
        index = end + 1
    return blocks


ALL_BLOCKS = [block for document in DOCUMENTS for block in shell_blocks(document)]
RUNNABLE = [block for block in ALL_BLOCKS if block.marker == "runnable"]
RUN_BY_CI = [block for block in ALL_BLOCKS if block.marker == "run by .ci/run"]


def commands(code: str) -> list[str]:
    """The command lines of a block: comments dropped, continuation lines joined."""
    joined = re.sub(r"\\\n\s*", " ", code)
    return [
        line.split(" #")[0].strip()
        for line in joined.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def test_every_shell_block_says_whether_and_how_it_is_run():
    assert ALL_BLOCKS, "no shell blocks found: the extraction is broken"
    unmarked = [block.name for block in ALL_BLOCKS if block.marker is None]
    assert not unmarked, (
        "put <!-- runnable -->, <!-- run by .ci/run --> or <!-- not runnable: REASON --> "
        f"on the line before each of these shell blocks: {unmarked}"
    )
    without_reason = [
        block.name
        for block in ALL_BLOCKS
        if block.marker == "not runnable" and len(block.reason.split()) < 3
    ]
    assert not without_reason, f"say why these blocks cannot be run: {without_reason}"


def test_readme_runs_the_main_job_and_each_surface_for_real():
    readme = [block for block in RUNNABLE if block.document.name == "README.md"]
    code = "\n".join(block.code for block in readme)
    for command in ("brief summarize seeds/", "brief serve", "curl", "brief eval"):
        assert command in code, f"the README has no runnable `{command}` example"


def test_the_readme_set_up_commands_are_what_ci_runs():
    ci_lines = [shlex.split(line) for line in commands((REPO / ".ci" / "run").read_text())]
    assert RUN_BY_CI
    for block in RUN_BY_CI:
        for command in commands(block.code):
            words = shlex.split(command)
            assert any(_is_subsequence(words, ci) for ci in ci_lines), (
                f"{block.name}: `{command}` is not what .ci/run runs"
            )


def _is_subsequence(needle: list[str], haystack: list[str]) -> bool:
    remaining = iter(haystack)
    return all(word in remaining for word in needle)


def test_commands_name_only_files_that_exist():
    # A missing file posted with curl's @ is an empty body, not an error: check them all,
    # in every block, runnable or not.
    missing = []
    for block in ALL_BLOCKS:
        for path in re.findall(r"@((?:seeds|evals|docs|cassettes|tests)/[^\s'\"]+)", block.code):
            if not (REPO / path).exists():
                missing.append(f"{block.name}: {path}")
        for path in re.findall(
            r"(?<![\w/.-])((?:seeds|evals|cassettes|benches)/[\w./-]+)", block.code
        ):
            if "<" not in path and not (REPO / path).exists() and not path.startswith("runs"):
                missing.append(f"{block.name}: {path}")
    assert not missing, missing


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("block", RUNNABLE, ids=[block.name for block in RUNNABLE])
def test_runnable_block(block: Block, tmp_path):
    for name in COPIED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        elif source.exists():
            shutil.copy(source, tmp_path / name)
    port = str(free_port())
    code = re.sub(r"(localhost:|127\.0\.0\.1:|--port )8000\b", rf"\g<1>{port}", block.code)
    # `brief` is this checkout's CLI, whatever is installed on the machine. A script, not a
    # shell function, so `brief serve &` is the server's own process and `kill %1` stops it.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "brief").write_text(
        f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m briefsmith.surfaces.cli.main "$@"\n',
        encoding="utf-8",
    )
    (bin_dir / "brief").chmod(0o755)
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("BRIEF_", "SLACK_", "OPENAI_"))
    }
    environment.update(
        PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        PYTHONPATH=os.pathsep.join([str(REPO / "service"), str(REPO)]),
        BRIEF_DB_PATH=str(tmp_path / "briefsmith.db"),
        NO_PROXY="*",
        no_proxy="*",
    )
    # A server the block starts in the background is stopped however the block ends.
    script = f"trap 'kill $(jobs -p) 2>/dev/null || true' EXIT\n{code}\n"
    process = subprocess.Popen(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=tmp_path,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=300)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 0, (
        f"{block.name} failed ({process.returncode}):\n{block.code}\n"
        f"--- stdout\n{stdout[-3000:]}\n--- stderr\n{stderr[-3000:]}"
    )
    assert "Traceback" not in stderr
    # What a block leaves behind in a checkout must be git-ignored, or eval reports made
    # after following the docs say "(dirty)" (issue 24 item 6).
    made = [
        f"{path.name}/" if path.is_dir() else path.name
        for path in tmp_path.iterdir()
        if path.name not in {*COPIED, "bin", "briefsmith.db"}
    ]
    not_ignored = [
        name
        for name in made
        if subprocess.run(["git", "check-ignore", "-q", name], cwd=REPO, check=False).returncode
    ]
    assert not not_ignored, f"{block.name} leaves files git does not ignore: {not_ignored}"


def test_the_readme_stays_a_page_a_newcomer_reads_first():
    """Under 150 lines; the reference lives in docs/ (issue: a README to start from)."""
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) < 150, f"README.md has {len(lines)} lines; move reference into docs/"
