"""The reply language: the user's choice, else the message's own script, else the channel's hint.

Someone writing in another language than the default is offered, once, to keep it.
"""

from __future__ import annotations

import re

from bot.core.messages import Button, Reply, Turn, msg
from bot.core.payloads import SetLanguage, format_payload
from bot.dialogue.context import TurnContext
from bot.dialogue.middleware import ContextHandler
from bot.dialogue.middleware.privacy_notice import GREETING
from bot.i18n import Localizer
from bot.sessions import Session
from nlu import NLUEngine

MIN_LETTERS_TO_SWITCH = 4  # letters of another script needed to change the reply language
# Markup and data carry no language: tags, entities, URLs, and JSON/programming keywords.
_NOT_LANGUAGE = re.compile(
    r"<[^>]{0,200}>|&[a-z]{2,8};|https?://\S+|\b(?:true|false|null)\b|\"[a-z_]{1,30}\"\s*:"
)


def language_text(text: str) -> str:
    """What of a message is written in a language (not markup, links or JSON keys)."""
    if text.lstrip()[:1] in ("{", "["):
        return ""  # JSON: whatever words it holds, nobody wrote them to us in a language
    return _NOT_LANGUAGE.sub(" ", text)


def choose_locale(session: Session, turn: Turn, i18n: Localizer, nlu: NLUEngine) -> tuple[str, bool]:
    """The reply language, and whether it was read from the message's own script."""
    enabled = i18n.languages.enabled
    if session.locale in i18n.languages.languages:
        return session.locale, False  # the user's own choice wins
    text = language_text(turn.text)
    letters = sum(char.isalpha() for char in text)
    if not text.startswith("/") and letters:
        detected = nlu.detect_language(text, enabled, prefer=session.last_locale)
        # A word or two ("ok", "12345") is no reason to change the language mid-conversation.
        if (
            session.last_locale in enabled
            and detected != session.last_locale
            and letters < MIN_LETTERS_TO_SWITCH
        ):
            return session.last_locale, False
        session.last_locale = detected
        return detected, True
    if session.last_locale in enabled:
        return session.last_locale, False
    if turn.locale_hint in enabled:
        return turn.locale_hint, False
    return i18n.languages.default, False


def offer_language(ctx: TurnContext) -> None:
    """Offer, once, to keep a detected language other than the default: a line before the
    answer, and a button after the answer's own (so that typed numbers still pick the
    answer's choices)."""
    session = ctx.session
    if ctx.locale == ctx.i18n.languages.default or session.language_offered == ctx.locale:
        return
    session.language_offered = ctx.locale
    name = ctx.i18n.languages.languages[ctx.locale].native_name
    keep = Button(
        label=msg("language-keep", name=name), payload=format_payload(SetLanguage(language=ctx.locale))
    )
    offer = msg("language-keep-offer", name=name)
    if not ctx.replies:
        ctx.say(offer, buttons=[keep])
        return
    ctx.replies[-1] = ctx.replies[-1].model_copy(update={"buttons": [*ctx.replies[-1].buttons, keep]})
    at = next(
        (i for i, reply in enumerate(ctx.replies) if reply.parts and reply.parts[0].key not in GREETING),
        len(ctx.replies) - 1,
    )
    ctx.replies.insert(at, Reply(parts=[offer]))


async def locale(ctx: TurnContext, turn: Turn, call_next: ContextHandler) -> None:
    ctx.locale, detected = choose_locale(ctx.session, turn, ctx.i18n, ctx.nlu)
    await call_next(ctx, turn)
    if detected and not ctx.erased:
        offer_language(ctx)
