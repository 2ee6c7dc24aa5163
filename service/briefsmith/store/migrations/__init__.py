"""Schema migrations: numbered SQL files per backend, applied in order, each once.

`sqlite/NNNN_name.sql` and `postgres/NNNN_name.sql` describe the same schema in each
dialect; a store records what it applied in its `schema_migrations` table and applies
the rest in one transaction under a lock (see the stores), so two processes starting
together on one database apply each migration exactly once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Literal

Backend = Literal["sqlite", "postgres"]
_FILE_NAME = re.compile(r"^(?P<version>\d{4})_(?P<name>[a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations(backend: Backend) -> list[Migration]:
    """Every migration of this backend, oldest first."""
    found = []
    for entry in resources.files(__package__).joinpath(backend).iterdir():
        match = _FILE_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match["version"]), match["name"], entry.read_text("utf-8")))
    found.sort(key=lambda migration: migration.version)
    versions = [migration.version for migration in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"{backend} migrations must be numbered 0001, 0002, … without gaps")
    return found


def statements(sql: str) -> list[str]:
    """The statements of a migration file (no `;` inside string literals by convention)."""
    return [statement.strip() for statement in sql.split(";") if statement.strip()]
