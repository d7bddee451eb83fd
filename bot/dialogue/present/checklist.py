"""The personal checklist: materials filtered by the answers, where, fees, time, proxy rules."""

from __future__ import annotations

from bot.core.messages import Localized, Msg, msg
from bot.dialogue.context import TurnContext
from bot.dialogue.present.proxy import agent_rules
from bot.guides import Service
from bot.guides.present import join
from bot.guides.queries import applies


def fee_parts(service: Service, answers: dict[str, str]) -> list[Msg]:
    fees = [
        msg("guide-fee-item", label=Localized(text=fee.label), amount=fee.amount_yuan)
        for fee in service.fees
        if applies(fee.when, answers)
    ]
    parts = [msg("checklist-fees"), *fees] if fees else [msg("checklist-free")]
    if service.fee_note:
        parts.append(msg("checklist-note", note=Localized(text=service.fee_note)))
    return parts


async def checklist(ctx: TurnContext, service: Service, answers: dict[str, str]) -> None:
    """Say the checklist; the reply lists the material ids shown (``Reply.materials``)."""
    names = Localized(text=service.names)
    parts = [msg("checklist-title", service=names), msg("checklist-materials")]
    materials = await ctx.guides.materials(service.id, answers)
    for n, material in enumerate(materials, 1):
        parts.append(
            msg(
                "checklist-item",
                n=n,
                name=Localized(text=material.name),
                form=msg("form-" + material.form.value),
                copies=material.copies,
            )
        )
        if material.note:
            parts.append(msg("checklist-note", note=Localized(text=material.note)))
    shown = [material.id for material in materials]
    parts.append(msg("checklist-where", places=join([msg("office-type-" + t.value) for t in service.where])))
    parts += fee_parts(service, answers)
    parts.append(msg("checklist-time", text=Localized(text=service.time_limit.text)))
    parts.append(msg("guide-proxy-" + service.proxy.allowed))
    if ctx.session.active_case is not None:  # a proxy agent: what they must bring too
        rules, agent_materials = agent_rules(service, answers)
        parts += rules
        shown += agent_materials
    parts.append(msg("guide-sample-notice"))
    ctx.say(*parts, kind="checklist", materials=shown)
