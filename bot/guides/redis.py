"""GuideStore on Redis (``redis.asyncio``), for several workers sharing one catalog.

Keys, under the configured prefix: ``guides:active`` holds the version in use;
``guides:<version>:services`` and ``guides:<version>:offices`` are hashes of JSON
documents; ``guides:<version>:meta`` holds regions and the search index. A new version is
written beside the old one and switched to with one SET in the same transaction; the old
keys expire after a grace period so a reader caught between two reads still finds them.
"""

from __future__ import annotations

from redis.asyncio import Redis

from bot.guides.models import Catalog, Service
from bot.guides.store import BaseGuideStore, version_meta

OLD_VERSION_GRACE_S = 300
_KINDS = ("services", "offices", "meta")


class RedisGuideStore(BaseGuideStore):
    def __init__(self, client: Redis, prefix: str = "banshi") -> None:
        super().__init__()
        self._redis = client
        self._prefix = f"{prefix}:guides"

    def _key(self, version: str, kind: str) -> str:
        return f"{self._prefix}:{version}:{kind}"

    async def close(self) -> None:
        await self._redis.aclose()

    async def load(self, catalog: Catalog) -> None:
        version = catalog.version
        previous = await self.version()
        regions, search = version_meta(catalog)
        async with self._redis.pipeline(transaction=True) as pipe:
            for kind in _KINDS:
                pipe.delete(self._key(version, kind))
            services = {s.id: s.model_dump_json() for s in catalog.services.values()}
            pipe.hset(self._key(version, "services"), mapping=services)  # type: ignore[arg-type]
            offices = {o.id: o.model_dump_json() for o in catalog.offices}
            pipe.hset(self._key(version, "offices"), mapping=offices)  # type: ignore[arg-type]
            pipe.hset(self._key(version, "meta"), mapping={"regions": regions, "search": search})
            pipe.set(f"{self._prefix}:active", version)
            if previous is not None and previous != version:
                for kind in _KINDS:
                    pipe.expire(self._key(previous, kind), OLD_VERSION_GRACE_S)
            await pipe.execute()
        self._loaded()

    async def version(self) -> str | None:
        raw = await self._redis.get(f"{self._prefix}:active")
        return None if raw is None else raw.decode() if isinstance(raw, bytes) else str(raw)

    async def _service_document(self, version: str, service_id: str) -> bytes | str | None:
        document: bytes | str | None = await self._redis.hget(self._key(version, "services"), service_id)
        return document

    async def list_services(self) -> list[Service]:
        version = await self.version()
        if version is None:
            return []
        docs = await self._redis.hgetall(self._key(version, "services"))
        return sorted((Service.model_validate_json(doc) for doc in docs.values()), key=lambda s: s.id)

    async def _office_documents(self, version: str) -> list[bytes | str]:
        docs = await self._redis.hvals(self._key(version, "offices"))
        return list(docs)

    async def _meta(self, version: str) -> tuple[bytes | str, bytes | str] | None:
        regions, search = await self._redis.hmget(self._key(version, "meta"), ["regions", "search"])
        return None if regions is None or search is None else (regions, search)
