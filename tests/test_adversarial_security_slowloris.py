"""Slowloris against a real `brief serve` on loopback (issue 16, item 5), with raw
sockets: a chunked body that sends one byte and stalls, and headers that never finish.
The bounds are set small through Settings (environment); the test only waits, with a
generous ceiling, for the server to answer 408 and close. No wall-clock assertion."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from tests.api_synthetic import SYNTHETIC_ARTICLE
from tests.test_api_serve import free_port, wait_for

GENEROUS_S = 60.0  # a ceiling for "eventually", never a measured bound


@pytest.fixture
def served(tmp_path) -> Iterator[int]:
    port = free_port()
    env = {
        **os.environ,
        "BRIEF_DB_PATH": str(tmp_path / "served.db"),
        "BRIEF_ENGINE": "extractive",
        "BRIEF_BODY_READ_TIMEOUT_S": "0.5",
        "BRIEF_HEADER_READ_TIMEOUT_S": "0.5",
        "BRIEF_LOG_JSON": "true",
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
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,  # away from the repository: no developer's .env file
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz", process)
        yield port
    finally:
        process.terminate()
        process.communicate(timeout=60)


def _read_until_closed(sock: socket.socket) -> bytes:
    sock.settimeout(GENEROUS_S)
    received = b""
    while chunk := sock.recv(65536):
        received += chunk
    return received


def test_a_stalled_chunked_body_gets_408_and_the_connection_closes(served):
    with socket.create_connection(("127.0.0.1", served), timeout=GENEROUS_S) as sock:
        sock.sendall(
            b"POST /v1/briefs HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"1\r\nT\r\n"  # one byte of body, then nothing more
        )
        answer = _read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b"request-timeout" in answer


def test_a_stalled_content_length_body_gets_408(served):
    with socket.create_connection(("127.0.0.1", served), timeout=GENEROUS_S) as sock:
        sock.sendall(
            b"POST /v1/briefs HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
            b'{"text": "The council'
        )
        answer = _read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]


def test_headers_that_never_finish_get_408_and_the_connection_closes(served):
    with socket.create_connection(("127.0.0.1", served), timeout=GENEROUS_S) as sock:
        sock.sendall(b"POST /v1/briefs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a")
        answer = _read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]


def test_an_idle_connection_that_never_sends_is_closed(served):
    with socket.create_connection(("127.0.0.1", served), timeout=GENEROUS_S) as sock:
        answer = _read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 408") or answer == b""


def test_the_server_still_answers_after_the_slow_clients(served):
    for _ in range(3):
        with socket.create_connection(("127.0.0.1", served), timeout=GENEROUS_S) as sock:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a")
            _read_until_closed(sock)
    made = httpx.post(
        f"http://127.0.0.1:{served}/v1/briefs",
        content=SYNTHETIC_ARTICLE.encode(),
        headers={"Content-Type": "text/plain"},
        timeout=GENEROUS_S,
    )
    assert made.status_code == 201
