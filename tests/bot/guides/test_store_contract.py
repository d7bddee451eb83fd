"""One contract suite, run against every GuideStore backend."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from bot.guides import Catalog, GuideStore, load_catalog
from bot.guides.redis import RedisGuideStore
from bot.guides.sqlite import SQLiteGuideStore
from tests.conftest import GUIDES


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(GUIDES)


@pytest.fixture(params=["sqlite", "redis"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[GuideStore]:
    backend: GuideStore
    if request.param == "sqlite":
        backend = await SQLiteGuideStore.open(tmp_path / "guides.db")
    else:
        client = Redis.from_url(request.getfixturevalue("redis_url"), socket_timeout=2)
        await client.flushdb()
        backend = RedisGuideStore(client, prefix="test")
    try:
        yield backend
    finally:
        await backend.close()


@pytest.fixture
async def loaded(store: GuideStore, catalog: Catalog) -> GuideStore:
    await store.load(catalog)
    return store


async def test_empty_store_has_no_version_and_no_services(store: GuideStore) -> None:
    assert await store.version() is None
    assert await store.get_service("id_card") is None
    assert await store.list_services() == []
    assert await store.search_services("身份证", "zh-Hans") == []
    assert await store.offices() == []


async def test_load_makes_every_service_readable(loaded: GuideStore, catalog: Catalog) -> None:
    assert await loaded.version() == catalog.version
    services = await loaded.list_services()
    assert [s.id for s in services] == sorted(catalog.services)
    id_card = await loaded.get_service("id_card")
    assert id_card == catalog.services["id_card"]


async def test_get_unknown_service_is_none(loaded: GuideStore) -> None:
    assert await loaded.get_service("no_such_service") is None


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("身份证", "zh-Hans", "id_card"),
        ("身份证丢了怎么办", "zh-Hans", "id_card"),
        ("身份證", "zh-Hans", "id_card"),  # Traditional characters
        ("社保卡", "zh-Hans", "ss_card"),
        ("社宝卡", "zh-Hans", "ss_card"),  # pinyin-input homophone
        ("低保", "zh-Hans", "dibao"),
        ("结婚", "zh-Hans", "marriage"),
        ("公积金", "zh-Hans", "housing_fund"),
        ("ID card", "en", "id_card"),
        ("residence permit", "en", "residence_permit"),
        ("housing provident fund", "en", "housing_fund"),
    ],
)
async def test_search_ranks_the_right_service_first(
    loaded: GuideStore, text: str, locale: str, expected: str
) -> None:
    matches = await loaded.search_services(text, locale)
    assert matches, f"no match for {text!r}"
    assert matches[0].service_id == expected
    assert all(a.score >= b.score for a, b in itertools.pairwise(matches))


async def test_search_respects_limit_and_ignores_noise(loaded: GuideStore) -> None:
    assert len(await loaded.search_services("补贴", "zh-Hans", limit=2)) <= 2
    assert await loaded.search_services("", "zh-Hans") == []
    assert await loaded.search_services("   ", "en") == []
    assert await loaded.search_services("今天天气怎么样呀朋友们", "zh-Hans") == []


async def test_materials_filtered_by_situation(loaded: GuideStore, catalog: Catalog) -> None:
    service = catalog.services["id_card"]
    all_materials = await loaded.materials("id_card")
    assert all_materials == list(service.materials)
    conditional = [m for m in service.materials if m.when and "reason" in m.when]
    assert conditional, "id_card materials should depend on the reason (first / renewal / lost)"
    first = await loaded.materials("id_card", {"reason": "first"})
    lost = await loaded.materials("id_card", {"reason": "lost"})
    for material in conditional:
        assert (material in first) == ("first" in material.when["reason"])  # type: ignore[index]
        assert (material in lost) == ("lost" in material.when["reason"])  # type: ignore[index]
    assert await loaded.materials("no_such_service") == []


async def test_steps_filtered_by_situation(loaded: GuideStore, catalog: Catalog) -> None:
    for service in catalog.services.values():
        steps = await loaded.steps(service.id)
        assert steps == list(service.steps)
        for situation in service.situations:
            for option in situation.options:
                chosen = await loaded.steps(service.id, {situation.id: option.id})
                assert chosen, f"{service.id}: no step left for {situation.id}={option.id}"
                assert all(
                    step.when is None or situation.id not in step.when or option.id in step.when[situation.id]
                    for step in chosen
                )


async def test_offices_by_service_and_region(loaded: GuideStore, catalog: Catalog) -> None:
    every = await loaded.offices()
    assert {o.id for o in every} == {o.id for o in catalog.offices}

    police = await loaded.offices(service_id="id_card")
    assert police
    assert all("id_card" in o.services for o in police)

    county = catalog.regions[0]
    township = county.children[0]
    village = township.children[0]
    for region in (village.code, village.names["zh-Hans"]):
        nearest = await loaded.offices(region=region)
        codes = [o.region for o in nearest]
        # Only offices in the village, its township or its county, the nearest first.
        assert set(codes) <= {village.code, township.code, county.code}
        depth = [len(code) for code in codes]
        assert depth == sorted(depth, reverse=True)
        assert county.code in codes

    inside = await loaded.offices(region=county.code)
    assert {o.id for o in inside} == {o.id for o in catalog.offices}
    assert inside[0].region == county.code


async def test_unknown_region_has_no_offices(loaded: GuideStore) -> None:
    assert await loaded.offices(region="火星县") == []
    assert await loaded.find_region("火星县") is None


async def test_find_region_by_code_name_and_alias(loaded: GuideStore, catalog: Catalog) -> None:
    county = catalog.regions[0]
    assert await loaded.find_region(county.code) == county
    assert await loaded.find_region(county.names["zh-Hans"]) == county
    assert await loaded.find_region(county.names["en"].upper()) == county


async def test_reload_switches_versions_atomically(loaded: GuideStore, catalog: Catalog) -> None:
    renamed = catalog.services["dibao"].model_copy(
        update={"names": {**catalog.services["dibao"].names, "en": "Minimum living allowance (v2)"}}
    )
    newer = catalog.model_copy(update={"version": "v2", "services": {**catalog.services, "dibao": renamed}})
    await loaded.load(newer)
    assert await loaded.version() == "v2"
    dibao = await loaded.get_service("dibao")
    assert dibao is not None
    assert dibao.names["en"].endswith("(v2)")
    assert len(await loaded.list_services()) == len(catalog.services)
    # Loading the same version again replaces it rather than duplicating it.
    await loaded.load(newer)
    assert len(await loaded.list_services()) == len(catalog.services)
    assert len(await loaded.offices()) == len(catalog.offices)


async def test_nearest_offices_to_a_point(loaded: GuideStore, catalog: Catalog) -> None:
    located = [o for o in catalog.offices if o.location is not None]
    assert located
    target = located[-1]
    assert target.location is not None
    nearest = await loaded.nearest_offices(target.location.lat, target.location.lon, limit=3)
    assert nearest[0][0].id == target.id
    assert nearest[0][1] < 0.01
    assert [km for _, km in nearest] == sorted(km for _, km in nearest)
    service = target.services[0]
    assert all(service in o.services for o, _ in await loaded.nearest_offices(28.1, 113.1, service))
