"""Declarative service flows (``dialogues/<service>.yml``) and their validation.

A flow is a list of steps with ids, linked by ``next`` (or per-choice ``next``, branch
cases, yes/no targets). One generic runner (:mod:`bot.engine`) walks them and always
offers Back, Repeat and Human help, so a flow file only says what is particular to its
service. Every user-visible text is a Fluent message key; guide content (materials,
offices, fees) is looked up from the GuideStore at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.guides.loader import format_location
from bot.guides.models import Catalog, Identifier

MessageKey = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$", max_length=120)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Choice(_Strict):
    value: Identifier
    label: MessageKey
    next: Identifier | None = None  # overrides the step's next


class AskStep(_Strict):
    """A question. ``choice`` answers come as buttons (or their number / words);
    ``number`` and ``yes_no`` answers are validated free text."""

    type: Literal["ask"]
    id: Identifier
    slot: Identifier
    prompt: MessageKey
    input: Literal["choice", "number", "yes_no"] = "choice"
    choices: list[Choice] = []
    min: int | None = None
    max: int | None = None
    next: Identifier | None = None


class SayStep(_Strict):
    type: Literal["say"]
    id: Identifier
    text: MessageKey
    next: Identifier | None = None


class LookupStep(_Strict):
    """Guide content from the GuideStore for the flow's service."""

    type: Literal["lookup"]
    id: Identifier
    what: Literal["offices", "fees", "online", "time_limit", "steps", "proxy"]
    next: Identifier | None = None


class NumberRange(_Strict):
    gte: float | None = None
    lt: float | None = None


class BranchCase(_Strict):
    if_: dict[Identifier, list[Identifier] | NumberRange] = Field(alias="if", min_length=1)
    next: Identifier


def condition_holds(condition: dict[str, list[str] | NumberRange], answers: dict[str, str]) -> bool:
    """A branch case's ``if``: every slot answered, with a listed value or within the range."""
    for slot, expected in condition.items():
        answer = answers.get(slot)
        if answer is None:
            return False
        if isinstance(expected, NumberRange):
            try:
                value = float(answer)
            except ValueError:
                return False
            if (expected.gte is not None and value < expected.gte) or (
                expected.lt is not None and value >= expected.lt
            ):
                return False
        elif answer not in expected:
            return False
    return True


class BranchStep(_Strict):
    type: Literal["branch"]
    id: Identifier
    cases: list[BranchCase] = Field(min_length=1)
    default: Identifier | None = None


class ChecklistStep(_Strict):
    """The personal checklist: materials filtered by the answers, where, fee, proxy rules."""

    type: Literal["checklist"]
    id: Identifier
    next: Identifier | None = None


class ConfirmStep(_Strict):
    type: Literal["confirm"]
    id: Identifier
    prompt: MessageKey
    yes: Identifier | None = None
    no: Identifier | None = None


class HandoffStep(_Strict):
    """Hand over to a person: the 12345 hotline and the office's phone. Ends the flow."""

    type: Literal["handoff"]
    id: Identifier
    text: MessageKey | None = None


class EndStep(_Strict):
    type: Literal["end"]
    id: Identifier
    text: MessageKey | None = None


Step = Annotated[
    AskStep | SayStep | LookupStep | BranchStep | ChecklistStep | ConfirmStep | HandoffStep | EndStep,
    Field(discriminator="type"),
]
TERMINAL = (HandoffStep, EndStep)


class Flow(_Strict):
    flow: Identifier
    version: int = Field(ge=1)
    service: Identifier
    start: Identifier
    steps: list[Step] = Field(min_length=1)

    def step(self, step_id: str) -> Step:
        return self._index[step_id]

    def has_step(self, step_id: str) -> bool:
        return step_id in self._index

    @cached_property
    def _index(self) -> dict[str, Step]:
        return {step.id: step for step in self.steps}


class Common(_Strict):
    """``dialogues/common.yml``: what every flow shares."""

    menu: list[Identifier] = Field(min_length=1)  # services on the first page of the menu
    hotline: str = Field(pattern=r"^[0-9-]{3,20}$")
    yes_words: dict[str, list[str]]
    no_words: dict[str, list[str]]


class FlowError(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def targets(step: Step) -> Iterator[str]:
    """The step ids a step can lead to."""
    if isinstance(step, AskStep):
        if step.next:
            yield step.next
        yield from (choice.next for choice in step.choices if choice.next)
    elif isinstance(step, BranchStep):
        yield from (case.next for case in step.cases)
        if step.default:
            yield step.default
    elif isinstance(step, ConfirmStep):
        yield from (target for target in (step.yes, step.no) if target)
    elif not isinstance(step, TERMINAL) and step.next:
        yield step.next


def message_keys(flow: Flow) -> Iterator[str]:
    for step in flow.steps:
        if isinstance(step, AskStep):
            yield step.prompt
            yield from (choice.label for choice in step.choices)
        elif isinstance(step, SayStep | ConfirmStep):
            yield step.text if isinstance(step, SayStep) else step.prompt
        elif isinstance(step, HandoffStep | EndStep) and step.text:
            yield step.text


def load_flows(path: Path) -> tuple[dict[str, Flow], Common]:
    """Read every flow and common.yml; raise :class:`FlowError` on schema errors."""
    problems: list[str] = []
    flows: dict[str, Flow] = {}
    common: Common | None = None
    for file in sorted(path.glob("*.yml")):
        try:
            data = yaml.safe_load(file.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            problems.append(f"{file}: cannot read: {exc}")
            continue
        model: type[Flow] | type[Common] = Common if file.stem == "common" else Flow
        try:
            parsed = model.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors():
                reason = error["msg"].removeprefix("Value error, ")
                if error["type"] == "union_tag_invalid":
                    reason = f"unknown step type {error['input'].get('type')!r}"
                problems.append(f"{file}: {format_location(error['loc']) or '(top level)'}: {reason}")
            continue
        if isinstance(parsed, Common):
            common = parsed
        elif parsed.flow != file.stem:
            problems.append(f"{file}: flow: '{parsed.flow}' does not match the file name")
        else:
            flows[parsed.flow] = parsed
    if common is None:
        problems.append(f"{path / 'common.yml'}: missing or invalid")
    if problems or common is None:
        raise FlowError(problems)
    return flows, common


def check_flows(
    flows: dict[str, Flow], common: Common, catalog: Catalog, locale_keys: dict[str, set[str]], where: Path
) -> list[str]:
    """Problems a schema cannot see: dead ends, unreachable steps, unknown services,
    answers that do not match the guide's situations, and message keys missing from an
    enabled locale (``locale_keys`` maps each enabled locale to the keys it has)."""
    problems: list[str] = []
    for service_id in catalog.services:
        if service_id not in flows:
            problems.append(f"{where / (service_id + '.yml')}: missing: every service needs a flow")
    for service_id in common.menu:
        if service_id not in catalog.services:
            problems.append(f"{where / 'common.yml'}: menu: unknown service id '{service_id}'")
    for flow in flows.values():
        file = where / f"{flow.flow}.yml"
        problems.extend(f"{file}: {problem}" for problem in _check_flow(flow, catalog))
        for key in sorted(set(message_keys(flow))):
            missing = [locale for locale, keys in locale_keys.items() if key not in keys]
            if missing:
                problems.append(f"{file}: message key '{key}' is missing from locale(s) {', '.join(missing)}")
    return problems


def _check_flow(flow: Flow, catalog: Catalog) -> Iterable[str]:
    ids = [step.id for step in flow.steps]
    for step_id in sorted({i for i in ids if ids.count(i) > 1}):
        yield f"steps: duplicate step id '{step_id}'"
    if flow.service not in catalog.services:
        yield f"service: unknown service id '{flow.service}'"
        return
    if not flow.has_step(flow.start):
        yield f"start: unknown step '{flow.start}'"
        return
    situations = {s.id: {o.id for o in s.options} for s in catalog.services[flow.service].situations}
    for step in flow.steps:
        for target in targets(step):
            if not flow.has_step(target):
                yield f"steps.{step.id}: leads to unknown step '{target}'"
        if not isinstance(step, TERMINAL) and not list(targets(step)):
            yield f"steps.{step.id}: dead end: a {step.type} step needs somewhere to go next"
        if isinstance(step, AskStep):
            if step.input == "choice" and len(step.choices) < 2:
                yield f"steps.{step.id}: a choice question needs at least two choices"
            if step.input == "choice" and step.next is None and any(c.next is None for c in step.choices):
                yield f"steps.{step.id}: dead end: a choice without next and no step next"
            if step.slot in situations and step.input == "choice":
                values = {choice.value for choice in step.choices}
                if values != situations[step.slot]:
                    yield (
                        f"steps.{step.id}: choices {sorted(values)} do not match the guide's situation "
                        f"'{step.slot}' options {sorted(situations[step.slot])}"
                    )
    reachable: set[str] = set()
    frontier = [flow.start]
    while frontier:
        step_id = frontier.pop()
        if step_id in reachable or not flow.has_step(step_id):
            continue
        reachable.add(step_id)
        frontier.extend(targets(flow.step(step_id)))
    for step_id in ids:
        if step_id not in reachable:
            yield f"steps.{step_id}: unreachable from start '{flow.start}'"
