"""One contract suite, run against every SessionStore backend."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import aiosqlite
import pytest
from redis.asyncio import Redis

from bot.sessions import FlowState, Session, SessionStore, open_session_store
from bot.sessions.redis import RedisSessionStore
from bot.sessions.sqlite import SQLiteSessionStore
from bot.settings import load_settings

IDLE_S = 1.0  # the tiny idle timeout of the expiry tests
ODD_SENDERS = [
    "telegram:12345",
    "telegram:12345:6",  # not confused with the one above
    "web:a/b/../c",
    "web:with spaces  and\ttabs",
    "wechat:张三的代办员",
    "console:ئۇيغۇرچە",
    "web:*?[glob]",
    "web:'; DROP TABLE sessions; --",
    "x" * 200,
]


@dataclass
class Backend:
    """Opens stores of one backend on the same storage, and reaches under them for the tests."""

    name: str
    open: Callable[[float], Awaitable[SessionStore]]
    write_raw: Callable[[str, bytes], Awaitable[None]]  # a document, stored as is
    stored: Callable[[str], Awaitable[bool]]  # whether anything is stored for a sender
    ttl_ms: Callable[[str], Awaitable[int | None]]  # a key's time to live (None: not kept by TTL)
    opened: list[SessionStore] = field(default_factory=list)

    async def store(self, idle_timeout_s: float = 3600) -> SessionStore:
        store = await self.open(idle_timeout_s)
        self.opened.append(store)
        return store


@pytest.fixture(params=["sqlite", "redis"])
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    if request.param == "sqlite":
        path = tmp_path / "banshi.db"

        async def open_sqlite(idle_timeout_s: float) -> SessionStore:
            return await SQLiteSessionStore.open(path, idle_timeout_s)

        async def write_sqlite(sender: str, document: bytes) -> None:
            async with aiosqlite.connect(path) as db:
                await db.execute(
                    "INSERT OR REPLACE INTO sessions (sender, doc, updated_at) VALUES (?, ?, ?)",
                    (sender, document, time.time()),
                )
                await db.commit()

        async def stored_sqlite(sender: str) -> bool:
            async with (
                aiosqlite.connect(path) as db,
                db.execute("SELECT 1 FROM sessions WHERE sender = ?", (sender,)) as cursor,
            ):
                return await cursor.fetchone() is not None

        async def no_ttl(sender: str) -> int | None:
            return None

        chosen = Backend("sqlite", open_sqlite, write_sqlite, stored_sqlite, no_ttl)
        try:
            await chosen.store()  # creates the schema the raw helpers rely on
            yield chosen
        finally:
            for store in chosen.opened:
                await store.close()
    else:
        url: str = request.getfixturevalue("redis_url")
        raw = Redis.from_url(url, socket_timeout=2)
        await raw.flushdb()

        async def open_redis(idle_timeout_s: float) -> SessionStore:
            return RedisSessionStore(Redis.from_url(url, socket_timeout=2), "test", idle_timeout_s)

        async def write_redis(sender: str, document: bytes) -> None:
            await raw.set(f"test:session:{sender}", document)

        async def stored_redis(sender: str) -> bool:
            return bool(await raw.exists(f"test:session:{sender}"))

        async def ttl_redis(sender: str) -> int | None:
            return int(await raw.pttl(f"test:session:{sender}"))

        chosen = Backend("redis", open_redis, write_redis, stored_redis, ttl_redis)
        try:
            yield chosen
        finally:
            for store in chosen.opened:
                await store.close()
            await raw.aclose()


@pytest.fixture
async def store(backend: Backend) -> SessionStore:
    return await backend.store()


def full_session(sender: str = "telegram:12345") -> Session:
    return Session(
        sender=sender,
        locale="ug",
        elder_mode=True,
        flow=FlowState(
            flow_id="id_card",
            flow_version=3,
            step_id="ask_region",
            answers={"reason": "lost", "region": "652901", "名字": "阿依古丽"},
            history=["ask_reason", "confirm_lost"],
        ),
        pending={
            "kind": "did_you_mean",
            "options": ["id_card", "ss_card"],
            "asked": 2,
            "nested": {"a": None},
        },
        misses=1,
        last_replies=[
            {
                "key": "flow-id_card-ask_region",
                "args": {"n": 3},
                "buttons": [{"title": "返回", "payload": "/back"}],
            },
            {"key": "common-repeat", "args": {}, "speak": True},
        ],
    )


async def test_full_session_round_trips(store: SessionStore) -> None:
    session = full_session()
    await store.save(session)
    loaded = await store.load(session.sender)
    assert loaded is not None
    assert loaded == session
    assert loaded is not session
    assert loaded.flow is not None
    assert loaded.flow.answers["名字"] == "阿依古丽"
    assert loaded.flow.history == ["ask_reason", "confirm_lost"]


async def test_unknown_sender_is_none(store: SessionStore) -> None:
    assert await store.load("telegram:404") is None


async def test_save_overwrites(store: SessionStore) -> None:
    await store.save(full_session())
    replaced = Session(sender="telegram:12345", locale="en")
    await store.save(replaced)
    loaded = await store.load("telegram:12345")
    assert loaded is not None
    assert loaded == replaced
    assert loaded.flow is None
    assert not loaded.elder_mode


async def test_save_stamps_updated_at(store: SessionStore) -> None:
    session = Session(sender="web:abc")
    created = session.created_at
    await store.save(session)
    first = session.updated_at
    assert first >= created
    await asyncio.sleep(0.01)
    await store.save(session)
    assert session.updated_at > first
    loaded = await store.load("web:abc")
    assert loaded is not None
    assert loaded.updated_at == session.updated_at
    assert loaded.created_at == created


async def test_delete_reports_whether_there_was_a_session(store: SessionStore) -> None:
    await store.save(Session(sender="web:abc"))
    await store.save(Session(sender="web:other"))
    assert await store.delete("web:abc") is True
    assert await store.load("web:abc") is None
    assert await store.delete("web:abc") is False
    assert await store.load("web:other") is not None


async def test_idle_session_expires_and_a_save_restarts_the_clock(backend: Backend) -> None:
    store = await backend.store(idle_timeout_s=IDLE_S)
    await store.save(Session(sender="web:idle"))
    await store.save(Session(sender="web:busy"))
    assert await store.load("web:idle") is not None
    if backend.name == "redis":
        ttl_ms = await backend.ttl_ms("web:idle")
        assert ttl_ms is not None
        assert 0 < ttl_ms <= IDLE_S * 1000
    await asyncio.sleep(0.6)
    busy = await store.load("web:busy")
    assert busy is not None
    await store.save(busy)
    await asyncio.sleep(0.6)
    assert await store.load("web:idle") is None
    assert not await backend.stored("web:idle")  # deleted, not merely hidden
    assert await store.load("web:busy") is not None


async def test_purge_expired_removes_only_idle_sessions(backend: Backend) -> None:
    store = await backend.store(idle_timeout_s=IDLE_S)
    await store.save(Session(sender="web:old-1"))
    await store.save(Session(sender="web:old-2"))
    await asyncio.sleep(IDLE_S + 0.2)
    await store.save(Session(sender="web:fresh"))
    purged = await store.purge_expired()
    assert purged == (2 if backend.name == "sqlite" else 0)  # Redis expires keys by their TTL
    assert not await backend.stored("web:old-1")
    assert not await backend.stored("web:old-2")
    assert await store.load("web:fresh") is not None
    assert await store.purge_expired() == 0


async def test_senders_are_isolated(store: SessionStore) -> None:
    for number, sender in enumerate(ODD_SENDERS):
        await store.save(Session(sender=sender, misses=number, locale="zh-Hans"))
    for number, sender in enumerate(ODD_SENDERS):
        loaded = await store.load(sender)
        assert loaded is not None, sender
        assert (loaded.sender, loaded.misses) == (sender, number)
    assert await store.load("telegram:1234") is None
    assert await store.load("telegram:") is None
    assert await store.delete(ODD_SENDERS[0]) is True
    assert await store.load(ODD_SENDERS[0]) is None
    assert all([await store.load(sender) is not None for sender in ODD_SENDERS[1:]])


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(b"\x00\xff not json at all", id="garbage"),
        pytest.param(b'{"sender": "web:victim", "phone": "13800138000", "state": "old"}', id="old-schema"),
        pytest.param(b'{"sender": "web:victim", "flow": {"flow_id": "dibao"}}', id="incomplete"),
        pytest.param(b'{"sender": "web:somebody-else"}', id="other-sender"),
    ],
)
async def test_corrupted_document_is_treated_as_absent(
    backend: Backend, store: SessionStore, document: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    await backend.write_raw("web:victim", document)
    await store.save(Session(sender="web:bystander"))
    with caplog.at_level(logging.WARNING, logger="bot.sessions"):
        assert await store.load("web:victim") is None
        assert await store.load("web:victim") is None  # gone now: no second warning
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1
    message = warnings[0].getMessage()
    assert "victim" not in message
    assert "13800138000" not in message
    assert not await backend.stored("web:victim")
    assert await store.load("web:bystander") is not None
    await store.save(Session(sender="web:victim", locale="en"))  # a fresh start works
    fresh = await store.load("web:victim")
    assert fresh is not None
    assert fresh.locale == "en"


async def test_flow_in_progress_survives_a_restart(backend: Backend) -> None:
    first = await backend.store()
    session = full_session()
    await first.save(session)
    await first.close()
    second = await backend.store()
    assert await second.load(session.sender) == session


async def test_concurrent_saves_of_different_senders_all_land(store: SessionStore) -> None:
    senders = [f"web:{n}" for n in range(50)]
    await asyncio.gather(*(store.save(Session(sender=s, misses=n)) for n, s in enumerate(senders)))
    loaded = await asyncio.gather(*(store.load(s) for s in senders))
    assert [(s.sender, s.misses) if s else None for s in loaded] == [(s, n) for n, s in enumerate(senders)]


async def test_open_session_store_defaults_to_sqlite(tmp_path: Path) -> None:
    config = tmp_path / "config.yml"
    config.write_text("storage: {sqlite_path: data/banshi.db}\nsessions: {idle_timeout_s: 600}\n")
    settings = load_settings(config, environ={})
    store = await open_session_store(settings)
    try:
        assert isinstance(store, SQLiteSessionStore)
        assert store.idle_timeout_s == 600
        await store.save(Session(sender="console:me"))
        assert await store.load("console:me") is not None
    finally:
        await store.close()
    assert (tmp_path / "data" / "banshi.db").is_file()


async def test_open_session_store_uses_redis_when_configured(tmp_path: Path, redis_url: str) -> None:
    config = tmp_path / "config.yml"
    config.write_text("storage: {backend: sqlite}\n")
    settings = load_settings(
        config,
        environ={
            "BANSHI_STORAGE__BACKEND": "redis",
            "BANSHI_REDIS__URL": redis_url,
            "BANSHI_REDIS__KEY_PREFIX": "opened",
            "BANSHI_SESSIONS__IDLE_TIMEOUT_S": "120",
        },
    )
    store = await open_session_store(settings)
    raw = Redis.from_url(redis_url)
    try:
        assert isinstance(store, RedisSessionStore)
        await store.save(Session(sender="telegram:7"))
        ttl_ms = await raw.pttl("opened:session:telegram:7")
        assert 110_000 < ttl_ms <= 120_000
        assert await store.load("telegram:7") is not None
        assert not (tmp_path / "var").exists()
    finally:
        await raw.delete("opened:session:telegram:7")
        await raw.aclose()
        await store.close()


async def test_redis_keeps_sessions_compressed_and_still_reads_plain_json(redis_url: str) -> None:
    from bot.sessions.redis import RedisSessionStore

    raw = Redis.from_url(redis_url, socket_timeout=2)
    store = RedisSessionStore(Redis.from_url(redis_url, socket_timeout=2), prefix="zip", idle_timeout_s=60)
    try:
        replies = [{"parts": [{"key": "checklist-item", "args": {"n": i}}], "buttons": []} for i in range(30)]
        session = Session(sender="web:zip", last_replies=replies)
        await store.save(session)
        stored = await raw.get("zip:session:web:zip")
        assert isinstance(stored, bytes)
        assert not stored.startswith(b"{")
        assert len(stored) < len(session.model_dump_json()) / 3
        loaded = await store.load("web:zip")
        assert loaded is not None
        assert loaded.last_replies == replies

        # A session written by an earlier release (plain JSON) is still read.
        old = Session(sender="web:old", locale="en")
        await raw.set("zip:session:web:old", old.model_dump_json(), px=60_000)
        loaded_old = await store.load("web:old")
        assert loaded_old is not None
        assert loaded_old.locale == "en"
    finally:
        await raw.flushdb()
        await raw.aclose()
        await store.close()
