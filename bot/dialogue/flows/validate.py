"""Loading flows from ``dialogues/`` and the checks a schema cannot express."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml
from pydantic import ValidationError

from bot.dialogue.flows.schema import TERMINAL, AskStep, Common, Flow, message_keys, targets
from bot.guides.loader import format_location
from bot.guides.models import Catalog

# Other data in dialogues/, read and checked by its own module: the words that change how a
# message is read (bot.dialogue.understand.vocabulary).
NOT_FLOWS = frozenset({"understanding.yml"})


class FlowError(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def load_flows(path: Path) -> tuple[dict[str, Flow], Common]:
    """Read every flow and common.yml; raise :class:`FlowError` on schema errors."""
    problems: list[str] = []
    flows: dict[str, Flow] = {}
    common: Common | None = None
    for file in sorted(path.glob("*.yml")):
        if file.name in NOT_FLOWS:
            continue
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
