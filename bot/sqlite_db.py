"""The one place that opens the embedded SQLite file for a store."""

from __future__ import annotations

import logging
from pathlib import Path

import aiosqlite

# aiosqlite logs every statement with its parameters at DEBUG: senders, session documents,
# villagers' cases. Those never belong in a log, whatever the configured level.
logging.getLogger("aiosqlite").setLevel(logging.INFO)


async def connect(path: Path | str, schema: str, *pragmas: str) -> aiosqlite.Connection:
    """Open (creating its folder) in WAL mode, so several stores and processes can share one
    file, run extra ``pragmas`` and create the store's tables."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    connection = await aiosqlite.connect(path)
    try:
        for pragma in ("journal_mode=WAL", *pragmas):
            await connection.execute(f"PRAGMA {pragma}")
        await connection.executescript(schema)
        await connection.commit()
    except BaseException:
        await connection.close()
        raise
    return connection
