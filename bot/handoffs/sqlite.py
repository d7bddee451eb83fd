"""HandoffStore on an embedded SQLite file (the default: no server to run).

One table, ``handoffs``, in the file the other stores use; each row holds the JSON
document plus the columns queried (status, creation time). Every change is committed at once.
"""

from __future__ import annotations

from pathlib import Path

import aiosqlite

from bot.handoffs.models import Handoff
from bot.handoffs.store import HandoffExistsError, closed, decode_handoff, purge_cutoff, stored
from bot.sqlite_db import connect

_SCHEMA = """
CREATE TABLE IF NOT EXISTS handoffs (
    id TEXT PRIMARY KEY, status TEXT NOT NULL, created_at REAL NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS handoffs_status_created ON handoffs (status, created_at);
CREATE INDEX IF NOT EXISTS handoffs_created ON handoffs (created_at);
"""


class SQLiteHandoffStore:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection

    @classmethod
    async def open(cls, path: Path | str) -> SQLiteHandoffStore:
        return cls(await connect(path, _SCHEMA))

    async def close(self) -> None:
        await self._db.close()

    async def create(self, handoff: Handoff) -> Handoff:
        handoff = stored(handoff)
        try:
            await self._db.execute(
                "INSERT INTO handoffs (id, status, created_at, doc) VALUES (?, ?, ?, ?)",
                (handoff.id, handoff.status, handoff.created_at.timestamp(), handoff.model_dump_json()),
            )
        except aiosqlite.IntegrityError:
            await self._db.rollback()
            raise HandoffExistsError(f"a handoff with id {handoff.id} already exists") from None
        await self._db.commit()
        return handoff

    async def get(self, handoff_id: str) -> Handoff | None:
        async with self._db.execute("SELECT doc FROM handoffs WHERE id = ?", (handoff_id,)) as cursor:
            row = await cursor.fetchone()
        return None if row is None else decode_handoff(row[0])

    async def list_open(self, limit: int = 50) -> list[Handoff]:
        if limit <= 0:
            return []
        async with self._db.execute(
            "SELECT doc FROM handoffs WHERE status = 'open' ORDER BY created_at, id LIMIT ?", (limit,)
        ) as cursor:
            rows = await cursor.fetchall()
        return [h for h in (decode_handoff(row[0]) for row in rows) if h is not None]

    async def close_handoff(self, handoff_id: str) -> bool:
        handoff = await self.get(handoff_id)
        if handoff is None or handoff.status != "open":
            return False
        done = closed(handoff)
        # Conditional on the row still being open, so a concurrent close makes this one a no-op.
        cursor = await self._db.execute(
            "UPDATE handoffs SET status = 'closed', doc = ? WHERE id = ? AND status = 'open'",
            (done.model_dump_json(), handoff_id),
        )
        await self._db.commit()
        return cursor.rowcount > 0

    async def purge_older_than(self, days: int) -> int:
        cutoff = purge_cutoff(days).timestamp()
        cursor = await self._db.execute("DELETE FROM handoffs WHERE created_at < ?", (cutoff,))
        await self._db.commit()
        return cursor.rowcount
