"""Proxy agents' casework and residents' privacy in chat, as a part of the Engine.

An agent joins with a one-time code (``/join CODE``), opens a case for a villager (name or
initials, village, consent, optional phone — kept masked), and runs service flows inside
the case: while a case is active, the flow state lives on the case, not on the agent's own
session. ``/cases`` lists the open cases oldest first. Access rules and the audit log are
in :mod:`bot.agents.service`; this module only talks.

Anyone can erase what Banshi keeps about them with ``/forget`` (删除我的信息).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.agents import AccessDenied, Agents, Case, CaseStatus
from bot.answers import payload
from bot.privacy import mask_pii
from bot.replies import Button, Localized, Msg, msg

if TYPE_CHECKING:
    from bot.engine import _Context
    from bot.flows import Flow
    from bot.guides import GuideStore, Service
    from bot.sessions import SessionStore

CASE_COMMANDS = (
    "join",
    "cases",
    "case",
    "newcase",
    "case_status",
    "note",
    "close_case",
    "leave_case",
    "forget",
)
STATUSES = [status.value for status in CaseStatus]


class CaseworkMixin:
    """Mixed into :class:`bot.engine.Engine`; uses its stores and reply helpers."""

    _agents: Agents | None
    _guides: GuideStore
    _flows: dict[str, Flow]
    _sessions: SessionStore

    if TYPE_CHECKING:  # provided by the Engine

        async def _stale(self, ctx: _Context) -> None: ...

        async def _menu(self, ctx: _Context, page: int = 0, with_human: bool = True) -> None: ...

        def _menu_button(self) -> Button: ...

    # -- entering and leaving a case around a turn ----------------------------------------

    async def _enter_case(self, ctx: _Context) -> Case | None:
        """Load the active case's flow into the session for this turn (an audited read)."""
        session = ctx.session
        if session.active_case is None or self._agents is None:
            return None
        try:
            case = await self._agents.case(session.sender, session.active_case)
        except AccessDenied as denied:
            session.active_case = None
            session.flow = None
            ctx.say(msg("case-denied-" + _denial(denied)))
            return None
        # A copy: the turn changes it in place, and the case must show what changed.
        session.flow = case.flow.model_copy(deep=True) if case.flow else None
        return case

    async def _leave_case(self, ctx: _Context, case: Case | None) -> None:
        """Store the turn's flow state back on the case; the agent's own session keeps none."""
        session = ctx.session
        if case is None or self._agents is None:
            return
        if session.active_case == case.id and session.flow != case.flow:
            try:
                await self._agents.save_flow(session.sender, case.id, session.flow)
            except AccessDenied as denied:
                session.active_case = None
                ctx.say(msg("case-denied-" + _denial(denied)))
        session.flow = None

    # -- commands -------------------------------------------------------------------------

    async def _casework(self, ctx: _Context, name: str, data: dict[str, Any]) -> None:
        if name == "forget":
            await self._forget(ctx, confirmed=data.get("confirm") is True)
            return
        if self._agents is None:
            await self._stale(ctx)
            return
        sender = ctx.session.sender
        try:
            if name == "join":
                await self._join(ctx, str(data.get("arg") or data.get("code") or ""))
            elif name == "cases":
                await self._list_cases(ctx)
            elif name == "newcase":
                await self._require_agent(sender)
                ctx.session.pending = {"kind": "newcase", "step": "name"}
                ctx.say(msg("case-ask-name"), buttons=[self._cancel_button()])
            elif name == "case":
                case = await self._agents.case(sender, str(data.get("id", "")))
                ctx.session.active_case = case.id
                ctx.session.flow = None  # the case's flow is loaded from the case on the next turn
                await self._show_case(ctx, case)
            elif name == "case_status":
                status = str(data.get("status", ""))
                case = await self._agents.update_status(sender, str(data.get("id", "")), status)
                ctx.say(msg("case-status-set", status=msg("case-status-" + case.status.value)))
                await self._show_case(ctx, case)
            elif name == "note":
                case_id = str(data.get("id") or ctx.session.active_case or "")
                text = str(data.get("arg") or data.get("text") or "")
                if not text:
                    ctx.say(msg("case-note-usage"))
                    return
                await self._agents.add_note(sender, case_id, text)
                ctx.say(msg("case-note-added"))
            elif name == "close_case":
                case_id = str(data.get("id", ""))
                if data.get("confirm") is not True:
                    case = await self._agents.case(sender, case_id)
                    ctx.say(
                        msg("case-close-confirm", name=case.villager_name),
                        buttons=[
                            Button(
                                label=msg("case-close-yes"),
                                payload=payload("close_case", id=case.id, confirm=True),
                            ),
                            Button(label=msg("answer-no"), payload=payload("case", id=case.id)),
                        ],
                    )
                    return
                await self._agents.close_and_erase(sender, case_id)
                if ctx.session.active_case == case_id:
                    ctx.session.active_case = None
                    ctx.session.flow = None
                ctx.say(msg("case-closed"))
                await self._list_cases(ctx)
            elif name == "leave_case":
                ctx.session.active_case = None
                ctx.session.flow = None
                ctx.say(msg("case-left"))
                await self._menu(ctx)
        except AccessDenied as denied:
            ctx.say(msg("case-denied-" + _denial(denied)), buttons=[self._menu_button()])

    async def _require_agent(self, sender: str) -> None:
        assert self._agents is not None
        member = await self._agents.member(sender)
        if member is None or not member.active:
            raise AccessDenied("revoked" if member is not None and not member.active else "not_agent")

    async def _join(self, ctx: _Context, code: str) -> None:
        assert self._agents is not None
        member = await self._agents.redeem(ctx.session.sender, code)
        ctx.say(msg("agent-joined", township=member.township), buttons=self._case_buttons())

    async def _list_cases(self, ctx: _Context) -> None:
        assert self._agents is not None
        cases = await self._agents.cases(ctx.session.sender)
        buttons = [
            Button(
                label=msg(
                    "case-button",
                    name=case.villager_name,
                    village=case.village,
                    status=msg("case-status-" + case.status.value),
                ),
                payload=payload("case", id=case.id),
            )
            for case in cases[:10]
        ]
        ctx.say(
            msg("cases-title", count=len(cases)) if cases else msg("cases-none"),
            buttons=[*buttons, *self._case_buttons()],
        )

    async def _show_case(self, ctx: _Context, case: Case) -> None:
        flow_id = case.flow.flow_id if case.flow else None
        service = (
            await self._guides.get_service(self._flows[flow_id].service) if flow_id in self._flows else None
        )
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
                label=msg("case-status-" + status), payload=payload("case_status", id=case.id, status=status)
            )
            for status in STATUSES
            if status != case.status.value
        ]
        if case.flow is not None:
            buttons.insert(0, Button(label=msg("nav-continue"), payload="/stay"))
        buttons += [
            Button(label=msg("case-new-service"), payload="/menu"),
            Button(label=msg("case-close"), payload=payload("close_case", id=case.id)),
            Button(label=msg("nav-cases"), payload="/cases"),
            Button(label=msg("case-leave"), payload="/leave_case"),
        ]
        ctx.say(*parts, buttons=buttons)

    def _case_buttons(self) -> list[Button]:
        return [
            Button(label=msg("case-new"), payload="/newcase"),
            Button(label=msg("nav-cases"), payload="/cases"),
            Button(label=msg("nav-menu"), payload="/menu"),
        ]

    @staticmethod
    def _cancel_button() -> Button:
        return Button(label=msg("case-cancel"), payload="/cancel_form")

    # -- the new-case form (answers typed as text) ---------------------------------------

    async def _newcase_answer(self, ctx: _Context, text: str) -> None:
        assert self._agents is not None
        form = ctx.session.pending or {}
        step = form.get("step")
        if step == "name":
            form.update(step="village", name=mask_pii(text[:40]))
            ctx.say(msg("case-ask-village"), buttons=[self._cancel_button()])
        elif step == "village":
            form.update(step="consent", village=mask_pii(text[:40]))
            ctx.say(
                msg("case-ask-consent", name=form["name"]),
                buttons=[
                    Button(label=msg("case-consent-yes"), payload=payload("newcase_consent", value="yes")),
                    Button(label=msg("case-consent-no"), payload=payload("newcase_consent", value="no")),
                ],
            )
        elif step == "phone":
            # The raw number is passed straight to the service, which keeps it masked only.
            phone = None if text == "/skip" else text
            try:
                case = await self._agents.open_case(
                    ctx.session.sender, form["name"], form["village"], phone, consent=True
                )
            except AccessDenied as denied:
                if denied.reason.value == "invalid_phone":
                    ctx.say(msg("case-denied-invalid_phone"), buttons=[self._skip_button()])
                    return
                ctx.session.pending = None
                ctx.say(msg("case-denied-" + _denial(denied)), buttons=self._case_buttons())
                return
            ctx.session.pending = None
            ctx.session.active_case = case.id
            ctx.session.flow = None
            ctx.say(msg("case-created", name=case.villager_name))
            await self._menu(ctx, with_human=False)

    async def _newcase_consent(self, ctx: _Context, consent: bool) -> None:
        form = ctx.session.pending or {}
        if form.get("kind") != "newcase" or form.get("step") != "consent":
            await self._stale(ctx)
            return
        if not consent:
            ctx.session.pending = None
            ctx.say(msg("case-denied-consent_required"), buttons=self._case_buttons())
            return
        form["step"] = "phone"
        ctx.say(msg("case-ask-phone"), buttons=[self._skip_button()])

    @staticmethod
    def _skip_button() -> Button:
        return Button(label=msg("case-skip-phone"), payload="/skip")

    # -- proxy rules in the checklist ----------------------------------------------------

    def _proxy_parts(self, service: Service, answers: dict[str, str]) -> list[Msg]:
        """What a proxy agent must know: in person or not, what to bring, what they can do."""
        from bot.guides.queries import applies

        proxy = service.proxy
        if proxy.allowed == "no":
            parts = [msg("proxy-in-person", note=Localized(text=proxy.note))]
        else:
            parts = [msg("proxy-agent-bring")]
            parts += [
                msg("bullet", text=Localized(text=m.name))
                for m in proxy.agent_materials
                if applies(m.when, answers)
            ]
        if proxy.agent_can_do:
            parts.append(msg("proxy-agent-can-do"))
            parts += [msg("bullet", text=Localized(text=item)) for item in proxy.agent_can_do]
        return parts

    # -- erasing one's own data ----------------------------------------------------------

    async def _forget(self, ctx: _Context, *, confirmed: bool) -> None:
        if not confirmed:
            ctx.say(
                msg("forget-confirm"),
                buttons=[
                    Button(label=msg("forget-yes"), payload=payload("forget", confirm=True)),
                    Button(label=msg("answer-no"), payload="/stay"),
                ],
            )
            return
        sender = ctx.session.sender
        if self._agents is not None:
            try:
                await self._agents.forget(sender)
            except AccessDenied as denied:
                ctx.say(msg("case-denied-" + _denial(denied)))
                return
        await self._sessions.delete(sender)
        ctx.erased = True
        ctx.say(msg("forget-done"))


def _denial(denied: AccessDenied) -> str:
    """The message-key suffix for a refusal; unknown reasons read as "not found or denied"."""
    known = {
        "not_agent", "revoked", "not_found_or_denied", "consent_required", "invalid_name", "invalid_village",
        "invalid_phone", "invalid_note", "invalid_status", "invalid", "used", "expired", "already_admin",
        "active_member",
    }  # fmt: skip
    return denied.reason.value if denied.reason.value in known else "not_found_or_denied"
