"""docs/configuration.md's settings table is generated from the Settings class, and a
change to the class that is not regenerated fails here."""

from __future__ import annotations

import pytest
from briefsmith.config.settings import Settings, env_name
from briefsmith.config.settings_doc import settings_table
from briefsmith.generated_docs import BLOCKS, REPO_ROOT, with_fresh_block
from briefsmith.surfaces.cli.main import app
from typer.testing import CliRunner

SETTINGS_BLOCK = next(block for block in BLOCKS if block.name == "settings")
DOC_PATH = REPO_ROOT / SETTINGS_BLOCK.doc


def test_committed_settings_doc_matches_the_settings_class():
    committed = DOC_PATH.read_text(encoding="utf-8")
    assert with_fresh_block(committed, SETTINGS_BLOCK) == committed, (
        "docs/configuration.md is out of date: run `python -m briefsmith.generated_docs`"
    )


def test_every_setting_has_a_row_with_a_meaning():
    table = settings_table()
    for name, field in Settings.model_fields.items():
        assert field.description, f"Settings.{name} needs a description for the docs"
        variable = env_name(name).split()[0]
        row = next(line for line in table.splitlines() if line.startswith(f"| `{variable}`"))
        assert field.description.replace("|", "\\|") in row


def test_once_undocumented_settings_are_documented():
    committed = DOC_PATH.read_text(encoding="utf-8")
    for variable in (
        "BRIEF_LLM_TEMPERATURE",
        "BRIEF_LOCAL_MODEL",
        "BRIEF_LOCAL_PORT",
        "BRIEF_LOG_LEVEL",
        "BRIEF_LOG_JSON",
    ):
        assert f"| `{variable}` |" in committed


def test_a_drifted_table_is_detected_and_rewritten():
    committed = DOC_PATH.read_text(encoding="utf-8")
    drifted = committed.replace("| `BRIEF_MODEL` | `gpt-4o-mini` |", "| `BRIEF_MODEL` | `gpt-3` |")
    assert drifted != committed
    assert with_fresh_block(drifted, SETTINGS_BLOCK) == committed


def test_a_document_without_the_markers_is_refused():
    with pytest.raises(ValueError, match="markers"):
        with_fresh_block("# Configuration\n\nno table here\n", SETTINGS_BLOCK)


def test_brief_settings_prints_the_same_table():
    outcome = CliRunner().invoke(app, ["settings"])
    assert outcome.exit_code == 0
    assert outcome.stdout == settings_table()
    assert "| `BRIEF_API_KEY` or `OPENAI_API_KEY` | unset | secret |" in outcome.stdout
