"""The engine protocol and the factory that builds the configured engine."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Collection
from typing import Protocol, runtime_checkable

from nlu.builtin import BuiltinNLU, ModelError, ServiceLexicon, training_fingerprint
from nlu.config import NLUConfig
from nlu.result import ParseResult

logger = logging.getLogger(__name__)


@runtime_checkable
class NLUEngine(Protocol):
    """Reads one message: intent, ranking, entities. ``lang=None`` means detect it."""

    async def parse(self, text: str, lang: str | None = None) -> ParseResult: ...

    def detect_language(
        self, text: str, supported: Collection[str] | None = None, prefer: str | None = None
    ) -> str:
        """The locale ``text`` is written in (among ``supported``); ``prefer`` when unsure."""
        ...


def load_or_train(config: NLUConfig, service_lexicon: ServiceLexicon) -> BuiltinNLU:
    """The built-in engine from ``config.model_path``, (re)trained and saved when missing or stale.

    A model is stale when the training data, the service lexicon, the configured languages
    or the library versions changed since it was trained (a hash kept in the model file).
    """
    path = config.model_path
    expected = training_fingerprint(config, service_lexicon)
    if path.exists():
        try:
            engine = BuiltinNLU.load(path, config)
        except ModelError as exc:
            logger.info("NLU: %s; training a new model", exc)
        else:
            if engine.fingerprint == expected:
                return engine
            logger.info("NLU: training data or lexicon changed since %s was trained; training again", path)
    engine = BuiltinNLU.train(config, service_lexicon)
    try:
        engine.save(path)
    except OSError as exc:
        logger.warning(
            "NLU: could not save the model to %s (%s); it will be trained again next start", path, exc
        )
    return engine


async def create_engine(
    config: NLUConfig, service_lexicon: ServiceLexicon, *, rasa_token: str | None = None
) -> NLUEngine:
    """The engine ``config.backend`` asks for; Rasa always wraps the built-in one as its fallback.

    ``rasa_token`` is the Rasa server's ``--auth-token`` (a secret: pass it from the
    environment). Loading or training runs in a worker thread so that the event loop stays
    responsive.
    """
    builtin = await asyncio.to_thread(load_or_train, config, service_lexicon)
    if config.backend == "rasa":
        from nlu.rasa_client import RasaNLU

        return RasaNLU(config, fallback=builtin, token=rasa_token)
    return builtin


async def close_engine(engine: NLUEngine) -> None:
    """Release what an engine holds (the Rasa client's HTTP session); a no-op for others."""
    close = getattr(engine, "close", None)
    if close is not None:
        await close()
