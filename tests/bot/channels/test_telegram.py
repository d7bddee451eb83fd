"""The Telegram channel end to end: the real python-telegram-bot client, polling (or posting to
the webhook) against a fake Bot API server on 127.0.0.1, and a real engine on SQLite stores.

Updates go in through the fake's getUpdates; what comes out is checked on the sendMessage /
sendPhoto / sendVoice / answerCallbackQuery calls the fake recorded. No test touches Telegram.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import re
import time
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from prometheus_client import REGISTRY
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.app import App, open_app
from bot.asr import SpeechRecognition
from bot.channels import telegram as telegram_module
from bot.channels.telegram import (
    CardRenderer,
    SpeechLike,
    TelegramChannel,
    button_hash,
    call_with_retries,
    locale_hint,
    retryable,
    split_text,
)
from bot.core.messages import Reply, Turn
from bot.i18n import Localizer
from bot.settings import Settings
from bot.updates import UpdateStore, open_update_store
from nlu import BuiltinNLU
from tests.bot.channels.fake_telegram import (
    BOT_ID,
    Call,
    FakeTelegram,
    callback_update,
    edited_update,
    location_update,
    media_update,
    message,
    text_update,
)
from tests.conftest import LOCALES, project_settings
from tests.voice_notes import generated, spoken

TOKEN = "123456:TEST-token_for-the-fake"
SECRET = "webhook-Secret_0123456789"
CHAT = 4242
STEP = 10.0  # the most any single wait may take (seconds)
SLOW_STEP = 30.0  # speech synthesis runs espeak-ng and ffmpeg
HASH = re.compile(r"^[0-9a-f]{16}$")

ID_QUESTION = "您这次办身份证是因为？"
AGE_QUESTION = "办证的人多大了？"
STALE = "这个按钮已经过期了"
UNREADABLE = "看不懂"


# -- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def i18n() -> Localizer:
    return Localizer(LOCALES)


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram(TOKEN)
    await server.start()
    yield server
    await asyncio.wait_for(server.stop(), STEP)


def make_settings(
    fake: FakeTelegram, tmp_path: Path, mode: str = "polling", timeout_s: float = 5
) -> Settings:
    return project_settings(
        tmp_path,
        environ={"BANSHI_TELEGRAM_TOKEN": TOKEN, "BANSHI_TELEGRAM_WEBHOOK_SECRET": SECRET},
        telegram={
            "mode": mode,
            "webhook_url": "https://banshi.example.org/webhooks/telegram",
            "base_url": fake.base_url,
            "base_file_url": fake.base_file_url,
            "timeout_s": timeout_s,
        },
    )


@pytest.fixture
async def app(
    tmp_path: Path, engine: BuiltinNLU, speech_recognition: SpeechRecognition, fake: FakeTelegram
) -> AsyncIterator[App]:
    """The App of bot/app.py on SQLite stores in tmp_path, with the session's trained models."""
    built = await open_app(make_settings(fake, tmp_path), nlu=engine, asr=speech_recognition)
    yield built
    await built.close()


async def started(
    app: App,
    settings: Settings | None = None,
    *,
    speech: SpeechLike | None = None,
    render_card: CardRenderer | None = None,
    updates: UpdateStore | None = None,
) -> TelegramChannel:
    channel = TelegramChannel(
        app, settings or app.settings, speech=speech, render_card=render_card, updates=updates
    )
    await asyncio.wait_for(channel.start(), STEP)
    return channel


@pytest.fixture
async def channel(app: App) -> AsyncIterator[TelegramChannel]:
    running = await started(app)
    yield running
    await asyncio.wait_for(running.stop(), STEP)


# -- helpers ----------------------------------------------------------------------------


async def send(fake: FakeTelegram, update: dict[str, Any]) -> int:
    """Queue an update; returns the call index from which its answers are recorded."""
    mark = fake.mark()
    await fake.push(update)
    return mark


async def says(fake: FakeTelegram, text: str, since: int, within: float = STEP) -> Call:
    """The first sendMessage since ``since`` whose text contains ``text``."""
    return await fake.wait_call("sendMessage", lambda call: text in call.text, since=since, within=within)


def button(fake: FakeTelegram, label: str) -> str:
    """The callback_data of the newest inline button labelled ``label``."""
    for call in reversed(fake.calls_of("sendMessage")):
        if label in call.inline_buttons():
            return call.inline_buttons()[label]
    raise AssertionError(f"no inline button {label!r} was sent")


def turns(locale: str = "zh-Hans") -> float:
    return REGISTRY.get_sample_value("banshi_turns_total", {"channel": "telegram", "locale": locale}) or 0.0


def errors() -> float:
    return REGISTRY.get_sample_value("banshi_errors_total", {"channel": "telegram"}) or 0.0


def real_card_renderer() -> CardRenderer:
    if importlib.util.find_spec("bot.cards") is None:
        pytest.skip("bot/cards.py (the large-print card renderer) is not written yet")
    from bot.cards import CardError, render_card

    try:
        render_card("测试 Test", ["一行"], footer=None, rtl=False)
    except CardError as exc:
        pytest.skip(f"cards cannot be drawn here: {exc}")
    return render_card


def real_speech(tmp_path: Path, i18n: Localizer) -> SpeechLike:
    if importlib.util.find_spec("bot.speech") is None:
        pytest.skip("bot/speech.py (speech synthesis) is not written yet")
    from bot.speech import Speech, available

    if not available():
        pytest.skip("espeak-ng and ffmpeg are needed for voice notes (apt-get install espeak-ng ffmpeg)")
    return Speech(tmp_path / "audio", i18n.languages)


# -- pure helpers -----------------------------------------------------------------------


def test_locale_hints_map_telegram_language_codes() -> None:
    assert locale_hint("zh-hans") == "zh-Hans"
    assert locale_hint("zh-TW") == "zh-Hans"
    assert locale_hint("en-GB") == "en"
    assert locale_hint("ko") == "ko"
    assert locale_hint("ug") == "ug"
    assert locale_hint("fr") is None
    assert locale_hint(None) is None


def test_button_hashes_fit_telegram_callback_data() -> None:
    long_payload = '/choose{"flow": "pension_certify", "step": "mobility", "value": "bedridden_or_immobile"}'
    assert len(long_payload.encode()) > 64
    data = button_hash(long_payload)
    assert HASH.match(data)
    assert button_hash(long_payload) == data
    assert button_hash("/menu") != data


def test_long_texts_are_split_at_line_ends() -> None:
    text = "\n".join(f"第{n}行" + "字" * 50 for n in range(200))
    pieces = split_text(text)
    assert len(pieces) > 1
    assert all(len(piece) <= 4000 for piece in pieces)
    assert "\n".join(pieces) == text


# -- polling, end to end ----------------------------------------------------------------


async def test_start_welcomes_and_offers_the_languages(fake: FakeTelegram, channel: TelegramChannel) -> None:
    mark = await send(fake, text_update(CHAT, "/start", language_code="en"))
    await says(fake, "I am Banshi", mark)  # the welcome, in the user's Telegram language
    choose = await says(fake, "Please choose a language", mark)
    assert {"English", "简体中文", "ئۇيغۇرچە"} <= set(choose.inline_buttons())
    assert fake.calls_of("getMe")  # initialize() asked who the bot is
    assert fake.calls_of("deleteWebhook")  # polling made sure no webhook is set

    mark = await send(fake, callback_update(CHAT, button(fake, "简体中文"), language_code="en"))
    await says(fake, "好的，以后用简体中文和您交流", mark)
    menu = await says(fake, "请选择您要办的事", mark)
    for row in menu.markup["inline_keyboard"]:
        for item in row:
            assert HASH.match(item["callback_data"])
        if any(len(item["text"]) > 7 for item in row):
            assert len(row) == 1  # long labels get a row of their own
        assert len(row) <= 2


async def test_question_gets_an_inline_keyboard_and_a_press_advances(
    fake: FakeTelegram, channel: TelegramChannel
) -> None:
    before = turns()
    mark = await send(fake, text_update(CHAT, "身份证怎么办理"))
    question = await says(fake, ID_QUESTION, mark)
    rows = question.markup["inline_keyboard"]
    assert {"第一次办", "丢了", "再说一遍", "找人工"} <= set(question.inline_buttons())
    assert any(len(row) == 2 for row in rows)  # short labels two to a row
    assert all(HASH.match(data) and len(data.encode()) <= 64 for data in question.inline_buttons().values())

    mark = await send(fake, callback_update(CHAT, button(fake, "丢了"), query_id="press-1"))
    answered = await fake.wait_call("answerCallbackQuery", since=mark, within=STEP)
    assert answered.params["callback_query_id"] == "press-1"
    assert "text" not in answered.params  # a valid press needs no notice
    await says(fake, AGE_QUESTION, mark)
    assert turns() >= before + 2


async def test_stale_and_forged_buttons_get_a_polite_answer(
    fake: FakeTelegram, app: App, channel: TelegramChannel
) -> None:
    mark = await send(fake, text_update(CHAT, "身份证怎么办理"))
    await says(fake, ID_QUESTION, mark)
    lost = button(fake, "丢了")

    for data in ("0123456789abcdef", "x" * 64, '/choose{"flow": "id_card"}'):
        mark = await send(fake, callback_update(CHAT, data, query_id=f"q-{data[:8]}"))
        answered = await fake.wait_call("answerCallbackQuery", since=mark, within=STEP)
        assert answered.params["callback_query_id"] == f"q-{data[:8]}"
        assert STALE in answered.params["text"]
        await says(fake, STALE, mark)
        await says(fake, ID_QUESTION, mark)  # and the question again

    mark = await send(fake, callback_update(CHAT, lost))
    await says(fake, AGE_QUESTION, mark)

    # After a restart the old "丢了" button is stale: its hash is in no saved reply any more.
    await asyncio.wait_for(channel.stop(), STEP)
    restarted = await started(app)
    try:
        mark = await send(fake, callback_update(CHAT, lost))
        answered = await fake.wait_call("answerCallbackQuery", since=mark, within=STEP)
        assert STALE in answered.params["text"]
        await says(fake, STALE, mark)
        await says(fake, AGE_QUESTION, mark)
        # ...while the buttons of the current question still work after the restart.
        mark = await send(fake, callback_update(CHAT, button(fake, "16岁及以上")))
        await says(fake, "临时身份证", mark)
    finally:
        await asyncio.wait_for(restarted.stop(), STEP)


async def test_elderly_mode_uses_big_reply_keyboard_buttons(
    fake: FakeTelegram, channel: TelegramChannel
) -> None:
    mark = await send(fake, text_update(CHAT, "/elder"))
    await says(fake, "长辈模式", mark)
    menu = await says(fake, "请选择您要办的事", mark)
    keyboard = menu.markup["keyboard"]
    assert menu.markup["resize_keyboard"] is True
    assert all(len(row) == 1 for row in keyboard)  # one big button per row
    labels = [row[0]["text"] for row in keyboard]
    assert "inline_keyboard" not in menu.markup

    # A tap on a reply-keyboard button arrives as its label's text.
    id_card = next(label for label in labels if "身份证" in label)
    mark = await send(fake, text_update(CHAT, id_card))
    question = await says(fake, ID_QUESTION, mark)
    assert [row[0]["text"] for row in question.markup["keyboard"]][:4] == [
        "第一次办",
        "到期了",
        "坏了",
        "丢了",
    ]

    # Leaving elderly mode removes the big keyboard.
    mark = await send(fake, text_update(CHAT, '/elder_mode{"on": false}'))
    off = await says(fake, "", mark)
    assert off.markup == {"remove_keyboard": True}
    question = await says(fake, ID_QUESTION, mark)
    assert "inline_keyboard" in question.markup
    assert not fake.calls_of("sendVoice")  # no speech configured


async def test_checklist_is_also_sent_as_a_large_print_card(fake: FakeTelegram, app: App) -> None:
    channel = await started(app, render_card=real_card_renderer())
    try:
        mark = await send(fake, text_update(CHAT, "身份证怎么办理"))
        await says(fake, ID_QUESTION, mark)
        await send(fake, callback_update(CHAT, button(fake, "丢了")))
        await says(fake, AGE_QUESTION, mark)
        mark = await send(fake, callback_update(CHAT, button(fake, "16岁及以上")))
        checklist = await says(fake, "居民户口簿", mark)
        photo = await fake.wait_call("sendPhoto", since=mark, within=STEP)
        filename, content = photo.files["photo"]
        assert content.startswith(b"\x89PNG\r\n\x1a\n")
        assert filename.endswith(".png")
        assert "居民身份证" in photo.text  # the caption is the card's title
        assert fake.calls.index(photo) > fake.calls.index(checklist)  # the card follows its text
    finally:
        await asyncio.wait_for(channel.stop(), STEP)


async def test_elderly_replies_come_with_a_voice_note(
    fake: FakeTelegram, app: App, tmp_path: Path, i18n: Localizer
) -> None:
    channel = await started(app, speech=real_speech(tmp_path, i18n))
    try:
        mark = await send(fake, text_update(CHAT, "/elder_mode"))
        await says(fake, "长辈模式", mark)
        voice = await fake.wait_call("sendVoice", since=mark, within=SLOW_STEP)
        filename, content = voice.files["voice"]
        assert content.startswith(b"OggS") and b"OpusHead" in content[:512]
        assert filename.endswith(".ogg")
        assert int(voice.params["chat_id"]) == CHAT
    finally:
        await asyncio.wait_for(channel.stop(), SLOW_STEP)


async def test_no_voice_note_outside_elderly_mode(
    fake: FakeTelegram, app: App, tmp_path: Path, i18n: Localizer
) -> None:
    class CountingSpeech:
        calls = 0

        async def synthesize(
            self, text: str, locale: str, *, slow: bool = False, keys: Sequence[str] = ()
        ) -> Path | None:
            CountingSpeech.calls += 1
            return None

    channel = await started(app, speech=CountingSpeech())
    try:
        mark = await send(fake, text_update(CHAT, "身份证怎么办理"))
        await says(fake, ID_QUESTION, mark)
        await fake.wait_quiet()
        assert CountingSpeech.calls == 0
        assert not fake.calls_of("sendVoice")
    finally:
        await asyncio.wait_for(channel.stop(), STEP)


@pytest.mark.parametrize("kind", ["sticker", "photo", "document"])
async def test_stickers_photos_and_documents_get_a_clear_answer(
    fake: FakeTelegram, channel: TelegramChannel, kind: str
) -> None:
    mark = await send(fake, media_update(CHAT, kind))
    answer = await says(fake, UNREADABLE, mark)
    assert "12345" in answer.text  # the hotline
    await says(fake, "请选择您要办的事", mark)  # and the menu to carry on


@pytest.mark.timeout(120)
async def test_a_voice_note_is_transcribed_read_back_and_acted_on_when_confirmed(
    fake: FakeTelegram, channel: TelegramChannel, app: App, i18n: Localizer
) -> None:
    note = spoken("신분증을 잃어버렸어요")
    voice = fake.add_file("voice-ko-1", note)
    mark = await send(fake, {"message": message(CHAT, "ko", voice=voice)})
    # Read back (and spoken, so with big reply buttons as in elderly mode): yes or no.
    heard = await fake.wait_call("sendMessage", lambda call: "keyboard" in call.markup, since=mark, within=60)
    assert fake.delivered("getFile", mark)  # the recording was fetched from Telegram
    yes, no = i18n.format("voice-yes", "ko"), i18n.format("voice-no", "ko")
    assert [row[0]["text"] for row in heard.markup["keyboard"]] == [yes, no]
    session = await app.sessions.load(f"telegram:{CHAT}")
    assert session is not None and session.pending is not None
    transcript = session.pending["text"]
    assert transcript and transcript in heard.text

    mark = await send(fake, text_update(CHAT, yes, "ko"))  # a tap on a reply button sends its label
    answer = await fake.wait_call("sendMessage", since=mark, within=STEP)
    assert transcript not in answer.text  # not read back again: it was acted on
    session = await app.sessions.load(f"telegram:{CHAT}")
    assert session is not None and session.pending is None
    assert app.clips is not None and not list(app.settings.voice_in.clips_path.glob("*.ogg"))


@pytest.mark.timeout(60)
async def test_a_voice_note_without_a_speech_model_goes_to_a_person(
    fake: FakeTelegram, channel: TelegramChannel, app: App
) -> None:
    note = generated("sine=f=440", 1)
    mark = await send(fake, {"message": message(CHAT, "zh-hans", voice=fake.add_file("voice-zh-1", note))})
    answer = await says(fake, "工作人员", mark)
    assert "12345" in answer.text and answer.markup.get("keyboard")  # spoken: big reply buttons
    [handoff] = await app.handoffs.list_open()
    assert handoff.audio_ref is not None and app.clips is not None
    assert await app.clips.read(handoff.audio_ref) == note


async def test_a_shared_location_picks_the_nearest_office(
    fake: FakeTelegram, channel: TelegramChannel
) -> None:
    mark = await send(fake, text_update(CHAT, "身份证怎么办理"))
    await says(fake, ID_QUESTION, mark)
    mark = await send(fake, location_update(CHAT, 28.2143, 113.0296))
    nearest = await says(fake, "离您最近的办事地点", mark)
    assert "公里" in nearest.text
    await says(fake, ID_QUESTION, mark)


async def test_an_edited_message_is_answered_like_a_new_one(
    fake: FakeTelegram, channel: TelegramChannel
) -> None:
    mark = await send(fake, edited_update(CHAT, "身份证怎么办理"))
    await says(fake, ID_QUESTION, mark)


async def test_engine_failure_sends_an_apology_and_logs_no_personal_data(
    fake: FakeTelegram,
    app: App,
    channel: TelegramChannel,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def broken(turn: Turn) -> list[Reply]:
        raise RuntimeError(f"boom while reading {turn.text!r} from {turn.sender}")

    monkeypatch.setattr(app.engine, "handle", broken)
    before = errors()
    caplog.set_level(logging.INFO, logger="bot.channels.telegram")
    mark = await send(fake, text_update(CHAT, "我叫张三，身份证号110101199003070000"))
    apology = await says(fake, "抱歉", mark)
    assert "12345" in apology.text
    assert errors() == before + 1
    logged = "\n".join(record.getMessage() for record in caplog.records if record.name.startswith("bot."))
    assert "RuntimeError" in logged
    assert "张三" not in logged and "110101" not in logged and str(CHAT) not in logged


async def test_telegram_api_errors_never_stop_the_channel(
    fake: FakeTelegram,
    channel: TelegramChannel,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # PTB 22 warns (deprecation) when it builds a RetryAfter unless this opts in to timedeltas.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    caplog.set_level(logging.WARNING, logger="bot.channels.telegram")
    fake.fail_next("sendMessage", 400, "Bad Request: chat not found")
    mark = await send(fake, text_update(CHAT, "身份证怎么办理"))
    await fake.wait_call("sendMessage", since=mark, within=STEP)
    await fake.wait_quiet()
    assert any("BadRequest" in record.getMessage() for record in caplog.records)

    # Flood control: the rate limiter waits retry_after and sends again.
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    mark = await send(fake, text_update(CHAT, "再说一遍"))
    refused = await fake.wait_call("sendMessage", since=mark, within=STEP)
    retried = await fake.wait_call("sendMessage", lambda call: call is not refused, since=mark, within=STEP)
    assert retried.text == refused.text

    # And the channel carries on.
    mark = await send(fake, text_update(CHAT, "/restart"))
    await says(fake, "请选择您要办的事", mark)


# -- webhook mode -----------------------------------------------------------------------


@pytest.fixture
async def webhook(app: App, fake: FakeTelegram, tmp_path: Path) -> AsyncIterator[tuple[TelegramChannel, str]]:
    """A webhook-mode channel behind a loopback aiohttp server; yields it and its URL."""
    channel = await started(app, make_settings(fake, tmp_path, mode="webhook"))
    server = web.Application()
    server.router.add_post("/webhooks/telegram", channel.handle_webhook)
    runner = web.AppRunner(server, handle_signals=False, shutdown_timeout=2)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield channel, f"http://127.0.0.1:{port}/webhooks/telegram"
    finally:
        await asyncio.wait_for(runner.cleanup(), STEP)
        await asyncio.wait_for(channel.stop(), STEP)


async def test_webhook_mode_checks_the_secret_token(
    fake: FakeTelegram, webhook: tuple[TelegramChannel, str]
) -> None:
    _, url = webhook
    registered = fake.calls_of("setWebhook")
    assert len(registered) == 1
    assert registered[0].params["url"] == "https://banshi.example.org/webhooks/telegram"
    assert registered[0].params["secret_token"] == SECRET
    assert not fake.calls_of("getUpdates")  # no polling in webhook mode

    update = {"update_id": 1, **text_update(CHAT, "身份证怎么办理")}
    timeout = aiohttp.ClientTimeout(total=STEP)
    async with aiohttp.ClientSession(timeout=timeout) as http:
        async with http.post(url, json=update) as response:
            assert response.status == 401
        async with http.post(
            url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"}
        ) as response:
            assert response.status == 403
        good = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        for body in (b"not json", b"[1, 2]", b'{"no_update_id": true}'):
            async with http.post(url, data=body, headers=good) as response:
                assert response.status == 400
        await fake.wait_quiet()
        assert not fake.calls_of("sendMessage")  # nothing rejected was processed

        mark = fake.mark()
        async with http.post(url, json=update, headers=good) as response:
            assert response.status == 200
        await says(fake, ID_QUESTION, mark)

        mark = fake.mark()
        press = {"update_id": 2, **callback_update(CHAT, button(fake, "丢了"))}
        async with http.post(url, json=press, headers=good) as response:
            assert response.status == 200
        await says(fake, AGE_QUESTION, mark)


# -- retries of Bot API calls -----------------------------------------------------------


def sent_once(fake: FakeTelegram, since: int, method: str = "sendMessage") -> list[Call]:
    """The calls of ``method`` that failed since ``since``, after checking that each was
    delivered by a later call and that nothing was delivered twice."""

    def what(call: Call) -> tuple[str, Any]:
        return call.text, call.params.get("callback_query_id")

    calls = fake.calls_of(method, since)
    delivered = [what(call) for call in calls if call.ok]
    assert len(delivered) == len(set(delivered)), f"{method}: something was delivered twice"
    failed = [call for call in calls if not call.ok]
    for call in failed:
        assert any(c.ok and c.at > call.at and what(c) == what(call) for c in calls), "never delivered"
    return failed


def channel_logs(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "bot.channels.telegram"]


def test_which_errors_are_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # or building a RetryAfter warns
    assert retryable(NetworkError("Bad Gateway"))
    assert retryable(TimedOut())
    assert not retryable(BadRequest("Bad Request: chat not found"))
    assert not retryable(Forbidden("Forbidden: bot was blocked by the user"))
    assert not retryable(RetryAfter(1))  # the rate limiter has retried it already


async def test_retries_are_bounded_in_tries_and_time(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(telegram_module, "backoff_s", lambda retry: 0.01)
    caplog.set_level(logging.INFO, logger="bot.channels.telegram")
    tries = 0

    async def broken() -> None:
        nonlocal tries
        tries += 1
        raise NetworkError("Internal Server Error")

    with pytest.raises(NetworkError):
        await call_with_retries("sendMessage", broken, attempts=4)
    assert tries == 4
    warnings = [r for r in channel_logs(caplog) if r.levelno >= logging.WARNING]
    assert len(warnings) == 1  # the failure is logged once; the retries at INFO
    assert "sendMessage failed after 4 tries: NetworkError" in warnings[0].getMessage()

    async def hanging() -> None:
        await asyncio.sleep(STEP)

    started_at = time.monotonic()
    with pytest.raises(TimedOut):
        await call_with_retries("sendVoice", hanging, budget_s=0.2)
    assert time.monotonic() - started_at < 1.0


async def test_flood_control_waits_retry_after_then_sends_once(
    fake: FakeTelegram, channel: TelegramChannel, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PTB 22 warns (deprecation) when it builds a RetryAfter unless this opts in to timedeltas.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    mark = await send(fake, text_update(CHAT, "身份证怎么办理"))
    await says(fake, ID_QUESTION, mark)
    await fake.wait_quiet()
    [refused] = sent_once(fake, mark)
    retried = next(c for c in fake.delivered("sendMessage", mark) if c.text == refused.text)
    assert retried.at - refused.at >= 1.0  # it waited retry_after


async def test_server_errors_are_retried_and_sent_once(
    fake: FakeTelegram, channel: TelegramChannel, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.channels.telegram")
    fake.fail_next("sendMessage", 502, "Bad Gateway")
    mark = await send(fake, text_update(CHAT, "身份证怎么办理"))
    await says(fake, ID_QUESTION, mark)
    await fake.wait_quiet()
    assert len(sent_once(fake, mark)) == 1

    fake.fail_next("answerCallbackQuery", 500, "Internal Server Error")
    mark = await send(fake, callback_update(CHAT, button(fake, "丢了"), query_id="press-5xx"))
    await says(fake, AGE_QUESTION, mark)
    await fake.wait_quiet()
    assert len(sent_once(fake, mark, "answerCallbackQuery")) == 1
    assert len(fake.delivered("answerCallbackQuery", mark)) == 1
    assert len(sent_once(fake, mark)) == 0

    logged = channel_logs(caplog)
    assert [r.levelno for r in logged if "NetworkError" in r.getMessage()] == [logging.INFO] * 2
    assert not [r for r in logged if r.levelno >= logging.WARNING]


async def test_a_timed_out_call_is_retried_and_sent_once(
    fake: FakeTelegram, app: App, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.channels.telegram")
    channel = await started(app, make_settings(fake, tmp_path, timeout_s=1))
    try:
        fake.stall_next("sendMessage", 1.6)  # longer than the client's 1 s read timeout
        mark = await send(fake, text_update(CHAT, "身份证怎么办理"))
        await says(fake, ID_QUESTION, mark)
        await fake.wait_quiet()
        [stalled] = sent_once(fake, mark)
        retried = next(c for c in fake.delivered("sendMessage", mark) if c.text == stalled.text)
        assert retried.at - stalled.at >= 1.0  # sent again once the client gave up
        assert any("sendMessage failed (TimedOut)" in r.getMessage() for r in channel_logs(caplog))
    finally:
        await asyncio.wait_for(channel.stop(), STEP)


async def test_a_bad_request_is_not_retried_and_logged_once(
    fake: FakeTelegram, channel: TelegramChannel, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    fake.fail_next("sendMessage", 400, "Bad Request: chat not found")
    mark = await send(fake, text_update(CHAT, "身份证怎么办理"))
    await fake.wait_call("sendMessage", since=mark, within=STEP)
    await fake.wait_quiet()
    [refused] = fake.calls_of("sendMessage", mark)  # not retried; the turn's other replies dropped
    assert refused.ok is False
    mentions = [r for r in caplog.records if "BadRequest" in r.getMessage()]
    assert len(mentions) == 1
    assert mentions[0].levelno == logging.WARNING
    assert "sendMessage" in mentions[0].getMessage()
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot."))
    assert str(CHAT) not in logged and "身份证" not in logged

    mark = await send(fake, text_update(CHAT, "/restart"))  # and the channel carries on
    await says(fake, "请选择您要办的事", mark)


# -- each update answered once ----------------------------------------------------------


async def test_an_update_posted_twice_to_the_webhook_is_answered_once(
    fake: FakeTelegram, webhook: tuple[TelegramChannel, str], caplog: pytest.LogCaptureFixture
) -> None:
    _, url = webhook
    caplog.set_level(logging.INFO, logger="bot.channels.telegram")
    update = {"update_id": 70, **text_update(CHAT, "身份证怎么办理")}
    good = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    mark = fake.mark()
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=STEP)) as http:
        async with http.post(url, json=update, headers=good) as response:
            assert response.status == 200
        await says(fake, ID_QUESTION, mark)
        await fake.wait_quiet()
        # Telegram posts it again (it found the first answer slow): acknowledged, not handled.
        before, again = turns(), fake.mark()
        async with http.post(url, json=update, headers=good) as response:
            assert response.status == 200
        await fake.wait_quiet()
    assert not fake.calls_of("sendMessage", again)
    assert turns() == before
    assert any("skipping Telegram update 70" in r.getMessage() for r in caplog.records)


async def test_an_update_polled_again_after_a_restart_is_answered_once(
    fake: FakeTelegram, app: App, channel: TelegramChannel, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.channels.telegram")
    mark = fake.mark()
    update = await fake.push(text_update(CHAT, "身份证怎么办理"))
    await says(fake, ID_QUESTION, mark)
    await asyncio.wait_for(channel.stop(), STEP)

    # The process stopped before confirming the update: getUpdates hands it out again.
    before, mark = turns(), fake.mark()
    await fake.push(update)
    restarted = await started(app)
    try:
        await send(fake, text_update(CHAT, "/restart"))
        await says(fake, "请选择您要办的事", mark)  # the update after it was handled...
        await fake.wait_quiet()
        assert turns() == before + 1  # ...but not the one before
        assert not [c for c in fake.calls_of("sendMessage", mark) if ID_QUESTION in c.text]
        skipped = f"skipping Telegram update {update['update_id']}"
        assert any(skipped in r.getMessage() for r in channel_logs(caplog))
    finally:
        await asyncio.wait_for(restarted.stop(), STEP)


async def test_a_store_failure_lets_the_update_through(
    fake: FakeTelegram, app: App, caplog: pytest.LogCaptureFixture
) -> None:
    class BrokenStore:
        async def claim(self, bot_id: int, update_id: int) -> bool:
            raise ConnectionError("redis is down")

        async def purge_expired(self) -> int:
            return 0

        async def close(self) -> None:
            pass

    caplog.set_level(logging.WARNING, logger="bot.channels.telegram")
    channel = await started(app, updates=BrokenStore())
    try:
        mark = await send(fake, text_update(CHAT, "身份证怎么办理"))
        await says(fake, ID_QUESTION, mark)
        assert any("ConnectionError" in r.getMessage() for r in channel_logs(caplog))
    finally:
        await asyncio.wait_for(channel.stop(), STEP)


async def test_a_given_update_store_is_used_and_left_open(fake: FakeTelegram, app: App) -> None:
    store = await open_update_store(app.settings)
    try:
        channel = await started(app, updates=store)
        try:
            mark = fake.mark()
            update = await fake.push(text_update(CHAT, "身份证怎么办理"))
            await says(fake, ID_QUESTION, mark)
        finally:
            await asyncio.wait_for(channel.stop(), STEP)
        assert not await store.claim(BOT_ID, update["update_id"])  # claimed by the channel
    finally:
        await store.close()
