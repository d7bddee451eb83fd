"""The channel-neutral dialogue engine: ``Engine.handle(turn) -> [Reply]``.

One turn: load the session, pick the language, read the message (a button payload, a
numbered or worded answer to the buttons last shown, an answer to the current question,
or free text for the NLU), act on it, save the session. Flows are data (``dialogues/``)
walked by :meth:`Engine._run`; global intents (help, back, repeat, restart, human,
language, elderly mode, another service) work anywhere.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

from bot.agents import Agents
from bot.answers import best_label, is_one_of, number_in, ordinal, parse_payload, payload
from bot.asr import SpeechRecognition
from bot.casework import CASE_COMMANDS, CaseworkMixin
from bot.flows import (
    AskStep,
    BranchStep,
    ChecklistStep,
    Common,
    ConfirmStep,
    EndStep,
    Flow,
    HandoffStep,
    LookupStep,
    SayStep,
    condition_holds,
)
from bot.guides import GuideStore, Service
from bot.guides.present import join, office_card
from bot.guides.queries import applies
from bot.handoffs import Handoff, HandoffReason, HandoffStore
from bot.i18n import Localizer
from bot.locks import LocalSenderLock, SenderLock
from bot.metrics import HANDOFFS, NLU_FALLBACKS
from bot.replies import Button, Localized, Msg, Reply, Turn, msg
from bot.sessions import FlowState, Session, SessionStore
from bot.voice import VOICE_PAYLOAD, VoiceMixin, waiting_transcript
from bot.voiceclips import VoiceClips
from nlu import NLUEngine, ParseResult

log = logging.getLogger(__name__)

MAX_TEXT = 2000  # longer messages are cut: nobody types more to a chat assistant
MIN_LETTERS_TO_SWITCH = 4  # letters of another script needed to change the reply language
MAX_AUTO_STEPS = 50  # guards against a flow looping through steps that never wait
SEARCH_SCORE_FOR_SERVICE = 90.0
LOOKUP_INTENTS = {"ask_materials": "materials", "ask_office": "offices", "ask_fee": "fees"}
YES_PAYLOADS = ("affirm", "switch")  # buttons a yes-word presses
NO_PAYLOADS = ("deny", "stay")
SERVICE_INTENTS = ("ask_service", "ask_progress", *LOOKUP_INTENTS)
_GREETING = ("welcome", "privacy-notice")  # what a first contact starts with


@dataclass
class _Context:
    session: Session
    locale: str
    channel: str
    replies: list[Reply] = field(default_factory=list)
    repeated: bool = False
    erased: bool = False  # the user erased their data: do not save the session again

    def say(
        self, *parts: Msg, buttons: list[Button] | None = None, kind: str = "text", speak: bool = False
    ) -> None:
        self.replies.append(Reply(parts=list(parts), buttons=buttons or [], kind=kind, speak=speak))  # type: ignore[arg-type]


class Engine(CaseworkMixin, VoiceMixin):
    def __init__(
        self,
        *,
        sessions: SessionStore,
        guides: GuideStore,
        nlu: NLUEngine,
        flows: dict[str, Flow],
        common: Common,
        i18n: Localizer,
        handoffs: HandoffStore | None = None,
        agents: Agents | None = None,
        retention_days: int = 30,
        lock: SenderLock | None = None,
        max_turns_in_flight: int = 48,
        asr: SpeechRecognition | None = None,
        clips: VoiceClips | None = None,
    ) -> None:
        self._sessions = sessions
        self._lock = lock if lock is not None else LocalSenderLock()  # one turn at a time per sender
        self._slots = asyncio.Semaphore(max_turns_in_flight)
        self._guides = guides
        self._nlu = nlu
        self._flows = flows
        self._flow_for_service = {flow.service: flow for flow in flows.values()}
        self._common = common
        self._i18n = i18n
        self._handoffs = handoffs
        self._agents = agents
        self._retention_days = retention_days
        self._asr = asr
        self._clips = clips
        self._names: dict[str, dict[str, str]] = {}
        self._names_version: str | None = None

    async def handle(self, turn: Turn) -> list[Reply]:
        # One turn at a time per sender, from loading the session to saving it; and a burst
        # waits for a free slot instead of exhausting the stores' connections.
        async with self._lock.hold(turn.sender), self._slots:
            return await self._handle(turn)

    async def _handle(self, turn: Turn) -> list[Reply]:
        session = await self._sessions.load(turn.sender)
        first_contact = session is None
        if session is None:
            session = Session(sender=turn.sender)
        locale, detected = self._choose_locale(session, turn)
        ctx = _Context(session=session, locale=locale, channel=turn.channel)
        if not session.privacy_notice_shown:
            if first_contact:
                ctx.say(msg("welcome", hotline=self._common.hotline))
            ctx.say(msg("privacy-notice", days=self._retention_days))
            session.privacy_notice_shown = True
        case = await self._enter_case(ctx)
        if turn.location is not None:
            await self._near(ctx, *turn.location)
        elif turn.media == "voice":
            await self._voice(ctx, turn.audio or b"")  # no audio: too big, or the download failed
        elif turn.media is not None and not turn.text.strip():
            ctx.say(msg("media-unsupported", hotline=self._common.hotline))
            await self._continue_or_menu(ctx)
        else:
            await self._handle_text(ctx, turn.text.strip()[:MAX_TEXT])
        if ctx.erased:
            return ctx.replies
        if detected:
            self._offer_language(ctx)
        await self._leave_case(ctx, case)
        replies = [
            reply.model_copy(update={"speak": reply.speak or session.elder_mode, "locale": ctx.locale})
            for reply in ctx.replies
        ]
        if not ctx.repeated:
            session.last_replies = [reply.model_dump(mode="json") for reply in replies]
        await self._sessions.save(session)
        return replies

    def render(self, reply: Reply) -> str:
        return "\n".join(self._i18n.render(part, reply.locale) for part in reply.parts)

    def apology(self, locale: str | None = None) -> Reply:
        """What a channel sends when a turn failed: sorry, try again, or call the hotline."""
        return Reply(
            parts=[msg("error-apology", hotline=self._common.hotline)],
            locale=locale or self._i18n.languages.default,
        )

    async def _near(self, ctx: _Context, lat: float, lon: float) -> None:
        state = ctx.session.flow
        service_id = self._flows[state.flow_id].service if state and state.flow_id in self._flows else None
        found = await self._guides.nearest_offices(lat, lon, service_id)
        parts = [msg("nearest-offices")]
        for office, km in found:
            parts += office_card(office)
            parts.append(msg("distance", km=round(km, 1)))
        if not found:
            parts.append(msg("lookup-no-office", hotline=self._common.hotline))
        ctx.say(*parts)
        await self._continue_or_menu(ctx)

    # -- reading the message -------------------------------------------------------------

    def _choose_locale(self, session: Session, turn: Turn) -> tuple[str, bool]:
        """The reply language, and whether it was read from the message's own script."""
        enabled = self._i18n.languages.enabled
        if session.locale in self._i18n.languages.languages:
            return session.locale, False  # the user's own choice wins
        text = turn.text
        letters = sum(char.isalpha() for char in text)
        if not text.startswith("/") and letters:
            detected = self._nlu.detect_language(text, enabled, prefer=session.last_locale)
            # A word or two ("ok", "12345") is no reason to change the language mid-conversation.
            if (
                session.last_locale in enabled
                and detected != session.last_locale
                and letters < MIN_LETTERS_TO_SWITCH
            ):
                return session.last_locale, False
            session.last_locale = detected
            return detected, True
        if session.last_locale in enabled:
            return session.last_locale, False
        if turn.locale_hint in enabled:
            return turn.locale_hint, False
        return self._i18n.languages.default, False

    def _offer_language(self, ctx: _Context) -> None:
        """Someone writing in another language than the default is offered, once, to keep it:
        a line before the answer, and a button after the answer's own (so that typed numbers
        still pick the answer's choices)."""
        session = ctx.session
        if ctx.locale == self._i18n.languages.default or session.language_offered == ctx.locale:
            return
        session.language_offered = ctx.locale
        name = self._i18n.languages.languages[ctx.locale].native_name
        keep = Button(
            label=msg("language-keep", name=name), payload=payload("set_language", language=ctx.locale)
        )
        offer = msg("language-keep-offer", name=name)
        if not ctx.replies:
            ctx.say(offer, buttons=[keep])
            return
        ctx.replies[-1] = ctx.replies[-1].model_copy(update={"buttons": [*ctx.replies[-1].buttons, keep]})
        at = next(
            (i for i, reply in enumerate(ctx.replies) if reply.parts and reply.parts[0].key not in _GREETING),
            len(ctx.replies) - 1,
        )
        ctx.replies.insert(at, Reply(parts=[offer]))

    async def _handle_text(self, ctx: _Context, text: str) -> None:
        if ctx.session.flow is not None and not await self._flow_still_valid(ctx):
            return
        if not text:
            ctx.say(msg("empty-message"))
            await self._continue_or_menu(ctx)
            return
        pending = ctx.session.pending or {}
        if pending.get("kind") == "newcase" and pending.get("step") != "consent" and not text.startswith("/"):
            await self._newcase_answer(ctx, text)
            return
        if text.startswith("/"):
            await self._press(ctx, text)
            return
        if waiting_transcript(
            ctx
        ):  # a transcript read back: "yes" or "no" answers it, anything else drops it
            pressed = self._button_named_by(ctx, text)
            if pressed is not None:
                await self._press(ctx, pressed)
                return
            await self._drop_voice(ctx)
        step = self._current_step(ctx.session)
        if (
            isinstance(step, AskStep)
            and step.input in ("number", "yes_no")
            and await self._typed_answer(ctx, step, text)
        ):
            return
        pressed = self._button_named_by(ctx, text)
        if pressed is not None:
            await self._press(ctx, pressed)
            return
        parse = await self._nlu.parse(text, ctx.locale)
        await self._act_on(ctx, parse, text)

    def _last_buttons(self, session: Session) -> list[Button]:
        for raw in reversed(session.last_replies):
            buttons = raw.get("buttons") or []
            if buttons:
                return [Button.model_validate(button) for button in buttons]
        return []

    def _button_named_by(self, ctx: _Context, text: str) -> str | None:
        """The payload of the button the text points at: by number, yes/no word or label."""
        buttons = self._last_buttons(ctx.session)
        if not buttons:
            return None
        number = ordinal(text)
        if number is not None:
            return buttons[number - 1].payload if 1 <= number <= len(buttons) else None
        for words, value, names in (
            (self._common.yes_words, "yes", YES_PAYLOADS),
            (self._common.no_words, "no", NO_PAYLOADS),
        ):
            if is_one_of(text, words.get(ctx.locale, []) + words.get("en", [])):
                for button in buttons:
                    parsed = parse_payload(button.payload)
                    if parsed and (parsed[0] in names or parsed[1].get("value") == value):
                        return button.payload
        index = best_label(text, [self._i18n.render(button.label, ctx.locale) for button in buttons])
        return None if index is None else buttons[index].payload

    async def _typed_answer(self, ctx: _Context, step: AskStep, text: str) -> bool:
        """Validated free-text answers (a number, yes/no). False lets the NLU have a go."""
        if step.input == "yes_no":
            if is_one_of(
                text, self._common.yes_words.get(ctx.locale, []) + self._common.yes_words.get("en", [])
            ):
                await self._answer(ctx, step, "yes")
                return True
            if is_one_of(
                text, self._common.no_words.get(ctx.locale, []) + self._common.no_words.get("en", [])
            ):
                await self._answer(ctx, step, "no")
                return True
            return False
        value = number_in(text)
        if value is None:
            return False
        low = step.min if step.min is not None else float("-inf")
        high = step.max if step.max is not None else float("inf")
        if not low <= value <= high:
            ctx.say(msg("answer-out-of-range", low=step.min or 0, high=step.max or 0))
            await self._ask(ctx, step)
            return True
        await self._answer(ctx, step, str(int(value)) if value.is_integer() else str(value))
        return True

    # -- buttons -------------------------------------------------------------------------

    async def _press(self, ctx: _Context, text: str) -> None:
        parsed = parse_payload(text)
        if parsed is None:
            await self._stale(ctx)
            return
        name, data = parsed
        session = ctx.session
        if name == VOICE_PAYLOAD:
            await self._voice_answer(ctx, data)
            return
        await self._drop_voice(ctx)
        if name in CASE_COMMANDS:
            await self._casework(ctx, name, data)
            return
        if name == "newcase_consent":
            await self._newcase_consent(ctx, data.get("value") == "yes")
            return
        if name in ("cancel_form", "skip") and (session.pending or {}).get("kind") == "newcase":
            if name == "skip":
                await self._newcase_answer(ctx, "/skip")
                return
            session.pending = None
            ctx.say(msg("case-cancelled"))
            await self._continue_or_menu(ctx)
            return
        if name == "choose":
            step = self._current_step(session)
            flow_id = session.flow.flow_id if session.flow else None
            if (
                not isinstance(step, AskStep | ConfirmStep)
                or data.get("flow") != flow_id
                or data.get("step") != step.id
            ):
                await self._stale(ctx)
                return
            value = str(data.get("value", ""))
            if isinstance(step, ConfirmStep):
                if value not in ("yes", "no"):
                    await self._stale(ctx)
                    return
                await self._confirm(ctx, step, value == "yes")
                return
            allowed = {c.value for c in step.choices} if step.input == "choice" else {"yes", "no"}
            if value not in allowed:
                await self._stale(ctx)
                return
            await self._answer(ctx, step, value)
        elif name == "switch":
            service_id = str(data.get("service", ""))
            if service_id not in self._flow_for_service:
                await self._stale(ctx)
                return
            session.flow = None
            await self._start_service(ctx, service_id)
        elif name == "stay":
            await self._continue_or_menu(ctx)
        elif name == "menu":
            await self._menu(ctx, page=1 if data.get("page") == 1 else 0)
        elif name == "lookup":
            service = await self._guides.get_service(str(data.get("service", "")))
            what = str(data.get("what", ""))
            if service is None or what not in ("materials", "offices", "fees", "online", "steps", "proxy"):
                await self._stale(ctx)
                return
            await self._lookup(ctx, service, what)
            await self._continue_or_menu(ctx)
        elif name == "elder_mode" and data.get("on") is False:
            session.elder_mode = False
            ctx.say(msg("elder-off"))
            await self._continue_or_menu(ctx)
        else:
            entities: list[dict[str, Any]] = [
                {"entity": key, "value": value, "start": 0, "end": 0} for key, value in data.items()
            ]
            parse = ParseResult.model_validate(
                {
                    "text": text,
                    "intent": {"name": name, "confidence": 1.0},
                    "entities": entities,
                    "intent_ranking": [{"name": name, "confidence": 1.0}],
                    "language": ctx.locale,
                }
            )
            if name not in _INTENT_HANDLERS:
                await self._stale(ctx)
                return
            await self._act_on(ctx, parse, text)

    async def _stale(self, ctx: _Context) -> None:
        ctx.say(msg("button-stale"))
        await self._continue_or_menu(ctx)

    # -- intents -------------------------------------------------------------------------

    async def _act_on(self, ctx: _Context, parse: ParseResult, text: str) -> None:
        service_value = parse.first_value("service")
        service_id = str(service_value) if service_value is not None else None
        intent = parse.intent.name
        if parse.fallback is not None or intent not in _INTENT_HANDLERS:
            NLU_FALLBACKS.labels(ctx.channel, ctx.locale, parse.fallback or "unknown_intent").inc()
            # The NLU is unsure; a plain service name the catalog knows well still counts.
            matches = await self._guides.search_services(text, ctx.locale, limit=1)
            if matches and matches[0].score >= SEARCH_SCORE_FOR_SERVICE and not text.startswith("/"):
                ctx.session.misses = 0
                await self._start_service(ctx, matches[0].service_id)
                return
            if parse.fallback == "ambiguous" and ctx.session.misses == 0:
                await self._did_you_mean(ctx, parse, service_id)
            else:
                await self._not_understood(ctx)
            return
        ctx.session.misses = 0
        services = list(dict.fromkeys(str(value) for value in parse.entity_values("service")))
        if len(services) > 1 and intent in SERVICE_INTENTS:
            await self._which_service(ctx, intent, services)
            return
        await _INTENT_HANDLERS[intent](self, ctx, parse, service_id)

    async def _which_service(self, ctx: _Context, intent: str, service_ids: list[str]) -> None:
        """The message names several services ("养老金资格认证"): ask which one is meant."""
        buttons = []
        for service_id in service_ids[:4]:
            service = await self._guides.get_service(service_id)
            if service is not None:
                label = msg("service-name", service=Localized(text=service.names))
                buttons.append(Button(label=label, payload=payload(intent, service=service_id)))
        ctx.say(msg("which-of-these"), buttons=[*buttons, self._menu_button(), self._human_button()])

    async def _on_greet(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        ctx.say(msg("greet-reply"))
        await self._continue_or_menu(ctx)

    async def _on_goodbye(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        ctx.say(msg("goodbye-reply", hotline=self._common.hotline))

    async def _on_thanks(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        ctx.say(msg("thanks-reply"), buttons=[self._menu_button(), self._human_button()])

    async def _on_yes_no(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        step = self._current_step(ctx.session)
        if isinstance(step, ConfirmStep):
            await self._confirm(ctx, step, parse.intent.name == "affirm")
        elif isinstance(step, AskStep) and step.input == "yes_no":
            await self._answer(ctx, step, "yes" if parse.intent.name == "affirm" else "no")
        else:
            await self._continue_or_menu(ctx)

    async def _on_help(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        ctx.say(
            msg("help-text", hotline=self._common.hotline),
            buttons=[
                self._menu_button(),
                self._button("nav-elder", "elder_mode"),
                self._button("nav-language", "set_language"),
                self._human_button(),
            ],
        )
        if ctx.session.flow is not None:
            await self._reask(ctx)

    async def _on_back(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        state = ctx.session.flow
        if state is None:
            ctx.say(msg("back-nothing"))
            await self._menu(ctx)
        elif not state.history:
            ctx.say(msg("back-at-start"))
            await self._reask(ctx)
        else:
            await self._run(ctx, state.history.pop())

    async def _on_repeat(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        if not ctx.session.last_replies:
            await self._menu(ctx)
            return
        ctx.replies.extend(Reply.model_validate(raw) for raw in ctx.session.last_replies)
        ctx.repeated = True

    async def _on_restart(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        ctx.session.flow = None
        ctx.session.pending = None
        ctx.say(msg("restart-done"))
        await self._menu(ctx)

    async def _on_human(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        flow_service = self._flows[ctx.session.flow.flow_id].service if ctx.session.flow else None
        await self._handoff(ctx, HandoffReason.USER_REQUEST, service_id or flow_service)
        if ctx.session.flow is not None:
            ctx.replies[-1] = ctx.replies[-1].model_copy(
                update={"buttons": [self._button("nav-continue", "stay"), self._menu_button()]}
            )

    async def _on_set_language(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        languages = self._i18n.languages
        code = parse.first_value("language")
        if isinstance(code, str) and code in languages.languages:
            # Any listed language can be chosen; what it lacks falls back along its chain.
            ctx.session.locale = code
            ctx.locale = code
            ctx.say(msg("language-set", name=languages.languages[code].native_name))
            await self._continue_or_menu(ctx)
            return
        ctx.say(
            msg("language-choose"),
            buttons=[
                Button(
                    label=msg("plain", text=language.native_name), payload=payload("set_language", language=c)
                )
                for c, language in languages.languages.items()
            ],
        )

    async def _on_elder_mode(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        ctx.session.elder_mode = True
        ctx.say(
            msg("elder-on"),
            buttons=[Button(label=msg("nav-elder-off"), payload=payload("elder_mode", on=False))],
        )
        await self._continue_or_menu(ctx)

    async def _on_feedback(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        log.info("feedback received (locale %s)", ctx.locale)
        ctx.say(msg("feedback-thanks", hotline=self._common.hotline))
        await self._continue_or_menu(ctx)

    async def _on_forget(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        await self._forget(ctx, confirmed=False)

    async def _on_ask_service(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        if service_id is None or service_id not in self._flow_for_service:
            ctx.say(msg("which-service"))
            await self._menu(ctx)
            return
        await self._start_service(ctx, service_id)

    async def _on_lookup(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        state = ctx.session.flow
        service_id = service_id or (self._flows[state.flow_id].service if state else None)
        service = await self._guides.get_service(service_id) if service_id else None
        if service is None:
            ctx.say(msg("which-service"))
            await self._menu(ctx)
            return
        await self._lookup(ctx, service, LOOKUP_INTENTS[parse.intent.name])
        await self._continue_or_menu(ctx)

    async def _on_progress(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        state = ctx.session.flow
        service_id = service_id or (self._flows[state.flow_id].service if state else None)
        service = await self._guides.get_service(service_id) if service_id else None
        if service is None:
            ctx.say(msg("progress-general", hotline=self._common.hotline))
            await self._menu(ctx)
            return
        ctx.say(msg("progress-howto", service=Localized(text=service.names)))
        await self._lookup(ctx, service, "online")
        await self._lookup(ctx, service, "offices")
        await self._continue_or_menu(ctx)

    # -- fallbacks -----------------------------------------------------------------------

    async def _did_you_mean(self, ctx: _Context, parse: ParseResult, service_id: str | None) -> None:
        ctx.session.misses += 1
        buttons: list[Button] = []
        for name in parse.candidates(2):
            if name not in _INTENT_HANDLERS or name == "out_of_scope":
                continue
            data = {"service": service_id} if service_id and name in SERVICE_INTENTS else {}
            label = msg("intent-" + name)
            if data:
                service = await self._guides.get_service(service_id or "")
                if service is not None:
                    label = msg("intent-with-service", intent=label, service=Localized(text=service.names))
            buttons.append(Button(label=label, payload=payload(name, **data)))
        if not buttons:
            await self._not_understood(ctx)
            return
        ctx.say(msg("did-you-mean"), buttons=[*buttons, self._menu_button(), self._human_button()])

    async def _not_understood(self, ctx: _Context) -> None:
        ctx.session.misses += 1
        if ctx.session.misses >= 2:
            ctx.say(msg("not-understood-again", hotline=self._common.hotline))
            await self._menu(ctx, with_human=True)
            return
        ctx.say(msg("not-understood"))
        await self._continue_or_menu(ctx)

    # -- flows ---------------------------------------------------------------------------

    def _current_step(self, session: Session) -> Any:
        state = session.flow
        if state is None or state.flow_id not in self._flows:
            return None
        flow = self._flows[state.flow_id]
        return flow.step(state.step_id) if flow.has_step(state.step_id) else None

    async def _flow_still_valid(self, ctx: _Context) -> bool:
        """Resume a flow saved under an older definition if its place still exists;
        otherwise start it again and say why. False when this turn is used up."""
        state = ctx.session.flow
        assert state is not None
        flow = self._flows.get(state.flow_id)
        if flow is None:
            ctx.session.flow = None
            ctx.say(msg("flow-gone"))
            await self._menu(ctx)
            return False
        if state.flow_version == flow.version:
            return True
        place_exists = flow.has_step(state.step_id) and all(flow.has_step(step) for step in state.history)
        if place_exists and isinstance(flow.step(state.step_id), AskStep | ConfirmStep):
            state.flow_version = flow.version
            return True
        ctx.say(msg("flow-updated"))
        ctx.session.flow = FlowState(flow_id=flow.flow, flow_version=flow.version, step_id=flow.start)
        await self._run(ctx, flow.start)
        return False

    async def _start_service(self, ctx: _Context, service_id: str) -> None:
        flow = self._flow_for_service[service_id]
        service = await self._guides.get_service(service_id)
        names = Localized(text=service.names if service else {"zh-Hans": service_id})
        state = ctx.session.flow
        if state is not None and state.flow_id != flow.flow and (state.history or state.answers):
            current = await self._guides.get_service(self._flows[state.flow_id].service)
            ctx.say(
                msg("switch-confirm", current=Localized(text=current.names if current else {}), new=names),
                buttons=[
                    Button(label=msg("switch-yes", new=names), payload=payload("switch", service=service_id)),
                    Button(
                        label=msg("switch-no", current=Localized(text=current.names if current else {})),
                        payload="/stay",
                    ),
                ],
            )
            return
        if state is not None and state.flow_id == flow.flow:
            await self._reask(ctx)
            return
        ctx.session.flow = FlowState(flow_id=flow.flow, flow_version=flow.version, step_id=flow.start)
        ctx.say(msg("flow-start", service=names))
        await self._run(ctx, flow.start)

    async def _answer(self, ctx: _Context, step: AskStep, value: str) -> None:
        state = ctx.session.flow
        assert state is not None
        state.answers[step.slot] = value
        if not state.history or state.history[-1] != step.id:
            state.history.append(step.id)
        chosen = next((c for c in step.choices if c.value == value), None)
        target = (chosen.next if chosen else None) or step.next
        assert target is not None  # `banshi dialogues validate` rules out dead ends
        await self._run(ctx, target)

    async def _confirm(self, ctx: _Context, step: ConfirmStep, yes: bool) -> None:
        state = ctx.session.flow
        assert state is not None
        state.history.append(step.id)
        target = step.yes if yes else step.no
        assert target is not None
        await self._run(ctx, target)

    async def _run(self, ctx: _Context, step_id: str) -> None:
        """Walk the flow from ``step_id`` until it waits for the user or ends."""
        state = ctx.session.flow
        assert state is not None
        flow = self._flows[state.flow_id]
        service = await self._guides.get_service(flow.service)
        for _ in range(MAX_AUTO_STEPS):
            step = flow.step(step_id)
            state.step_id = step_id
            if isinstance(step, AskStep | ConfirmStep):
                await self._ask(ctx, step)
                return
            if isinstance(step, SayStep):
                ctx.say(msg(step.text))
                next_id = step.next
            elif isinstance(step, LookupStep):
                if service is not None:
                    await self._lookup(ctx, service, step.what)
                next_id = step.next
            elif isinstance(step, ChecklistStep):
                if service is not None:
                    await self._checklist(ctx, service, state.answers)
                next_id = step.next
            elif isinstance(step, BranchStep):
                next_id = next(
                    (case.next for case in step.cases if condition_holds(case.if_, state.answers)),
                    step.default,
                )
            elif isinstance(step, HandoffStep):
                ctx.session.flow = None
                if step.text:
                    ctx.say(msg(step.text))
                await self._handoff(ctx, HandoffReason.USER_REQUEST, flow.service)
                return
            else:
                assert isinstance(step, EndStep)
                ctx.session.flow = None
                ctx.say(msg(step.text or "flow-end"), buttons=[self._menu_button(), self._human_button()])
                return
            assert next_id is not None
            step_id = next_id
        log.error("flow %s loops without waiting at step %s", flow.flow, step_id)
        ctx.session.flow = None
        await self._handoff(ctx, HandoffReason.ERROR, flow.service)

    async def _ask(self, ctx: _Context, step: AskStep | ConfirmStep) -> None:
        state = ctx.session.flow
        assert state is not None
        buttons: list[Button] = []
        if isinstance(step, ConfirmStep) or step.input == "yes_no":
            buttons += [
                Button(
                    label=msg("answer-yes"),
                    payload=payload("choose", flow=state.flow_id, step=step.id, value="yes"),
                ),
                Button(
                    label=msg("answer-no"),
                    payload=payload("choose", flow=state.flow_id, step=step.id, value="no"),
                ),
            ]
        elif step.input == "choice":
            buttons += [
                Button(
                    label=msg(c.label),
                    payload=payload("choose", flow=state.flow_id, step=step.id, value=c.value),
                )
                for c in step.choices
            ]
        if state.history:
            buttons.append(self._button("nav-back", "back"))
        buttons += [self._button("nav-repeat", "repeat"), self._human_button()]
        hint = (
            msg("hint-number")
            if isinstance(step, AskStep) and step.input == "number"
            else msg("hint-buttons")
        )
        ctx.say(msg(step.prompt), hint, buttons=buttons)

    async def _reask(self, ctx: _Context) -> None:
        step = self._current_step(ctx.session)
        if isinstance(step, AskStep | ConfirmStep):
            await self._ask(ctx, step)

    async def _continue_or_menu(self, ctx: _Context) -> None:
        if isinstance(self._current_step(ctx.session), AskStep | ConfirmStep):
            await self._reask(ctx)
        else:
            await self._menu(ctx)

    # -- guide content -------------------------------------------------------------------

    async def _checklist(self, ctx: _Context, service: Service, answers: dict[str, str]) -> None:
        names = Localized(text=service.names)
        parts = [msg("checklist-title", service=names), msg("checklist-materials")]
        for n, material in enumerate(await self._guides.materials(service.id, answers), 1):
            parts.append(
                msg(
                    "checklist-item",
                    n=n,
                    name=Localized(text=material.name),
                    form=msg("form-" + material.form.value),
                    copies=material.copies,
                )
            )
            if material.note:
                parts.append(msg("checklist-note", note=Localized(text=material.note)))
        parts.append(
            msg("checklist-where", places=join([msg("office-type-" + t.value) for t in service.where]))
        )
        parts += self._fee_parts(service, answers)
        parts.append(msg("checklist-time", text=Localized(text=service.time_limit.text)))
        parts.append(msg("guide-proxy-" + service.proxy.allowed))
        if ctx.session.active_case is not None:
            parts += self._proxy_parts(service, answers)
        parts.append(msg("guide-sample-notice"))
        ctx.say(*parts, kind="checklist")

    def _fee_parts(self, service: Service, answers: dict[str, str]) -> list[Msg]:
        fees = [
            msg("guide-fee-item", label=Localized(text=fee.label), amount=fee.amount_yuan)
            for fee in service.fees
            if applies(fee.when, answers)
        ]
        parts = [msg("checklist-fees"), *fees] if fees else [msg("checklist-free")]
        if service.fee_note:
            parts.append(msg("checklist-note", note=Localized(text=service.fee_note)))
        return parts

    async def _lookup(self, ctx: _Context, service: Service, what: str) -> None:
        answers = ctx.session.flow.answers if ctx.session.flow else {}
        names = Localized(text=service.names)
        parts: list[Msg]
        if what == "materials":
            await self._checklist(ctx, service, answers)
            return
        if what == "offices":
            offices = (await self._guides.offices(service_id=service.id))[:3]
            parts = [
                msg("lookup-offices", service=names),
                *(part for o in offices for part in office_card(o)),
            ]
            if not offices:
                parts.append(msg("lookup-no-office", hotline=self._common.hotline))
        elif what == "fees":
            parts = [msg("lookup-fees", service=names), *self._fee_parts(service, answers)]
        elif what == "online":
            parts = [msg("lookup-online", service=names)]
            parts += [
                msg("online-channel", name=Localized(text=c.name), url=c.url or "") for c in service.online
            ]
            if not service.online:
                parts.append(msg("guide-online-none"))
        elif what == "time_limit":
            parts = [msg("checklist-time", text=Localized(text=service.time_limit.text))]
        elif what == "steps":
            steps = await self._guides.steps(service.id, answers)
            parts = [msg("lookup-steps", service=names)]
            parts += [msg("step-item", n=n, text=Localized(text=s.text)) for n, s in enumerate(steps, 1)]
        else:  # proxy
            parts = [
                msg("guide-proxy-" + service.proxy.allowed),
                msg("checklist-note", note=Localized(text=service.proxy.note)),
            ]
            if service.proxy.agent_materials:
                parts.append(msg("guide-proxy-bring"))
                parts += [
                    msg("bullet", text=Localized(text=m.name))
                    for m in service.proxy.agent_materials
                    if applies(m.when, answers)
                ]
        ctx.say(*parts)

    async def _handoff(
        self,
        ctx: _Context,
        reason: HandoffReason,
        service_id: str | None,
        *,
        audio_ref: str | None = None,
        lead: str | None = None,
    ) -> None:
        """Record a request for a person (with the user's recording, if any) and say how to reach one."""
        offices = await self._guides.offices(service_id=service_id) if service_id else []
        parts = [msg(lead)] if lead else []
        parts.append(msg("handoff-hotline", hotline=self._common.hotline))
        if offices:
            parts.append(
                msg("handoff-office", office=Localized(text=offices[0].names), phone=offices[0].phone)
            )
        record_id = None
        HANDOFFS.labels(ctx.channel, reason.value).inc()
        if self._handoffs is not None:
            record = await self._handoffs.create(
                Handoff(
                    sender=ctx.session.sender,
                    channel=ctx.session.sender.split(":", 1)[0],
                    reason=reason,
                    service_id=service_id,
                    locale=ctx.locale,
                    summary=f"{reason.value} {service_id or ''}".strip(),
                    audio_ref=audio_ref,
                )
            )
            record_id = record.id
            parts.append(msg("handoff-recorded", reference=record.id[:8].upper()))
        log.info("handoff %s (%s, service %s)", record_id, reason.value, service_id)
        ctx.say(*parts, buttons=[self._menu_button()], speak=audio_ref is not None)

    # -- menus and buttons ---------------------------------------------------------------

    async def _menu(self, ctx: _Context, page: int = 0, with_human: bool = True) -> None:
        names = await self._service_names()
        first_page = [s for s in self._common.menu if s in self._flow_for_service]
        services = first_page if page == 0 else [s for s in self._flow_for_service if s not in first_page]
        buttons = [
            Button(
                label=msg("service-name", service=Localized(text=names.get(s, {"zh-Hans": s}))),
                payload=payload("ask_service", service=s),
            )
            for s in services
        ]
        if page == 0:
            buttons.append(self._button("menu-more", "menu", page=1))
        else:
            buttons.append(self._button("menu-first", "menu", page=0))
        if with_human:
            buttons.append(self._human_button())
        ctx.say(msg("menu-prompt"), buttons=buttons)

    async def _service_names(self) -> dict[str, dict[str, str]]:
        """Service names for menus, read once per catalog version."""
        version = await self._guides.version()
        if version != self._names_version:
            self._names = {s.id: dict(s.names) for s in await self._guides.list_services()}
            self._names_version = version
        return self._names

    @staticmethod
    def _button(label_key: str, name: str, **data: str | int | bool) -> Button:
        return Button(label=msg(label_key), payload=payload(name, **data))

    def _menu_button(self) -> Button:
        return self._button("nav-menu", "menu")

    def _human_button(self) -> Button:
        return self._button("nav-human", "human")


_INTENT_HANDLERS = {
    "greet": Engine._on_greet,
    "goodbye": Engine._on_goodbye,
    "thanks": Engine._on_thanks,
    "affirm": Engine._on_yes_no,
    "deny": Engine._on_yes_no,
    "help": Engine._on_help,
    "back": Engine._on_back,
    "repeat": Engine._on_repeat,
    "restart": Engine._on_restart,
    "human": Engine._on_human,
    "set_language": Engine._on_set_language,
    "elder_mode": Engine._on_elder_mode,
    "feedback": Engine._on_feedback,
    "ask_service": Engine._on_ask_service,
    "ask_materials": Engine._on_lookup,
    "ask_office": Engine._on_lookup,
    "ask_fee": Engine._on_lookup,
    "ask_progress": Engine._on_progress,
    "forget": Engine._on_forget,
}
