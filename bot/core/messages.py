"""What goes into the engine (a Turn) and what comes out (Replies), channel-neutral.

Replies carry message keys and arguments, not text: each channel renders them in the
user's language with :meth:`bot.i18n.Localizer.render`. Imports nothing of the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict


@dataclass(frozen=True)
class Turn:
    """One incoming message. ``text`` is free text or a button payload (``/intent{...}``)."""

    sender: str  # channel-qualified: "telegram:123", "web:abc", "console:local"
    channel: str
    text: str = ""
    locale_hint: str | None = None  # e.g. Telegram's language_code or ?lang= — a hint only
    location: tuple[float, float] | None = None  # a shared (lat, lon): find the nearest office
    media: Literal["photo", "sticker", "document", "video", "audio", "voice", "other"] | None = None
    audio: bytes | None = None  # a voice message's recording (any format ffmpeg reads)


class Localized(BaseModel):
    """A catalog text in several locales (``{locale: text}``), picked at render time."""

    model_config = ConfigDict(frozen=True)

    text: dict[str, str]


class Msg(BaseModel):
    """A Fluent message key with arguments; arguments may be messages or catalog texts."""

    model_config = ConfigDict(frozen=True)

    key: str
    args: dict[str, str | int | float | Msg | Localized] = {}


def msg(key: str, **args: str | int | float | Msg | Localized | dict[str, str]) -> Msg:
    """Shorthand: ``msg("guide-fee-item", label=fee.label, amount=20)``; dicts become Localized."""
    return Msg(key=key, args={k: Localized(text=v) if isinstance(v, dict) else v for k, v in args.items()})


class Button(BaseModel):
    model_config = ConfigDict(frozen=True)

    label: Msg
    payload: str


class Reply(BaseModel):
    model_config = ConfigDict(frozen=True)

    parts: list[Msg]  # rendered one per line
    buttons: list[Button] = []
    kind: Literal["text", "checklist"] = "text"
    speak: bool = False  # read aloud (elderly mode)
    locale: str = "zh-Hans"  # the language to render it in, set by the engine
    materials: list[str] = []  # catalog material ids a checklist lists, in order (for tests and cards)
