"""Reading a typed message: THE order in which its possible meanings are tried.

1. an answer to a form awaiting one (``Session.pending``: the new-case form, a voice
   transcript read back) — typed text only, never a command;
2. a button payload or typed command (``/choose{…}``, ``/join CODE``);
3. a typed answer to a number or yes/no question;
4. a button of the last reply named by its number or a yes/no word;
5. a service the catalog does not cover (营业执照): said so, with the hotline;
6. a reply to the current question understood in context (:mod:`bot.dialogue.in_context`):
   an answer in the person's words, a correction, "not sure", "skip", "I don't understand";
7. a button named by its label;
8. an explicit phrase for an action with side effects (字太小了, 删除我的信息);
9. the NLU's reading of the message on its own, dispatched by intent. Side-effect intents are
   never taken from it alone; a message it cannot place re-asks the pending question simply.

Before 3, every message is also searched for who the errand is for and the place named.

The first that applies wins. Payloads and intents are dispatched here too, since a button
can stand for an intent (``/help``) and a typed "1" for a button.
"""

from __future__ import annotations

from typing import Any

from bot.core.messages import Localized, msg
from bot.core.payloads import IntentPayload, Payload, Scalar, VoiceAnswer, parse_payload
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
from bot.dialogue.in_context import (
    answer_aside,
    answer_in_context,
    note_person_and_place,
    say_simpler,
    situations_told,
)
from bot.dialogue.router import Router
from bot.metrics import NLU_FALLBACKS
from nlu import ParseResult

SEARCH_SCORE_FOR_SERVICE = 90.0  # a catalog match this good counts when the NLU is unsure
CLEAR_LEAD = 5.0  # search points by which one named service must beat another to be the one meant
# Intents that change or erase something: never taken from a guess of the NLU.
SIDE_EFFECT_INTENTS = ("elder_mode", "forget", "restart", "set_language")


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
    await note_person_and_place(ctx, text)
    step = current_step(ctx)
    if (
        isinstance(step, AskStep)
        and step.input in ("number", "yes_no")
        and await typed_answer(ctx, step, text)
    ):
        return
    pressed = button_named_by(ctx, text, by_label=False)
    if pressed is not None:
        await press(ctx, router, parse_payload(pressed), pressed)
        return
    if await not_covered(ctx, text):
        return
    if await answer_in_context(ctx, text) or await answer_aside(ctx, text):
        return
    pressed = button_named_by(ctx, text)
    if pressed is not None:
        await press(ctx, router, parse_payload(pressed), pressed)
        return
    explicit = next(
        (i for i in SIDE_EFFECT_INTENTS if ctx.understanding.vocabulary.explicitly(i, text, ctx.locale)), None
    )
    if explicit is not None:
        await act_on(ctx, router, _parse_of(explicit, text, ctx.locale, {}), text)
        return
    parse = await ctx.nlu.parse(text, ctx.locale)
    await act_on(ctx, router, parse, text)


async def not_covered(ctx: TurnContext, text: str) -> bool:
    """A service people ask for that the catalog does not have (营业执照): say so, and where to ask."""
    service = ctx.understanding.vocabulary.not_covered_service(text, ctx.locale)
    if service is None:
        return False
    ctx.say(msg("service-not-covered", name=Localized(text=service.names), hotline=ctx.common.hotline))
    await continue_or_menu(ctx)
    return True


def _parse_of(intent: str, text: str, locale: str, data: dict[str, Scalar]) -> ParseResult:
    """A sure reading of ``text`` as ``intent`` (a button, a command, an explicit phrase)."""
    entities: list[dict[str, Any]] = [
        {"entity": key, "value": value, "start": 0, "end": 0} for key, value in data.items()
    ]
    return ParseResult.model_validate(
        {
            "text": text,
            "intent": {"name": intent, "confidence": 1.0},
            "entities": entities,
            "intent_ranking": [{"name": intent, "confidence": 1.0}],
            "language": locale,
        }
    )


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
    parse = _parse_of(value.name, text, ctx.locale, value.entities())
    await act_on(ctx, router, parse, text)


async def act_on(ctx: TurnContext, router: Router, parse: ParseResult, text: str) -> None:
    """Dispatch an intent; when the NLU is unsure, try the catalog, then did-you-mean."""
    service_value = parse.first_value("service")
    service_id = str(service_value) if service_value is not None else None
    intent = parse.intent.name
    handler = router.find_intent(intent)
    if handler is not None and intent in SIDE_EFFECT_INTENTS and not _sure_of(parse):
        handler = None  # "腿脚不好" is no reason to change the page; "字太小了" is
    if parse.fallback is not None or handler is None:
        NLU_FALLBACKS.labels(ctx.channel, ctx.locale, parse.fallback or "unknown_intent").inc()
        # The NLU is unsure; a plain service name the catalog knows well still counts.
        matches = await ctx.guides.search_services(text, ctx.locale, limit=1)
        if matches and matches[0].score >= SEARCH_SCORE_FOR_SERVICE and not text.startswith("/"):
            ctx.session.misses = 0
            found = matches[0].service_id
            await start_service(ctx, found, await situations_told(ctx, found, text))
            return
        told = await situations_told(ctx, service_id, text) if service_id is not None else {}
        if service_id is not None and told and ctx.session.flow is None:
            ctx.session.misses = 0  # "俺得了大病 看不起": a service and its situation, however said
            await start_service(ctx, service_id, told)
            return
        step = current_step(ctx)
        if isinstance(step, AskStep):  # keep the place: the question again, in simpler words
            await say_simpler(ctx, step)
        elif parse.fallback == "ambiguous" and ctx.session.misses == 0:
            await did_you_mean(ctx, parse, service_id)
        else:
            await not_understood(ctx)
        return
    ctx.session.misses = 0
    services = list(dict.fromkeys(str(value) for value in parse.entity_values("service")))
    if len(services) > 1 and intent in SERVICE_INTENTS:
        chosen = await _one_service_meant(ctx, parse, services, text)
        if chosen is None:
            await which_service(ctx, intent, services)
            return
        service_id = chosen
        parse = parse.model_copy(
            update={"entities": [e for e in parse.entities if e.entity != "service" or e.value == service_id]}
        )
    await handler(ctx, parse, service_id)


async def _one_service_meant(
    ctx: TurnContext, parse: ParseResult, services: list[str], text: str
) -> str | None:
    """Of several services a message names, the one it is about, if that is clear: the one whose
    situations it tells ("住院花了八千" is a reimbursement), else the one named by the longer
    words ("养老金资格认证" is the certification), else the one the catalog's names fit best."""
    told = {service: len(await situations_told(ctx, service, text)) for service in services}
    most = max(told.values())
    if most and list(told.values()).count(most) == 1:
        return max(told, key=told.__getitem__)
    spans: dict[str, int] = {}
    for entity in parse.entities:
        if entity.entity == "service":
            spans[str(entity.value)] = max(spans.get(str(entity.value), 0), entity.end - entity.start)
    longest = max(spans.values(), default=0)
    if longest and list(spans.values()).count(longest) == 1:
        return max(spans, key=spans.__getitem__)
    matches = [
        m for m in await ctx.guides.search_services(text, ctx.locale, limit=5) if m.service_id in services
    ]
    if matches and (len(matches) == 1 or matches[0].score - matches[1].score >= CLEAR_LEAD):
        return matches[0].service_id
    return None


def _sure_of(parse: ParseResult) -> bool:
    """A side-effect intent needs a button, a command or an explicit phrase (confidence 1.0), or,
    for a language, the language named."""
    return parse.intent.confidence >= 1.0 or (
        parse.intent.name == "set_language" and parse.first_value("language") is not None
    )
