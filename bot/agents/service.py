"""Who may do what with villagers' cases: the access rules, in one place.

- A **resident** (everybody by default, and every revoked member) sees no case.
- An **agent** sees and changes only the cases they opened.
- An **admin** sees and changes the cases of their own township, invites agents to it and
  revokes them.
- The command line (``actor=None``) creates invites, makes admins and revokes anybody.

Every read or change of a case, and every refusal, is written to the audit log: who, when,
what, which case; never a villager's name, phone or ID number. A refusal raises
:class:`AccessDenied` with a :class:`Reason` the chat can put in the user's language; a case
that exists but is not the requester's is refused exactly like one that does not exist.

No channel or engine code here: the chat calls these methods with the sender it serves.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import NoReturn

from bot.agents.models import (
    NAME_MAX_CHARS,
    NOTE_MAX_CHARS,
    VILLAGE_MAX_CHARS,
    AuditAction,
    AuditEntry,
    Case,
    CaseStatus,
    Invite,
    Member,
    Note,
    Role,
    utcnow,
)
from bot.agents.store import AgentStore, CaseExistsError, InviteError, InviteExistsError
from bot.privacy import mask_phone
from bot.sessions.models import FlowState

log = logging.getLogger(__name__)

INVITE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud and typed safely
INVITE_LENGTH = 10  # 31^10 codes, about 50 bits
INVITE_MAX_DAYS = 90
CLI_ACTOR = "cli"
_CASE_ID_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


class Reason(StrEnum):
    """Why a request was refused; a message key suffix the chat can localise."""

    NOT_AGENT = "not_agent"  # a resident asked for what only agents and admins may do
    NOT_ADMIN = "not_admin"  # only an admin (or the command line) may do this
    REVOKED = "revoked"  # the requester's agent role was revoked
    OTHER_TOWNSHIP = "other_township"  # an admin acting for another township
    NOT_FOUND_OR_DENIED = "not_found_or_denied"  # no such case, or not the requester's
    NOT_MEMBER = "not_member"  # revoking someone who is no (active) agent the requester manages
    ALREADY_ADMIN = "already_admin"  # an admin redeeming an agent invite
    ACTIVE_MEMBER = "active_member"  # an active agent or admin asking to be forgotten
    CONSENT_REQUIRED = "consent_required"  # a case without the villager's consent
    INVALID_NAME = "invalid_name"  # the villager's name is empty or too long
    INVALID_VILLAGE = "invalid_village"
    INVALID_PHONE = "invalid_phone"  # not one mainland mobile or landline number
    INVALID_NOTE = "invalid_note"
    INVALID_STATUS = "invalid_status"
    INVALID = "invalid"  # no such invite code
    USED = "used"  # the invite code was used already
    EXPIRED = "expired"  # the invite code has expired


_MESSAGES: dict[Reason, str] = {
    Reason.NOT_AGENT: "Only village agents can do this.",
    Reason.NOT_ADMIN: "Only an admin can do this.",
    Reason.REVOKED: "Your agent role has been revoked.",
    Reason.OTHER_TOWNSHIP: "Admins act only for their own township.",
    Reason.NOT_FOUND_OR_DENIED: "There is no such case among the cases you can see.",
    Reason.NOT_MEMBER: "There is no such active agent among those you manage.",
    Reason.ALREADY_ADMIN: "You are an admin already; an invite would make you an agent.",
    Reason.ACTIVE_MEMBER: "Agents and admins must be revoked before their data can be erased.",
    Reason.CONSENT_REQUIRED: "A case can only be opened with the villager's consent.",
    Reason.INVALID_NAME: f"The villager's name or initials must be 1 to {NAME_MAX_CHARS} characters.",
    Reason.INVALID_VILLAGE: f"The village must be 1 to {VILLAGE_MAX_CHARS} characters.",
    Reason.INVALID_PHONE: "That is not a mainland mobile or landline number.",
    Reason.INVALID_NOTE: f"A note must be 1 to {NOTE_MAX_CHARS} characters.",
    Reason.INVALID_STATUS: "Unknown case status.",
    Reason.INVALID: "This invite code is not valid.",
    Reason.USED: "This invite code has been used already.",
    Reason.EXPIRED: "This invite code has expired.",
}


class AccessDenied(Exception):
    """A request refused; ``reason`` says why (see :class:`Reason`), ``str(exc)`` in English."""

    def __init__(self, reason: Reason | str, message: str | None = None) -> None:
        self.reason = Reason(reason)
        super().__init__(message or _MESSAGES[self.reason])


class InvalidCode(AccessDenied):
    """An invite code that cannot be redeemed: ``reason`` is invalid, used or expired."""


def new_invite_code(length: int = INVITE_LENGTH) -> str:
    return "".join(secrets.choice(INVITE_ALPHABET) for _ in range(length))


def normalise_code(code: str) -> str | None:
    """The code as generated (upper case, without spaces or hyphens, full-width folded), or
    None when it cannot be one."""
    folded = unicodedata.normalize("NFKC", code).upper()
    compact = "".join(char for char in folded if char not in " -_\t")
    if not 8 <= len(compact) <= INVITE_LENGTH or any(char not in INVITE_ALPHABET for char in compact):
        return None
    return compact


def hash_code(code: str) -> str:
    """What is stored of an invite code: its SHA-256, so the store never holds a usable code."""
    return hashlib.sha256(f"banshi-invite:{code}".encode()).hexdigest()


def _well_formed(case_id: str) -> bool:
    return 6 <= len(case_id) <= 32 and all(char in _CASE_ID_CHARS for char in case_id)


def sender_ref(sender: str) -> str:
    """How the audit log names a sender it is not about as the actor: a stable pseudonym
    (``#`` and 16 hex digits), so erasing the sender leaves nothing that names them, while
    an auditor who knows the sender can still find the entries."""
    return "#" + hashlib.sha256(f"banshi-sender:{sender}".encode()).hexdigest()[:16]


class Agents:
    """The access rules over an :class:`~bot.agents.store.AgentStore`."""

    def __init__(self, store: AgentStore, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._store = store
        self._clock = clock

    @property
    def store(self) -> AgentStore:
        return self._store

    # Roles

    async def role(self, sender: str) -> Role:
        """The sender's role: resident unless an active member."""
        member = await self._store.get_member(sender)
        return member.role if member is not None and member.active else Role.RESIDENT

    async def member(self, sender: str) -> Member | None:
        """The sender's member record, revoked or not (None for residents never invited)."""
        return await self._store.get_member(sender)

    async def create_invite(self, admin: str | None, township: str, ttl_days: int = 7) -> str:
        """A new one-time code that makes its redeemer an agent of ``township``; valid
        ``ttl_days`` days. ``admin`` must be an active admin of that township, or None for the
        command line. Only a hash of the code is stored."""
        if not 1 <= ttl_days <= INVITE_MAX_DAYS:
            raise ValueError(f"an invite is valid for 1 to {INVITE_MAX_DAYS} days (got {ttl_days})")
        if admin is not None:
            member = await self._staff(admin, AuditAction.INVITE_CREATE)
            if member.role is not Role.ADMIN:
                await self._deny(admin, AuditAction.INVITE_CREATE, None, Reason.NOT_ADMIN)
            if member.township != township:
                await self._deny(admin, AuditAction.INVITE_CREATE, None, Reason.OTHER_TOWNSHIP)
        now = self._clock()
        for _ in range(5):
            code = new_invite_code()
            invite = Invite(
                code_hash=hash_code(code),
                township=township,
                created_by=admin,
                created_at=now,
                expires_at=now + timedelta(days=ttl_days),
            )
            try:
                await self._store.create_invite(invite)
            except InviteExistsError:
                continue
            await self._audit(
                admin, AuditAction.INVITE_CREATE, None, f"township {invite.township}, {ttl_days} days"
            )
            return code
        raise RuntimeError("could not draw an unused invite code")  # pragma: no cover

    async def redeem(self, sender: str, code: str) -> Member:
        """Make ``sender`` an agent of the invite's township, using the code up. Raises
        :class:`InvalidCode` (invalid, used, expired) or :class:`AccessDenied` (already_admin)."""
        existing = await self._store.get_member(sender)
        if existing is not None and existing.active and existing.role is Role.ADMIN:
            await self._deny(sender, AuditAction.INVITE_REDEEM, None, Reason.ALREADY_ADMIN)
        normalised = normalise_code(code)
        if normalised is None:
            await self._audit(
                sender, AuditAction.DENIED, None, f"{AuditAction.INVITE_REDEEM} refused: invalid"
            )
            raise InvalidCode(Reason.INVALID)
        try:
            member = await self._store.redeem_invite(hash_code(normalised), sender, self._clock())
        except InviteError as exc:
            detail = f"{AuditAction.INVITE_REDEEM} refused: {exc.reason}"
            await self._audit(sender, AuditAction.DENIED, None, detail)
            raise InvalidCode(exc.reason) from None
        await self._audit(sender, AuditAction.INVITE_REDEEM, None, f"agent of {member.township}")
        return member

    async def revoke(self, admin: str | None, sender: str) -> Member:
        """Revoke an active agent: an admin revokes the agents of their township; the command
        line (``admin=None``) revokes anybody, admins too. Returns the revoked record."""
        manager = None if admin is None else await self._staff(admin, AuditAction.MEMBER_REVOKE)
        if manager is not None and manager.role is not Role.ADMIN:
            await self._deny(admin, AuditAction.MEMBER_REVOKE, None, Reason.NOT_ADMIN)
        target = await self._store.get_member(sender)
        if (
            target is None
            or not target.active
            or (manager is not None and (target.township != manager.township or target.role is Role.ADMIN))
        ):
            await self._deny(admin, AuditAction.MEMBER_REVOKE, None, Reason.NOT_MEMBER)
        revoked = await self._store.put_member(target.model_copy(update={"revoked_at": self._clock()}))
        await self._audit(
            admin,
            AuditAction.MEMBER_REVOKE,
            None,
            f"{target.role} {sender_ref(sender)} of {target.township} revoked",
        )
        return revoked

    async def grant_admin(self, sender: str, township: str) -> Member:
        """Make ``sender`` an admin of ``township``. For the command line only: no access check."""
        member = await self._store.put_member(
            Member(sender=sender, role=Role.ADMIN, township=township, created_at=self._clock())
        )
        await self._audit(
            None, AuditAction.MEMBER_ADMIN, None, f"{sender_ref(sender)} admin of {member.township}"
        )
        return member

    async def members(self, requester: str | None, township: str | None = None) -> list[Member]:
        """Members, revoked ones included: any township's for the command line (``None``),
        the admin's own township's for an admin."""
        if requester is None:
            return await self._store.list_members(township)
        manager = await self._staff(requester, AuditAction.CASE_LIST)
        if manager.role is not Role.ADMIN:
            await self._deny(requester, AuditAction.CASE_LIST, None, Reason.NOT_ADMIN, "member list")
        if township is not None and township != manager.township:
            await self._deny(requester, AuditAction.CASE_LIST, None, Reason.OTHER_TOWNSHIP, "member list")
        return await self._store.list_members(manager.township)

    # Cases

    async def open_case(
        self,
        agent: str,
        villager_name: str,
        village: str,
        phone: str | None = None,
        *,
        consent: bool,
    ) -> Case:
        """Open a case for a villager in the agent's township. The villager's consent is
        required and recorded with its time; the phone is kept masked only."""
        member = await self._staff(agent, AuditAction.CASE_CREATE)
        if consent is not True:
            await self._deny(agent, AuditAction.CASE_CREATE, None, Reason.CONSENT_REQUIRED)
        name, place = villager_name.strip(), village.strip()
        if not 1 <= len(name) <= NAME_MAX_CHARS:
            raise AccessDenied(Reason.INVALID_NAME)
        if not 1 <= len(place) <= VILLAGE_MAX_CHARS:
            raise AccessDenied(Reason.INVALID_VILLAGE)
        phone_masked = None
        if phone is not None and phone.strip():
            phone_masked = mask_phone(phone)
            if phone_masked is None:
                raise AccessDenied(Reason.INVALID_PHONE)
        now = self._clock()
        for _ in range(5):
            case = Case(
                agent=member.sender,
                township=member.township,
                villager_name=name,
                village=place,
                phone_masked=phone_masked,
                consent_at=now,
                created_at=now,
                updated_at=now,
            )
            try:
                created = await self._store.create_case(case)
            except CaseExistsError:
                continue
            await self._audit(agent, AuditAction.CASE_CREATE, created.id, "consent recorded")
            return created
        raise RuntimeError("could not draw an unused case id")  # pragma: no cover

    async def cases(self, requester: str) -> list[Case]:
        """Open cases, oldest first: an agent's own, or an admin's township's."""
        member = await self._staff(requester, AuditAction.CASE_LIST)
        if member.role is Role.ADMIN:
            found = await self._store.list_cases_by_township(member.township)
        else:
            found = await self._store.list_cases_by_agent(member.sender)
        for case in found:
            await self._audit(requester, AuditAction.CASE_LIST, case.id, f"status {case.status}")
        return found

    async def case(self, requester: str, case_id: str) -> Case:
        """One case the requester may see; any other id is refused as not_found_or_denied."""
        case = await self._accessible(requester, case_id, AuditAction.CASE_READ)
        await self._audit(requester, AuditAction.CASE_READ, case.id, f"status {case.status}")
        return case

    async def update_status(self, requester: str, case_id: str, status: CaseStatus | str) -> Case:
        """Move a case to ``status``; ``done`` closes it (it leaves ``/cases``)."""
        try:
            new_status = CaseStatus(status)
        except ValueError:
            raise AccessDenied(Reason.INVALID_STATUS) from None
        case = await self._accessible(requester, case_id, AuditAction.CASE_STATUS)
        updated = await self._save(requester, case.model_copy(update={"status": new_status}))
        await self._audit(requester, AuditAction.CASE_STATUS, case.id, f"{case.status} -> {new_status}")
        return updated

    async def add_note(self, requester: str, case_id: str, text: str) -> Case:
        """Add a dated note to a case (ID and phone numbers in it are masked)."""
        text = text.strip()
        if not 1 <= len(text) <= NOTE_MAX_CHARS:
            raise AccessDenied(Reason.INVALID_NOTE)
        case = await self._accessible(requester, case_id, AuditAction.CASE_NOTE)
        note = Note(at=self._clock(), text=text)
        updated = await self._save(requester, case.model_copy(update={"notes": [*case.notes, note]}))
        await self._audit(requester, AuditAction.CASE_NOTE, case.id, f"note {len(updated.notes)} added")
        return updated

    async def save_flow(self, requester: str, case_id: str, flow_state: FlowState | None) -> Case:
        """Keep the state of the service flow run inside the case (None: no flow running)."""
        case = await self._accessible(requester, case_id, AuditAction.CASE_FLOW)
        updated = await self._save(requester, case.model_copy(update={"flow": flow_state}))
        detail = (
            "flow cleared" if flow_state is None else f"flow {flow_state.flow_id} at {flow_state.step_id}"
        )
        await self._audit(requester, AuditAction.CASE_FLOW, case.id, detail)
        return updated

    async def close_and_erase(self, requester: str, case_id: str) -> None:
        """Erase a case and everything in it; the audit log keeps that it happened."""
        case = await self._accessible(requester, case_id, AuditAction.CASE_ERASE)
        if not await self._store.delete_case(case.id):
            await self._deny(requester, AuditAction.CASE_ERASE, case.id, Reason.NOT_FOUND_OR_DENIED)
        await self._audit(requester, AuditAction.CASE_ERASE, case.id, f"erased at status {case.status}")

    # Privacy

    async def forget(self, sender: str) -> int:
        """Erase the sender's own data from this store (删除我的信息 / ``/forget``); return
        how many records went. Active agents and admins are refused (``active_member``):
        an admin revokes them first, so no case is dropped unnoticed. The audit log keeps
        only that an erasure happened, under a pseudonym."""
        member = await self._store.get_member(sender)
        if member is not None and member.active:
            raise AccessDenied(Reason.ACTIVE_MEMBER)
        erased = await self._store.forget(sender)
        await self._store.append_audit(
            AuditEntry(
                at=self._clock(),
                actor=f"erased{sender_ref(sender)}",
                action=AuditAction.MEMBER_FORGET,
                detail=f"{erased} records erased",
            )
        )
        return erased

    # Helpers

    async def _staff(self, sender: str, action: AuditAction, case_id: str | None = None) -> Member:
        """The sender's member record if active; otherwise refused (and audited)."""
        member = await self._store.get_member(sender)
        if member is None or member.role is Role.RESIDENT:
            await self._deny(sender, action, case_id, Reason.NOT_AGENT)
        if member.revoked_at is not None:
            await self._deny(sender, action, case_id, Reason.REVOKED)
        return member

    async def _accessible(self, requester: str, case_id: str, action: AuditAction) -> Case:
        """The case, if the requester may see it; refused without saying whether it exists."""
        well_formed = _well_formed(case_id)
        audited_id = case_id if well_formed else None
        member = await self._staff(requester, action, audited_id)
        case = await self._store.get_case(case_id) if well_formed else None
        if case is None or not _may_access(member, case):
            what = action if well_formed else f"{action} of a malformed case id"
            await self._deny(requester, action, audited_id, Reason.NOT_FOUND_OR_DENIED, what)
        return case

    async def _save(self, requester: str, case: Case) -> Case:
        updated = await self._store.update_case(case)
        if updated is None:  # erased meanwhile
            await self._deny(requester, AuditAction.CASE_STATUS, case.id, Reason.NOT_FOUND_OR_DENIED)
        return updated

    async def _deny(
        self, actor: str | None, attempted: AuditAction, case_id: str | None, reason: Reason, what: str = ""
    ) -> NoReturn:
        """Audit a refusal, then raise it."""
        detail = f"{what or attempted} refused: {reason}"
        await self._audit(actor, AuditAction.DENIED, case_id, detail)
        raise AccessDenied(reason)

    async def _audit(self, actor: str | None, action: AuditAction, case_id: str | None, detail: str) -> None:
        await self._store.append_audit(
            AuditEntry(
                at=self._clock(),
                actor=CLI_ACTOR if actor is None else actor,
                action=action,
                case_id=case_id,
                detail=detail,
            )
        )


def _may_access(member: Member, case: Case) -> bool:
    if case.agent == member.sender:
        return True
    return member.role is Role.ADMIN and case.township == member.township
