"""The service-guide catalog: schema, loading, and the GuideStore backends."""

from __future__ import annotations

import logging

from bot.guides.loader import CatalogError, load_catalog, validate_path
from bot.guides.models import Catalog, Material, Office, Region, Service, Step
from bot.guides.queries import ServiceMatch
from bot.guides.store import GuideStore
from bot.settings import Settings

log = logging.getLogger(__name__)

__all__ = [
    "Catalog",
    "CatalogError",
    "GuideStore",
    "Material",
    "Office",
    "Region",
    "Service",
    "ServiceMatch",
    "Step",
    "load_catalog",
    "open_guide_store",
    "validate_path",
]


async def open_guide_store(settings: Settings, *, ensure_loaded: bool = True) -> GuideStore:
    """Open the configured backend; with ``ensure_loaded``, load the catalog on disk when
    the store is empty or holds another version (so a fresh machine works at once)."""
    store: GuideStore
    if settings.storage.backend == "redis":
        from bot.guides.redis import RedisGuideStore
        from bot.redis_client import create_redis

        store = RedisGuideStore(create_redis(settings), settings.redis.key_prefix)
    else:
        from bot.guides.sqlite import SQLiteGuideStore

        store = await SQLiteGuideStore.open(settings.storage.sqlite_path)
    if ensure_loaded:
        try:
            await _load_if_changed(store, settings)
        except BaseException:
            await store.close()
            raise
    return store


async def _load_if_changed(store: GuideStore, settings: Settings) -> None:
    loaded = await store.version()
    try:
        catalog = load_catalog(settings.guides.path)
    except CatalogError as exc:
        if loaded is None:
            raise
        # Keep serving the last good version rather than nothing.
        log.warning("catalog on disk is invalid (%d problems); keeping version %s", len(exc.problems), loaded)
        return
    if loaded != catalog.version:
        await store.load(catalog)
        log.info("loaded service-guide catalog version %s", catalog.version)
