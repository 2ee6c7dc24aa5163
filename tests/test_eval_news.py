"""The annotated news sets (evals/news/): the news reference format is validated strictly,
the old formats keep loading, and the test split is frozen (manifest, hidden failures)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from briefsmith.evals.dataset import (
    MANIFEST_NAME,
    NAMED_DATASETS,
    DatasetError,
    load_dataset,
    manifest_problems,
    manifest_text,
    parse_reference,
)
from briefsmith.surfaces.cli.main import app
from typer.testing import CliRunner

TEST_SPLIT = NAMED_DATASETS["news-test"]
assert TEST_SPLIT is not None


# --- the sets -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["news-dev", "news-test"])
def test_both_news_splits_load_in_the_news_format_with_30_or_more_articles(name):
    dataset = load_dataset(name)
    assert dataset.name == name and len(dataset.cases) >= 30
    assert all(case.reference.news_format for case in dataset.cases)
    assert dataset.frozen is (name == "news-test")
    beats = {case.reference.meta.beat for case in dataset.cases if case.reference.meta}
    outlets = {case.reference.meta.outlet for case in dataset.cases if case.reference.meta}
    assert len(beats) >= 8 and len(outlets) >= 4


def test_the_old_datasets_still_load_with_their_optional_items():
    seeds, general = load_dataset(), load_dataset("general")
    assert len(seeds.cases) == 5 and len(general.cases) == 11
    optional = [
        item
        for case in (*seeds.cases, *general.cases)
        for item in (*case.reference.actors, *case.reference.figures)
        if item.optional
    ]
    assert optional and not any(c.reference.news_format for c in seeds.cases)


# --- the frozen test split ----------------------------------------------------------------


def test_the_test_split_matches_its_committed_manifest():
    manifest = (TEST_SPLIT / MANIFEST_NAME).read_text(encoding="utf-8")
    assert manifest == manifest_text(TEST_SPLIT)
    assert manifest_problems(TEST_SPLIT) == []
    listed = [line.split("  ", 1)[1] for line in manifest.splitlines()]
    articles = [p for p in listed if p.startswith("articles/")]
    references = [p for p in listed if p.startswith("references/")]
    assert len(articles) == len(references) >= 30


def test_a_changed_test_file_is_refused_on_load(tmp_path: Path):
    copy = tmp_path / "test"
    shutil.copytree(TEST_SPLIT, copy)
    reference = sorted((copy / "references").glob("*.yaml"))[0]
    reference.write_text(reference.read_text(encoding="utf-8") + "\n# tuned\n", encoding="utf-8")
    (copy / "articles" / "zz_new.txt").write_text("Headline\n\nBody.\n", encoding="utf-8")
    with pytest.raises(DatasetError) as raised:
        load_dataset(copy)
    problems = "\n".join(raised.value.problems)
    assert f"references/{reference.name}: changed" in problems
    assert "articles/zz_new.txt: not in MANIFEST.sha256" in problems
    assert "frozen test split" in problems


SYNTHETIC_ARTICLE = """Lighthouse keepers vote to strike

By PAT QUILL FOR THE DAILY SYNTHETIC

Keepers at three Cornish lighthouses will strike for 48 hours from Friday, their union said.

"We have been ignored for two years," union organiser Lena Ashby said. "The lamps will stay lit."

The trust that runs the lights said it was "disappointed".
"""

SYNTHETIC_REFERENCE = {
    "meta": {"outlet": "local", "beat": "transport", "licence": "CC0-1.0 (synthetic test)"},
    "situation": "Keepers at three Cornish lighthouses will strike for 48 hours from Friday.",
    "outlook": "The strike starts on Friday.",
    "actors": [
        {"name": "Lena Ashby", "kind": "person", "role": "union organiser", "key": True},
    ],
    "quotes": [
        {
            "text": "We have been ignored for two years … The lamps will stay lit.",
            "speaker": "Lena Ashby",
            "kind": "speech",
        }
    ],
    "figures": [
        {"text": "48 hours", "value": 48, "unit": "hours", "measures": "length of the strike"}
    ],
    "furniture": ["By PAT QUILL FOR THE DAILY SYNTHETIC"],
    "keep": ['The trust that runs the lights said it was "disappointed".'],
}


def synthetic_split(root: Path, reference: dict | None = None, frozen: bool = True) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "references").mkdir()
    (root / "articles" / "strike.txt").write_text(SYNTHETIC_ARTICLE, encoding="utf-8")
    data = yaml.safe_dump(reference or SYNTHETIC_REFERENCE, allow_unicode=True)
    (root / "references" / "strike.yaml").write_text(data, encoding="utf-8")
    if frozen:
        (root / MANIFEST_NAME).write_text(manifest_text(root), encoding="utf-8")
    return root


def test_a_frozen_splits_report_hides_its_failures_unless_asked(tmp_path: Path):
    split = synthetic_split(tmp_path / "synthetic-test")
    runner = CliRunner()
    hidden, shown = tmp_path / "hidden", tmp_path / "shown"
    args = ["eval", "--engine", "extractive", "--dataset", str(split)]
    result = runner.invoke(app, [*args, "--out", str(hidden)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, [*args, "--out", str(shown), "--show-test-failures"])
    assert result.exit_code == 0, result.output
    (hidden_run,) = [p for p in hidden.iterdir() if p.is_dir()]
    (shown_run,) = [p for p in shown.iterdir() if p.is_dir()]
    for report in ("report.md", "report.html"):
        quiet = (hidden_run / report).read_text(encoding="utf-8")
        loud = (shown_run / report).read_text(encoding="utf-8")
        assert "Misses by class" in quiet and "frozen test split" in quiet
        assert "strike" not in quiet.split("Misses by class")[1]  # no article named
        assert "strike" in loud.split("Misses by class")[1]


# --- strict validation of the news format -------------------------------------------------


def problems_of(reference: dict) -> str:
    with pytest.raises(DatasetError) as raised:
        parse_reference(yaml.safe_dump(reference).encode(), "x.yaml")
    return "\n".join(raised.value.problems)


def variant(**changes) -> dict:
    data = yaml.safe_load(yaml.safe_dump(SYNTHETIC_REFERENCE))
    for path, value in changes.items():
        *parents, last = path.split("__")
        target = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value
    return data


def test_the_synthetic_reference_is_valid():
    assert parse_reference(yaml.safe_dump(SYNTHETIC_REFERENCE).encode(), "x.yaml").news_format


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"actors__0__optional": True}, "actors[0].optional: not allowed"),
        ({"figures__0__optional": True}, "figures[0].optional: not allowed"),
        ({"quotes__0__optional": True}, "quotes[0].optional: not allowed"),
        ({"actors__0__key": None}, "actors[0].key: required"),
        ({"quotes__0__kind": None}, "quotes[0].kind: required"),
        ({"quotes__0__kind": "rumour"}, "quotes.0.kind"),
        ({"quotes__0__kind": "denied"}, "a denied quote's speaker is 'unattributed'"),
        ({"quotes__0__kind": "false-claim"}, "a false-claim quote's speaker is 'unattributed'"),
        ({"figures__0__alternates": ["48", 0]}, "every alternate must be a string"),
        ({"meta__outlet": "blog"}, "meta.outlet"),
        ({"furnishing": ["x"]}, "furnishing"),
    ],
)
def test_news_references_are_validated_strictly(changes, message):
    assert message in problems_of(variant(**changes)).replace(
        "quotes[0].kind: Input", "quotes.0.kind"
    )


def test_old_format_references_may_not_use_news_keys():
    old = {k: v for k, v in SYNTHETIC_REFERENCE.items() if k != "meta"}
    problems = problems_of(old)
    assert "furniture: only in the news format" in problems
    assert "actors[0].key: only in the news format" in problems


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"furniture": ["Share this article"]}, "furniture[0]: 'Share this article' is not in"),
        ({"keep": ["The lamps went out."]}, "keep[0]: 'The lamps went out.' is not in"),
        ({"figures__0__alternates": ["72 hours"]}, "figures[0].alternates[0]: '72 hours'"),
        (
            {"quotes__0__text": "We have been ignored for two years … The lamps will go out."},
            "quotes[0]",
        ),
    ],
)
def test_news_references_are_checked_against_the_article(tmp_path: Path, changes, message):
    split = synthetic_split(tmp_path / "s", variant(**changes), frozen=False)
    with pytest.raises(DatasetError) as raised:
        load_dataset(split)
    assert message in "\n".join(raised.value.problems)


def test_a_reference_may_hold_what_only_the_headline_says(tmp_path: Path):
    """Round 39: the cleaning takes more headlines out of the text (a tabloid's long one,
    one ending on a quoted word). A reference item only the headline holds is still in
    the article, so the split loads; an engine is scored as missing it. Synthetic."""
    split = synthetic_split(
        tmp_path / "s", variant(figures__0__alternates=["48-hour strike"]), frozen=False
    )
    article = split / "articles" / "strike.txt"
    article.write_text(
        SYNTHETIC_ARTICLE.replace(
            "Lighthouse keepers vote to strike", "Lighthouse keepers vote for 48-hour strike"
        ),
        encoding="utf-8",
    )
    (case,) = load_dataset(split).cases
    assert case.cleaned.title == "Lighthouse keepers vote for 48-hour strike"
    assert "48-hour strike" not in case.cleaned.text
    # still refused when neither the headline nor the story holds it
    (split / "references" / "strike.yaml").write_text(
        yaml.safe_dump(variant(figures__0__alternates=["72-hour strike"])), encoding="utf-8"
    )
    with pytest.raises(DatasetError) as raised:
        load_dataset(split)
    assert "figures[0].alternates[0]: '72-hour strike'" in "\n".join(raised.value.problems)


def test_a_valid_synthetic_split_loads_and_scores_its_furniture(tmp_path: Path):
    split = synthetic_split(tmp_path / "s", frozen=False)
    (case,) = load_dataset(split).cases
    assert len(case.reference.quotes[0].parts) == 2


def test_the_holdout_split_loads_frozen_in_the_news_format():
    dataset = load_dataset("news-holdout")
    assert dataset.name == "news-holdout" and len(dataset.cases) >= 16
    assert dataset.frozen
    assert all(case.reference.news_format for case in dataset.cases)
    beats = {case.reference.meta.beat for case in dataset.cases if case.reference.meta}
    assert len(beats) >= 8
