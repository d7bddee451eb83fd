"""Catalog queries shared by every GuideStore backend: the backends only store and fetch."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import opencc
from pypinyin import lazy_pinyin
from rapidfuzz import fuzz

from bot.guides.models import Catalog, Condition, Office, Region, Service

SearchIndex = dict[str, list[tuple[str, str]]]
"""``{locale: [(service_id, normalized term), ...]}``"""

MIN_SEARCH_SCORE = 60.0


@dataclass(frozen=True)
class ServiceMatch:
    service_id: str
    score: float  # 0..100


def applies(when: Condition | None, answers: Mapping[str, str] | None) -> bool:
    """True unless an answer given rules the item out; unanswered situations keep it."""
    if not when or not answers:
        return True
    return all(answers[key] in options for key, options in when.items() if key in answers)


@lru_cache(maxsize=1)
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Fold width, case and Traditional characters so that 身份證 finds 身份证."""
    folded = unicodedata.normalize("NFKC", text).casefold().strip()
    return str(_to_simplified().convert(folded))


@lru_cache(maxsize=4096)
def _pinyin(text: str) -> str:
    return " ".join(lazy_pinyin(text))


def build_search_index(services: Iterable[Service]) -> SearchIndex:
    index: SearchIndex = {}
    for service in services:
        for locale, name in service.names.items():
            index.setdefault(locale, []).append((service.id, normalize(name)))
        for locale, aliases in service.aliases.items():
            index.setdefault(locale, []).extend((service.id, normalize(alias)) for alias in aliases)
    return index


def rank_services(index: SearchIndex, text: str, locale: str, limit: int = 5) -> list[ServiceMatch]:
    """Rank services by how well ``text`` matches their names and aliases in any locale.

    Partial names match (``社保卡`` finds ``社会保障卡申领、补换``'s alias), and for Chinese
    the comparison is repeated on pinyin so that homophone typos (``社宝卡``) still match.
    Terms of the user's own locale win ties.
    """
    query = normalize(text)
    if not query:
        return []
    query_pinyin = _pinyin(query) if _has_han(query) else ""
    best: dict[str, float] = {}
    for term_locale, terms in index.items():
        bonus = 0.5 if term_locale == locale else 0.0
        for service_id, term in terms:
            score = _similarity(query, term)
            if query_pinyin and _has_han(term):
                score = max(score, 0.95 * _similarity(query_pinyin, _pinyin(term)))
            score = min(100.0, score + bonus) if score >= MIN_SEARCH_SCORE else score
            if score > best.get(service_id, 0.0):
                best[service_id] = score
    ranked = sorted(
        (ServiceMatch(sid, round(score, 1)) for sid, score in best.items() if score >= MIN_SEARCH_SCORE),
        key=lambda match: (-match.score, match.service_id),
    )
    return ranked[:limit]


def _similarity(query: str, term: str) -> float:
    whole = fuzz.ratio(query, term)
    # A partial match only counts when the shorter side is not trivially short.
    shorter = min(len(query), len(term))
    partial = fuzz.partial_ratio(query, term) if shorter >= 2 else 0.0
    return max(whole, partial * (0.9 if shorter >= 3 else 0.8))


def _has_han(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def find_region(regions: Sequence[Region], name_or_code: str) -> Region | None:
    """Find a region by code, name or alias (exact after normalization, then best partial)."""
    index = Catalog(version="", services={}, regions=list(regions), offices=[]).region_index()
    if name_or_code in index:
        return index[name_or_code]
    query = normalize(name_or_code)
    if not query:
        return None
    candidates = [
        (region, normalize(term))
        for region in index.values()
        for term in (*region.names.values(), *region.aliases)
    ]
    for region, term in candidates:
        if term == query:
            return region
    scored = [(fuzz.ratio(query, term), region) for region, term in candidates]
    if not scored:
        return None
    score, best = max(scored, key=lambda pair: pair[0])
    return best if score >= 80 else None


def offices_serving(
    offices: Iterable[Office], region_code: str | None, service_id: str | None
) -> list[Office]:
    """Offices that serve a region, nearest first: the region itself, then the levels above it
    (a county centre serves every village), then offices inside it."""

    def distance(office: Office) -> int | None:
        if region_code is None or office.region == region_code:
            return 0
        if region_code.startswith(office.region):  # an office above the region
            return len(region_code) - len(office.region)
        if office.region.startswith(region_code):  # an office inside the region
            return 100 + len(office.region) - len(region_code)
        return None

    chosen = [
        (rank, office)
        for office in offices
        if (service_id is None or service_id in office.services) and (rank := distance(office)) is not None
    ]
    return [office for _, office in sorted(chosen, key=lambda pair: (pair[0], pair[1].id))]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, max(0.0, a))))  # rounding can leave [0, 1]


def valid_location(lat: float, lon: float) -> bool:
    """A point on Earth: finite latitude within ±90° and longitude within ±180°."""
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180


def nearest(
    offices: Iterable[Office], lat: float, lon: float, service_id: str | None, limit: int
) -> list[tuple[Office, float]]:
    """Offices with a known location, nearest first, with their distance in km; none for a
    point that is not on Earth (a forged or broken location)."""
    if not valid_location(lat, lon):
        return []
    located = [
        (office, distance_km(lat, lon, office.location.lat, office.location.lon))
        for office in offices
        if office.location is not None and (service_id is None or service_id in office.services)
    ]
    return sorted(located, key=lambda pair: (pair[1], pair[0].id))[:limit]
