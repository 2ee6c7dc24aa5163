"""Briefing a corpus: JSONL articles in, JSONL briefs out (see briefsmith.surfaces.batch.corpus)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefsmith.briefing.briefs import BriefService
    from briefsmith.config.settings import Settings
    from briefsmith.surfaces.batch.runner import BatchRunner


def build_batches(settings: Settings, service: BriefService) -> BatchRunner:
    """Redis and arq when `BRIEF_REDIS_URL` is set, in-process otherwise."""
    if settings.redis_url is not None:
        from briefsmith.surfaces.batch.queue import RedisBatches

        return RedisBatches(settings)
    from briefsmith.store.batch_state import SqliteBatchStore
    from briefsmith.surfaces.batch.runner import InProcessBatches

    return InProcessBatches(service, SqliteBatchStore(settings.db_path), settings.batch_concurrency)
