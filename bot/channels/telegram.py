"""The Telegram channel (python-telegram-bot 22): a thin adapter between Telegram and the engine.

Updates arrive by long polling (the default) or, in webhook mode, as POSTs to
``/webhooks/telegram`` on the shared aiohttp server (checked against the secret-token
header). Each becomes a :class:`~bot.core.messages.Turn`; each :class:`~bot.core.messages.Reply` goes
back as a text message with its buttons:

- inline keyboards normally. Telegram limits ``callback_data`` to 64 bytes, so a button
  carries a short hash of its payload, resolved against the buttons saved in the user's
  session (and the buttons this process sent lately). Unknown data (a forged button, an
  old one after a restart) gets a polite "this button has expired" and the current question.
- in elderly mode (``reply.speak``) a reply keyboard of big buttons, one per row; a tap
  arrives as the label's text, which the engine maps back to the button.
- checklists also go out as a large-print PNG card (sendPhoto) when a card renderer is set,
  and elderly-mode replies as a voice note (sendVoice, OGG/Opus) when speech is set.

Reliability:

- every Bot API call the channel makes (sendMessage, sendPhoto, sendVoice,
  answerCallbackQuery) goes through :func:`call_with_retries`. A 429 is retried by
  python-telegram-bot's AIORateLimiter, which waits ``retry_after`` and holds back every
  other request meanwhile; a 5xx, a network error or a timeout is retried here with
  exponential backoff and jitter. Both stop at ``RETRY_ATTEMPTS`` tries and within
  ``RETRY_BUDGET_S`` (which also caps a long ``retry_after``). Other 4xx are not retried. A
  call that finally fails is logged once; a failed text message drops the rest of its turn.
- each update's id is claimed in an :class:`~bot.updates.UpdateStore` (SQLite or Redis, as
  ``storage.backend``) before it is handled, so an update Telegram delivers again is skipped.

Nothing here logs message text or user ids: messages can carry personal data.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import random
import re
import time
import traceback
import unicodedata
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, Final, Literal, Protocol, TypeVar

from aiohttp import web
from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.error import BadRequest, NetworkError, TelegramError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.app import App
from bot.core.messages import Reply, Turn
from bot.metrics import ERRORS, TURN_LATENCY, TURNS
from bot.settings import Settings, SettingsError
from bot.updates import UpdateStore, open_update_store

log = logging.getLogger(__name__)

CHANNEL: Final = "telegram"
SECRET_HEADER: Final = "X-Telegram-Bot-Api-Secret-Token"
STALE_PAYLOAD: Final = "/stale"  # not an intent: the engine answers "this button has expired"
LANGUAGE_PAYLOAD: Final = "/set_language"  # without a language: the engine shows the language menu
ALLOWED_UPDATES: Final = ["message", "edited_message", "callback_query"]
LONG_POLL_S: Final = 10  # getUpdates long-poll timeout
MAX_TEXT: Final = 4000  # Telegram's limit is 4096 characters per message
MAX_CAPTION: Final = 1000  # ... and 1024 per caption
SHORT_LABEL: Final = 14  # display width (CJK counts 2) up to which two buttons share a row
RECENT_BUTTONS: Final = 10_000  # hashes of buttons sent lately, for presses on older messages
_HASH = re.compile(r"^[0-9a-f]{16}$")
_COMMAND_AT_BOT = re.compile(r"^(/[A-Za-z0-9_]+)@[A-Za-z0-9_]+(.*)$", re.DOTALL)
# Telegram commands that are named differently from the engine's payloads.
_COMMAND_ALIASES: Final = {"/language": LANGUAGE_PAYLOAD, "/elder": "/elder_mode", "/cancel": "/restart"}
_LOCALE_PREFIXES: Final = ("en", "ug", "bo", "ii", "za", "ko")
# Retries of one Bot API call (see call_with_retries).
RETRY_ATTEMPTS: Final = 4  # tries in all, after a 5xx, a network error or a timeout
FLOOD_RETRIES: Final = RETRY_ATTEMPTS - 1  # AIORateLimiter's retries after a 429
RETRY_BASE_S: Final = 0.5  # the first backoff; it doubles with each retry...
RETRY_MAX_DELAY_S: Final = 5.0  # ...up to this, times a random factor in [0.5, 1.5)
RETRY_BUDGET_S: Final = 30.0  # the most one call may take, flood waits and retries included

T = TypeVar("T")

Media = Literal["photo", "sticker", "document", "video", "audio", "voice", "other"]


class SpeechLike(Protocol):
    """Text to speech as an OGG/Opus file (``bot.speech.Speech``)."""

    async def synthesize(
        self, text: str, locale: str, *, slow: bool = False, keys: Sequence[str] = ()
    ) -> Path | None: ...


class CardRenderer(Protocol):
    """A large-print card as PNG bytes (``bot.cards.render_card``)."""

    def __call__(
        self, title: str, lines: list[str], *, footer: str | None = None, rtl: bool = False
    ) -> bytes: ...


def button_hash(payload: str) -> str:
    """The ``callback_data`` of a button: 16 hex characters of the payload's SHA-256."""
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def locale_hint(language_code: str | None) -> str | None:
    """Telegram's ``language_code`` (an IETF tag the client reports) as one of our locales."""
    if not language_code:
        return None
    code = language_code.lower().replace("_", "-")
    if code.startswith("zh"):
        return "zh-Hans"
    primary = code.split("-", 1)[0]
    return primary if primary in _LOCALE_PREFIXES else None


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """The text in pieces of at most ``limit`` characters, cut at line ends when possible."""
    text = text.strip() or "…"
    pieces: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        if cut < limit // 2:
            cut = limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip("\n")
    pieces.append(text)
    return pieces


def retryable(error: TelegramError) -> bool:
    """Whether another try may succeed: a 5xx, a connection failure or a timeout.

    python-telegram-bot raises a plain NetworkError for those (and for the rare 4xx without
    a class of its own, e.g. 413, which are retried too, within the bounds). Not retried:
    BadRequest (400; it subclasses NetworkError), Forbidden, InvalidToken, Conflict,
    ChatMigrated, and a RetryAfter the rate limiter already retried as often as it may.
    """
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)


def backoff_s(retry: int) -> float:
    """The wait before retry number ``retry`` (1, 2...): exponential, with jitter."""
    return min(RETRY_MAX_DELAY_S, RETRY_BASE_S * 2.0 ** (retry - 1)) * random.uniform(0.5, 1.5)


async def call_with_retries(
    method: str,
    call: Callable[[], Awaitable[T]],
    *,
    attempts: int = RETRY_ATTEMPTS,
    budget_s: float = RETRY_BUDGET_S,
) -> T:
    """``call()`` (one Bot API request), tried again on :func:`retryable` errors.

    At most ``attempts`` tries within ``budget_s`` seconds; a failure is logged once, with
    the method and the error's class and description (never the message or the chat), and
    raised: a TelegramError, TimedOut when the budget ran out.

    A retried timeout may send a message twice, if Telegram got the first request and only
    its answer was lost: rare, and better than a message never sent.
    """
    tries = 0
    try:
        async with asyncio.timeout(budget_s):
            while True:
                tries += 1
                try:
                    return await call()
                except TelegramError as exc:
                    if tries >= attempts or not retryable(exc):
                        raise
                    delay = backoff_s(tries)
                    log.info(
                        "Telegram %s failed (%s), try %d of %d in %.1f s",
                        method,
                        type(exc).__name__,
                        tries + 1,
                        attempts,
                        delay,
                    )
                    await asyncio.sleep(delay)
    except TimeoutError:
        log.warning("Telegram %s gave up after %d tries in %.0f s", method, tries, budget_s)
        raise TimedOut(f"{method}: no success within {budget_s:.0f} s") from None
    except TelegramError as exc:
        log.warning("Telegram %s failed after %d tries: %s: %s", method, tries, type(exc).__name__, exc)
        raise


def media_kind(message: Message) -> Media | None:
    """What kind of non-text message this is; None for a plain text or a service message."""
    if message.sticker:
        return "sticker"
    if message.photo:
        return "photo"
    if message.voice:
        return "voice"
    if message.video or message.video_note or message.animation:
        return "video"
    if message.audio:
        return "audio"
    if message.document:
        return "document"
    if message.contact or message.poll or message.dice or message.game or message.story:
        return "other"
    return None


class TelegramChannel:
    def __init__(
        self,
        app: App,
        settings: Settings,
        *,
        speech: SpeechLike | None = None,
        render_card: CardRenderer | None = None,
        updates: UpdateStore | None = None,
    ) -> None:
        """``updates`` remembers the updates handled (opened from settings at start, and closed
        at stop, when not given)."""
        self._app = app
        self._settings = settings
        self._speech = speech
        self._render_card = render_card
        self._application: Application[Any, Any, Any, Any, Any, Any] | None = None
        self._webhook = settings.telegram.mode == "webhook"
        self._recent: OrderedDict[tuple[int, str], str] = OrderedDict()
        self._reply_keyboard: set[int] = set()  # chats showing the elderly reply keyboard
        self._updates = updates
        self._owns_updates = updates is None

    # -- lifecycle -----------------------------------------------------------------------

    async def start(self) -> None:
        """Connect to the Bot API (getMe), then poll, or register the webhook."""
        if self._application is not None:
            return
        settings = self._settings.telegram
        token = self._settings.telegram_token
        if token is None:
            raise SettingsError("telegram_token: not set (BANSHI_TELEGRAM_TOKEN)")
        secret = self._settings.telegram_webhook_secret
        if self._webhook and not settings.webhook_url:
            raise SettingsError("telegram.webhook_url: required in webhook mode")
        if self._webhook and secret is None:
            raise SettingsError(
                "telegram_webhook_secret: required in webhook mode (BANSHI_TELEGRAM_WEBHOOK_SECRET)"
            )
        timeout = settings.timeout_s
        builder = (
            Application.builder()
            .token(token.get_secret_value())
            .base_url(settings.base_url)
            .base_file_url(settings.base_file_url)
            .connect_timeout(timeout)
            .read_timeout(timeout)
            .write_timeout(timeout)
            .media_write_timeout(max(timeout, 20.0))
            .pool_timeout(timeout)
            .get_updates_connect_timeout(timeout)
            .get_updates_read_timeout(timeout + LONG_POLL_S)
            .get_updates_write_timeout(timeout)
            .get_updates_pool_timeout(timeout)
            .rate_limiter(AIORateLimiter(max_retries=FLOOD_RETRIES))
            .job_queue(None)
        )
        if self._webhook:
            builder = builder.updater(None)
        application = builder.build()
        application.add_handler(TypeHandler(Update, self._claim), group=-1)  # before the others
        application.add_handler(CommandHandler("start", self._on_start))
        application.add_handler(CallbackQueryHandler(self._on_callback))
        application.add_handler(MessageHandler(filters.UpdateType.MESSAGES, self._on_message))
        application.add_error_handler(self._on_error)
        self._application = application
        try:
            if self._updates is None:
                self._updates = await open_update_store(self._settings)
            await application.initialize()
            await application.start()
            if self._webhook:
                assert secret is not None and settings.webhook_url is not None
                await application.bot.set_webhook(
                    url=settings.webhook_url,
                    secret_token=secret.get_secret_value(),
                    allowed_updates=ALLOWED_UPDATES,
                    drop_pending_updates=False,
                )
            else:
                assert application.updater is not None
                await application.updater.start_polling(
                    timeout=LONG_POLL_S,
                    drop_pending_updates=False,
                    allowed_updates=ALLOWED_UPDATES,
                    error_callback=self._on_polling_error,
                )
        except BaseException:
            await self.stop()
            raise
        log.info("Telegram channel started (%s)", settings.mode)

    async def stop(self) -> None:
        """Stop polling, finish the updates already received, and close the connections."""
        application = self._application
        try:
            if application is not None:
                try:
                    if application.updater is not None and application.updater.running:
                        await application.updater.stop()
                    if application.running:
                        await application.stop()  # handles the updates already queued
                finally:
                    # The webhook stays registered: Telegram keeps updates until the bot is back.
                    await application.shutdown()  # a no-op when it was never initialized
                    self._application = None
                log.info("Telegram channel stopped")
        finally:
            if self._owns_updates and self._updates is not None:
                updates, self._updates = self._updates, None
                await updates.close()

    # -- webhook -------------------------------------------------------------------------

    async def handle_webhook(self, request: web.Request) -> web.Response:
        """``POST /webhooks/telegram``: check the secret token, then queue the update."""
        application = self._application
        secret = self._settings.telegram_webhook_secret
        if application is None or not application.running or not self._webhook or secret is None:
            return web.Response(status=503, text="the Telegram webhook is not active\n")
        given = request.headers.get(SECRET_HEADER)
        if given is None:
            return web.Response(status=401, text="missing secret token\n")
        if not hmac.compare_digest(given.encode("utf-8"), secret.get_secret_value().encode("utf-8")):
            return web.Response(status=403, text="wrong secret token\n")
        try:
            data = await request.json()
            if not isinstance(data, dict):
                raise ValueError("not an object")
            update = Update.de_json(data, application.bot)
        except (ValueError, TypeError, KeyError, UnicodeDecodeError):
            return web.Response(status=400, text="not a Telegram update\n")
        await application.update_queue.put(update)
        return web.Response(status=200)

    # -- incoming ------------------------------------------------------------------------

    async def _claim(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Runs first for every update: skip it when its id was claimed before.

        Claim, then handle: an update is answered at most once. If the process dies while
        handling it, Telegram delivers it again but it stays claimed, so that update goes
        unanswered (the user asks again) rather than answered twice after a slow or repeated
        delivery, which happens far more often. When the store fails, the update is handled
        anyway: a rare duplicate is better than a bot that answers nobody.
        """
        assert self._updates is not None
        try:
            first = await self._updates.claim(self._bot().id, update.update_id)
        except Exception as exc:
            log.warning("claiming a Telegram update failed (%s); handling it anyway", type(exc).__name__)
            return
        if not first:
            log.info("skipping Telegram update %d: it was delivered before", update.update_id)
            raise ApplicationHandlerStop

    async def _on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat, user = update.effective_chat, update.effective_user
        if chat is None:
            return
        hint = locale_hint(user.language_code if user else None)
        # First contact: the engine's welcome; always: the language menu, in the user's language.
        await self._turn(
            chat.id, Turn(sender=_sender(chat.id), channel=CHANNEL, text=LANGUAGE_PAYLOAD, locale_hint=hint)
        )

    async def _on_callback(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query, chat, user = update.callback_query, update.effective_chat, update.effective_user
        if query is None:
            return
        if chat is None:  # a button under an inline-mode message: nothing to continue
            await _answer(query)
            return
        hint = locale_hint(user.language_code if user else None)
        sender = _sender(chat.id)
        payload = await self._resolve(chat.id, query.data)
        if payload is None:
            await _answer(query, await self._stale_notice(sender, hint))
            payload = STALE_PAYLOAD
        else:
            await _answer(query)
        await self._turn(chat.id, Turn(sender=sender, channel=CHANNEL, text=payload, locale_hint=hint))

    async def _on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message, chat, user = update.effective_message, update.effective_chat, update.effective_user
        if message is None or chat is None:
            return
        hint = locale_hint(user.language_code if user else None)
        sender = _sender(chat.id)
        location = message.location or (message.venue.location if message.venue else None)
        if location is not None and update.edited_message is not None:
            return  # a live location moving: answered once, when it was first shared
        if location is not None:
            turn = Turn(
                sender=sender,
                channel=CHANNEL,
                locale_hint=hint,
                location=(location.latitude, location.longitude),
            )
        else:
            text = _command_text(message.text or message.caption or "")
            media = media_kind(message)
            if not text and media is None:
                return  # a service message (member joined, pinned...): nothing to answer
            audio = await self._voice_note(message) if media == "voice" else None
            turn = Turn(sender=sender, channel=CHANNEL, text=text, locale_hint=hint, media=media, audio=audio)
        await self._turn(chat.id, turn)

    async def _voice_note(self, message: Message) -> bytes | None:
        """The recording of a voice message (OGG/Opus); None when too big or not downloadable."""
        voice = message.voice
        limit = self._settings.voice_in.max_bytes
        if voice is None or (voice.file_size or 0) > limit:
            return None
        try:
            file = await call_with_retries("getFile", voice.get_file)
            data = await call_with_retries("downloadFile", file.download_as_bytearray)
        except TelegramError:
            return None  # logged by call_with_retries; the engine asks for it again
        return bytes(data) if len(data) <= limit else None

    async def _resolve(self, chat_id: int, data: str | None) -> str | None:
        """The payload behind a button's hash: the user's last buttons, then recent ones."""
        if data is None or not _HASH.match(data):
            return None
        try:
            session = await self._app.sessions.load(_sender(chat_id))
        except Exception as exc:  # the turn that follows reports it (and apologizes)
            log.warning("loading a session to resolve a button failed: %s", type(exc).__name__)
            session = None
        if session is not None:
            for reply in session.last_replies:
                for button in reply.get("buttons") or []:
                    payload = button.get("payload") if isinstance(button, dict) else None
                    if isinstance(payload, str) and button_hash(payload) == data:
                        return payload
        return self._recent.get((chat_id, data))

    async def _stale_notice(self, sender: str, hint: str | None) -> str:
        languages = self._app.i18n.languages
        locale = hint or languages.default
        try:
            session = await self._app.sessions.load(sender)
        except Exception:  # the turn that follows reports store failures
            session = None
        if session is not None:
            locale = next(
                (code for code in (session.locale, session.last_locale) if code in languages.languages),
                locale,
            )
        return self._app.i18n.format("button-stale", locale).rstrip(":：")

    # -- one turn ------------------------------------------------------------------------

    async def _turn(self, chat_id: int, turn: Turn) -> None:
        started = time.monotonic()
        try:
            replies = await self._app.engine.handle(turn)
        except Exception as exc:
            ERRORS.labels(CHANNEL).inc()
            # The type and the stack only: an exception's message may quote what the user wrote.
            log.error(
                "the engine failed on a Telegram turn: %s\n%s",
                type(exc).__name__,
                "".join(traceback.format_tb(exc.__traceback__)).rstrip(),
            )
            replies = [self._app.engine.apology(turn.locale_hint)]
        finally:
            TURN_LATENCY.labels(CHANNEL).observe(time.monotonic() - started)
        if replies:
            TURNS.labels(CHANNEL, replies[0].locale).inc()
        # A message that could not be sent (logged by call_with_retries) ends the turn's replies.
        with contextlib.suppress(TelegramError):
            await self._send(chat_id, replies)

    async def _send(self, chat_id: int, replies: Sequence[Reply]) -> None:
        bot = self._bot()
        elderly = any(reply.speak for reply in replies)
        remove_keyboard = not elderly and chat_id in self._reply_keyboard
        for reply in replies:
            markup: InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None
            markup = self._keyboard(chat_id, reply)
            if markup is None and remove_keyboard:
                markup = ReplyKeyboardRemove()
                remove_keyboard = False
                self._reply_keyboard.discard(chat_id)
            pieces = split_text(self._app.engine.render(reply))
            for n, piece in enumerate(pieces, 1):
                send = partial(
                    bot.send_message,
                    chat_id=chat_id,
                    text=piece,
                    reply_markup=markup if n == len(pieces) else None,
                )
                await call_with_retries("sendMessage", send)
            if reply.kind == "checklist" and self._render_card is not None:
                await self._send_card(chat_id, reply)
        if elderly and self._speech is not None:
            spoken = [reply for reply in replies if reply.speak]
            await self._send_voice(
                chat_id,
                "\n".join(self._app.engine.render(r) for r in spoken),
                spoken[0].locale,
                [part.key for reply in spoken for part in reply.parts],
            )

    def _keyboard(self, chat_id: int, reply: Reply) -> InlineKeyboardMarkup | ReplyKeyboardMarkup | None:
        if not reply.buttons:
            return None
        labels = [self._app.i18n.render(button.label, reply.locale) for button in reply.buttons]
        if reply.speak:
            # Elderly mode: big buttons, one per row; a tap sends the label as text.
            self._reply_keyboard.add(chat_id)
            return ReplyKeyboardMarkup(
                [[KeyboardButton(label)] for label in labels], resize_keyboard=True, is_persistent=True
            )
        rows: list[list[InlineKeyboardButton]] = []
        half_row = False  # the last row holds one short button that another may join
        for label, button in zip(labels, reply.buttons, strict=True):
            data = button_hash(button.payload)
            self._remember(chat_id, data, button.payload)
            item = InlineKeyboardButton(label, callback_data=data)
            short = display_width(label) <= SHORT_LABEL
            if short and half_row:
                rows[-1].append(item)
                half_row = False
            else:
                rows.append([item])
                half_row = short
        return InlineKeyboardMarkup(rows)

    def _remember(self, chat_id: int, data: str, payload: str) -> None:
        self._recent[(chat_id, data)] = payload
        self._recent.move_to_end((chat_id, data))
        while len(self._recent) > RECENT_BUTTONS:
            self._recent.popitem(last=False)

    async def _send_card(self, chat_id: int, reply: Reply) -> None:
        assert self._render_card is not None
        render = self._app.i18n.render
        texts = [render(part, reply.locale) for part in reply.parts]
        title, lines = texts[0], texts[1:]
        footer = lines.pop() if len(lines) > 1 else None
        rtl = self._app.i18n.is_rtl(reply.locale)
        try:
            png = await asyncio.to_thread(self._render_card, title, lines, footer=footer, rtl=rtl)
        except Exception as exc:
            log.error("rendering a checklist card failed: %s", type(exc).__name__)
            return
        send = partial(
            self._bot().send_photo,
            chat_id=chat_id,
            photo=png,
            filename="checklist.png",
            caption=title[:MAX_CAPTION],
        )
        with contextlib.suppress(TelegramError):  # logged; the text is out already, the card a bonus
            await call_with_retries("sendPhoto", send)

    async def _send_voice(self, chat_id: int, text: str, locale: str, keys: list[str]) -> None:
        assert self._speech is not None
        try:
            path = await self._speech.synthesize(text, locale, slow=True, keys=keys)
            if path is None:
                return  # no voice for this language
            audio = await asyncio.to_thread(path.read_bytes)
        except Exception as exc:
            log.error("speech for a voice note failed: %s", type(exc).__name__)
            return
        send = partial(self._bot().send_voice, chat_id=chat_id, voice=audio, filename="reply.ogg")
        with contextlib.suppress(TelegramError):  # logged; the text is out already
            await call_with_retries("sendVoice", send)

    # -- errors --------------------------------------------------------------------------

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        error = context.error
        if isinstance(error, TelegramError):
            log.warning("Telegram API error: %s: %s", type(error).__name__, error)
            return
        ERRORS.labels(CHANNEL).inc()
        name = type(error).__name__ if error is not None else "unknown"
        stack = traceback.format_tb(error.__traceback__) if error is not None else []
        log.error("error in the Telegram channel: %s\n%s", name, "".join(stack).rstrip())

    @staticmethod
    def _on_polling_error(error: TelegramError) -> None:
        log.warning("polling Telegram failed (retrying): %s: %s", type(error).__name__, error)

    def _bot(self) -> Bot:
        if self._application is None:
            raise RuntimeError("the Telegram channel is not running")
        bot: Bot = self._application.bot
        return bot


def _sender(chat_id: int) -> str:
    return f"{CHANNEL}:{chat_id}"


def _command_text(text: str) -> str:
    """``/help@BanshiBot`` -> ``/help``; Telegram command names mapped to engine payloads."""
    match = _COMMAND_AT_BOT.match(text)
    if match:
        text = match.group(1) + match.group(2)
    return _COMMAND_ALIASES.get(text.strip().lower(), text)


async def _answer(query: CallbackQuery, text: str | None = None) -> None:
    """Answer a callback query; a failed answer (e.g. the query is too old) must not stop the turn."""
    with contextlib.suppress(TelegramError):  # logged by call_with_retries
        await call_with_retries("answerCallbackQuery", partial(query.answer, text=text))
