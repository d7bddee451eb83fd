"""Per-sender rate limiting for every channel (``settings.limits.messages_per_minute``).

A channel asks the limiter once per incoming message, keyed by the channel-qualified sender
(``web:abc``, ``telegram:123``), and answers a refused message with a polite, localized
"please slow down" (message key ``rate-limited``) instead of running the turn.

Two backends behind the :class:`RateLimiter` protocol:

- :class:`MemoryRateLimiter` — a token bucket per sender in this process: up to
  ``per_minute`` messages at once, then one every ``60 / per_minute`` seconds. Enough for the
  embedded (one process) mode; memory is bounded by the senders seen in the last minute.
- :class:`RedisRateLimiter` — a fixed one-minute window per sender shared by every worker:
  ``INCR`` and ``PEXPIRE`` on ``<prefix>:ratelimit:<sender>:<minute>``. If Redis does not
  answer, the message is let through (a chat that stays up beats a strict limit).

:func:`open_rate_limiter` picks the backend from ``storage.backend``.
"""

from __future__ import annotations

import logging
import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.settings import Settings

__all__ = [
    "WINDOW_S",
    "Decision",
    "MemoryRateLimiter",
    "RateLimiter",
    "RedisRateLimiter",
    "open_rate_limiter",
]

log = logging.getLogger(__name__)

WINDOW_S = 60.0  # the limit is per minute
MAX_KEYS = 100_000  # senders a memory limiter tracks at most; the least recent are forgotten


@dataclass(frozen=True)
class Decision:
    """Whether one more message from a sender is allowed now; if not, when it will be."""

    allowed: bool
    retry_after_s: float = 0.0

    @property
    def retry_after(self) -> int:
        """Whole seconds to wait, at least 1: the value of an HTTP ``Retry-After`` header."""
        return max(1, math.ceil(self.retry_after_s))


ALLOWED = Decision(True)


class RateLimiter(Protocol):
    """Counts messages per sender key; :meth:`hit` counts one and says whether it may pass."""

    async def hit(self, key: str) -> Decision: ...

    async def close(self) -> None: ...


class MemoryRateLimiter:
    """A token bucket per key, in this process (see the module docstring)."""

    def __init__(
        self,
        per_minute: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = MAX_KEYS,
    ) -> None:
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        self._capacity = float(per_minute)
        self._rate = per_minute / WINDOW_S  # tokens per second
        self._clock = clock
        self._max_keys = max_keys
        # key -> (tokens left, when last updated); least recently updated first.
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._buckets)

    async def hit(self, key: str) -> Decision:
        now = self._clock()
        tokens, updated = self._buckets.pop(key, (self._capacity, now))
        tokens = min(self._capacity, tokens + max(0.0, now - updated) * self._rate)
        if tokens >= 1.0:
            tokens -= 1.0
            decision = ALLOWED
        else:
            decision = Decision(False, (1.0 - tokens) / self._rate)
        self._buckets[key] = (tokens, now)
        self._forget_idle(now)
        return decision

    def _forget_idle(self, now: float) -> None:
        """Drop buckets idle for a whole window (they are full again) and keep within max_keys."""
        while self._buckets:
            key, (_, updated) = next(iter(self._buckets.items()))
            if now - updated < WINDOW_S and len(self._buckets) <= self._max_keys:
                return
            del self._buckets[key]

    async def close(self) -> None:
        self._buckets.clear()


class RedisRateLimiter:
    """A fixed one-minute window per key in Redis, shared by every worker."""

    def __init__(
        self,
        client: Redis,
        per_minute: int,
        prefix: str = "banshi",
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        self._redis = client
        self._limit = per_minute
        self._prefix = f"{prefix}:ratelimit"
        self._clock = clock
        self._window_ms = round(WINDOW_S * 1000)

    def key(self, sender: str, window: int) -> str:
        return f"{self._prefix}:{sender}:{window}"

    async def hit(self, key: str) -> Decision:
        now_ms = round(self._clock() * 1000)
        window, into = divmod(now_ms, self._window_ms)
        left_ms = self._window_ms - into
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.incr(self.key(key, window))
                pipe.pexpire(self.key(key, window), left_ms + 1000)  # a second of clock skew
                count, _ = await pipe.execute()
        except (RedisError, OSError) as exc:
            log.warning(
                "rate limiter: Redis did not answer (%s); letting the message through", type(exc).__name__
            )
            return ALLOWED
        if int(count) <= self._limit:
            return ALLOWED
        return Decision(False, left_ms / 1000)

    async def close(self) -> None:
        await self._redis.aclose()


def open_rate_limiter(settings: Settings) -> RateLimiter:
    """The limiter for ``limits.messages_per_minute``: in Redis when the stores are there
    (so every worker counts together), otherwise in this process."""
    per_minute = settings.limits.messages_per_minute
    if settings.storage.backend == "redis":
        from bot.redis_client import create_redis

        return RedisRateLimiter(create_redis(settings), per_minute, settings.redis.key_prefix)
    return MemoryRateLimiter(per_minute)
