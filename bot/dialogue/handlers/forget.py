"""Anyone can erase what Banshi keeps about them with ``/forget`` (删除我的信息)."""

from __future__ import annotations

from bot.agents import AccessDenied
from bot.core.messages import Button, msg
from bot.core.payloads import Forget, Stay, format_payload
from bot.dialogue.context import TurnContext
from bot.dialogue.present.cases import denial
from bot.dialogue.router import Router
from nlu import ParseResult

router = Router("forget")


@router.intent("forget")
async def forget_intent(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    await forget(ctx, confirmed=False)


@router.payload(Forget)
async def forget_button(ctx: TurnContext, payload: Forget) -> None:
    await forget(ctx, confirmed=payload.confirm)


async def forget(ctx: TurnContext, *, confirmed: bool) -> None:
    """Ask first; once confirmed, erase the agent's records and the session (not saved again)."""
    if not confirmed:
        ctx.say(
            msg("forget-confirm"),
            buttons=[
                Button(label=msg("forget-yes"), payload=format_payload(Forget(confirm=True))),
                Button(label=msg("answer-no"), payload=format_payload(Stay())),
            ],
        )
        return
    sender = ctx.session.sender
    if ctx.agents is not None:
        try:
            await ctx.agents.forget(sender)
        except AccessDenied as denied:
            ctx.say(denial(denied))
            return
    await ctx.sessions.delete(sender)
    ctx.erased = True
    ctx.say(msg("forget-done"))
