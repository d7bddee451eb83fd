"""Everything a channel needs, built once from settings: stores, NLU, flows, the engine."""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine import Engine
from bot.flows import load_flows
from bot.guides import GuideStore, open_guide_store
from bot.handoffs import HandoffStore, open_handoff_store
from bot.i18n import Localizer
from bot.sessions import SessionStore, open_session_store
from bot.settings import Settings
from nlu import NLUEngine, close_engine, create_engine, lexicon_from_services


@dataclass
class App:
    settings: Settings
    i18n: Localizer
    guides: GuideStore
    sessions: SessionStore
    handoffs: HandoffStore
    nlu: NLUEngine
    engine: Engine

    async def close(self) -> None:
        await close_engine(self.nlu)
        for store in (self.handoffs, self.sessions, self.guides):
            await store.close()


async def service_lexicon(guides: GuideStore) -> dict[str, dict[str, list[str]]]:
    return lexicon_from_services({service.id: service for service in await guides.list_services()})


async def open_app(settings: Settings) -> App:
    i18n = Localizer(settings.locales_path)
    flows, common = load_flows(settings.dialogues_path)
    guides = await open_guide_store(settings)
    nlu = await create_engine(settings.nlu, await service_lexicon(guides))
    sessions = await open_session_store(settings)
    handoffs = await open_handoff_store(settings)
    engine = Engine(
        sessions=sessions, guides=guides, nlu=nlu, flows=flows, common=common, i18n=i18n, handoffs=handoffs
    )
    return App(settings, i18n, guides, sessions, handoffs, nlu, engine)
