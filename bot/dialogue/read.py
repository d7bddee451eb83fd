"""Reading a typed message: THE order in which its possible meanings are tried.

1. an answer to a form awaiting one (``Session.pending``: the new-case form, a voice
   transcript read back) — typed text only, never a command;
2. a button payload or typed command (``/choose{…}``, ``/join CODE``);
3. a typed answer to the current question (a number, yes or no);
4. a button of the last reply named by its number, a yes/no word or its label;
5. the answer to the current question understood in context (a seam, empty for now);
6. the NLU's reading of the message on its own, dispatched by intent.

The first that applies wins. Payloads and intents are dispatched here too, since a button
can stand for an intent (``/help``) and a typed "1" for a button.
"""

from __future__ import annotations

from typing import Any

from bot.core.messages import msg
from bot.core.payloads import IntentPayload, Payload, VoiceAnswer, parse_payload
from bot.dialogue.answers import is_one_of, number_in
from bot.dialogue.buttons import button_named_by, yes_no_words
from bot.dialogue.context import TurnContext
from bot.dialogue.flows.runner import (
    answer,
    ask,
    continue_or_menu,
    current_step,
    flow_still_valid,
    stale,
    start_service,
)
from bot.dialogue.flows.schema import AskStep
from bot.dialogue.handlers.fallback import did_you_mean, not_understood
from bot.dialogue.handlers.services import SERVICE_INTENTS, which_service
from bot.dialogue.handlers.voice import drop_voice
from bot.dialogue.router import Router
from bot.metrics import NLU_FALLBACKS
from nlu import ParseResult

SEARCH_SCORE_FOR_SERVICE = 90.0  # a catalog match this good counts when the NLU is unsure


async def read_text(ctx: TurnContext, router: Router, text: str) -> None:
    """Read and act on one typed message (or a confirmed voice transcript)."""
    if ctx.session.flow is not None and not await flow_still_valid(ctx):
        return
    if not text:
        ctx.say(msg("empty-message"))
        await continue_or_menu(ctx)
        return
    form = ctx.pending
    if form is not None and not text.startswith("/") and await router.dispatch_pending(ctx, form, text):
        return
    if text.startswith("/"):
        await press(ctx, router, parse_payload(text), text)
        return
    step = current_step(ctx)
    if (
        isinstance(step, AskStep)
        and step.input in ("number", "yes_no")
        and await typed_answer(ctx, step, text)
    ):
        return
    pressed = button_named_by(ctx, text)
    if pressed is not None:
        await press(ctx, router, parse_payload(pressed), pressed)
        return
    if await answer_in_context(ctx, text):
        return
    parse = await ctx.nlu.parse(text, ctx.locale)
    await act_on(ctx, router, parse, text)


async def answer_in_context(ctx: TurnContext, text: str) -> bool:
    """Seam: understand the message as an answer to the current question in context
    (``bot.dialogue.understand``), before the NLU reads it on its own. True if answered."""
    return False


async def typed_answer(ctx: TurnContext, step: AskStep, text: str) -> bool:
    """Validated free-text answers (a number, yes/no). False lets the NLU have a go."""
    if step.input == "yes_no":
        for word in ("yes", "no"):
            if is_one_of(text, yes_no_words(ctx, word)):
                await answer(ctx, step, word)
                return True
        return False
    value = number_in(text)
    if value is None:
        return False
    low = step.min if step.min is not None else float("-inf")
    high = step.max if step.max is not None else float("inf")
    if not low <= value <= high:
        ctx.say(msg("answer-out-of-range", low=step.min or 0, high=step.max or 0))
        await ask(ctx, step)
        return True
    await answer(ctx, step, str(int(value)) if value.is_integer() else str(value))
    return True


async def press(ctx: TurnContext, router: Router, value: Payload | None, text: str) -> None:
    """A button or command. Any other than a voice answer drops a transcript awaiting one;
    an intent payload nobody handles as a button is read as that intent."""
    if value is None:
        await stale(ctx)
        return
    if not isinstance(value, VoiceAnswer):
        await drop_voice(ctx)
    if await router.dispatch_payload(ctx, value):
        return
    if not isinstance(value, IntentPayload) or value.name not in ctx.intents:
        await stale(ctx)
        return
    entities: list[dict[str, Any]] = [
        {"entity": key, "value": data, "start": 0, "end": 0} for key, data in value.entities().items()
    ]
    parse = ParseResult.model_validate(
        {
            "text": text,
            "intent": {"name": value.name, "confidence": 1.0},
            "entities": entities,
            "intent_ranking": [{"name": value.name, "confidence": 1.0}],
            "language": ctx.locale,
        }
    )
    await act_on(ctx, router, parse, text)


async def act_on(ctx: TurnContext, router: Router, parse: ParseResult, text: str) -> None:
    """Dispatch an intent; when the NLU is unsure, try the catalog, then did-you-mean."""
    service_value = parse.first_value("service")
    service_id = str(service_value) if service_value is not None else None
    intent = parse.intent.name
    handler = router.find_intent(intent)
    if parse.fallback is not None or handler is None:
        NLU_FALLBACKS.labels(ctx.channel, ctx.locale, parse.fallback or "unknown_intent").inc()
        # The NLU is unsure; a plain service name the catalog knows well still counts.
        matches = await ctx.guides.search_services(text, ctx.locale, limit=1)
        if matches and matches[0].score >= SEARCH_SCORE_FOR_SERVICE and not text.startswith("/"):
            ctx.session.misses = 0
            await start_service(ctx, matches[0].service_id)
            return
        if parse.fallback == "ambiguous" and ctx.session.misses == 0:
            await did_you_mean(ctx, parse, service_id)
        else:
            await not_understood(ctx)
        return
    ctx.session.misses = 0
    services = list(dict.fromkeys(str(value) for value in parse.entity_values("service")))
    if len(services) > 1 and intent in SERVICE_INTENTS:
        await which_service(ctx, intent, services)
        return
    await handler(ctx, parse, service_id)
