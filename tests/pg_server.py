"""A real PostgreSQL server on loopback for the tests and benches: initdb into a temporary
directory, pg_ctl start on a free 127.0.0.1 port (unix socket in that directory too),
stopped and deleted at the end. Never a mock.

PostgreSQL refuses to run as root; as root the server runs as the `postgres` user that
Debian's package creates (`runuser`). Without the binaries the tests are skipped, unless
BRIEF_REQUIRE_SERVERS=1 (CI), which makes that a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

REQUIRE_SERVERS = os.environ.get("BRIEF_REQUIRE_SERVERS") == "1"
START_TIMEOUT_S = 60


def find_postgres_bin() -> Path | None:
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(versions[-1]).parent if versions else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def missing_server(reason: str) -> None:
    """Skip a test whose server is not installed; under BRIEF_REQUIRE_SERVERS=1 (CI),
    fail it instead, so a CI machine without the server cannot pass by skipping."""
    if REQUIRE_SERVERS:
        pytest.fail(f"{reason} (BRIEF_REQUIRE_SERVERS=1; run bash .ci/setup)")
    pytest.skip(reason)


class PostgresServer:
    """One throwaway cluster; `url(name)` names a database on it."""

    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="briefsmith-pg-"))
        self.data = self.root / "data"
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            self._as_user = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.root, "postgres")
            self.root.chmod(0o700)

    def _run(self, *command: str) -> None:
        subprocess.run(
            [*self._as_user, *command],
            check=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=START_TIMEOUT_S,
        )

    def start(self) -> None:
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "briefsmith",
            "--auth=trust",
            "--no-sync",
            "-E",
            "UTF8",
        )
        options = (
            f"-h 127.0.0.1 -p {self.port} -k {self.root} -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            str(START_TIMEOUT_S),
            "start",
        )

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://briefsmith@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; its URL."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')  # a name made here, not input
        return self.url(name)


def start_postgres() -> PostgresServer | None:
    """A started server, or None when PostgreSQL is not installed."""
    bin_dir = find_postgres_bin()
    if bin_dir is None:
        return None
    server = PostgresServer(bin_dir)
    server.start()
    return server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = start_postgres()
    if server is None:
        missing_server("PostgreSQL is not installed (bash .ci/setup installs it)")
        return
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh database on the session's server, for one test."""
    return postgres_server.create_database()
