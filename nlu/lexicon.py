"""The service lexicon: ``{locale: {service_id: [name, alias, ...]}}`` from the guide catalog."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

import yaml

ServiceLexiconDict = dict[str, dict[str, list[str]]]


class NamedService(Protocol):
    """What the lexicon needs of a catalog service (``bot.guides.models.Service`` fits)."""

    @property
    def names(self) -> Mapping[str, str]: ...

    @property
    def aliases(self) -> Mapping[str, list[str]]: ...


def lexicon_from_services(services: Mapping[str, NamedService]) -> ServiceLexiconDict:
    """Build the lexicon from catalog services (``catalog.services``)."""
    lexicon: ServiceLexiconDict = {}
    for service_id, service in sorted(services.items()):
        for locale, name in service.names.items():
            lexicon.setdefault(locale, {}).setdefault(service_id, []).append(name)
        for locale, aliases in service.aliases.items():
            lexicon.setdefault(locale, {}).setdefault(service_id, []).extend(aliases)
    return lexicon


def read_service_lexicon(services_folder: Path) -> ServiceLexiconDict:
    """Read names and aliases straight from ``guides/services/*.yml`` (no validation).

    For tools that must work without the application package; the bot builds the lexicon
    from its validated catalog with :func:`lexicon_from_services` instead.
    """
    lexicon: ServiceLexiconDict = {}
    for path in sorted(services_folder.glob("*.yml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(document, dict) or not isinstance(document.get("id"), str):
            continue
        service_id = document["id"]
        for locale, name in (document.get("names") or {}).items():
            if isinstance(name, str):
                lexicon.setdefault(str(locale), {}).setdefault(service_id, []).append(name)
        for locale, aliases in (document.get("aliases") or {}).items():
            if isinstance(aliases, list):
                entries = lexicon.setdefault(str(locale), {}).setdefault(service_id, [])
                entries.extend(str(alias) for alias in aliases)
    return lexicon
