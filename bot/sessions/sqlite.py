"""SessionStore on an embedded SQLite file (the default: no server to run).

Each save is committed at once, so a session saved before the process stops or is killed
is there after a restart. Idle sessions are dropped when loaded and by :meth:`purge_expired`.
"""

from __future__ import annotations

import time
from pathlib import Path

import aiosqlite

from bot.sessions.models import Session
from bot.sessions.store import BaseSessionStore
from bot.sqlite_db import connect

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    sender TEXT PRIMARY KEY, doc TEXT NOT NULL, updated_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS sessions_updated_at ON sessions (updated_at);
"""


class SQLiteSessionStore(BaseSessionStore):
    def __init__(self, connection: aiosqlite.Connection, idle_timeout_s: float) -> None:
        super().__init__(idle_timeout_s)
        self._db = connection

    @classmethod
    async def open(cls, path: Path | str, idle_timeout_s: float) -> SQLiteSessionStore:
        return cls(await connect(path, _SCHEMA), idle_timeout_s)

    async def close(self) -> None:
        await self._db.close()

    def _cutoff(self) -> float:
        """Sessions last saved before this moment (epoch seconds) have been idle too long."""
        return time.time() - self.idle_timeout_s

    async def _fetch(self, sender: str) -> bytes | str | None:
        async with self._db.execute(
            "SELECT doc, updated_at FROM sessions WHERE sender = ?", (sender,)
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        document, updated_at = row[0], float(row[1])
        if updated_at < self._cutoff():
            # Only this version of the row: a save that raced in since the read stays.
            await self._db.execute(
                "DELETE FROM sessions WHERE sender = ? AND updated_at = ?", (sender, updated_at)
            )
            await self._db.commit()
            return None
        return document if isinstance(document, bytes | str) else str(document)

    async def _store(self, session: Session, document: str) -> None:
        await self._db.execute(
            "INSERT INTO sessions (sender, doc, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (sender) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at",
            (session.sender, document, session.updated_at.timestamp()),
        )
        await self._db.commit()

    async def delete(self, sender: str) -> bool:
        cursor = await self._db.execute("DELETE FROM sessions WHERE sender = ?", (sender,))
        await self._db.commit()
        return cursor.rowcount > 0

    async def purge_expired(self) -> int:
        cursor = await self._db.execute("DELETE FROM sessions WHERE updated_at < ?", (self._cutoff(),))
        await self._db.commit()
        return cursor.rowcount
