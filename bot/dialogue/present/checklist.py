"""The personal checklist: materials filtered by the answers, where, fees, time, proxy rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.core.messages import Localized, Msg, msg
from bot.dialogue.context import TurnContext
from bot.dialogue.present.proxy import agent_rules
from bot.guides import Material, Service
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


def _holds(when: dict[str, list[str]] | None, answers: Mapping[str, str]) -> bool:
    """Strictly: every condition answered and met. A question this path never asked (a branch
    passed it by) rules its items out, so a housebound pensioner is not told to bring a phone."""
    return all(answers.get(slot) in options for slot, options in (when or {}).items())


def _summary(service: Service, answers: Mapping[str, str]) -> Msg | None:
    """ "按您说的：丢了，16岁及以上" — what was understood, so a misreading can be corrected."""
    labels = [
        msg("plain", text=Localized(text=option.label))
        for situation in service.situations
        for option in situation.options
        if answers.get(situation.id) == option.id
    ]
    return msg("understood-summary", items=join(labels)) if labels else None


def _item(n: int, material: Material) -> list[Msg]:
    parts = [
        msg(
            "checklist-item",
            n=n,
            name=Localized(text=material.name),
            form=msg("form-" + material.form.value),
            copies=material.copies,
        )
    ]
    if material.note:
        parts.append(msg("checklist-note", note=Localized(text=material.note)))
    return parts


async def checklist(
    ctx: TurnContext, service: Service, answers: dict[str, str], *, skipped: Sequence[str] = ()
) -> None:
    """Say the checklist; the reply lists the material ids shown (``Reply.materials``).

    Materials that depend on a question the person skipped are listed apart, under "if …,
    also bring", one group per answer that would need them.
    """
    names = Localized(text=service.names)
    summary = _summary(service, answers)
    if summary is not None:
        ctx.say(summary)
    heading = "checklist-everyone" if skipped else "checklist-materials"
    parts = [msg("checklist-title", service=names), msg(heading)]
    known = [m for m in service.materials if not set(m.when or {}) & set(skipped) and _holds(m.when, answers)]
    for n, material in enumerate(known, 1):
        parts += _item(n, material)
    shown = [material.id for material in known]
    for situation in service.situations:
        if situation.id not in skipped:
            continue
        for option in situation.options:
            extra = [
                m
                for m in service.materials
                if m.id not in shown
                and option.id in (m.when or {}).get(situation.id, [])
                and _holds({k: v for k, v in (m.when or {}).items() if k not in skipped}, answers)
            ]
            if extra:
                parts.append(msg("checklist-if-also", condition=Localized(text=option.label)))
                for n, material in enumerate(extra, 1):
                    parts += _item(n, material)
                shown += [material.id for material in extra]
    parts.append(msg("checklist-where", places=join([msg("office-type-" + t.value) for t in service.where])))
    parts += fee_parts(service, answers)
    parts.append(msg("checklist-time", text=Localized(text=service.time_limit.text)))
    parts.append(msg("guide-proxy-" + service.proxy.allowed))
    if ctx.session.active_case is not None or ctx.session.on_behalf:  # for someone else: what to bring too
        rules, agent_materials = agent_rules(service, answers)
        if ctx.session.active_case is None:
            parts.append(msg("checklist-agent"))
        parts += rules
        shown += agent_materials
    parts.append(msg("guide-sample-notice"))
    ctx.say(*parts, kind="checklist", materials=shown)
