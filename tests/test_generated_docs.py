"""Every generated table in README.md and docs/ is what `python -m briefsmith.generated_docs`
would write now; a table typed by hand, or left stale after a change, fails here."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from briefsmith.generated_docs import BLOCKS, REPO_ROOT, refresh


def test_every_generated_block_is_fresh():
    assert refresh(check=True) == []


def test_a_hand_edited_block_is_caught_and_rewritten(tmp_path: Path):
    for doc in {block.doc for block in BLOCKS}:
        (tmp_path / doc).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO_ROOT / doc, tmp_path / doc)
    block = BLOCKS[0]
    path = tmp_path / block.doc
    text = path.read_text(encoding="utf-8")
    inside = text.index(block.begin) + len(block.begin)
    path.write_text(text[:inside] + "\n| typed | by hand |" + text[inside:], encoding="utf-8")
    assert refresh(check=True, root=tmp_path) == [block.doc]
    assert refresh(check=False, root=tmp_path) == [block.doc]
    assert refresh(check=True, root=tmp_path) == []
    assert path.read_text(encoding="utf-8") == (REPO_ROOT / block.doc).read_text(encoding="utf-8")


def test_the_check_command_exits_0_when_fresh():
    outcome = subprocess.run(
        [sys.executable, "-m", "briefsmith.generated_docs", "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert outcome.returncode == 0, outcome.stderr


def test_the_warning_and_error_tables_name_every_code():
    from briefsmith.core import errors
    from briefsmith.core.schema import WarningCode

    development = (REPO_ROOT / "docs" / "development.md").read_text(encoding="utf-8")
    http_api = (REPO_ROOT / "docs" / "http-api.md").read_text(encoding="utf-8")
    for code in WarningCode:
        assert f"| `{code.value}` |" in development, code
    for kind in vars(errors).values():
        domain = isinstance(kind, type) and issubclass(kind, errors.BriefsmithError)
        if domain and kind is not errors.BriefsmithError:
            assert f"| `{kind.code}` |" in http_api, kind.code
    names = {block.name for block in BLOCKS}
    assert {"settings", "warning-codes", "error-codes"} <= names
