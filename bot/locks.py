"""One turn at a time per sender: the engine holds a :class:`SenderLock` from loading the
session to saving it, so two messages of one user never read the same session and
overwrite each other's step.

- :class:`LocalSenderLock` — asyncio locks in this process, for the embedded SQLite setup
  (one process). An entry exists only while a turn holds it or waits for it.
- :class:`RedisSenderLock` — one key per sender in Redis, for several workers sharing one
  Redis: ``SET <prefix>:lock:<sender> <token> NX PX <timeout>``, polled with a small backoff
  until acquired or the wait times out (:class:`LockTimeout`), released by a Lua
  compare-and-delete so a worker never frees a lock another worker holds. A lock left by a
  worker that died expires after the lock timeout.
"""

from __future__ import annotations

import asyncio
import logging
import random
import secrets
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import Protocol

from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)

MIN_POLL_S = 0.005
MAX_POLL_S = 0.1

# Delete the key only while it still holds our token: a lock that expired and was taken
# by another worker stays theirs.
_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then
    return redis.call('del', KEYS[1])
end
return 0
"""


class LockTimeout(Exception):
    """Another turn of the same sender held the lock for longer than we were willing to wait."""


class SenderLock(Protocol):
    def hold(self, sender: str) -> AbstractAsyncContextManager[None]:
        """Enter to have the sender to yourself; leave to let the next turn in."""
        ...


@dataclass
class _Entry:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0  # turns holding or waiting for the lock


class LocalSenderLock:
    """Per-sender asyncio locks for one process; a free sender's entry is removed."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}

    def __len__(self) -> int:
        """How many senders have a turn running or waiting (the memory this holds)."""
        return len(self._entries)

    @asynccontextmanager
    async def hold(self, sender: str) -> AsyncIterator[None]:
        entry = self._entries.get(sender)
        if entry is None:
            entry = self._entries[sender] = _Entry()
        entry.users += 1
        try:
            async with entry.lock:
                yield
        finally:
            entry.users -= 1
            if entry.users == 0:
                del self._entries[sender]

    async def close(self) -> None:
        return None


class RedisSenderLock:
    """A per-sender lock in Redis shared by every worker.

    ``timeout_s`` is how long a lock lives unless released: a turn must finish within it,
    and a dead worker's lock is gone after it. ``wait_s`` (by default ``timeout_s``) is how
    long a turn waits for the lock before :class:`LockTimeout`; waiting as long as the lock
    lives is always enough to get past a dead worker's lock.
    """

    def __init__(
        self, client: Redis, prefix: str = "banshi", timeout_s: float = 10.0, wait_s: float | None = None
    ) -> None:
        if timeout_s <= 0:
            raise ValueError("timeout_s must be positive")
        self._redis = client
        self._prefix = f"{prefix}:lock"
        self.timeout_s = timeout_s
        self.wait_s = timeout_s if wait_s is None else wait_s
        self._ttl_ms = max(1, round(timeout_s * 1000))
        self._release = client.register_script(_RELEASE)

    def key(self, sender: str) -> str:
        return f"{self._prefix}:{sender}"

    @asynccontextmanager
    async def hold(self, sender: str) -> AsyncIterator[None]:
        key = self.key(sender)
        token = secrets.token_hex(16)
        await self._acquire(key, token)
        try:
            yield
        except (RedisConnectionError, RedisTimeoutError):
            # Redis is unreachable: releasing would only wait for it again, and the lock
            # expires by itself. The error goes on to the channel, which apologizes.
            raise
        except BaseException:
            await self._release_quietly(key, token)
            raise
        else:
            await self._release_quietly(key, token)

    async def _acquire(self, key: str, token: str) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.wait_s
        delay = MIN_POLL_S
        while True:
            if await self._redis.set(key, token, nx=True, px=self._ttl_ms):
                return
            holder = await self._redis.get(key)
            if holder is not None and _text(holder) == token:
                return  # our SET went through but its reply was lost and the client retried
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise LockTimeout(f"the sender lock was busy for {self.wait_s:g} s")
            await asyncio.sleep(min(remaining, random.uniform(delay / 2, delay)))
            delay = min(delay * 2, MAX_POLL_S)

    async def _release_quietly(self, key: str, token: str) -> None:
        """Release our lock; a failure only means it lives until it expires."""
        try:
            released = await self._release(keys=[key], args=[token])
        except RedisError as exc:
            log.warning(
                "could not release a sender lock (%s); it expires in %g s", type(exc).__name__, self.timeout_s
            )
            return
        if not released:
            log.warning(
                "a turn outlived its sender lock (%g s); raise limits.sender_lock_timeout_s", self.timeout_s
            )

    async def close(self) -> None:
        await self._redis.aclose()


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
