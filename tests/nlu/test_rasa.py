"""The Rasa adapter against a local server that answers like Rasa 3.6's HTTP API.

The fake implements ``POST /model/parse`` as the Rasa server does (rasa/server.py): the
body's ``text`` is parsed, the answer carries ``text``, ``intent``, ``entities`` (with
``confidence_entity``, ``extractor``, ``processors``), ``text_tokens``, ``intent_ranking``
and ``response_selector``; errors are Rasa's error JSON (``version``, ``status``,
``message``, ``reason``, ``details``, ``help``, ``code``). A ``token`` query parameter is
required when the server was started with an auth token.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from nlu import BuiltinNLU, NLUConfig, RasaNLU, create_engine
from nlu.lexicon import ServiceLexiconDict

RASA_VERSION = "3.6.21"


def _error(status: int, reason: str, message: str) -> web.Response:
    body: dict[str, Any] = {
        "version": RASA_VERSION,
        "status": "failure",
        "message": message,
        "reason": reason,
        "details": {},
        "help": None,
        "code": status,
    }
    return web.json_response(body, status=status)


def _parse_answer(text: str) -> dict[str, Any]:
    """What a trained Banshi model on Rasa answers for 身份证丢了怎么办-like questions."""
    start = text.find("身份证")
    entities = []
    if start >= 0:
        span = {"start": start, "end": start + 3, "value": "id_card", "entity": "service"}
        entities = [
            {
                **span,
                "confidence_entity": 0.9987,
                "extractor": "DIETClassifier",
                "processors": ["EntitySynonymMapper"],
            },
            {**span, "extractor": "RegexEntityExtractor", "processors": ["EntitySynonymMapper"]},
        ]
    return {
        "text": text,
        "intent": {"name": "ask_service", "confidence": 0.9731},
        "entities": entities,
        "text_tokens": [[0, 3], [3, 5], [5, 8]],
        "intent_ranking": [
            {"name": "ask_service", "confidence": 0.9731},
            {"name": "ask_materials", "confidence": 0.0151},
            {"name": "ask_office", "confidence": 0.0062},
        ],
        "response_selector": {
            "all_retrieval_intents": [],
            "default": {
                "response": {
                    "responses": None,
                    "confidence": 0.0,
                    "intent_response_key": None,
                    "utter_action": "utter_None",
                },
                "ranking": [],
            },
        },
    }


@dataclass
class FakeRasa:
    """Behaviour switches for the fake server, and what it received."""

    url: str = ""
    token: str | None = None
    failures_left: int = 0  # answer HTTP 500 this many times first
    delay_s: float = 0.0
    no_model: bool = False
    answer: dict[str, Any] | None = None  # overrides the parse answer
    requests: list[dict[str, Any]] = field(default_factory=list)

    async def parse(self, request: web.Request) -> web.Response:
        if self.token is not None and request.query.get("token") != self.token:
            return _error(401, "NotAuthenticated", "User is not authenticated.")
        if self.no_model:
            return _error(
                409,
                "Conflict",
                "No agent loaded. To continue processing, a model of a trained agent needs to be loaded.",
            )
        try:
            body = await request.json()
        except ValueError:
            body = None
        if not isinstance(body, dict) or "text" not in body:
            return _error(
                400,
                "BadRequest",
                "No text message defined in request_body. Add text message to request body in order to "
                "obtain the intent and extracted entities.",
            )
        self.requests.append(body)
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        if self.failures_left > 0:
            self.failures_left -= 1
            return _error(500, "ParsingError", "An unexpected error occurred. Error: boom")
        return web.json_response(self.answer if self.answer is not None else _parse_answer(body["text"]))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
async def rasa() -> AsyncIterator[FakeRasa]:
    fake = FakeRasa()
    app = web.Application()
    app.router.add_post("/model/parse", fake.parse)
    runner = web.AppRunner(app)
    await runner.setup()
    port = _free_port()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    fake.url = f"http://127.0.0.1:{port}"
    try:
        yield fake
    finally:
        await runner.cleanup()


def _config(url: str, **changes: Any) -> NLUConfig:
    settings: dict[str, Any] = {
        "backend": "rasa",
        "rasa_url": url,
        "rasa_timeout_s": 1.0,
        "rasa_retries": 2,
        "rasa_cooldown_s": 30.0,
    }
    settings.update(changes)
    return NLUConfig(**settings)


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage() for r in caplog.records if r.name == "nlu.rasa_client" and r.levelno >= logging.WARNING
    ]


async def test_parses_through_rasa(rasa: FakeRasa, engine: BuiltinNLU) -> None:
    async with RasaNLU(_config(rasa.url), fallback=engine) as client:
        result = await client.parse("身份证丢了怎么办")
    assert rasa.requests == [{"text": "身份证丢了怎么办"}]
    assert (result.intent.name, result.intent.confidence, result.fallback) == ("ask_service", 0.9731, None)
    assert result.language == "zh-Hans"
    assert [score.name for score in result.intent_ranking] == ["ask_service", "ask_materials", "ask_office"]
    # The duplicate span from the second extractor is dropped; Rasa's extra fields are kept.
    assert len(result.entities) == 1
    payload = result.to_rasa()["entities"][0]
    assert payload["value"] == "id_card"
    assert (payload["start"], payload["end"]) == (0, 3)
    assert payload["extractor"] == "DIETClassifier"
    assert payload["processors"] == ["EntitySynonymMapper"]


async def test_rasa_ranking_goes_through_the_same_fallback_policy(rasa: FakeRasa, engine: BuiltinNLU) -> None:
    rasa.answer = {
        "text": "嗯那个",
        "intent": {"name": "nlu_fallback", "confidence": 0.7},
        "entities": [],
        "intent_ranking": [
            {"name": "nlu_fallback", "confidence": 0.7},
            {"name": "ask_fee", "confidence": 0.48},
            {"name": "ask_materials", "confidence": 0.41},
        ],
    }
    async with RasaNLU(_config(rasa.url), fallback=engine) as client:
        result = await client.parse("嗯那个", "zh-Hans")
    assert (result.intent.name, result.fallback) == ("ask_fee", "ambiguous")
    assert result.candidates() == ["ask_fee", "ask_materials"]


async def test_token_is_sent(rasa: FakeRasa, engine: BuiltinNLU, caplog: pytest.LogCaptureFixture) -> None:
    rasa.token = "s3cret"
    async with RasaNLU(_config(rasa.url), fallback=engine, token="s3cret") as client:
        assert (await client.parse("身份证丢了怎么办")).entities[0].extractor == "DIETClassifier"
    async with RasaNLU(_config(rasa.url), fallback=engine, token="wrong") as client:
        result = await client.parse("身份证丢了怎么办")
    assert result.entities[0].extractor.startswith("banshi")  # the built-in engine answered
    assert len(rasa.requests) == 1  # the rejected request is not retried
    assert "HTTP 401" in " ".join(_warnings(caplog))


async def test_server_down_falls_back_with_one_clear_log_line(
    engine: BuiltinNLU, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"http://127.0.0.1:{_free_port()}"  # nothing listens there
    async with RasaNLU(_config(url, rasa_retries=1), fallback=engine) as client:
        first = await client.parse("身份证丢了怎么办")
        second = await client.parse("谢谢")
    assert first == engine.parse_sync("身份证丢了怎么办", "zh-Hans")
    assert second.intent.name == "thanks"
    warnings = _warnings(caplog)
    assert len(warnings) == 1
    assert url in warnings[0]
    assert "cannot connect" in warnings[0]
    assert "built-in engine" in warnings[0]


async def test_slow_server_times_out_without_retrying(
    rasa: FakeRasa, engine: BuiltinNLU, caplog: pytest.LogCaptureFixture
) -> None:
    rasa.delay_s = 0.8
    loop = asyncio.get_running_loop()
    async with RasaNLU(_config(rasa.url, rasa_timeout_s=0.2), fallback=engine) as client:
        started = loop.time()
        result = await client.parse("身份证丢了怎么办")
        elapsed = loop.time() - started
    assert result == engine.parse_sync("身份证丢了怎么办", "zh-Hans")
    assert elapsed < 1.0
    assert len(rasa.requests) == 1
    assert "no answer within 0.2 s" in _warnings(caplog)[0]


async def test_server_errors_are_retried_then_fall_back(
    rasa: FakeRasa, engine: BuiltinNLU, caplog: pytest.LogCaptureFixture
) -> None:
    rasa.failures_left = 100
    async with RasaNLU(_config(rasa.url, rasa_retries=2), fallback=engine) as client:
        result = await client.parse("身份证丢了怎么办")
    assert len(rasa.requests) == 3  # one try and two retries
    assert result.entities[0].extractor.startswith("banshi")
    warnings = _warnings(caplog)
    assert len(warnings) == 1
    assert "HTTP 500" in warnings[0]
    assert "An unexpected error occurred" in warnings[0]


async def test_a_retry_can_succeed(
    rasa: FakeRasa, engine: BuiltinNLU, caplog: pytest.LogCaptureFixture
) -> None:
    rasa.failures_left = 1
    async with RasaNLU(_config(rasa.url, rasa_retries=2), fallback=engine) as client:
        result = await client.parse("身份证丢了怎么办")
    assert len(rasa.requests) == 2
    assert result.entities[0].extractor == "DIETClassifier"
    assert _warnings(caplog) == []


async def test_no_model_loaded_falls_back(
    rasa: FakeRasa, engine: BuiltinNLU, caplog: pytest.LogCaptureFixture
) -> None:
    rasa.no_model = True
    async with RasaNLU(_config(rasa.url), fallback=engine) as client:
        result = await client.parse("where do I apply for dibao")
    assert result.language == "en"
    assert result.entity_values("service") == ["dibao"]
    assert "HTTP 409" in _warnings(caplog)[0]


async def test_after_the_cool_down_rasa_is_asked_again(
    rasa: FakeRasa, engine: BuiltinNLU, caplog: pytest.LogCaptureFixture
) -> None:
    now = [1000.0]
    rasa.failures_left = 1
    config = _config(rasa.url, rasa_retries=0, rasa_cooldown_s=30.0)
    caplog.set_level(logging.INFO, logger="nlu.rasa_client")
    async with RasaNLU(config, fallback=engine, clock=lambda: now[0]) as client:
        assert (await client.parse("身份证丢了怎么办")).entities[0].extractor.startswith("banshi")
        now[0] += 10  # still cooling down: Rasa is not asked
        await client.parse("身份证丢了怎么办")
        assert len(rasa.requests) == 1
        now[0] += 30
        recovered = await client.parse("身份证丢了怎么办")
    assert recovered.entities[0].extractor == "DIETClassifier"
    assert len(rasa.requests) == 2
    assert "answers again" in caplog.text


async def test_malformed_answer_falls_back(rasa: FakeRasa, engine: BuiltinNLU) -> None:
    rasa.answer = {"text": "x", "entities": []}  # no intent at all
    async with RasaNLU(_config(rasa.url), fallback=engine) as client:
        result = await client.parse("谢谢")
    assert result.intent.name == "thanks"


async def test_locales_without_a_server_use_the_builtin_engine(rasa: FakeRasa, engine: BuiltinNLU) -> None:
    config = _config(rasa.url, rasa_urls={"zh-Hans": rasa.url})
    async with RasaNLU(config, fallback=engine) as client:
        english = await client.parse("thank you")
        chinese = await client.parse("身份证丢了怎么办")
    assert english.language == "en"
    assert english.intent.name == "thanks"
    assert rasa.requests == [{"text": "身份证丢了怎么办"}]
    assert chinese.entities[0].extractor == "DIETClassifier"


async def test_shared_session_is_left_open(rasa: FakeRasa, engine: BuiltinNLU) -> None:
    async with aiohttp.ClientSession() as session:
        client = RasaNLU(_config(rasa.url), fallback=engine, session=session)
        await client.parse("身份证丢了怎么办")
        await client.close()
        assert not session.closed


async def test_create_engine_builds_the_rasa_client(
    rasa: FakeRasa, nlu_config: NLUConfig, service_lexicon: ServiceLexiconDict, engine: BuiltinNLU
) -> None:
    config = nlu_config.model_copy(update={"backend": "rasa", "rasa_url": rasa.url})
    client = await create_engine(config, service_lexicon)
    assert isinstance(client, RasaNLU)
    assert isinstance(client.fallback, BuiltinNLU)
    try:
        assert (await client.parse("身份证丢了怎么办")).entities[0].extractor == "DIETClassifier"
    finally:
        await client.close()
