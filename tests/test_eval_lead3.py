"""Issue 9, "situation as good as the lead": on both shipped datasets the extractive
situation scores at least as well as the plain first-three-sentences baseline, and
`brief eval` reports that baseline as a row."""

import asyncio

import pytest
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.evals.dataset import load_dataset
from briefsmith.evals.lead import LEAD3_ROW, lead_sentences
from briefsmith.evals.runner import run_eval, shared_engine
from briefsmith.surfaces.cli.main import app
from typer.testing import CliRunner


def test_lead_sentences_are_the_first_three_as_written():
    text = "WASHINGTON — One is here. Two is here.\n\nThree is here. Four is not."
    assert lead_sentences(text) == "WASHINGTON — One is here. Two is here. Three is here."


@pytest.mark.parametrize("name", ["seeds", "general"])
def test_extractive_situation_is_at_least_the_lead3_baseline(name, tmp_path):
    dataset = load_dataset(name)
    results = asyncio.run(
        run_eval(
            dataset,
            shared_engine(ExtractiveEngine()),
            engine_name="extractive",
            model=None,
            mode="local",
            out_dir=tmp_path,
        )
    )
    lead3 = results.baselines[LEAD3_ROW]
    assert lead3.n == len(dataset.cases)
    assert results.summary["situation"].mean >= lead3.mean


def test_the_general_dataset_is_varied_and_large_enough():
    dataset = load_dataset("general")
    assert len(dataset.cases) >= 10
    assert dataset.name == "general"


def test_brief_eval_picks_the_dataset_by_name_and_reports_the_lead3_row(tmp_path):
    result = CliRunner().invoke(
        app,
        ["eval", "--engine", "extractive", "--dataset", "general", "--out", str(tmp_path)],
    )
    assert result.exit_code == 0, result.output
    assert "lead-3 baseline" in result.stdout
    (run_dir,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert LEAD3_ROW in (run_dir / "report.md").read_text(encoding="utf-8")
    assert LEAD3_ROW in (run_dir / "report.html").read_text(encoding="utf-8")
