"""When the message is not understood: offer the likely readings, then the menu and a person."""

from __future__ import annotations

from bot.core.messages import Button, Localized, Turn, msg
from bot.core.payloads import Intent, Scalar, format_payload
from bot.dialogue.context import TurnContext
from bot.dialogue.flows.runner import continue_or_menu
from bot.dialogue.handlers.services import SERVICE_INTENTS
from bot.dialogue.present.menu import human_button, menu, menu_button
from bot.dialogue.router import Router
from nlu import ParseResult

router = Router("fallback")


@router.media("*")
async def unsupported_media(ctx: TurnContext, turn: Turn) -> None:
    """A photo, sticker, file… without text: Banshi cannot read it."""
    ctx.say(msg("media-unsupported", hotline=ctx.common.hotline))
    await continue_or_menu(ctx)


async def did_you_mean(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    """The NLU hesitates between intents: offer its best two as buttons."""
    ctx.session.misses += 1
    buttons: list[Button] = []
    for name in parse.candidates(2):
        if name not in ctx.intents or name == "out_of_scope":
            continue
        data: dict[str, Scalar] = {"service": service_id} if service_id and name in SERVICE_INTENTS else {}
        label = msg("intent-" + name)
        if data:
            service = await ctx.guides.get_service(service_id or "")
            if service is not None:
                label = msg("intent-with-service", intent=label, service=Localized(text=service.names))
        buttons.append(Button(label=label, payload=format_payload(Intent(name=name, data=data))))
    if not buttons:
        await not_understood(ctx)
        return
    ctx.say(msg("did-you-mean"), buttons=[*buttons, menu_button(), human_button()])


async def not_understood(ctx: TurnContext) -> None:
    """Once: say so and carry on; twice in a row: the menu, with the hotline."""
    ctx.session.misses += 1
    if ctx.session.misses >= 2:
        ctx.say(msg("not-understood-again", hotline=ctx.common.hotline))
        await menu(ctx, with_human=True)
        return
    ctx.say(msg("not-understood"))
    await continue_or_menu(ctx)
