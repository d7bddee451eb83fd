"""A request for a person: what an operator needs to follow a conversation up.

The summary is masked on every validation (construction, assignment, reading back), so an
ID-card or mobile number a user typed never reaches storage in full, even if a caller forgot
to mask it first.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Literal
from uuid import uuid4

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

from bot.privacy import mask_pii as mask_pii  # the canonical masking; re-exported here

SUMMARY_MAX_CHARS = 500


def utcnow() -> datetime:
    return datetime.now(UTC)


def _to_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


UTCDatetime = Annotated[AwareDatetime, AfterValidator(_to_utc)]
"""A timezone-aware moment, normalised to UTC (naive datetimes are rejected)."""

MaskedText = Annotated[str, Field(max_length=SUMMARY_MAX_CHARS), AfterValidator(mask_pii)]

HandoffStatus = Literal["open", "closed"]


class HandoffReason(StrEnum):
    USER_REQUEST = "user_request"  # the user asked for a person
    NOT_UNDERSTOOD = "not_understood"  # too many turns the bot could not understand
    VOICE_UNSUPPORTED = "voice_unsupported"  # a voice message the bot cannot transcribe
    TRANSCRIPT_REJECTED = "transcript_rejected"  # the user said the transcript was wrong
    ERROR = "error"  # the bot failed while answering


def _new_id() -> str:
    return uuid4().hex


class Handoff(BaseModel):
    """One handoff, keyed by ``id``; ``sender`` is channel-qualified (``telegram:12345``)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: str = Field(default_factory=_new_id, pattern=r"^[A-Za-z0-9_-]{1,64}$")
    sender: str = Field(min_length=1, max_length=200)
    channel: str = Field(min_length=1, max_length=50)
    reason: HandoffReason
    service_id: str | None = None
    locale: str = Field(min_length=1, max_length=35)
    summary: MaskedText = ""  # already masked by the caller; masked again here regardless
    audio_ref: str | None = None  # path or key of kept audio, if any
    status: HandoffStatus = "open"
    created_at: UTCDatetime = Field(default_factory=utcnow)
    closed_at: UTCDatetime | None = None
