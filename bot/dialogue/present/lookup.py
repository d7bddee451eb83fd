"""One part of a service's guide on request: materials, offices, fees, online, time, steps, proxy."""

from __future__ import annotations

from typing import Literal

from bot.core.messages import Localized, Msg, msg
from bot.dialogue.context import TurnContext
from bot.dialogue.present.checklist import checklist, fee_parts
from bot.dialogue.present.offices import service_offices
from bot.dialogue.present.proxy import public_rules
from bot.guides import Service

Part = Literal["materials", "offices", "fees", "online", "time_limit", "steps", "proxy"]
PARTS: tuple[Part, ...] = ("materials", "offices", "fees", "online", "time_limit", "steps", "proxy")


async def lookup(ctx: TurnContext, service: Service, what: str) -> None:
    state = ctx.session.flow
    answers = state.answers if state else {}
    names = Localized(text=service.names)
    parts: list[Msg]
    if what == "materials":
        # Questions not answered yet: what each answer would add is listed apart.
        skipped = [s.id for s in service.situations if s.id not in answers]
        await checklist(ctx, service, answers, skipped=skipped)
        return
    if what == "offices":
        offices = (await ctx.guides.offices(region=ctx.session.place, service_id=service.id))[:3]
        if not offices and ctx.session.place is not None:
            offices = (await ctx.guides.offices(service_id=service.id))[:3]
        parts = service_offices(names, offices, ctx.common.hotline)
    elif what == "fees":
        parts = [msg("lookup-fees", service=names), *fee_parts(service, answers)]
    elif what == "online":
        parts = [msg("lookup-online", service=names)]
        parts += [msg("online-channel", name=Localized(text=c.name), url=c.url or "") for c in service.online]
        if not service.online:
            parts.append(msg("guide-online-none"))
    elif what == "time_limit":
        parts = [msg("checklist-time", text=Localized(text=service.time_limit.text))]
    elif what == "steps":
        steps = await ctx.guides.steps(service.id, answers)
        parts = [msg("lookup-steps", service=names)]
        parts += [msg("step-item", n=n, text=Localized(text=s.text)) for n, s in enumerate(steps, 1)]
    else:
        parts = public_rules(service, answers)
    ctx.say(*parts)
