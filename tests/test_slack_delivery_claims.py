"""Slack delivery claims in the SQLite file: one claimer per delivery id across
instances and processes sharing a database file, expiry after the TTL, and restart
safety next to the brief store."""

from __future__ import annotations

import asyncio
import multiprocessing
import sqlite3
from concurrent.futures import ProcessPoolExecutor

import pytest
from briefsmith.core.schema import BriefResult, CleanArticle
from briefsmith.store import slack_claims as claims_module
from briefsmith.store.migrations import migrations
from briefsmith.store.slack_claims import SQLiteDeliveryClaims
from briefsmith.store.sqlite import SQLiteBriefStore

from tests.synthetic_slack import ARTICLE, synthetic_brief

TTL_S = 3600.0


class FakeClock:
    """Wall clock under the test's control, shared by stores that stand for two workers."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def two_stores(tmp_path):
    clock = FakeClock()
    first = SQLiteDeliveryClaims(tmp_path / "briefs.db", clock=clock)
    second = SQLiteDeliveryClaims(tmp_path / "briefs.db", clock=clock)
    yield first, second, clock
    await first.aclose()
    await second.aclose()


def claimed_ids(path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT id FROM slack_deliveries")}


async def test_a_delivery_is_claimed_once_across_two_stores_on_one_file(two_stores):
    first, second, _ = two_stores
    assert await first.claim("Ev1", TTL_S)
    assert not await second.claim("Ev1", TTL_S)
    assert not await first.claim("Ev1", TTL_S)
    assert await second.claim("Ev2", TTL_S), "another id is claimed independently"


async def test_concurrent_claims_from_two_stores_have_exactly_one_winner(two_stores):
    first, second, _ = two_stores
    for delivery_id in ("EvRace1", "EvRace2", "EvRace3"):
        claims = [store.claim(delivery_id, TTL_S) for _ in range(25) for store in (first, second)]
        outcomes = await asyncio.gather(*claims)
        assert outcomes.count(True) == 1, delivery_id


async def test_a_claim_expires_after_its_ttl(two_stores):
    first, second, clock = two_stores
    assert await first.claim("Ev1", ttl_s=10)
    clock.now += 10
    assert not await second.claim("Ev1", ttl_s=10), "held for the whole TTL"
    clock.now += 0.5
    assert await second.claim("Ev1", ttl_s=10), "expired: claimable again"
    assert not await first.claim("Ev1", ttl_s=10), "and the new claim holds"


async def test_claiming_deletes_expired_claims_in_bounded_batches(two_stores, monkeypatch):
    first, second, clock = two_stores
    monkeypatch.setattr(claims_module, "EXPIRED_CLAIMS_PER_SWEEP", 2)
    for number in range(5):
        assert await first.claim(f"EvOld{number}", ttl_s=10)
        clock.now += 1
    clock.now += 20  # every claim so far has expired
    assert await second.claim("EvNew1", ttl_s=10)
    assert claimed_ids(first.path) == {"EvOld2", "EvOld3", "EvOld4", "EvNew1"}, (
        "the two oldest expired claims go first"
    )
    assert await second.claim("EvNew2", ttl_s=10)
    assert await second.claim("EvNew3", ttl_s=10)
    assert claimed_ids(first.path) == {"EvNew1", "EvNew2", "EvNew3"}


async def test_an_expired_claim_is_reclaimable_even_beyond_the_sweep_batch(two_stores, monkeypatch):
    first, second, clock = two_stores
    monkeypatch.setattr(claims_module, "EXPIRED_CLAIMS_PER_SWEEP", 1)
    for delivery_id in ("EvOlder", "EvOld", "EvTarget"):
        assert await first.claim(delivery_id, ttl_s=10)
        clock.now += 1
    clock.now += 20
    assert await second.claim("EvTarget", ttl_s=10)
    assert claimed_ids(first.path) == {"EvOld", "EvTarget"}


async def test_a_non_positive_ttl_is_refused(two_stores):
    first, _, _ = two_stores
    with pytest.raises(ValueError, match="ttl_s"):
        await first.claim("Ev1", ttl_s=0)


async def test_a_database_made_before_delivery_claims_gains_them_and_keeps_its_briefs(tmp_path):
    path = tmp_path / "briefs.db"
    before = SQLiteBriefStore(path)
    article = CleanArticle(text=ARTICLE)
    saved = await before.save(BriefResult(brief=synthetic_brief(article), article=article))
    await before.aclose()
    # Turn the file back into what schema version 1 made: briefs only.
    with sqlite3.connect(path) as connection:
        connection.executescript(
            "DROP TABLE slack_deliveries; DROP TABLE schema_migrations; PRAGMA user_version=1;"
        )

    for restart in range(2):  # the upgrade, then a plain restart on the upgraded file
        store, claims = SQLiteBriefStore(path), SQLiteDeliveryClaims(path)
        try:
            assert (await store.get(saved.id)).result == saved.result
            assert await claims.claim(f"Ev{restart}", TTL_S)
            assert not await claims.claim("Ev0", TTL_S), "claims survive a restart"
        finally:
            await claims.aclose()
            await store.aclose()
    with sqlite3.connect(path) as connection:
        applied = connection.execute("SELECT version FROM schema_migrations").fetchall()
    assert [version for (version,) in applied] == [
        migration.version for migration in migrations("sqlite")
    ], "every migration applied once"


def _claim_in_a_process(path: str, delivery_ids: list[str], start) -> set[str]:
    """One worker process: claim every id concurrently, answer the ids it won."""
    start.wait()  # both processes begin claiming at the same moment

    async def claim_all() -> set[str]:
        claims = SQLiteDeliveryClaims(path)
        try:
            won = await asyncio.gather(
                *(claims.claim(delivery_id, TTL_S) for delivery_id in delivery_ids)
            )
        finally:
            await claims.aclose()
        return {delivery_id for delivery_id, ok in zip(delivery_ids, won, strict=True) if ok}

    return asyncio.run(claim_all())


def test_two_processes_claiming_the_same_deliveries_split_them_without_overlap(tmp_path):
    path = str(tmp_path / "briefs.db")
    delivery_ids = [f"EvProc{number}" for number in range(40)]
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager, ProcessPoolExecutor(2, mp_context=context) as pool:
        start = manager.Barrier(2)
        first, second = pool.map(
            _claim_in_a_process, [path, path], [delivery_ids, delivery_ids[::-1]], [start, start]
        )
    assert not first & second, "no delivery was claimed by both processes"
    assert first | second == set(delivery_ids)
