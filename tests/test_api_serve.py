"""`brief serve` end to end: uvicorn on 127.0.0.1 in a subprocess, JSON logs on stderr with
the request id, and neither the API key nor the article text in them."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import httpx

from tests.api_synthetic import SYNTHETIC_ARTICLE

API_KEY = "synthetic-key-7f3a9c"  # a synthetic key for this test only


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert process.poll() is None, "brief serve exited early"
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise AssertionError("brief serve did not come up")


def test_brief_serve_logs_json_with_request_ids_and_no_secrets(tmp_path):
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "BRIEF_DB_PATH": str(tmp_path / "served.db"),
        "BRIEF_ENGINE": "extractive",
        "BRIEF_API_KEYS": API_KEY,
        "BRIEF_LOG_JSON": "true",
        "BRIEF_LOG_LEVEL": "INFO",
    }
    process = subprocess.Popen(
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
        # cwd: away from the repository, so no developer's .env file is read.
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    try:
        wait_for(f"{base_url}/healthz", process)
        made = httpx.post(
            f"{base_url}/v1/briefs",
            content=SYNTHETIC_ARTICLE.encode(),
            headers={
                "Content-Type": "text/plain",
                "X-Request-ID": "served-1",
                "Authorization": f"Bearer {API_KEY}",
            },
            timeout=30,
        )
        refused = httpx.post(
            f"{base_url}/v1/briefs",
            json={"text": SYNTHETIC_ARTICLE},
            headers={"Authorization": "Bearer wrong-key"},
            timeout=30,
        )
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=60)
    assert made.status_code == 201, made.text
    assert made.headers["x-request-id"] == "served-1"
    assert refused.status_code == 401

    records = [json.loads(line) for line in stderr.decode().splitlines() if line.strip()]
    served = [r for r in records if r.get("request_id") == "served-1"]
    assert {r["event"] for r in served} >= {"brief_made", "http_request"}
    access = next(r for r in served if r["event"] == "http_request")
    assert (access["route"], access["status"]) == ("/v1/briefs", 201)
    assert any(r.get("status") == 401 and r["event"] == "http_request" for r in records)
    log_text = stderr.decode()
    assert API_KEY not in log_text and "wrong-key" not in log_text
    assert "worst bridge" not in log_text  # no article text
