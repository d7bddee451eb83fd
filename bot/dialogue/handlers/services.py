"""Services: start one, switch to another, look up part of its guide, follow up an application."""

from __future__ import annotations

from bot.core.messages import Button, Localized, Turn, msg
from bot.core.payloads import Intent, Lookup, Switch, format_payload
from bot.dialogue.context import TurnContext
from bot.dialogue.flows.runner import (
    continue_or_menu,
    current_service_id,
    questions_ahead,
    stale,
    start_service,
)
from bot.dialogue.in_context import situations_told
from bot.dialogue.present.lookup import lookup
from bot.dialogue.present.menu import human_button, menu, menu_button
from bot.dialogue.present.offices import nearest_offices
from bot.dialogue.router import Router
from nlu import ParseResult

router = Router("services")

LOOKUP_INTENTS = {"ask_materials": "materials", "ask_office": "offices", "ask_fee": "fees"}
SERVICE_INTENTS = ("ask_service", "ask_progress", *LOOKUP_INTENTS)  # intents about one service
LOOKUP_PARTS = ("materials", "offices", "fees", "online", "steps", "proxy")  # what a Lookup button asks


@router.intent("ask_service")
async def ask_service(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    if service_id is None or service_id not in ctx.flow_for_service:
        ctx.say(msg("which-service"))
        await menu(ctx)
        return
    await start_service(ctx, service_id, await situations_told(ctx, service_id, parse.text))


@router.payload(Switch)
async def switch(ctx: TurnContext, payload: Switch) -> None:
    """Yes, leave the service under way for another one."""
    if payload.service not in ctx.flow_for_service:
        await stale(ctx)
        return
    ctx.session.flow = None
    await start_service(ctx, payload.service)


@router.intent(*LOOKUP_INTENTS)
async def lookup_intent(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    service_id = service_id or current_service_id(ctx)
    service = await ctx.guides.get_service(service_id) if service_id else None
    if service is None:
        ctx.say(msg("which-service"))
        await menu(ctx)
        return
    what = LOOKUP_INTENTS[parse.intent.name]
    in_flow = current_service_id(ctx) == service_id
    told = await situations_told(ctx, service.id, parse.text)
    if what == "materials" and service.id in ctx.flow_for_service and (in_flow or ctx.session.flow is None):
        # "要带啥" before the questions that change the list: ask them first.
        state = ctx.session.flow if in_flow else None
        answers = {**told, **(state.answers if state else {})}
        count = questions_ahead(ctx.flow_for_service[service.id], answers, state.skipped if state else [])
        if count:
            ctx.say(msg("checklist-asks-first", count=count))
        if not in_flow:
            await start_service(ctx, service.id, told)
            return
        if count:
            await continue_or_menu(ctx)
            return
    await lookup(ctx, service, what)
    if told and ctx.session.flow is None:  # "补一张多少钱" told its situation: go on with it
        await start_service(ctx, service.id, told)
        return
    await continue_or_menu(ctx)


@router.payload(Lookup)
async def lookup_button(ctx: TurnContext, payload: Lookup) -> None:
    service = await ctx.guides.get_service(payload.service)
    if service is None or payload.what not in LOOKUP_PARTS:
        await stale(ctx)
        return
    await lookup(ctx, service, payload.what)
    await continue_or_menu(ctx)


@router.intent("ask_progress")
async def progress(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    service_id = service_id or current_service_id(ctx)
    service = await ctx.guides.get_service(service_id) if service_id else None
    if service is None:
        ctx.say(msg("progress-general", hotline=ctx.common.hotline))
        await menu(ctx)
        return
    told = await situations_told(ctx, service.id, parse.text)
    if told and ctx.session.flow is None:  # "我还没有社保卡，想办一张": not a follow-up after all
        await start_service(ctx, service.id, told)
        return
    ctx.say(msg("progress-howto", service=Localized(text=service.names)))
    await lookup(ctx, service, "online")
    await lookup(ctx, service, "offices")
    await continue_or_menu(ctx)


@router.media("location")
async def near(ctx: TurnContext, turn: Turn) -> None:
    """A shared location: the nearest offices (for the service under way, if any)."""
    assert turn.location is not None
    found = await ctx.guides.nearest_offices(*turn.location, current_service_id(ctx))
    ctx.say(*nearest_offices(found, ctx.common.hotline))
    await continue_or_menu(ctx)


async def which_service(ctx: TurnContext, intent: str, service_ids: list[str]) -> None:
    """The message names several services ("养老金资格认证"): ask which one is meant."""
    buttons = []
    for service_id in service_ids[:4]:
        service = await ctx.guides.get_service(service_id)
        if service is not None:
            label = msg("service-name", service=Localized(text=service.names))
            buttons.append(
                Button(label=label, payload=format_payload(Intent(name=intent, data={"service": service_id})))
            )
    ctx.say(msg("which-of-these"), buttons=[*buttons, menu_button(), human_button()])
