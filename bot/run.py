"""``banshi run``: the web channel (and Telegram when a token is set) until SIGINT/SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from aiohttp import web

from bot.app import App, open_app
from bot.settings import Settings

log = logging.getLogger(__name__)

PURGE_EVERY_S = 3600


async def purge_forever(app: App) -> None:
    """Apply the retention periods of settings.privacy once an hour."""
    days = app.settings.privacy.retention_days
    while True:
        try:
            removed = await app.sessions.purge_expired()
            removed += await app.handoffs.purge_older_than(days.handoffs)
            removed += await app.agent_store.purge_older_than(days.cases, audit_days=days.audit)
            if app.clips is not None:  # the recordings of voice handoffs go with them
                removed += await app.clips.purge_older_than(days.handoffs)
            if removed:
                log.info("retention: removed %d expired records", removed)
        except Exception:
            log.exception("retention purge failed; trying again in an hour")
        await asyncio.sleep(PURGE_EVERY_S)


async def serve(settings: Settings, host: str, port: int, *, stop: asyncio.Event | None = None) -> int:
    from bot.cards import render_card
    from bot.channels.telegram import TelegramChannel
    from bot.channels.web import create_web_app
    from bot.speech import Speech, available

    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)

    app = await open_app(settings)
    speech = None
    if settings.speech.enabled:
        if available():
            speech = Speech(
                settings.speech.cache_path, app.i18n.languages, locales_path=settings.locales_path
            )
        else:
            log.warning("speech is enabled but espeak-ng or ffmpeg is missing; replies stay text only")
    telegram = None
    if settings.telegram_token is not None:
        telegram = TelegramChannel(app, settings, speech=speech, render_card=render_card)
    webhook = telegram if telegram is not None and settings.telegram.mode == "webhook" else None
    runner = web.AppRunner(create_web_app(app, telegram=webhook, speech=speech), handle_signals=False)
    try:
        await runner.setup()
        await web.TCPSite(runner, host, port).start()
        if telegram is not None:
            await telegram.start()
        channels = "web" + (f" and Telegram ({settings.telegram.mode})" if telegram else "")
        print(
            f"Banshi is running ({channels}). Open http://{host}:{port}/ — press Ctrl+C to stop.", flush=True
        )
        purger = asyncio.create_task(purge_forever(app))
        await stop.wait()
        log.info("stopping")
        purger.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await purger
    finally:
        if telegram is not None:
            await telegram.stop()
        await runner.cleanup()  # finishes requests in flight; every turn saves its session itself
        await app.close()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
    return 0
