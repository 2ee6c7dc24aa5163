"""`brief eval --stories`: the scores move the right way when a merge goes wrong."""

from __future__ import annotations

import os
import subprocess
import sys

from briefsmith.core.story.merge import merge_story
from briefsmith.core.story.schema import StoryBrief, StoryMeta, StorySentence
from briefsmith.evals.stories import (
    load_story_references,
    score_actors,
    score_conflicts,
    score_quotes,
)

from tests.story_fixtures import grounded


def _reference():
    [court] = [r for r in load_story_references() if r.story == "court"]
    return court


def _story(briefs) -> StoryBrief:
    merged = merge_story(briefs)
    return StoryBrief(
        situation=StorySentence(text="A banker was jailed."),
        actors=merged.actors,
        quotes=merged.quotes,
        figures=merged.figures,
        meta=StoryMeta(engine="hand-made"),
    )


def _court_briefs(merge_the_sister: bool):
    sister = ("Dmitriy Sokolov", "person") if merge_the_sister else ("Anna Sokolov", "person")
    return [
        grounded(
            "court_a",
            'Dmitri Sokolov was jailed. Losses were about $4.2 million. "You betrayed people '
            'who trusted you with everything they had," Maria Okonkwo said.',
            actors=[("Dmitri Sokolov", "person"), ("Maria Okonkwo", "person")],
            quotes=[
                ("You betrayed people who trusted you with everything they had", "Maria Okonkwo")
            ],
            figures=[("about $4.2 million", 4.2e6, "USD", "losses")],
        ),
        grounded(
            "court_b",
            "Dmitriy Sokolov was jailed. Losses were roughly $4.9 million. “You betrayed "
            "people who trusted you with everything they had,” Judge Maria Okonkwo said.",
            actors=[("Dmitriy Sokolov", "person"), ("Maria Okonkwo", "person")],
            quotes=[
                ("You betrayed people who trusted you with everything they had", "Maria Okonkwo")
            ],
            figures=[("roughly $4.9 million", 4.9e6, "USD", "losses")],
        ),
        grounded(
            "court_c",
            f"{sister[0]} spoke to reporters.",
            actors=[sister],
        ),
    ]


def test_right_merges_score_full_precision_and_a_wrong_merge_costs_precision():
    reference = _reference()
    good = score_actors(_story(_court_briefs(merge_the_sister=False)), reference)
    assert good.precision == 1.0 and good.right == 2  # Sokolov a-b, Okonkwo a-b
    # Mislabel court_c's person as the defendant: the reference says it is the sister.
    reference.actors[1]["mentions"] = {"court_c": "Dmitriy Sokolov"}
    bad = score_actors(_story(_court_briefs(merge_the_sister=True)), reference)
    assert bad.precision < 1.0


def test_quote_dedupe_and_conflict_detection_are_scored_against_the_reference():
    reference = _reference()
    story = _story(_court_briefs(merge_the_sister=False))
    quotes = score_quotes(story, reference)
    assert (quotes.right, quotes.predicted, quotes.gold) == (1, 1, 2)  # one of two shared quotes
    conflicts = score_conflicts(story, reference)
    assert (conflicts.precision, conflicts.recall) == (1.0, 1.0)
    story.figures.clear()
    assert score_conflicts(story, reference).recall == 0.0


def test_brief_eval_stories_prints_the_table_writes_the_report_and_gates(tmp_path):
    from briefsmith.evals.gates import BASELINES_DIR, STORY_BASELINE

    outcome = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefsmith.surfaces.cli.main",
            "eval",
            "--stories",
            "--out",
            str(tmp_path),
            "--baseline",
            str(BASELINES_DIR / STORY_BASELINE),
        ],
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, "BRIEF_ENGINE": "extractive", "COLUMNS": "160"},
    )
    assert outcome.returncode == 0, outcome.stderr.decode()
    out = outcome.stdout.decode()
    for story in ("seeds", "court", "match", "earnings", "all (micro)"):
        assert story in out
    assert "story regression gate passed" in out
    (run_dir,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    html = (run_dir / "report.html").read_text(encoding="utf-8")
    markdown = (run_dir / "report.md").read_text(encoding="utf-8")
    assert "Misses by class" in html and "Misses by class" in markdown
    assert "Regression gate PASSED" in html
    # The extractive briefs miss some mentions, so actors are left apart: each miss names
    # the articles' sentences it came from.
    assert "one actor left apart across articles" in markdown
    assert "> [" in markdown


def test_a_wrong_merge_is_a_miss_with_its_sentences():
    from briefsmith.evals.stories import story_misses

    reference = _reference()
    # As above: court_c's person is the sister, spelt like the defendant in court_b.
    reference.actors[1]["mentions"] = {"court_c": "Dmitriy Sokolov"}
    story = _story(_court_briefs(merge_the_sister=True))
    texts = {article_id: result.article.text for article_id, result in _court_briefs(True)}
    misses = [m for m in story_misses(story, reference, texts) if m.kind == "actors-merged-wrongly"]
    assert misses and "Dmitri Sokolov and Anna Sokolov" in misses[0].detail
    assert "[court_c] Dmitriy Sokolov spoke to reporters." in (misses[0].sentence or "")
