"""Bad input to `brief summarize` gets a clear message and a non-zero exit, never a
traceback. Runs the real console script in a subprocess, as a user would."""

import json
import os
import subprocess
import sys

import pytest

from tests.seed_articles import seed_path


def run_brief(*args: str, stdin: bytes | None = None, env: dict | None = None):
    return subprocess.run(
        [sys.executable, "-m", "briefsmith.surfaces.cli.main", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
        env={**os.environ, "BRIEF_ENGINE": "extractive", **(env or {})},
    )


def assert_clean_failure(outcome, expected_message: str):
    stderr = outcome.stderr.decode()
    assert outcome.returncode == 2, stderr
    assert "Traceback" not in stderr and "Traceback" not in outcome.stdout.decode()
    assert expected_message in stderr
    assert stderr.startswith("error: ")
    assert outcome.stdout == b""


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert_clean_failure(run_brief("summarize", str(path)), "the article has no text")


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\t \r\n  ")
    assert_clean_failure(run_brief("summarize", str(path)), "the article has no text")


def test_binary_file(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert_clean_failure(run_brief("summarize", str(path)), "looks binary")


def test_non_utf8_file(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le président a déclaré que la ville tiendrait.".encode("latin-1"))
    assert_clean_failure(run_brief("summarize", str(path)), "not valid UTF-8")


def test_missing_path(tmp_path):
    assert_clean_failure(run_brief("summarize", str(tmp_path / "nope.txt")), "no such file")


def test_directory_instead_of_file(tmp_path):
    assert_clean_failure(run_brief("summarize", str(tmp_path)), "is a directory")


@pytest.mark.parametrize("limit, size", [(1000, 1001), (50, 4000)])
def test_input_over_the_configured_size_limit(tmp_path, limit, size):
    path = tmp_path / "long.txt"
    path.write_bytes(b"word " * (size // 5) + b"x" * (size % 5))
    outcome = run_brief("summarize", str(path), env={"BRIEF_MAX_INPUT_BYTES": str(limit)})
    assert_clean_failure(outcome, f"the limit is {limit:,} bytes")


def test_default_limit_is_one_megabyte(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"A sentence about Kyiv. " * (1_000_001 // 23 + 1))
    assert_clean_failure(run_brief("summarize", str(path)), "the limit is 1,000,000 bytes")


def test_oversized_stdin_is_refused_too():
    outcome = run_brief("summarize", "-", stdin=b"x" * 2000, env={"BRIEF_MAX_INPUT_BYTES": "1000"})
    assert_clean_failure(outcome, "the limit is 1,000 bytes")


def test_oversized_file_is_refused_with_its_real_size(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"A sentence about a harbour. " * 75_000)  # 2,100,000 bytes
    outcome = run_brief("summarize", str(path))
    assert_clean_failure(
        outcome, "article is 2,100,000 bytes (2.1 MB); the limit is 1,000,000 bytes (1 MB)"
    )
    assert b"1,000,001" not in outcome.stderr


def test_oversized_stdin_from_a_file_says_its_real_size_and_from_a_pipe_says_more_than(
    tmp_path,
):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 25_000)
    env = {**os.environ, "BRIEF_ENGINE": "extractive", "BRIEF_MAX_INPUT_BYTES": "10000"}
    with path.open("rb") as redirected:
        outcome = subprocess.run(
            [sys.executable, "-m", "briefsmith.surfaces.cli.main", "summarize", "-"],
            stdin=redirected,
            capture_output=True,
            timeout=60,
            check=False,
            env=env,
        )
    assert_clean_failure(outcome, "article is 25,000 bytes (25 kB); the limit is 10,000 bytes")
    piped = run_brief("summarize", "-", stdin=b"x" * 25_000, env={"BRIEF_MAX_INPUT_BYTES": "10000"})
    assert_clean_failure(piped, "article is more than 10,000 bytes (10 kB)")


def test_llm_engine_without_configuration_exits_2_naming_the_variable(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"OPENAI_API_KEY", "BRIEF_API_KEY"}}
    env.update(BRIEF_ENGINE="openai")
    env.pop("BRIEF_BASE_URL", None)
    outcome = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefsmith.surfaces.cli.main",
            "summarize",
            str(seed_path("001").resolve()),
        ],
        capture_output=True,
        timeout=60,
        check=False,
        env=env,
        cwd=tmp_path,  # away from the repository, so no developer's .env file is read
    )
    assert_clean_failure(outcome, "BRIEF_BASE_URL")
    assert "OPENAI_API_KEY" in outcome.stderr.decode()


def test_stdin_article_is_briefed():
    outcome = run_brief("summarize", "-", stdin=seed_path("004").read_bytes())
    assert outcome.returncode == 0, outcome.stderr.decode()
    assert b'"engine": "extractive"' in outcome.stdout


def test_unknown_engine_and_format_are_usage_errors_without_traceback():
    for args in (["--engine", "gpt9"], ["--format", "pdf"]):
        outcome = run_brief("summarize", str(seed_path("000")), *args)
        assert outcome.returncode == 2
        assert b"Traceback" not in outcome.stderr and b"Invalid value" in outcome.stderr


def test_invalid_setting_is_reported_without_traceback():
    outcome = run_brief("summarize", str(seed_path("000")), env={"BRIEF_MAX_INPUT_BYTES": "lots"})
    assert outcome.returncode == 2
    stderr = outcome.stderr.decode()
    assert "Traceback" not in stderr and "BRIEF_MAX_INPUT_BYTES" in stderr


def test_llm_failure_falls_back_to_extractive_and_stdout_stays_pure_json():
    # A refused loopback port stands in for a dead LLM endpoint.
    outcome = run_brief(
        "summarize",
        str(seed_path("001")),
        env={
            "BRIEF_ENGINE": "openai",
            "BRIEF_BASE_URL": "http://127.0.0.1:9/v1",
            "BRIEF_LLM_MAX_ATTEMPTS": "1",
            "BRIEF_FALLBACK_TO_EXTRACTIVE": "true",
        },
    )
    assert outcome.returncode == 0, outcome.stderr.decode()
    meta = json.loads(outcome.stdout)["brief"]["meta"]
    assert meta["engine"] == "extractive" and meta["fallback_from"] == "openai"
    assert any(
        warning["code"] == "engine-fallback" and "openai engine failed" in warning["message"]
        for warning in meta["warnings"]
    )
    assert b"engine_fallback" in outcome.stderr


def test_llm_failure_without_fallback_exits_3_with_a_clear_message():
    outcome = run_brief(
        "summarize",
        str(seed_path("001")),
        env={
            "BRIEF_ENGINE": "openai",
            "BRIEF_BASE_URL": "http://127.0.0.1:9/v1",
            "BRIEF_LLM_MAX_ATTEMPTS": "1",
            "BRIEF_FALLBACK_TO_EXTRACTIVE": "false",
        },
    )
    stderr = outcome.stderr.decode()
    assert outcome.returncode == 3 and outcome.stdout == b""
    assert stderr.startswith("error: ") and "Traceback" not in stderr
