"""Batch state behind one small interface, `BatchStore`, with two backends:

- `SqliteBatchStore`: the zero-setup default, in the SQLite file next to the briefs
  (`Settings.db_path`), in tables of its own (`batches`, `batch_items`), so a batch's
  progress and its items' inputs survive a restart of the process;
- `RedisBatchStore` (service/briefsmith/store/batch_state_redis.py): when `BRIEF_REDIS_URL` is set,
so
  every API process and `brief worker` on any host sees the same progress; it expires
  after `Settings.batch_expiry_s`.

An item moves queued -> running -> done | failed. A done item never moves again, so a
job that runs twice (a retry after a worker died) cannot undo it.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

from briefsmith.core.requests import CorpusItem
from briefsmith.store.sqlite import SQLiteThread

ItemStatus = Literal["queued", "running", "done", "failed"]
ITEM_STATUSES: tuple[ItemStatus, ...] = ("queued", "running", "done", "failed")


@dataclass(frozen=True)
class ItemState:
    id: str
    status: ItemStatus = "queued"
    brief_id: str | None = None
    code: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class BatchState:
    id: str
    created_at: datetime
    engine: str | None
    owner: str | None
    items: list[ItemState] = field(default_factory=list)

    def counts(self) -> dict[ItemStatus, int]:
        counted = Counter(item.status for item in self.items)
        return {status: counted[status] for status in ITEM_STATUSES}

    @property
    def finished(self) -> bool:
        counts = self.counts()
        return counts["queued"] == 0 and counts["running"] == 0


class BatchStore(Protocol):
    async def create(
        self, batch_id: str, owner: str | None, engine: str | None, items: Sequence[CorpusItem]
    ) -> None:
        """Record a new batch with every item queued."""

    async def mark(
        self,
        batch_id: str,
        item_id: str,
        status: ItemStatus,
        *,
        brief_id: str | None = None,
        code: str | None = None,
        reason: str | None = None,
    ) -> None:
        """Move one item on; an item already done stays done."""

    async def item(self, batch_id: str, item_id: str) -> ItemState | None: ...

    async def get(self, batch_id: str, owner: str | None = None) -> BatchState | None:
        """The batch; with an `owner` (API keys on), only one that owner made."""

    async def aclose(self) -> None: ...


def item_input_json(item: CorpusItem) -> str:
    fields = {"text": item.text, "url": item.url, "title": item.title, "source": item.source}
    return json.dumps({k: v for k, v in fields.items() if v is not None}, ensure_ascii=False)


def item_from_json(item_id: str, raw: str) -> CorpusItem:
    fields: dict[str, Any] = json.loads(raw)
    return CorpusItem(item_id, **fields)


class SqliteBatchStore:
    """Batch state in the SQLite file of the briefs. One thread does every call, each
    write one transaction; across processes SQLite's file lock serialises writers."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._db = SQLiteThread(path, name="briefsmith-batches")

    def _create(
        self, batch_id: str, owner: str | None, engine: str | None, items: Sequence[CorpusItem]
    ) -> None:
        connection = self._db.connection()
        with connection:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(
                "INSERT INTO batches (id, created_at, engine, owner) VALUES (?, ?, ?, ?)",
                (batch_id, datetime.now(UTC).isoformat(), engine, owner),
            )
            connection.executemany(
                "INSERT INTO batch_items (batch_id, position, item_id, status, input_json)"
                " VALUES (?, ?, ?, 'queued', ?)",
                [
                    (batch_id, position, item.id, item_input_json(item))
                    for position, item in enumerate(items)
                ],
            )

    async def create(
        self, batch_id: str, owner: str | None, engine: str | None, items: Sequence[CorpusItem]
    ) -> None:
        await self._db.run(self._create, batch_id, owner, engine, items)

    def _mark(self, batch_id: str, item_id: str, values: dict[str, str | None]) -> None:
        connection = self._db.connection()
        with connection:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(
                "UPDATE batch_items SET status = :status, brief_id = :brief_id, code = :code,"
                " reason = :reason WHERE batch_id = :batch_id AND item_id = :item_id"
                " AND status != 'done'",
                {**values, "batch_id": batch_id, "item_id": item_id},
            )

    async def mark(
        self,
        batch_id: str,
        item_id: str,
        status: ItemStatus,
        *,
        brief_id: str | None = None,
        code: str | None = None,
        reason: str | None = None,
    ) -> None:
        values = {"status": status, "brief_id": brief_id, "code": code, "reason": reason}
        await self._db.run(self._mark, batch_id, item_id, values)

    def _claim(self, batch_id: str, item_id: str, statuses: tuple[ItemStatus, ...]) -> bool:
        connection = self._db.connection()
        marks = ", ".join("?" for _ in statuses)
        with connection:
            connection.execute("BEGIN IMMEDIATE")
            claimed = connection.execute(
                "UPDATE batch_items SET status = 'running' WHERE batch_id = ? AND item_id = ?"
                f" AND status IN ({marks})",
                (batch_id, item_id, *statuses),
            )
            return claimed.rowcount == 1

    async def claim(
        self, batch_id: str, item_id: str, statuses: tuple[ItemStatus, ...] = ("queued",)
    ) -> bool:
        """Mark the item running if its status is one of `statuses`; True for exactly one
        caller across the processes sharing the file (several `brief serve` workers)."""
        claimed: bool = await self._db.run(self._claim, batch_id, item_id, statuses)
        return claimed

    def _item(self, batch_id: str, item_id: str) -> ItemState | None:
        row = (
            self._db.connection()
            .execute(
                "SELECT * FROM batch_items WHERE batch_id = ? AND item_id = ?", (batch_id, item_id)
            )
            .fetchone()
        )
        return _item_state(row) if row else None

    async def item(self, batch_id: str, item_id: str) -> ItemState | None:
        result: ItemState | None = await self._db.run(self._item, batch_id, item_id)
        return result

    def _get(self, batch_id: str, owner: str | None) -> BatchState | None:
        connection = self._db.connection()
        sql = "SELECT * FROM batches WHERE id = ?"
        parameters: tuple[str, ...] = (batch_id,)
        if owner is not None:
            sql, parameters = sql + " AND owner = ?", (batch_id, owner)
        batch = connection.execute(sql, parameters).fetchone()
        if batch is None:
            return None
        rows = connection.execute(
            "SELECT * FROM batch_items WHERE batch_id = ? ORDER BY position", (batch_id,)
        ).fetchall()
        return BatchState(
            id=batch["id"],
            created_at=datetime.fromisoformat(batch["created_at"]),
            engine=batch["engine"],
            owner=batch["owner"],
            items=[_item_state(row) for row in rows],
        )

    async def get(self, batch_id: str, owner: str | None = None) -> BatchState | None:
        result: BatchState | None = await self._db.run(self._get, batch_id, owner)
        return result

    def _unfinished(self) -> list[tuple[str, str | None, str | None, list[CorpusItem]]]:
        connection = self._db.connection()
        batches = connection.execute(
            "SELECT DISTINCT b.id, b.engine, b.owner FROM batches b JOIN batch_items i"
            " ON i.batch_id = b.id WHERE i.status IN ('queued', 'running')"
        ).fetchall()
        found = []
        for batch in batches:
            rows = connection.execute(
                "SELECT item_id, input_json FROM batch_items WHERE batch_id = ?"
                " AND status IN ('queued', 'running') ORDER BY position",
                (batch["id"],),
            ).fetchall()
            items = [item_from_json(row["item_id"], row["input_json"]) for row in rows]
            found.append((batch["id"], batch["engine"], batch["owner"], items))
        return found

    async def unfinished(self) -> list[tuple[str, str | None, str | None, list[CorpusItem]]]:
        """(batch id, engine, owner, items not yet done or failed) of every batch a
        stopped process left unfinished, for the in-process runner to resume."""
        result: list[tuple[str, str | None, str | None, list[CorpusItem]]] = await self._db.run(
            self._unfinished
        )
        return result

    async def aclose(self) -> None:
        await self._db.aclose()


def _item_state(row: sqlite3.Row) -> ItemState:
    return ItemState(
        id=row["item_id"],
        status=row["status"],
        brief_id=row["brief_id"],
        code=row["code"],
        reason=row["reason"],
    )
