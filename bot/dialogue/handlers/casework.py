"""Proxy agents' casework in chat: join, list and open cases, the new-case form, notes, closing.

An agent joins with a one-time code (``/join CODE``), opens a case for a villager (name or
initials, village, consent, optional phone — kept masked), and runs service flows inside
the case (:mod:`bot.dialogue.middleware.case_scope`). ``/cases`` lists the open cases
oldest first. Access rules and the audit log are in :mod:`bot.agents.service`; this
module only talks.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import wraps
from typing import TypeVar

from pydantic import BaseModel

from bot.agents import AccessDenied, Agents, Case, CaseStatus
from bot.core.messages import Button, Localized, Msg, msg
from bot.core.payloads import (
    CancelForm,
    Cases,
    CloseCase,
    Join,
    LeaveCase,
    Menu,
    NewCase,
    NewCaseConsent,
    Note,
    OpenCase,
    SetCaseStatus,
    Skip,
    Stay,
    format_payload,
)
from bot.dialogue.context import TurnContext
from bot.dialogue.flows.runner import continue_or_menu, stale
from bot.dialogue.pending import NewCaseForm
from bot.dialogue.present.cases import denial
from bot.dialogue.present.menu import menu, menu_button
from bot.dialogue.router import Router
from bot.privacy import mask_pii

router = Router("casework")

STATUSES = [status.value for status in CaseStatus]
CASE_COMMANDS = (  # the commands an agent types or presses (forget: anyone, see forget.py)
    *(
        model.model_fields["name"].default
        for model in (Join, Cases, OpenCase, NewCase, SetCaseStatus, Note, CloseCase, LeaveCase)
    ),
    "forget",
)
P = TypeVar("P", bound=BaseModel)


def _with_agents(ctx: TurnContext, payload: BaseModel) -> bool:
    return ctx.agents is not None  # without an agent store, case commands are stale buttons


def _filling_new_case(ctx: TurnContext, payload: BaseModel) -> bool:
    return isinstance(ctx.pending, NewCaseForm)


def _agents(ctx: TurnContext) -> Agents:
    assert ctx.agents is not None  # the router's filter
    return ctx.agents


def _refusals_said(
    handler: Callable[[TurnContext, P], Awaitable[None]],
) -> Callable[[TurnContext, P], Awaitable[None]]:
    """A refusal by the agents service (revoked, not your case, …) is said, with the menu."""

    @wraps(handler)
    async def guarded(ctx: TurnContext, payload: P) -> None:
        try:
            await handler(ctx, payload)
        except AccessDenied as denied:
            ctx.say(denial(denied), buttons=[menu_button()])

    return guarded


# -- commands ---------------------------------------------------------------------------------


@router.payload(Join, when=_with_agents)
@_refusals_said
async def join(ctx: TurnContext, payload: Join) -> None:
    member = await _agents(ctx).redeem(ctx.session.sender, payload.arg or payload.code)
    ctx.say(msg("agent-joined", township=member.township), buttons=case_buttons())


@router.payload(Cases, when=_with_agents)
@_refusals_said
async def cases(ctx: TurnContext, payload: Cases) -> None:
    await list_cases(ctx)


@router.payload(NewCase, when=_with_agents)
@_refusals_said
async def new_case(ctx: TurnContext, payload: NewCase) -> None:
    await _require_agent(_agents(ctx), ctx.session.sender)
    ctx.pending = NewCaseForm(step="name")
    ctx.say(msg("case-ask-name"), buttons=[_cancel_button()])


@router.payload(OpenCase, when=_with_agents)
@_refusals_said
async def open_case(ctx: TurnContext, payload: OpenCase) -> None:
    case = await _agents(ctx).case(ctx.session.sender, payload.id)
    ctx.session.active_case = case.id
    ctx.session.flow = None  # the case's flow is loaded from the case on the next turn
    await show_case(ctx, case)


@router.payload(SetCaseStatus, when=_with_agents)
@_refusals_said
async def case_status(ctx: TurnContext, payload: SetCaseStatus) -> None:
    case = await _agents(ctx).update_status(ctx.session.sender, payload.id, payload.status)
    ctx.say(msg("case-status-set", status=msg("case-status-" + case.status.value)))
    await show_case(ctx, case)


@router.payload(Note, when=_with_agents)
@_refusals_said
async def note(ctx: TurnContext, payload: Note) -> None:
    case_id = payload.id or ctx.session.active_case or ""
    text = payload.arg or payload.text
    if not text:
        ctx.say(msg("case-note-usage"))
        return
    await _agents(ctx).add_note(ctx.session.sender, case_id, text)
    ctx.say(msg("case-note-added"))


@router.payload(CloseCase, when=_with_agents)
@_refusals_said
async def close_case(ctx: TurnContext, payload: CloseCase) -> None:
    agents, sender = _agents(ctx), ctx.session.sender
    if not payload.confirm:
        case = await agents.case(sender, payload.id)
        ctx.say(
            msg("case-close-confirm", name=case.villager_name),
            buttons=[
                Button(
                    label=msg("case-close-yes"), payload=format_payload(CloseCase(id=case.id, confirm=True))
                ),
                Button(label=msg("answer-no"), payload=format_payload(OpenCase(id=case.id))),
            ],
        )
        return
    await agents.close_and_erase(sender, payload.id)
    if ctx.session.active_case == payload.id:
        ctx.session.active_case = None
        ctx.session.flow = None
    ctx.say(msg("case-closed"))
    await list_cases(ctx)


@router.payload(LeaveCase, when=_with_agents)
@_refusals_said
async def leave_case(ctx: TurnContext, payload: LeaveCase) -> None:
    ctx.session.active_case = None
    ctx.session.flow = None
    ctx.say(msg("case-left"))
    await menu(ctx)


async def _require_agent(agents: Agents, sender: str) -> None:
    member = await agents.member(sender)
    if member is None or not member.active:
        raise AccessDenied("revoked" if member is not None and not member.active else "not_agent")


async def list_cases(ctx: TurnContext) -> None:
    found = await _agents(ctx).cases(ctx.session.sender)
    buttons = [
        Button(
            label=msg(
                "case-button",
                name=case.villager_name,
                village=case.village,
                status=msg("case-status-" + case.status.value),
            ),
            payload=format_payload(OpenCase(id=case.id)),
        )
        for case in found[:10]
    ]
    ctx.say(
        msg("cases-title", count=len(found)) if found else msg("cases-none"),
        buttons=[*buttons, *case_buttons()],
    )


async def show_case(ctx: TurnContext, case: Case) -> None:
    flow_id = case.flow.flow_id if case.flow else None
    flow = ctx.flows.get(flow_id) if flow_id else None
    service = await ctx.guides.get_service(flow.service) if flow else None
    parts: list[Msg] = [
        msg(
            "case-card",
            name=case.villager_name,
            village=case.village,
            status=msg("case-status-" + case.status.value),
            notes=len(case.notes),
            phone=case.phone_masked or "—",
        )
    ]
    if service is not None:
        parts.append(msg("case-service", service=Localized(text=service.names)))
    parts.extend(msg("bullet", text=note.text) for note in case.notes[-3:])
    buttons = [
        Button(
            label=msg("case-status-" + status),
            payload=format_payload(SetCaseStatus(id=case.id, status=status)),
        )
        for status in STATUSES
        if status != case.status.value
    ]
    if case.flow is not None:
        buttons.insert(0, Button(label=msg("nav-continue"), payload=format_payload(Stay())))
    buttons += [
        Button(label=msg("case-new-service"), payload=format_payload(Menu())),
        Button(label=msg("case-close"), payload=format_payload(CloseCase(id=case.id))),
        Button(label=msg("nav-cases"), payload=format_payload(Cases())),
        Button(label=msg("case-leave"), payload=format_payload(LeaveCase())),
    ]
    ctx.say(*parts, buttons=buttons)


def case_buttons() -> list[Button]:
    return [
        Button(label=msg("case-new"), payload=format_payload(NewCase())),
        Button(label=msg("nav-cases"), payload=format_payload(Cases())),
        Button(label=msg("nav-menu"), payload=format_payload(Menu())),
    ]


def _cancel_button() -> Button:
    return Button(label=msg("case-cancel"), payload=format_payload(CancelForm()))


def _skip_button() -> Button:
    return Button(label=msg("case-skip-phone"), payload=format_payload(Skip()))


# -- the new-case form (answers typed as text) -----------------------------------------------


@router.pending(NewCaseForm, when=lambda ctx, form: form.step != "consent")
async def new_case_answer(ctx: TurnContext, form: NewCaseForm, text: str) -> bool:
    """Name, village and phone are typed; consent is a button (typed text is read as usual)."""
    await fill_new_case(ctx, form, text)
    return True


async def fill_new_case(ctx: TurnContext, form: NewCaseForm, text: str) -> None:
    agents = _agents(ctx)
    if form.step == "name":
        ctx.pending = form.model_copy(update={"step": "village", "name": mask_pii(text[:40])})
        ctx.say(msg("case-ask-village"), buttons=[_cancel_button()])
    elif form.step == "village":
        ctx.pending = form.model_copy(update={"step": "consent", "village": mask_pii(text[:40])})
        ctx.say(
            msg("case-ask-consent", name=form.name),
            buttons=[
                Button(label=msg("case-consent-yes"), payload=format_payload(NewCaseConsent(value="yes"))),
                Button(label=msg("case-consent-no"), payload=format_payload(NewCaseConsent(value="no"))),
            ],
        )
    elif form.step == "phone":
        # The raw number is passed straight to the service, which keeps it masked only.
        phone = None if text == "/skip" else text
        try:
            case = await agents.open_case(ctx.session.sender, form.name, form.village, phone, consent=True)
        except AccessDenied as denied:
            if denied.reason.value == "invalid_phone":
                ctx.say(msg("case-denied-invalid_phone"), buttons=[_skip_button()])
                return
            ctx.pending = None
            ctx.say(denial(denied), buttons=case_buttons())
            return
        ctx.pending = None
        ctx.session.active_case = case.id
        ctx.session.flow = None
        ctx.say(msg("case-created", name=case.villager_name))
        await menu(ctx, with_human=False)


@router.payload(NewCaseConsent)
async def new_case_consent(ctx: TurnContext, payload: NewCaseConsent) -> None:
    form = ctx.pending
    if not isinstance(form, NewCaseForm) or form.step != "consent":
        await stale(ctx)
        return
    if payload.value != "yes":
        ctx.pending = None
        ctx.say(msg("case-denied-consent_required"), buttons=case_buttons())
        return
    ctx.pending = form.model_copy(update={"step": "phone"})
    ctx.say(msg("case-ask-phone"), buttons=[_skip_button()])


@router.payload(Skip, when=_filling_new_case)
async def skip(ctx: TurnContext, payload: Skip) -> None:
    form = ctx.pending
    assert isinstance(form, NewCaseForm)
    await fill_new_case(ctx, form, "/skip")


@router.payload(CancelForm, when=_filling_new_case)
async def cancel_form(ctx: TurnContext, payload: CancelForm) -> None:
    ctx.pending = None
    ctx.say(msg("case-cancelled"))
    await continue_or_menu(ctx)
