"""AgentStore on Redis (``redis.asyncio``), for several workers sharing the agents' data.

Keys, under ``<prefix>:agent:``

- ``member:<sender>``: the member's JSON document; ``members``: a sorted set of the senders,
  scored by creation time.
- ``invite:<code hash>``: a hash of the JSON document (``doc``), ``expires_at`` (epoch
  seconds) and ``used`` (``0``/``1``); ``invites``: a sorted set of the hashes by expiry.
- ``case:<id>``: a hash of the JSON document (``doc``), its ``agent`` and ``township``;
  ``cases:agent:<sender>`` and ``cases:township:<township>``: sorted sets of case ids by
  creation time; ``cases:closed``: the closed case ids by closing time.
- ``audit``: every audit entry's JSON document, in a sorted set by time; ``audit:case:<id>``
  and ``audit:actor:<sender>``: the same documents, per case and per actor.

Redeeming an invite and creating, updating and deleting a case run as Lua scripts, so the
records and their indexes change together and the check that guards each change is atomic.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import cast

from redis.asyncio import Redis

from bot.agents.models import AuditEntry, Case, Invite, Member
from bot.agents.store import BaseAgentStore, InviteFailure, decode, purge_cutoff

_BATCH = 500

# KEYS: invite hash, member key, members set. ARGV: now, used invite doc, member doc, sender, score.
_CLAIM = """
local state = redis.call('HMGET', KEYS[1], 'expires_at', 'used')
if not state[1] then return 'invalid' end
if state[2] == '1' then return 'used' end
if tonumber(state[1]) <= tonumber(ARGV[1]) then return 'expired' end
redis.call('HSET', KEYS[1], 'doc', ARGV[2], 'used', '1')
redis.call('SET', KEYS[2], ARGV[3])
redis.call('ZADD', KEYS[3], ARGV[5], ARGV[4])
return 'ok'
"""

# KEYS: invite hash, invites set. ARGV: hash, doc, expires_at, used.
_CREATE_INVITE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'doc', ARGV[2], 'expires_at', ARGV[3], 'used', ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
return 1
"""

# KEYS: case hash, agent set, township set, closed set.
# ARGV: id, created score, doc, agent, township, closed score ('' while open).
_CREATE_CASE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'doc', ARGV[3], 'agent', ARGV[4], 'township', ARGV[5])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
if ARGV[6] ~= '' then redis.call('ZADD', KEYS[4], ARGV[6], ARGV[1]) end
return 1
"""

# KEYS: case hash, closed set. ARGV: id, doc, agent, township, closed score ('' while open).
_REPLACE_CASE = """
local owner = redis.call('HMGET', KEYS[1], 'agent', 'township')
if owner[1] ~= ARGV[3] or owner[2] ~= ARGV[4] then return 0 end
redis.call('HSET', KEYS[1], 'doc', ARGV[2])
if ARGV[5] ~= '' then
  redis.call('ZADD', KEYS[2], ARGV[5], ARGV[1])
else
  redis.call('ZREM', KEYS[2], ARGV[1])
end
return 1
"""

# KEYS: case hash, agent set, township set, closed set. ARGV: id, agent, township.
_DELETE_CASE = """
local owner = redis.call('HMGET', KEYS[1], 'agent', 'township')
if owner[1] ~= ARGV[2] or owner[2] ~= ARGV[3] then return 0 end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('ZREM', KEYS[4], ARGV[1])
return 1
"""


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _texts(values: Iterable[bytes | str]) -> list[str]:
    return [_text(v) for v in values]


def _score(moment: datetime | None) -> str:
    return "" if moment is None else repr(moment.timestamp())


class RedisAgentStore(BaseAgentStore):
    def __init__(self, client: Redis, prefix: str = "banshi") -> None:
        self._redis = client
        self._prefix = f"{prefix}:agent"
        self._members = f"{self._prefix}:members"
        self._invites = f"{self._prefix}:invites"
        self._closed = f"{self._prefix}:cases:closed"
        self._audit = f"{self._prefix}:audit"
        self._claim = client.register_script(_CLAIM)
        self._create_invite = client.register_script(_CREATE_INVITE)
        self._create_case = client.register_script(_CREATE_CASE)
        self._replace = client.register_script(_REPLACE_CASE)
        self._delete = client.register_script(_DELETE_CASE)

    def member_key(self, sender: str) -> str:
        return f"{self._prefix}:member:{sender}"

    def invite_key(self, code_hash: str) -> str:
        return f"{self._prefix}:invite:{code_hash}"

    def case_key(self, case_id: str) -> str:
        return f"{self._prefix}:case:{case_id}"

    def agent_cases_key(self, agent: str) -> str:
        return f"{self._prefix}:cases:agent:{agent}"

    def township_cases_key(self, township: str) -> str:
        return f"{self._prefix}:cases:township:{township}"

    def case_audit_key(self, case_id: str) -> str:
        return f"{self._prefix}:audit:case:{case_id}"

    def actor_audit_key(self, actor: str) -> str:
        return f"{self._prefix}:audit:actor:{actor}"

    async def close(self) -> None:
        await self._redis.aclose()

    # Members

    async def _fetch_member(self, sender: str) -> bytes | str | None:
        document: bytes | str | None = await self._redis.get(self.member_key(sender))
        return document

    async def _store_member(self, member: Member, document: str) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(self.member_key(member.sender), document)
            pipe.zadd(self._members, {member.sender: member.created_at.timestamp()})
            await pipe.execute()

    async def _fetch_members(self, township: str | None) -> list[bytes | str]:
        senders = _texts(cast("list[bytes | str]", await self._redis.zrange(self._members, 0, -1)))
        if not senders:
            return []
        documents: list[bytes | str | None] = await self._redis.mget([self.member_key(s) for s in senders])
        return [d for d in documents if d is not None]

    # Invites

    async def _insert_invite(self, invite: Invite, document: str) -> bool:
        created = await self._create_invite(
            keys=[self.invite_key(invite.code_hash), self._invites],
            args=[invite.code_hash, document, _score(invite.expires_at), "1" if invite.used_at else "0"],
        )
        return bool(created)

    async def _fetch_invite(self, code_hash: str) -> bytes | str | None:
        document: bytes | str | None = await self._redis.hget(self.invite_key(code_hash), "doc")
        return document

    async def _claim_invite(self, used: Invite, member: Member, at: datetime) -> InviteFailure | None:
        outcome = _text(
            await self._claim(
                keys=[self.invite_key(used.code_hash), self.member_key(member.sender), self._members],
                args=[
                    _score(at),
                    used.model_dump_json(),
                    member.model_dump_json(),
                    member.sender,
                    _score(member.created_at),
                ],
            )
        )
        if outcome == "ok":
            return None
        return cast("InviteFailure", outcome)

    # Cases

    async def _insert_case(self, case: Case, document: str) -> bool:
        created = await self._create_case(
            keys=[
                self.case_key(case.id),
                self.agent_cases_key(case.agent),
                self.township_cases_key(case.township),
                self._closed,
            ],
            args=[
                case.id,
                _score(case.created_at),
                document,
                case.agent,
                case.township,
                _score(case.closed_at),
            ],
        )
        return bool(created)

    async def _fetch_case(self, case_id: str) -> bytes | str | None:
        document: bytes | str | None = await self._redis.hget(self.case_key(case_id), "doc")
        return document

    async def _replace_case(self, case: Case, document: str) -> bool:
        replaced = await self._replace(
            keys=[self.case_key(case.id), self._closed],
            args=[case.id, document, case.agent, case.township, _score(case.closed_at)],
        )
        return bool(replaced)

    async def _fetch_cases(
        self, *, agent: str | None = None, township: str | None = None
    ) -> list[bytes | str]:
        index = self.agent_cases_key(agent) if agent is not None else self.township_cases_key(str(township))
        ids = _texts(cast("list[bytes | str]", await self._redis.zrange(index, 0, -1)))
        if not ids:
            return []
        async with self._redis.pipeline(transaction=False) as pipe:
            for case_id in ids:
                pipe.hget(self.case_key(case_id), "doc")
            documents: list[bytes | str | None] = await pipe.execute()
        return [d for d in documents if d is not None]

    async def delete_case(self, case_id: str) -> bool:
        owner: list[bytes | str | None] = await self._redis.hmget(
            self.case_key(case_id), ["agent", "township"]
        )
        agent, township = owner
        if agent is None or township is None:
            await self._redis.zrem(self._closed, case_id)  # a stale index entry, if any
            return False
        deleted = await self._delete(
            keys=[
                self.case_key(case_id),
                self.agent_cases_key(_text(agent)),
                self.township_cases_key(_text(township)),
                self._closed,
            ],
            args=[case_id, _text(agent), _text(township)],
        )
        return bool(deleted)

    # Audit

    async def _insert_audit(self, entry: AuditEntry, document: str) -> None:
        score = entry.at.timestamp()
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.zadd(self._audit, {document: score})
            pipe.zadd(self.actor_audit_key(entry.actor), {document: score})
            if entry.case_id is not None:
                pipe.zadd(self.case_audit_key(entry.case_id), {document: score})
            await pipe.execute()

    async def _fetch_audit(self, case_id: str) -> list[bytes | str]:
        documents = await self._redis.zrange(self.case_audit_key(case_id), 0, -1)
        return cast("list[bytes | str]", documents)

    async def _drop_audit(self, documents: list[bytes | str]) -> int:
        """Remove audit documents from every index they are in; return how many there were."""
        if not documents:
            return 0
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.zrem(self._audit, *documents)
            for document in documents:
                entry = decode(AuditEntry, document, "audit entry")
                if entry is None:
                    continue
                pipe.zrem(self.actor_audit_key(entry.actor), document)
                if entry.case_id is not None:
                    pipe.zrem(self.case_audit_key(entry.case_id), document)
            results = await pipe.execute()
        return int(results[0])

    # Privacy

    async def forget(self, sender: str) -> int:
        erased = 0
        case_ids = _texts(
            cast("list[bytes | str]", await self._redis.zrange(self.agent_cases_key(sender), 0, -1))
        )
        for case_id in case_ids:
            erased += await self.delete_case(case_id)
        await self._redis.delete(self.agent_cases_key(sender))

        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(self.member_key(sender))
            pipe.zrem(self._members, sender)
            removed_member, _ = await pipe.execute()
        erased += int(removed_member)

        actor_key = self.actor_audit_key(sender)
        erased += await self._drop_audit(
            cast("list[bytes | str]", await self._redis.zrange(actor_key, 0, -1))
        )
        await self._redis.delete(actor_key)

        hashes = _texts(cast("list[bytes | str]", await self._redis.zrange(self._invites, 0, -1)))
        for code_hash in hashes:
            document = await self._fetch_invite(code_hash)
            invite = None if document is None else decode(Invite, document, "invite")
            if invite is not None and sender in (invite.used_by, invite.created_by):
                erased += await self._drop_invites([code_hash])
        return erased

    async def _drop_invites(self, hashes: list[str]) -> int:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(*(self.invite_key(h) for h in hashes))
            pipe.zrem(self._invites, *hashes)
            deleted, _ = await pipe.execute()
        return int(deleted)

    async def purge_older_than(self, days: int, *, audit_days: int | None = None) -> int:
        cutoff = repr(purge_cutoff(days).timestamp())
        audit_cutoff = repr(purge_cutoff(days if audit_days is None else audit_days).timestamp())
        purged = 0
        while ids := _texts(await self._older(self._closed, cutoff)):
            for case_id in ids:
                purged += await self.delete_case(case_id)
        while hashes := _texts(await self._older(self._invites, cutoff)):
            purged += await self._drop_invites(hashes)
        while documents := await self._older(self._audit, audit_cutoff):
            purged += await self._drop_audit(documents)
        return purged

    async def _older(self, index: str, cutoff: str) -> list[bytes | str]:
        """Up to a batch of the members of ``index`` scored before ``cutoff``."""
        batch = await self._redis.zrangebyscore(index, "-inf", f"({cutoff}", start=0, num=_BATCH)
        return cast("list[bytes | str]", batch)
