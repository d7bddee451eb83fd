"""Proxy rules: who may apply for someone else, and what an agent must bring and may do."""

from __future__ import annotations

from bot.core.messages import Localized, Msg, msg
from bot.guides import Service
from bot.guides.queries import applies


def agent_rules(service: Service, answers: dict[str, str]) -> tuple[list[Msg], list[str]]:
    """What a proxy agent must know (in person or not, what to bring, what they can do), and
    the ids of the materials it lists."""
    proxy = service.proxy
    shown: list[str] = []
    if proxy.allowed == "no":
        parts = [msg("proxy-in-person", note=Localized(text=proxy.note))]
    else:
        bring = [m for m in proxy.agent_materials if applies(m.when, answers)]
        shown = [m.id for m in bring]
        parts = [msg("proxy-agent-bring"), *(msg("bullet", text=Localized(text=m.name)) for m in bring)]
    if proxy.agent_can_do:
        parts.append(msg("proxy-agent-can-do"))
        parts += [msg("bullet", text=Localized(text=item)) for item in proxy.agent_can_do]
    return parts, shown


def public_rules(service: Service, answers: dict[str, str]) -> list[Msg]:
    """Whether someone else may apply, for anyone asking (the ``proxy`` lookup)."""
    proxy = service.proxy
    parts = [
        msg("guide-proxy-" + proxy.allowed),
        msg("checklist-note", note=Localized(text=proxy.note)),
    ]
    if proxy.agent_materials:
        parts.append(msg("guide-proxy-bring"))
        parts += [
            msg("bullet", text=Localized(text=m.name))
            for m in proxy.agent_materials
            if applies(m.when, answers)
        ]
    return parts
