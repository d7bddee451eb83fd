"""One contract suite, run against every UpdateStore backend."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import aiosqlite
import pytest
from redis.asyncio import Redis

from bot.settings import RedisSettings, Settings, StorageSettings
from bot.updates import UPDATE_TTL_S, UpdateStore, open_update_store
from bot.updates.redis import RedisUpdateStore
from bot.updates.sqlite import SQLiteUpdateStore

BOT = 777000111
TTL_S = 0.5  # the tiny time to live of the expiry tests


@dataclass
class Backend:
    """Opens stores of one backend on the same storage, and closes them afterwards."""

    name: str
    settings: Settings
    count: Callable[[], Awaitable[int]]  # how many claims are stored
    opened: list[UpdateStore] = field(default_factory=list)

    async def store(self, ttl_s: float = UPDATE_TTL_S) -> UpdateStore:
        store = await open_update_store(self.settings, ttl_s)
        self.opened.append(store)
        return store


@pytest.fixture(params=["sqlite", "redis"])
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    if request.param == "sqlite":
        path = tmp_path / "banshi.db"

        async def rows() -> int:
            async with (
                aiosqlite.connect(path) as db,
                db.execute("SELECT COUNT(*) FROM telegram_updates") as cursor,
            ):
                row = await cursor.fetchone()
            assert row is not None
            return int(row[0])

        chosen = Backend("sqlite", Settings(storage=StorageSettings(sqlite_path=path)), rows)
    else:
        url = request.getfixturevalue("redis_url")
        client = Redis.from_url(url, socket_timeout=2)
        await client.flushdb()

        async def keys() -> int:
            return len([key async for key in client.scan_iter("test:telegram-update:*")])

        settings = Settings(
            storage=StorageSettings(backend="redis"), redis=RedisSettings(url=url, key_prefix="test")
        )
        chosen = Backend("redis", settings, keys)
    try:
        yield chosen
    finally:
        for store in chosen.opened:
            await store.close()
        if request.param == "redis":
            await client.aclose()


async def test_open_update_store_picks_the_configured_backend(backend: Backend) -> None:
    expected = RedisUpdateStore if backend.name == "redis" else SQLiteUpdateStore
    assert isinstance(await backend.store(), expected)


async def test_only_the_first_claim_wins(backend: Backend) -> None:
    store = await backend.store()
    assert await store.claim(BOT, 1)
    assert not await store.claim(BOT, 1)
    assert not await store.claim(BOT, 1)
    assert await store.claim(BOT, 2)  # another update
    assert await store.claim(BOT + 1, 1)  # the same id from another bot
    assert await backend.count() == 3


async def test_concurrent_claims_from_several_workers_have_one_winner(backend: Backend) -> None:
    workers = [await backend.store() for _ in range(3)]
    for update_id in range(10, 20):
        claims = await asyncio.gather(*(w.claim(BOT, update_id) for w in workers for _ in range(4)))
        assert sum(claims) == 1


async def test_claims_outlive_a_restart(backend: Backend) -> None:
    first = await backend.store()
    assert await first.claim(BOT, 5)
    await first.close()
    backend.opened.remove(first)
    assert not await (await backend.store()).claim(BOT, 5)


async def test_a_claim_is_forgotten_after_its_time_to_live(backend: Backend) -> None:
    store = await backend.store(TTL_S)
    assert await store.claim(BOT, 1)
    assert await store.claim(BOT, 2)
    await asyncio.sleep(TTL_S + 0.2)
    assert await store.claim(BOT, 1)  # expired: claimable again, and claimed
    assert not await store.claim(BOT, 1)
    purged = await store.purge_expired()
    assert purged == (1 if backend.name == "sqlite" else 0)  # Redis expires keys itself
    assert await backend.count() == 1


async def test_the_time_to_live_must_be_positive(backend: Backend) -> None:
    with pytest.raises(ValueError, match="ttl_s"):
        await backend.store(0)
