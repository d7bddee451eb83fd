"""The web channel's HTTP surface (DESIGN.md §3.5) on the real app: SQLite stores, the
trained NLU, the real flows; served by aiohttp's TestServer on a loopback port."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client import REGISTRY

from bot.app import App, open_app
from bot.channels.web import MAX_BODY_BYTES, MAX_SENDER_CHARS, STATIC_DIR, create_web_app
from bot.settings import GuidesSettings, Settings, SpeechSettings, StorageSettings
from bot.speech import Speech, SpeechError
from nlu import BuiltinNLU, NLUConfig
from tests.conftest import GUIDES, LOCALES, ROOT

Client = TestClient[web.Request, web.Application]
WEBHOOK = "/webhooks/rest/webhook"


def app_settings(tmp_path: Path, nlu_config: NLUConfig) -> Settings:
    """Settings for an app on private SQLite files and the session's trained NLU model."""
    return Settings(
        locales_path=LOCALES,
        dialogues_path=ROOT / "dialogues",
        guides=GuidesSettings(path=GUIDES),
        storage=StorageSettings(sqlite_path=tmp_path / "banshi.db"),
        speech=SpeechSettings(cache_path=tmp_path / "audio"),
        nlu=nlu_config,
    )


@pytest.fixture
async def banshi(tmp_path: Path, engine: BuiltinNLU, nlu_config: NLUConfig) -> AsyncIterator[App]:
    """The app as `banshi run` builds it (``engine`` trained and saved the model first)."""
    app = await open_app(app_settings(tmp_path, nlu_config))
    yield app
    await app.close()


@pytest.fixture
async def client(banshi: App) -> AsyncIterator[Client]:
    async with TestClient(TestServer(create_web_app(banshi))) as client:
        yield client


async def say(client: Client, message: str, sender: str = "u1", **metadata: Any) -> list[dict[str, Any]]:
    body: dict[str, Any] = {"sender": sender, "message": message}
    if metadata:
        body["metadata"] = metadata
    response = await client.post(WEBHOOK, json=body)
    assert response.status == 200, await response.text()
    replies = await response.json()
    assert isinstance(replies, list)
    return replies


def button(replies: list[dict[str, Any]], title: str) -> str:
    titles = {b["title"]: b["payload"] for reply in replies for b in reply["buttons"]}
    assert title in titles, f"no button {title!r} in {list(titles)}"
    return str(titles[title])


def sample(name: str, labels: dict[str, str]) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


# -- the Rasa REST channel -------------------------------------------------------------------


async def test_rest_replies_have_the_rasa_shape_and_what_the_page_needs(client: Client, banshi: App) -> None:
    replies = await say(client, "身份证怎么办理")
    assert len(replies) >= 2
    for reply in replies:
        assert set(reply) == {"recipient_id", "text", "buttons", "kind", "speak", "lang", "dir", "text_lang"}
        assert reply["recipient_id"] == "u1"
        assert reply["text"] and isinstance(reply["text"], str)
        assert all(set(b) == {"title", "payload"} for b in reply["buttons"])
        assert (reply["kind"], reply["speak"], reply["lang"], reply["dir"]) == (
            "text",
            False,
            "zh-Hans",
            "ltr",
        )
    text = "\n".join(reply["text"] for reply in replies)
    assert "居民身份证" in text
    assert "您这次办身份证是因为？" in text
    assert button(replies, "丢了").startswith("/choose")
    session = await banshi.sessions.load("web:u1")  # the sender is channel-qualified
    assert session is not None and session.flow is not None


async def test_a_button_payload_sent_back_presses_it(client: Client) -> None:
    replies = await say(client, "身份证怎么办理")
    replies = await say(client, button(replies, "丢了"))
    assert "多大" in "\n".join(reply["text"] for reply in replies)
    replies = await say(client, button(replies, "16岁及以上"))
    checklist = [reply for reply in replies if reply["kind"] == "checklist"]
    assert len(checklist) == 1
    assert "居民户口簿" in checklist[0]["text"]
    replies = await say(client, button(replies, "清楚了，谢谢"))
    assert "祝您办事顺利" in "\n".join(reply["text"] for reply in replies)


async def test_the_language_hint_and_a_right_to_left_language(client: Client) -> None:
    replies = await say(client, "/repeat", sender="en-user", lang="en")
    assert replies[0]["lang"] == "en"
    assert "Banshi" in replies[0]["text"]

    replies = await say(client, '/set_language{"language": "ug"}', sender="ug-user")
    assert {(reply["lang"], reply["dir"]) for reply in replies} == {("ug", "rtl")}
    assert {reply["text_lang"] for reply in replies} == {"ug"}
    text = "\n".join(reply["text"] for reply in replies)
    assert "ئۇيغۇرچە" in text and "\u2066" in text  # with Chinese names and numbers isolated


async def test_the_longest_allowed_sender_and_message_are_accepted(client: Client, banshi: App) -> None:
    replies = await say(client, "身" * 5000, sender="s" * MAX_SENDER_CHARS)
    assert replies and replies[0]["recipient_id"] == "s" * MAX_SENDER_CHARS
    assert "抱歉" not in replies[0]["text"]  # answered, not an apology for a failed turn
    assert await banshi.sessions.load("web:" + "s" * MAX_SENDER_CHARS) is not None


def _nested(depth: int) -> bytes:
    return b'{"sender": "a", "message": "b", "metadata": ' + b"[" * depth + b"]" * depth + b"}"


BAD_INPUT: list[tuple[str, bytes, str, int, str]] = [
    ("not json", b"{sender: a}", "application/json", 400, "invalid_json"),
    ("empty body", b"", "application/json", 400, "invalid_json"),
    ("bad utf-8", b'{"sender": "a", "message": "\xff\xfe"}', "application/json", 400, "invalid_json"),
    ("absurd nesting", _nested(30_000), "application/json", 400, "invalid_json"),
    ("form post", b"sender=a&message=b", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    ("plain text", b'{"sender": "a", "message": "b"}', "text/plain", 415, "unsupported_media_type"),
    ("a list", b'[{"sender": "a", "message": "b"}]', "application/json", 400, "invalid_body"),
    ("no sender", b'{"message": "b"}', "application/json", 400, "missing_field"),
    ("no message", b'{"sender": "a"}', "application/json", 400, "missing_field"),
    ("null message", b'{"sender": "a", "message": null}', "application/json", 400, "missing_field"),
    ("number sender", b'{"sender": 7, "message": "b"}', "application/json", 400, "invalid_field"),
    ("list message", b'{"sender": "a", "message": ["b"]}', "application/json", 400, "invalid_field"),
    ("blank sender", b'{"sender": "  ", "message": "b"}', "application/json", 400, "invalid_field"),
    ("control in sender", b'{"sender": "a\\nb", "message": "b"}', "application/json", 400, "invalid_field"),
    ("lone surrogate", b'{"sender": "a", "message": "\\ud800"}', "application/json", 400, "invalid_field"),
    (
        "metadata list",
        b'{"sender": "a", "message": "b", "metadata": []}',
        "application/json",
        400,
        "invalid_field",
    ),
    (
        "lang number",
        b'{"sender": "a", "message": "b", "metadata": {"lang": 5}}',
        "application/json",
        400,
        "invalid_field",
    ),
    (
        "audio not bool",
        b'{"sender": "a", "message": "b", "metadata": {"audio": "yes"}}',
        "application/json",
        400,
        "invalid_field",
    ),
    (
        "long sender",
        json.dumps({"sender": "s" * (MAX_SENDER_CHARS + 1), "message": "b"}).encode(),
        "application/json",
        400,
        "field_too_long",
    ),
    (
        "long message",
        json.dumps({"sender": "a", "message": "m" * 5001}).encode(),
        "application/json",
        400,
        "field_too_long",
    ),
    (
        "huge body",
        json.dumps({"sender": "a", "message": "b", "pad": "x" * MAX_BODY_BYTES}).encode(),
        "application/json",
        413,
        "body_too_large",
    ),
]


async def test_bad_input_gets_a_clear_4xx_json_error(client: Client) -> None:
    for case, body, content_type, status, code in BAD_INPUT:
        response = await client.post(WEBHOOK, data=body, headers={"Content-Type": content_type})
        assert response.status == status, case
        error = await response.json()
        assert error["error"] == code, case
        assert isinstance(error["message"], str) and error["message"], case


async def test_a_streamed_body_over_the_limit_is_refused_while_reading(client: Client) -> None:
    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: chunked transfer
        yield b'{"sender": "a", "message": "'
        for _ in range(8):
            yield b"x" * 16_384
        yield b'"}'

    response = await client.post(WEBHOOK, data=chunks(), headers={"Content-Type": "application/json"})
    assert response.status == 413
    assert (await response.json())["error"] == "body_too_large"


async def test_wrong_methods_are_405_not_500(client: Client) -> None:
    assert (await client.get(WEBHOOK)).status == 405
    assert (await client.get("/model/parse")).status == 405


async def test_an_engine_failure_gets_a_localized_apology_and_is_counted(
    client: Client, banshi: App, caplog: pytest.LogCaptureFixture
) -> None:
    await banshi.sessions.close()  # a real fault: the session store's connection is gone
    errors = sample("banshi_errors_total", {"channel": "web"})
    caplog.set_level(logging.INFO)

    replies = await say(client, "我的身份证号是 110101199003070011", sender="secret-sender")
    assert len(replies) == 1
    assert "抱歉" in replies[0]["text"]
    assert replies[0]["recipient_id"] == "secret-sender"
    assert sample("banshi_errors_total", {"channel": "web"}) == errors + 1

    failures = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(failures) == 1, [r.getMessage() for r in failures]
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "secret-sender" not in logged
    assert "110101199003070011" not in logged

    replies = await say(client, "hello", sender="en-sender", lang="en")
    assert "Sorry" in replies[0]["text"]


# -- /model/parse ------------------------------------------------------------------------------


async def test_model_parse_answers_in_the_rasa_shape(client: Client) -> None:
    response = await client.post("/model/parse", json={"text": "身份证丢了怎么办"})
    assert response.status == 200
    parse = await response.json()
    assert {"text", "intent", "entities", "intent_ranking", "language"} <= set(parse)
    assert parse["text"] == "身份证丢了怎么办"
    assert set(parse["intent"]) == {"name", "confidence"}
    assert parse["intent"]["name"] == "ask_service"
    assert parse["language"] == "zh-Hans"
    assert {"entity": "service", "value": "id_card"} in [
        {"entity": e["entity"], "value": e["value"]} for e in parse["entities"]
    ]
    assert all({"entity", "value", "start", "end"} <= set(e) for e in parse["entities"])
    assert all(set(score) == {"name", "confidence"} for score in parse["intent_ranking"])

    response = await client.post("/model/parse", json={"text": "I lost my ID card", "lang": "en"})
    assert (await response.json())["language"] == "en"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"lang": "en"}, "missing_field"),
        ({"text": 5}, "invalid_field"),
        ({"text": "a", "lang": 1}, "invalid_field"),
    ],
)
async def test_model_parse_refuses_bad_input(client: Client, body: dict[str, Any], code: str) -> None:
    response = await client.post("/model/parse", json=body)
    assert response.status == 400
    assert (await response.json())["error"] == code


# -- operations ---------------------------------------------------------------------------------


async def test_healthz_reports_the_catalog_version_and_503_when_the_store_is_down(
    client: Client, banshi: App
) -> None:
    response = await client.get("/healthz")
    assert response.status == 200
    assert await response.json() == {"status": "ok", "catalog_version": await banshi.guides.version()}

    await banshi.guides.close()
    response = await client.get("/healthz")
    assert response.status == 503
    assert (await response.json())["status"] == "unavailable"


async def test_metrics_count_web_turns_by_locale(client: Client) -> None:
    before = sample("banshi_turns_total", {"channel": "web", "locale": "zh-Hans"})
    latency = sample("banshi_turn_latency_seconds_count", {"channel": "web"})
    await say(client, "你好")
    response = await client.get("/metrics")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    text = await response.text()
    assert 'banshi_turns_total{channel="web",locale="zh-Hans"}' in text
    assert "banshi_turn_latency_seconds_bucket" in text
    assert sample("banshi_turns_total", {"channel": "web", "locale": "zh-Hans"}) == before + 1
    assert sample("banshi_turn_latency_seconds_count", {"channel": "web"}) == latency + 1


# -- what the page reads --------------------------------------------------------------------------


async def test_languages_json_lists_every_language_in_its_own_script(client: Client, banshi: App) -> None:
    response = await client.get("/languages.json")
    languages = await response.json()
    assert [language["code"] for language in languages] == list(banshi.i18n.languages.languages)
    assert languages[0] == {"code": "zh-Hans", "native_name": "简体中文", "direction": "ltr"}
    assert {"code": "ug", "native_name": "ئۇيغۇرچە", "direction": "rtl"} in languages
    assert all(set(language) == {"code", "native_name", "direction"} for language in languages)


async def test_ui_strings_per_locale_with_fallback(client: Client) -> None:
    english = await (await client.get("/i18n/en.json")).json()
    assert english["locale"] == "en" and english["dir"] == "ltr"
    messages = english["messages"]
    assert messages["web-send"] == "Send"
    assert messages["web-typing"] == "Banshi is typing"
    assert all(key.startswith("web-") for key in messages)
    needed = {"web-title", "web-input-label", "web-read-aloud", "web-elder-mode", "web-language", "web-error"}
    assert needed <= set(messages)

    chinese = await (await client.get("/i18n/zh-Hans.json")).json()
    assert set(chinese["messages"]) == set(messages)
    uyghur = await (await client.get("/i18n/ug.json")).json()
    assert uyghur["dir"] == "rtl"
    assert set(uyghur["messages"]) == set(messages)
    assert uyghur["messages"]["web-send"] == "يوللاش"  # "send", in Uyghur

    response = await client.get("/i18n/xx.json")
    assert response.status == 404
    assert (await response.json())["error"] == "unknown_locale"


async def test_the_page_and_its_assets_are_served_with_nothing_from_elsewhere(client: Client) -> None:
    response = await client.get("/")
    assert response.status == 200
    page = await response.text()
    assert 'role="log"' in page and 'aria-live="polite"' in page
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    for name, kind in (("chat.css", "text/css"), ("chat.js", "javascript")):
        asset = await client.get(f"/static/{name}")
        assert asset.status == 200
        assert kind in asset.headers["Content-Type"]
    for file in STATIC_DIR.iterdir():
        text = file.read_text(encoding="utf-8")
        assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", text), (
            f"{file.name} loads from elsewhere"
        )
        assert "@import" not in text and "url(http" not in text
    assert (await client.get("/static/../web.py")).status in (403, 404)


# -- the Telegram webhook and spoken replies ---------------------------------------------------------


class _Webhook:
    async def handle_webhook(self, request: web.Request) -> web.Response:
        return web.json_response({"handled": True})


async def test_the_telegram_webhook_is_routed_only_when_given(client: Client, banshi: App) -> None:
    assert (await client.post("/webhooks/telegram", json={})).status == 404
    async with TestClient(TestServer(create_web_app(banshi, telegram=_Webhook()))) as with_telegram:
        response = await with_telegram.post("/webhooks/telegram", json={"update_id": 1})
        assert await response.json() == {"handled": True}


@pytest.fixture
def speech(banshi: App) -> Speech:
    missing = [tool for tool in ("espeak-ng", "ffmpeg") if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{', '.join(missing)} not installed, and CI requires it")
        pytest.skip(f"{', '.join(missing)} not installed; apt-get install espeak-ng ffmpeg to run this")
    return Speech(banshi.settings.speech.cache_path, banshi.i18n.languages)


async def test_spoken_replies_carry_an_audio_url_the_app_serves(banshi: App, speech: Speech) -> None:
    async with TestClient(TestServer(create_web_app(banshi, speech=speech))) as client:
        replies = await say(client, "你好")
        assert all("audio" not in reply for reply in replies)  # not asked, not elderly mode

        replies = await say(client, "你好", audio=True)
        assert all(re.fullmatch(r"/audio/[0-9a-f]{64}\.ogg", reply["audio"]) for reply in replies)
        response = await client.get(replies[0]["audio"])
        assert response.status == 200
        assert (await response.read()).startswith(b"OggS")

        replies = await say(client, "/elder_mode")  # elderly mode: every reply is spoken
        assert all(reply["speak"] and "audio" in reply for reply in replies)

        for name in ("nothing.ogg", "..%2Fbanshi.db", ".hidden.ogg"):
            assert (await client.get(f"/audio/{name}")).status == 404


async def test_a_failing_synthesizer_leaves_the_text_reply(
    banshi: App, speech: Speech, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(text: str, locale: str, *, slow: bool = False) -> Path | None:
        raise SpeechError("cmn", "espeak-ng exited with status 1")

    monkeypatch.setattr(speech, "synthesize", broken)
    async with TestClient(TestServer(create_web_app(banshi, speech=speech))) as client:
        replies = await say(client, "你好", audio=True)
    assert replies and all("audio" not in reply for reply in replies)
