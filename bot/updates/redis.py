"""UpdateStore on Redis: one key per claimed update, ``<prefix>:telegram-update:<bot>:<update>``,
set with ``SET NX`` and a time to live, so the first claim wins and Redis forgets it itself."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.updates.store import UPDATE_TTL_S, check_ttl


class RedisUpdateStore:
    def __init__(self, client: Redis, prefix: str = "banshi", ttl_s: float = UPDATE_TTL_S) -> None:
        self.ttl_s = check_ttl(ttl_s)
        self._redis = client
        self._prefix = f"{prefix}:telegram-update"
        self._ttl_ms = max(1, round(ttl_s * 1000))  # milliseconds: a fractional TTL is kept

    def key(self, bot_id: int, update_id: int) -> str:
        return f"{self._prefix}:{bot_id}:{update_id}"

    async def close(self) -> None:
        await self._redis.aclose()

    async def claim(self, bot_id: int, update_id: int) -> bool:
        key = self.key(bot_id, update_id)
        created: bool | str | bytes | None = await self._redis.set(key, b"1", nx=True, px=self._ttl_ms)
        return bool(created)

    async def purge_expired(self) -> int:
        return 0  # keys expire by their time to live
