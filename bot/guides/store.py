"""The GuideStore protocol: the service-guide catalog as the bot reads it."""

from __future__ import annotations

import json
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import Protocol

from pydantic import TypeAdapter

from bot.guides.models import Catalog, Material, Office, Region, Service, Step
from bot.guides.queries import (
    SearchIndex,
    ServiceMatch,
    applies,
    build_search_index,
    find_region,
    nearest,
    offices_serving,
    rank_services,
)


class GuideStore(Protocol):
    """One catalog version at a time; :meth:`load` switches to a new one atomically.

    Loading takes an already validated :class:`Catalog`, so a bad file never reaches a
    store: validation fails first and the version in use stays as it was.
    """

    async def load(self, catalog: Catalog) -> None: ...

    async def version(self) -> str | None:
        """The catalog version in use, or None when nothing is loaded yet."""
        ...

    async def current_version(self) -> str | None:
        """:meth:`version`, asked of the backend at most once a second: for what a turn
        rebuilds when the catalog changes, without a round trip on every turn."""
        ...

    async def get_service(self, service_id: str) -> Service | None: ...

    async def list_services(self) -> list[Service]: ...

    async def search_services(self, text: str, locale: str, limit: int = 5) -> list[ServiceMatch]:
        """Services whose names or aliases match ``text``, best first (tolerant of partial names)."""
        ...

    async def materials(self, service_id: str, answers: Mapping[str, str] | None = None) -> list[Material]:
        """Materials to bring, without those the ``answers`` (situation id -> option id) rule out."""
        ...

    async def steps(self, service_id: str, answers: Mapping[str, str] | None = None) -> list[Step]: ...

    async def offices(self, region: str | None = None, service_id: str | None = None) -> list[Office]:
        """Offices serving ``region`` (a code or a name; None for all) that handle ``service_id``."""
        ...

    async def nearest_offices(
        self, lat: float, lon: float, service_id: str | None = None, limit: int = 3
    ) -> list[tuple[Office, float]]:
        """Offices nearest to a point (e.g. a shared location), with the distance in km."""
        ...

    async def find_region(self, name_or_code: str) -> Region | None: ...

    async def regions(self) -> list[Region]:
        """The divisions of the active version (counties, each with its townships and villages)."""
        ...

    async def close(self) -> None: ...


_REGIONS = TypeAdapter(list[Region])
VERSION_TTL_S = 1.0


class BaseGuideStore(ABC):
    """The queries every backend answers the same way, on top of a few storage primitives.

    A backend stores each version's services and offices as JSON documents plus a
    ``meta`` record (regions and search index, see :func:`version_meta`).
    """

    def __init__(self) -> None:
        self._per_version: dict[str, tuple[list[Region], SearchIndex]] = {}
        # Parsed documents of the active version: a version never changes, so they are
        # read and parsed once, and a turn costs no round trip per lookup.
        self._services: dict[str, Service | None] = {}
        self._offices: list[Office] | None = None
        self._cached_version: str | None = None
        self._version_read_at = float("-inf")

    @abstractmethod
    async def version(self) -> str | None: ...

    @abstractmethod
    async def _service_document(self, version: str, service_id: str) -> bytes | str | None: ...

    @abstractmethod
    async def _office_documents(self, version: str) -> list[bytes | str]: ...

    @abstractmethod
    async def _meta(self, version: str) -> tuple[bytes | str, bytes | str] | None:
        """The ``(regions, search)`` JSON of a version, or None if it is gone."""

    async def _active(self) -> str | None:
        """The active version, asked of the backend at most every VERSION_TTL_S: another
        worker's `guides load` is seen within that time, this store's own at once."""
        now = time.monotonic()
        if now - self._version_read_at >= VERSION_TTL_S:
            version = await self.version()
            if version != self._cached_version:
                self._services, self._offices = {}, None
            self._cached_version, self._version_read_at = version, now
        return self._cached_version

    async def current_version(self) -> str | None:
        return await self._active()

    def _loaded(self) -> None:
        """Called by a backend after it switched versions."""
        self._version_read_at = float("-inf")

    async def get_service(self, service_id: str) -> Service | None:
        version = await self._active()
        if version is None:
            return None
        if service_id not in self._services:
            document = await self._service_document(version, service_id)
            self._services[service_id] = None if document is None else Service.model_validate_json(document)
        return self._services[service_id]

    async def _all_offices(self) -> list[Office]:
        version = await self._active()
        if version is None:
            return []
        if self._offices is None:
            self._offices = [Office.model_validate_json(doc) for doc in await self._office_documents(version)]
        return self._offices

    async def search_services(self, text: str, locale: str, limit: int = 5) -> list[ServiceMatch]:
        _, index = await self._version_data()
        return rank_services(index, text, locale, limit)

    async def materials(self, service_id: str, answers: Mapping[str, str] | None = None) -> list[Material]:
        service = await self.get_service(service_id)
        return [] if service is None else [m for m in service.materials if applies(m.when, answers)]

    async def steps(self, service_id: str, answers: Mapping[str, str] | None = None) -> list[Step]:
        service = await self.get_service(service_id)
        return [] if service is None else [s for s in service.steps if applies(s.when, answers)]

    async def offices(self, region: str | None = None, service_id: str | None = None) -> list[Office]:
        region_code = None
        if region is not None:
            found = await self.find_region(region)
            if found is None:
                return []
            region_code = found.code
        return offices_serving(await self._all_offices(), region_code, service_id)

    async def nearest_offices(
        self, lat: float, lon: float, service_id: str | None = None, limit: int = 3
    ) -> list[tuple[Office, float]]:
        return nearest(await self._all_offices(), lat, lon, service_id, limit)

    async def find_region(self, name_or_code: str) -> Region | None:
        regions, _ = await self._version_data()
        return find_region(regions, name_or_code)

    async def regions(self) -> list[Region]:
        regions, _ = await self._version_data()
        return regions

    async def _version_data(self) -> tuple[list[Region], SearchIndex]:
        """Regions and search index of the active version, parsed once per version."""
        version = await self._active()
        if version is None:
            return [], {}
        if version not in self._per_version:
            meta = await self._meta(version)
            if meta is None:
                return [], {}
            regions, search = meta
            index = {loc: [(sid, term) for sid, term in terms] for loc, terms in json.loads(search).items()}
            self._per_version = {version: (_REGIONS.validate_json(regions), index)}
        return self._per_version[version]


def version_meta(catalog: Catalog) -> tuple[str, str]:
    """The ``(regions, search)`` JSON a backend stores beside a version's documents."""
    regions = _REGIONS.dump_json(catalog.regions).decode()
    search = json.dumps(build_search_index(catalog.services.values()), ensure_ascii=False)
    return regions, search
