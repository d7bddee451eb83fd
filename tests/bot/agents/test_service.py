"""The access rules: who may see and change which villager's case, and what the audit log keeps."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.agents import AccessDenied, Agents, AgentStore, AuditAction, CaseStatus, InvalidCode, Role
from bot.agents.service import INVITE_ALPHABET, Reason, hash_code
from bot.sessions import FlowState
from tests.bot.agents.test_store_contract import Backend, backend_for, flush

ID_NUMBER = "11010519491231002X"
PHONE = "13812345678"
RAW_FRAGMENTS = (ID_NUMBER, ID_NUMBER[:14], PHONE, PHONE[:7])

ADMIN = "telegram:900"  # admin of T1
OTHER_ADMIN = "telegram:901"  # admin of T2
AGENT_A = "telegram:100"
AGENT_B = "telegram:200"
RESIDENT = "web:resident"


@dataclass
class Clock:
    """Ticks a millisecond per reading, so everything happens in a definite order."""

    now: datetime

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=1)
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class World:
    agents: Agents
    store: AgentStore
    backend: Backend
    clock: Clock

    async def invite_agent(self, sender: str, admin: str = ADMIN) -> None:
        code = await self.agents.create_invite(admin, "T1" if admin == ADMIN else "T2")
        await self.agents.redeem(sender, code)


@pytest.fixture(params=["sqlite", "redis"])
async def world(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[World]:
    redis_url = None
    if request.param == "redis":
        redis_url = request.getfixturevalue("redis_url")
        await flush(redis_url)
    backend = backend_for(request.param, tmp_path, redis_url)
    store = await backend.open()
    clock = Clock(datetime.now(UTC) - timedelta(hours=1))
    agents = Agents(store, clock=clock)
    try:
        await agents.grant_admin(ADMIN, "T1")
        await agents.grant_admin(OTHER_ADMIN, "T2")
        w = World(agents, store, backend, clock)
        await w.invite_agent(AGENT_A)
        await w.invite_agent(AGENT_B)
        yield w
    finally:
        await store.close()


async def refused(reason: Reason, call: Awaitable[object]) -> AccessDenied:
    """Await ``call`` and return the AccessDenied it must raise, checking its reason."""
    with pytest.raises(AccessDenied) as caught:
        await call
    assert caught.value.reason == reason, caught.value
    return caught.value


# Roles and invites


async def test_roles(world: World) -> None:
    assert await world.agents.role(ADMIN) is Role.ADMIN
    assert await world.agents.role(AGENT_A) is Role.AGENT
    assert await world.agents.role(RESIDENT) is Role.RESIDENT


async def test_invite_code_is_random_unambiguous_and_stored_only_as_a_hash(world: World) -> None:
    codes = {await world.agents.create_invite(ADMIN, "T1") for _ in range(20)}
    assert len(codes) == 20
    for code in codes:
        assert 8 <= len(code) <= 10
        assert set(code) <= set(INVITE_ALPHABET)
        assert not set(code) & set("0O1IL")
    code = codes.pop()
    invite = await world.store.get_invite(hash_code(code))
    assert invite is not None
    assert (invite.township, invite.created_by) == ("T1", ADMIN)
    assert invite.expires_at - invite.created_at == timedelta(days=7)
    assert code.encode() not in await world.backend.raw()


async def test_redeem_makes_an_agent_once(world: World) -> None:
    code = await world.agents.create_invite(None, "T1", ttl_days=3)  # from the command line
    member = await world.agents.redeem("web:new", f" {code[:5].lower()}-{code[5:]} ")  # as typed
    assert (member.role, member.township) == (Role.AGENT, "T1")
    assert await world.agents.role("web:new") is Role.AGENT
    again = await refused(Reason.USED, world.agents.redeem("web:late", code))
    assert isinstance(again, InvalidCode)
    assert await world.agents.role("web:late") is Role.RESIDENT


async def test_expired_and_unknown_codes_are_refused(world: World) -> None:
    code = await world.agents.create_invite(ADMIN, "T1", ttl_days=2)
    world.clock.advance(days=2, seconds=1)
    expired = await refused(Reason.EXPIRED, world.agents.redeem("web:slow", code))
    assert isinstance(expired, InvalidCode)
    await refused(Reason.INVALID, world.agents.redeem("web:guess", "ABCDEFGHJK"))
    await refused(Reason.INVALID, world.agents.redeem("web:guess", "not a code at all!"))
    await refused(Reason.INVALID, world.agents.redeem("web:guess", ""))
    assert await world.agents.role("web:slow") is Role.RESIDENT


async def test_only_an_admin_of_the_township_invites(world: World) -> None:
    await refused(Reason.NOT_ADMIN, world.agents.create_invite(AGENT_A, "T1"))
    await refused(Reason.OTHER_TOWNSHIP, world.agents.create_invite(OTHER_ADMIN, "T1"))
    await refused(Reason.NOT_AGENT, world.agents.create_invite(RESIDENT, "T1"))
    with pytest.raises(ValueError, match="days"):
        await world.agents.create_invite(ADMIN, "T1", ttl_days=0)


async def test_an_admin_cannot_demote_themselves_with_an_invite(world: World) -> None:
    code = await world.agents.create_invite(ADMIN, "T1")
    await refused(Reason.ALREADY_ADMIN, world.agents.redeem(ADMIN, code))
    assert await world.agents.role(ADMIN) is Role.ADMIN
    await world.agents.redeem("web:someone", code)  # the code was not used up


async def test_revoke(world: World) -> None:
    await refused(Reason.NOT_ADMIN, world.agents.revoke(AGENT_B, AGENT_A))
    await refused(Reason.NOT_MEMBER, world.agents.revoke(OTHER_ADMIN, AGENT_A))  # not their township
    await refused(Reason.NOT_MEMBER, world.agents.revoke(ADMIN, RESIDENT))
    revoked = await world.agents.revoke(ADMIN, AGENT_A)
    assert revoked.revoked_at is not None
    assert await world.agents.role(AGENT_A) is Role.RESIDENT
    await refused(Reason.NOT_MEMBER, world.agents.revoke(ADMIN, AGENT_A))  # already revoked
    await refused(Reason.NOT_MEMBER, world.agents.revoke(ADMIN, OTHER_ADMIN))
    await world.agents.revoke(None, OTHER_ADMIN)  # the command line revokes admins too
    assert await world.agents.role(OTHER_ADMIN) is Role.RESIDENT


async def test_members_listing(world: World) -> None:
    senders = [m.sender for m in await world.agents.members(ADMIN)]
    assert senders == [ADMIN, AGENT_A, AGENT_B]
    assert [m.sender for m in await world.agents.members(None, "T2")] == [OTHER_ADMIN]
    assert len(await world.agents.members(None)) == 4
    await refused(Reason.NOT_ADMIN, world.agents.members(AGENT_A))
    await refused(Reason.OTHER_TOWNSHIP, world.agents.members(ADMIN, "T2"))


# Cases


async def test_open_case_needs_consent_and_a_valid_phone(world: World) -> None:
    await refused(Reason.CONSENT_REQUIRED, world.agents.open_case(AGENT_A, "王大妈", "石桥村", consent=False))
    await refused(
        Reason.INVALID_PHONE, world.agents.open_case(AGENT_A, "王大妈", "石桥村", "12345", consent=True)
    )
    await refused(Reason.INVALID_NAME, world.agents.open_case(AGENT_A, "王" * 41, "石桥村", consent=True))
    await refused(Reason.INVALID_NAME, world.agents.open_case(AGENT_A, "  ", "石桥村", consent=True))
    await refused(Reason.NOT_AGENT, world.agents.open_case(RESIDENT, "王大妈", "石桥村", consent=True))
    assert await world.store.list_cases_by_township("T1", include_closed=True) == []

    case = await world.agents.open_case(AGENT_A, " W.D.M. ", "石桥村", "+86 138-1234-5678", consent=True)
    assert case.villager_name == "W.D.M."
    assert (case.agent, case.township, case.status) == (AGENT_A, "T1", CaseStatus.COLLECTING)
    assert case.consent_at == case.created_at
    assert case.phone_masked == "*******5678"


async def test_phone_and_id_numbers_reach_storage_masked(world: World) -> None:
    case = await world.agents.open_case(AGENT_A, "王大妈", "石桥村", PHONE, consent=True)
    await world.agents.add_note(AGENT_A, case.id, f"身份证 {ID_NUMBER}，儿子电话 139 1234 5678")
    await world.agents.save_flow(
        AGENT_A,
        case.id,
        FlowState(flow_id="id_card", flow_version=1, step_id="ask_id", answers={"id": ID_NUMBER}),
    )
    stored = await world.store.get_case(case.id)
    assert stored is not None
    assert stored.notes[0].text == "身份证 **************002X，儿子电话 *********5678"
    assert stored.flow is not None
    assert stored.flow.answers == {"id": "**************002X"}
    raw = await world.backend.raw()
    assert b"*******5678" in raw
    for fragment in (*RAW_FRAGMENTS, "13912345678", "139 1234 5678"):
        assert fragment.encode() not in raw


async def test_an_agent_sees_only_their_own_open_cases_oldest_first(world: World) -> None:
    first = await world.agents.open_case(AGENT_A, "甲", "石桥村", consent=True)
    world.clock.advance(minutes=5)
    theirs = await world.agents.open_case(AGENT_B, "乙", "石桥村", consent=True)
    world.clock.advance(minutes=5)
    second = await world.agents.open_case(AGENT_A, "丙", "东村", consent=True)
    world.clock.advance(minutes=5)
    finished = await world.agents.open_case(AGENT_A, "丁", "东村", consent=True)
    await world.agents.update_status(AGENT_A, finished.id, CaseStatus.DONE)

    assert [c.id for c in await world.agents.cases(AGENT_A)] == [first.id, second.id]
    assert [c.id for c in await world.agents.cases(AGENT_B)] == [theirs.id]
    assert [c.id for c in await world.agents.cases(ADMIN)] == [first.id, theirs.id, second.id]
    assert await world.agents.cases(OTHER_ADMIN) == []
    await refused(Reason.NOT_AGENT, world.agents.cases(RESIDENT))


async def test_another_agents_case_is_refused_as_if_it_did_not_exist(world: World) -> None:
    case = await world.agents.open_case(AGENT_A, "王大妈", "石桥村", PHONE, consent=True)
    other = await refused(Reason.NOT_FOUND_OR_DENIED, world.agents.case(AGENT_B, case.id))
    missing = await refused(Reason.NOT_FOUND_OR_DENIED, world.agents.case(AGENT_B, "Zz9_-Zz9"))
    assert str(other) == str(missing)  # nothing tells that the case exists
    assert "王" not in str(other)

    await refused(Reason.NOT_FOUND_OR_DENIED, world.agents.update_status(AGENT_B, case.id, "done"))
    await refused(Reason.NOT_FOUND_OR_DENIED, world.agents.add_note(AGENT_B, case.id, "mine now"))
    await refused(Reason.NOT_FOUND_OR_DENIED, world.agents.save_flow(AGENT_B, case.id, None))
    await refused(Reason.NOT_FOUND_OR_DENIED, world.agents.close_and_erase(AGENT_B, case.id))
    await refused(Reason.NOT_FOUND_OR_DENIED, world.agents.case(OTHER_ADMIN, case.id))
    await refused(Reason.NOT_AGENT, world.agents.case(RESIDENT, case.id))
    assert await world.store.get_case(case.id) == case  # untouched

    assert (await world.agents.case(ADMIN, case.id)).id == case.id  # the township's admin may
    assert (await world.agents.case(AGENT_A, case.id)).id == case.id


@pytest.mark.parametrize(
    "forge",
    [
        pytest.param(lambda i: f"{i} ", id="trailing-space"),
        pytest.param(lambda i: f"{i}\n", id="newline"),
        pytest.param(lambda i: f"../{i}", id="path"),
        pytest.param(lambda i: f"{i}*", id="glob"),
        pytest.param(lambda i: "*", id="wildcard"),
        pytest.param(lambda i: f"{i}' OR '1'='1", id="sql"),
        pytest.param(lambda i: f'{{"case": "{i}", "agent": "{AGENT_B}"}}', id="json"),
        pytest.param(lambda i: f"/case {i}", id="whole-payload"),
        pytest.param(lambda i: i * 40, id="long"),
        pytest.param(lambda i: "", id="empty"),
        pytest.param(lambda i: f"身份证{ID_NUMBER}", id="pii"),
    ],
)
async def test_forged_button_payloads_are_refused(world: World, forge: Callable[[str], str]) -> None:
    case = await world.agents.open_case(AGENT_A, "王大妈", "石桥村", consent=True)
    forged = forge(case.id)
    for requester in (AGENT_B, AGENT_A, ADMIN):
        await refused(Reason.NOT_FOUND_OR_DENIED, world.agents.case(requester, forged))
    await refused(Reason.NOT_FOUND_OR_DENIED, world.agents.close_and_erase(AGENT_B, forged))
    assert await world.store.get_case(case.id) == case
    assert ID_NUMBER.encode() not in await world.backend.raw()


async def test_a_revoked_agent_is_refused_and_the_admin_keeps_the_case(world: World) -> None:
    case = await world.agents.open_case(AGENT_A, "王大妈", "石桥村", consent=True)
    await world.agents.revoke(ADMIN, AGENT_A)
    await refused(Reason.REVOKED, world.agents.case(AGENT_A, case.id))
    await refused(Reason.REVOKED, world.agents.cases(AGENT_A))
    await refused(Reason.REVOKED, world.agents.add_note(AGENT_A, case.id, "still here"))
    await refused(Reason.REVOKED, world.agents.open_case(AGENT_A, "李", "东村", consent=True))
    assert [c.id for c in await world.agents.cases(ADMIN)] == [case.id]
    await world.agents.update_status(ADMIN, case.id, CaseStatus.READY)

    code = await world.agents.create_invite(ADMIN, "T1")  # invited again, they work again
    await world.agents.redeem(AGENT_A, code)
    assert (await world.agents.case(AGENT_A, case.id)).status is CaseStatus.READY


async def test_status_notes_and_flow_live_on_the_case(world: World) -> None:
    case = await world.agents.open_case(AGENT_A, "王大妈", "石桥村", consent=True)
    for status in (CaseStatus.READY, CaseStatus.SUBMITTED):
        assert (await world.agents.update_status(AGENT_A, case.id, status)).status is status
    await refused(Reason.INVALID_STATUS, world.agents.update_status(AGENT_A, case.id, "lost"))
    noted = await world.agents.add_note(AGENT_A, case.id, "缺户口簿复印件")
    assert [n.text for n in noted.notes] == ["缺户口簿复印件"]
    await refused(Reason.INVALID_NOTE, world.agents.add_note(AGENT_A, case.id, "   "))
    state = FlowState(
        flow_id="pension_certify", flow_version=1, step_id="ask_region", answers={"who": "mother"}
    )
    with_flow = await world.agents.save_flow(AGENT_A, case.id, state)
    assert with_flow.flow == state
    state.answers["who"] = "changed after saving"  # the case keeps its own copy
    assert (await world.agents.case(AGENT_A, case.id)).flow == with_flow.flow
    done = await world.agents.update_status(AGENT_A, case.id, CaseStatus.DONE)
    assert done.closed_at is not None
    assert await world.agents.cases(AGENT_A) == []
    assert (await world.agents.case(AGENT_A, case.id)).status is CaseStatus.DONE  # still readable


async def test_close_and_erase(world: World) -> None:
    case = await world.agents.open_case(AGENT_A, "王大妈", "石桥村", PHONE, consent=True)
    await world.agents.close_and_erase(AGENT_A, case.id)
    assert await world.store.get_case(case.id) is None
    await refused(Reason.NOT_FOUND_OR_DENIED, world.agents.case(AGENT_A, case.id))
    actions = [e.action for e in await world.store.list_audit(case.id)]
    assert actions[:2] == [AuditAction.CASE_CREATE, AuditAction.CASE_ERASE]
    assert actions[-1] is AuditAction.DENIED
    assert "王大妈".encode() not in await world.backend.raw()


# The audit log


async def test_every_read_change_and_refusal_is_audited_without_personal_data(world: World) -> None:
    case = await world.agents.open_case(AGENT_A, f"王 {ID_NUMBER}", "石桥村", PHONE, consent=True)
    world.clock.advance(seconds=1)
    await world.agents.case(AGENT_A, case.id)
    await world.agents.cases(ADMIN)
    await world.agents.update_status(AGENT_A, case.id, CaseStatus.READY)
    await world.agents.add_note(AGENT_A, case.id, f"电话 {PHONE}")
    await world.agents.save_flow(
        AGENT_A,
        case.id,
        FlowState(flow_id="id_card", flow_version=1, step_id="start", answers={"id": ID_NUMBER}),
    )
    await refused(Reason.NOT_FOUND_OR_DENIED, world.agents.case(AGENT_B, case.id))

    entries = await world.store.list_audit(case.id)
    assert [(e.actor, e.action) for e in entries] == [
        (AGENT_A, AuditAction.CASE_CREATE),
        (AGENT_A, AuditAction.CASE_READ),
        (ADMIN, AuditAction.CASE_LIST),
        (AGENT_A, AuditAction.CASE_STATUS),
        (AGENT_A, AuditAction.CASE_NOTE),
        (AGENT_A, AuditAction.CASE_FLOW),
        (AGENT_B, AuditAction.DENIED),
    ]
    assert all(e.case_id == case.id for e in entries)
    assert entries[0].at < entries[1].at
    assert entries[3].detail == "collecting -> ready"
    assert entries[5].detail == "flow id_card at start"
    assert entries[6].detail == "case.read refused: not_found_or_denied"
    for entry in entries:
        text = entry.model_dump_json()
        assert "王" not in text
        for fragment in RAW_FRAGMENTS:
            assert fragment not in text
    raw = await world.backend.raw()
    for fragment in RAW_FRAGMENTS:
        assert fragment.encode() not in raw


# Erasure


async def test_a_resident_forgets_their_data(world: World) -> None:
    await refused(Reason.NOT_AGENT, world.agents.cases(RESIDENT))  # leaves an audit entry
    assert RESIDENT.encode() in await world.backend.raw()
    await world.agents.forget(RESIDENT)
    assert RESIDENT.encode() not in await world.backend.raw()


async def test_an_active_agent_must_be_revoked_before_being_forgotten(world: World) -> None:
    case = await world.agents.open_case(AGENT_A, "王大妈", "石桥村", consent=True)
    await refused(Reason.ACTIVE_MEMBER, world.agents.forget(AGENT_A))
    assert await world.store.get_case(case.id) is not None
    await world.agents.revoke(ADMIN, AGENT_A)
    assert await world.agents.forget(AGENT_A) >= 3  # member, case, audit entries, invite
    assert await world.store.get_case(case.id) is None
    assert await world.agents.member(AGENT_A) is None
    assert AGENT_A.encode() not in await world.backend.raw()
