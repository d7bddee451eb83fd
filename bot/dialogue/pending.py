"""Typed forms awaiting the user's next message, stored in ``Session.pending``.

The session keeps them as plain JSON (``{"kind": ...}``) so stored sessions stay readable
by the stores; the dialogue reads and writes them only through these models
(:attr:`bot.dialogue.context.TurnContext.pending`).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError


class NewCaseForm(BaseModel):
    """A proxy agent opening a case: name, village, consent, then an optional phone."""

    model_config = ConfigDict(extra="ignore")

    kind: Literal["newcase"] = "newcase"
    step: Literal["name", "village", "consent", "phone"] = "name"
    name: str = ""  # masked already
    village: str = ""


class VoiceReadBack(BaseModel):
    """A transcript read back and awaiting yes or no (or, with no text, a voice retry)."""

    model_config = ConfigDict(extra="ignore")

    kind: Literal["voice"] = "voice"
    text: str | None = None
    misses: int = 0
    clip: str | None = None  # the recording kept for a handoff, until confirmed or dropped


Pending = Annotated[NewCaseForm | VoiceReadBack, Field(discriminator="kind")]
_PENDING: TypeAdapter[Pending] = TypeAdapter(Pending)


def read_pending(raw: dict[str, Any] | None) -> Pending | None:
    """The typed form in ``Session.pending``; an unknown or broken one reads as none."""
    if not raw:
        return None
    try:
        return _PENDING.validate_python(raw)
    except ValidationError:
        return None


def dump_pending(form: Pending | None) -> dict[str, Any] | None:
    return None if form is None else form.model_dump(mode="json")
