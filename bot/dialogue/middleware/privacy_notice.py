"""First contact: a welcome, and the privacy notice before anything is kept."""

from __future__ import annotations

from bot.core.messages import Turn, msg
from bot.dialogue.context import TurnContext
from bot.dialogue.middleware import ContextHandler

GREETING = ("welcome", "privacy-notice")  # the message keys a first contact starts with


async def privacy_notice(ctx: TurnContext, turn: Turn, call_next: ContextHandler) -> None:
    session = ctx.session
    if not session.privacy_notice_shown:
        if ctx.first_contact:
            ctx.say(msg("welcome", hotline=ctx.common.hotline))
        ctx.say(msg("privacy-notice", days=ctx.retention_days))
        session.privacy_notice_shown = True
    await call_next(ctx, turn)
