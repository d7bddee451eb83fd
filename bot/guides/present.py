"""Guide content as messages (``bot.core.messages.Msg``), shared by the engine and the terminal view."""

from __future__ import annotations

from bot.core.messages import Localized, Msg, msg
from bot.guides.models import Office

WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def join(parts: list[Msg], key: str = "list-join") -> Msg:
    """Several messages as one argument, separated the locale's way."""
    if not parts:
        return msg("plain", text="")
    joined = parts[0]
    for part in parts[1:]:
        joined = msg(key, a=joined, b=part)
    return joined


def days(names: list[str]) -> Msg:
    """``mon..fri`` as "周一至周五" / "Mon–Fri"; days that are not a run are listed."""
    positions = [WEEK.index(day) for day in names]
    if len(names) > 2 and positions == list(range(positions[0], positions[0] + len(names))):
        return msg("weekday-range", first=msg("weekday-" + names[0]), last=msg("weekday-" + names[-1]))
    return join([msg("weekday-" + day) for day in names], "list-join-short")


def office_card(office: Office) -> list[Msg]:
    hours = join(
        [msg("office-period", days=days(list(p.days)), open=p.open, close=p.close) for p in office.hours]
    )
    card = [
        msg(
            "office-card",
            name=Localized(text=office.names),
            address=Localized(text=office.address),
            hours=hours,
            phone=office.phone,
        )
    ]
    if office.hours_note:
        card.append(msg("checklist-note", note=Localized(text=office.hours_note)))
    return card
