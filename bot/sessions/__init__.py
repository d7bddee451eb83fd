"""Conversation state: the Session model and the SessionStore backends."""

from __future__ import annotations

from bot.sessions.models import FlowState, Session
from bot.sessions.store import SessionStore
from bot.settings import Settings

__all__ = ["FlowState", "Session", "SessionStore", "open_session_store"]


async def open_session_store(settings: Settings) -> SessionStore:
    """Open the configured backend (``storage.backend``), forgetting sessions idle longer
    than ``sessions.idle_timeout_s``. SQLite shares its file with the guide store."""
    store: SessionStore
    idle_timeout_s = settings.sessions.idle_timeout_s
    if settings.storage.backend == "redis":
        from bot.redis_client import create_redis
        from bot.sessions.redis import RedisSessionStore

        store = RedisSessionStore(create_redis(settings), settings.redis.key_prefix, idle_timeout_s)
    else:
        from bot.sessions.sqlite import SQLiteSessionStore

        store = await SQLiteSessionStore.open(settings.storage.sqlite_path, idle_timeout_s)
    return store
