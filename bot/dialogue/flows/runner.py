"""Walking a flow: start a service, ask, take an answer, run the steps that do not wait.

Questions whose answer is known before they are asked are not asked: the situations told in
the message that started the service (``start_service(prefilled=...)``), answers kept by a
correction, and questions the person skipped are passed when the walk reaches them
(:func:`bot.dialogue.flows.schema.passes`), and recorded in the history so Back returns to
them. Going back re-asks the step returned to and undoes the answer of the step being left,
so that a later walk forward asks it again.
"""

from __future__ import annotations

import logging
from itertools import takewhile

from bot.core.messages import Button, Localized, Msg, msg
from bot.core.payloads import Choose, Intent, Stay, Switch, format_payload
from bot.dialogue.context import TurnContext
from bot.dialogue.flows.schema import (
    AskStep,
    BranchStep,
    ChecklistStep,
    ConfirmStep,
    EndStep,
    Flow,
    HandoffStep,
    LookupStep,
    SayStep,
    Step,
    passes,
    walk,
)
from bot.dialogue.handoff import hand_off
from bot.dialogue.present.checklist import checklist
from bot.dialogue.present.lookup import lookup
from bot.dialogue.present.menu import button, human_button, menu, menu_button
from bot.handoffs import HandoffReason
from bot.sessions import FlowState

log = logging.getLogger(__name__)

MAX_AUTO_STEPS = 50  # guards against a flow looping through steps that never wait
Question = AskStep | ConfirmStep


def current_step(ctx: TurnContext) -> Step | None:
    state = ctx.session.flow
    if state is None or state.flow_id not in ctx.flows:
        return None
    flow = ctx.flows[state.flow_id]
    return flow.step(state.step_id) if flow.has_step(state.step_id) else None


def current_service_id(ctx: TurnContext) -> str | None:
    """The service of the flow under way, if any."""
    state = ctx.session.flow
    flow = ctx.flows.get(state.flow_id) if state else None
    return flow.service if flow else None


async def flow_still_valid(ctx: TurnContext) -> bool:
    """Resume a flow saved under an older definition if its place still exists;
    otherwise start it again and say why. False when this turn is used up."""
    state = ctx.session.flow
    assert state is not None
    flow = ctx.flows.get(state.flow_id)
    if flow is None:
        ctx.session.flow = None
        ctx.say(msg("flow-gone"))
        await menu(ctx)
        return False
    if state.flow_version == flow.version:
        return True
    place_exists = flow.has_step(state.step_id) and all(flow.has_step(step) for step in state.history)
    if place_exists and isinstance(flow.step(state.step_id), Question):
        state.flow_version = flow.version
        return True
    ctx.say(msg("flow-updated"))
    ctx.session.flow = FlowState(flow_id=flow.flow, flow_version=flow.version, step_id=flow.start)
    await run(ctx, flow.start)
    return False


async def start_service(ctx: TurnContext, service_id: str, prefilled: dict[str, str] | None = None) -> None:
    """Start the service's flow (or confirm leaving the one under way first).

    ``prefilled``: slot values already understood from the user's message; their questions
    are passed when the walk reaches them.
    """
    flow = ctx.flow_for_service[service_id]
    service = await ctx.guides.get_service(service_id)
    names = Localized(text=service.names if service else {"zh-Hans": service_id})
    state = ctx.session.flow
    if state is not None and state.flow_id != flow.flow and (state.history or state.answers):
        current = await ctx.guides.get_service(ctx.flows[state.flow_id].service)
        current_names = Localized(text=current.names if current else {})
        ctx.say(
            msg("switch-confirm", current=current_names, new=names),
            buttons=[
                Button(
                    label=msg("switch-yes", new=names), payload=format_payload(Switch(service=service_id))
                ),
                Button(label=msg("switch-no", current=current_names), payload=format_payload(Stay())),
            ],
        )
        return
    if state is not None and state.flow_id == flow.flow:
        await reask(ctx)
        return
    ctx.session.flow = FlowState(
        flow_id=flow.flow, flow_version=flow.version, step_id=flow.start, answers=dict(prefilled or {})
    )
    ctx.say(msg("flow-start", service=names))
    await run(ctx, flow.start)


def questions_ahead(flow: Flow, answers: dict[str, str], skipped: list[str]) -> int:
    """How many questions a walk from the start would still ask before the checklist."""
    ahead = takewhile(
        lambda step: not isinstance(step, ChecklistStep),
        walk(flow, flow.start, answers, skipped=skipped, past_questions=True),
    )
    return sum(isinstance(step, AskStep) and not passes(step, answers, (), skipped) for step in ahead)


def _record(state: FlowState, step_id: str) -> None:
    if not state.history or state.history[-1] != step_id:
        state.history.append(step_id)


async def answer(ctx: TurnContext, step: AskStep, value: str) -> None:
    state = ctx.session.flow
    assert state is not None
    state.answers[step.slot] = value
    _record(state, step.id)
    await run(ctx, step.leads_to(value))


async def skip(ctx: TurnContext, step: AskStep) -> None:
    """Go on without an answer to ``step``, the way of its first choice; it counts as skipped."""
    state = ctx.session.flow
    assert state is not None
    if step.slot not in state.skipped:
        state.skipped.append(step.slot)
    state.answers.pop(step.slot, None)
    _record(state, step.id)
    await run(ctx, step.leads_to(None))


async def confirm(ctx: TurnContext, step: ConfirmStep, yes: bool) -> None:
    state = ctx.session.flow
    assert state is not None
    state.history.append(step.id)
    target = step.yes if yes else step.no
    assert target is not None
    await run(ctx, target)


async def go_back(ctx: TurnContext) -> None:
    """Re-ask the previous question (the flow must have a history)."""
    state = ctx.session.flow
    assert state is not None and state.history
    leaving = current_step(ctx)
    if isinstance(leaving, AskStep):
        state.answers.pop(leaving.slot, None)
    await run(ctx, state.history.pop(), ask_again=True)


async def run(ctx: TurnContext, step_id: str, *, ask_again: bool = False) -> None:
    """Walk the flow from ``step_id`` until it waits for the user or ends. ``ask_again``:
    ask ``step_id`` even if its slot is answered (the user went back to it)."""
    state = ctx.session.flow
    assert state is not None
    flow = ctx.flows[state.flow_id]
    service = await ctx.guides.get_service(flow.service)
    first = step_id
    for _ in range(MAX_AUTO_STEPS):
        step = flow.step(step_id)
        state.step_id = step_id
        if (
            isinstance(step, AskStep)
            and passes(step, state.answers, state.history, state.skipped)
            and not (ask_again and step_id == first)
        ):
            _record(state, step.id)  # Back returns here
            next_id: str | None = step.leads_to(state.answers.get(step.slot))
        elif isinstance(step, Question):
            await ask(ctx, step)
            return
        elif isinstance(step, SayStep):
            ctx.say(msg(step.text))
            next_id = step.next
        elif isinstance(step, LookupStep):
            if service is not None:
                await lookup(ctx, service, step.what)
            next_id = step.next
        elif isinstance(step, ChecklistStep):
            if service is not None:
                await checklist(ctx, service, state.answers, skipped=state.skipped)
            next_id = step.next
        elif isinstance(step, BranchStep):
            next_id = step.leads_to(state.answers)
        elif isinstance(step, HandoffStep):
            ctx.session.flow = None
            if step.text:
                ctx.say(msg(step.text))
            await hand_off(ctx, HandoffReason.USER_REQUEST, flow.service)
            return
        else:
            assert isinstance(step, EndStep)
            ctx.session.flow = None
            ctx.say(msg(step.text or "flow-end"), buttons=[menu_button(), human_button()])
            return
        assert next_id is not None
        step_id = next_id
    log.error("flow %s loops without waiting at step %s", flow.flow, step_id)
    ctx.session.flow = None
    await hand_off(ctx, HandoffReason.ERROR, flow.service)


async def ask(
    ctx: TurnContext, step: Question, *, simple: bool = False, extra: list[Button] | None = None
) -> None:
    """Ask ``step`` with its answer buttons (and ``extra`` ones), Back, Repeat and Human.
    ``simple``: its plainer wording (``<prompt>-simple``), which reads the options out."""
    state = ctx.session.flow
    assert state is not None

    def choose(label: Msg, value: str) -> Button:
        return Button(
            label=label, payload=format_payload(Choose(flow=state.flow_id, step=step.id, value=value))
        )

    buttons: list[Button] = []
    if isinstance(step, ConfirmStep) or step.input == "yes_no":
        buttons += [choose(msg("answer-yes"), "yes"), choose(msg("answer-no"), "no")]
    elif step.input == "choice":
        buttons += [choose(msg(c.label), c.value) for c in step.choices]
    buttons += extra or []
    if state.history:
        buttons.append(button("nav-back", Intent(name="back")))
    buttons += [button("nav-repeat", Intent(name="repeat")), human_button()]
    hint = msg("hint-number") if isinstance(step, AskStep) and step.input == "number" else msg("hint-buttons")
    prompt = (
        step.prompt + "-simple"
        if simple and ctx.i18n.has(step.prompt + "-simple", ctx.locale)
        else step.prompt
    )
    ctx.say(msg(prompt), hint, buttons=buttons)


async def reask(ctx: TurnContext) -> None:
    step = current_step(ctx)
    if isinstance(step, Question):
        await ask(ctx, step)


async def continue_or_menu(ctx: TurnContext) -> None:
    """After an aside (help, a lookup, a stale button): the open question again, or the menu."""
    if isinstance(current_step(ctx), Question):
        await reask(ctx)
    else:
        await menu(ctx)


async def stale(ctx: TurnContext) -> None:
    """A button from an old message (or a malformed command): say so, carry on where the user is."""
    ctx.say(msg("button-stale"))
    await continue_or_menu(ctx)
