"""What a handler gets for one turn: the session, the reply language, ``say()``, and the
collaborators (stores, flows, texts) it may use. Handlers never see the Engine."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.agents import Agents
from bot.asr import SpeechRecognition
from bot.core.messages import Button, Msg, Reply
from bot.dialogue.flows.schema import Common, Flow
from bot.dialogue.pending import Pending, dump_pending, read_pending
from bot.dialogue.understand import Understanding, Vocabulary
from bot.guides import GuideStore
from bot.handoffs import HandoffStore
from bot.i18n import Localizer
from bot.sessions import Session, SessionStore
from bot.voiceclips import VoiceClips
from nlu import NLUEngine


class ServiceNames:
    """Service names for menus, read once per catalog version (menus are shown on most turns)."""

    def __init__(self, guides: GuideStore) -> None:
        self._guides = guides
        self._names: dict[str, dict[str, str]] = {}
        self._version: str | None = None

    async def get(self) -> dict[str, dict[str, str]]:
        version = await self._guides.current_version()
        if version != self._version:
            self._names = {s.id: dict(s.names) for s in await self._guides.list_services()}
            self._version = version
        return self._names


@dataclass
class Collaborators:
    """Built once by the Engine and shared by every turn."""

    sessions: SessionStore
    guides: GuideStore
    nlu: NLUEngine
    flows: dict[str, Flow]
    common: Common
    i18n: Localizer
    handoffs: HandoffStore | None = None
    agents: Agents | None = None
    retention_days: int = 30
    asr: SpeechRecognition | None = None
    clips: VoiceClips | None = None
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    flow_for_service: dict[str, Flow] = field(init=False)
    service_names: ServiceNames = field(init=False)
    understanding: Understanding = field(init=False)

    def __post_init__(self) -> None:
        self.flow_for_service = {flow.service: flow for flow in self.flows.values()}
        self.service_names = ServiceNames(self.guides)
        self.understanding = Understanding(self.guides, self.vocabulary)


TextReader = Callable[["TurnContext", str], Awaitable[None]]


@dataclass
class TurnContext:
    """One turn. ``replies`` collect what :meth:`say` says; ``locale`` may change mid-turn
    (the user picked a language) and applies to every reply of the turn."""

    session: Session
    locale: str
    channel: str
    collaborators: Collaborators
    read_text: TextReader  # the engine's reading of a message, for a confirmed voice transcript
    replies: list[Reply] = field(default_factory=list)
    first_contact: bool = False  # no session was stored for this sender
    repeated: bool = False  # the replies repeat the last ones: do not store them as the last
    erased: bool = False  # the user erased their data: do not save the session again
    intents: frozenset[str] = frozenset()  # every intent a handler is registered for

    def say(
        self,
        *parts: Msg,
        buttons: list[Button] | None = None,
        kind: str = "text",
        speak: bool = False,
        materials: list[str] | None = None,
    ) -> None:
        self.replies.append(
            Reply(parts=list(parts), buttons=buttons or [], kind=kind, speak=speak, materials=materials or [])  # type: ignore[arg-type]
        )

    async def handle_text(self, text: str) -> None:
        """Read ``text`` as if the user had typed it this turn."""
        await self.read_text(self, text)

    @property
    def pending(self) -> Pending | None:
        """The form awaiting an answer (typed view of ``session.pending``)."""
        return read_pending(self.session.pending)

    @pending.setter
    def pending(self, form: Pending | None) -> None:
        self.session.pending = dump_pending(form)

    # -- collaborators --------------------------------------------------------------------

    @property
    def sessions(self) -> SessionStore:
        return self.collaborators.sessions

    @property
    def guides(self) -> GuideStore:
        return self.collaborators.guides

    @property
    def nlu(self) -> NLUEngine:
        return self.collaborators.nlu

    @property
    def flows(self) -> dict[str, Flow]:
        return self.collaborators.flows

    @property
    def flow_for_service(self) -> dict[str, Flow]:
        return self.collaborators.flow_for_service

    @property
    def common(self) -> Common:
        return self.collaborators.common

    @property
    def i18n(self) -> Localizer:
        return self.collaborators.i18n

    @property
    def handoffs(self) -> HandoffStore | None:
        return self.collaborators.handoffs

    @property
    def agents(self) -> Agents | None:
        return self.collaborators.agents

    @property
    def asr(self) -> SpeechRecognition | None:
        return self.collaborators.asr

    @property
    def clips(self) -> VoiceClips | None:
        return self.collaborators.clips

    @property
    def retention_days(self) -> int:
        return self.collaborators.retention_days

    @property
    def service_names(self) -> ServiceNames:
        return self.collaborators.service_names

    @property
    def understanding(self) -> Understanding:
        return self.collaborators.understanding
