"""One store test suite, run on both backends: SQLite (a file in tmp) and PostgreSQL (a
real server on loopback, tests/pg_server.py, a fresh database per test)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import psycopg
import pytest
from briefsmith.briefing.pipeline import make_brief
from briefsmith.core.errors import StoreUnavailable
from briefsmith.core.schema import ArticleInput, BriefResult
from briefsmith.engines.extractive import ExtractiveEngine
from briefsmith.store.base import BriefStore, CacheKey, article_hash, owner_id
from briefsmith.store.migrations import migrations
from briefsmith.store.postgres import PostgresBriefStore, PostgresPool
from briefsmith.store.slack_claims import (
    DeliveryClaims,
    PostgresDeliveryClaims,
    SQLiteDeliveryClaims,
)
from briefsmith.store.sqlite import SQLiteBriefStore

# Hand-written for these tests: a court story and a sports story.
COURT_ARTICLE = (
    "A federal judge in Denver on Tuesday blocked the state's new water rules. "
    '"The agency skipped the public comment the law requires," Judge Maria Okafor wrote. '
    "The rules would have cut allocations to 1,200 farms by 15 percent."
)
SPORTS_ARTICLE = (
    "The Harbor City Gulls beat the Riverton Foxes 3-1 on Saturday before 41,000 fans. "
    '"We finally played a full ninety minutes," coach Dana Whitfield said after the match.'
)

BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(params=BACKENDS)
def open_store(request, tmp_path) -> Callable[[], BriefStore]:
    """A function opening a new store on this test's database (call it twice for two
    processes' worth of stores on one database)."""
    if request.param == "sqlite":
        path = tmp_path / "briefs.db"
        return lambda: SQLiteBriefStore(path)
    url = request.getfixturevalue("postgres_url")
    return lambda: PostgresBriefStore(url, pool_size=4)


@pytest.fixture
async def store(open_store) -> AsyncIterator[BriefStore]:
    opened = open_store()
    yield opened
    await opened.aclose()


async def _brief(text: str) -> BriefResult:
    return await make_brief(ArticleInput(text=text), ExtractiveEngine())


def _key(result: BriefResult) -> CacheKey:
    meta = result.brief.meta
    return CacheKey(article_hash(result.article), meta.engine, meta.model, meta.prompt_version)


async def test_a_saved_brief_reads_back_equal(store):
    result = await _brief(COURT_ARTICLE)
    saved = await store.save(result)
    got = await store.get(saved.id)
    assert got is not None
    assert got.result == result
    assert got.article_hash == article_hash(result.article)
    assert got.created_at.tzinfo is not None
    assert await store.get("no-such-id") is None


async def test_an_owner_sees_only_its_own_briefs(store):
    result = await _brief(COURT_ARTICLE)
    mine = await store.save(result, owner_id("key-a"))
    assert (await store.get(mine.id, owner_id("key-a"))) is not None
    assert (await store.get(mine.id, owner_id("key-b"))) is None
    assert (await store.get(mine.id)) is not None, "without an owner filter every brief is seen"


async def test_the_cache_answers_the_newest_brief_of_the_same_article_engine_and_prompt(store):
    result = await _brief(SPORTS_ARTICLE)
    older = await store.save(result)
    newer = await store.save(result)
    cached = await store.find_cached(_key(result))
    assert cached is not None and cached.id == newer.id != older.id

    other_prompt = CacheKey(_key(result).article_hash, "extractive", None, "another-prompt")
    assert await store.find_cached(other_prompt) is None
    other_article = _key(await _brief(COURT_ARTICLE))
    assert await store.find_cached(other_article) is None


async def test_a_fallback_brief_is_never_a_cache_hit(store):
    result = await _brief(SPORTS_ARTICLE)
    degraded_meta = result.brief.meta.model_copy(update={"fallback_from": "openai"})
    degraded = result.model_copy(
        update={"brief": result.brief.model_copy(update={"meta": degraded_meta})}
    )
    await store.save(degraded)
    assert await store.find_cached(_key(result)) is None


async def test_stories_are_kept_by_id(store):
    await store.save_story("story-1", '{"headline": "x"}')
    assert await store.get_story("story-1") == '{"headline": "x"}'
    assert await store.get_story("story-2") is None


async def test_a_story_is_read_only_by_its_owner(store):
    maker, other = owner_id("key-a"), owner_id("key-b")
    await store.save_story("story-a", '{"headline": "a"}', maker)
    await store.save_story("story-slack", '{"headline": "s"}', "slack-team:T0SYNTH")
    assert await store.get_story("story-a", maker) == '{"headline": "a"}'
    assert await store.get_story("story-a", other) is None
    assert await store.get_story("story-a", "slack-team:T0SYNTH") is None
    assert await store.get_story("story-slack", "slack-team:T0SYNTH") == '{"headline": "s"}'
    assert await store.get_story("story-slack", "slack-team:T1OTHER") is None
    assert await store.get_story("story-a") == '{"headline": "a"}'  # keys off: open


async def test_concurrent_saves_all_land_with_distinct_ids(store):
    result = await _brief(COURT_ARTICLE)
    saved = await asyncio.gather(*(store.save(result, owner_id(f"k{i}")) for i in range(40)))
    assert len({brief.id for brief in saved}) == 40
    found = await asyncio.gather(*(store.get(brief.id) for brief in saved))
    assert all(brief is not None for brief in found)


async def test_a_reopened_store_keeps_its_briefs_and_applies_each_migration_once(open_store):
    first, second = open_store(), open_store()
    try:
        # Two stores starting together on a new database: migrations must not race.
        await asyncio.gather(first.initialize(), second.initialize())
        saved = await first.save(await _brief(COURT_ARTICLE))
        await first.aclose()
        reopened = open_store()
        try:
            assert (await reopened.get(saved.id)) is not None
            await reopened.check()
            backend = "sqlite" if isinstance(reopened, SQLiteBriefStore) else "postgres"
            assert await _applied_versions(reopened) == [m.version for m in migrations(backend)]
        finally:
            await reopened.aclose()
    finally:
        await second.aclose()


async def _applied_versions(store: BriefStore) -> list[int]:
    if isinstance(store, SQLiteBriefStore):
        import sqlite3

        with sqlite3.connect(store.path) as connection:
            rows = connection.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()
        return [row[0] for row in rows]
    assert isinstance(store, PostgresBriefStore)
    async with store.pool.connection() as connection:
        cursor = await connection.execute("SELECT version FROM schema_migrations ORDER BY 1")
        return [row["version"] for row in await cursor.fetchall()]


async def test_the_brief_tables_are_created_by_the_first_migration_of_both_backends():
    for backend in ("sqlite", "postgres"):
        first = migrations(backend)[0].sql
        for table in ("briefs", "stories", "slack_deliveries"):
            assert f"CREATE TABLE IF NOT EXISTS {table} (" in first, (backend, table)


# --- unreachable stores: a clear error naming the setting, never the password ----------


async def test_an_unreachable_postgres_is_store_unavailable_without_the_password():
    with socket_nobody_listens_on() as port:
        # A short wait (the setting BRIEF_DATABASE_CONNECT_TIMEOUT_S): nobody answers.
        store = PostgresBriefStore(
            f"postgresql://alice:hunter2@127.0.0.1:{port}/briefs", connect_timeout_s=1.0
        )
        with pytest.raises(StoreUnavailable) as raised:
            await store.check()
        await store.aclose()
    assert "BRIEF_DATABASE_URL" in raised.value.message
    assert "hunter2" not in raised.value.message and "alice" not in raised.value.message


async def test_an_unusable_sqlite_path_is_store_unavailable(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    store = SQLiteBriefStore(blocker / "briefs.db")
    with pytest.raises(StoreUnavailable, match="BRIEF_DB_PATH"):
        await store.check()
    await store.aclose()


class socket_nobody_listens_on:
    """A loopback port that was free a moment ago (bound then closed)."""

    def __enter__(self) -> int:
        from tests.pg_server import free_port

        return free_port()

    def __exit__(self, *exc: object) -> None:
        return None


# --- Slack delivery claims: the same contract on both backends --------------------------


@pytest.fixture(params=BACKENDS)
def open_claims(request, tmp_path) -> Callable[..., DeliveryClaims]:
    if request.param == "sqlite":
        path = tmp_path / "briefs.db"
        return lambda clock: SQLiteDeliveryClaims(path, clock=clock)
    url = request.getfixturevalue("postgres_url")
    return lambda clock: PostgresDeliveryClaims(PostgresPool(url, size=2), clock=clock)


async def test_exactly_one_of_two_instances_wins_each_delivery(open_claims):
    now = [1000.0]
    first, second = open_claims(lambda: now[0]), open_claims(lambda: now[0])
    try:
        ids = [f"Ev{i}" for i in range(30)]
        won = await asyncio.gather(
            *(claims.claim(delivery, 60) for delivery in ids for claims in (first, second))
        )
        assert sum(won) == len(ids)
        assert not await second.claim("Ev0", 60), "a retry within the TTL is refused"
        now[0] += 61
        assert await second.claim("Ev0", 60), "after the TTL the id may be claimed again"
    finally:
        await first.aclose()
        await second.aclose()


async def test_postgres_briefs_are_stored_as_queryable_json(postgres_url):
    store = PostgresBriefStore(postgres_url)
    try:
        saved = await store.save(await _brief(COURT_ARTICLE))
    finally:
        await store.aclose()
    with psycopg.connect(postgres_url) as connection:
        engine = connection.execute(
            "SELECT brief_json->'meta'->>'engine' FROM briefs WHERE id = %s", (saved.id,)
        ).fetchone()
    assert engine == ("extractive",)


def _undo_story_owner(store: BriefStore, postgres_url: str | None) -> None:
    """Turn the database back into one made before stories had an owner."""
    if isinstance(store, SQLiteBriefStore):
        import sqlite3

        with sqlite3.connect(store.path) as connection:
            connection.execute("ALTER TABLE stories DROP COLUMN owner")
            connection.execute("DELETE FROM schema_migrations WHERE name = 'story_owner'")
        return
    assert postgres_url is not None
    with psycopg.connect(postgres_url) as connection:
        connection.execute("ALTER TABLE stories DROP COLUMN owner")
        connection.execute("DELETE FROM schema_migrations WHERE name = 'story_owner'")


async def test_a_store_from_before_story_owners_gains_them_and_keeps_its_stories(
    request, open_store
):
    first = open_store()
    await first.save_story("old-story", '{"headline": "old"}')
    await first.aclose()
    url = request.getfixturevalue("postgres_url") if "postgres" in request.node.name else None
    _undo_story_owner(first, url)
    for _restart in range(2):  # the upgrade, then a plain restart on the upgraded database
        store = open_store()
        try:
            assert await store.get_story("old-story") == '{"headline": "old"}'
            assert await store.get_story("old-story", owner_id("key-a")) is None
            await store.save_story(f"new-{_restart}", '{"headline": "new"}', owner_id("key-a"))
            assert await store.get_story(f"new-{_restart}", owner_id("key-a")) is not None
        finally:
            await store.aclose()
