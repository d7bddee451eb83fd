"""The conversation test-case format (DESIGN.md §3.7), as strict pydantic models.

A case file is ``test_cases: [...]``; each case has an id unique across all files, an
optional locale and channel, and a list of steps. A step is a mapping with exactly one key:
what the person does (``user``, ``button``) or what must hold after that turn (the rest).

Strict on purpose: a misspelt key (``slot_was_sett``) would otherwise make an assertion
silently vanish and a case pass that checks nothing, so every unknown key is an error that
names the file, the case and the step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any, ClassVar

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    PrivateAttr,
    Tag,
    ValidationError,
    field_validator,
)

CaseId = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", max_length=120)]
Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=80)]  # slot, material id
MessageKey = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$", max_length=120)]
LocaleCode = Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {exc}") from None
    return pattern


Regex = Annotated[str, AfterValidator(_compiles)]


class UserStep(_Strict):
    """What the person types (sent as the turn's text, in the case's locale as hint)."""

    user: str


class ButtonStep(_Strict):
    """Press the button of the previous turn whose rendered label matches this regex."""

    button: Regex


def _slot_value(value: object) -> str:
    # YAML reads `yes`/`no`/`on` as booleans: refuse rather than guess which word was meant.
    if isinstance(value, bool):
        raise ValueError("a slot value must be a string; quote yes/no/on/off, e.g. 'yes'")
    if isinstance(value, int | float | str):
        return str(value)
    raise ValueError(f"a slot value must be a string, not {type(value).__name__}")


class SlotWasSetStep(_Strict):
    """After the last turn the flow's answers contain these slot values."""

    slot_was_set: Annotated[dict[Name, str], Field(min_length=1)]

    @field_validator("slot_was_set", mode="before")
    @classmethod
    def _values(cls, value: Any) -> Any:
        if isinstance(value, dict):
            return {key: _slot_value(item) for key, item in value.items()}
        return value


class AsksStep(_Strict):
    """The bot's pending question is this slot (``null``: no pending question)."""

    asks: Name | None


class NotAsksStep(_Strict):
    not_asks: Name


class ChecklistIncludesStep(_Strict):
    """Material ids the checklist shown in the last turn lists."""

    checklist_includes: Annotated[list[Name], Field(min_length=1)]


class ChecklistExcludesStep(_Strict):
    checklist_excludes: Annotated[list[Name], Field(min_length=1)]


class BotStep(_Strict):
    """A regex that some reply text of the last turn matches (``re.search``)."""

    bot: Regex


class NotBotStep(_Strict):
    """A regex that no reply text of the last turn matches."""

    not_bot: Regex


class UtterStep(_Strict):
    """A message key emitted in the last turn (anywhere in a reply's parts, nested too)."""

    utter: MessageKey


class NotUtterStep(_Strict):
    not_utter: MessageKey


STEP_KINDS: dict[str, type[_Strict]] = {
    "user": UserStep,
    "button": ButtonStep,
    "slot_was_set": SlotWasSetStep,
    "asks": AsksStep,
    "not_asks": NotAsksStep,
    "checklist_includes": ChecklistIncludesStep,
    "checklist_excludes": ChecklistExcludesStep,
    "bot": BotStep,
    "not_bot": NotBotStep,
    "utter": UtterStep,
    "not_utter": NotUtterStep,
}
ACTIONS = ("user", "button")


def step_kind(value: Any) -> str | None:
    """The one key of a step mapping; None (a clear error) for anything else."""
    if isinstance(value, BaseModel):
        return next(iter(type(value).model_fields))
    if isinstance(value, dict) and len(value) == 1:
        key = next(iter(value))
        return key if key in STEP_KINDS else None
    return None


Step = Annotated[
    Annotated[UserStep, Tag("user")]
    | Annotated[ButtonStep, Tag("button")]
    | Annotated[SlotWasSetStep, Tag("slot_was_set")]
    | Annotated[AsksStep, Tag("asks")]
    | Annotated[NotAsksStep, Tag("not_asks")]
    | Annotated[ChecklistIncludesStep, Tag("checklist_includes")]
    | Annotated[ChecklistExcludesStep, Tag("checklist_excludes")]
    | Annotated[BotStep, Tag("bot")]
    | Annotated[NotBotStep, Tag("not_bot")]
    | Annotated[UtterStep, Tag("utter")]
    | Annotated[NotUtterStep, Tag("not_utter")],
    Discriminator(
        step_kind,
        custom_error_type="step_kind",
        custom_error_message="a step is a mapping with exactly one key, one of: " + ", ".join(STEP_KINDS),
    ),
]


class TestCase(_Strict):
    """One conversation: an id, the locale and channel it is played in, and its steps."""

    __test__: ClassVar[bool] = False  # not a pytest test class, despite the name

    test_case: CaseId
    locale: LocaleCode | None = None
    channel: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")] | None = None
    steps: Annotated[list[Step], Field(min_length=1)]
    _file: Path | None = PrivateAttr(default=None)  # not a key of the format

    @property
    def file(self) -> Path | None:
        """The case file it was read from (set by :func:`load_cases`)."""
        return self._file

    @field_validator("steps")
    @classmethod
    def _starts_with_an_action(cls, steps: list[Step]) -> list[Step]:
        # An assertion refers to the turn before it, and a button to the buttons it showed.
        first = step_kind(steps[0])
        if first != "user":
            raise ValueError(f"steps[0] is '{first}': a case starts with a `user` step")
        return steps


class CaseFile(_Strict):
    test_cases: Annotated[list[TestCase], Field(min_length=1)]


class CaseFileError(Exception):
    """Every problem found in the case files, one line each (file: case: step: reason)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def case_files(paths: Iterable[Path]) -> list[Path]:
    """The ``*.yml`` files under each path (recursively), or the path itself if a file."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.yml") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise CaseFileError([f"{path}: no such file or folder"])
    return list(dict.fromkeys(files))


def load_cases(paths: Sequence[Path]) -> list[TestCase]:
    """Every case of every file under ``paths``; raise :class:`CaseFileError` listing all
    problems (schema errors, duplicate ids across files) rather than stopping at the first."""
    problems: list[str] = []
    cases: list[TestCase] = []
    seen: dict[str, Path] = {}
    for file in case_files(paths):
        try:
            data = yaml.safe_load(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            problems.append(f"{file}: cannot read: {exc}")
            continue
        try:
            parsed = CaseFile.model_validate(data)
        except ValidationError as exc:
            problems.extend(
                f"{file}: {_where(data, error['loc'])}: {_reason(error)}" for error in exc.errors()
            )
            continue
        for case in parsed.test_cases:
            if case.test_case in seen:
                other = seen[case.test_case]
                problems.append(f"{file}: case '{case.test_case}': duplicate test_case id (also in {other})")
                continue
            seen[case.test_case] = file
            case._file = file
            cases.append(case)
    if problems:
        raise CaseFileError(problems)
    return cases


def _where(data: Any, loc: tuple[int | str, ...]) -> str:
    """``case 'id_card_lost' steps[2].slot_was_sett`` from pydantic's location tuple."""
    if len(loc) < 2 or loc[0] != "test_cases" or not isinstance(loc[1], int):
        return ".".join(str(part) for part in loc) or "(top level)"
    index = loc[1]
    raw = data["test_cases"][index] if isinstance(data, dict) else None
    name = raw.get("test_case") if isinstance(raw, dict) else None
    where = f"case '{name}'" if isinstance(name, str) else f"test_cases[{index}]"
    rest = list(loc[2:])
    if len(rest) >= 2 and rest[0] == "steps" and isinstance(rest[1], int):
        where += f" steps[{rest[1]}]"
        rest = rest[2:]
        if rest and rest[0] in STEP_KINDS:  # the union's tag, not a key the author wrote
            rest = rest[1:]
    if rest:
        where += " " + ".".join(str(part) for part in rest)
    return where


def _reason(error: Any) -> str:
    reason = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        return f"unknown key '{error['loc'][-1]}'"
    if error["type"] == "step_kind":
        raw = error.get("input")
        got = ", ".join(map(str, raw)) if isinstance(raw, dict) else type(raw).__name__
        return f"{reason} (got: {got or 'nothing'})"
    return reason
