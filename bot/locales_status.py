"""``banshi locales status``: how complete each language is, and whether a person checked it.

Per locale: the Fluent messages it has (of the default locale's), the catalog texts it has
(service names, and every text of the catalog), how replies are read aloud (an espeak-ng
voice, or recorded prompts under ``locales/<locale>/audio/`` and how many keys have one),
and the review status from ``languages.yml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bot.guides import load_catalog
from bot.guides.models import KNOWN_LOCALES, Catalog
from bot.i18n import Localizer
from bot.settings import Settings
from bot.speech import recording


@dataclass(frozen=True)
class LocaleStatus:
    locale: str
    name: str
    enabled: bool
    review: str
    messages: int
    messages_total: int
    service_names: int
    services_total: int
    catalog_texts: int
    catalog_total: int
    voice: str | None  # the espeak-ng voice, None when replies use recorded prompts
    recordings: int  # message keys with a recorded prompt


def localized_texts(value: Any) -> Iterator[dict[str, str]]:
    """Every catalog text (a ``{locale: text}`` mapping) inside a dumped catalog model."""
    if isinstance(value, dict):
        if value and "zh-Hans" in value and set(value) <= set(KNOWN_LOCALES):
            yield value
            return
        for item in value.values():
            yield from localized_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from localized_texts(item)


def locale_status(settings: Settings, catalog: Catalog | None = None) -> list[LocaleStatus]:
    i18n = Localizer(settings.locales_path)
    catalog = catalog or load_catalog(settings.guides.path)
    texts = list(localized_texts(catalog.model_dump(mode="json")))
    default_keys = i18n.keys[i18n.languages.default]
    statuses = []
    for code, language in i18n.languages.languages.items():
        statuses.append(
            LocaleStatus(
                locale=code,
                name=language.english_name,
                enabled=language.enabled,
                review=language.review,
                messages=len(i18n.keys[code] & default_keys),
                messages_total=len(default_keys),
                service_names=sum(bool(s.names.get(code)) for s in catalog.services.values()),
                services_total=len(catalog.services),
                catalog_texts=sum(bool(text.get(code)) for text in texts),
                catalog_total=len(texts),
                voice=language.tts_voice,
                recordings=sum(
                    recording(settings.locales_path, code, key) is not None for key in default_keys
                ),
            )
        )
    return statuses


def format_status(statuses: list[LocaleStatus]) -> str:
    def share(part: int, whole: int) -> str:
        return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "-"

    header = (
        "locale",
        "language",
        "enabled",
        "messages",
        "service names",
        "catalog texts",
        "audio",
        "review",
    )
    rows = [
        (
            s.locale,
            s.name,
            "yes" if s.enabled else "no",
            share(s.messages, s.messages_total),
            share(s.service_names, s.services_total),
            share(s.catalog_texts, s.catalog_total),
            f"espeak-ng {s.voice}" if s.voice else f"recorded {share(s.recordings, s.messages_total)}",
            s.review,
        )
        for s in statuses
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
                     for row in (header, *rows))  # fmt: skip
