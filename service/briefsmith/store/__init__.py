"""Persistence: the `BriefStore` interface and its SQLite and PostgreSQL backends,
numbered migrations, Slack delivery claims and batch state. Imports core and config."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefsmith.store.base import BriefStore

if TYPE_CHECKING:
    from briefsmith.config.settings import Settings


def open_brief_store(settings: Settings) -> BriefStore:
    """The store `settings` name: PostgreSQL with BRIEF_DATABASE_URL, else SQLite."""
    if settings.database_url is not None:
        from briefsmith.store.postgres import PostgresBriefStore

        return PostgresBriefStore(
            settings.database_url.get_secret_value(),
            pool_size=settings.database_pool_size,
            connect_timeout_s=settings.database_connect_timeout_s,
        )
    from briefsmith.store.sqlite import SQLiteBriefStore

    return SQLiteBriefStore(settings.db_path)
