"""One contract suite, run against every AgentStore backend (SQLite and a real redis-server)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiosqlite
import pytest
from pydantic import ValidationError
from redis.asyncio import Redis

from bot.agents import (
    AgentStore,
    AuditAction,
    AuditEntry,
    Case,
    CaseExistsError,
    CaseStatus,
    Invite,
    InviteError,
    InviteExistsError,
    Member,
    Note,
    Role,
    open_agent_store,
)
from bot.agents.redis import RedisAgentStore
from bot.agents.sqlite import SQLiteAgentStore
from bot.sessions import FlowState
from bot.settings import RedisSettings, Settings, StorageSettings

ID_NUMBER = "11010519491231002X"
PHONE = "13812345678"
# Long enough that finding them means a number was stored unmasked.
RAW_FRAGMENTS = (ID_NUMBER, ID_NUMBER[:14], PHONE, PHONE[:7])
ODD_SENDERS = [
    "telegram:12345",
    "telegram:12345:6",
    "web:a/b/../c",
    "wechat:张三的代办员",
    "web:*?[glob]",
    "web:'; DROP TABLE agent_cases; --",
    "x" * 200,
]
HASH_A = "a" * 64
HASH_B = "b" * 64


def _read_files(paths: list[Path]) -> bytes:
    return b"".join(path.read_bytes() for path in paths if path.exists())


@dataclass
class Backend:
    """How to open a backend, and to reach under it for the tests."""

    name: str
    settings: Settings
    redis_url: str | None = None

    async def open(self) -> AgentStore:
        return await open_agent_store(self.settings)

    async def raw(self) -> bytes:
        """Every stored byte: keys, strings, hashes and sets, or every row and the files."""
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
                    elif kind == b"string":
                        parts.append(await client.get(key))
                    else:
                        pytest.fail(f"unexpected key {key!r} of type {kind!r}")
                return b"\n".join(p if isinstance(p, bytes) else str(p).encode() for p in parts)
            finally:
                await client.aclose()
        path = self.settings.storage.sqlite_path
        rows: list[Any] = []
        async with aiosqlite.connect(path) as db:
            for table in ("agent_members", "agent_invites", "agent_cases", "agent_audit"):
                async with db.execute(f"SELECT * FROM {table}") as cursor:
                    rows += await cursor.fetchall()
        files = await asyncio.to_thread(_read_files, [path, Path(f"{path}-wal")])
        return "\n".join(str(v) for row in rows for v in row).encode() + files

    async def write_case_document(self, case_id: str, document: bytes) -> None:
        """Store a damaged case document, bypassing the store."""
        if self.redis_url is not None:
            client = Redis.from_url(self.redis_url, socket_timeout=2)
            try:
                await client.hset(
                    f"test:agent:case:{case_id}",
                    mapping={"doc": document, "agent": "web:a", "township": "T1"},
                )
                await client.zadd("test:agent:cases:agent:web:a", {case_id: 0})
            finally:
                await client.aclose()
            return
        async with aiosqlite.connect(self.settings.storage.sqlite_path) as db:
            await db.execute(
                "INSERT INTO agent_cases (id, agent, township, created_at, closed_at, doc) "
                "VALUES (?, 'web:a', 'T1', 0, NULL, ?)",
                (case_id, document),
            )
            await db.commit()


def backend_for(name: str, tmp_path: Path, redis_url: str | None) -> Backend:
    if name == "sqlite":
        return Backend("sqlite", Settings(storage=StorageSettings(sqlite_path=tmp_path / "banshi.db")))
    assert redis_url is not None
    settings = Settings(
        storage=StorageSettings(backend="redis"), redis=RedisSettings(url=redis_url, key_prefix="test")
    )
    return Backend("redis", settings, redis_url)


async def flush(redis_url: str) -> None:
    client = Redis.from_url(redis_url, socket_timeout=2)
    try:
        await client.flushdb()
    finally:
        await client.aclose()


@pytest.fixture(params=["sqlite", "redis"])
async def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    if request.param == "sqlite":
        return backend_for("sqlite", tmp_path, None)
    url: str = request.getfixturevalue("redis_url")
    await flush(url)
    return backend_for("redis", tmp_path, url)


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[AgentStore]:
    opened = await backend.open()
    try:
        yield opened
    finally:
        await opened.close()


def now() -> datetime:
    return datetime.now(UTC)


def make_case(
    agent: str = "web:a", township: str = "T1", age: timedelta | None = None, **fields: object
) -> Case:
    created = now() - (age or timedelta())
    data: dict[str, object] = {
        "agent": agent,
        "township": township,
        "villager_name": "王大妈",
        "village": "石桥村",
        "consent_at": created,
        "created_at": created,
        "updated_at": created,
        **fields,
    }
    return Case.model_validate(data)


def make_invite(
    code_hash: str = HASH_A, expires_in: timedelta = timedelta(days=7), **fields: object
) -> Invite:
    return Invite.model_validate(
        {"code_hash": code_hash, "township": "T1", "expires_at": now() + expires_in, **fields}
    )


def flow() -> FlowState:
    return FlowState(
        flow_id="pension_certify",
        flow_version=2,
        step_id="ask_region",
        answers={"region": "石桥村", "id_number": ID_NUMBER, "phone": PHONE},
        history=["ask_who"],
    )


def test_open_agent_store_picks_the_configured_backend(backend: Backend, store: AgentStore) -> None:
    assert isinstance(store, RedisAgentStore if backend.name == "redis" else SQLiteAgentStore)


# Members


async def test_member_round_trip_and_replace(store: AgentStore) -> None:
    assert await store.get_member("web:a") is None
    member = await store.put_member(Member(sender="web:a", role=Role.AGENT, township="T1"))
    assert await store.get_member("web:a") == member
    revoked = await store.put_member(member.model_copy(update={"revoked_at": now()}))
    stored = await store.get_member("web:a")
    assert stored == revoked
    assert stored is not None
    assert not stored.active


async def test_list_members_by_township_oldest_first(store: AgentStore) -> None:
    base = now()
    for minutes, sender, township in [(3, "web:c", "T1"), (9, "web:a", "T2"), (5, "web:b", "T1")]:
        await store.put_member(
            Member(
                sender=sender,
                role=Role.AGENT,
                township=township,
                created_at=base - timedelta(minutes=minutes),
            )
        )
    assert [m.sender for m in await store.list_members()] == ["web:a", "web:b", "web:c"]
    assert [m.sender for m in await store.list_members("T1")] == ["web:b", "web:c"]
    assert await store.list_members("T9") == []


async def test_members_are_isolated_by_sender(store: AgentStore) -> None:
    for number, sender in enumerate(ODD_SENDERS):
        await store.put_member(Member(sender=sender, role=Role.AGENT, township=f"T{number}"))
    for number, sender in enumerate(ODD_SENDERS):
        member = await store.get_member(sender)
        assert member is not None
        assert (member.sender, member.township) == (sender, f"T{number}")
    assert await store.get_member("telegram:1234") is None


# Invites


async def test_invite_is_redeemed_once(store: AgentStore) -> None:
    invite = await store.create_invite(make_invite(created_by="web:admin"))
    assert await store.get_invite(HASH_A) == invite
    member = await store.redeem_invite(HASH_A, "web:new")
    assert (member.sender, member.role, member.township) == ("web:new", Role.AGENT, "T1")
    assert await store.get_member("web:new") == member
    used = await store.get_invite(HASH_A)
    assert used is not None
    assert used.used_by == "web:new"
    assert used.used_at is not None

    with pytest.raises(InviteError) as second:
        await store.redeem_invite(HASH_A, "web:other")
    assert second.value.reason == "used"
    assert await store.get_member("web:other") is None


async def test_unknown_and_expired_invites_fail(store: AgentStore) -> None:
    with pytest.raises(InviteError) as unknown:
        await store.redeem_invite(HASH_B, "web:x")
    assert unknown.value.reason == "invalid"

    await store.create_invite(make_invite(expires_in=timedelta(days=1)))
    with pytest.raises(InviteError) as late:
        await store.redeem_invite(HASH_A, "web:x", at=now() + timedelta(days=2))
    assert late.value.reason == "expired"
    await store.create_invite(make_invite(HASH_B, expires_in=-timedelta(seconds=1)))
    with pytest.raises(InviteError) as expired:
        await store.redeem_invite(HASH_B, "web:x")
    assert expired.value.reason == "expired"
    assert await store.get_member("web:x") is None
    invite = await store.get_invite(HASH_A)
    assert invite is not None
    assert invite.used_at is None  # an expired attempt uses nothing


async def test_invite_hash_is_taken_once(store: AgentStore) -> None:
    await store.create_invite(make_invite())
    with pytest.raises(InviteExistsError):
        await store.create_invite(make_invite(expires_in=timedelta(days=30)))


async def test_concurrent_redeems_succeed_once(store: AgentStore) -> None:
    await store.create_invite(make_invite())
    senders = [f"web:{n}" for n in range(8)]
    results = await asyncio.gather(
        *(store.redeem_invite(HASH_A, sender) for sender in senders), return_exceptions=True
    )
    winners = [r for r in results if isinstance(r, Member)]
    losers = [r for r in results if isinstance(r, InviteError)]
    assert len(winners) == 1
    assert len(losers) == len(senders) - 1
    assert {e.reason for e in losers} == {"used"}
    assert [m.sender for m in await store.list_members()] == [winners[0].sender]


async def test_redeem_reactivates_a_revoked_member(store: AgentStore) -> None:
    await store.put_member(
        Member(sender="web:a", role=Role.AGENT, township="T0", created_at=now(), revoked_at=now())
    )
    await store.create_invite(make_invite())
    member = await store.redeem_invite(HASH_A, "web:a")
    assert member.active
    assert await store.get_member("web:a") == member


# Cases


async def test_case_round_trip(store: AgentStore) -> None:
    case = make_case(phone_masked="*******5678", notes=[Note(text="缺户口簿")], flow=flow())
    created = await store.create_case(case)
    assert created == case
    loaded = await store.get_case(case.id)
    assert loaded == case
    assert loaded is not None
    assert loaded.flow is not None
    assert loaded.flow.answers["region"] == "石桥村"
    assert loaded.flow.history == ["ask_who"]
    assert len(case.id) == 8
    assert await store.get_case("nosuchcase") is None


async def test_case_id_is_taken_once(store: AgentStore) -> None:
    case = await store.create_case(make_case())
    with pytest.raises(CaseExistsError):
        await store.create_case(make_case(agent="web:b", id=case.id))
    assert await store.get_case(case.id) == case
    assert [c.id for c in await store.list_cases_by_agent("web:b")] == []


async def test_update_stamps_times_and_closes_when_done(store: AgentStore) -> None:
    case = await store.create_case(make_case(age=timedelta(hours=1)))
    ready = await store.update_case(case.model_copy(update={"status": CaseStatus.READY}))
    assert ready is not None
    assert ready.updated_at > case.updated_at
    assert ready.closed_at is None
    done = await store.update_case(ready.model_copy(update={"status": CaseStatus.DONE}))
    assert done is not None
    assert done.closed_at is not None
    assert await store.get_case(case.id) == done
    assert await store.list_cases_by_agent("web:a") == []
    assert await store.list_cases_by_agent("web:a", include_closed=True) == [done]
    reopened = await store.update_case(done.model_copy(update={"status": CaseStatus.SUBMITTED}))
    assert reopened is not None
    assert reopened.closed_at is None
    assert await store.list_cases_by_agent("web:a") == [reopened]


async def test_update_never_brings_back_or_moves_a_case(store: AgentStore) -> None:
    case = await store.create_case(make_case())
    assert await store.update_case(case.model_copy(update={"agent": "web:thief"})) is None
    assert await store.update_case(case.model_copy(update={"township": "T2"})) is None
    assert await store.get_case(case.id) == case
    assert await store.delete_case(case.id) is True
    assert await store.update_case(case.model_copy(update={"status": CaseStatus.READY})) is None
    assert await store.get_case(case.id) is None
    assert await store.list_cases_by_agent("web:a", include_closed=True) == []


async def test_lists_by_agent_and_township_oldest_first(store: AgentStore) -> None:
    ages = [5, 60, 1, 30]  # minutes, created out of order
    mine = [await store.create_case(make_case(age=timedelta(minutes=a))) for a in ages]
    colleague = await store.create_case(make_case(agent="web:b", age=timedelta(minutes=45)))
    elsewhere = await store.create_case(make_case(agent="web:c", township="T2"))
    oldest_first = sorted(mine, key=lambda c: c.created_at)
    assert await store.list_cases_by_agent("web:a") == oldest_first
    assert await store.list_cases_by_agent("web:b") == [colleague]
    assert await store.list_cases_by_township("T1") == sorted([*mine, colleague], key=lambda c: c.created_at)
    assert await store.list_cases_by_township("T2") == [elsewhere]
    assert await store.list_cases_by_agent("web:nobody") == []
    assert await store.list_cases_by_township("T9") == []


async def test_cases_of_odd_senders_stay_apart(store: AgentStore) -> None:
    for sender in ODD_SENDERS:
        await store.create_case(make_case(agent=sender, villager_name=sender[-40:]))
    for sender in ODD_SENDERS:
        cases = await store.list_cases_by_agent(sender)
        assert [(c.agent, c.villager_name) for c in cases] == [(sender, sender[-40:])]


async def test_delete_case(store: AgentStore) -> None:
    gone = await store.create_case(make_case(status=CaseStatus.DONE))
    kept = await store.create_case(make_case())
    await store.append_audit(AuditEntry(actor="web:a", action=AuditAction.CASE_READ, case_id=gone.id))
    assert await store.delete_case(gone.id) is True
    assert await store.delete_case(gone.id) is False
    assert await store.get_case(gone.id) is None
    assert await store.list_cases_by_agent("web:a", include_closed=True) == [kept]
    assert await store.list_cases_by_township("T1", include_closed=True) == [kept]
    assert len(await store.list_audit(gone.id)) == 1  # the log outlives the case


async def test_a_damaged_case_is_skipped_without_personal_data(
    backend: Backend, store: AgentStore, caplog: pytest.LogCaptureFixture
) -> None:
    good = await store.create_case(make_case())
    await backend.write_case_document("damaged1", f'{{"villager_name": "{PHONE}"}}'.encode())
    with caplog.at_level(logging.WARNING, logger="bot.agents"):
        assert await store.get_case("damaged1") is None
        assert await store.list_cases_by_agent("web:a") == [good]
    assert caplog.records
    assert all(PHONE not in r.getMessage() for r in caplog.records)


# Audit


async def test_audit_by_case_oldest_first(store: AgentStore) -> None:
    base = now()
    for minutes, action in [
        (3, AuditAction.CASE_NOTE),
        (9, AuditAction.CASE_CREATE),
        (1, AuditAction.CASE_READ),
    ]:
        await store.append_audit(
            AuditEntry(at=base - timedelta(minutes=minutes), actor="web:a", action=action, case_id="case0001")
        )
    await store.append_audit(AuditEntry(actor="web:a", action=AuditAction.CASE_READ, case_id="case0002"))
    await store.append_audit(AuditEntry(actor="cli", action=AuditAction.INVITE_CREATE, detail="T1"))
    entries = await store.list_audit("case0001")
    assert [e.action for e in entries] == [
        AuditAction.CASE_CREATE,
        AuditAction.CASE_NOTE,
        AuditAction.CASE_READ,
    ]
    assert [e.case_id for e in await store.list_audit("case0002")] == ["case0002"]
    assert await store.list_audit("case0003") == []


# Personal data


async def test_personal_data_is_stored_masked(store: AgentStore, backend: Backend) -> None:
    case = await store.create_case(
        make_case(
            villager_name=f"王 {PHONE}",
            village=f"石桥村 {ID_NUMBER}",
            phone_masked="*******5678",
            notes=[Note(text=f"身份证 {ID_NUMBER}，电话 {PHONE}")],
            flow=flow(),
        )
    )
    assert case.villager_name == "王 *******5678"
    assert case.flow is not None
    assert case.flow.answers["id_number"] == "**************002X"
    # A copy made without validation still reaches storage masked.
    unvalidated = case.model_copy(update={"notes": [Note(text="ok")]})
    unvalidated.notes[0].__dict__["text"] = f"回电 {PHONE}"
    updated = await store.update_case(unvalidated)
    assert updated is not None
    assert updated.notes[0].text == "回电 *******5678"
    await store.append_audit(
        AuditEntry(actor="web:a", action=AuditAction.CASE_NOTE, case_id=case.id, detail=f"typed {ID_NUMBER}")
    )
    (entry,) = await store.list_audit(case.id)
    assert entry.detail == "typed **************002X"

    raw = await backend.raw()
    assert b"**************002X" in raw  # really the stored bytes
    assert b"*******5678" in raw
    for fragment in RAW_FRAGMENTS:
        assert fragment.encode() not in raw


def test_a_raw_phone_number_is_not_a_masked_phone() -> None:
    with pytest.raises(ValidationError):
        make_case(phone_masked=PHONE)
    with pytest.raises(ValidationError):
        make_case(phone_masked="138****5678")
    with pytest.raises(ValidationError):
        make_case(consent_at=None)  # no consent, no case
    with pytest.raises(ValidationError):
        make_case(villager_name="字" * 41)


async def test_forget_erases_what_is_filed_under_a_sender(store: AgentStore) -> None:
    await store.create_invite(make_invite())
    await store.redeem_invite(HASH_A, "web:a")
    mine = await store.create_case(make_case())
    theirs = await store.create_case(make_case(agent="web:b"))
    await store.append_audit(AuditEntry(actor="web:a", action=AuditAction.CASE_READ, case_id=theirs.id))
    await store.append_audit(AuditEntry(actor="web:b", action=AuditAction.CASE_READ, case_id=theirs.id))
    await store.put_member(Member(sender="web:b", role=Role.AGENT, township="T1"))

    assert await store.forget("web:a") == 4  # member, case, audit entry, invite
    assert await store.get_member("web:a") is None
    assert await store.get_case(mine.id) is None
    assert await store.get_invite(HASH_A) is None
    assert [e.actor for e in await store.list_audit(theirs.id)] == ["web:b"]
    assert await store.get_case(theirs.id) == theirs
    assert await store.get_member("web:b") is not None
    assert await store.forget("web:a") == 0


async def test_purge_older_than(store: AgentStore) -> None:
    old_closed = await store.create_case(
        make_case(age=timedelta(days=100), status=CaseStatus.DONE, closed_at=now() - timedelta(days=40))
    )
    recently_closed = await store.create_case(
        make_case(age=timedelta(days=100), status=CaseStatus.DONE, closed_at=now() - timedelta(days=10))
    )
    old_open = await store.create_case(make_case(age=timedelta(days=100)))
    await store.append_audit(
        AuditEntry(
            at=now() - timedelta(days=400), actor="web:a", action=AuditAction.CASE_READ, case_id=old_open.id
        )
    )
    await store.append_audit(
        AuditEntry(
            at=now() - timedelta(days=20), actor="web:a", action=AuditAction.CASE_READ, case_id=old_open.id
        )
    )
    await store.create_invite(make_invite(expires_in=-timedelta(days=60)))
    await store.create_invite(make_invite(HASH_B, expires_in=-timedelta(days=1)))

    assert await store.purge_older_than(30, audit_days=365) == 3  # a case, an audit entry, an invite
    assert await store.get_case(old_closed.id) is None
    assert await store.get_case(recently_closed.id) is not None
    assert await store.get_case(old_open.id) is not None  # open cases are never purged
    assert len(await store.list_audit(old_open.id)) == 1
    assert await store.get_invite(HASH_A) is None
    assert await store.get_invite(HASH_B) is not None
    assert await store.purge_older_than(30, audit_days=365) == 0
    remaining = await store.list_cases_by_agent("web:a", include_closed=True)
    assert [c.id for c in remaining] == [recently_closed.id, old_open.id]

    assert await store.purge_older_than(5) == 2  # audit_days defaults to days
    with pytest.raises(ValueError, match="negative"):
        await store.purge_older_than(-1)


async def test_survives_reopening(backend: Backend) -> None:
    first = await backend.open()
    try:
        case = await first.create_case(make_case(flow=flow()))
        await first.put_member(Member(sender="web:a", role=Role.ADMIN, township="T1"))
        await first.create_invite(make_invite())
    finally:
        await first.close()
    second = await backend.open()
    try:
        assert await second.get_case(case.id) == case
        member = await second.get_member("web:a")
        assert member is not None
        assert member.role is Role.ADMIN
        assert await second.get_invite(HASH_A) is not None
    finally:
        await second.close()
