"""Spoken replies: espeak-ng speech encoded as OGG/Opus (what Telegram voice notes need).

``Speech.synthesize(text, locale, keys=...)`` returns the path of a cached ``.ogg`` file, or
``None`` when there is nothing to play. Locales with an espeak-ng voice (``tts_voice`` in
``locales/languages.yml``: cmn, ug, ko, en) are synthesized. Locales without one (bo, ii, za)
play recorded prompts: one audio file per message key, ``locales/<locale>/audio/<key>.ogg``
(or .opus, .wav, .mp3, .flac), used when every message of the reply has one.

The text is handed to espeak-ng on stdin (never on the command line, where any local user
could read it with ``ps``) and is never logged: replies may hold personal data, so logs
carry a hash. Files are cached by the SHA-256 of (voice, speed, text), written to a temp
file and renamed into place, so a repeated prompt costs nothing and concurrent calls
(even from other processes) never leave a half-written file.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import re
import shutil
import struct
import time
import unicodedata
import uuid
import weakref
from collections.abc import Sequence
from pathlib import Path

from bot.i18n import Languages
from bot.pipes import PipeError, pipe_through

log = logging.getLogger(__name__)

ESPEAK = "espeak-ng"
FFMPEG = "ffmpeg"
NORMAL_WPM = 150  # espeak-ng's default (175) is too quick for many older listeners
SLOW_WPM = 110  # elderly mode
MAX_CHARS = 1000  # roughly a minute of speech; longer text is cut at a sentence boundary
CACHE_FORMAT = "espeak-ng/opus-24k-mono/1"  # part of the cache key: change it to re-render all
RECORDING_SUFFIXES = (".ogg", ".opus", ".wav", ".mp3", ".flac")
OPUS_RATE = 48_000
# languages.yml names the language's voice; some need another espeak-ng voice. Debian 12's
# espeak-ng 1.51 "cmn" turns characters into tone-numbered pinyin and then reads that as
# English ("好" -> "hao two", espeak-ng/espeak-ng#1236); "cmn-latn-pinyin" reads it right.
ESPEAK_VOICES = {"cmn": "cmn-latn-pinyin"}

# What Telegram voice notes are: mono Opus in OGG, at a bitrate fit for speech.
_OPUS_OUTPUT = ("-c:a", "libopus", "-b:a", "24k", "-ac", "1", "-ar", str(OPUS_RATE), "-application", "voip",
                "-f", "ogg", "pipe:1")  # fmt: skip
SENTENCE_ENDS = "。！？!?؟…\n"
CLAUSE_ENDS = "，、；：,;:،؛ \t"
_SPACE_CATEGORIES = {"So", "Sk", "Cc", "Zs", "Zl", "Zp"}  # pictographs would be spelled out
_DROP_CATEGORIES = {"Co", "Cs", "Cn", "Cf", "Me"}  # private, unassigned, invisible, keycaps
_KEEP = {"\n", "\u200c"}  # line breaks; ZWNJ shapes some scripts
_VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_SPACES = re.compile(r"[ \t\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_LONG_NUMBER = re.compile(r"\d{5,}")  # hotlines and phone numbers: say "1 2 3 4 5", not "12 thousand"


class SpeechError(Exception):
    """Synthesis failed; the message names the voice and a short reason, never the text."""

    def __init__(self, voice: str, reason: str) -> None:
        super().__init__(f"speech synthesis with voice {voice!r} failed: {reason}")
        self.voice = voice
        self.reason = reason


def available() -> bool:
    """Whether espeak-ng and ffmpeg are on PATH (Debian packages espeak-ng and ffmpeg)."""
    return shutil.which(ESPEAK) is not None and shutil.which(FFMPEG) is not None


def clean_for_speech(text: str) -> str:
    """The text without emoji, pictographs and invisible marks espeak-ng reads badly."""
    kept: list[str] = []
    for char in _VARIATION_SELECTORS.sub("", text):
        category = unicodedata.category(char)
        if char in _KEEP:
            kept.append(char)
        elif category in _SPACE_CATEGORIES:
            kept.append(" ")
        elif category not in _DROP_CATEGORIES:
            kept.append(char)
    spelled = _LONG_NUMBER.sub(lambda number: " ".join(number.group()), "".join(kept))
    lines = (_SPACES.sub(" ", line).strip() for line in spelled.splitlines())
    return _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line)).strip()


def cut(text: str, limit: int = MAX_CHARS) -> str:
    """At most ``limit`` characters, ending at a sentence end (or a clause end) when possible."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    for ends in (SENTENCE_ENDS, CLAUSE_ENDS):
        at = max(head.rfind(char) for char in ends)
        if at >= limit // 2:
            return head[: at + 1].strip()
    return head.strip()


def speakable(text: str) -> bool:
    return any(char.isalnum() for char in text)


def duration_s(path: Path) -> float:
    """The playing time of an OGG/Opus file, from its headers (no ffprobe needed).

    Opus granule positions count 48 kHz samples; the last page's position less the
    pre-skip of the ``OpusHead`` header is the duration (Telegram's sendVoice ``duration``).
    Reads at most 64 KiB; raises ``ValueError`` for a file that is not OGG/Opus.
    """
    with path.open("rb") as file:
        head = file.read(512)
        size = file.seek(0, os.SEEK_END)
        file.seek(max(0, size - 65_536))
        tail = file.read()
    at = head.find(b"OpusHead")
    if not head.startswith(b"OggS") or at < 0 or len(head) < at + 12:
        raise ValueError(f"{path.name} is not an OGG/Opus file")
    pre_skip = int(struct.unpack_from("<H", head, at + 10)[0])
    last = tail.rfind(b"OggS")
    if last < 0 or len(tail) < last + 14:
        raise ValueError(f"{path.name}: no final OGG page")
    granule = int(struct.unpack_from("<q", tail, last + 6)[0])
    return max(0.0, (granule - pre_skip) / OPUS_RATE)


def recording(locales_path: Path, locale: str, key: str) -> Path | None:
    """The recorded prompt for one message key, if there is one."""
    folder = locales_path / locale / "audio"
    return next(
        (path for suffix in RECORDING_SUFFIXES if (path := folder / f"{key}{suffix}").is_file()), None
    )


class Speech:
    def __init__(
        self,
        cache_dir: Path,
        languages: Languages,
        *,
        timeout_s: float = 20,
        locales_path: Path | None = None,
    ) -> None:
        self.cache_dir = cache_dir
        self.languages = languages
        self.locales_path = locales_path  # where recorded prompts are (locales/<locale>/audio/)
        self.timeout_s = timeout_s
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()
        cache_dir.mkdir(parents=True, exist_ok=True)

    def voice(self, locale: str) -> str | None:
        """The espeak-ng voice for a locale, or None when it has none (recorded prompts later)."""
        language = self.languages.languages.get(locale)
        if language is None or language.tts_voice is None:
            return None
        return ESPEAK_VOICES.get(language.tts_voice, language.tts_voice)

    async def synthesize(
        self, text: str, locale: str, *, slow: bool = False, keys: Sequence[str] = ()
    ) -> Path | None:
        """The spoken text as a cached OGG/Opus file; ``None`` if there is no voice or nothing to say.

        ``keys`` are the message keys ``text`` was rendered from: a locale without a voice
        plays their recorded prompts. Raises :class:`SpeechError` when espeak-ng or ffmpeg
        fails or takes too long.
        """
        voice = self.voice(locale)
        if voice is None:
            return await self.recorded(keys, locale)
        text = cut(clean_for_speech(text))
        if not speakable(text):
            return None
        speed = SLOW_WPM if slow else NORMAL_WPM
        key = hashlib.sha256(f"{CACHE_FORMAT}\0{voice}\0{speed}\0{text}".encode()).hexdigest()
        path = self.cache_dir / f"{key}.ogg"
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = asyncio.Lock()
        async with lock:  # one synthesis per text in this process; rename guards other processes
            if await asyncio.to_thread(_nonempty, path):
                log.debug("speech cache hit %s (voice %s)", key[:12], voice)
                return path
            started = time.monotonic()
            wav = await self._run(
                voice,
                "espeak-ng",
                [ESPEAK, "-v", voice, "-s", str(speed), "-b", "1", "--stdin", "--stdout"],
                (text + "\n").encode(),
            )
            if len(wav) <= 44:  # a WAV header and no samples
                raise SpeechError(voice, "espeak-ng produced no audio")
            ogg = await self._run(
                voice,
                "ffmpeg",
                [
                    FFMPEG,
                    "-hide_banner",
                    "-loglevel",
                    "error",
                    "-f",
                    "wav",
                    "-i",
                    "pipe:0",
                    *_OPUS_OUTPUT,
                ],
                wav,
            )
            if not ogg.startswith(b"OggS"):
                raise SpeechError(voice, "ffmpeg produced no OGG data")
            await asyncio.to_thread(_write_atomically, path, ogg)
            log.info(
                "speech %s: voice %s, %d chars, %d bytes in %.2f s",
                key[:12],
                voice,
                len(text),
                len(ogg),
                time.monotonic() - started,
            )
            return path

    async def recorded(self, keys: Sequence[str], locale: str) -> Path | None:
        """The recorded prompts of ``keys``, one after the other, as a cached OGG/Opus file;
        ``None`` unless every key has one (half a reply read aloud would mislead)."""
        if not keys or self.locales_path is None:
            return None
        found = await asyncio.to_thread(_recordings, self.locales_path, locale, keys)
        if found is None:
            return None
        # A re-recorded prompt (another size or time) makes another cache file.
        signatures = [f"{file}:{stat.st_size}:{stat.st_mtime_ns}" for file, stat in found]
        key = hashlib.sha256("\0".join([CACHE_FORMAT, "recorded", *signatures]).encode()).hexdigest()
        path = self.cache_dir / f"{key}.ogg"
        if await asyncio.to_thread(_nonempty, path):
            return path
        inputs = [arg for file, _ in found for arg in ("-i", str(file))]
        joined = "".join(f"[{n}:a]" for n in range(len(found))) + f"concat=n={len(found)}:v=0:a=1"
        ogg = await self._run(
            f"recorded:{locale}",
            "ffmpeg",
            [FFMPEG, "-hide_banner", "-loglevel", "error", *inputs, "-filter_complex", joined,
             *_OPUS_OUTPUT],
            b"",
        )  # fmt: skip
        if not ogg.startswith(b"OggS"):
            raise SpeechError(f"recorded:{locale}", "ffmpeg produced no OGG data")
        await asyncio.to_thread(_write_atomically, path, ogg)
        return path

    async def _run(self, voice: str, name: str, argv: list[str], data: bytes) -> bytes:
        """Run one step with ``data`` on stdin; its stdout, or SpeechError (killed on timeout)."""
        try:
            return await pipe_through(argv, data, timeout_s=self.timeout_s, name=name)
        except PipeError as exc:
            raise SpeechError(voice, exc.reason) from None


def _recordings(
    locales_path: Path, locale: str, keys: Sequence[str]
) -> list[tuple[Path, os.stat_result]] | None:
    """The recorded prompt of every key with its stat, or None if one has none."""
    found = []
    for key in keys:
        file = recording(locales_path, locale, key)
        if file is None:
            return None
        found.append((file, file.stat()))
    return found


def _nonempty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


def _write_atomically(path: Path, data: bytes) -> None:
    temp = path.with_name(f".{path.stem}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        temp.write_bytes(data)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
