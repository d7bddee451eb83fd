"""A request for a person: what an operator needs to follow a conversation up.

The summary is masked on every validation (construction, assignment, reading back), so an
ID-card or mobile number a user typed never reaches storage in full, even if a caller forgot
to mask it first.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Literal
from uuid import uuid4

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

SUMMARY_MAX_CHARS = 500
KEEP_LAST = 4  # characters of a masked number left readable, as on receipts

# Python's \d also matches full-width digits (１３８…), which users of CJK input methods type.
# Optional spaces or hyphens cover the usual 6-8-4 / 3-4-4 groupings.
_SEP = r"[ \-－]?"
_ID_18 = rf"(?<!\d)\d{{6}}{_SEP}\d{{8}}{_SEP}\d{{3}}[\dXxＸｘ](?!\d)"  # resident ID card
_ID_15 = rf"(?<!\d)\d{{6}}{_SEP}\d{{6}}{_SEP}\d{{3}}(?!\d)"  # first-generation ID card
_MOBILE = rf"(?<!\d)(?:(?:\+|00)?86{_SEP})?1\d{{2}}{_SEP}\d{{4}}{_SEP}\d{{4}}(?!\d)"  # mainland mobile
_PII = tuple(re.compile(pattern) for pattern in (_ID_18, _ID_15, _MOBILE))


def utcnow() -> datetime:
    return datetime.now(UTC)


def mask_pii(text: str) -> str:
    """``text`` with ID-card and mobile numbers masked: all but their last 4 characters
    become ``*`` (``13812345678`` -> ``*******5678``). Idempotent."""

    def mask(match: re.Match[str]) -> str:
        found = match.group()
        return "*" * (len(found) - KEEP_LAST) + found[-KEEP_LAST:]

    for pattern in _PII:
        text = pattern.sub(mask, text)
    return text


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
