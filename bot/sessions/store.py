"""The SessionStore protocol: what Banshi remembers between two turns of one sender."""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from typing import Protocol

from pydantic import ValidationError

from bot.sessions.models import Session, utcnow

log = logging.getLogger(__name__)


class SessionStore(Protocol):
    """One :class:`Session` per sender, forgotten after ``idle_timeout_s`` without a save.

    A stored document that no longer validates (written by an older schema, or damaged) is
    treated as absent and deleted: the user starts afresh instead of the bot crashing.
    """

    async def load(self, sender: str) -> Session | None:
        """The sender's session, or None when there is none or it has been idle too long."""
        ...

    async def save(self, session: Session) -> None:
        """Insert or replace the session, stamping ``session.updated_at`` with the current time."""
        ...

    async def delete(self, sender: str) -> bool:
        """Forget the sender's session; True when there was one."""
        ...

    async def purge_expired(self) -> int:
        """Remove every idle session and return how many (0 where the backend expires them itself)."""
        ...

    async def close(self) -> None: ...


class BaseSessionStore(ABC):
    """Loading and saving as every backend does them, on top of a few storage primitives.

    A backend stores each session as the JSON of :meth:`Session.model_dump_json`, keyed by
    its sender, and answers :meth:`_fetch` with None once the session has been idle longer
    than ``idle_timeout_s``.
    """

    def __init__(self, idle_timeout_s: float) -> None:
        if idle_timeout_s <= 0:
            raise ValueError("idle_timeout_s must be positive")
        self.idle_timeout_s = idle_timeout_s

    @abstractmethod
    async def _fetch(self, sender: str) -> bytes | str | None:
        """The stored document of ``sender``, or None when absent or expired (deleting it)."""

    @abstractmethod
    async def _store(self, session: Session, document: str) -> None:
        """Insert or replace the document of ``session.sender``, restarting its idle time."""

    @abstractmethod
    async def delete(self, sender: str) -> bool: ...

    async def load(self, sender: str) -> Session | None:
        document = await self._fetch(sender)
        if document is None:
            return None
        session = decode_session(document, sender)
        if session is None:
            await self.delete(sender)
        return session

    async def save(self, session: Session) -> None:
        session.updated_at = utcnow()
        await self._store(session, session.model_dump_json())


def decode_session(document: bytes | str, sender: str) -> Session | None:
    """The session in ``document``, or None (logged once, without personal data) if it is unusable."""
    try:
        session = Session.model_validate_json(document)
    except ValidationError as exc:
        # Field locations and error types only: the input values may hold personal data.
        problems = sorted(
            {f"{'.'.join(map(str, e['loc'])) or '<document>'}: {e['type']}" for e in exc.errors()}
        )
        log.warning("discarding a stored session that no longer validates (%s)", "; ".join(problems))
        return None
    if session.sender != sender:
        log.warning("discarding a stored session filed under another sender's key")
        return None
    return session
