"""docker-compose.yml documents the multi-host layout; Docker is not available to the
tests, so they check what can be checked: it parses, names the four services, points
api and worker at the same PostgreSQL and Redis, and builds from a Dockerfile that
copies what exists."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))


def test_the_compose_file_names_api_worker_postgres_and_redis():
    assert set(COMPOSE["services"]) == {"api", "worker", "postgres", "redis"}


def test_api_and_worker_share_the_database_and_the_queue():
    api, worker = COMPOSE["services"]["api"], COMPOSE["services"]["worker"]
    assert api["environment"] == worker["environment"]
    environment = api["environment"]
    assert environment["BRIEF_DATABASE_URL"].startswith("postgresql://")
    assert "@postgres:" in environment["BRIEF_DATABASE_URL"]
    assert environment["BRIEF_REDIS_URL"].startswith("redis://redis:")
    assert worker["command"][:2] == ["brief", "worker"]
    assert api["command"][:2] == ["brief", "serve"]


def test_the_dockerfile_copies_paths_that_exist():
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    copied = re.findall(r"^COPY (.+) \S+$", dockerfile, flags=re.MULTILINE)
    paths = [path for line in copied for path in line.split()]
    assert paths
    missing = [path for path in paths if not (REPO / path).exists()]
    assert missing == []
