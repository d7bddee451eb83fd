"""Greetings, goodbyes, thanks, help and feedback: said anywhere, the flow carries on."""

from __future__ import annotations

import logging

from bot.core.messages import msg
from bot.core.payloads import ElderMode, SetLanguage
from bot.dialogue.context import TurnContext
from bot.dialogue.flows.runner import continue_or_menu, reask
from bot.dialogue.present.menu import button, human_button, menu_button
from bot.dialogue.router import Router
from nlu import ParseResult

log = logging.getLogger(__name__)
router = Router("smalltalk")


@router.intent("greet")
async def greet(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    ctx.say(msg("greet-reply"))
    await continue_or_menu(ctx)


@router.intent("goodbye")
async def goodbye(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    ctx.say(msg("goodbye-reply", hotline=ctx.common.hotline))


@router.intent("thanks")
async def thanks(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    ctx.say(msg("thanks-reply"), buttons=[menu_button(), human_button()])


@router.intent("help")
async def help_(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    ctx.say(
        msg("help-text", hotline=ctx.common.hotline),
        buttons=[
            menu_button(),
            button("nav-elder", ElderMode()),
            button("nav-language", SetLanguage()),
            human_button(),
        ],
    )
    if ctx.session.flow is not None:
        await reask(ctx)


@router.intent("feedback")
async def feedback(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    log.info("feedback received (locale %s)", ctx.locale)
    ctx.say(msg("feedback-thanks", hotline=ctx.common.hotline))
    await continue_or_menu(ctx)
