"""The HandoffStore protocol: handoffs recorded for an operator to follow up."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Protocol

from pydantic import ValidationError

from bot.handoffs.models import Handoff, utcnow

log = logging.getLogger(__name__)


class HandoffExistsError(ValueError):
    """:meth:`HandoffStore.create` was given the id of a handoff already stored."""


class HandoffStore(Protocol):
    """Handoffs by id; the open ones in the order they were created.

    Every backend stores the summary masked (see :func:`bot.handoffs.models.mask_pii`),
    whatever the caller passed.
    """

    async def create(self, handoff: Handoff) -> Handoff:
        """Store a new handoff and return it as stored (summary masked).

        Raises :class:`HandoffExistsError` if its id is already taken.
        """
        ...

    async def get(self, handoff_id: str) -> Handoff | None: ...

    async def list_open(self, limit: int = 50) -> list[Handoff]:
        """Open handoffs, oldest first, at most ``limit`` of them."""
        ...

    async def close_handoff(self, handoff_id: str) -> bool:
        """Mark a handoff closed now; False if it is unknown or already closed.

        Atomic: of two operators closing the same handoff, only one gets True.
        """
        ...

    async def purge_older_than(self, days: int) -> int:
        """Delete every handoff, open or closed, created more than ``days`` days ago;
        return how many were deleted. Files named by ``audio_ref`` are the caller's to remove."""
        ...

    async def close(self) -> None:
        """Close the connection to the backend."""
        ...


def stored(handoff: Handoff) -> Handoff:
    """``handoff`` validated afresh, so a copy made without validation is masked too."""
    return Handoff.model_validate(handoff.model_dump())


def closed(handoff: Handoff) -> Handoff:
    return Handoff.model_validate({**handoff.model_dump(), "status": "closed", "closed_at": utcnow()})


def purge_cutoff(days: int) -> datetime:
    """Handoffs created before this moment are older than ``days`` days."""
    if days < 0:
        raise ValueError(f"days must not be negative (got {days})")
    return utcnow() - timedelta(days=days)


def decode_handoff(document: bytes | str) -> Handoff | None:
    """The handoff in ``document``, or None (logged without personal data) if it is unusable."""
    try:
        return Handoff.model_validate_json(document)
    except ValidationError as exc:
        # Field locations and error types only: the input values may hold personal data.
        problems = sorted(
            {f"{'.'.join(map(str, e['loc'])) or '<document>'}: {e['type']}" for e in exc.errors()}
        )
        log.warning("skipping a stored handoff that no longer validates (%s)", "; ".join(problems))
        return None
