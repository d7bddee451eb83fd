"""Moving around: back, repeat, restart, the menu, and carrying on where one was."""

from __future__ import annotations

from bot.core.messages import Reply, msg
from bot.core.payloads import Menu, Stay
from bot.dialogue.context import TurnContext
from bot.dialogue.flows.runner import continue_or_menu, go_back, reask
from bot.dialogue.present.menu import menu
from bot.dialogue.router import Router
from nlu import ParseResult

router = Router("navigation")


@router.intent("back")
async def back(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    state = ctx.session.flow
    if state is None:
        ctx.say(msg("back-nothing"))
        await menu(ctx)
    elif not state.history:
        ctx.say(msg("back-at-start"))
        await reask(ctx)
    else:
        await go_back(ctx)


@router.intent("repeat")
async def repeat(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    if not ctx.session.last_replies:
        await menu(ctx)
        return
    ctx.replies.extend(Reply.model_validate(raw) for raw in ctx.session.last_replies)
    ctx.repeated = True


@router.intent("restart")
async def restart(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    ctx.session.flow = None
    ctx.pending = None
    ctx.say(msg("restart-done"))
    await menu(ctx)


@router.payload(Menu)
async def show_menu(ctx: TurnContext, payload: Menu) -> None:
    await menu(ctx, page=payload.page)


@router.payload(Stay)
async def stay(ctx: TurnContext, payload: Stay) -> None:
    """ "Continue" and "no, stay with this service": the open question again, or the menu."""
    await continue_or_menu(ctx)
