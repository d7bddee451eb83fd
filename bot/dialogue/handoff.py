"""Handing a conversation to a person: record the request, say how to reach one."""

from __future__ import annotations

import logging

from bot.core.messages import Localized, msg
from bot.dialogue.context import TurnContext
from bot.dialogue.present.menu import menu_button
from bot.handoffs import Handoff, HandoffReason
from bot.metrics import HANDOFFS

log = logging.getLogger(__name__)


async def hand_off(
    ctx: TurnContext,
    reason: HandoffReason,
    service_id: str | None,
    *,
    audio_ref: str | None = None,
    lead: str | None = None,
) -> None:
    """Record a request for a person (with the user's recording, if any) and say how to reach one."""
    offices = await ctx.guides.offices(region=ctx.session.place, service_id=service_id) if service_id else []
    parts = [msg(lead)] if lead else []
    parts.append(msg("handoff-hotline", hotline=ctx.common.hotline))
    if offices:
        parts.append(msg("handoff-office", office=Localized(text=offices[0].names), phone=offices[0].phone))
    record_id = None
    HANDOFFS.labels(ctx.channel, reason.value).inc()
    if ctx.handoffs is not None:
        record = await ctx.handoffs.create(
            Handoff(
                sender=ctx.session.sender,
                channel=ctx.session.sender.split(":", 1)[0],
                reason=reason,
                service_id=service_id,
                locale=ctx.locale,
                summary=f"{reason.value} {service_id or ''}".strip(),
                audio_ref=audio_ref,
            )
        )
        record_id = record.id
        parts.append(msg("handoff-recorded", reference=record.id[:8].upper()))
    log.info("handoff %s (%s, service %s)", record_id, reason.value, service_id)
    ctx.say(*parts, buttons=[menu_button()], speak=audio_ref is not None)
