"""One turn at a time per sender, and a bounded number of turns in flight."""

from __future__ import annotations

import asyncio

from bot.core.messages import Reply, Turn
from bot.dialogue.middleware import TurnHandler
from bot.locks import LocalSenderLock, SenderLock


class Serialize:
    """From loading the session to saving it, a sender's turns do not overlap (two quick
    taps would otherwise both answer the same question); and a burst waits for a free slot
    instead of exhausting the stores' connections."""

    def __init__(self, lock: SenderLock | None = None, max_turns_in_flight: int = 48) -> None:
        self.lock = lock if lock is not None else LocalSenderLock()
        self._slots = asyncio.Semaphore(max_turns_in_flight)

    async def __call__(self, turn: Turn, call_next: TurnHandler) -> list[Reply]:
        async with self.lock.hold(turn.sender), self._slots:
            return await call_next(turn)
