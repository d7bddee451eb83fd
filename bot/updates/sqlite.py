"""UpdateStore on the embedded SQLite file: one row per claimed update, committed at once.

A claim inserts the row, or takes over one older than the time to live; rows that old are
also deleted now and then (at most once per ``PURGE_EVERY_S``) while claiming.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Final

import aiosqlite

from bot.sqlite_db import connect
from bot.updates.store import check_ttl

PURGE_EVERY_S: Final = 3600.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS telegram_updates (
    bot_id INTEGER NOT NULL, update_id INTEGER NOT NULL, created_at REAL NOT NULL,
    PRIMARY KEY (bot_id, update_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS telegram_updates_created_at ON telegram_updates (created_at);
"""


class SQLiteUpdateStore:
    def __init__(self, connection: aiosqlite.Connection, ttl_s: float) -> None:
        self.ttl_s = check_ttl(ttl_s)
        self._db = connection
        self._next_purge = 0.0  # monotonic time of the next purge while claiming

    @classmethod
    async def open(cls, path: Path | str, ttl_s: float) -> SQLiteUpdateStore:
        check_ttl(ttl_s)  # before connecting, so a bad value leaves no connection open
        return cls(await connect(path, _SCHEMA), ttl_s)

    async def close(self) -> None:
        await self._db.close()

    async def claim(self, bot_id: int, update_id: int) -> bool:
        now = time.time()
        if time.monotonic() >= self._next_purge:
            await self.purge_expired()
        # One statement, so two workers on the same file cannot both win: a new row is
        # inserted, an expired one taken over, and a live one left alone (0 rows changed).
        cursor = await self._db.execute(
            "INSERT INTO telegram_updates (bot_id, update_id, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT (bot_id, update_id) DO UPDATE SET created_at = excluded.created_at "
            "WHERE created_at < ?",
            (bot_id, update_id, now, now - self.ttl_s),
        )
        await self._db.commit()
        return cursor.rowcount > 0

    async def purge_expired(self) -> int:
        self._next_purge = time.monotonic() + PURGE_EVERY_S
        cursor = await self._db.execute(
            "DELETE FROM telegram_updates WHERE created_at < ?", (time.time() - self.ttl_s,)
        )
        await self._db.commit()
        return cursor.rowcount
