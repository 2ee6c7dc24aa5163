"""A real Redis server on loopback for the batch-queue and limiter tests (never fakeredis).

`redis_server` (session fixture) starts `redis-server` on 127.0.0.1 at a free port, with
no persistence, in a temporary directory, and stops it after the session. Each test
gets an empty database through `redis_url` (FLUSHALL first).

Without the `redis-server` binary the tests are skipped with the reason, unless
`BRIEF_REQUIRE_SERVERS=1` (CI sets it): then they fail, so CI cannot pass by skipping.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis

from tests.pg_server import free_port, missing_server

REDIS_SERVER = "/usr/bin/redis-server"
START_TIMEOUT_S = 20.0


def redis_binary() -> str | None:
    if os.access(REDIS_SERVER, os.X_OK):
        return REDIS_SERVER
    return shutil.which("redis-server")


@contextmanager
def running_redis(binary: str, directory: Path) -> Iterator[str]:
    """Run `binary` on 127.0.0.1 at a free port, no persistence, files in `directory`;
    yield its URL `redis://127.0.0.1:<port>`; stop it afterwards. (benches use it too)"""
    port = free_port()
    process = subprocess.Popen(
        [
            binary,
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(directory),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    client = redis.Redis(host="127.0.0.1", port=port)
    deadline = time.monotonic() + START_TIMEOUT_S
    try:
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start on port {port}") from None
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}"
    finally:
        client.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL `redis://127.0.0.1:<port>` of a Redis server for this session."""
    binary = redis_binary()
    if binary is None:
        missing_server("redis-server is not installed (apt-get install redis-server)")
        return
    with running_redis(binary, tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture
def redis_url(redis_server: str) -> str:
    """The session's Redis, emptied for this test."""
    client = redis.Redis.from_url(redis_server)
    client.flushall()
    client.close()
    return f"{redis_server}/0"
