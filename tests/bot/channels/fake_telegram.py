"""A fake Telegram Bot API server (aiohttp on 127.0.0.1) for end-to-end channel tests.

Point python-telegram-bot's ``base_url`` at :attr:`FakeTelegram.base_url`. The fake serves
queued updates to ``getUpdates`` (long polling, cut short so shutdown is quick), answers the
methods the channel uses with valid Telegram objects, and records every call with its
parameters and uploaded files so tests can check what the bot sent. The next call of a method
can be made to fail (:meth:`FakeTelegram.fail_next`) or to stall past the client's timeout
(:meth:`FakeTelegram.stall_next`); :attr:`Call.ok` tells which calls were answered with a result.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from aiohttp import web

BOT_ID = 777000111
BOT_USERNAME = "BanshiTestBot"
MAX_POLL_S = 0.5  # long polls end this early, whatever timeout the client asks for
# Parameters that stay strings; the rest are JSON-decoded (PTB JSON-encodes non-string values).
STRING_PARAMS = {
    "text",
    "caption",
    "callback_query_id",
    "url",
    "secret_token",
    "parse_mode",
    "action",
    "filename",
}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # name -> (filename, content)
    at: float = field(default_factory=time.monotonic)  # when the call arrived
    ok: bool | None = None  # answered with a result (True) or an error (False); None until answered

    @property
    def text(self) -> str:
        return str(self.params.get("text") or self.params.get("caption") or "")

    @property
    def markup(self) -> dict[str, Any]:
        markup = self.params.get("reply_markup")
        return markup if isinstance(markup, dict) else {}

    def inline_buttons(self) -> dict[str, str]:
        """Label -> callback_data of the inline keyboard, in order."""
        return {b["text"]: b["callback_data"] for row in self.markup.get("inline_keyboard", []) for b in row}


@dataclass
class Failure:
    error_code: int
    description: str
    retry_after: int | None = None
    delay: float = 0.0  # seconds to wait before answering


class FakeTelegram:
    def __init__(self, token: str) -> None:
        self.token = token
        self.calls: list[Call] = []
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._changed = asyncio.Condition()
        self._failures: dict[str, list[Failure]] = {}
        self.files: dict[str, bytes] = {}  # file_id -> content, served by getFile and /file/
        self._closing = False
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle -----------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=2)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)  # loopback only, a free port
        await site.start()
        self.port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        self._closing = True
        async with self._changed:
            self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # -- driving it from a test ----------------------------------------------------------

    async def push(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update for getUpdates (an ``update_id`` is added unless it has one); returns it."""
        update = {"update_id": next(self._update_ids), **update}
        async with self._changed:
            self._updates.append(update)
            self._changed.notify_all()
        return update

    def add_file(self, file_id: str, content: bytes) -> dict[str, Any]:
        """Make a file downloadable (a voice note a user sent); its Voice object for an update."""
        self.files[file_id] = content
        return {
            "file_id": file_id,
            "file_unique_id": f"u-{file_id}",
            "duration": 2,
            "mime_type": "audio/ogg",
            "file_size": len(content),
        }

    def fail_next(
        self, method: str, error_code: int, description: str, retry_after: int | None = None
    ) -> None:
        """Make the next call of ``method`` fail with a Bot API error."""
        self._failures.setdefault(method, []).append(Failure(error_code, description, retry_after))

    def stall_next(self, method: str, seconds: float) -> None:
        """Make the next call of ``method`` wait ``seconds`` (longer than the client's timeout),
        then fail: the client gave up on it, so it counts as not sent."""
        self._failures.setdefault(method, []).append(Failure(504, "Gateway Timeout", delay=seconds))

    def delivered(self, method: str, since: int = 0) -> list[Call]:
        """The calls of ``method`` answered with a result: what the user actually got."""
        return [call for call in self.calls_of(method, since) if call.ok]

    def mark(self) -> int:
        return len(self.calls)

    def calls_of(self, method: str, since: int = 0) -> list[Call]:
        return [call for call in self.calls[since:] if call.method == method]

    async def wait_call(
        self,
        method: str,
        where: Callable[[Call], bool] = lambda call: True,
        *,
        since: int = 0,
        within: float = 5.0,
    ) -> Call:
        """The first call of ``method`` (from index ``since``) that matches; waits for it."""

        def found() -> Call | None:
            return next((call for call in self.calls_of(method, since) if where(call)), None)

        async def wait() -> Call:
            async with self._changed:
                await self._changed.wait_for(lambda: found() is not None)
            call = found()
            assert call is not None
            return call

        try:
            return await asyncio.wait_for(wait(), within)
        except TimeoutError:
            seen = [(c.method, c.text[:60]) for c in self.calls[since:]]
            raise AssertionError(f"no matching {method} call within {within} s; calls: {seen}") from None

    async def wait_quiet(self, seconds: float = 0.3, within: float = 5.0) -> None:
        """Wait until no call (other than getUpdates) came for ``seconds``."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            count = len([c for c in self.calls if c.method != "getUpdates"])
            await asyncio.sleep(seconds)
            if count == len([c for c in self.calls if c.method != "getUpdates"]):
                return
        raise AssertionError("the bot kept calling the API")

    # -- the Bot API ---------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params: dict[str, Any] = {}
        files: dict[str, tuple[str, bytes]] = {}
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, web.FileField):
                files[name] = (value.filename, value.file.read())
            elif name in STRING_PARAMS:
                params[name] = value
            else:
                try:
                    params[name] = json.loads(value)
                except ValueError:
                    params[name] = value
        if method == "getUpdates":
            result: Any = await self._get_updates(params)  # recorded once answered
        call = Call(method, params, files)
        self.calls.append(call)
        async with self._changed:
            self._changed.notify_all()
        failures = self._failures.get(method)
        if failures:
            failure = failures.pop(0)
            if failure.delay:
                await asyncio.sleep(failure.delay)
            extra = {"retry_after": failure.retry_after} if failure.retry_after is not None else None
            call.ok = False
            return _error(failure.error_code, failure.description, extra)
        if method == "getUpdates":
            call.ok = True
            return _ok(result)
        handler = self._methods.get(method)
        if handler is None:
            call.ok = False
            return _error(404, "Not Found: method not found")
        answer = handler(self, params, files)
        call.ok = True
        return _ok(answer)

    async def _download(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        content = self.files.get(request.match_info["path"].removeprefix("voice/"))
        if content is None:
            return _error(404, "Not Found")
        return web.Response(body=content, content_type="application/octet-stream")

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), MAX_POLL_S)

        def pending() -> list[dict[str, Any]]:
            return [u for u in self._updates if u["update_id"] >= offset]

        async with self._changed:
            self._updates = pending()  # an offset confirms every update before it
            if timeout > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(
                        self._changed.wait_for(lambda: bool(pending()) or self._closing), timeout
                    )
            return pending()

    def _get_me(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> dict[str, Any]:
        return bot_user()

    def _true(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> bool:
        return True

    def _message(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": int(params["chat_id"]), "type": "private"},
            "from": bot_user(),
            **content,
        }
        if isinstance(params.get("reply_markup"), dict) and "inline_keyboard" in params["reply_markup"]:
            message["reply_markup"] = params["reply_markup"]
        return message

    def _send_message(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> dict[str, Any]:
        return self._message(params, text=params.get("text", ""))

    def _send_photo(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> dict[str, Any]:
        size = len(files.get("photo", ("", b""))[1])
        photo = {
            "file_id": "photo-1",
            "file_unique_id": "p1",
            "width": 800,
            "height": 1200,
            "file_size": size,
        }
        return self._message(params, photo=[photo], caption=params.get("caption"))

    def _send_voice(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> dict[str, Any]:
        size = len(files.get("voice", ("", b""))[1])
        voice = {"file_id": "voice-1", "file_unique_id": "v1", "duration": 1, "mime_type": "audio/ogg"}
        return self._message(params, voice={**voice, "file_size": size})

    def _get_file(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> dict[str, Any]:
        file_id = str(params.get("file_id"))
        content = self.files.get(file_id, b"")
        return {
            "file_id": file_id,
            "file_unique_id": f"u-{file_id}",
            "file_size": len(content),
            "file_path": f"voice/{file_id}",
        }

    _methods: ClassVar[
        dict[str, Callable[[FakeTelegram, dict[str, Any], dict[str, tuple[str, bytes]]], Any]]
    ] = {
        "getMe": _get_me,
        "setWebhook": _true,
        "deleteWebhook": _true,
        "answerCallbackQuery": _true,
        "sendChatAction": _true,
        "sendMessage": _send_message,
        "sendPhoto": _send_photo,
        "sendVoice": _send_voice,
        "getFile": _get_file,
    }


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(code: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=code)


def bot_user() -> dict[str, Any]:
    return {
        "id": BOT_ID,
        "is_bot": True,
        "first_name": "Banshi",
        "username": BOT_USERNAME,
        "can_join_groups": False,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
    }


# -- updates a test sends ---------------------------------------------------------------


def user(chat_id: int, language_code: str | None = "zh-hans") -> dict[str, Any]:
    person: dict[str, Any] = {"id": chat_id, "is_bot": False, "first_name": "测试"}
    if language_code:
        person["language_code"] = language_code
    return person


_message_ids = itertools.count(1)


def message(chat_id: int, language_code: str | None = "zh-hans", **content: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": {"id": chat_id, "type": "private", "first_name": "测试"},
        "from": user(chat_id, language_code),
        **content,
    }
    text = content.get("text")
    if isinstance(text, str) and text.startswith("/"):
        command = text.split(maxsplit=1)[0]
        body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    return body


def text_update(chat_id: int, text: str, language_code: str | None = "zh-hans") -> dict[str, Any]:
    return {"message": message(chat_id, language_code, text=text)}


def edited_update(chat_id: int, text: str, language_code: str | None = "zh-hans") -> dict[str, Any]:
    return {"edited_message": message(chat_id, language_code, text=text, edit_date=int(time.time()))}


def media_update(chat_id: int, kind: str) -> dict[str, Any]:
    contents: dict[str, Any] = {
        "sticker": {
            "file_id": "s1",
            "file_unique_id": "s1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        },
        "photo": [{"file_id": "p1", "file_unique_id": "p1", "width": 90, "height": 90}],
        "document": {"file_id": "d1", "file_unique_id": "d1", "file_name": "户口本.pdf"},
        "voice": {"file_id": "v1", "file_unique_id": "v1", "duration": 3, "mime_type": "audio/ogg"},
    }
    content: dict[str, Any] = {kind: contents[kind]}
    return {"message": message(chat_id, "zh-hans", **content)}


def location_update(chat_id: int, latitude: float, longitude: float) -> dict[str, Any]:
    return {"message": message(chat_id, location={"latitude": latitude, "longitude": longitude})}


def callback_update(
    chat_id: int, data: str, language_code: str | None = "zh-hans", query_id: str | None = None
) -> dict[str, Any]:
    return {
        "callback_query": {
            "id": query_id or f"cq{next(_message_ids)}",
            "from": user(chat_id, language_code),
            "chat_instance": f"ci{chat_id}",
            "data": data,
            "message": {
                "message_id": next(_message_ids),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private", "first_name": "测试"},
                "from": bot_user(),
                "text": "…",
            },
        }
    }
