"""Button payloads and typed commands as typed models, on the wire as today.

The wire format is Rasa's: ``/name`` or ``/name{"key": value}`` (JSON object of scalars),
plus typed commands ``/name argument`` (``/join ABCD2345``, ``/note text``) read as
``{"arg": ...}``. Clients, tests and old messages' buttons send those strings, so
:func:`format_payload` writes exactly the keys a payload was built with and
:func:`parse_payload` reads them as leniently as the untyped code did: a field that is not
what was expected reads as its default, and the handler decides (usually "stale button").

Names the models do not know are intent payloads (``/greet``, ``/ask_fee{"service": …}``):
:class:`Intent` keeps their data as entities, so any intent can be a button.
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, TypeAdapter, ValidationError

Scalar = str | int | float | bool

_PAYLOAD = re.compile(r"^/([a-z_]{1,40})(\{.*\})?$", re.DOTALL)
_COMMAND = re.compile(r"^/([a-z_]{1,40})\s+(\S.{0,499})$", re.DOTALL)  # "/join ABCD2345", "/note text"


def _as_text(value: object) -> object:
    """Scalars read as text, as ``str(data.get(...))`` did; anything else fails validation."""
    return str(value) if isinstance(value, int | float) else value


def _as_optional_text(value: object) -> object:
    return None if value is None else _as_text(value)


def _is_true(value: object) -> bool:
    """Only JSON ``true`` confirms: a destructive button must say so exactly."""
    return value is True


Text = Annotated[str, BeforeValidator(_as_text)]
OptionalText = Annotated[str | None, BeforeValidator(_as_optional_text)]
Confirmed = Annotated[bool, BeforeValidator(_is_true)]


class _Payload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


# -- flows and navigation -----------------------------------------------------------------


class _QuestionButton(_Payload):
    """A button of one flow question: stale unless ``flow``/``step`` are the question asked now."""

    flow: Text = ""
    step: Text = ""


class Choose(_QuestionButton):
    """An answer button of a flow question."""

    name: Literal["choose"] = "choose"
    value: Text = ""


class Switch(_Payload):
    """Yes, leave the current service for ``service``."""

    name: Literal["switch"] = "switch"
    service: Text = ""


class Stay(_Payload):
    """Carry on where I was (the current question, or the menu)."""

    name: Literal["stay"] = "stay"


def _page(value: object) -> int:
    return 1 if value == 1 else 0  # two pages: anything but the second is the first


class Menu(_Payload):
    name: Literal["menu"] = "menu"
    page: Annotated[int, BeforeValidator(_page)] = 0


class Lookup(_Payload):
    """One part of a service's guide (``what``: materials, offices, fees, online, steps, proxy)."""

    name: Literal["lookup"] = "lookup"
    service: Text = ""
    what: Text = ""


class SkipQuestion(_QuestionButton):
    """ "I don't know, skip it": go on without answering the flow question ``step``."""

    name: Literal["skip_question"] = "skip_question"


class VoiceAnswer(_Payload):
    """Yes or no to a voice transcript read back."""

    name: Literal["voice"] = "voice"
    value: Text = ""


# -- casework (proxy agents) and privacy ----------------------------------------------------


class Join(_Payload):
    name: Literal["join"] = "join"
    arg: Text = ""  # typed: /join CODE
    code: Text = ""


class Cases(_Payload):
    name: Literal["cases"] = "cases"


class OpenCase(_Payload):
    name: Literal["case"] = "case"
    id: Text = ""


class NewCase(_Payload):
    name: Literal["newcase"] = "newcase"


class NewCaseConsent(_Payload):
    name: Literal["newcase_consent"] = "newcase_consent"
    value: Text = ""


class CancelForm(_Payload):
    name: Literal["cancel_form"] = "cancel_form"


class Skip(_Payload):
    name: Literal["skip"] = "skip"


class SetCaseStatus(_Payload):
    name: Literal["case_status"] = "case_status"
    id: Text = ""
    status: Text = ""


class Note(_Payload):
    name: Literal["note"] = "note"
    id: Text = ""
    arg: Text = ""  # typed: /note text
    text: Text = ""


class CloseCase(_Payload):
    name: Literal["close_case"] = "close_case"
    id: Text = ""
    confirm: Confirmed = False


class LeaveCase(_Payload):
    name: Literal["leave_case"] = "leave_case"


class Forget(_Payload):
    name: Literal["forget"] = "forget"
    confirm: Confirmed = False


# -- intents as buttons ---------------------------------------------------------------------


class IntentPayload(_Payload):
    """A payload that means an intent: dispatched like the NLU's reading of a message."""

    def entities(self) -> dict[str, Scalar]:
        return {k: v for k, v in self.model_dump(exclude={"name"}).items() if v is not None}


class AskService(IntentPayload):
    name: Literal["ask_service"] = "ask_service"
    service: OptionalText = None


def _language(value: object) -> object:
    return value if isinstance(value, str) else None  # only a language code picks a language


class SetLanguage(IntentPayload):
    name: Literal["set_language"] = "set_language"
    language: Annotated[str | None, BeforeValidator(_language)] = None


def _not_false(value: object) -> bool:
    return value is not False  # only an explicit ``false`` turns elderly mode off


class ElderMode(IntentPayload):
    name: Literal["elder_mode"] = "elder_mode"
    on: Annotated[bool, BeforeValidator(_not_false)] = True

    def entities(self) -> dict[str, Scalar]:
        return {"on": False} if not self.on else {}


class Intent(IntentPayload):
    """Any other intent (``/greet``, ``/human``, ``/ask_fee{"service": "id_card"}``)."""

    name: str
    data: dict[str, Scalar] = {}

    def entities(self) -> dict[str, Scalar]:
        return dict(self.data)


Known = Annotated[
    Choose
    | Switch
    | Stay
    | Menu
    | Lookup
    | SkipQuestion
    | VoiceAnswer
    | Join
    | Cases
    | OpenCase
    | NewCase
    | NewCaseConsent
    | CancelForm
    | Skip
    | SetCaseStatus
    | Note
    | CloseCase
    | LeaveCase
    | Forget
    | AskService
    | SetLanguage
    | ElderMode,
    Field(discriminator="name"),
]
Payload = Known | Intent
_KNOWN: TypeAdapter[Known] = TypeAdapter(Known)
_KNOWN_NAMES = frozenset(
    model.model_fields["name"].default
    for model in (
        Choose, Switch, Stay, Menu, Lookup, SkipQuestion, VoiceAnswer, Join, Cases, OpenCase, NewCase,
        NewCaseConsent, CancelForm, Skip, SetCaseStatus, Note, CloseCase, LeaveCase, Forget, AskService,
        SetLanguage, ElderMode,
    )
)  # fmt: skip


def split_payload(text: str) -> tuple[str, dict[str, Scalar]] | None:
    """The wire shape: ``/name`` or ``/name{"key": value}`` (Rasa's shape), or a typed command
    ``/name argument`` (the argument as ``{"arg": ...}``); None if malformed."""
    command = _COMMAND.match(text.strip())
    if command is not None and not command.group(2).startswith("{"):
        return command.group(1), {"arg": command.group(2).strip()}
    match = _PAYLOAD.match(text.strip())
    if match is None:
        return None
    data: dict[str, Any] = {}
    if match.group(2):
        try:
            loaded = json.loads(match.group(2))
        except ValueError:
            return None
        if not isinstance(loaded, dict) or not all(isinstance(value, Scalar) for value in loaded.values()):
            return None
        data = loaded
    return match.group(1), data


def parse_payload(text: str) -> Payload | None:
    """The typed payload of a button or command; None if malformed."""
    split = split_payload(text)
    if split is None:
        return None
    name, data = split
    if name not in _KNOWN_NAMES:
        return Intent(name=name, data=data)
    try:
        return _KNOWN.validate_python({**data, "name": name})
    except ValidationError:
        return None


def payload(name: str, **data: Scalar) -> str:
    """The wire form of a payload given by name and data (the sorted-key JSON clients know)."""
    return f"/{name}" + (json.dumps(data, ensure_ascii=False, sort_keys=True) if data else "")


def format_payload(value: Payload) -> str:
    """The wire form of a typed payload: only the fields it was built with, so ``Menu()`` is
    ``/menu`` and ``Menu(page=0)`` is ``/menu{"page": 0}``, as the buttons always were."""
    if isinstance(value, Intent):
        return payload(value.name, **value.data)
    data = value.model_dump(mode="json", include=value.model_fields_set - {"name"})
    return payload(value.name, **data)
