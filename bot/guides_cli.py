"""``banshi guides validate|load|show``."""

from __future__ import annotations

import argparse
import sys

from bot.cli import report_problems
from bot.guides import load_catalog, open_guide_store, validate_path
from bot.guides.render import render_guide
from bot.i18n import Localizer
from bot.settings import Settings


async def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.guides_command == "validate":
        path = args.path or settings.guides.path
        return report_problems(path, validate_path(path))

    if args.guides_command == "load":
        catalog = load_catalog(settings.guides.path)
        store = await open_guide_store(settings, ensure_loaded=False)
        try:
            await store.load(catalog)
        finally:
            await store.close()
        print(
            f"loaded catalog version {catalog.version}: {len(catalog.services)} services, "
            f"{len(catalog.offices)} offices ({settings.storage.backend})"
        )
        return 0

    # show
    i18n = Localizer(settings.locales_path)
    locale = args.lang or settings.default_locale
    if locale not in i18n.languages.languages:
        known = ", ".join(i18n.languages.languages)
        print(f"banshi: unknown language '{locale}'; use one of: {known}", file=sys.stderr)
        return 2
    store = await open_guide_store(settings)
    try:
        service = await store.get_service(args.service_id)
        if service is None:
            ids = ", ".join(s.id for s in await store.list_services())
            print(
                i18n.format("guide-not-found", locale, {"id": args.service_id, "ids": ids}), file=sys.stderr
            )
            return 1
        offices = await store.offices(service_id=service.id)
    finally:
        await store.close()
    print(render_guide(service, offices, i18n, locale))
    return 0
