"""The dialogue's plumbing on its own: payloads on the wire, the router, the flow runner's
pre-filled slots. Conversations as a whole are in tests/bot/test_engine.py."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.payloads import (
    AskService,
    Choose,
    ElderMode,
    Intent,
    Join,
    Menu,
    Stay,
    format_payload,
    parse_payload,
    split_payload,
)
from bot.dialogue.context import TurnContext
from bot.dialogue.engine import Engine, root_router
from bot.dialogue.flows.runner import start_service
from bot.dialogue.router import Router
from bot.i18n import Localizer
from bot.sessions import Session
from nlu import BuiltinNLU
from tests.bot.test_engine import Chat, make_chat
from tests.conftest import LOCALES


@pytest.mark.parametrize(
    "wire",
    [
        "/menu",
        '/menu{"page": 0}',
        '/menu{"page": 1}',
        "/stay",
        '/choose{"flow": "id_card", "step": "reason", "value": "lost"}',
        '/elder_mode{"on": false}',
        "/elder_mode",
        '/forget{"confirm": true}',
        '/ask_fee{"service": "id_card"}',
        '/ask_service{"service": "id_card"}',
        '/set_language{"language": "en"}',
        "/human",
        '/close_case{"confirm": true, "id": "c1"}',
    ],
)
def test_payloads_keep_their_wire_format(wire: str) -> None:
    parsed = parse_payload(wire)
    assert parsed is not None
    assert format_payload(parsed) == wire


def test_payloads_parse_leniently_as_the_untyped_code_did() -> None:
    assert parse_payload("/join ABCD2345") == Join(arg="ABCD2345")
    assert parse_payload('/menu{"page": "x"}') == Menu(page=0)  # anything but 1 is the first page
    assert parse_payload('/elder_mode{"on": "false"}') == ElderMode(on=True)  # only JSON false
    assert parse_payload('/choose{"flow": 5}') == Choose(flow="5")
    assert parse_payload('/ask_service{"service": "id_card"}') == AskService(service="id_card")
    assert parse_payload("/greet") == Intent(name="greet")
    assert parse_payload("/stay") == Stay()
    for malformed in ("/", "/{}", "/menu{", '/menu{"page": [1]}', "menu", '/menu{"a": null}'):
        assert parse_payload(malformed) is None
    assert split_payload('/ask_service{"service": "id_card"}') == ("ask_service", {"service": "id_card"})


def test_every_intent_is_registered_once_and_listed() -> None:
    intents = root_router().intents()
    assert len(intents) == len(set(intents))
    assert {"greet", "help", "back", "human", "ask_service", "ask_fee", "forget", "affirm"} <= set(intents)


def test_a_router_is_included_once() -> None:
    root, child = Router("root"), Router("child")
    root.include_router(child)
    with pytest.raises(ValueError, match="already included"):
        root.include_router(child)


@pytest.fixture
async def chat(tmp_path: Path, engine: BuiltinNLU) -> AsyncIterator[Chat]:
    made = await make_chat(tmp_path, engine, Localizer(LOCALES))
    yield made
    for store in (made.sessions, made.handoffs, made.guides):
        await store.close()


def context(engine: Engine) -> TurnContext:
    async def unused(ctx: TurnContext, text: str) -> None:
        raise AssertionError("no text is read here")

    return TurnContext(
        session=Session(sender="web:prefill"),
        locale="zh-Hans",
        channel="web",
        collaborators=engine.collaborators,
        read_text=unused,
        intents=frozenset(engine.router.intents()),
    )


async def test_a_prefilled_slot_is_not_asked_and_back_returns_to_it(chat: Chat) -> None:
    ctx = context(chat.engine)
    await start_service(ctx, "id_card", prefilled={"reason": "lost"})
    state = ctx.session.flow
    assert state is not None
    assert state.step_id == "age"  # the reason question was passed
    assert state.history == ["reason"]
    assert state.answers == {"reason": "lost"}
    assert ctx.replies[-1].parts[0].key == "id_card-ask-age"


async def test_without_prefilled_slots_the_first_question_is_asked(chat: Chat) -> None:
    ctx = context(chat.engine)
    await start_service(ctx, "id_card")
    assert ctx.session.flow is not None
    assert ctx.session.flow.step_id == "reason"
