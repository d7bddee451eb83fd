"""Declarative service flows (``dialogues/<service>.yml``): the models.

A flow is a list of steps with ids, linked by ``next`` (or per-choice ``next``, branch
cases, yes/no targets). One generic runner (:mod:`bot.dialogue.flows.runner`) walks them and always
offers Back, Repeat and Human help, so a flow file only says what is particular to its
service. Every user-visible text is a Fluent message key; guide content (materials,
offices, fees) is looked up from the GuideStore at run time.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from functools import cached_property
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.guides.models import Identifier

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

    def leads_to(self, value: str | None) -> str:
        """Where an answer leads; no answer (a skipped question) goes where the first choice does."""
        chosen = next((c for c in self.choices if c.value == value), None)
        if value is None and self.choices:
            chosen = self.choices[0]
        target = (chosen.next if chosen else None) or self.next
        assert target is not None  # `banshi dialogues validate` rules out dead ends
        return target


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


def condition_holds(condition: dict[str, list[str] | NumberRange], answers: Mapping[str, str]) -> bool:
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

    def leads_to(self, answers: Mapping[str, str]) -> str | None:
        return next((case.next for case in self.cases if condition_holds(case.if_, answers)), self.default)


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


def passes(
    step: AskStep, answers: Mapping[str, str], asked: Collection[str], skipped: Collection[str]
) -> bool:
    """Whether a walk goes past a question without asking it: its answer is known (told in an
    earlier message) or it was skipped, and it was never asked — a question asked before, as in
    an "anything else?" loop, is asked again."""
    return (step.slot in answers or step.slot in skipped) and step.id not in asked


def walk(
    flow: Flow,
    start: str,
    answers: Mapping[str, str],
    *,
    asked: Collection[str] = (),
    skipped: Collection[str] = (),
    past_questions: bool = False,
) -> Iterator[Step]:
    """The steps a walk from ``start`` goes through with these answers, up to the step where it
    waits (a question to ask, a confirmation) or ends; each step visited once. ``past_questions``:
    go on past the questions still to ask too, the way of their first choice (to count them)."""
    seen: set[str] = set()
    step_id: str | None = start
    while step_id is not None and flow.has_step(step_id) and step_id not in seen:
        seen.add(step_id)
        step = flow.step(step_id)
        yield step
        if isinstance(step, AskStep):
            known = passes(step, answers, asked, skipped)
            if not known and not past_questions:
                return
            step_id = step.leads_to(answers.get(step.slot) if known else None)
        elif isinstance(step, BranchStep):
            step_id = step.leads_to(answers)
        elif isinstance(step, ConfirmStep | HandoffStep | EndStep):
            return
        else:
            step_id = step.next


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
