"""The UpdateStore protocol: which Telegram updates have been claimed for handling.

Telegram delivers an update again when it did not see it confirmed: a webhook POST that was
answered slowly or not at all, or a getUpdates batch fetched just before the bot stopped
without confirming its offset. Each worker claims an update's id before handling it; only
the first claim wins, however many workers or restarts there are.
"""

from __future__ import annotations

from typing import Final, Protocol

# Telegram keeps an unconfirmed update for 24 hours; ids are remembered twice that long.
UPDATE_TTL_S: Final = 2 * 86_400


class UpdateStore(Protocol):
    async def claim(self, bot_id: int, update_id: int) -> bool:
        """Record the update as handled; True for the first claim within ``ttl_s``, else False."""
        ...

    async def purge_expired(self) -> int:
        """Forget claims older than ``ttl_s``; how many (0 where the backend expires them itself)."""
        ...

    async def close(self) -> None: ...


def check_ttl(ttl_s: float) -> float:
    if ttl_s <= 0:
        raise ValueError("ttl_s must be positive")
    return ttl_s
