"""Handoffs to a person: the Handoff model and the HandoffStore backends."""

from __future__ import annotations

from bot.handoffs.models import Handoff, HandoffReason, HandoffStatus, mask_pii
from bot.handoffs.store import HandoffExistsError, HandoffStore
from bot.settings import Settings

__all__ = [
    "Handoff",
    "HandoffExistsError",
    "HandoffReason",
    "HandoffStatus",
    "HandoffStore",
    "mask_pii",
    "open_handoff_store",
]


async def open_handoff_store(settings: Settings) -> HandoffStore:
    """Open the configured backend (``storage.backend``). SQLite shares its file with the
    other stores, in a table of its own."""
    store: HandoffStore
    if settings.storage.backend == "redis":
        from bot.handoffs.redis import RedisHandoffStore
        from bot.redis_client import create_redis

        store = RedisHandoffStore(create_redis(settings), settings.redis.key_prefix)
    else:
        from bot.handoffs.sqlite import SQLiteHandoffStore

        store = await SQLiteHandoffStore.open(settings.storage.sqlite_path)
    return store
