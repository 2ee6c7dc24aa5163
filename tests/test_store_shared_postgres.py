"""Two real `brief serve` processes sharing one PostgreSQL (a real server on loopback):
a brief made by one is a cache hit on the other, and each reads the other's briefs. This
is what lets the API run on several hosts."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx

from tests.test_api_serve import free_port, wait_for

# Hand-written for this test (a business story, not a seed).
ARTICLE = (
    "Northwind Foods said on Thursday it would close two bakeries in Ohio and cut "
    "340 jobs as flour costs rose 18 percent this year. "
    '"We held prices as long as we could," chief executive Laura Brandt told analysts.'
)


def _serve(port: int, database_url: str, cwd) -> subprocess.Popen:
    env = {
        **os.environ,
        "BRIEF_DATABASE_URL": database_url,
        "BRIEF_ENGINE": "extractive",
        "BRIEF_LOG_LEVEL": "WARNING",
    }
    env.pop("BRIEF_DB_PATH", None)
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "briefsmith.surfaces.cli.main",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=cwd,  # away from the repository: no developer's .env is read
    )


def test_two_api_processes_on_one_postgres_serve_each_others_cache_hits(postgres_url, tmp_path):
    ports = free_port(), free_port()
    processes = [_serve(port, postgres_url, tmp_path) for port in ports]
    try:
        for port, process in zip(ports, processes, strict=True):
            wait_for(f"http://127.0.0.1:{port}/readyz", process)
        first_url, second_url = (f"http://127.0.0.1:{port}" for port in ports)
        made = httpx.post(f"{first_url}/v1/briefs", json={"text": ARTICLE}, timeout=30)
        again = httpx.post(f"{second_url}/v1/briefs", json={"text": ARTICLE}, timeout=30)
        read_back = httpx.get(f"{second_url}/v1/briefs/{made.json()['id']}", timeout=30)
    finally:
        for process in processes:
            process.terminate()
        stderr = [process.communicate(timeout=60)[1].decode() for process in processes]
    assert made.status_code == 201, made.text
    assert made.headers["X-Brief-Cache"] == "miss"
    assert again.status_code == 200, again.text
    assert again.headers["X-Brief-Cache"] == "hit"
    assert again.json()["id"] == made.json()["id"]
    assert read_back.status_code == 200 and read_back.json()["brief"] == made.json()["brief"]
    assert not any("Traceback" in text for text in stderr), stderr


def test_an_api_whose_postgres_is_down_is_not_ready_and_says_which_setting(tmp_path):
    port = free_port()
    dead = f"postgresql://briefsmith:s3cret-pw@127.0.0.1:{free_port()}/briefs"
    process = _serve(port, dead, tmp_path)
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz", process)
        ready = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=60)
        posted = httpx.post(
            f"http://127.0.0.1:{port}/v1/briefs", json={"text": ARTICLE}, timeout=60
        )
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=60)
    assert ready.status_code == 503
    assert "BRIEF_DATABASE_URL" in ready.text
    assert posted.status_code == 503, posted.text
    assert posted.json()["code"] == "store-unavailable"
    assert posted.headers["Retry-After"] == "5"
    for text in (ready.text, posted.text, stderr.decode()):
        assert "s3cret-pw" not in text
    assert "Traceback" not in stderr.decode()


def test_brief_batch_on_an_unreachable_postgres_exits_2_naming_the_setting(tmp_path):
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text(json.dumps({"id": "biz", "text": ARTICLE}) + "\n", encoding="utf-8")
    out = tmp_path / "briefs.jsonl"
    env = {
        **os.environ,
        "BRIEF_ENGINE": "extractive",
        "BRIEF_DATABASE_URL": f"postgresql://ops:pg-s3cret@127.0.0.1:{free_port()}/briefs",
    }
    outcome = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefsmith.surfaces.cli.main",
            "batch",
            str(corpus),
            "--out",
            str(out),
        ],
        capture_output=True,
        timeout=120,
        check=False,
        env=env,
        cwd=tmp_path,
    )
    stderr = outcome.stderr.decode()
    assert outcome.returncode == 2, stderr
    assert "BRIEF_DATABASE_URL" in stderr
    assert "pg-s3cret" not in stderr and "Traceback" not in stderr
    assert not out.exists() or out.read_text() == "", "no item is marked failed for an outage"
