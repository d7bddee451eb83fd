"""What Banshi remembers about one conversation partner between turns."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


def utcnow() -> datetime:
    return datetime.now(UTC)


class FlowState(BaseModel):
    """Where a user is inside one service flow (``dialogues/<flow_id>.yml``)."""

    model_config = ConfigDict(extra="forbid")

    flow_id: str
    flow_version: int
    step_id: str
    answers: dict[str, str] = {}
    history: list[str] = []  # step ids asked before the current one, for "back"
    skipped: list[str] = []  # questions the person chose not to answer ("跳过")


class Session(BaseModel):
    """A session is keyed by ``sender``: ``<channel>:<id>``, e.g. ``telegram:12345``."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = 1
    sender: str = Field(min_length=1, max_length=200)
    locale: str | None = None  # chosen by the user; wins over detection
    last_locale: str | None = None  # the language of the last message, when not chosen
    language_offered: str | None = None  # a detected language the user was offered to keep
    elder_mode: bool = False
    privacy_notice_shown: bool = False
    active_case: str | None = None  # a proxy agent working on a villager's case
    on_behalf: bool = False  # asking for someone else ("帮我妈问"): agent materials are listed
    place: str | None = None  # the division code of the place the person named (village first)
    flow: FlowState | None = None
    pending: dict[str, Any] | None = None  # a question awaiting an answer (did-you-mean, switch...)
    misses: int = 0  # consecutive turns not understood
    last_replies: list[dict[str, Any]] = []  # for "repeat"
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
