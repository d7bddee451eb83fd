"""The user's own settings: reply language and elderly mode (larger, read aloud)."""

from __future__ import annotations

from bot.core.messages import Button, msg
from bot.core.payloads import ElderMode, SetLanguage, format_payload
from bot.dialogue.context import TurnContext
from bot.dialogue.flows.runner import continue_or_menu
from bot.dialogue.router import Router
from nlu import ParseResult

router = Router("preferences")


@router.intent("set_language")
async def set_language(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    languages = ctx.i18n.languages
    code = parse.first_value("language")
    if isinstance(code, str) and code in languages.languages:
        # Any listed language can be chosen; what it lacks falls back along its chain.
        ctx.session.locale = code
        ctx.locale = code
        ctx.say(msg("language-set", name=languages.languages[code].native_name))
        await continue_or_menu(ctx)
        return
    ctx.say(
        msg("language-choose"),
        buttons=[
            Button(
                label=msg("plain", text=language.native_name),
                payload=format_payload(SetLanguage(language=c)),
            )
            for c, language in languages.languages.items()
        ],
    )


@router.intent("elder_mode")
async def elder_mode_on(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    ctx.session.elder_mode = True
    ctx.say(
        msg("elder-on"),
        buttons=[Button(label=msg("nav-elder-off"), payload=format_payload(ElderMode(on=False)))],
    )
    await continue_or_menu(ctx)


@router.payload(ElderMode, when=lambda ctx, payload: not payload.on)
async def elder_mode_off(ctx: TurnContext, payload: ElderMode) -> None:
    """Only the "off" button; "on" is the ``elder_mode`` intent."""
    ctx.session.elder_mode = False
    ctx.say(msg("elder-off"))
    await continue_or_menu(ctx)
