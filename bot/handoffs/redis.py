"""HandoffStore on Redis (``redis.asyncio``), for several workers sharing the handoffs.

Keys, under the configured prefix: ``handoff:<id>`` is a hash holding the JSON document
(``doc``) and the ``status``; ``handoffs:open`` is a sorted set of the open ids scored by
creation time (epoch seconds), read by :meth:`list_open`; ``handoffs:all`` is the same for
every id, read by :meth:`purge_older_than`. Creating and closing run as Lua scripts, so the
hash and the sets change together and the check (id free, handoff still open) is atomic.
"""

from __future__ import annotations

from typing import cast

from redis.asyncio import Redis

from bot.handoffs.models import Handoff
from bot.handoffs.store import HandoffExistsError, closed, decode_handoff, purge_cutoff, stored

_PURGE_BATCH = 500

# KEYS: handoff hash, all set, open set. ARGV: id, score, doc, status.
_CREATE = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'doc', ARGV[3], 'status', ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
if ARGV[4] == 'open' then redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1]) end
return 1
"""

# KEYS: handoff hash, open set. ARGV: id, closed doc.
_CLOSE = """
if redis.call('HGET', KEYS[1], 'status') ~= 'open' then return 0 end
redis.call('HSET', KEYS[1], 'doc', ARGV[2], 'status', 'closed')
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
"""


def _texts(values: list[bytes | str]) -> list[str]:
    return [v.decode() if isinstance(v, bytes) else v for v in values]


class RedisHandoffStore:
    def __init__(self, client: Redis, prefix: str = "banshi") -> None:
        self._redis = client
        self._prefix = prefix
        self._open = f"{prefix}:handoffs:open"
        self._all = f"{prefix}:handoffs:all"
        self._create = client.register_script(_CREATE)
        self._close = client.register_script(_CLOSE)

    def key(self, handoff_id: str) -> str:
        return f"{self._prefix}:handoff:{handoff_id}"

    async def close(self) -> None:
        await self._redis.aclose()

    async def create(self, handoff: Handoff) -> Handoff:
        handoff = stored(handoff)
        score = repr(handoff.created_at.timestamp())
        created = await self._create(
            keys=[self.key(handoff.id), self._all, self._open],
            args=[handoff.id, score, handoff.model_dump_json(), handoff.status],
        )
        if not created:
            raise HandoffExistsError(f"a handoff with id {handoff.id} already exists")
        return handoff

    async def get(self, handoff_id: str) -> Handoff | None:
        document: bytes | str | None = await self._redis.hget(self.key(handoff_id), "doc")
        return None if document is None else decode_handoff(document)

    async def list_open(self, limit: int = 50) -> list[Handoff]:
        if limit <= 0:
            return []  # ZRANGE 0 -1 would mean "all of them"
        ids = _texts(cast("list[bytes | str]", await self._redis.zrange(self._open, 0, limit - 1)))
        if not ids:
            return []
        async with self._redis.pipeline(transaction=False) as pipe:
            for handoff_id in ids:
                pipe.hget(self.key(handoff_id), "doc")
            documents: list[bytes | str | None] = await pipe.execute()
        handoffs = []
        for document in documents:
            handoff = None if document is None else decode_handoff(document)
            if handoff is not None and handoff.status == "open":
                handoffs.append(handoff)
        return handoffs

    async def close_handoff(self, handoff_id: str) -> bool:
        handoff = await self.get(handoff_id)
        if handoff is None or handoff.status != "open":
            return False
        # The script re-checks the status, so of two concurrent closes only one succeeds.
        done = await self._close(
            keys=[self.key(handoff_id), self._open], args=[handoff_id, closed(handoff).model_dump_json()]
        )
        return bool(done)

    async def purge_older_than(self, days: int) -> int:
        cutoff = purge_cutoff(days).timestamp()
        purged = 0
        while True:
            batch = await self._redis.zrangebyscore(
                self._all, "-inf", f"({cutoff!r}", start=0, num=_PURGE_BATCH
            )
            ids = _texts(cast("list[bytes | str]", batch))
            if not ids:
                return purged
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.delete(*(self.key(i) for i in ids))
                pipe.zrem(self._open, *ids)
                pipe.zrem(self._all, *ids)
                deleted, _, _ = await pipe.execute()
            purged += int(deleted)
