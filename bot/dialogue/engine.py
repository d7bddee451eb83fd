"""The channel-neutral dialogue engine: ``Engine.handle(turn) -> [Reply]``.

One turn: serialize it per sender, load the session, run the context middlewares (case
scope, locale, privacy notice) around the dispatch, then save the session. The dispatch
sends a location or media message to its handler and a typed message to
:func:`bot.dialogue.read.read_text`, which tries its meanings in order. What each intent,
payload, form and media kind does is in :mod:`bot.dialogue.handlers`; flows are data
(``dialogues/``) walked by :mod:`bot.dialogue.flows.runner`.
"""

from __future__ import annotations

from functools import partial

from bot.agents import Agents
from bot.asr import SpeechRecognition
from bot.core.messages import Reply, Turn, msg
from bot.dialogue.context import Collaborators, TurnContext
from bot.dialogue.flows.schema import Common, Flow
from bot.dialogue.handlers import (
    casework,
    fallback,
    forget,
    handoff,
    navigation,
    preferences,
    questions,
    services,
    smalltalk,
    voice,
)
from bot.dialogue.middleware import ContextHandler, ContextMiddleware
from bot.dialogue.middleware.case_scope import case_scope
from bot.dialogue.middleware.locale import locale
from bot.dialogue.middleware.privacy_notice import privacy_notice
from bot.dialogue.middleware.serialize import Serialize
from bot.dialogue.read import read_text
from bot.dialogue.router import Router
from bot.dialogue.understand import Vocabulary
from bot.guides import GuideStore
from bot.handoffs import HandoffStore
from bot.i18n import Localizer
from bot.locks import SenderLock
from bot.sessions import Session, SessionStore
from bot.voiceclips import VoiceClips
from nlu import NLUEngine

MAX_TEXT = 2000  # longer messages are cut: nobody types more to a chat assistant


def root_router() -> Router:
    """Every handler router. Order matters only where two could take the same event."""
    root = Router("root")
    for module in (
        navigation,
        questions,
        services,
        preferences,
        smalltalk,
        handoff,
        forget,
        casework,
        voice,
        fallback,
    ):
        root.include_router(module.router)
    return root


# Outermost first: the case scope must store the flow back after the locale's offer is added.
CONTEXT_MIDDLEWARES: tuple[ContextMiddleware, ...] = (case_scope, locale, privacy_notice)


class Engine:
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
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.collaborators = Collaborators(
            sessions=sessions,
            guides=guides,
            nlu=nlu,
            flows=flows,
            common=common,
            i18n=i18n,
            handoffs=handoffs,
            agents=agents,
            retention_days=retention_days,
            asr=asr,
            clips=clips,
            vocabulary=vocabulary or Vocabulary(),
        )
        self.router = root_router()
        self._intents = frozenset(self.router.intents())
        self._serialize = Serialize(lock, max_turns_in_flight)
        self._dispatch_chain = self._chain(CONTEXT_MIDDLEWARES)

    @property
    def lock(self) -> SenderLock:
        return self._serialize.lock

    async def handle(self, turn: Turn) -> list[Reply]:
        return await self._serialize(turn, self._turn)

    def render(self, reply: Reply) -> str:
        i18n = self.collaborators.i18n
        return "\n".join(i18n.render(part, reply.locale) for part in reply.parts)

    def apology(self, locale: str | None = None) -> Reply:
        """What a channel sends when a turn failed: sorry, try again, or call the hotline."""
        return Reply(
            parts=[msg("error-apology", hotline=self.collaborators.common.hotline)],
            locale=locale or self.collaborators.i18n.languages.default,
        )

    def _chain(self, middlewares: tuple[ContextMiddleware, ...]) -> ContextHandler:
        handler: ContextHandler = self._dispatch
        for middleware in reversed(middlewares):
            handler = partial(middleware, call_next=handler)
        return handler

    async def _turn(self, turn: Turn) -> list[Reply]:
        sessions = self.collaborators.sessions
        session = await sessions.load(turn.sender)
        first_contact = session is None
        if session is None:
            session = Session(sender=turn.sender)
        ctx = TurnContext(
            session=session,
            locale=self.collaborators.i18n.languages.default,  # chosen by the locale middleware
            channel=turn.channel,
            collaborators=self.collaborators,
            read_text=self._read_text,
            first_contact=first_contact,
            intents=self._intents,
        )
        await self._dispatch_chain(ctx, turn)
        if ctx.erased:
            return ctx.replies
        replies = [
            reply.model_copy(update={"speak": reply.speak or session.elder_mode, "locale": ctx.locale})
            for reply in ctx.replies
        ]
        if not ctx.repeated:
            session.last_replies = [reply.model_dump(mode="json") for reply in replies]
        await sessions.save(session)
        return replies

    async def _read_text(self, ctx: TurnContext, text: str) -> None:
        await read_text(ctx, self.router, text)

    async def _dispatch(self, ctx: TurnContext, turn: Turn) -> None:
        kind = "location" if turn.location is not None else turn.media
        if kind == "voice" or kind == "location" or (kind is not None and not turn.text.strip()):
            handler = self.router.find_media(kind)
            assert handler is not None  # the fallback router takes any media
            await handler(ctx, turn)
            return
        await read_text(ctx, self.router, turn.text.strip()[:MAX_TEXT])
