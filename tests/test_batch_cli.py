"""`brief batch`: a JSONL corpus in, one JSONL line per item out, resumable, bad lines
reported as failed items. Runs the real command in a subprocess, as a user would."""

import json
import os
import subprocess
import sys

COURT_STORY = (
    "A federal judge in Denver on Tuesday blocked the state's new water-rights law, ruling "
    "that it conflicted with an interstate compact signed in 1922.\n\n"
    "\u201cThe compact binds every state that signed it,\u201d Judge Maria Ostrowski wrote in "
    "a 41-page opinion.\n\nThe state attorney general, Daniel Fenwick, said he would appeal."
)
SPORTS_STORY = (
    "The Harbor City Gulls beat the Riverton Foxes 3-1 on Saturday to reach the league "
    "final for the first time in 12 years.\n\n\u201cWe played for each other tonight,\u201d "
    "said the Gulls captain, Aisha Mensah, who scored twice.\n\n"
    "About 18,000 fans watched the match at Lakeside Stadium."
)


def run_batch(tmp_path, corpus: str, *extra: str):
    source = tmp_path / "articles.jsonl"
    source.write_text(corpus, encoding="utf-8")
    out = tmp_path / "briefs.jsonl"
    outcome = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefsmith.surfaces.cli.main",
            "batch",
            str(source),
            "--out",
            str(out),
            *extra,
        ],
        capture_output=True,
        timeout=120,
        check=False,
        env={
            **os.environ,
            "BRIEF_ENGINE": "extractive",
            "BRIEF_DB_PATH": str(tmp_path / "briefs.db"),
        },
    )
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return outcome, lines


def test_every_item_briefed_and_bad_lines_reported_not_lost(tmp_path):
    corpus = "\n".join(
        [
            json.dumps({"id": "court", "text": COURT_STORY, "title": "Judge blocks law"}),
            "{this is not json",
            json.dumps({"id": "no-text", "title": "only a title"}),
            json.dumps({"id": "bad-title", "text": COURT_STORY, "title": 7}),
            json.dumps({"text": SPORTS_STORY, "source": "Harbor Daily"}),
            json.dumps(["a", "list"]),
            "",
        ]
    )
    outcome, lines = run_batch(tmp_path, corpus, "--concurrency", "2")
    stderr = outcome.stderr.decode()
    assert "Traceback" not in stderr
    assert outcome.returncode == 1  # some items failed
    by_id = {line["id"]: line for line in lines}
    assert set(by_id) == {"court", "line-2", "no-text", "line-5", "line-6", "bad-title"}
    assert by_id["court"]["status"] == "done"
    assert any(
        q["speaker"] == "Maria Ostrowski" for q in by_id["court"]["brief"]["brief"]["quotes"]
    )
    assert by_id["line-5"]["status"] == "done"
    assert by_id["line-2"]["status"] == "failed" and "invalid JSON" in by_id["line-2"]["reason"]
    assert by_id["no-text"]["reason"] == 'give exactly one of "text" or "url"'
    assert by_id["line-6"]["reason"] == "a line must be a JSON object"
    assert by_id["bad-title"]["reason"] == '"title" must be a string'
    assert "failed" in stderr and "invalid JSON" in stderr


def test_rerun_skips_done_items_and_retries_failed_ones(tmp_path):
    corpus = "\n".join(
        [
            json.dumps({"id": "court", "text": COURT_STORY}),
            json.dumps({"id": "empty", "text": "   "}),
            json.dumps({"id": "sports", "text": SPORTS_STORY}),
        ]
    )
    _, first_lines = run_batch(tmp_path, corpus)
    assert [line["status"] for line in first_lines].count("done") == 2
    empty = next(line for line in first_lines if line["id"] == "empty")
    assert empty["status"] == "failed" and empty["code"] == "empty-article"

    second, all_lines = run_batch(tmp_path, corpus)
    rerun = all_lines[len(first_lines) :]
    assert [line["id"] for line in rerun] == ["empty"]  # done ids skipped, failed retried
    assert "skipped (done before)" in second.stderr.decode()


def test_missing_corpus_is_a_clear_error(tmp_path):
    outcome = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefsmith.surfaces.cli.main",
            "batch",
            str(tmp_path / "nope.jsonl"),
            "--out",
            "x",
        ],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert outcome.returncode == 2
    assert outcome.stderr.decode().startswith("error: no such file")
