"""The web channel: Rasa-compatible REST endpoints, health and metrics, and the chat page.

One aiohttp application (DESIGN.md §3.5):

- ``POST /webhooks/rest/webhook`` — Rasa's REST channel: ``{"sender", "message",
  "metadata": {"lang", "audio"}}`` in, one item per reply out. A button's ``payload`` sent
  back as ``message`` presses it.
- ``POST /model/parse`` — Rasa's parse endpoint, answered by the configured NLU. When
  ``BANSHI_API_TOKEN`` is set it requires ``Authorization: Bearer <token>`` (401 without,
  403 wrong).
- ``GET /healthz``, ``GET /metrics`` (Prometheus).
- ``GET /`` — the accessible chat page (``static/``: plain HTML, CSS and JS, no build step
  and nothing from a CDN), ``GET /languages.json`` and ``GET /i18n/{locale}.json`` for it.
- ``GET /audio/{name}`` — spoken replies, when a speech synthesizer is given.
- ``POST /webhooks/telegram`` — only when a Telegram webhook handler is given.

Bad input always gets a 4xx JSON error ``{"error": code, "message": text}``; a failing
engine gets the user a localized apology. Message texts and sender ids are never logged.
Bodies are limited to ``limits.max_body_bytes``; each sender may send
``limits.messages_per_minute`` messages (more get 429 with ``Retry-After`` and a localized
"please slow down"). There are no admin operations over HTTP: those are the command line's.
"""

from __future__ import annotations

import asyncio
import functools
import hmac
import json
import logging
import re
import time
import traceback
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.app import App
from bot.core.messages import Reply, Turn
from bot.metrics import ERRORS, TURN_LATENCY, TURNS
from bot.ratelimit import Decision, RateLimiter, open_rate_limiter
from bot.settings import LimitSettings

log = logging.getLogger(__name__)

CHANNEL = "web"
STATIC_DIR = Path(__file__).parent / "static"
MAX_BODY_BYTES = LimitSettings().max_body_bytes  # the default of limits.max_body_bytes
MAX_SENDER_CHARS = 196  # "web:" and these make the 200 characters a stored sender may have
MAX_MESSAGE_CHARS = 5000
MAX_LANG_CHARS = 35
HEALTH_TIMEOUT_S = 2.0
AUDIO_TIMEOUT_S = 30.0
UI_KEY_PREFIX = "web-"
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
AUDIO_NAME = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$")
LOCALE_CODE = r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*"

SECURITY_HEADERS = {
    # Everything the page needs comes from this server; nothing from a CDN.
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; media-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

_dumps = functools.partial(json.dumps, ensure_ascii=False)


class TelegramWebhook(Protocol):
    """The Telegram channel in webhook mode: checks the secret token and handles an update."""

    async def handle_webhook(self, request: web.Request) -> web.Response: ...


class SpeechLike(Protocol):
    """Text to speech (:class:`bot.speech.Speech`): a cached audio file for the text, or None
    when the locale has no voice. ``slow`` is for elderly mode."""

    async def synthesize(
        self, text: str, locale: str, *, slow: bool = False, keys: Sequence[str] = ()
    ) -> Path | None: ...


class BadRequest(Exception):
    """Input we refuse, answered as ``{"error": code, "message": text}`` with a 4xx status."""

    def __init__(
        self, status: int, code: str, message: str, *, headers: dict[str, str] | None = None, **extra: Any
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}
        self.extra = extra

    def response(self) -> web.Response:
        response = _json({"error": self.code, "message": self.message, **self.extra}, status=self.status)
        response.headers.update(self.headers)
        return response


def _json(data: Any, *, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=_dumps)


async def read_json_object(request: web.Request, limit: int = MAX_BODY_BYTES) -> dict[str, Any]:
    """The request body as a JSON object, or :class:`BadRequest` saying what is wrong with it."""
    if request.content_type != "application/json":
        raise BadRequest(415, "unsupported_media_type", "send the body as application/json")
    if request.content_length is not None and request.content_length > limit:
        raise BadRequest(413, "body_too_large", f"the body must be at most {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    while chunk := await request.content.read(16 * 1024):
        size += len(chunk)
        if size > limit:
            raise BadRequest(413, "body_too_large", f"the body must be at most {limit} bytes")
        chunks.append(chunk)
    try:
        body = json.loads(b"".join(chunks))
    except (ValueError, RecursionError):  # bad JSON or bad UTF-8; absurd nesting
        raise BadRequest(400, "invalid_json", "the body is not valid JSON") from None
    if not isinstance(body, dict):
        raise BadRequest(400, "invalid_body", "the body must be a JSON object")
    return body


def string_field(
    data: dict[str, Any], name: str, *, max_chars: int, required: bool = True, where: str = ""
) -> str | None:
    """A string field: present (when required), a string, valid Unicode and not too long."""
    value = data.get(name)
    field = f"{where}{name}"
    if value is None:
        if required:
            raise BadRequest(400, "missing_field", f"'{field}' is required")
        return None
    if not isinstance(value, str):
        raise BadRequest(400, "invalid_field", f"'{field}' must be a string")
    if len(value) > max_chars:
        raise BadRequest(400, "field_too_long", f"'{field}' must be at most {max_chars} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a "\ud800" escape
        raise BadRequest(400, "invalid_field", f"'{field}' is not valid Unicode text") from None
    return value


class _WebChannel:
    def __init__(self, app: App, speech: SpeechLike | None, limiter: RateLimiter) -> None:
        self.app = app
        self.speech = speech
        self.limiter = limiter
        self.max_body_bytes = app.settings.limits.max_body_bytes
        # Folders the synthesizer wrote to; /audio/{name} serves from these only.
        self.audio_dirs: list[Path] = [app.settings.speech.cache_path]

    # -- limits and the API token ----------------------------------------------------------

    async def _limit(self, key: str, lang: str | None) -> None:
        """Count one message for ``key``; over the limit, 429 with a localized "slow down"."""
        decision: Decision = await self.limiter.hit(key)
        if decision.allowed:
            return
        languages = self.app.i18n.languages
        locale = lang if lang in languages.languages else languages.default
        seconds = decision.retry_after
        raise BadRequest(
            429,
            "rate_limited",
            self.app.i18n.format("rate-limited", locale, {"seconds": seconds}),
            headers={"Retry-After": str(seconds)},
            retry_after=seconds,
            lang=locale,
        )

    def _authorized(self, request: web.Request) -> bool:
        """True when a configured API token came with the request; 401/403 when it is
        missing or wrong. False when no token is configured (the endpoint is open)."""
        secret = self.app.settings.api_token
        if secret is None:
            return False
        scheme, _, given = request.headers.get("Authorization", "").strip().partition(" ")
        given = given.strip()
        if scheme.lower() != "bearer" or not given:
            raise BadRequest(
                401,
                "unauthorized",
                "this endpoint needs the API token: send 'Authorization: Bearer <token>'",
                headers={"WWW-Authenticate": 'Bearer realm="banshi"'},
            )
        expected = secret.get_secret_value().encode("utf-8")
        if not hmac.compare_digest(given.encode("utf-8", "surrogateescape"), expected):
            raise BadRequest(403, "forbidden", "the API token is wrong")
        return True

    # -- Rasa REST channel -----------------------------------------------------------------

    async def rest_webhook(self, request: web.Request) -> web.Response:
        body = await read_json_object(request, self.max_body_bytes)
        sender = string_field(body, "sender", max_chars=MAX_SENDER_CHARS)
        message = string_field(body, "message", max_chars=MAX_MESSAGE_CHARS)
        assert sender is not None and message is not None
        if not sender.strip():
            raise BadRequest(400, "invalid_field", "'sender' must not be empty")
        if CONTROL_CHARS.search(sender):
            raise BadRequest(400, "invalid_field", "'sender' must not contain control characters")
        metadata = body.get("metadata")
        if metadata is None:
            metadata = {}
        if not isinstance(metadata, dict):
            raise BadRequest(400, "invalid_field", "'metadata' must be an object")
        lang = string_field(metadata, "lang", max_chars=MAX_LANG_CHARS, required=False, where="metadata.")
        want_audio = metadata.get("audio", False)
        if not isinstance(want_audio, bool):
            raise BadRequest(400, "invalid_field", "'metadata.audio' must be true or false")
        await self._limit(f"web:{sender}", lang)

        turn = Turn(sender=f"web:{sender}", channel=CHANNEL, text=message, locale_hint=lang or None)
        started = time.perf_counter()
        try:
            replies = await self.app.engine.handle(turn)
        except Exception as exc:
            # Once, and without the message or the sender (personal data): where it failed.
            log.error("web turn failed: %s (%s)", type(exc).__name__, _where(exc))
            ERRORS.labels(CHANNEL).inc()
            languages = self.app.i18n.languages
            replies = [self.app.engine.apology(lang if lang in languages.languages else None)]
        items = [self._item(sender, reply) for reply in replies]
        TURN_LATENCY.labels(CHANNEL).observe(time.perf_counter() - started)
        TURNS.labels(CHANNEL, replies[0].locale if replies else self.app.i18n.languages.default).inc()
        if self.speech is not None:
            await self._add_audio(items, replies, [want_audio or reply.speak for reply in replies])
        return _json(items)

    def _text_locale(self, reply: Reply) -> str:
        """The locale the text actually comes out in: the reply's, or a fallback that has it."""
        i18n = self.app.i18n
        if not reply.parts:
            return reply.locale
        key = reply.parts[0].key
        return next(
            (code for code in i18n.languages.chain(reply.locale) if i18n.has(key, code)), reply.locale
        )

    def _item(self, sender: str, reply: Reply) -> dict[str, Any]:
        language = self.app.i18n.languages.languages.get(reply.locale)
        return {
            "recipient_id": sender,
            "text": self.app.engine.render(reply),
            "buttons": [
                {"title": self.app.i18n.render(button.label, reply.locale), "payload": button.payload}
                for button in reply.buttons
            ],
            "kind": reply.kind,
            "speak": reply.speak,
            "lang": reply.locale,
            "dir": language.direction if language is not None else "ltr",
            # Until a locale is complete its texts fall back (ug -> zh-Hans): this is the
            # language to read the text aloud in and to mark it with for screen readers.
            "text_lang": self._text_locale(reply),
        }

    async def _add_audio(
        self, items: list[dict[str, Any]], replies: Sequence[Reply], wanted: list[bool]
    ) -> None:
        async def one(item: dict[str, Any], reply: Reply) -> None:
            assert self.speech is not None
            keys = [part.key for part in reply.parts]
            try:
                path = await asyncio.wait_for(
                    self.speech.synthesize(item["text"], item["text_lang"], slow=item["speak"], keys=keys),
                    AUDIO_TIMEOUT_S,
                )
            except Exception as exc:  # the text reply still goes out
                log.warning("speech for a web reply failed: %s", type(exc).__name__)
                return
            if path is None:
                return
            if path.parent not in self.audio_dirs:
                self.audio_dirs.append(path.parent)
            item["audio"] = f"/audio/{path.name}"

        await asyncio.gather(
            *(one(item, reply) for item, reply, want in zip(items, replies, wanted, strict=True) if want)
        )

    async def audio(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if AUDIO_NAME.match(name):
            for folder in self.audio_dirs:
                path = folder / name
                if path.is_file():
                    return web.FileResponse(path, headers={"Cache-Control": "private, max-age=86400"})
        return _json({"error": "not_found", "message": "no such audio file"}, status=404)

    # -- Rasa parse ------------------------------------------------------------------------

    async def model_parse(self, request: web.Request) -> web.Response:
        authorized = self._authorized(request)
        body = await read_json_object(request, self.max_body_bytes)
        text = string_field(body, "text", max_chars=MAX_MESSAGE_CHARS)
        lang = string_field(body, "lang", max_chars=MAX_LANG_CHARS, required=False)
        assert text is not None
        if not authorized:  # open to anyone: limited per client address like a sender
            await self._limit(f"parse:{request.remote or 'unknown'}", lang)
        parse = await self.app.nlu.parse(text, lang or None)
        return _json(parse.to_rasa())

    # -- operations ------------------------------------------------------------------------

    async def healthz(self, request: web.Request) -> web.Response:
        try:
            version = await asyncio.wait_for(self.app.guides.version(), HEALTH_TIMEOUT_S)
        except Exception as exc:
            log.warning("health check: the guide store did not answer (%s)", type(exc).__name__)
            return _json(
                {"status": "unavailable", "catalog_version": None, "reason": "guide store not answering"},
                status=503,
            )
        if version is None:
            return _json(
                {"status": "unavailable", "catalog_version": None, "reason": "no catalog loaded"},
                status=503,
            )
        return _json({"status": "ok", "catalog_version": version})

    async def metrics(self, request: web.Request) -> web.Response:
        return web.Response(body=generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    # -- the chat page ---------------------------------------------------------------------

    async def index(self, request: web.Request) -> web.StreamResponse:
        return web.FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    async def static(self, request: web.Request) -> web.StreamResponse:
        """The page's own files, by name: nothing else under the folder, no directory listing."""
        name = request.match_info["name"]
        path = STATIC_DIR / name
        if name.startswith(".") or path.is_symlink() or not path.is_file():
            return _json({"error": "not_found", "message": "no such file"}, status=404)
        return web.FileResponse(path, headers={"Cache-Control": "no-cache"})

    async def languages(self, request: web.Request) -> web.Response:
        return _json(
            [
                {"code": code, "native_name": language.native_name, "direction": language.direction}
                for code, language in self.app.i18n.languages.languages.items()
            ]
        )

    async def ui_strings(self, request: web.Request) -> web.Response:
        """The page's own texts (Fluent keys ``web-*``) in a locale, along its fallback chain."""
        locale = request.match_info["locale"]
        i18n = self.app.i18n
        language = i18n.languages.languages.get(locale)
        if language is None:
            return _json({"error": "unknown_locale", "message": f"no locale {locale!r}"}, status=404)
        keys = sorted(key for key in i18n.keys[i18n.languages.default] if key.startswith(UI_KEY_PREFIX))
        return _json(
            {
                "locale": locale,
                "dir": language.direction,
                "messages": {key: i18n.format(key, locale) for key in keys},
            }
        )


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _where(exc: BaseException) -> str:
    """Where an exception was raised (file:line in function, innermost four frames)."""
    return "; ".join(
        f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(exc.__traceback__)[-4:]
    )


@web.middleware
async def _errors_and_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    response: web.StreamResponse
    try:
        response = await handler(request)
    except BadRequest as exc:
        response = exc.response()
    except web.HTTPException as exc:
        if exc.status < 400:
            raise  # redirects and the like
        # aiohttp's own refusals (no such route, wrong method, ...) in the same JSON shape.
        code = re.sub(r"[^a-z0-9]+", "_", (exc.reason or "error").lower()).strip("_") or "error"
        response = _json({"error": code, "message": exc.reason or "error"}, status=exc.status)
        for name, value in exc.headers.items():
            if name.lower() not in ("content-type", "content-length"):
                response.headers[name] = value
    except Exception as exc:
        # Without the exception's text: it may quote the request (personal data).
        log.error("%s %s failed: %s (%s)", request.method, request.path, type(exc).__name__, _where(exc))
        response = _json({"error": "internal_error", "message": "something went wrong"}, status=500)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def create_web_app(
    app: App,
    *,
    telegram: TelegramWebhook | None = None,
    speech: SpeechLike | None = None,
    limiter: RateLimiter | None = None,
) -> web.Application:
    """The aiohttp application of the web channel (DESIGN.md §3.5) for an opened :class:`App`.

    ``limiter`` counts messages per sender; without one, the application opens its own from
    ``app.settings`` (:func:`bot.ratelimit.open_rate_limiter`) and closes it on cleanup."""
    web_app = web.Application(middlewares=[_errors_and_headers])
    if limiter is None:
        limiter = open_rate_limiter(app.settings)
        owned = limiter

        async def close_limiter(_: web.Application) -> None:
            await owned.close()

        web_app.on_cleanup.append(close_limiter)
    channel = _WebChannel(app, speech, limiter)
    router = web_app.router
    router.add_post("/webhooks/rest/webhook", channel.rest_webhook)
    router.add_post("/model/parse", channel.model_parse)
    router.add_get("/healthz", channel.healthz)
    router.add_get("/metrics", channel.metrics)
    router.add_get("/", channel.index)
    router.add_get("/languages.json", channel.languages)
    router.add_get(f"/i18n/{{locale:{LOCALE_CODE}}}.json", channel.ui_strings)
    router.add_get("/static/{name}", channel.static)
    if speech is not None:
        router.add_get("/audio/{name}", channel.audio)
    if telegram is not None:
        router.add_post("/webhooks/telegram", telegram.handle_webhook)
    return web_app
