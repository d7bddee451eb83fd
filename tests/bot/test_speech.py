"""Spoken replies with the real espeak-ng and ffmpeg (skipped without them, failed in CI)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot import speech as speech_module
from bot.i18n import Languages
from bot.speech import MAX_CHARS, Speech, SpeechError, clean_for_speech, cut, duration_s
from tests.conftest import LOCALES

SAMPLES = {
    "zh-Hans": "您好，办身份证请带上户口簿和一张照片。",
    "en": "Hello. Please bring your household register and one photo.",
    "ko": "안녕하세요. 신분증을 잃어버렸어요.",
    "ug": "ياخشىمۇسىز، بۇ سىناق.",
}


@pytest.fixture(scope="module", autouse=True)
def _tools() -> None:
    missing = [tool for tool in ("espeak-ng", "ffmpeg", "ffprobe") if shutil.which(tool) is None]
    if not missing:
        return
    packages = "espeak-ng ffmpeg"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{', '.join(missing)} not installed, and CI requires it (.ci/run installs {packages})")
    pytest.skip(f"{', '.join(missing)} not installed; apt-get install {packages} to run these")


@pytest.fixture(scope="module")
def languages() -> Languages:
    return Languages.load(LOCALES / "languages.yml")


@pytest.fixture
def speech(tmp_path: Path, languages: Languages) -> Speech:
    return Speech(tmp_path / "audio", languages)


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the programs the speech module starts, in order."""
    started: list[str] = []
    real = asyncio.create_subprocess_exec

    async def counting(program: str, *args: Any, **kwargs: Any) -> asyncio.subprocess.Process:
        started.append(Path(program).name)
        return await real(program, *args, **kwargs)

    monkeypatch.setattr(asyncio, "create_subprocess_exec", counting)
    return started


def files(folder: Path) -> list[Path]:
    return sorted(folder.iterdir())


def probe(path: Path) -> dict[str, Any]:
    result = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-show_entries",
            "stream=codec_name,sample_rate,channels:format=format_name,duration",
            "-of",
            "json",
            str(path),
        ],
        capture_output=True,
        check=True,
        timeout=20,
    )
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def assert_voice_note(path: Path | None) -> float:
    """The file is OGG/Opus, mono, 48 kHz, longer than 0.3 s; returns its duration."""
    assert path is not None
    assert path.is_file()
    assert path.suffix == ".ogg"
    info = probe(path)
    assert info["format"]["format_name"] == "ogg"
    (stream,) = info["streams"]
    assert stream["codec_name"] == "opus"
    assert stream["channels"] == 1
    assert stream["sample_rate"] == "48000"
    seconds = duration_s(path)
    assert seconds > 0.3
    assert seconds == pytest.approx(float(info["format"]["duration"]), abs=0.05)
    return seconds


@pytest.mark.parametrize("locale", list(SAMPLES))
async def test_synthesizes_an_opus_voice_note(speech: Speech, locale: str) -> None:
    path = await speech.synthesize(SAMPLES[locale], locale)
    assert_voice_note(path)
    assert path is not None
    assert path.parent == speech.cache_dir
    assert len(path.stem) == 64  # sha256: no text in the file name


async def test_a_repeated_prompt_comes_from_the_cache(speech: Speech, runs: list[str]) -> None:
    first = await speech.synthesize(SAMPLES["zh-Hans"], "zh-Hans")
    assert first is not None
    assert runs == ["espeak-ng", "ffmpeg"]
    modified = first.stat().st_mtime_ns
    second = await speech.synthesize(SAMPLES["zh-Hans"], "zh-Hans")
    assert second == first
    assert first.stat().st_mtime_ns == modified
    assert runs == ["espeak-ng", "ffmpeg"]  # nothing started again
    # Emoji and spacing do not change what is said, so they share the file too.
    assert await speech.synthesize(f"📋  {SAMPLES['zh-Hans']} ✅", "zh-Hans") == first
    assert len(runs) == 2


async def test_a_new_speech_object_reuses_the_files(
    tmp_path: Path, languages: Languages, runs: list[str]
) -> None:
    first = await Speech(tmp_path, languages).synthesize("Hello", "en")
    assert await Speech(tmp_path, languages).synthesize("Hello", "en") == first
    assert runs.count("espeak-ng") == 1


async def test_locales_without_a_voice_get_none(speech: Speech, runs: list[str]) -> None:
    assert await speech.synthesize("བཀྲ་ཤིས་བདེ་ལེགས།", "bo") is None
    assert await speech.synthesize("hello", "xx") is None  # unknown locale
    assert runs == []


@pytest.fixture
def recorded_locales(tmp_path: Path) -> Path:
    """A locales folder where Tibetan has two recorded prompts: 1 s (WAV) and 0.5 s (OGG)."""
    audio = tmp_path / "locales" / "bo" / "audio"
    audio.mkdir(parents=True)
    for key, seconds, suffix in (("welcome", 1.0, ".wav"), ("menu-prompt", 0.5, ".ogg")):
        tone = ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=f=440", "-t", str(seconds)]
        subprocess.run([*tone, str(audio / key) + suffix], check=True, timeout=30)
    return tmp_path / "locales"


async def test_recorded_prompts_speak_for_locales_without_a_voice(
    tmp_path: Path, languages: Languages, recorded_locales: Path, runs: list[str]
) -> None:
    speech = Speech(tmp_path / "cache", languages, locales_path=recorded_locales)
    path = await speech.synthesize("བཀྲ་ཤིས་བདེ་ལེགས།", "bo", keys=["welcome", "menu-prompt"])
    assert assert_voice_note(path) == pytest.approx(1.5, abs=0.1)  # both prompts, one after the other
    assert runs == ["ffmpeg"]  # no espeak-ng: Tibetan has no voice
    assert await speech.synthesize("", "bo", keys=["welcome", "menu-prompt"]) == path
    assert runs == ["ffmpeg"]  # the second time from the cache
    # A reply with a message nobody recorded is not half read out.
    assert await speech.synthesize("…", "bo", keys=["welcome", "flow-end"]) is None
    assert await speech.synthesize("…", "bo") is None


async def test_slow_speech_is_longer(speech: Speech) -> None:
    normal = assert_voice_note(await speech.synthesize(SAMPLES["zh-Hans"], "zh-Hans"))
    slow_path = await speech.synthesize(SAMPLES["zh-Hans"], "zh-Hans", slow=True)
    slow = assert_voice_note(slow_path)
    assert slow > normal * 1.15
    assert slow_path != await speech.synthesize(SAMPLES["zh-Hans"], "zh-Hans")


@pytest.mark.parametrize("text", ["", "   \n ", "📋✅👍🏻", "❤️ 🇨🇳 👨‍👩‍👧"])
async def test_nothing_speakable_gives_none(speech: Speech, runs: list[str], text: str) -> None:
    assert await speech.synthesize(text, "zh-Hans") is None
    assert runs == []


def test_cleaning_removes_symbols_and_keeps_words() -> None:
    assert clean_for_speech("📋 居民身份证 · 清单\n\n\n✅ 带上照片") == "居民身份证 · 清单\n带上照片"
    assert clean_for_speech("请拨打 12345 热线") == "请拨打 1 2 3 4 5 热线"
    assert clean_for_speech("\u2068ئۇيغۇرچە\u2069") == "ئۇيغۇرچە"  # Fluent's bidi isolation marks


def test_long_text_is_cut_at_a_sentence_end() -> None:
    sentence = "请带上户口簿和照片。"
    text = sentence * 200
    spoken = cut(text)
    assert len(spoken) <= MAX_CHARS
    assert len(spoken) > MAX_CHARS // 2
    assert spoken.endswith("。")
    assert cut("word " * 400).endswith("word")
    assert len(cut("x" * 5000)) == MAX_CHARS
    assert cut("short.") == "short."


async def test_long_text_is_spoken_up_to_the_limit(speech: Speech) -> None:
    path = await speech.synthesize("Bring one photo. " * 200, "en")
    assert_voice_note(path)


async def test_timeout_raises_and_leaves_no_temp_file(tmp_path: Path, languages: Languages) -> None:
    speech = Speech(tmp_path, languages, timeout_s=0.001)
    with pytest.raises(SpeechError, match=r"'en'.*longer than 0\.001 s") as raised:
        await speech.synthesize("A sentence that takes a while to say.", "en")
    assert "sentence" not in str(raised.value)  # the text never appears in errors
    assert files(tmp_path) == []


async def test_a_missing_program_is_a_clear_error(speech: Speech, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech_module, "ESPEAK", "espeak-ng-not-installed")
    with pytest.raises(SpeechError, match=r"espeak-ng is not installed \(apt-get install espeak-ng\)"):
        await speech.synthesize("Hello", "en")


async def test_a_failing_program_is_a_clear_error(speech: Speech, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(speech_module.ESPEAK_VOICES, "en", "zz-no-voice")
    with pytest.raises(
        SpeechError, match=r"'zz-no-voice'.*espeak-ng exited with status 1: .*voice does not exist"
    ):
        await speech.synthesize("Hello", "en")
    assert files(speech.cache_dir) == []


async def test_concurrent_calls_make_one_file(speech: Speech, runs: list[str]) -> None:
    paths = await asyncio.gather(*(speech.synthesize(SAMPLES["en"], "en") for _ in range(5)))
    assert len(set(paths)) == 1
    assert_voice_note(paths[0])
    assert runs.count("espeak-ng") == 1
    assert files(speech.cache_dir) == [paths[0]]


async def test_concurrent_speech_objects_never_corrupt_the_file(tmp_path: Path, languages: Languages) -> None:
    # Separate objects share no lock (like separate processes): the atomic rename must hold.
    paths = await asyncio.gather(
        *(Speech(tmp_path, languages).synthesize(SAMPLES["ko"], "ko") for _ in range(5))
    )
    assert len(set(paths)) == 1
    assert_voice_note(paths[0])
    assert files(tmp_path) == [paths[0]]


def test_duration_rejects_other_files(tmp_path: Path) -> None:
    other = tmp_path / "not.ogg"
    other.write_bytes(b"RIFF....WAVEfmt ")
    with pytest.raises(ValueError, match="not an OGG/Opus file"):
        duration_s(other)


def test_available() -> None:
    assert speech_module.available()
