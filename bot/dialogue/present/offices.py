"""Offices as messages: cards for a service's offices, and the nearest ones to a place."""

from __future__ import annotations

from bot.core.messages import Localized, Msg, msg
from bot.guides.models import Office
from bot.guides.present import office_card


def service_offices(names: Localized, offices: list[Office], hotline: str) -> list[Msg]:
    parts = [msg("lookup-offices", service=names), *(part for o in offices for part in office_card(o))]
    if not offices:
        parts.append(msg("lookup-no-office", hotline=hotline))
    return parts


def nearest_offices(found: list[tuple[Office, float]], hotline: str) -> list[Msg]:
    parts = [msg("nearest-offices")]
    for office, km in found:
        parts += office_card(office)
        parts.append(msg("distance", km=round(km, 1)))
    if not found:
        parts.append(msg("lookup-no-office", hotline=hotline))
    return parts
