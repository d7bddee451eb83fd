"""The AgentStore protocol: members, invites, villagers' cases and their audit log.

The store keeps data and enforces the few rules that must hold under concurrency (an invite
is redeemed once; a case id is taken once; an erased case is not brought back by a late
update). Who may read or change what is decided above it, in :mod:`bot.agents.service`.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from datetime import datetime, timedelta
from typing import Literal, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from bot.agents.models import AuditEntry, Case, CaseStatus, Invite, Member, Role, utcnow

log = logging.getLogger(__name__)

InviteFailure = Literal["invalid", "used", "expired"]
M = TypeVar("M", bound=BaseModel)


class CaseExistsError(ValueError):
    """:meth:`AgentStore.create_case` was given the id of a case already stored."""


class InviteExistsError(ValueError):
    """:meth:`AgentStore.create_invite` was given a code hash already stored."""


class InviteError(Exception):
    """An invite could not be redeemed; ``reason`` says why: unknown code, already used, expired."""

    def __init__(self, reason: InviteFailure) -> None:
        super().__init__(f"the invite cannot be redeemed: {reason}")
        self.reason: InviteFailure = reason


class AgentStore(Protocol):
    """Members by sender, invites by code hash, cases by id, audit entries by case.

    Every backend stores cases and audit entries masked (see :mod:`bot.agents.models`),
    whatever the caller passed, and returns lists oldest first.
    """

    async def get_member(self, sender: str) -> Member | None: ...

    async def put_member(self, member: Member) -> Member:
        """Insert or replace the member record of ``member.sender``; return it as stored."""
        ...

    async def list_members(self, township: str | None = None) -> list[Member]:
        """Members (revoked ones too), of one township or all, oldest first."""
        ...

    async def create_invite(self, invite: Invite) -> Invite:
        """Store a new invite. Raises :class:`InviteExistsError` if its hash is taken."""
        ...

    async def get_invite(self, code_hash: str) -> Invite | None: ...

    async def redeem_invite(self, code_hash: str, sender: str, at: datetime | None = None) -> Member:
        """Use the invite once, at ``at`` (default now), and make ``sender`` an agent of its
        township, both or neither. Raises :class:`InviteError` ("invalid", "used", "expired").

        Atomic: of two senders redeeming the same code, only one succeeds.
        """
        ...

    async def create_case(self, case: Case) -> Case:
        """Store a new case and return it as stored. Raises :class:`CaseExistsError`."""
        ...

    async def get_case(self, case_id: str) -> Case | None: ...

    async def update_case(self, case: Case) -> Case | None:
        """Replace a stored case, stamping ``updated_at`` (and ``closed_at`` while ``done``);
        return it as stored, or None when there is no such case of that agent and township
        (erased meanwhile: an update never brings a case back)."""
        ...

    async def list_cases_by_agent(self, agent: str, *, include_closed: bool = False) -> list[Case]:
        """The agent's cases, oldest first; open ones only unless ``include_closed``."""
        ...

    async def list_cases_by_township(self, township: str, *, include_closed: bool = False) -> list[Case]:
        """The township's cases (of every agent), oldest first; open ones only unless ``include_closed``."""
        ...

    async def delete_case(self, case_id: str) -> bool:
        """Erase a case; True when there was one. Its audit entries are kept until purged."""
        ...

    async def append_audit(self, entry: AuditEntry) -> AuditEntry:
        """Record an audit entry (detail masked) and return it as stored."""
        ...

    async def list_audit(self, case_id: str) -> list[AuditEntry]:
        """The audit entries about one case, oldest first."""
        ...

    async def forget(self, sender: str) -> int:
        """Erase everything filed under ``sender``: their member record, the cases they
        handle, the audit entries they are the actor of, and the invites they created or
        used. Return how many records were erased."""
        ...

    async def purge_older_than(self, days: int, *, audit_days: int | None = None) -> int:
        """Delete cases closed more than ``days`` days ago, invites expired more than ``days``
        days ago, and audit entries older than ``audit_days`` (default ``days``) days; return
        how many records were deleted."""
        ...

    async def close(self) -> None:
        """Close the connection to the backend."""
        ...


class BaseAgentStore(ABC):
    """What every backend does the same way, on top of a few storage primitives.

    A backend stores each record as the JSON of ``model_dump_json()`` and keeps, next to it,
    the few fields it looks records up by.
    """

    # Members

    @abstractmethod
    async def _fetch_member(self, sender: str) -> bytes | str | None: ...

    @abstractmethod
    async def _store_member(self, member: Member, document: str) -> None: ...

    @abstractmethod
    async def _fetch_members(self, township: str | None) -> list[bytes | str]: ...

    async def get_member(self, sender: str) -> Member | None:
        document = await self._fetch_member(sender)
        member = None if document is None else decode(Member, document, "member")
        return member if member is not None and member.sender == sender else None

    async def put_member(self, member: Member) -> Member:
        member = revalidated(member)
        await self._store_member(member, member.model_dump_json())
        return member

    async def list_members(self, township: str | None = None) -> list[Member]:
        members = [m for m in decode_all(Member, await self._fetch_members(township), "member")]
        if township is not None:
            members = [m for m in members if m.township == township]
        return sorted(members, key=lambda m: (m.created_at, m.sender))

    # Invites

    @abstractmethod
    async def _insert_invite(self, invite: Invite, document: str) -> bool:
        """Store the invite unless its hash is taken; False if it is."""

    @abstractmethod
    async def _fetch_invite(self, code_hash: str) -> bytes | str | None: ...

    @abstractmethod
    async def _claim_invite(self, used: Invite, member: Member, at: datetime) -> InviteFailure | None:
        """Atomically: if the invite is still unused and unexpired at ``at``, replace it by
        ``used`` and store ``member``, returning None; otherwise change nothing and say why."""

    async def create_invite(self, invite: Invite) -> Invite:
        invite = revalidated(invite)
        if not await self._insert_invite(invite, invite.model_dump_json()):
            raise InviteExistsError("an invite with this code already exists")
        return invite

    async def get_invite(self, code_hash: str) -> Invite | None:
        document = await self._fetch_invite(code_hash)
        invite = None if document is None else decode(Invite, document, "invite")
        return invite if invite is not None and invite.code_hash == code_hash else None

    async def redeem_invite(self, code_hash: str, sender: str, at: datetime | None = None) -> Member:
        at = utcnow() if at is None else at
        invite = await self.get_invite(code_hash)
        if invite is None:
            raise InviteError("invalid")
        if invite.used_at is not None:
            raise InviteError("used")
        if invite.expires_at <= at:
            raise InviteError("expired")
        used = Invite.model_validate({**invite.model_dump(), "used_by": sender, "used_at": at})
        member = Member(sender=sender, role=Role.AGENT, township=invite.township, created_at=at)
        failure = await self._claim_invite(used, member, at)
        if failure is not None:
            raise InviteError(failure)
        return member

    # Cases

    @abstractmethod
    async def _insert_case(self, case: Case, document: str) -> bool:
        """Store the case unless its id is taken; False if it is."""

    @abstractmethod
    async def _fetch_case(self, case_id: str) -> bytes | str | None: ...

    @abstractmethod
    async def _replace_case(self, case: Case, document: str) -> bool:
        """Replace the case stored under ``case.id`` if it is there with the same agent and
        township; False otherwise."""

    @abstractmethod
    async def _fetch_cases(
        self, *, agent: str | None = None, township: str | None = None
    ) -> list[bytes | str]:
        """The stored cases of one agent, or of one township."""

    async def create_case(self, case: Case) -> Case:
        case = settled(case)
        if not await self._insert_case(case, case.model_dump_json()):
            raise CaseExistsError(f"a case with id {case.id} already exists")
        return case

    async def get_case(self, case_id: str) -> Case | None:
        document = await self._fetch_case(case_id)
        case = None if document is None else decode(Case, document, "case")
        return case if case is not None and case.id == case_id else None

    async def update_case(self, case: Case) -> Case | None:
        case = settled(case, updated_at=utcnow())
        return case if await self._replace_case(case, case.model_dump_json()) else None

    async def list_cases_by_agent(self, agent: str, *, include_closed: bool = False) -> list[Case]:
        cases = decode_all(Case, await self._fetch_cases(agent=agent), "case")
        return _oldest_first([c for c in cases if c.agent == agent and (include_closed or c.open)])

    async def list_cases_by_township(self, township: str, *, include_closed: bool = False) -> list[Case]:
        cases = decode_all(Case, await self._fetch_cases(township=township), "case")
        return _oldest_first([c for c in cases if c.township == township and (include_closed or c.open)])

    # Audit

    @abstractmethod
    async def _insert_audit(self, entry: AuditEntry, document: str) -> None: ...

    @abstractmethod
    async def _fetch_audit(self, case_id: str) -> list[bytes | str]: ...

    async def append_audit(self, entry: AuditEntry) -> AuditEntry:
        entry = revalidated(entry)
        await self._insert_audit(entry, entry.model_dump_json())
        return entry

    async def list_audit(self, case_id: str) -> list[AuditEntry]:
        entries = decode_all(AuditEntry, await self._fetch_audit(case_id), "audit entry")
        return sorted((e for e in entries if e.case_id == case_id), key=lambda e: e.at)


def revalidated(record: M) -> M:
    """``record`` validated afresh, so a copy made without validation is masked too."""
    return type(record).model_validate(record.model_dump())


def settled(case: Case, updated_at: datetime | None = None) -> Case:
    """``case`` validated afresh, with ``closed_at`` set exactly while the status is done."""
    data = case.model_dump()
    if updated_at is not None:
        data["updated_at"] = updated_at
    if case.status is CaseStatus.DONE:
        data["closed_at"] = case.closed_at or updated_at or utcnow()
    else:
        data["closed_at"] = None
    return Case.model_validate(data)


def _oldest_first(cases: list[Case]) -> list[Case]:
    return sorted(cases, key=lambda c: (c.created_at, c.id))


def purge_cutoff(days: int) -> datetime:
    """Records dated before this moment are older than ``days`` days."""
    if days < 0:
        raise ValueError(f"days must not be negative (got {days})")
    return utcnow() - timedelta(days=days)


def decode(model: type[M], document: bytes | str, what: str) -> M | None:
    """The record in ``document``, or None (logged without personal data) if it is unusable."""
    try:
        return model.model_validate_json(document)
    except ValidationError as exc:
        # Field locations and error types only: the input values may hold personal data.
        problems = sorted(
            {f"{'.'.join(map(str, e['loc'])) or '<document>'}: {e['type']}" for e in exc.errors()}
        )
        log.warning("skipping a stored %s that no longer validates (%s)", what, "; ".join(problems))
        return None


def decode_all(model: type[M], documents: list[bytes | str], what: str) -> list[M]:
    return [record for record in (decode(model, d, what) for d in documents) if record is not None]
