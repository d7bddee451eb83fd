"""Telegram update ids already handled, so a re-delivered update is not answered twice."""

from __future__ import annotations

from bot.settings import Settings
from bot.updates.store import UPDATE_TTL_S, UpdateStore, check_ttl

__all__ = ["UPDATE_TTL_S", "UpdateStore", "open_update_store"]


async def open_update_store(settings: Settings, ttl_s: float = UPDATE_TTL_S) -> UpdateStore:
    """Open the configured backend (``storage.backend``). SQLite shares its file with the
    other stores, in a table of its own."""
    check_ttl(ttl_s)
    store: UpdateStore
    if settings.storage.backend == "redis":
        from bot.redis_client import create_redis
        from bot.updates.redis import RedisUpdateStore

        store = RedisUpdateStore(create_redis(settings), settings.redis.key_prefix, ttl_s)
    else:
        from bot.updates.sqlite import SQLiteUpdateStore

        store = await SQLiteUpdateStore.open(settings.storage.sqlite_path, ttl_s)
    return store
