"""The dialogue engine end to end: real stores (SQLite), the real NLU, the real flows."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.core.messages import Reply, Turn
from bot.core.payloads import AskService, parse_payload
from bot.dialogue.engine import Engine
from bot.dialogue.flows import load_flows
from bot.dialogue.flows.schema import Common, Flow
from bot.dialogue.understand import Vocabulary
from bot.guides import GuideStore, load_catalog
from bot.guides.sqlite import SQLiteGuideStore
from bot.handoffs.sqlite import SQLiteHandoffStore
from bot.i18n import Localizer
from bot.sessions.sqlite import SQLiteSessionStore
from nlu import BuiltinNLU
from tests.conftest import GUIDES, LOCALES, ROOT


@pytest.fixture(scope="session")
def nlu_engine(engine: BuiltinNLU) -> BuiltinNLU:
    """The NLU trained once for the session (tests/conftest.py)."""
    return engine


@pytest.fixture(scope="session")
def i18n() -> Localizer:
    return Localizer(LOCALES)


@dataclass
class Chat:
    engine: Engine
    sessions: SQLiteSessionStore
    handoffs: SQLiteHandoffStore
    guides: GuideStore
    i18n: Localizer
    sender: str = "web:tester"
    last: list[Reply] | None = None

    async def say(self, text: str) -> list[Reply]:
        self.last = await self.engine.handle(Turn(sender=self.sender, channel="web", text=text))
        return self.last

    def text(self, replies: list[Reply] | None = None) -> str:
        return "\n".join(
            self.engine.render(reply) for reply in (replies if replies is not None else self.last or [])
        )

    def buttons(self, replies: list[Reply] | None = None) -> dict[str, str]:
        """Rendered label -> payload of the buttons of the last reply that has any."""
        for reply in reversed(replies if replies is not None else self.last or []):
            if reply.buttons:
                return {self.i18n.render(b.label, reply.locale): b.payload for b in reply.buttons}
        return {}

    async def press(self, label: str) -> list[Reply]:
        buttons = self.buttons()
        assert label in buttons, f"no button {label!r} in {list(buttons)}"
        return await self.say(buttons[label])

    async def answers(self) -> dict[str, str]:
        session = await self.sessions.load(self.sender)
        assert session is not None
        assert session.flow is not None
        return session.flow.answers


async def make_chat(
    tmp_path: Path, nlu: BuiltinNLU, i18n: Localizer, flows: dict[str, Flow] | None = None
) -> Chat:
    guides = await SQLiteGuideStore.open(tmp_path / "guides.db")
    if await guides.version() is None:
        await guides.load(load_catalog(GUIDES))
    sessions = await SQLiteSessionStore.open(tmp_path / "sessions.db", idle_timeout_s=3600)
    handoffs = await SQLiteHandoffStore.open(tmp_path / "handoffs.db")
    loaded, common = load_flows(ROOT / "dialogues")
    engine = Engine(
        sessions=sessions,
        guides=guides,
        nlu=nlu,
        flows=flows or loaded,
        common=common,
        i18n=i18n,
        handoffs=handoffs,
        vocabulary=Vocabulary.load(ROOT / "dialogues"),
    )
    return Chat(engine, sessions, handoffs, guides, i18n)


@pytest.fixture
async def chat(tmp_path: Path, nlu_engine: BuiltinNLU, i18n: Localizer) -> AsyncIterator[Chat]:
    made = await make_chat(tmp_path, nlu_engine, i18n)
    yield made
    for store in (made.sessions, made.handoffs, made.guides):
        await store.close()


async def test_first_contact_welcomes_and_answers_the_question(chat: Chat) -> None:
    replies = await chat.say("身份证怎么办理")
    text = chat.text()
    assert "办事" in text  # welcome
    assert "居民身份证" in text
    assert "您这次办身份证是因为？" in text
    assert {"第一次办", "丢了", "上一步"} & set(chat.buttons()) == {"第一次办", "丢了"}
    assert {"再说一遍", "找人工"} <= set(chat.buttons())
    assert all(reply.locale == "zh-Hans" for reply in replies)


async def test_lost_id_card_checklist_fits_the_situation(chat: Chat) -> None:
    await chat.say("身份证怎么办理")
    await chat.press("丢了")
    await chat.press("16岁及以上")
    text = chat.text()
    assert "临时身份证" in text  # the tip for a lost card
    checklist = next(reply for reply in chat.last or [] if reply.kind == "checklist")
    card = chat.engine.render(checklist)
    assert "居民户口簿" in card
    assert "原来的身份证" not in card  # only when renewing an expired / damaged card
    assert "监护人" not in card  # only for children
    assert "40" in card  # replacement fee, not the 20-yuan first-application fee
    assert "示例数据" in card  # sample data: confirm locally
    assert "还想了解什么？" in text


async def test_answers_by_number_and_by_words(chat: Chat) -> None:
    await chat.say("我想办身份证")
    await chat.say("2")  # 到期了
    assert (await chat.answers())["reason"] == "expired"
    await chat.say("上一步")
    await chat.say("第四个")
    assert (await chat.answers())["reason"] == "lost"
    await chat.say("上一步")
    await chat.say("坏了")
    assert (await chat.answers())["reason"] == "damaged"
    await chat.say("二")  # 16岁及以上
    assert (await chat.answers())["age"] == "age_16_plus"


async def test_back_returns_to_the_previous_question_keeping_answers(chat: Chat) -> None:
    await chat.say("身份证")
    await chat.press("第一次办")
    assert "办证的人多大了？" in chat.text()
    await chat.say("返回上一步")
    assert "您这次办身份证是因为？" in chat.text()
    assert (await chat.answers())["reason"] == "first"
    await chat.press("上一步") if "上一步" in chat.buttons() else await chat.say("上一步")
    assert "第一个问题" in chat.text() or "您这次办身份证是因为？" in chat.text()


async def test_repeat_sends_the_last_message_again(chat: Chat) -> None:
    await chat.say("身份证")
    before = chat.text()
    await chat.press("再说一遍")
    assert chat.text() == before
    await chat.say("再说一遍")
    assert chat.text() == before


async def test_human_gives_hotline_office_phone_and_a_record(chat: Chat) -> None:
    await chat.say("身份证")
    await chat.press("找人工")
    text = chat.text()
    assert "12345" in text
    assert "0000-" in text  # the relevant office's phone
    open_handoffs = await chat.handoffs.list_open()
    assert len(open_handoffs) == 1
    assert open_handoffs[0].service_id == "id_card"
    assert open_handoffs[0].id[:8].upper() in text
    assert "继续刚才的" in chat.buttons()
    await chat.press("继续刚才的")
    assert "您这次办身份证是因为？" in chat.text()


async def test_switching_service_mid_flow_asks_first(chat: Chat) -> None:
    await chat.say("身份证")
    await chat.press("丢了")
    await chat.say("低保怎么申请")
    assert "要换成办" in chat.text()
    await chat.say("不")  # a no-word presses "continue with the ID card"
    assert "办证的人多大了？" in chat.text()
    await chat.say("低保怎么申请")
    await chat.say("是")
    session = await chat.sessions.load(chat.sender)
    assert session is not None
    assert session.flow is not None
    assert session.flow.flow_id == "dibao"


async def test_not_understood_twice_offers_menu_and_human(chat: Chat) -> None:
    await chat.say("今天股票涨了吗")
    assert "没听明白" in chat.text()
    await chat.say("帮我订一张去北京的机票")
    assert "还是没听明白" in chat.text()
    buttons = chat.buttons()
    assert "找人工" in buttons
    assert any(parse_payload(p) == AskService(service="id_card") for p in buttons.values())


async def test_low_confidence_asks_did_you_mean_with_buttons(chat: Chat, nlu_engine: BuiltinNLU) -> None:
    # Find a message the NLU itself calls ambiguous, so the test follows the real model.
    candidates = ["低保 窗口 钱", "社保卡办好", "身份证 钱", "社保卡 地方", "医保 那个"]
    for text in candidates:
        parse = await nlu_engine.parse(text, "zh-Hans")
        if parse.fallback == "ambiguous" and parse.intent.name != "out_of_scope":
            break
    else:
        pytest.skip("the model is confident on every candidate")
    await chat.say(text)
    assert "您是想问哪个？" in chat.text()
    assert len(chat.buttons()) >= 3  # two guesses plus menu and human


async def test_elder_mode_reads_replies_aloud(chat: Chat) -> None:
    await chat.say("字太小了看不清")
    assert "长辈模式" in chat.text()
    replies = await chat.say("社保卡丢了")
    assert all(reply.speak for reply in replies)


async def test_language_choice_switches_replies_to_english(chat: Chat) -> None:
    await chat.say('/set_language{"language": "en"}')
    assert "English" in chat.text()
    replies = await chat.say("身份证")  # Chinese text, but the chosen language wins
    assert all(reply.locale == "en" for reply in replies)
    assert "Why do you need the ID card?" in chat.text()


async def test_english_conversation_end_to_end(chat: Chat) -> None:
    await chat.say("I lost my ID card, what should I do")
    assert "Why do you need the ID card?" not in chat.text()  # "lost" was understood
    await chat.press("16 or older")
    assert "temporary ID" in chat.text()
    await chat.press("Where to go, opening hours")
    assert "Phone: 0000-" in chat.text()
    await chat.press("That's all, thanks")
    assert "Good luck" in chat.text()


async def test_stale_and_forged_buttons_get_a_polite_answer(chat: Chat) -> None:
    await chat.say("身份证")
    for payload in (
        '/choose{"flow": "id_card", "step": "nope", "value": "lost"}',
        '/choose{"flow": "id_card", "step": "reason", "value": "stolen"}',
        '/choose{"flow": "dibao", "step": "reason", "value": "lost"}',
        "/%%%",
        "/choose{not json",
        "/no_such_intent",
        '/switch{"service": "passport"}',
        '/lookup{"service": "id_card", "what": "secrets"}',
    ):
        await chat.say(payload)
        assert "这个按钮已经过期了" in chat.text(), payload
        assert "您这次办身份证是因为？" in chat.text(), payload


async def test_restart_clears_the_flow(chat: Chat) -> None:
    await chat.say("身份证")
    await chat.press("丢了")
    await chat.say("重新开始")
    assert "从头开始" in chat.text()
    session = await chat.sessions.load(chat.sender)
    assert session is not None
    assert session.flow is None


async def test_flow_in_progress_survives_a_process_restart(
    tmp_path: Path, nlu_engine: BuiltinNLU, i18n: Localizer
) -> None:
    first = await make_chat(tmp_path, nlu_engine, i18n)
    await first.say("身份证")
    await first.press("丢了")
    for store in (first.sessions, first.handoffs, first.guides):
        await store.close()
    second = await make_chat(tmp_path, nlu_engine, i18n)
    await second.say("2")
    assert "临时身份证" in second.text()
    for store in (second.sessions, second.handoffs, second.guides):
        await store.close()


async def test_session_on_an_older_flow_version_resumes_or_restarts(
    tmp_path: Path, nlu_engine: BuiltinNLU, i18n: Localizer
) -> None:
    flows, _ = load_flows(ROOT / "dialogues")
    old = await make_chat(tmp_path, nlu_engine, i18n)
    await old.say("身份证")
    await old.press("丢了")  # now at step "age"
    await old.sessions.close()

    # v2 keeps the step: the session resumes where it was.
    kept = flows["id_card"].model_copy(update={"version": 2})
    resumed = await make_chat(tmp_path, nlu_engine, i18n, flows={**flows, "id_card": kept})
    await resumed.say("2")
    assert "临时身份证" in resumed.text()
    await resumed.say("上一步")
    await resumed.sessions.close()

    # v3 drops the step: the flow restarts with an explanation.
    document = flows["id_card"].model_dump(by_alias=True, exclude_none=True)
    document["version"] = 3
    document["steps"] = [step for step in document["steps"] if step["id"] != "age"]
    next(step for step in document["steps"] if step["id"] == "reason")["next"] = "lost_check"
    changed = Flow.model_validate(document)
    restarted = await make_chat(tmp_path, nlu_engine, i18n, flows={**flows, "id_card": changed})
    await restarted.say("你好")
    assert "办事指南刚刚更新了" in restarted.text()
    assert "您这次办身份证是因为？" in restarted.text()
    for chat_ in (old, resumed, restarted):
        await chat_.handoffs.close()
        await chat_.guides.close()
    await restarted.sessions.close()


async def test_a_message_naming_two_services_takes_the_one_its_longer_name_says(chat: Chat) -> None:
    await chat.say("养老金资格认证咋弄")  # the longer name settles it: the certification
    assert "住在国内还是国外" in chat.text()


async def test_housebound_pensioner_is_offered_a_home_visit(chat: Chat) -> None:
    await chat.say('/ask_service{"service": "pension_certify"}')
    await chat.press("住在国内")
    await chat.press("卧床或行动不便")
    assert "上门" in chat.text()


async def test_every_message_the_engine_can_emit_resolves_in_every_enabled_locale(i18n: Localizer) -> None:
    import re

    from bot.dialogue.flows.schema import message_keys
    from bot.guides.models import Form, OfficeType

    flows, _ = load_flows(ROOT / "dialogues")
    keys = {key for flow in flows.values() for key in message_keys(flow)}
    sources = [*sorted((ROOT / "bot" / "dialogue").rglob("*.py")), ROOT / "bot" / "guides" / "render.py"]
    for source in sources:
        text = source.read_text(encoding="utf-8")
        keys |= set(re.findall(r'msg\(\s*"([a-z][a-z0-9_-]*)"', text))
        keys |= set(re.findall(r'\bbutton\(\s*"([a-z][a-z0-9_-]*)"', text))
    keys = {key for key in keys if not key.endswith("-")}  # families built at run time, added below
    keys |= {f"form-{form.value}" for form in Form} | {f"office-type-{t.value}" for t in OfficeType}
    keys |= {f"guide-proxy-{allowed}" for allowed in ("yes", "no", "partly")}
    keys |= {f"weekday-{day}" for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
    keys |= {f"intent-{name}" for name in ("greet", "ask_service", "ask_fee", "human", "out_of_scope")}
    missing = {
        locale: sorted(key for key in keys if not i18n.has(key, locale)) for locale in i18n.languages.enabled
    }
    assert missing == {locale: [] for locale in i18n.languages.enabled}


def test_common_words_cover_every_enabled_locale(i18n: Localizer) -> None:
    _, common = load_flows(ROOT / "dialogues")
    assert isinstance(common, Common)
    for locale in i18n.languages.enabled:
        assert common.yes_words.get(locale)
        assert common.no_words.get(locale)


async def test_reply_language_follows_the_script_but_not_a_stray_word(chat: Chat) -> None:
    replies = await chat.say("身份证怎么办理")
    assert replies[-1].locale == "zh-Hans"
    replies = await chat.say("ok")
    assert replies[-1].locale == "zh-Hans"
    replies = await chat.say("what documents do I need to bring")
    assert replies[-1].locale == "en"


async def test_a_shared_location_lists_the_nearest_offices(chat: Chat) -> None:
    await chat.say("身份证")
    replies = await chat.engine.handle(Turn(sender=chat.sender, channel="web", location=(28.2143, 113.0296)))
    text = chat.text(replies)
    assert "离您最近的办事地点" in text
    assert "公里" in text
    assert "您这次办身份证是因为？" in text  # and the question is asked again


async def test_pictures_and_stickers_get_a_clear_answer(chat: Chat) -> None:
    replies = await chat.engine.handle(Turn(sender=chat.sender, channel="web", media="sticker"))
    assert "看不懂" in chat.text(replies)
    assert chat.buttons(replies)


def test_apology_names_the_hotline(chat: Chat) -> None:
    reply = chat.engine.apology("en")
    assert "12345" in chat.engine.render(reply)
    assert reply.locale == "en"
