"""Security of the HTTP surface: the API token on /model/parse, no admin route, per-sender
rate limiting, and no personal data or secret in the logs of a whole conversation."""

from __future__ import annotations

import hmac
import io
import logging
from collections.abc import AsyncIterator, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.agents import Agents
from bot.app import App, open_app
from bot.channels import web as web_channel
from bot.channels.web import create_web_app
from bot.cli import install_log_filters
from bot.privacy import find_id_numbers, find_phones, is_valid_id_number
from bot.settings import Settings
from nlu import BuiltinNLU
from tests.conftest import project_settings

Client = TestClient[web.Request, web.Application]
WEBHOOK = "/webhooks/rest/webhook"
API_TOKEN = "api-7f3c9e21b0d84a6f9c2e5d1a8b7f6e4c"
TELEGRAM_TOKEN = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-tE"
WEBHOOK_SECRET = "tg-webhook-secret-4b1d2c9e"
SECRETS = {
    "BANSHI_API_TOKEN": API_TOKEN,
    "BANSHI_TELEGRAM_TOKEN": TELEGRAM_TOKEN,
    "BANSHI_TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET,
}
TOWNSHIP = "990121100"

ID_NUMBERS = ["11010519491231002X", "440301199001010012"]
PHONES = ["13812345678", "+86 139 1234 5678"]
# Every form in which one of these could leak: as typed, and without separators.
RAW = [*ID_NUMBERS, *PHONES, "13912345678", "8613912345678"]


def _settings(tmp_path: Path, environ: dict[str, str] | None, config: dict[str, Any]) -> Settings:
    tmp_path.mkdir(parents=True, exist_ok=True)
    return project_settings(tmp_path, environ=environ, **config)


async def build(tmp_path: Path, nlu: BuiltinNLU, environ: dict[str, str] | None = None, **config: Any) -> App:
    return await open_app(_settings(tmp_path, environ, config), nlu=nlu)


@pytest.fixture
async def secured(tmp_path: Path, engine: BuiltinNLU) -> AsyncIterator[App]:
    """The app with every secret configured, as in production."""
    app = await build(tmp_path, engine, SECRETS)
    yield app
    await app.close()


@pytest.fixture
async def client(secured: App) -> AsyncIterator[Client]:
    async with TestClient(TestServer(create_web_app(secured))) as client:
        yield client


def test_the_test_numbers_are_real_personal_data() -> None:
    assert all(is_valid_id_number(number) for number in ID_NUMBERS)
    assert all(find_phones(phone) == [phone] for phone in PHONES)
    assert find_id_numbers(" ".join(ID_NUMBERS)) == ID_NUMBERS


# -- the API token ---------------------------------------------------------------------------------------


async def test_model_parse_needs_the_api_token_when_one_is_configured(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = {"text": "身份证丢了怎么办"}
    response = await client.post("/model/parse", json=body)
    assert response.status == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert (await response.json())["error"] == "unauthorized"

    for header in ("Basic dXNlcjpwYXNz", "Bearer", "Bearer ", API_TOKEN):
        response = await client.post("/model/parse", json=body, headers={"Authorization": header})
        assert response.status == 401, header

    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return bool(real(a, b))

    monkeypatch.setattr(hmac, "compare_digest", spy)
    for wrong in ("wrong", API_TOKEN[:-1], API_TOKEN + "x", API_TOKEN.upper(), "令牌"):
        response = await client.post("/model/parse", json=body, headers={"Authorization": f"Bearer {wrong}"})
        assert response.status == 403, wrong
        error = await response.json()
        assert error["error"] == "forbidden" and error["message"]
        assert API_TOKEN not in await response.text()
    assert len(compared) == 5  # every check is a constant-time comparison

    for scheme in ("Bearer", "bearer"):
        response = await client.post(
            "/model/parse", json=body, headers={"Authorization": f"{scheme} {API_TOKEN}"}
        )
        assert response.status == 200
        assert (await response.json())["intent"]["name"] == "ask_service"


async def test_the_token_is_checked_before_the_body_is_read(client: Client) -> None:
    response = await client.post("/model/parse", data=b"not json", headers={"Content-Type": "text/plain"})
    assert response.status == 401


async def test_the_public_chat_stays_open_with_a_token_configured(client: Client) -> None:
    response = await client.post(WEBHOOK, json={"sender": "resident", "message": "你好"})
    assert response.status == 200
    assert (await response.json())[0]["text"]


async def test_without_a_token_model_parse_is_open(tmp_path: Path, engine: BuiltinNLU) -> None:
    app = await build(tmp_path, engine)
    try:
        async with TestClient(TestServer(create_web_app(app))) as client:
            response = await client.post("/model/parse", json={"text": "你好"})
            assert response.status == 200
    finally:
        await app.close()


# -- no admin operation over HTTP -------------------------------------------------------------------


class _Telegram:
    async def handle_webhook(self, request: web.Request) -> web.Response:
        return web.json_response({})


class _Speech:
    async def synthesize(
        self, text: str, locale: str, *, slow: bool = False, keys: Sequence[str] = ()
    ) -> Path | None:
        return None


PUBLIC_ROUTES = {
    ("POST", "/webhooks/rest/webhook"),
    ("POST", "/model/parse"),
    ("GET", "/healthz"),
    ("GET", "/metrics"),
    ("GET", "/"),
    ("GET", "/languages.json"),
    ("GET", "/i18n/{locale}.json"),
    ("GET", "/static/{name}"),
    ("GET", "/audio/{name}"),
    ("POST", "/webhooks/telegram"),
}
ADMIN_WORDS = ("admin", "agent", "invite", "revoke", "member", "case", "audit", "purge", "guides", "load")


async def test_no_http_route_exposes_an_admin_operation(secured: App) -> None:
    """Admin operations (invites, revocation, admins, members, catalog loading) are the
    command line's only; a new route has to be added to PUBLIC_ROUTES on purpose."""
    web_app = create_web_app(secured, telegram=_Telegram(), speech=_Speech())
    routes = set()
    for route in web_app.router.routes():
        if route.method == "HEAD":
            continue  # aiohttp adds HEAD next to each GET
        path = route.resource.canonical if route.resource is not None else ""
        routes.add((route.method, path.replace("{locale:" + web_channel.LOCALE_CODE + "}", "{locale}")))
    assert routes == PUBLIC_ROUTES
    assert not [path for _, path in routes for word in ADMIN_WORDS if word in path.lower()]


async def test_admin_looking_requests_are_json_404s(client: Client) -> None:
    for path in ("/admin", "/agent/invite", "/agents", "/cases", "/guides/load", "/api/admin/revoke"):
        for method in ("GET", "POST"):
            response = await client.request(
                method, path, json={"township": TOWNSHIP}, headers={"Authorization": f"Bearer {API_TOKEN}"}
            )
            assert response.status in (404, 405), (method, path)
            assert (await response.json())["error"]


# -- rate limiting and body size ----------------------------------------------------------------------


@pytest.fixture
async def limited(tmp_path: Path, engine: BuiltinNLU) -> AsyncIterator[Client]:
    app = await build(tmp_path, engine, SECRETS, limits={"messages_per_minute": 5, "max_body_bytes": 2048})
    try:
        async with TestClient(TestServer(create_web_app(app))) as client:
            yield client
    finally:
        await app.close()


async def test_a_flood_from_one_sender_gets_429_and_others_are_unaffected(limited: Client) -> None:
    for n in range(5):
        response = await limited.post(WEBHOOK, json={"sender": "flooder", "message": f"你好 {n}"})
        assert response.status == 200, n

    response = await limited.post(WEBHOOK, json={"sender": "flooder", "message": "你好"})
    assert response.status == 429
    retry_after = int(response.headers["Retry-After"])
    assert 1 <= retry_after <= 60
    error = await response.json()
    assert error["error"] == "rate_limited"
    assert error["retry_after"] == retry_after
    assert "太快" in error["message"] and str(retry_after) in error["message"]  # zh-Hans by default

    response = await limited.post(
        WEBHOOK, json={"sender": "flooder", "message": "hello", "metadata": {"lang": "en"}}
    )
    assert response.status == 429
    assert "Please wait" in (await response.json())["message"]

    response = await limited.post(WEBHOOK, json={"sender": "neighbour", "message": "你好"})
    assert response.status == 200
    assert (await response.json())[0]["recipient_id"] == "neighbour"


async def test_model_parse_floods_are_limited_unless_authenticated(
    limited: Client, tmp_path: Path, engine: BuiltinNLU
) -> None:
    auth = {"Authorization": f"Bearer {API_TOKEN}"}
    for _ in range(8):  # an authenticated client is trusted
        assert (await limited.post("/model/parse", json={"text": "你好"}, headers=auth)).status == 200

    app = await build(tmp_path / "open", engine, limits={"messages_per_minute": 3})
    try:
        async with TestClient(TestServer(create_web_app(app))) as client:
            for _ in range(3):  # open to anyone: limited per client address
                assert (await client.post("/model/parse", json={"text": "你好"})).status == 200
            response = await client.post("/model/parse", json={"text": "hello", "lang": "en"})
            assert response.status == 429
            assert int(response.headers["Retry-After"]) >= 1
            assert "Please wait" in (await response.json())["message"]
    finally:
        await app.close()


async def test_bodies_are_limited_by_the_setting(limited: Client) -> None:
    body = {"sender": "big", "message": "x" * 2100}
    response = await limited.post(WEBHOOK, json=body)
    assert response.status == 413
    error = await response.json()
    assert error["error"] == "body_too_large" and "2048" in error["message"]
    response = await limited.post(WEBHOOK, json={"sender": "small", "message": "x" * 1900})
    assert response.status == 200


# -- logs: no personal data, no secret ---------------------------------------------------------------


async def _conversation(client: Client, app: App) -> None:
    """A resident and a proxy agent talk to the web chat, typing ID and phone numbers into
    messages, the new-case form and notes; /model/parse is asked about them too."""

    async def say(sender: str, message: str, **metadata: Any) -> list[dict[str, Any]]:
        body: dict[str, Any] = {"sender": sender, "message": message}
        if metadata:
            body["metadata"] = metadata
        response = await client.post(WEBHOOK, json=body)
        assert response.status == 200, await response.text()
        items: list[dict[str, Any]] = await response.json()
        return items

    def press(items: list[dict[str, Any]], title_part: str) -> str:
        for item in items:
            for button in item["buttons"]:
                if title_part in button["title"]:
                    return str(button["payload"])
        raise AssertionError(f"no button with {title_part!r}")

    resident = "resident-5f1e"
    replies = await say(resident, f"我的身份证号是{ID_NUMBERS[0]}，身份证怎么办理")
    await say(resident, press(replies, "丢了"))
    await say(resident, f"我电话是 {PHONES[0]}，也可以打 {PHONES[1]}")
    await say(resident, f"{ID_NUMBERS[1]}")
    await say(resident, "人工")
    await say(resident, f"feedback: call me at {PHONES[1]}", lang="en")
    await say(resident, "/feedback")

    agent = "agent-9c2d"
    code = await Agents(app.agent_store).create_invite(None, TOWNSHIP)
    await say(agent, f"/join {code}")
    await say(agent, "/newcase")
    await say(agent, f"张三 {ID_NUMBERS[0]}")
    replies = await say(agent, f"柳塘村 {PHONES[0]}")
    await say(agent, press(replies, "同意"))
    replies = await say(agent, PHONES[1])
    assert "已为" in "\n".join(item["text"] for item in replies)
    await say(agent, f"/note 身份证{ID_NUMBERS[1]} 电话{PHONES[0]}")
    await say(agent, "/cases")
    await say(agent, f"帮他办低保，他身份证号{ID_NUMBERS[1]}")

    for text in (f"身份证 {ID_NUMBERS[0]} 丢了", f"call {PHONES[1]}"):
        response = await client.post(
            "/model/parse", json={"text": text}, headers={"Authorization": f"Bearer {API_TOKEN}"}
        )
        assert response.status == 200


class _Capture(logging.Handler):
    """Every record as its handler would write it: the formatted message and any traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.stream = io.StringIO()
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.stream.write(self.format(record) + "\n")


@pytest.fixture
def debug_logging() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        root.setLevel(level)


def _assert_clean(text: str) -> None:
    for raw in RAW:
        assert raw not in text, f"{raw} reached the log"
    assert not find_id_numbers(text) and not find_phones(text)
    for secret in SECRETS.values():
        assert secret not in text, "a secret reached the log"


async def test_logs_through_the_installed_filters_hold_no_pii_and_no_secret(
    client: Client, secured: App, debug_logging: None
) -> None:
    handler = _Capture()
    install_log_filters(secured.settings, [handler])  # as `banshi` does on its handlers
    logging.getLogger().addHandler(handler)
    try:
        await _conversation(client, secured)
        # A library that logs what it was handed (an HTTP client logging a Bot API URL):
        logging.getLogger("tests.http_client").info(
            'HTTP Request: POST https://api.telegram.org/bot%s/getMe "HTTP/1.1 200 OK"', TELEGRAM_TOKEN
        )
        logging.getLogger("tests").warning("header %s, number %s", f"Bearer {API_TOKEN}", 13812345678)
    finally:
        logging.getLogger().removeHandler(handler)
    logged = handler.stream.getvalue()
    assert "api.telegram.org/bot***/getMe" in logged
    assert "*******5678" in logged
    _assert_clean(logged)


async def test_the_application_never_logs_raw_text_even_without_the_filters(
    client: Client, secured: App, caplog: pytest.LogCaptureFixture
) -> None:
    """Masking in the handler is the safety net; the application itself does not log what
    people type, nor the secrets it holds, at any level."""
    caplog.set_level(logging.DEBUG)
    await _conversation(client, secured)
    assert caplog.records, "nothing was logged at all: is logging captured?"
    for record in caplog.records:
        _assert_clean(record.getMessage() + (record.exc_text or "") + (record.stack_info or ""))
        assert "resident-5f1e" not in record.getMessage() and "agent-9c2d" not in record.getMessage()
        if record.levelno >= logging.INFO:
            assert "丢了怎么办" not in record.getMessage()
    _assert_clean(caplog.text)
