"""SessionStore on Redis (``redis.asyncio``), for several workers sharing the conversations.

Each session is one string key, ``<prefix>:session:<sender>``, holding its JSON document
compressed with zlib (an idle session is mostly its last replies, which compress about 3:1;
keeping a session under 1 KB is what lets one Redis hold millions). A value that starts
with ``{`` is plain JSON, as earlier releases wrote it, and is still read.
Every save sets the key's time to live to the idle timeout, so Redis itself forgets a
conversation left idle that long and :meth:`purge_expired` has nothing to do.
"""

from __future__ import annotations

import zlib

from redis.asyncio import Redis

from bot.sessions.models import Session
from bot.sessions.store import BaseSessionStore


class RedisSessionStore(BaseSessionStore):
    def __init__(self, client: Redis, prefix: str = "banshi", idle_timeout_s: float = 86_400) -> None:
        super().__init__(idle_timeout_s)
        self._redis = client
        self._prefix = f"{prefix}:session"
        # Milliseconds, so a fractional timeout is kept rather than rounded to whole seconds.
        self._ttl_ms = max(1, round(idle_timeout_s * 1000))

    def key(self, sender: str) -> str:
        return f"{self._prefix}:{sender}"

    async def close(self) -> None:
        await self._redis.aclose()

    async def _fetch(self, sender: str) -> bytes | str | None:
        stored: bytes | str | None = await self._redis.get(self.key(sender))
        if isinstance(stored, bytes) and not stored.startswith(b"{"):
            try:
                return zlib.decompress(stored)
            except zlib.error:
                return stored  # not ours: decode_session discards it with one warning
        return stored

    async def _store(self, session: Session, document: str) -> None:
        compressed = zlib.compress(document.encode(), level=1)  # ~25 µs for a large session
        await self._redis.set(self.key(session.sender), compressed, px=self._ttl_ms)

    async def delete(self, sender: str) -> bool:
        removed: int = await self._redis.delete(self.key(sender))
        return removed > 0

    async def purge_expired(self) -> int:
        return 0  # idle keys expire by their time to live
