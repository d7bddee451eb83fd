"""Bad input, generated: random turns into ``Engine.handle`` and random requests into every
HTTP endpoint. Nothing may escape as an exception or a 5xx, every reply must be well-formed
and localized, and every refusal a 4xx JSON ``{"error", "message"}``.

Bounded (``max_examples``) so the file runs in well under a minute on the shared NLU.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.agents import Agents
from bot.app import App, open_app
from bot.channels.web import create_web_app
from bot.core.messages import Reply, Turn
from bot.dialogue.flows import load_flows
from bot.dialogue.handlers.casework import CASE_COMMANDS
from nlu import BuiltinNLU
from tests.conftest import ROOT, project_settings

Client = TestClient[web.Request, web.Application]

MISSING = "…"  # what the Localizer renders for a message missing from every locale
KEY_LIKE = re.compile(r"[a-z]+(-[a-z_]+)+")
MAX_PAYLOAD_CHARS = 2000
TOWNSHIP = "990121100"
AGENT = "fuzz:agent"
SENDERS = ["fuzz:a", "fuzz:b", AGENT]
FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

FLOWS, _ = load_flows(ROOT / "dialogues")
FLOW_IDS = sorted(FLOWS)
STEP_IDS = sorted({step.id for flow in FLOWS.values() for step in flow.steps})
SERVICES = sorted({flow.service for flow in FLOWS.values()})
LOCALE_CODES = ["zh-Hans", "en", "ug", "bo", "ii", "za", "ko"]
INTENTS = [
    "greet", "goodbye", "thanks", "affirm", "deny", "help", "back", "repeat", "restart", "human",
    "set_language", "elder_mode", "feedback", "ask_service", "ask_materials", "ask_office", "ask_fee",
    "ask_progress", "forget", "out_of_scope",
]  # fmt: skip
BUTTON_NAMES = ["choose", "switch", "stay", "menu", "lookup", "newcase_consent", "cancel_form", "skip"]

# -- strategies ------------------------------------------------------------------------------------

PHRASES = st.sampled_from(
    [
        "身份证丢了怎么办", "我想办低保", "养老金资格认证", "要带什么", "在哪里办", "多少钱", "你好",
        "谢谢", "再见", "返回", "重复", "人工", "帮助", "重新开始", "是", "不是", "对", "1", "2", "第二个",
        "99", "-5", "1e400", "nan", "I lost my ID card", "help", "back", "English", "老人模式",
        "删除我的信息", "我的身份证号是11010519491231002X", "电话 13812345678", "/skip", "/", "/{}",
    ]
)  # fmt: skip
CONTROL = st.text(st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]), max_size=20)
LONG = st.builds(lambda piece, times: piece * times, st.text(min_size=1, max_size=8), st.integers(300, 1500))
TEXT = st.one_of(PHRASES, st.text(max_size=60), CONTROL, LONG, st.integers().map(str), st.floats().map(str))

JSON_SCALAR = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)
)
JSON_VALUE = st.recursive(
    JSON_SCALAR,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
DATA_KEY = st.sampled_from(
    ["flow", "step", "value", "service", "what", "page", "on", "id", "status", "confirm", "arg", "text",
     "code", "language"]
) | st.text(max_size=6)  # fmt: skip
NAME = st.sampled_from([*INTENTS, *CASE_COMMANDS, *BUTTON_NAMES]) | st.from_regex(
    r"[a-z_]{1,12}", fullmatch=True
)
RANDOM_PAYLOAD = st.builds(
    lambda name, data: f"/{name}{json.dumps(data, ensure_ascii=False)}" if data else f"/{name}",
    NAME,
    st.dictionaries(DATA_KEY, JSON_VALUE, max_size=4),
)
CHOOSE = st.builds(
    lambda flow, step, value: "/choose" + json.dumps({"flow": flow, "step": step, "value": value}),
    st.sampled_from(FLOW_IDS) | st.text(max_size=8),
    st.sampled_from(STEP_IDS) | st.text(max_size=8),
    st.sampled_from(["yes", "no", "self", "lost", "first", "other"]) | JSON_SCALAR,
)
FORGED = st.one_of(
    CHOOSE,
    st.builds(
        lambda s: "/switch" + json.dumps({"service": s}), st.sampled_from(SERVICES) | st.text(max_size=8)
    ),
    st.builds(
        lambda s, w: "/lookup" + json.dumps({"service": s, "what": w}),
        st.sampled_from(SERVICES) | st.text(max_size=8),
        st.sampled_from(["materials", "offices", "fees", "online", "steps", "proxy", "time_limit"])
        | JSON_SCALAR,
    ),
    st.builds(lambda i: "/case" + json.dumps({"id": i}), JSON_SCALAR),
    st.builds(
        lambda i, s: "/case_status" + json.dumps({"id": i, "status": s}),
        JSON_SCALAR,
        st.sampled_from(["open", "waiting", "done"]) | JSON_SCALAR,
    ),
    st.builds(lambda i, c: "/close_case" + json.dumps({"id": i, "confirm": c}), JSON_SCALAR, st.booleans()),
    st.builds(lambda text: f"/note {text}", st.text(max_size=300)),
    st.builds(lambda code: f"/join {code}", st.text(max_size=20)),
    st.builds(lambda lang: "/set_language" + json.dumps({"language": lang}), JSON_SCALAR),
    st.builds(lambda page: "/menu" + json.dumps({"page": page}), JSON_SCALAR),
    st.just('/forget{"confirm": true}'),
    st.just("/newcase"),
    st.builds(lambda value: "/newcase_consent" + json.dumps({"value": value}), JSON_SCALAR),
)
LOCALE_HINT = st.none() | st.sampled_from([*LOCALE_CODES, "", "EN", "zh", "xx-YY"]) | st.text(max_size=40)
MEDIA_KIND = st.sampled_from(["photo", "sticker", "document", "video", "audio", "voice", "other"])
MEDIA = st.none() | MEDIA_KIND
# On Earth, or anything a forged update could carry: off the map, ±inf, nan, 1e308.
ODD_DEGREES = st.sampled_from([math.inf, -math.inf, math.nan, 1e308, -1e308, 90.0001, 180.5, -720.0])
PLACE = st.tuples(
    st.floats(-90, 90) | ODD_DEGREES | st.floats(), st.floats(-180, 180) | ODD_DEGREES | st.floats()
)


@st.composite
def turns(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["text", "payload", "forged", "press", "media", "location"]))
    turn: dict[str, Any] = {
        "sender": draw(st.sampled_from(SENDERS)),
        "channel": draw(st.sampled_from(["web", "telegram", "console"])),
        "locale_hint": draw(LOCALE_HINT),
    }
    if kind == "press":  # a button the engine showed this sender last
        turn["press"] = draw(st.integers(0, 30))
    elif kind == "payload":
        turn["text"] = draw(RANDOM_PAYLOAD)
    elif kind == "forged":
        turn["text"] = draw(FORGED)
    elif kind == "media":
        turn["media"] = draw(MEDIA_KIND)
        turn["text"] = draw(st.just("") | TEXT)
    elif kind == "location":
        turn["location"] = draw(PLACE)
    else:
        turn["text"] = draw(TEXT)
    return turn


# -- checks -------------------------------------------------------------------------------------------


class _Errors(logging.Handler):
    """Collects ERROR records, e.g. the Localizer's "message ... is missing"."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture
def errors() -> Iterator[_Errors]:
    handler = _Errors()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


def _visible(text: str, what: str) -> None:
    assert text.strip(), f"{what} is empty"
    assert text != MISSING, f"{what} is the missing-message marker"
    for line in text.splitlines():
        assert not KEY_LIKE.fullmatch(line.strip()), f"{what} shows a raw message key: {line!r}"


def check_replies(app: App, replies: list[Reply]) -> None:
    assert replies, "no reply at all"
    languages = app.i18n.languages.languages
    for reply in replies:
        assert reply.locale in languages, reply.locale
        assert reply.parts
        _visible(app.engine.render(reply), "a reply")
        for part in reply.parts:
            _visible(app.i18n.render(part, reply.locale), f"part {part.key}")
        for button in reply.buttons:
            _visible(app.i18n.render(button.label, reply.locale), f"label {button.label.key}")
            assert 0 < len(button.payload) <= MAX_PAYLOAD_CHARS


# -- Engine.handle ----------------------------------------------------------------------------------


@pytest.fixture
async def fuzz_app(tmp_path: Path, engine: BuiltinNLU) -> AsyncIterator[App]:
    """The whole app with a generous rate limit, and AGENT already an agent of TOWNSHIP."""
    built = await open_app(project_settings(tmp_path, limits={"messages_per_minute": 10_000}), nlu=engine)
    code = await Agents(built.agent_store).create_invite(None, TOWNSHIP)
    await built.engine.handle(Turn(sender=AGENT, channel="web", text=f"/join {code}"))
    yield built
    await built.close()


@settings(FUZZ, max_examples=200)
@given(script=st.lists(turns(), min_size=1, max_size=6))
async def test_the_engine_answers_any_turn_well_formed_and_localized(
    fuzz_app: App, errors: _Errors, script: list[dict[str, Any]]
) -> None:
    last: dict[str, list[Reply]] = {}
    for spec in script:
        spec = dict(spec)
        sender = spec["sender"]
        press = spec.pop("press", None)
        if press is not None:
            buttons = [button for reply in last.get(sender, []) for button in reply.buttons]
            spec["text"] = buttons[press % len(buttons)].payload if buttons else "/menu"
        replies = await fuzz_app.engine.handle(Turn(**spec))
        check_replies(fuzz_app, replies)
        last[sender] = replies
    assert not errors.messages, errors.messages


# -- every HTTP endpoint ---------------------------------------------------------------------------------


@pytest.fixture
async def client(fuzz_app: App) -> AsyncIterator[Client]:
    async with TestClient(TestServer(create_web_app(fuzz_app))) as client:
        yield client


async def check_response(response: Any, *, webhook_sender: str | None = None) -> Any:
    """Never a 5xx; a 4xx is JSON with error and message; returns the parsed JSON, if any."""
    status = response.status
    assert status < 500, f"{status}: {await response.text()}"
    if status >= 400:
        assert response.content_type == "application/json", (status, await response.text())
        body = await response.json()
        assert isinstance(body["error"], str) and body["error"]
        assert isinstance(body["message"], str) and body["message"]
        if status == 429:
            assert int(response.headers["Retry-After"]) >= 1
        return body
    if webhook_sender is not None:
        items = await response.json()
        assert isinstance(items, list) and items
        for item in items:
            assert item["recipient_id"] == webhook_sender
            _visible(item["text"], "a reply")
            assert all(button["title"].strip() and button["payload"] for button in item["buttons"])
        return items
    return None


METADATA = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {},
        optional={
            "lang": LOCALE_HINT | JSON_SCALAR,
            "audio": st.booleans() | JSON_SCALAR,
            # Oversized or odd attachment metadata a client might add: ignored, or refused.
            "attachment": st.fixed_dictionaries(
                {"kind": MEDIA, "size": st.integers(), "name": st.text(max_size=200)}
            ),
            "voice": st.builds(lambda n: {"duration": n, "blob": "A" * (n % 70_000)}, st.integers(0, 10**6)),
        },
    ),
    JSON_VALUE,
)
WEBHOOK_BODY = st.one_of(
    st.fixed_dictionaries(
        {"sender": st.text(min_size=1, max_size=30), "message": TEXT | RANDOM_PAYLOAD | FORGED},
        optional={"metadata": METADATA},
    ),
    st.dictionaries(st.sampled_from(["sender", "message", "metadata"]) | st.text(max_size=8), JSON_VALUE),
    JSON_VALUE,
)


@settings(FUZZ, max_examples=120)
@given(body=WEBHOOK_BODY)
async def test_the_rest_webhook_survives_any_json(client: Client, errors: _Errors, body: Any) -> None:
    response = await client.post("/webhooks/rest/webhook", json=body)
    sender = body.get("sender") if isinstance(body, dict) else None
    await check_response(response, webhook_sender=sender if response.status == 200 else None)
    assert not errors.messages, errors.messages  # e.g. "web turn failed": an apology hid a bug


@settings(FUZZ, max_examples=50)
@given(
    body=st.fixed_dictionaries({"text": TEXT}, optional={"lang": LOCALE_HINT | JSON_SCALAR}) | JSON_VALUE,
    authorization=st.none()
    | st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)
    | st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=40).map("Bearer {}".format),
)
async def test_model_parse_survives_any_json(
    client: Client, errors: _Errors, body: Any, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization is not None else {}
    response = await client.post("/model/parse", json=body, headers=headers)
    parse = await check_response(response)
    if response.status == 200:
        parse = await response.json()
        assert {"text", "intent", "entities", "intent_ranking", "language"} <= set(parse)
    assert not errors.messages, errors.messages


CONTENT_TYPE = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-8",
        "application/json; charset=latin-1",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/octet-stream",
        "application/vnd.api+json",
        "",
    ]
)


@settings(FUZZ, max_examples=60)
@given(
    path=st.sampled_from(["/webhooks/rest/webhook", "/model/parse"]),
    body=st.binary(max_size=300)
    | st.builds(lambda n: b'{"sender": "s", "message": "' + b"x" * n + b'"}', st.integers(0, 140_000))
    | st.builds(lambda n: b"[" * n + b"]" * n, st.integers(0, 20_000)),
    content_type=CONTENT_TYPE,
)
async def test_posts_survive_any_bytes_content_type_and_size(
    client: Client, fuzz_app: App, path: str, body: bytes, content_type: str
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = await client.post(path, data=body, headers=headers)
    await check_response(response)
    if len(body) > fuzz_app.settings.limits.max_body_bytes and response.status != 415:
        assert response.status == 413


PATH_PIECE = st.text(max_size=20).map(lambda text: quote(text, safe=""))
PATHS = [
    "/", "/healthz", "/metrics", "/languages.json", "/webhooks/rest/webhook", "/model/parse",
    "/webhooks/telegram", "/audio/x.ogg", "/static/", "/static/../web.py", "/admin", "/agent/invite",
]  # fmt: skip


@settings(FUZZ, max_examples=60)
@given(
    method=st.sampled_from(["GET", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"]),
    path=st.one_of(
        st.sampled_from(PATHS),
        PATH_PIECE.map(lambda piece: f"/i18n/{piece}.json"),
        PATH_PIECE.map(lambda piece: f"/static/{piece}"),
        PATH_PIECE.map(lambda piece: f"/{piece}"),
    ),
)
async def test_every_route_answers_any_method_and_path_without_a_5xx(
    client: Client, method: str, path: str
) -> None:
    response = await client.request(method, path)
    if method == "HEAD":
        assert response.status < 500
    else:
        await check_response(response)
