"""``banshi chat``: the console channel. Buttons are printed as numbered choices."""

from __future__ import annotations

import asyncio
import sys

from bot.app import open_app
from bot.core.messages import Turn
from bot.sessions import Session
from bot.settings import Settings

QUIT = {"/quit", "/exit", "quit", "exit"}
SENDER = "console:local"


async def chat(settings: Settings, locale: str | None) -> int:
    app = await open_app(settings)
    try:
        if locale:  # like choosing it from the language menu
            session = await app.sessions.load(SENDER) or Session(sender=SENDER)
            session.locale = locale
            await app.sessions.save(session)
        print("Banshi 办事 — /quit to leave")
        text = "/menu"
        while True:
            for reply in await app.engine.handle(Turn(sender=SENDER, channel="console", text=text)):
                print()
                print(app.engine.render(reply))
                for n, button in enumerate(reply.buttons, 1):
                    print(f"  {n}. {app.i18n.render(button.label, reply.locale)}")
            print("> ", end="", flush=True)
            line = await asyncio.to_thread(sys.stdin.readline)
            if not line or line.strip() in QUIT:
                return 0
            text = line.strip()
    finally:
        await app.close()
