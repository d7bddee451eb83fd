"""Everything a channel needs, built once from settings: stores, NLU, flows, the engine."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from bot.agents import Agents, AgentStore, open_agent_store
from bot.asr import ASRError, SpeechRecognition, resolve_model_path
from bot.dialogue.engine import Engine
from bot.dialogue.flows import load_flows
from bot.dialogue.understand import Vocabulary
from bot.guides import GuideStore, open_guide_store
from bot.handoffs import HandoffStore, open_handoff_store
from bot.i18n import Localizer
from bot.locks import LocalSenderLock, RedisSenderLock
from bot.sessions import SessionStore, open_session_store
from bot.settings import Settings
from bot.voiceclips import VoiceClips
from nlu import NLUEngine, close_engine, create_engine, lexicon_from_services

log = logging.getLogger(__name__)


@dataclass
class App:
    settings: Settings
    i18n: Localizer
    guides: GuideStore
    sessions: SessionStore
    handoffs: HandoffStore
    agent_store: AgentStore
    nlu: NLUEngine
    engine: Engine
    owns_nlu: bool = True
    lock: LocalSenderLock | RedisSenderLock = field(default_factory=LocalSenderLock)
    asr: SpeechRecognition | None = None
    clips: VoiceClips | None = None

    async def close(self) -> None:
        if self.owns_nlu:
            await close_engine(self.nlu)
        await self.lock.close()
        for store in (self.agent_store, self.handoffs, self.sessions, self.guides):
            await store.close()


async def service_lexicon(guides: GuideStore) -> dict[str, dict[str, list[str]]]:
    return lexicon_from_services({service.id: service for service in await guides.list_services()})


async def open_app(
    settings: Settings, *, nlu: NLUEngine | None = None, asr: SpeechRecognition | None = None
) -> App:
    """Build everything from settings; ``nlu`` and ``asr`` reuse models already loaded
    (tests and benchmarks share them); the App does not close an ``nlu`` it was given."""
    i18n = Localizer(settings.locales_path)
    flows, common = load_flows(settings.dialogues_path)
    guides = await open_guide_store(settings)
    owns_nlu = nlu is None
    if nlu is None:
        nlu = await create_engine(settings.nlu, await service_lexicon(guides))
    sessions = await open_session_store(settings)
    handoffs = await open_handoff_store(settings)
    agent_store = await open_agent_store(settings)
    lock = open_sender_lock(settings)
    asr = asr or open_speech_recognition(settings)
    clips = VoiceClips(settings.voice_in.clips_path)
    engine = Engine(
        sessions=sessions,
        guides=guides,
        nlu=nlu,
        flows=flows,
        common=common,
        i18n=i18n,
        handoffs=handoffs,
        agents=Agents(agent_store),
        retention_days=settings.privacy.retention_days.sessions,
        max_turns_in_flight=settings.limits.max_turns_in_flight,
        lock=lock,
        asr=asr,
        clips=clips,
        vocabulary=Vocabulary.load(settings.dialogues_path),
    )
    return App(
        settings, i18n, guides, sessions, handoffs, agent_store, nlu, engine, owns_nlu, lock, asr, clips
    )


def open_speech_recognition(settings: Settings) -> SpeechRecognition:
    """Recognizers for the locales whose model is installed; the others are logged and left out
    (their voice messages go to a person)."""
    models: dict[str, Path] = {}
    for locale, value in settings.voice_in.models.items():
        try:
            path = resolve_model_path(value, Path.cwd())
        except ASRError as exc:
            log.warning("voice messages in %s go to a person: %s", locale, exc.reason)
            continue
        if not path.is_dir():
            log.warning("voice messages in %s go to a person: no model folder %s", locale, path)
            continue
        models[locale] = path
    return SpeechRecognition(
        models, timeout_s=settings.voice_in.timeout_s, max_seconds=settings.voice_in.max_seconds
    )


def open_sender_lock(settings: Settings) -> LocalSenderLock | RedisSenderLock:
    """One turn at a time per sender: in Redis when workers share it, else in this process."""
    if settings.storage.backend == "redis":
        from bot.redis_client import create_redis

        timeout_s = settings.limits.sender_lock_timeout_s
        return RedisSenderLock(create_redis(settings), settings.redis.key_prefix, timeout_s)
    return LocalSenderLock()
