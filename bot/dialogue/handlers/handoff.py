"""A person, please: record the request and say how to reach one; a flow can be resumed."""

from __future__ import annotations

from bot.core.payloads import Stay
from bot.dialogue.context import TurnContext
from bot.dialogue.flows.runner import current_service_id
from bot.dialogue.handoff import hand_off
from bot.dialogue.present.menu import button, menu_button
from bot.dialogue.router import Router
from bot.handoffs import HandoffReason
from nlu import ParseResult

router = Router("handoff")


@router.intent("human")
async def human(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    await hand_off(ctx, HandoffReason.USER_REQUEST, service_id or current_service_id(ctx))
    if ctx.session.flow is not None:
        ctx.replies[-1] = ctx.replies[-1].model_copy(
            update={"buttons": [button("nav-continue", Stay()), menu_button()]}
        )
