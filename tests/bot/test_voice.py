"""Voice messages through the engine, with the real Korean Vosk model, ffmpeg and espeak-ng.

What is checked is the behaviour around recognition (read back, act only when confirmed, a
person after two misses, the recording kept only for them), not what Vosk hears in espeak-ng's
synthetic Korean, which is other words (see bench/bench_asr.py for accuracy).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from bot.app import App
from bot.core.messages import Reply, Turn
from bot.handoffs import HandoffReason
from bot.voiceclips import VoiceClips
from nlu import NLUEngine, ParseResult
from tests.voice_notes import generated, spoken

pytestmark = pytest.mark.timeout(120)

KOREAN = "안녕하세요 신분증을 잃어버렸어요"
SENDER = "telegram:4242"


class CountingNLU:
    """The real NLU, with a record of what it was asked to read."""

    def __init__(self, inner: NLUEngine) -> None:
        self.inner = inner
        self.texts: list[str] = []

    async def parse(self, text: str, lang: str | None = None) -> ParseResult:
        self.texts.append(text)
        return await self.inner.parse(text, lang)

    def detect_language(self, text: str, supported: Any = None, prefer: str | None = None) -> str:
        return self.inner.detect_language(text, supported, prefer)


@pytest.fixture
def nlu(app: App, monkeypatch: pytest.MonkeyPatch) -> CountingNLU:
    counting = CountingNLU(app.engine.collaborators.nlu)
    monkeypatch.setattr(app.engine.collaborators, "nlu", counting)
    return counting


@pytest.fixture(scope="module")
def korean_note() -> bytes:
    return spoken(KOREAN)


async def send(app: App, text: str = "", audio: bytes | None = None, sender: str = SENDER) -> list[Reply]:
    if audio is None:
        return await app.engine.handle(Turn(sender=sender, channel="telegram", text=text))
    return await app.engine.handle(Turn(sender=sender, channel="telegram", media="voice", audio=audio))


async def korean_user(app: App, sender: str = SENDER) -> None:
    await send(app, '/set_language{"language": "ko"}', sender=sender)


def keys(replies: list[Reply]) -> list[str]:
    return [part.key for reply in replies for part in reply.parts]


def button(replies: list[Reply], label_key: str) -> str:
    return next(b.payload for reply in replies for b in reply.buttons if b.label.key == label_key)


def clips(app: App) -> list[Path]:
    folder = app.settings.voice_in.clips_path
    return sorted(folder.iterdir()) if folder.is_dir() else []


async def test_a_voice_note_is_read_back_and_acted_on_only_when_confirmed(
    app: App, nlu: CountingNLU, korean_note: bytes
) -> None:
    await korean_user(app)
    nlu.texts.clear()
    replies = await send(app, audio=korean_note)
    heard = replies[-1].parts[0]
    assert heard.key == "voice-heard"
    transcript = str(heard.args["text"])
    assert transcript.strip()
    assert replies[-1].locale == "ko" and replies[-1].speak  # read back aloud too
    assert transcript in app.engine.render(replies[-1])
    assert nlu.texts == []  # nothing acted on yet
    assert [path.read_bytes() for path in clips(app)] == [korean_note]  # kept until answered

    replies = await send(app, button(replies, "voice-yes"))
    assert nlu.texts == [transcript]  # the confirmed transcript, read as if typed
    assert "voice-heard" not in keys(replies)
    assert clips(app) == []  # not needed any more
    session = await app.sessions.load(SENDER)
    assert session is not None and session.pending is None


async def test_a_typed_yes_word_confirms(app: App, nlu: CountingNLU, korean_note: bytes) -> None:
    await korean_user(app)
    replies = await send(app, audio=korean_note)
    transcript = str(replies[-1].parts[0].args["text"])
    nlu.texts.clear()
    await send(app, "네")
    assert nlu.texts == [transcript]


async def test_two_rejections_hand_the_recording_to_a_person(
    app: App, nlu: CountingNLU, korean_note: bytes
) -> None:
    await korean_user(app)
    nlu.texts.clear()
    first = await send(app, audio=korean_note)
    replies = await send(app, button(first, "voice-no"))
    assert keys(replies) == ["voice-retry"]
    assert {b.label.key for b in replies[-1].buttons} == {"nav-menu", "nav-human"}
    assert clips(app) == []  # a rejected recording is not kept

    second_note = spoken("양로금 인증")
    second = await send(app, audio=second_note)
    assert second[-1].parts[0].key == "voice-heard"
    replies = await send(app, button(second, "voice-no"))
    assert keys(replies)[0] == "voice-not-understood"
    assert "handoff-recorded" in keys(replies)
    assert replies[-1].buttons and replies[-1].locale == "ko"

    [handoff] = await app.handoffs.list_open()
    assert handoff.reason is HandoffReason.TRANSCRIPT_REJECTED
    assert handoff.locale == "ko" and handoff.sender == SENDER
    assert handoff.audio_ref is not None
    assert app.clips is not None and await app.clips.read(handoff.audio_ref) == second_note
    assert nlu.texts == []  # no transcript was ever acted on


async def test_voice_in_a_language_without_a_model_goes_to_a_person(
    app: App, nlu: CountingNLU, korean_note: bytes
) -> None:
    await send(app, "你好")  # a Chinese user: there is no Chinese speech model
    nlu.texts.clear()
    replies = await send(app, audio=korean_note)
    text = "\n".join(app.engine.render(reply) for reply in replies)
    assert keys(replies)[0] == "voice-unsupported"
    assert "工作人员" in text and "12345" in text
    assert replies[-1].buttons
    [handoff] = await app.handoffs.list_open()
    assert handoff.reason is HandoffReason.VOICE_UNSUPPORTED and handoff.locale == "zh-Hans"
    assert app.clips is not None and handoff.audio_ref is not None
    assert await app.clips.read(handoff.audio_ref) == korean_note
    assert nlu.texts == []


async def test_silence_is_asked_again_then_handed_over(app: App, nlu: CountingNLU) -> None:
    await korean_user(app)
    silence = generated("anullsrc=r=48000:cl=mono", 2)
    assert keys(await send(app, audio=silence)) == ["voice-retry"]
    replies = await send(app, audio=silence)
    assert keys(replies)[0] == "voice-not-understood"
    [handoff] = await app.handoffs.list_open()
    assert handoff.reason is HandoffReason.TRANSCRIPT_REJECTED
    assert app.clips is not None and handoff.audio_ref is not None
    assert await app.clips.read(handoff.audio_ref) == silence


@pytest.mark.parametrize("audio", [b"not audio at all", b""], ids=["garbage", "missing"])
async def test_unreadable_audio_gets_a_clear_answer(app: App, audio: bytes) -> None:
    await korean_user(app)
    replies = await send(app, audio=audio)
    assert keys(replies) == ["voice-retry"]
    assert "…" not in app.engine.render(replies[0])


async def test_typing_something_else_drops_the_transcript_and_its_recording(
    app: App, nlu: CountingNLU, korean_note: bytes
) -> None:
    await korean_user(app)
    await send(app, audio=korean_note)
    assert len(clips(app)) == 1
    nlu.texts.clear()
    await send(app, "신분증을 잃어버렸어요")
    assert nlu.texts == ["신분증을 잃어버렸어요"]
    assert clips(app) == []
    session = await app.sessions.load(SENDER)
    assert session is not None and session.pending is None


async def test_an_old_button_after_the_answer_is_stale(app: App, korean_note: bytes) -> None:
    await korean_user(app)
    replies = await send(app, audio=korean_note)
    yes = button(replies, "voice-yes")
    await send(app, yes)
    assert "button-stale" in keys(await send(app, yes))


async def test_the_retention_purge_deletes_old_recordings(tmp_path: Path) -> None:
    store = VoiceClips(tmp_path / "voice")
    old, new = await store.keep(b"old"), await store.keep(b"new")
    ten_days_ago = time.time() - 10 * 86_400
    os.utime(tmp_path / "voice" / old, (ten_days_ago, ten_days_ago))
    assert await store.purge_older_than(7) == 1
    assert await store.read(old) is None and await store.read(new) == b"new"
    assert (tmp_path / "voice" / new).stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("ref", ["../config.yml", "x.ogg", "/etc/passwd", ""])
async def test_clip_references_cannot_leave_the_folder(tmp_path: Path, ref: str) -> None:
    store = VoiceClips(tmp_path)
    assert await store.read(ref) is None
    assert await store.delete(ref) is False
