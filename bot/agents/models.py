"""Village proxy agents (村代办员 / 帮办员): members, invites, villagers' cases and the audit log.

Personal data is masked on every validation (construction, assignment, reading back): a
villager's name, village and notes pass through :func:`bot.privacy.mask_pii`, the answers of a
case's flow too, and a phone number is only ever kept as its masked form (``*******5678``).
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated
from uuid import uuid4

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

from bot.privacy import mask_pii
from bot.sessions.models import FlowState

NAME_MAX_CHARS = 40
VILLAGE_MAX_CHARS = 64
NOTE_MAX_CHARS = 500
DETAIL_MAX_CHARS = 500
CASE_ID_PATTERN = r"^[A-Za-z0-9_-]{6,32}$"
SENDER_PATTERN = r"^[^\x00-\x1f\x7f]{1,200}$"  # channel-qualified: ``telegram:12345``


def utcnow() -> datetime:
    return datetime.now(UTC)


def _to_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


UTCDatetime = Annotated[AwareDatetime, AfterValidator(_to_utc)]
"""A timezone-aware moment, normalised to UTC (naive datetimes are rejected)."""

Sender = Annotated[str, Field(pattern=SENDER_PATTERN)]
Township = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[^\s\x00-\x1f\x7f]{1,64}$")]
"""A township (乡镇 / 街道) code or name, without spaces: ``110105001`` or ``城关镇``."""


VillagerName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=NAME_MAX_CHARS),
    AfterValidator(mask_pii),
]
VillageName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=VILLAGE_MAX_CHARS),
    AfterValidator(mask_pii),
]
NoteText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=NOTE_MAX_CHARS),
    AfterValidator(mask_pii),
]
DetailText = Annotated[str, StringConstraints(max_length=DETAIL_MAX_CHARS), AfterValidator(mask_pii)]
MaskedPhone = Annotated[str, Field(pattern=r"^\*{3,16}[0-9]{4}$")]
"""Only the masked form of a phone number (see :func:`bot.privacy.mask_phone`); a raw number
does not validate."""


def _masked_flow(flow: FlowState | None) -> FlowState | None:
    if flow is None:
        return None
    # A copy: the caller's flow state is not shared with (nor changed under) the case.
    return flow.model_copy(
        update={"answers": {key: mask_pii(value) for key, value in flow.answers.items()}}, deep=True
    )


class Role(StrEnum):
    RESIDENT = "resident"  # everybody without a membership (the default)
    AGENT = "agent"  # a proxy agent of one township, handling villagers' cases
    ADMIN = "admin"  # invites and revokes the agents of one township, sees its cases


class Member(BaseModel):
    """A sender with a role beyond resident. Revoked members count as residents."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    sender: Sender
    role: Role
    township: Township
    created_at: UTCDatetime = Field(default_factory=utcnow)
    revoked_at: UTCDatetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None and self.role is not Role.RESIDENT


class Invite(BaseModel):
    """A one-time invite to become an agent of ``township``; only a hash of its code is kept."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    code_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    township: Township
    created_by: Sender | None = None  # None: created on the command line
    created_at: UTCDatetime = Field(default_factory=utcnow)
    expires_at: UTCDatetime
    used_by: Sender | None = None
    used_at: UTCDatetime | None = None


class CaseStatus(StrEnum):
    COLLECTING = "collecting"  # collecting materials (收集材料)
    READY = "ready"  # ready to submit (待提交)
    SUBMITTED = "submitted"  # submitted (已提交)
    DONE = "done"  # done (已办结): the case is closed


class Note(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    at: UTCDatetime = Field(default_factory=utcnow)
    text: NoteText


def new_case_id() -> str:
    """8 random URL-safe characters (48 bits), fit for a button payload."""
    return secrets.token_urlsafe(6)


class Case(BaseModel):
    """One villager's errand, handled by one agent; keyed by ``id``.

    The villager is named by a display name or initials; their phone number, if given, is
    kept masked only. A case cannot exist without the villager's consent (``consent_at``).
    ``closed_at`` is set while the status is ``done``.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    schema_version: int = 1
    id: str = Field(default_factory=new_case_id, pattern=CASE_ID_PATTERN)
    agent: Sender
    township: Township
    villager_name: VillagerName
    village: VillageName
    phone_masked: MaskedPhone | None = None
    consent_at: UTCDatetime
    status: CaseStatus = CaseStatus.COLLECTING
    notes: list[Note] = []
    flow: Annotated[FlowState | None, AfterValidator(_masked_flow)] = None
    created_at: UTCDatetime = Field(default_factory=utcnow)
    updated_at: UTCDatetime = Field(default_factory=utcnow)
    closed_at: UTCDatetime | None = None

    @property
    def open(self) -> bool:
        return self.closed_at is None


class AuditAction(StrEnum):
    CASE_CREATE = "case.create"
    CASE_READ = "case.read"
    CASE_LIST = "case.list"
    CASE_STATUS = "case.status"
    CASE_NOTE = "case.note"
    CASE_FLOW = "case.flow"
    CASE_ERASE = "case.erase"
    INVITE_CREATE = "invite.create"
    INVITE_REDEEM = "invite.redeem"
    MEMBER_ADMIN = "member.admin"
    MEMBER_REVOKE = "member.revoke"
    MEMBER_FORGET = "member.forget"
    DENIED = "denied"  # any request refused; the detail says which and why


def _new_entry_id() -> str:
    return uuid4().hex


class AuditEntry(BaseModel):
    """Who did what to which case, when. ``detail`` is masked and never holds a villager's
    name, phone or ID number: only statuses, counts, flow ids and reason codes."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: str = Field(default_factory=_new_entry_id, pattern=r"^[0-9a-f]{32}$")
    at: UTCDatetime = Field(default_factory=utcnow)
    actor: Sender  # a sender, ``cli`` for the command line, or ``erased:<hash>`` after /forget
    action: AuditAction
    case_id: str | None = Field(default=None, pattern=CASE_ID_PATTERN)
    detail: DetailText = ""
