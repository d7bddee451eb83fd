"""Which of the buttons last shown a typed message points at: by number, yes/no word or label."""

from __future__ import annotations

from bot.core.messages import Button
from bot.core.payloads import parse_payload
from bot.dialogue.answers import best_label, is_one_of, ordinal
from bot.dialogue.context import TurnContext
from bot.sessions import Session

YES_PAYLOADS = ("affirm", "switch")  # buttons a yes-word presses
NO_PAYLOADS = ("deny", "stay")


def last_buttons(session: Session) -> list[Button]:
    for raw in reversed(session.last_replies):
        buttons = raw.get("buttons") or []
        if buttons:
            return [Button.model_validate(button) for button in buttons]
    return []


def yes_no_words(ctx: TurnContext, value: str) -> list[str]:
    """The locale's words for yes (or no), and English ones, which people mix in everywhere."""
    words = ctx.common.yes_words if value == "yes" else ctx.common.no_words
    return words.get(ctx.locale, []) + words.get("en", [])


def button_named_by(ctx: TurnContext, text: str, *, by_label: bool = True) -> str | None:
    """The payload of the button the text points at: by number, yes/no word or (``by_label``) label."""
    buttons = last_buttons(ctx.session)
    if not buttons:
        return None
    number = ordinal(text)
    if number is not None:
        return buttons[number - 1].payload if 1 <= number <= len(buttons) else None
    for value, names in (("yes", YES_PAYLOADS), ("no", NO_PAYLOADS)):
        if is_one_of(text, yes_no_words(ctx, value)):
            for button in buttons:
                parsed = parse_payload(button.payload)
                if parsed and (parsed.name in names or getattr(parsed, "value", None) == value):
                    return button.payload
    if not by_label:
        return None
    index = best_label(text, [ctx.i18n.render(button.label, ctx.locale) for button in buttons])
    return None if index is None else buttons[index].payload
