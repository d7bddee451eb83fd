"""Client of an external Rasa Open Source server (``POST /model/parse``), with a fallback.

Rasa runs as its own service (see docs/rasa.md). Each request has a timeout; connection
errors and 5xx answers are retried a few times with a short backoff, a timeout is not
(a slow server stays slow). When Rasa fails, one warning is logged and the built-in engine
answers, and Rasa is left alone for ``rasa_cooldown_s`` before it is tried again, so that
an outage costs neither latency nor a log line per message.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Collection
from types import TracebackType
from typing import Any

import aiohttp

from nlu.config import NLUConfig
from nlu.engine import NLUEngine
from nlu.language import match_language
from nlu.policy import decide
from nlu.result import RANKING_SIZE, Entity, IntentScore, ParseResult

logger = logging.getLogger(__name__)

RASA_FALLBACK_INTENT = "nlu_fallback"  # what Rasa's FallbackClassifier names its verdict
_BACKOFF_S = 0.05


class RasaError(Exception):
    """Rasa did not give a usable answer; the message says why, in a few words."""

    def __init__(self, reason: str, retry: bool) -> None:
        super().__init__(reason)
        self.retry = retry


class RasaNLU:
    """:class:`~nlu.engine.NLUEngine` backed by a Rasa server, falling back to ``fallback``.

    Pass an ``aiohttp.ClientSession`` to share one (it is then not closed here), or a
    ``session_factory``; by default a session is opened on first use and closed by
    :meth:`close` (or by leaving ``async with``).
    """

    def __init__(
        self,
        config: NLUConfig,
        fallback: NLUEngine,
        session: aiohttp.ClientSession | None = None,
        *,
        session_factory: Callable[[], aiohttp.ClientSession] | None = None,
        token: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.config = config
        self.fallback = fallback
        self._session = session
        self._owns_session = session is None
        self._session_factory = session_factory or aiohttp.ClientSession
        self._token = token
        self._clock = clock
        self._down_until: dict[str, float] = {}  # url -> when to try again

    async def __aenter__(self) -> RasaNLU:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        if self._owns_session and self._session is not None:
            await self._session.close()
        self._session = None

    def url_for(self, language: str) -> str | None:
        """The Rasa server for a locale, or ``None`` when the built-in engine serves it."""
        if self.config.rasa_urls:
            return self.config.rasa_urls.get(language)
        return self.config.rasa_url

    def detect_language(
        self, text: str, supported: Collection[str] | None = None, prefer: str | None = None
    ) -> str:
        return self.fallback.detect_language(text, supported, prefer)

    async def parse(self, text: str, lang: str | None = None) -> ParseResult:
        language = match_language(lang, self.config.languages) or self.detect_language(
            text, self.config.languages or None
        )
        url = self.url_for(language)
        if url is None or self._clock() < self._down_until.get(url, 0.0):
            return await self.fallback.parse(text, language)
        try:
            answer = await self._request(url, text)
            result = self._to_result(answer, text, language)
        except RasaError as exc:
            was_up = url not in self._down_until
            self._down_until[url] = self._clock() + self.config.rasa_cooldown_s
            if was_up:
                logger.warning(
                    "NLU: Rasa server %s failed (%s); the built-in engine answers for the next %g s",
                    url,
                    exc,
                    self.config.rasa_cooldown_s,
                )
            else:
                logger.debug("NLU: Rasa server %s still failing (%s)", url, exc)
            return await self.fallback.parse(text, language)
        if self._down_until.pop(url, None) is not None:
            logger.info("NLU: Rasa server %s answers again", url)
        return result

    async def _request(self, url: str, text: str) -> Any:
        attempts = 1 + self.config.rasa_retries
        for attempt in range(attempts):
            try:
                return await self._post(url, text)
            except RasaError as exc:
                if not exc.retry or attempt == attempts - 1:
                    raise
            await asyncio.sleep(_BACKOFF_S * 2**attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _post(self, url: str, text: str) -> Any:
        if self._session is None or self._session.closed:
            self._session = self._session_factory()
            self._owns_session = True
        params = {"token": self._token} if self._token else None
        timeout = aiohttp.ClientTimeout(total=self.config.rasa_timeout_s)
        endpoint = url.rstrip("/") + "/model/parse"
        try:
            async with self._session.post(
                endpoint, json={"text": text}, params=params, timeout=timeout
            ) as response:
                body = await response.text()
                if response.status >= 500:
                    raise RasaError(f"HTTP {response.status}{_reason(body)}", retry=True)
                if response.status != 200:
                    raise RasaError(f"HTTP {response.status}{_reason(body)}", retry=False)
        except TimeoutError as exc:
            raise RasaError(f"no answer within {self.config.rasa_timeout_s:g} s", retry=False) from exc
        except aiohttp.ClientError as exc:
            raise RasaError(_describe(exc), retry=True) from exc
        try:
            return json.loads(body)
        except json.JSONDecodeError as exc:
            raise RasaError("answer is not JSON", retry=False) from exc

    def _to_result(self, answer: Any, text: str, language: str) -> ParseResult:
        if not isinstance(answer, dict):
            raise RasaError("answer is not a JSON object", retry=False)
        ranking = [
            score
            for score in (_intent(item) for item in answer.get("intent_ranking") or [])
            if score is not None and score.name != RASA_FALLBACK_INTENT
        ]
        top = _intent(answer.get("intent"))
        if not ranking and top is not None and top.name != RASA_FALLBACK_INTENT:
            ranking = [top]
        if not ranking:
            raise RasaError("answer has no intent", retry=False)
        ranking.sort(key=lambda score: -score.confidence)
        ranking = ranking[:RANKING_SIZE]
        intent, fallback = decide(ranking, self.config)
        entities: list[Entity] = []
        seen: set[tuple[str, str, int, int]] = set()
        for item in answer.get("entities") or []:
            entity = _entity(item)
            # Two extractors (DIET and lookups) may report the same span; keep the first.
            key = (entity.entity, str(entity.value), entity.start, entity.end) if entity else None
            if entity is not None and key is not None and key not in seen:
                seen.add(key)
                entities.append(entity)
        return ParseResult(
            text=text,
            intent=intent,
            entities=entities,
            intent_ranking=ranking,
            language=language,
            fallback=fallback,
        )


def _intent(item: Any) -> IntentScore | None:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        return None
    confidence = item.get("confidence")
    if not isinstance(confidence, int | float):
        return None
    return IntentScore(name=item["name"], confidence=min(1.0, max(0.0, float(confidence))))


def _entity(item: Any) -> Entity | None:
    if not isinstance(item, dict):
        return None
    try:
        data = dict(item)
        if not isinstance(data.get("value"), str | int | float) or isinstance(data.get("value"), bool):
            data["value"] = json.dumps(data.get("value"), ensure_ascii=False)
        if isinstance(data.get("confidence_entity"), int | float):
            data["confidence_entity"] = min(1.0, max(0.0, float(data["confidence_entity"])))
        else:
            data.pop("confidence_entity", None)
        data.setdefault("extractor", "rasa")
        return Entity.model_validate(data)
    except ValueError:
        return None


def _reason(body: str) -> str:
    try:
        error = json.loads(body)
    except json.JSONDecodeError:
        return ""
    if isinstance(error, dict):
        message = error.get("message") or error.get("reason")
        if isinstance(message, str) and message:
            return f": {message[:200]}"
    return ""


def _describe(exc: aiohttp.ClientError) -> str:
    if isinstance(exc, aiohttp.ClientConnectorError):
        return f"cannot connect: {exc.os_error.strerror or exc.os_error}"
    return f"{type(exc).__name__}: {exc}"[:200]
