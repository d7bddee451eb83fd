"""Proxy agents and privacy in chat: the engine with the real agent store (SQLite)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.agents import Agents
from bot.app import App
from bot.core.messages import Reply, Turn
from bot.dialogue.engine import Engine
from bot.i18n import Localizer
from bot.sessions import SessionStore

TOWNSHIP = "990121100"


class Desk:
    """An engine with agents, and helpers to talk as different senders."""

    def __init__(self, engine: Engine, sessions: SessionStore, agents: Agents, i18n: Localizer) -> None:
        self.engine, self.sessions, self.agents, self.i18n = engine, sessions, agents, i18n
        self.last: list[Reply] = []

    async def say(self, sender: str, text: str) -> str:
        self.last = await self.engine.handle(Turn(sender=sender, channel="web", text=text))
        return "\n".join(self.engine.render(reply) for reply in self.last)

    def buttons(self) -> dict[str, str]:
        for reply in reversed(self.last):
            if reply.buttons:
                return {self.i18n.render(b.label, reply.locale): b.payload for b in reply.buttons}
        return {}

    async def press(self, sender: str, label: str) -> str:
        buttons = self.buttons()
        assert label in buttons, f"no button {label!r} in {list(buttons)}"
        return await self.say(sender, buttons[label])

    async def make_agent(self, sender: str) -> None:
        code = await self.agents.create_invite(None, TOWNSHIP)
        assert "代办员" in await self.say(sender, f"/join {code}")

    async def open_case(self, sender: str, name: str, phone: str = "/skip") -> str:
        await self.say(sender, "/newcase")
        await self.say(sender, name)
        await self.say(sender, "柳塘村")
        await self.press(sender, "村民已同意")
        text = await self.say(sender, phone)
        assert "已为" in text, text
        session = await self.sessions.load(sender)
        assert session is not None
        assert session.active_case is not None
        return session.active_case


@pytest.fixture
def desk(app: App) -> Desk:
    """The whole application (tests/conftest.py), talked to as several senders."""
    return Desk(app.engine, app.sessions, Agents(app.agent_store), app.i18n)


async def test_first_contact_shows_the_privacy_notice_once(desk: Desk) -> None:
    text = await desk.say("web:r1", "你好")
    assert "个人信息说明" in text
    assert "30 天" in text
    assert "/forget" in text
    assert "个人信息说明" not in await desk.say("web:r1", "你好")


async def test_a_resident_can_erase_their_data(desk: Desk) -> None:
    await desk.say("web:r1", "身份证怎么办理")
    assert await desk.sessions.load("web:r1") is not None
    text = await desk.say("web:r1", "删除我的信息")
    assert "确定要删除" in text
    text = await desk.press("web:r1", "确定删除")
    assert "已经删除" in text
    assert await desk.sessions.load("web:r1") is None
    await desk.say("web:r1", "/forget")
    assert "确定要删除" in "\n".join(desk.engine.render(r) for r in desk.last)


async def test_a_resident_cannot_use_agent_commands(desk: Desk) -> None:
    assert "只有代办员" in await desk.say("web:r1", "/cases")
    assert "只有代办员" in await desk.say("web:r1", "/newcase")
    assert "邀请码不对" in await desk.say("web:r1", "/join WRONGCODE2")


async def test_an_agent_runs_a_flow_inside_a_case(desk: Desk, tmp_path: Path) -> None:
    await desk.make_agent("web:a1")
    case_id = await desk.open_case("web:a1", "王大爷", phone="13812345678")
    await desk.say("web:a1", '/ask_service{"service": "id_card"}')
    await desk.press("web:a1", "丢了")
    text = await desk.press("web:a1", "16岁及以上")
    assert "代办人还要带" in text or "代办提示" in text  # proxy rules from the catalog
    assert "委托书" in text

    case = await desk.agents.case("web:a1", case_id)
    assert case.flow is not None
    assert case.flow.answers == {"reason": "lost", "age": "age_16_plus"}
    own = await desk.sessions.load("web:a1")
    assert own is not None
    assert own.flow is None  # the answers live on the case, not on the agent's session
    assert case.phone_masked is not None
    assert case.phone_masked.endswith("5678")
    raw = b"".join(path.read_bytes() for path in sorted(tmp_path.glob("banshi.db*")))  # noqa: ASYNC240
    assert b"13812345678" not in raw


async def test_cases_are_listed_oldest_first_and_kept_apart(desk: Desk) -> None:
    await desk.make_agent("web:a1")
    first = await desk.open_case("web:a1", "王大爷")
    await desk.say("web:a1", '/ask_service{"service": "id_card"}')
    await desk.press("web:a1", "丢了")
    second = await desk.open_case("web:a1", "李奶奶")
    await desk.say("web:a1", '/ask_service{"service": "pension_certify"}')
    await desk.press("web:a1", "住在国内")

    text = await desk.say("web:a1", "/cases")
    assert "2 个未办结" in text
    labels = list(desk.buttons())
    assert labels[0].startswith("王大爷")
    assert labels[1].startswith("李奶奶")

    text = await desk.press("web:a1", labels[0])
    assert "王大爷" in text
    assert "居民身份证" in text
    text = await desk.say("web:a1", "/stay")
    assert "办证的人多大了？" in text  # the first case's own place in its flow
    assert (await desk.agents.case("web:a1", first)).flow.answers == {"reason": "lost"}  # type: ignore[union-attr]
    assert (await desk.agents.case("web:a1", second)).flow.answers == {"residence": "in_china"}  # type: ignore[union-attr]


async def test_another_agent_cannot_reach_a_case(desk: Desk) -> None:
    await desk.make_agent("web:a1")
    await desk.make_agent("web:a2")
    case_id = await desk.open_case("web:a1", "王大爷")
    for forged in (
        f'/case{{"id": "{case_id}"}}',
        f'/case_status{{"id": "{case_id}", "status": "done"}}',
        f'/close_case{{"id": "{case_id}", "confirm": true}}',
        f'/note{{"id": "{case_id}", "text": "hello"}}',
    ):
        text = await desk.say("web:a2", forged)
        assert "没有找到这个案件，或者您没有权限查看" in text, forged
    case = await desk.agents.case("web:a1", case_id)
    assert case.status.value == "collecting"
    assert case.notes == []


async def test_a_revoked_agent_loses_access(desk: Desk) -> None:
    await desk.make_agent("web:a1")
    await desk.open_case("web:a1", "王大爷")
    await desk.agents.revoke(None, "web:a1")
    text = await desk.say("web:a1", "你好")
    assert "资格已被收回" in text
    assert "资格已被收回" in await desk.say("web:a1", "/cases")
    session = await desk.sessions.load("web:a1")
    assert session is not None
    assert session.active_case is None


async def test_no_case_without_consent(desk: Desk) -> None:
    await desk.make_agent("web:a1")
    await desk.say("web:a1", "/newcase")
    await desk.say("web:a1", "王大爷")
    await desk.say("web:a1", "柳塘村")
    text = await desk.press("web:a1", "还没同意")
    assert "没有村民本人同意" in text
    assert await desk.agents.cases("web:a1") == []


async def test_status_and_notes_and_close(desk: Desk) -> None:
    await desk.make_agent("web:a1")
    case_id = await desk.open_case("web:a1", "王大爷")
    text = await desk.say("web:a1", f'/case_status{{"id": "{case_id}", "status": "ready"}}')
    assert "可以提交" in text
    assert "备注已记下" in await desk.say("web:a1", "/note 身份证号 11010519491231002X 已核对")
    case = await desk.agents.case("web:a1", case_id)
    assert "11010519491231002X" not in case.notes[0].text  # masked before storage
    await desk.say("web:a1", f'/close_case{{"id": "{case_id}"}}')
    text = await desk.press("web:a1", "确定删除")
    assert "已办结并删除" in text
    assert await desk.agents.cases("web:a1") == []
