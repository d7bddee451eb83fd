"""AgentStore on an embedded SQLite file (the default: no server to run).

Four tables in the file the other stores use: ``agent_members``, ``agent_invites``,
``agent_cases`` and ``agent_audit``. Each row holds the JSON document plus the columns it is
looked up by. Every change is committed at once; the changes that touch several rows run in
one transaction (``BEGIN IMMEDIATE``), serialised with a lock so that no other coroutine's
statement on the shared connection lands inside it.

Erasing is meant to erase: ``secure_delete`` overwrites deleted rows with zeros, and after an
erasure the write-ahead log, which still holds the rows' earlier versions, is checkpointed
and truncated.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.agents.models import AuditEntry, Case, Invite, Member
from bot.agents.store import BaseAgentStore, InviteFailure, purge_cutoff
from bot.sqlite_db import connect

_SCHEMA = """
CREATE TABLE IF NOT EXISTS agent_members (
    sender TEXT PRIMARY KEY, township TEXT NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS agent_members_township ON agent_members (township);
CREATE TABLE IF NOT EXISTS agent_invites (
    code_hash TEXT PRIMARY KEY, expires_at REAL NOT NULL, used_at REAL,
    created_by TEXT, used_by TEXT, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS agent_invites_expires ON agent_invites (expires_at);
CREATE TABLE IF NOT EXISTS agent_cases (
    id TEXT PRIMARY KEY, agent TEXT NOT NULL, township TEXT NOT NULL,
    created_at REAL NOT NULL, closed_at REAL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS agent_cases_agent ON agent_cases (agent, created_at);
CREATE INDEX IF NOT EXISTS agent_cases_township ON agent_cases (township, created_at);
CREATE INDEX IF NOT EXISTS agent_cases_closed ON agent_cases (closed_at);
CREATE TABLE IF NOT EXISTS agent_audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, at REAL NOT NULL,
    actor TEXT NOT NULL, case_id TEXT, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS agent_audit_case ON agent_audit (case_id, at);
CREATE INDEX IF NOT EXISTS agent_audit_actor ON agent_audit (actor);
CREATE INDEX IF NOT EXISTS agent_audit_at ON agent_audit (at);
"""


def _stamp(moment: datetime | None) -> float | None:
    return None if moment is None else moment.timestamp()


def _documents(rows: Iterable[Any]) -> list[bytes | str]:
    return [row[0] for row in rows]


class SQLiteAgentStore(BaseAgentStore):
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._db = connection
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str) -> SQLiteAgentStore:
        # Erased records are overwritten with zeros, not merely unlinked.
        return cls(await connect(path, _SCHEMA, "secure_delete=ON"))

    async def close(self) -> None:
        await self._db.close()

    async def _one(self, sql: str, parameters: tuple[Any, ...]) -> bytes | str | None:
        async with self._db.execute(sql, parameters) as cursor:
            row = await cursor.fetchone()
        return None if row is None else row[0]

    async def _all(self, sql: str, parameters: tuple[Any, ...]) -> list[bytes | str]:
        async with self._db.execute(sql, parameters) as cursor:
            return _documents(await cursor.fetchall())

    async def _write(self, sql: str, parameters: tuple[Any, ...]) -> int:
        """Run one statement and commit it; return the number of rows changed."""
        async with self._lock:
            try:
                cursor = await self._db.execute(sql, parameters)
            except BaseException:
                await self._db.rollback()
                raise
            await self._db.commit()
            return cursor.rowcount

    async def _transaction(self, statements: list[tuple[str, tuple[Any, ...]]]) -> list[int]:
        """Run the statements in one transaction; return the rows each changed."""
        async with self._lock:
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                counts = []
                for sql, parameters in statements:
                    cursor = await self._db.execute(sql, parameters)
                    counts.append(cursor.rowcount)
            except BaseException:
                await self._db.rollback()
                raise
            await self._db.commit()
            return counts

    # Members

    async def _fetch_member(self, sender: str) -> bytes | str | None:
        return await self._one("SELECT doc FROM agent_members WHERE sender = ?", (sender,))

    async def _store_member(self, member: Member, document: str) -> None:
        await self._write(_UPSERT_MEMBER, (member.sender, member.township, document))

    async def _fetch_members(self, township: str | None) -> list[bytes | str]:
        if township is None:
            return await self._all("SELECT doc FROM agent_members", ())
        return await self._all("SELECT doc FROM agent_members WHERE township = ?", (township,))

    # Invites

    async def _insert_invite(self, invite: Invite, document: str) -> bool:
        try:
            await self._write(
                "INSERT INTO agent_invites (code_hash, expires_at, used_at, created_by, used_by, doc) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    invite.code_hash,
                    invite.expires_at.timestamp(),
                    _stamp(invite.used_at),
                    invite.created_by,
                    invite.used_by,
                    document,
                ),
            )
        except aiosqlite.IntegrityError:
            return False
        return True

    async def _fetch_invite(self, code_hash: str) -> bytes | str | None:
        return await self._one("SELECT doc FROM agent_invites WHERE code_hash = ?", (code_hash,))

    async def _claim_invite(self, used: Invite, member: Member, at: datetime) -> InviteFailure | None:
        async with self._lock:
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                # Conditional on the row being unused and unexpired, so of two redeems one wins.
                cursor = await self._db.execute(
                    "UPDATE agent_invites SET used_at = ?, used_by = ?, doc = ? "
                    "WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?",
                    (
                        _stamp(used.used_at),
                        used.used_by,
                        used.model_dump_json(),
                        used.code_hash,
                        at.timestamp(),
                    ),
                )
                if cursor.rowcount == 0:
                    await self._db.rollback()
                    return await self._invite_failure(used.code_hash)
                await self._db.execute(
                    _UPSERT_MEMBER, (member.sender, member.township, member.model_dump_json())
                )
            except BaseException:
                await self._db.rollback()
                raise
            await self._db.commit()
            return None

    async def _invite_failure(self, code_hash: str) -> InviteFailure:
        async with self._db.execute(
            "SELECT used_at FROM agent_invites WHERE code_hash = ?", (code_hash,)
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return "invalid"
        return "used" if row[0] is not None else "expired"

    # Cases

    async def _insert_case(self, case: Case, document: str) -> bool:
        try:
            await self._write(
                "INSERT INTO agent_cases (id, agent, township, created_at, closed_at, doc) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    case.id,
                    case.agent,
                    case.township,
                    case.created_at.timestamp(),
                    _stamp(case.closed_at),
                    document,
                ),
            )
        except aiosqlite.IntegrityError:
            return False
        return True

    async def _fetch_case(self, case_id: str) -> bytes | str | None:
        return await self._one("SELECT doc FROM agent_cases WHERE id = ?", (case_id,))

    async def _replace_case(self, case: Case, document: str) -> bool:
        changed = await self._write(
            "UPDATE agent_cases SET closed_at = ?, doc = ? WHERE id = ? AND agent = ? AND township = ?",
            (_stamp(case.closed_at), document, case.id, case.agent, case.township),
        )
        return changed > 0

    async def _fetch_cases(
        self, *, agent: str | None = None, township: str | None = None
    ) -> list[bytes | str]:
        if agent is not None:
            return await self._all(
                "SELECT doc FROM agent_cases WHERE agent = ? ORDER BY created_at, id", (agent,)
            )
        return await self._all(
            "SELECT doc FROM agent_cases WHERE township = ? ORDER BY created_at, id", (township,)
        )

    async def delete_case(self, case_id: str) -> bool:
        deleted = await self._write("DELETE FROM agent_cases WHERE id = ?", (case_id,)) > 0
        if deleted:
            await self._scrub()
        return deleted

    # Audit

    async def _insert_audit(self, entry: AuditEntry, document: str) -> None:
        await self._write(
            "INSERT INTO agent_audit (id, at, actor, case_id, doc) VALUES (?, ?, ?, ?, ?)",
            (entry.id, entry.at.timestamp(), entry.actor, entry.case_id, document),
        )

    async def _fetch_audit(self, case_id: str) -> list[bytes | str]:
        return await self._all("SELECT doc FROM agent_audit WHERE case_id = ? ORDER BY at, seq", (case_id,))

    # Privacy

    async def forget(self, sender: str) -> int:
        counts = await self._transaction(
            [
                ("DELETE FROM agent_cases WHERE agent = ?", (sender,)),
                ("DELETE FROM agent_members WHERE sender = ?", (sender,)),
                ("DELETE FROM agent_audit WHERE actor = ?", (sender,)),
                ("DELETE FROM agent_invites WHERE used_by = ? OR created_by = ?", (sender, sender)),
            ]
        )
        await self._scrub()
        return sum(counts)

    async def purge_older_than(self, days: int, *, audit_days: int | None = None) -> int:
        cutoff = purge_cutoff(days).timestamp()
        audit_cutoff = purge_cutoff(days if audit_days is None else audit_days).timestamp()
        counts = await self._transaction(
            [
                ("DELETE FROM agent_cases WHERE closed_at IS NOT NULL AND closed_at < ?", (cutoff,)),
                ("DELETE FROM agent_invites WHERE expires_at < ?", (cutoff,)),
                ("DELETE FROM agent_audit WHERE at < ?", (audit_cutoff,)),
            ]
        )
        if any(counts):
            await self._scrub()
        return sum(counts)

    async def _scrub(self) -> None:
        """Copy the write-ahead log into the file and empty it, so the earlier versions of
        erased rows it holds go too (best effort: a reader of an older snapshot delays it)."""
        async with self._lock:
            await self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


_UPSERT_MEMBER = (
    "INSERT INTO agent_members (sender, township, doc) VALUES (?, ?, ?) "
    "ON CONFLICT (sender) DO UPDATE SET township = excluded.township, doc = excluded.doc"
)
