"""GuideStore on an embedded SQLite file (the default: no server to run)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import aiosqlite

from bot.guides.models import Catalog, Service
from bot.guides.store import BaseGuideStore, version_meta
from bot.sqlite_db import connect

_SCHEMA = """
CREATE TABLE IF NOT EXISTS guide_versions (
    version TEXT PRIMARY KEY, loaded_at TEXT NOT NULL, regions TEXT NOT NULL, search TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS guide_services (
    version TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (version, id));
CREATE TABLE IF NOT EXISTS guide_offices (
    version TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (version, id));
CREATE TABLE IF NOT EXISTS guide_active (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1), version TEXT NOT NULL);
"""
_TABLES = ("guide_services", "guide_offices", "guide_versions")


class SQLiteGuideStore(BaseGuideStore):
    def __init__(self, connection: aiosqlite.Connection) -> None:
        super().__init__()
        self._db = connection

    @classmethod
    async def open(cls, path: Path | str) -> SQLiteGuideStore:
        return cls(await connect(path, _SCHEMA))

    async def close(self) -> None:
        await self._db.close()

    async def load(self, catalog: Catalog) -> None:
        regions, search = version_meta(catalog)
        # One transaction: readers see the old version or the new one, never a mix.
        await self._db.execute("BEGIN IMMEDIATE")
        try:
            for table in _TABLES:
                await self._db.execute(f"DELETE FROM {table} WHERE version = ?", (catalog.version,))
            await self._db.execute(
                "INSERT INTO guide_versions VALUES (?, ?, ?, ?)",
                (catalog.version, datetime.now(UTC).isoformat(), regions, search),
            )
            await self._db.executemany(
                "INSERT INTO guide_services VALUES (?, ?, ?)",
                [(catalog.version, s.id, s.model_dump_json()) for s in catalog.services.values()],
            )
            await self._db.executemany(
                "INSERT INTO guide_offices VALUES (?, ?, ?)",
                [(catalog.version, o.id, o.model_dump_json()) for o in catalog.offices],
            )
            await self._db.execute(
                "INSERT INTO guide_active (singleton, version) VALUES (1, ?) "
                "ON CONFLICT (singleton) DO UPDATE SET version = excluded.version",
                (catalog.version,),
            )
            for table in _TABLES:
                await self._db.execute(f"DELETE FROM {table} WHERE version != ?", (catalog.version,))
        except BaseException:
            await self._db.rollback()
            raise
        await self._db.commit()
        self._loaded()

    async def version(self) -> str | None:
        async with self._db.execute("SELECT version FROM guide_active WHERE singleton = 1") as cursor:
            row = await cursor.fetchone()
        return None if row is None else str(row[0])

    async def _service_document(self, version: str, service_id: str) -> bytes | str | None:
        async with self._db.execute(
            "SELECT doc FROM guide_services WHERE version = ? AND id = ?", (version, service_id)
        ) as cursor:
            row = await cursor.fetchone()
        return None if row is None else row[0]

    async def list_services(self) -> list[Service]:
        async with self._db.execute(
            "SELECT s.doc FROM guide_services s JOIN guide_active a ON s.version = a.version ORDER BY s.id"
        ) as cursor:
            rows = await cursor.fetchall()
        return [Service.model_validate_json(row[0]) for row in rows]

    async def _office_documents(self, version: str) -> list[bytes | str]:
        async with self._db.execute("SELECT doc FROM guide_offices WHERE version = ?", (version,)) as cursor:
            rows = await cursor.fetchall()
        return [row[0] for row in rows]

    async def _meta(self, version: str) -> tuple[bytes | str, bytes | str] | None:
        async with self._db.execute(
            "SELECT regions, search FROM guide_versions WHERE version = ?", (version,)
        ) as cursor:
            row = await cursor.fetchone()
        return None if row is None else (row[0], row[1])
