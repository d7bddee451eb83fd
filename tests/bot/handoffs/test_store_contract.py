"""One contract suite, run against every HandoffStore backend."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiosqlite
import pytest
from pydantic import ValidationError
from redis.asyncio import Redis

from bot.handoffs import (
    Handoff,
    HandoffExistsError,
    HandoffReason,
    HandoffStore,
    mask_pii,
    open_handoff_store,
)
from bot.handoffs.redis import RedisHandoffStore
from bot.handoffs.sqlite import SQLiteHandoffStore
from bot.settings import RedisSettings, Settings, StorageSettings

ID_NUMBER = "11010519491231002X"
PHONE = "13812345678"
RAW_SUMMARY = f"想办身份证，我的身份证号是{ID_NUMBER}，电话{PHONE}，请回电"
MASKED_SUMMARY = "想办身份证，我的身份证号是**************002X，电话*******5678，请回电"
# Long enough that finding them means a number was stored unmasked.
RAW_FRAGMENTS = (ID_NUMBER, ID_NUMBER[:14], PHONE, PHONE[:7])


def _read_files(paths: list[Path]) -> bytes:
    return b"".join(path.read_bytes() for path in paths if path.exists())


@dataclass
class Backend:
    """How to open a backend, and to read what it holds without going through the store."""

    name: str
    settings: Settings
    redis_url: str | None = None

    async def open(self) -> HandoffStore:
        return await open_handoff_store(self.settings)

    async def raw(self) -> bytes:
        """Every stored byte of the handoffs: keys, hashes and sets, or the rows and the files."""
        if self.redis_url is not None:
            client = Redis.from_url(self.redis_url, socket_timeout=2)
            try:
                parts: list[object] = []
                async for key in client.scan_iter():
                    parts.append(key)
                    kind = await client.type(key)
                    if kind == b"hash":
                        for field, value in (await client.hgetall(key)).items():
                            parts += [field, value]
                    elif kind == b"zset":
                        parts += await client.zrange(key, 0, -1)
                    else:
                        pytest.fail(f"unexpected key {key!r} of type {kind!r}")
                return b"\n".join(p if isinstance(p, bytes) else str(p).encode() for p in parts)
            finally:
                await client.aclose()
        path = self.settings.storage.sqlite_path
        async with (
            aiosqlite.connect(path) as db,
            db.execute("SELECT id, status, created_at, doc FROM handoffs") as cursor,
        ):
            rows = await cursor.fetchall()
        files = await asyncio.to_thread(_read_files, [path, Path(f"{path}-wal")])
        return repr(rows).encode() + "\n".join(str(v) for row in rows for v in row).encode() + files


@pytest.fixture(params=["sqlite", "redis"])
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Backend]:
    if request.param == "sqlite":
        yield Backend("sqlite", Settings(storage=StorageSettings(sqlite_path=tmp_path / "banshi.db")))
        return
    url = request.getfixturevalue("redis_url")
    client = Redis.from_url(url, socket_timeout=2)
    await client.flushdb()
    await client.aclose()
    settings = Settings(
        storage=StorageSettings(backend="redis"), redis=RedisSettings(url=url, key_prefix="test")
    )
    yield Backend("redis", settings, url)


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[HandoffStore]:
    opened = await backend.open()
    try:
        yield opened
    finally:
        await opened.close()


def make(created_at: datetime | None = None, **fields: object) -> Handoff:
    data: dict[str, object] = {
        "sender": "telegram:123",
        "channel": "telegram",
        "reason": HandoffReason.USER_REQUEST,
        "locale": "zh-Hans",
        "summary": "想办身份证",
        **fields,
    }
    if created_at is not None:
        data["created_at"] = created_at
    return Handoff.model_validate(data)


def test_open_handoff_store_picks_the_configured_backend(backend: Backend, store: HandoffStore) -> None:
    expected = RedisHandoffStore if backend.name == "redis" else SQLiteHandoffStore
    assert isinstance(store, expected)


async def test_create_then_get_round_trip(store: HandoffStore) -> None:
    handoff = make(
        reason=HandoffReason.VOICE_UNSUPPORTED,
        service_id="id_card",
        locale="ug",
        summary="语音消息，无法转写",
        audio_ref="audio/telegram-123/0001.ogg",
    )
    created = await store.create(handoff)
    assert created == handoff
    assert await store.get(handoff.id) == handoff


async def test_defaults(store: HandoffStore) -> None:
    before = datetime.now(UTC)
    created = await store.create(make(reason=HandoffReason.ERROR))
    assert len(created.id) == 32
    assert int(created.id, 16) >= 0
    assert created.status == "open"
    assert created.closed_at is None
    assert created.service_id is None
    assert created.audio_ref is None
    assert before <= created.created_at <= datetime.now(UTC)
    assert created.created_at.tzinfo == UTC
    stored = await store.get(created.id)
    assert stored == created
    assert stored is not None
    assert stored.reason is HandoffReason.ERROR


async def test_create_with_a_taken_id_fails(store: HandoffStore) -> None:
    first = await store.create(make())
    with pytest.raises(HandoffExistsError):
        await store.create(make(id=first.id, summary="another"))
    assert await store.get(first.id) == first
    assert await store.list_open() == [first]


async def test_unknown_id(store: HandoffStore) -> None:
    assert await store.get("0" * 32) is None
    assert await store.close_handoff("0" * 32) is False
    assert await store.list_open() == []


async def test_list_open_oldest_first_with_limit(store: HandoffStore) -> None:
    now = datetime.now(UTC)
    ages = [5, 60, 1, 30, 15]  # minutes; created out of order on purpose
    created = [await store.create(make(now - timedelta(minutes=age), sender=f"web:{age}")) for age in ages]
    oldest_first = sorted(created, key=lambda h: h.created_at)
    assert await store.list_open() == oldest_first
    assert await store.list_open(limit=2) == oldest_first[:2]
    assert await store.list_open(limit=len(ages) + 10) == oldest_first
    assert await store.list_open(limit=0) == []


async def test_close_handoff(store: HandoffStore) -> None:
    now = datetime.now(UTC)
    first = await store.create(make(now - timedelta(minutes=2)))
    second = await store.create(make(now - timedelta(minutes=1)))

    before = datetime.now(UTC)
    assert await store.close_handoff(first.id) is True
    assert await store.close_handoff(first.id) is False  # already closed

    closed = await store.get(first.id)
    assert closed is not None
    assert closed.status == "closed"
    assert closed.closed_at is not None
    assert before <= closed.closed_at <= datetime.now(UTC)
    assert closed.model_copy(update={"status": "open", "closed_at": None}) == first
    assert await store.list_open() == [second]


async def test_concurrent_closes_succeed_once(store: HandoffStore) -> None:
    handoff = await store.create(make())
    results = await asyncio.gather(*(store.close_handoff(handoff.id) for _ in range(5)))
    assert sorted(results) == [False] * 4 + [True]


async def test_purge_older_than(store: HandoffStore) -> None:
    now = datetime.now(UTC)
    old_open = await store.create(make(now - timedelta(days=40)))
    old_closed = await store.create(make(now - timedelta(days=31)))
    assert await store.close_handoff(old_closed.id)
    recent = await store.create(make(now - timedelta(days=29)))
    recent_closed = await store.create(make(now - timedelta(days=1)))
    assert await store.close_handoff(recent_closed.id)

    assert await store.purge_older_than(30) == 2
    assert await store.get(old_open.id) is None
    assert await store.get(old_closed.id) is None
    assert await store.get(recent.id) == recent
    assert await store.get(recent_closed.id) is not None
    assert await store.list_open() == [recent]
    assert await store.purge_older_than(30) == 0

    assert await store.purge_older_than(0) == 2  # everything created before now
    assert await store.list_open() == []
    with pytest.raises(ValueError, match="negative"):
        await store.purge_older_than(-1)


async def test_summary_is_stored_masked(store: HandoffStore, backend: Backend) -> None:
    handoff = make(summary=RAW_SUMMARY)
    assert handoff.summary == MASKED_SUMMARY
    created = await store.create(handoff)
    assert created.summary == MASKED_SUMMARY
    stored = await store.get(created.id)
    assert stored is not None
    assert stored.summary == MASKED_SUMMARY

    # A copy made without validation still reaches storage masked.
    unvalidated = make().model_copy(update={"summary": f"回电 {PHONE}"})
    assert unvalidated.summary == f"回电 {PHONE}"
    created_unvalidated = await store.create(unvalidated)
    assert created_unvalidated.summary == "回电 *******5678"
    assert await store.close_handoff(created_unvalidated.id)

    raw = await backend.raw()
    assert b"**************002X" in raw  # really the stored bytes
    for fragment in RAW_FRAGMENTS:
        assert fragment.encode() not in raw


async def test_survives_reopening(backend: Backend) -> None:
    first = await backend.open()
    try:
        kept = await first.create(make(summary=RAW_SUMMARY))
        done = await first.create(make())
        assert await first.close_handoff(done.id)
    finally:
        await first.close()

    second = await backend.open()
    try:
        assert await second.get(kept.id) == kept
        reopened_done = await second.get(done.id)
        assert reopened_done is not None
        assert reopened_done.status == "closed"
        assert await second.list_open() == [kept]
    finally:
        await second.close()


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (ID_NUMBER, "**************002X"),
        ("11010519491231002x", "**************002x"),
        ("110105194912310021", "**************0021"),
        ("身份证110105491231002号", "身份证***********1002号"),  # 15 digits, first generation
        ("110105 19491231 002X", "****************002X"),
        ("１１０１０５１９４９１２３１００２Ｘ", "**************００２Ｘ"),  # full-width
        (PHONE, "*******5678"),
        ("电话138-1234-5678。", "电话*********5678。"),
        ("+86 13812345678", "***********5678"),
        ("8613812345678", "*********5678"),
        ("call 13812345678 or 13912345678", "call *******5678 or *******5678"),
    ],
)
def test_mask_pii(text: str, masked: str) -> None:
    assert mask_pii(text) == masked
    assert mask_pii(masked) == masked  # idempotent
    assert len(masked) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "2024年3月5日上午10点",
        "办事指南第12页",
        "邮编100000，工号1234567890",  # 6 and 10 digits
        "23812345678",  # 11 digits not starting with 1
        "138123456789",  # 12 digits: not a mobile number
        "1101051949123100",  # 16 digits: neither ID format
    ],
)
def test_mask_pii_leaves_other_numbers(text: str) -> None:
    assert mask_pii(text) == text


def test_summary_masked_on_assignment_and_limited_in_length() -> None:
    handoff = make()
    handoff.summary = f"电话{PHONE}"
    assert handoff.summary == "电话*******5678"
    make(summary="字" * 500)
    with pytest.raises(ValidationError):
        make(summary="字" * 501)


def test_naive_datetimes_are_rejected() -> None:
    with pytest.raises(ValidationError):
        make(datetime(2024, 1, 1, 12, 0))
    shanghai = make(datetime.fromisoformat("2024-01-01T20:00:00+08:00"))
    assert shanghai.created_at == datetime(2024, 1, 1, 12, 0, tzinfo=UTC)
    assert shanghai.created_at.tzinfo == UTC
